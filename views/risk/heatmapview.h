#pragma once

#include <QWidget>

// The 5 × 5 likelihood × impact grid, painted with QPainter: impact grows upwards, likelihood
// grows from the leading edge (left to right in English, right to left in Arabic — the grid
// mirrors with the layout), both axes named (Rare … Almost certain, Minor … Severe). Cells are
// coloured by score band on a sequential ramp and show their count and their band's word
// (empty cells pale); clicking a cell selects it.
class HeatmapView : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);
    void setCounts(const int counts[5][5]); // [likelihood-1][impact-1]
    void select(int likelihood, int impact);
    int selectedLikelihood() const { return m_likelihood; }
    int selectedImpact() const { return m_impact; }
    // The cell under a point (likelihood, impact), or {0, 0} outside the grid.
    std::pair<int, int> cellAt(const QPoint &p) const;
    QRect cellRect(int likelihood, int impact) const;
    QSize sizeHint() const override { return {520, 460}; }
    // The word drawn in a cell under its count: its band ("High").
    QString cellText(int likelihood, int impact) const;

    // The band's colour on a sequential, colour-blind-safe ramp (pale low … dark critical);
    // the same on screen and on paper.
    static QColor bandColour(int score);
    // An empty cell: a pale trace of its band over the palette's base.
    static QColor emptyColour(int score, const QPalette &palette);

signals:
    void cellSelected(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect gridRect() const;
    int axisWidth() const;
    int m_counts[5][5] = {};
    int m_likelihood = 0;
    int m_impact = 0;
};
