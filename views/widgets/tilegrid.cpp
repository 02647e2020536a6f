#include "views/widgets/tilegrid.h"

#include "views/widgets/kpitile.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

TileGrid::TileGrid(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_grid(new QGridLayout(m_content))
{
    setObjectName(QStringLiteral("tile-grid"));
    setFrameShape(QFrame::NoFrame);
    // The content is sized here, to the view's width: never wider, so never a sideways scroll.
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    // The layout never sets the content's minimum size: the content follows the view's width.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    setWidget(m_content);
    m_content->installEventFilter(this);
}

void TileGrid::addGroup(QGroupBox *box, const QList<QWidget *> &tiles, QWidget *note)
{
    Group g;
    g.box = box;
    g.layout = new QGridLayout(box);
    // A flat box (its title over a rule) and no side margins: the width goes to the tiles.
    box->setFlat(true);
    g.layout->setContentsMargins(0, 2, 0, 0);
    g.tiles = tiles;
    g.note = note;
    box->setParent(m_content);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_groups << g;
    m_columns = 0; // placed again at the next fit
    fit();
}

void TileGrid::addFooter(QWidget *widget)
{
    widget->setParent(m_content);
    m_footers << widget;
    m_columns = 0;
    fit();
}

void TileGrid::setMinimumTileWidth(int pixels)
{
    m_minTile = pixels;
    m_columns = 0;
    fit();
}

int TileGrid::columnWidth() const
{
    // One column holds one tile of the widest tile's minimum width, plus its share of a group
    // box's frame and of the spacing between tiles (a group spans at least two columns).
    int tile = m_minTile;
    int frame = 0;
    int inner = 0;
    for (const Group &g : m_groups) {
        for (const QWidget *t : g.tiles)
            tile = std::max(tile, t->minimumSizeHint().width());
        const QMargins m = g.layout->contentsMargins();
        frame = std::max(frame, m.left() + m.right() +
                                    2 * g.box->style()->pixelMetric(QStyle::PM_DefaultFrameWidth));
        inner = std::max(inner, g.layout->horizontalSpacing());
    }
    return tile + (frame + 1) / 2 + std::max(0, inner);
}

int TileGrid::columnsFor(int width) const
{
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    return std::clamp((width + spacing) / (columnWidth() + spacing), 1, 12);
}

void TileGrid::place(int columns)
{
    m_columns = columns;
    m_lineOf.clear();
    m_placeOf.clear();
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    // Each group goes into the first row with room for all its tiles; a group wider than a row
    // takes a row of its own and wraps.
    QList<int> used; // columns taken per row
    for (Group &g : m_groups) {
        const int span = std::min(int(g.tiles.size()), columns);
        int row = 0;
        while (row < used.size() && used[row] + span > columns)
            ++row;
        if (row == used.size())
            used << 0;
        m_grid->addWidget(g.box, row, used[row], 1, span);
        used[row] += span;
        // The tiles inside: as many per line as the group spans.
        while (QLayoutItem *item = g.layout->takeAt(0))
            delete item;
        for (int c = 0; c < g.layout->columnCount(); ++c)
            g.layout->setColumnStretch(c, 0);
        for (qsizetype i = 0; i < g.tiles.size(); ++i) {
            g.layout->addWidget(g.tiles[i], int(i) / span, int(i) % span);
            // The line of tiles it sits on across the grid: the group's row, then its own.
            m_lineOf.insert(g.tiles[i], row * 1000 + int(i) / span);
            m_placeOf.insert(g.tiles[i],
                             (row * 1000 + int(i) / span) * 100 + used[row] - span + int(i) % span);
        }
        for (int c = 0; c < span; ++c)
            g.layout->setColumnStretch(c, 1);
        if (g.note)
            g.layout->addWidget(g.note, int((g.tiles.size() + span - 1) / span), 0, 1, span);
    }
    setTabOrderByPlace();
    int row = int(used.size());
    for (QWidget *f : std::as_const(m_footers))
        m_grid->addWidget(f, row++, 0, 1, columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    // Extra height goes below the last row, never into the tiles.
    m_grid->setRowStretch(row, 1);
}

void TileGrid::setTabOrderByPlace()
{
    // Groups are packed for room, not in their listed order (a short group fills a row's gap):
    // the keyboard goes through the tiles as they are read, line by line from the leading side.
    QList<QWidget *> tiles;
    for (const Group &g : std::as_const(m_groups))
        tiles << g.tiles;
    std::stable_sort(tiles.begin(), tiles.end(), [this](const QWidget *a, const QWidget *b) {
        return m_placeOf.value(a) < m_placeOf.value(b);
    });
    for (qsizetype i = 1; i < tiles.size(); ++i)
        QWidget::setTabOrder(tiles[i - 1], tiles[i]);
}

void TileGrid::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    // Showing or hiding the vertical scroll bar changes the width: settle (a few rounds at most).
    for (int round = 0; round < 4; ++round) {
        // Narrower than one tile: the only case with a sideways scroll bar (never clipped
        // out of reach).
        const int narrowest = columnWidth();
        const bool sideways = viewport()->width() < narrowest;
        setHorizontalScrollBarPolicy(sideways ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        const int width = std::max(viewport()->width(), narrowest);
        const int columns = columnsFor(width);
        if (columns != m_columns)
            place(columns);
        int height = 0;
        for (int pass = 0; pass < 2; ++pass) {
            m_grid->activate();
            height = m_grid->hasHeightForWidth() ? m_grid->totalHeightForWidth(width)
                                                 : m_grid->totalSizeHint().height();
            m_content->resize(width, std::max(height, viewport()->height()));
            // The tiles have their widths now: one caption height for all, then the height
            // once more.
            if (!alignCaptions())
                break;
        }
        if (chooseDetailLines(height))
            continue; // laid out again with the other number of detail lines
        if (viewport()->width() == width || (sideways && viewport()->width() < narrowest))
            break;
    }
    m_fitting = false;
}

bool TileGrid::chooseDetailLines(int height)
{
    // Two lines of detail per tile, or one when that alone makes the whole grid fit the view's
    // height (the rest is elided; the tile's tooltip gives it whole). Decided from the tiles'
    // heights at either count, without trying it on the widgets, so the choice is stable.
    // The estimate is exact while each grid row's height is its lines' tallest tiles: a group
    // that wraps takes a row of its own (place()), so groups of a row have one line each.
    QHash<int, int> now, one, two; // per line of tiles: its tallest tile
    int current = 0;
    for (const Group &g : std::as_const(m_groups))
        for (QWidget *t : g.tiles)
            if (auto *k = qobject_cast<KpiTile *>(t)) {
                const int line = m_lineOf.value(k);
                current = k->detailLines();
                now[line] = std::max(now.value(line), k->heightForWidth(k->width()));
                one[line] = std::max(one.value(line), k->heightAtDetailLines(1));
                two[line] = std::max(two.value(line), k->heightAtDetailLines(2));
            }
    if (current == 0)
        return false;
    auto total = [&](const QHash<int, int> &lines) {
        int sum = height;
        for (auto it = lines.constBegin(); it != lines.constEnd(); ++it)
            sum += it.value() - now.value(it.key());
        return sum;
    };
    const int room = viewport()->height();
    const int wanted = total(two) <= room ? 2 : total(one) <= room ? 1 : 2;
    if (wanted == current)
        return false;
    // The new heights reach the grid now, not at the next layout request: each tile, then its
    // group, tells its parent layout that its size changed.
    for (const Group &g : std::as_const(m_groups)) {
        for (QWidget *t : g.tiles)
            if (auto *k = qobject_cast<KpiTile *>(t)) {
                k->setDetailLines(wanted);
                if (k->layout())
                    k->layout()->invalidate();
                k->updateGeometry();
            }
        g.layout->invalidate();
        g.box->updateGeometry();
    }
    m_grid->invalidate();
    return true;
}

bool TileGrid::alignCaptions()
{
    // One caption height per line of tiles (the tallest wrapped caption on it): the figures
    // of a line share one baseline, and a long caption does not make every line taller.
    QHash<int, int> heights;
    QList<KpiTile *> kpis;
    for (const Group &g : std::as_const(m_groups))
        for (QWidget *t : g.tiles)
            if (auto *k = qobject_cast<KpiTile *>(t)) {
                kpis << k;
                int &h = heights[m_lineOf.value(k)];
                h = std::max(h, k->captionHeightFor(k->width()));
            }
    bool changed = false;
    for (KpiTile *k : std::as_const(kpis))
        changed = k->setCaptionHeight(heights.value(m_lineOf.value(k))) || changed;
    return changed;
}

void TileGrid::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool TileGrid::eventFilter(QObject *watched, QEvent *event)
{
    // A tile's text changed its size: the content's height follows (after the layout ran).
    if (watched == m_content && event->type() == QEvent::LayoutRequest && !m_fitPending) {
        m_fitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_fitPending = false;
            fit();
        });
    }
    return QScrollArea::eventFilter(watched, event);
}
