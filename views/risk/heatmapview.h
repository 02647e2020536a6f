#pragma once

#include <QWidget>

// The 5 × 5 likelihood × impact grid, painted with QPainter: impact grows upwards, likelihood
// grows from the leading edge (left to right in English, right to left in Arabic — the grid
// mirrors with the layout). Cells are coloured by score band and show their count; clicking a
// cell selects it.
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
    QSize sizeHint() const override { return {460, 420}; }

    static QColor bandColour(int score);

signals:
    void cellSelected(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect gridRect() const;
    int m_counts[5][5] = {};
    int m_likelihood = 0;
    int m_impact = 0;
};
