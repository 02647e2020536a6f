#include "views/forecast/forecastsurface.h"

#include "models/core/format.h"
#include "models/core/money.h"
#include "models/forecast/revenueforecast.h"
#include "views/forecast/forecastwidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ForecastSurface::title() const
{
    return QCoreApplication::translate("ForecastSurface", "Actual vs Forecast");
}

QIcon ForecastSurface::icon() const
{
    return NavIcons::surface(id());
}

bool ForecastSurface::exportData(const Session &session, const ExportRequest &request,
                                 QByteArray *out, QString *error) const
{
    RevenueForecast f;
    if (!RevenueForecast::compute(session, request.asOf, &f, error))
        return false;
    *out = SurfaceOutput::serialise(f, request.format, session);
    return true;
}

bool ForecastSurface::printSection(const Session &session, const ExportRequest &request,
                                   PrintSection *out, QString *error) const
{
    RevenueForecast f;
    if (!RevenueForecast::compute(session, request.asOf, &f, error))
        return false;
    auto tr = [](const char *text) { return QCoreApplication::translate("ForecastSurface", text); };
    PrintSection section;
    section.id = id();
    section.title = title();
    PrintTable tracks;
    tracks.headers = {tr("Track"), tr("Actual"), tr("Forecast"), tr("Target"), tr("Variance")};
    tracks.numericColumns = {1, 2, 3, 4};
    for (const RevenueForecast::Track &t : std::as_const(f.tracks)) {
        const bool money = t.unit == QLatin1String("SAR");
        auto text = [&](std::optional<qint64> v) {
            return !v ? QStringLiteral("—") : money ? Money::display(*v) : Format::integer(*v);
        };
        tracks.rows << QStringList{RevenueForecast::trackText(t.key), text(t.actual),
                                   text(t.forecast), text(t.target), text(t.variance())};
    }
    section.blocks << PrintBlock::tableBlock(tracks);
    if (f.overRest()) {
        // Over the Dealix API: no monthly series to draw; the server's rules and what it does
        // not serve are printed instead (never an empty chart of zeros).
        QStringList notes = f.provenance.rest.unavailable + f.provenance.rest.serverComputed;
        if (!f.varianceFailure.isEmpty())
            notes << f.varianceFailure;
        for (const QString &n : std::as_const(notes))
            section.blocks << PrintBlock::paragraph(n);
        *out = section;
        return true;
    }
    if (const QStringList notes = f.excludedAmountNotes(); !notes.isEmpty())
        section.blocks << PrintBlock::paragraph(notes.join(QLatin1Char(' ')));
    // The chart the screen draws, as vectors, in SAR; the table below holds the exact figures.
    PrintChart chart;
    bool anyTarget = false;
    for (const ForecastMonth &m : std::as_const(f.months)) {
        chart.categories << Format::monthYear(m.month);
        chart.bars << double(m.actual) / 100.0;
        // A past month has no forecast: a gap in the line and in the band, never 0.
        chart.line << (m.past ? qQNaN() : double(m.forecast) / 100.0);
        chart.bandLow << (m.past ? qQNaN() : double(m.commit) / 100.0);
        chart.bandHigh << (m.past ? qQNaN() : double(m.bestCase) / 100.0);
        chart.target << (m.target ? double(*m.target) / 100.0 : qQNaN());
        anyTarget = anyTarget || m.target.has_value();
        if (m.month == f.currentMonth)
            chart.todayIndex = int(chart.categories.size()) - 1;
    }
    if (!anyTarget)
        chart.target.clear();
    chart.legend = {tr("Actual (won)"), tr("Forecast (weighted)"),
                    RevenueForecast::commitBandText(), anyTarget ? tr("Target") : QString(),
                    chart.todayIndex >= 0 ? tr("Today") : QString()};
    section.blocks << PrintBlock::heading(tr("Monthly, in SAR"));
    section.blocks << PrintBlock::chartBlock(chart);
    PrintTable months;
    months.headers = {tr("Month"),  tr("Actual"),    tr("Forecast"),
                      tr("Commit"), tr("Best case"), tr("Target")};
    months.numericColumns = {1, 2, 3, 4, 5};
    months.columnWeights = {1.2, 1, 1, 1, 1, 1};
    for (const ForecastMonth &m : std::as_const(f.months))
        months.rows << QStringList{Format::monthYear(m.month) + (m.month == f.currentMonth
                                                                     ? QStringLiteral(" ◂")
                                                                     : QString()),
                                   Money::display(m.actual),
                                   Money::display(m.forecast),
                                   Money::display(m.commit),
                                   Money::display(m.bestCase),
                                   m.target ? Money::display(*m.target) : QStringLiteral("—")};
    section.blocks << PrintBlock::tableBlock(months);
    *out = section;
    return true;
}

SurfaceWidget *ForecastSurface::createWidget(QWidget *parent) const
{
    return new ForecastWidget(parent);
}
