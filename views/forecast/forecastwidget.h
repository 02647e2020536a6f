#pragma once

#include "models/forecast/revenueforecast.h"
#include "views/surface/surface.h"

class MessageBanner;
class QChart;
class QChartView;
class QLabel;
class QTabWidget;
class QTableWidget;
class ChartLegend;
class QAbstractAxis;

// Actual vs Forecast: the monthly chart (QtCharts) — actual bars (this month's hatched: it is
// partial), the forecast line and the band from commit to best case from this month on (past
// months have none: no line, never 0), the dashed target line and a dotted "today" divider;
// months as "Jan" over "2026", values compact ("100M") in the locale's digits; a legend whose
// keys look like their series — with exact values in the tooltips, the same numbers as a
// table, and the tracks. RTL rule for every chart: time flows
// left to right in both languages (as financial charts are read), the value axis moves to the
// right in Arabic.
class ForecastWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit ForecastWidget(QWidget *parent = nullptr);
    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QChart *chart() const { return m_chart; }
    QAbstractAxis *valueAxis() const { return m_valueAxis; }
    ChartLegend *legend() const { return m_legend; }
    QChartView *chartView() const { return m_view; }
    // A month's label on the time axis: month over year, "Jan<br>2026" (never "Jan 26").
    static QString monthLabel(const QDate &month);
    QTableWidget *table() const { return m_table; }
    QTableWidget *tracksTable() const { return m_tracks; }
    const RevenueForecast &forecast() const { return m_forecast; }
    MessageBanner *banner() const { return m_banner; }

private:
    void retranslate() override;
    void showData();

    RevenueForecast m_forecast;
    QLabel *m_title;
    QLabel *m_note;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QChartView *m_view;
    QChart *m_chart;
    ChartLegend *m_legend;
    QAbstractAxis *m_valueAxis = nullptr;
    QTableWidget *m_table;
    QTableWidget *m_tracks;
};
