#include "views/forecast/forecastwidget.h"

#include "models/core/format.h"
#include "models/core/money.h"
#include "models/forecast/revenueforecast.h"
#include "views/widgets/chartlegend.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statepalette.h"
#include "views/widgets/surfacestyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>

namespace {
QFont chartFont(const QWidget *w)
{
    QFont f = w->font();
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
    return f;
}
} // namespace

ForecastWidget::ForecastWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_legend(new ChartLegend(this))
    , m_table(new QTableWidget(this))
    , m_tracks(new QTableWidget(this))
{
    setObjectName(QStringLiteral("surface-forecast"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    m_note->setWordWrap(true);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The chart is not mirrored: time flows left to right in both languages.
    m_view->setLayoutDirection(Qt::LeftToRight);
    for (QTableWidget *t : {m_table, m_tracks}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_tracks->setMaximumHeight(130);
    // The chart and its legend (keys drawn as the series are) on the first tab.
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 4);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_legend);
    m_tabs->addTab(chartPage, QString());
    m_tabs->addTab(m_table, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_banner);
    layout->addWidget(m_tracks);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void ForecastWidget::setSession(const Session *session, const QDateTime &asOf)
{
    SurfaceWidget::setSession(session, asOf);
    m_forecast = RevenueForecast();
    showData();
}

bool ForecastWidget::refresh()
{
    m_banner->clearMessage();
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh(); // a refresh under way is never delivered
        m_forecast = RevenueForecast();
        showData();
        return false;
    }
    const QDateTime asOf = m_asOf;
    return runRefresh<RevenueForecast>(
        [asOf](const Session &s) -> Result<RevenueForecast> {
            RevenueForecast f;
            QString error;
            if (!RevenueForecast::compute(s, asOf, &f, &error))
                return Failure{error};
            return f;
        },
        [this](const RevenueForecast &f) {
            m_forecast = f;
            showData();
        });
}

QString ForecastWidget::monthLabel(const QDate &month)
{
    // Two lines, the month over its year ("Jan" / "2026"): never read as a day, and narrow
    // enough for eighteen months side by side in both languages.
    const QString full = Format::monthYear(month);
    const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? full : full.left(space) + QStringLiteral("<br>") + full.mid(space + 1);
}

void ForecastWidget::showData()
{
    const QLocale l;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    m_valueAxis = nullptr;
    const RevenueForecast &f = m_forecast;
    m_chart->setFont(chartFont(this));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(l);
    // The chart in the application's palette (a dark theme gets a dark plot).
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    m_chart->setBackgroundBrush(base);
    m_chart->setTitleBrush(ink);
    // Series told apart by colour and by form (bars, solid line, band, dashed line, dotted
    // line), in colours that stay apart for colour-blind readers (Okabe–Ito blue, vermillion,
    // orange), each at least 3:1 against the plot.
    const QColor barColour = StatePalette::readable(QColor(0x00, 0x72, 0xb2), base, 3.0);
    const QColor lineColour = StatePalette::readable(QColor(0xd5, 0x5e, 0x00), base, 3.0);
    QColor bandColour(0xe6, 0x9f, 0x00);
    bandColour.setAlpha(90);
    const QPen forecastPen(lineColour, 3, Qt::SolidLine, Qt::RoundCap);
    const QPen targetPen(ink, 2, Qt::DashLine);
    const QPen todayPen(StatePalette::readable(pal.color(QPalette::Mid), base, 3.0), 1.5,
                        Qt::DotLine);
    const QBrush partialBrush(barColour, Qt::BDiagPattern);
    QStringList categories;
    for (const ForecastMonth &m : f.months)
        categories << monthLabel(m.month);
    // Bars: the months' won revenue; this month's, still partial, hatched as a set of its own.
    auto *bars = new QStackedBarSeries;
    auto *actual = new QBarSet(tr("Actual (won)"));
    auto *partial = new QBarSet(tr("This month so far (partial)"));
    actual->setColor(barColour);
    actual->setBorderColor(barColour);
    partial->setBrush(partialBrush);
    partial->setBorderColor(barColour);
    // Lines start at this month: past months have no forecast (no line rather than 0).
    auto *forecast = new QLineSeries;
    forecast->setName(tr("Forecast (weighted)"));
    auto *commit = new QLineSeries;
    auto *best = new QLineSeries;
    QList<QLineSeries *> targets; // one series per run of months with a target
    qint64 top = 0;
    int current = -1;
    for (qsizetype i = 0; i < f.months.size(); ++i) {
        const ForecastMonth &m = f.months.at(i);
        const bool isCurrent = m.month == f.currentMonth;
        if (isCurrent)
            current = int(i);
        *actual << (isCurrent ? 0.0 : double(m.actual) / 100.0);
        *partial << (isCurrent ? double(m.actual) / 100.0 : 0.0);
        if (!m.past) {
            forecast->append(double(i), double(m.forecast) / 100.0);
            commit->append(double(i), double(m.commit) / 100.0);
            best->append(double(i), double(m.bestCase) / 100.0);
        }
        if (m.target) {
            if (targets.isEmpty() || !f.months.at(i - 1).target) {
                targets << new QLineSeries;
                targets.last()->setName(tr("Target"));
                targets.last()->setPen(targetPen);
            }
            targets.last()->append(double(i), double(*m.target) / 100.0);
        }
        top = std::max({top, m.actual, m.bestCase, m.target.value_or(0)});
    }
    bars->append(actual);
    bars->append(partial);
    auto *band = new QAreaSeries(best, commit);
    best->setParent(band); // the area does not own its lines
    commit->setParent(band);
    band->setName(RevenueForecast::commitBandText());
    band->setColor(bandColour);
    band->setBorderColor(bandColour);
    forecast->setPen(forecastPen);
    auto *today = new QLineSeries;
    today->setName(tr("Today"));
    const double x = double(current >= 0 ? current : RevenueForecast::MonthsBack - 1);
    // The ticks: about five round steps, labelled compactly (100M, not 100,000,000).
    const double topValue = std::max(1.0, double(top) / 100.0 * 1.05);
    const double rough = topValue / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    const double axisTop = std::ceil(topValue / step) * step;
    today->append(x - 0.5, 0);
    today->append(x - 0.5, axisTop);
    today->setPen(todayPen);
    m_chart->addSeries(band);
    m_chart->addSeries(bars);
    if (!forecast->points().isEmpty())
        m_chart->addSeries(forecast);
    else
        delete forecast;
    for (QLineSeries *t : std::as_const(targets))
        m_chart->addSeries(t);
    m_chart->addSeries(today);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    // Eighteen months side by side: a slightly smaller font, so that even the longest Arabic
    // month name fits its column whole (QtCharts would elide it).
    QFont monthFont = chartFont(this);
    monthFont.setPointSizeF(monthFont.pointSizeF() * 0.85);
    xAxis->setLabelsFont(monthFont);
    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setStartValue(0);
    valueAxis->setRange(0, axisTop);
    for (double v = 0; v <= axisTop + step / 2; v += step)
        valueAxis->append(Format::compact(v), v);
    valueAxis->setTitleText(tr("SAR"));
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(xAxis), static_cast<QAbstractAxis *>(valueAxis)}) {
        a->setLabelsColor(ink);
        a->setTitleBrush(ink);
        a->setGridLineColor(pal.color(QPalette::Mid));
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_valueAxis = valueAxis;
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    // The value axis on the leading side: right in Arabic.
    m_chart->addAxis(m_valueAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(m_valueAxis);
    }
    // The keys drawn as their series are (QtCharts would draw squares for lines).
    m_chart->legend()->setVisible(false);
    QList<ChartLegend::Entry> keys;
    keys << ChartLegend::Entry{actual->label(), ChartLegend::Key::Bar, QPen(barColour),
                               QBrush(barColour)};
    if (current >= 0)
        keys << ChartLegend::Entry{partial->label(), ChartLegend::Key::Bar, QPen(barColour),
                                   partialBrush};
    keys << ChartLegend::Entry{tr("Forecast (weighted)"), ChartLegend::Key::Line, forecastPen, {}};
    keys << ChartLegend::Entry{RevenueForecast::commitBandText(), ChartLegend::Key::Area,
                               QPen(bandColour), QBrush(bandColour)};
    if (!targets.isEmpty())
        keys << ChartLegend::Entry{tr("Target"), ChartLegend::Key::Line, targetPen, {}};
    keys << ChartLegend::Entry{tr("Today"), ChartLegend::Key::Line, todayPen, {}};
    m_legend->setEntries(keys);
    // Exact values on hover.
    const auto barHover = [this](bool on, int i) {
        if (on && i < m_forecast.months.size())
            QToolTip::showText(QCursor::pos(),
                               tr("%1 actual: %2")
                                   .arg(Format::monthYear(m_forecast.months.at(i).month),
                                        Money::display(m_forecast.months.at(i).actual)));
    };
    connect(actual, &QBarSet::hovered, this, barHover);
    connect(partial, &QBarSet::hovered, this, barHover);
    if (m_chart->series().contains(forecast))
        connect(forecast, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
            const int i = int(std::lround(p.x()));
            if (on && i >= 0 && i < m_forecast.months.size()) {
                const ForecastMonth &m = m_forecast.months.at(i);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 forecast: %2 (commit %3, best case %4)")
                                       .arg(Format::monthYear(m.month), Money::display(m.forecast),
                                            Money::display(m.commit), Money::display(m.bestCase)));
            }
        });
    // The same numbers as a table.
    const QStringList headers = {tr("Month"),  tr("Actual"),    tr("Forecast"),
                                 tr("Commit"), tr("Best case"), tr("Target")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(f.months.size()));
    for (int i = 0; i < f.months.size(); ++i) {
        const ForecastMonth &m = f.months.at(i);
        const QStringList cells{Format::monthYear(m.month) +
                                    (m.month == f.currentMonth ? tr(" (this month)") : QString()),
                                Money::display(m.actual),
                                Money::display(m.forecast),
                                Money::display(m.commit),
                                Money::display(m.bestCase),
                                m.target ? Money::display(*m.target) : tr("—")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    const QStringList trackHeaders = {tr("Track"), tr("Actual"), tr("Forecast"), tr("Target"),
                                      tr("Variance")};
    m_tracks->setColumnCount(int(trackHeaders.size()));
    m_tracks->setHorizontalHeaderLabels(trackHeaders);
    m_tracks->setRowCount(int(f.tracks.size()));
    for (int i = 0; i < f.tracks.size(); ++i) {
        const RevenueForecast::Track &t = f.tracks.at(i);
        const bool money = t.unit == QLatin1String("SAR");
        auto text = [&](std::optional<qint64> v) {
            if (!v)
                return tr("—");
            if (money)
                return Money::display(*v);
            // tr() fills %n only for n ≥ 0: a negative variance gets the one minus sign (U+2212).
            // Format::negative: the one minus sign, isolated with its number in Arabic.
            const int n = int(std::abs(*v));
            const QString counted = t.unit == QLatin1String("markets")
                                        ? tr("%n market(s)", nullptr, n)
                                        : tr("%n deal(s)", nullptr, n);
            return *v < 0 ? Format::negative(counted) : counted;
        };
        const QStringList cells{RevenueForecast::trackText(t.key), text(t.actual), text(t.forecast),
                                text(t.target), text(t.variance())};
        for (int c = 0; c < cells.size(); ++c)
            m_tracks->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_tracks->item(i, 0)->setToolTip(t.key); // the raw code, in the tooltip only
    }
    QStringList notes;
    // Over the Dealix API there is no monthly series: no empty chart or table of zeros.
    m_tabs->setVisible(!f.overRest());
    m_tracks->setMaximumHeight(f.overRest() ? QWIDGETSIZE_MAX : 130);
    if (f.overRest()) {
        // Over the Dealix API: what the server computed by its own rules and what it does not
        // serve (the monthly series above stays empty, never zeros).
        notes << f.provenance.rest.unavailable << f.provenance.rest.serverComputed;
        if (!f.varianceFailure.isEmpty())
            notes << tr("Variance analysis: %1").arg(f.varianceFailure);
        m_note->setText(notes.join(QLatin1Char('\n')));
        return;
    }
    if (!f.targetsAvailable)
        notes << tr("No targets: this source has no revenue_targets table.");
    if (f.unscheduled)
        notes << tr("%n open deal(s) without an expected close date are not in the monthly "
                    "forecast.",
                    nullptr, f.unscheduled);
    if (f.overdue)
        notes << tr("%n open deal(s) expected before this month are past their date and not in "
                    "the forecast.",
                    nullptr, f.overdue);
    if (f.otherCurrencies)
        notes << tr("%n deal(s) in other currencies are counted here, not added to SAR.", nullptr,
                    f.otherCurrencies);
    notes << f.excludedAmountNotes();
    m_note->setText(notes.join(QLatin1Char(' ')));
}

void ForecastWidget::retranslate()
{
    m_title->setText(tr("Actual vs Forecast"));
    m_tabs->setTabText(0, tr("Chart"));
    m_tabs->setTabText(1, tr("Table"));
    showData();
}
