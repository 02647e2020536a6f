#pragma once

#include <QBrush>
#include <QPen>
#include <QWidget>

// A chart's legend whose keys look like their series: a line for a line (its colour, width
// and dash), a filled box for bars (hatched when the bar is), a translucent box for a band.
// QtCharts draws every key as a square; this one is drawn by hand under the chart and wraps
// to the width (leading edge first, mirrored in right-to-left layouts).
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    enum class Key { Line, Bar, Area };
    struct Entry {
        QString text;
        Key key = Key::Line;
        QPen pen;     // lines: the series' pen; bars and areas: their border
        QBrush brush; // bars and areas
    };
    explicit ChartLegend(QWidget *parent = nullptr);
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Where entry i's key is drawn (for tests).
    QRect keyRect(int i) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Each entry's rectangle (key and text) laid out over width.
    QList<QRect> layoutFor(int width) const;
    QList<Entry> m_entries;
};
