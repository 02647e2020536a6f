#pragma once

#include "models/forecast/revenueforecast.h"
#include "views/surface/surface.h"

class MessageBanner;
class QChart;
class QChartView;
class QLabel;
class QTabWidget;
class QTableWidget;
class QValueAxis;

// Actual vs Forecast: the monthly chart (QtCharts) — actual bars, the forecast line, the band
// from commit to best case, the target line and a "today" divider — with exact values in the
// tooltips, the same numbers as a table, and the tracks. RTL rule for every chart: time flows
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
    QValueAxis *valueAxis() const { return m_valueAxis; }
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
    QValueAxis *m_valueAxis = nullptr;
    QTableWidget *m_table;
    QTableWidget *m_tracks;
};
