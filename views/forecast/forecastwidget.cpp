#include "views/forecast/forecastwidget.h"

#include "models/core/money.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/surfacestyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

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
    m_tabs->addTab(m_view, QString());
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
    QStringList categories;
    for (const ForecastMonth &m : f.months)
        categories << l.toString(m.month, QStringLiteral("MMM yy"));
    auto *bars = new QBarSeries;
    auto *actual = new QBarSet(tr("Actual (won)"));
    auto *forecast = new QLineSeries;
    forecast->setName(tr("Forecast (weighted)"));
    auto *commit = new QLineSeries;
    auto *best = new QLineSeries;
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    qint64 top = 0;
    for (qsizetype i = 0; i < f.months.size(); ++i) {
        const ForecastMonth &m = f.months.at(i);
        *actual << double(m.actual) / 100.0;
        forecast->append(double(i), double(m.forecast) / 100.0);
        commit->append(double(i), double(m.commit) / 100.0);
        best->append(double(i), double(m.bestCase) / 100.0);
        if (m.target)
            target->append(double(i), double(*m.target) / 100.0);
        top = std::max({top, m.actual, m.bestCase, m.target.value_or(0)});
    }
    bars->append(actual);
    auto *band = new QAreaSeries(best, commit);
    best->setParent(band); // the area does not own its lines
    commit->setParent(band);
    band->setName(tr("Commit (≥ 70 %) to best case"));
    band->setColor(QColor(0x4c, 0x8b, 0xd6, 60));
    band->setBorderColor(QColor(0x4c, 0x8b, 0xd6, 120));
    QPen dashed(QColor(0x1a, 0x2b, 0x4c), 2, Qt::DashLine);
    target->setPen(dashed);
    forecast->setPen(QPen(QColor(0x1b, 0x5e, 0xb8), 3));
    auto *today = new QLineSeries;
    today->setName(tr("Today"));
    const double x = double(RevenueForecast::MonthsBack - 1);
    today->append(x - 0.5, 0);
    today->append(x - 0.5, double(top) / 100.0 * 1.05 + 1);
    today->setPen(QPen(QColor(0xb3, 0x26, 0x1e), 1.5, Qt::DotLine));
    m_chart->addSeries(band);
    m_chart->addSeries(bars);
    m_chart->addSeries(forecast);
    if (!target->points().isEmpty())
        m_chart->addSeries(target);
    else
        delete target;
    m_chart->addSeries(today);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(tr("SAR"));
    m_valueAxis->setRange(0, std::max(1.0, double(top) / 100.0));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    // The value axis on the leading side: right in Arabic.
    m_chart->addAxis(m_valueAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(m_valueAxis);
    }
    m_valueAxis->applyNiceNumbers();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Exact values on hover.
    connect(actual, &QBarSet::hovered, this, [this](bool on, int i) {
        if (on && i < m_forecast.months.size())
            QToolTip::showText(QCursor::pos(),
                               tr("%1 actual: %2")
                                   .arg(QLocale().toString(m_forecast.months.at(i).month,
                                                           QStringLiteral("MMMM yyyy")),
                                        Money::display(m_forecast.months.at(i).actual)));
    });
    connect(forecast, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
        const int i = int(std::lround(p.x()));
        if (on && i >= 0 && i < m_forecast.months.size()) {
            const ForecastMonth &m = m_forecast.months.at(i);
            QToolTip::showText(QCursor::pos(),
                               tr("%1 forecast: %2 (commit %3, best case %4)")
                                   .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")),
                                        Money::display(m.forecast), Money::display(m.commit),
                                        Money::display(m.bestCase)));
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
        const QStringList cells{l.toString(m.month, QStringLiteral("MMMM yyyy")) +
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
            // tr() fills %n only for n ≥ 0: a negative variance gets the locale's sign.
            const int n = int(std::abs(*v));
            const QString sign = *v < 0 ? l.negativeSign() : QString();
            return sign + (t.unit == QLatin1String("markets") ? tr("%n market(s)", nullptr, n)
                                                              : tr("%n deal(s)", nullptr, n));
        };
        const QStringList cells{RevenueForecast::trackText(t.key), text(t.actual), text(t.forecast),
                                text(t.target), text(t.variance())};
        for (int c = 0; c < cells.size(); ++c)
            m_tracks->setItem(i, c, new QTableWidgetItem(cells.at(c)));
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
