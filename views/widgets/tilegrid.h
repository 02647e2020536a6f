#pragma once

#include <QHash>
#include <QList>
#include <QScrollArea>

class QGridLayout;
class QGroupBox;

// A dashboard's tile groups laid out in equal-width columns that are recomputed whenever the
// width changes: as many columns as tiles of the widest tile fit, groups packed into rows
// (each group in the first row with room for all its tiles, so the rows stay full), a group
// wider than the row taking a row of its own and wrapping its tiles. No sideways scroll: the
// content is exactly as wide as the view (unless the view is narrower than one tile: then it
// scrolls sideways rather than cut the tile); what does not fit in height scrolls vertically.
// Tab goes through the tiles in reading order (line by line), whatever the packing did. Tiles in
// one row have the same height (each row's groups and their tiles are stretched to the tallest),
// and every KPI tile's caption takes the height of the tallest wrapped caption of its line of tiles
// at the current width, so that their figures line up.
class TileGrid : public QScrollArea
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget *parent = nullptr);

    // A group: box gets a layout holding tiles (in order) and, below them, note (may be null,
    // e.g. an "unavailable" line spanning the group).
    void addGroup(QGroupBox *box, const QList<QWidget *> &tiles, QWidget *note = nullptr);
    // A widget across the whole width below the groups.
    void addFooter(QWidget *widget);
    // The narrowest a tile may become (its own minimum size counts too).
    void setMinimumTileWidth(int pixels);
    // The number of columns of the current layout.
    int columns() const { return m_columns; }
    // The content widget (the groups' parent).
    QWidget *content() const { return m_content; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Group {
        QGroupBox *box = nullptr;
        QGridLayout *layout = nullptr;
        QList<QWidget *> tiles;
        QWidget *note = nullptr;
    };
    int columnWidth() const;
    int columnsFor(int width) const;
    void setTabOrderByPlace();
    void place(int columns);
    void fit();
    bool alignCaptions();
    bool chooseDetailLines(int height);

    QWidget *m_content;
    QGridLayout *m_grid;
    QList<Group> m_groups;
    QList<QWidget *> m_footers;
    QHash<const QWidget *, int> m_lineOf;  // tile -> its line of tiles (grid row, row in group)
    QHash<const QWidget *, int> m_placeOf; // tile -> its reading place (line, then column)
    int m_minTile = 130;
    int m_columns = 0;
    bool m_fitting = false;
    bool m_fitPending = false;
};
