#include "views/widgets/kanbanboard.h"

#include "models/core/format.h"
#include "models/core/tooltiptext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Pad = 8; // inside a card's border
constexpr int AccentWidth = 4;
constexpr int ChipPad = 6; // inside a chip, on each side
constexpr int Gap = 4;     // between a card's rows

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont chipFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QColor mutedText(const QPalette &p)
{
    // The palette's placeholder colour (the muted text of the theme, light or dark), made
    // opaque over the card's background.
    const QColor muted = p.color(QPalette::PlaceholderText);
    return blend(p.color(QPalette::Base), QColor(muted.red(), muted.green(), muted.blue()),
                 muted.alphaF());
}

// The parts of a card in rect, laid out left to right and mirrored in a right-to-left board.
KanbanBoard::CardGeometry layoutCard(const QRect &rect, const QFont &font, Qt::LayoutDirection dir,
                                     const QModelIndex &index)
{
    KanbanBoard::CardGeometry g;
    g.card = rect.adjusted(1, 1, -1, -1);
    const UiState state = index.data(KanbanBoard::StateRole).value<UiState>();
    const bool accent = state == UiState::Warning || state == UiState::Critical;
    const QFontMetrics title(titleFont(font));
    const QFontMetrics chip(chipFont(font));
    const QFontMetrics text(font);
    const int lead = Pad + (accent ? AccentWidth : 0);
    const QRect content = g.card.adjusted(lead, Pad, -Pad, -Pad);
    auto mirror = [&](const QRect &r) { return QStyle::visualRect(dir, g.card, r); };
    if (accent)
        g.accent = mirror(QRect(g.card.left(), g.card.top(), AccentWidth, g.card.height()));
    int y = content.top();
    g.title = mirror(QRect(content.left(), y, content.width(), title.height()));
    y += title.height() + Gap;
    // The chip at the leading side, the meta text (a value) at the trailing side: the meta keeps
    // its width up to half the card, the chip takes the rest.
    const QString chipText = index.data(KanbanBoard::ChipRole).toString();
    const QString metaText = index.data(KanbanBoard::MetaRole).toString();
    const int rowHeight = std::max(chip.height() + 4, text.height());
    const int metaWidth =
        metaText.isEmpty() ? 0
                           : std::min(text.horizontalAdvance(metaText) + 1,
                                      chipText.isEmpty() ? content.width() : content.width() / 2);
    if (!chipText.isEmpty()) {
        const int room = content.width() - (metaWidth ? metaWidth + 2 * Gap : 0);
        const int w = std::min(room, chip.horizontalAdvance(chipText) + 2 * ChipPad + 2);
        g.chip = mirror(QRect(content.left(), y, w, chip.height() + 4));
    }
    if (metaWidth)
        g.meta = mirror(QRect(content.right() - metaWidth + 1, y, metaWidth, rowHeight));
    y += rowHeight;
    const int lines = int(index.data(KanbanBoard::LinesRole).toStringList().size());
    if (lines > 0) {
        y += Gap;
        g.lines = mirror(QRect(content.left(), y, content.width(), lines * text.height()));
    }
    return g;
}

int cardHeight(const QFont &font, const QModelIndex &index)
{
    const QFontMetrics title(titleFont(font));
    const QFontMetrics chip(chipFont(font));
    const QFontMetrics text(font);
    const int lines = int(index.data(KanbanBoard::LinesRole).toStringList().size());
    return 2 + 2 * Pad + title.height() + Gap + std::max(chip.height() + 4, text.height()) +
           (lines > 0 ? Gap + lines * text.height() : 0);
}

// Paints a card: border, accent bar, title, chip, muted lines (README "Policy Violations Board").
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {std::max(option.rect.width(), 120), cardHeight(option.font, index)};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &p = option.palette;
        const KanbanBoard::CardGeometry g =
            layoutCard(option.rect, option.font, option.direction, index);
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;
        const UiState state = index.data(KanbanBoard::StateRole).value<UiState>();
        painter->save();
        painter->setLayoutDirection(option.direction);
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QColor base = p.color(QPalette::Base);
        const QColor highlight = p.color(QPalette::Highlight);
        const QColor background = selected ? blend(base, highlight, 0.14) : base;
        painter->setPen(QPen(selected || focused ? highlight : p.color(QPalette::Mid),
                             selected ? 2 : 1,
                             focused && !selected ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(background);
        painter->drawRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (!g.accent.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(KanbanBoard::stateColours(state, p).border);
            painter->drawRect(g.accent.adjusted(1, 1, 0, -1));
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
        const Qt::Alignment lead =
            Qt::AlignVCenter |
            (option.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        // The title: the palette's text colour, whatever the state.
        const QFont tf = titleFont(option.font);
        painter->setFont(tf);
        painter->setPen(p.color(QPalette::Text));
        painter->drawText(g.title, lead,
                          QFontMetrics(tf).elidedText(index.data(KanbanBoard::TitleRole).toString(),
                                                      Qt::ElideRight, g.title.width()));
        // The chip: the state's word on its colour (neutral: a tint of the text colour).
        const QString chipText = index.data(KanbanBoard::ChipRole).toString();
        if (!g.chip.isEmpty()) {
            const StateColours sc = KanbanBoard::stateColours(state, p);
            const QColor fill =
                UiStates::coloured(state) ? sc.fill : blend(base, p.color(QPalette::Text), 0.12);
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(g.chip), g.chip.height() / 2.0, g.chip.height() / 2.0);
            const QFont cf = chipFont(option.font);
            painter->setFont(cf);
            painter->setPen(UiStates::coloured(state) ? sc.accent : p.color(QPalette::Text));
            painter->drawText(g.chip.adjusted(ChipPad, 0, -ChipPad, 0), Qt::AlignCenter,
                              QFontMetrics(cf).elidedText(chipText, Qt::ElideRight,
                                                          g.chip.width() - 2 * ChipPad));
        }
        // Secondary text: muted, never coloured by the state.
        painter->setFont(option.font);
        painter->setPen(mutedText(p));
        const QFontMetrics fm(option.font);
        const Qt::Alignment trail =
            Qt::AlignVCenter |
            (option.direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
        if (!g.meta.isEmpty())
            painter->drawText(g.meta, trail,
                              fm.elidedText(index.data(KanbanBoard::MetaRole).toString(),
                                            Qt::ElideRight, g.meta.width()));
        const QStringList lines = index.data(KanbanBoard::LinesRole).toStringList();
        for (int i = 0; i < lines.size(); ++i) {
            const QRect r(g.lines.left(), g.lines.top() + i * fm.height(), g.lines.width(),
                          fm.height());
            painter->drawText(r, lead, fm.elidedText(lines.at(i), Qt::ElideRight, r.width()));
        }
        painter->restore();
    }
};

QString headerText(const KanbanBoard::Column &c, bool collapsed, Qt::LayoutDirection dir)
{
    QString fold;
    if (c.collapsible)
        fold = collapsed ? (dir == Qt::RightToLeft ? QStringLiteral("◂ ") : QStringLiteral("▸ "))
                         : QStringLiteral("▾ ");
    const QString title =
        c.count < 0 ? c.title : KanbanBoard::tr("%1 (%2)").arg(c.title, Format::integer(c.count));
    return c.summary.isEmpty() ? fold + title : fold + title + QLatin1Char('\n') + c.summary;
}

} // namespace

StateColours KanbanBoard::stateColours(UiState state, const QPalette &palette)
{
    // The one palette of states, derived from the board's palette (light, dark or high
    // contrast): the chip is the state's tint with its word in the state's readable colour,
    // the accent bar the state's border colour.
    return StatePalette::colours(state, palette);
}

KanbanBoard::KanbanBoard(QWidget *parent)
    : QScrollArea(parent)
    , m_inner(new QWidget)
{
    setWidgetResizable(true);
    setWidget(m_inner);
    // Sideways scrolling is always seen when the columns do not fit.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *h = new QHBoxLayout(m_inner);
    h->setContentsMargins(2, 2, 2, 2);
    h->setSpacing(6);
}

void KanbanBoard::setColumns(const QList<Column> &columns)
{
    const QString selected = selectedCard();
    m_columns = columns;
    rebuild();
    selectCard(selected);
}

void KanbanBoard::setCollapsed(const QString &key, bool collapsed)
{
    m_collapsed.removeAll(key);
    m_opened.removeAll(key);
    if (collapsed)
        m_collapsed << key;
    else
        m_opened << key;
    rebuild();
}

bool KanbanBoard::isCollapsed(const QString &key) const
{
    if (m_collapsed.contains(key))
        return true;
    for (const Column &c : m_columns) {
        if (c.key == key)
            return c.collapsible && c.collapsedByDefault && !m_opened.contains(key);
    }
    return false;
}

QStringList KanbanBoard::columnKeys() const
{
    QStringList keys;
    for (const Column &c : m_columns)
        keys << c.key;
    return keys;
}

QListWidget *KanbanBoard::list(const QString &key) const
{
    for (const Built &b : m_built) {
        if (b.key == key)
            return b.list;
    }
    return nullptr;
}

QToolButton *KanbanBoard::header(const QString &key) const
{
    for (const Built &b : m_built) {
        if (b.key == key)
            return b.header;
    }
    return nullptr;
}

QWidget *KanbanBoard::columnWidget(const QString &key) const
{
    for (const Built &b : m_built) {
        if (b.key == key)
            return b.column;
    }
    return nullptr;
}

KanbanBoard::CardGeometry KanbanBoard::cardGeometry(const QListWidget *list, int row)
{
    if (!list || row < 0 || row >= list->count())
        return {};
    const QModelIndex index = list->model()->index(row, 0);
    return layoutCard(list->visualItemRect(list->item(row)), list->font(), list->layoutDirection(),
                      index);
}

QString KanbanBoard::selectedCard() const
{
    for (const Built &b : m_built) {
        const QListWidget *l = b.list;
        if (l && l->currentItem() && l->currentItem()->isSelected())
            return l->currentItem()->data(Qt::UserRole).toString();
    }
    return QString();
}

bool KanbanBoard::selectCard(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const Built &b : m_built) {
        QListWidget *l = b.list;
        for (int i = 0; l && i < l->count(); ++i) {
            if (l->item(i)->data(Qt::UserRole).toString() == id) {
                l->setCurrentRow(i);
                return true;
            }
        }
    }
    return false;
}

void KanbanBoard::ensureColumnVisible(QWidget *column)
{
    // QScrollArea::ensureWidgetVisible reads the scroll bar as left-to-right; in a right-to-left
    // board the bar's value runs from the right. Here: the left edge of the part to show, in
    // the board's coordinates, then the bar's value for it in either direction.
    QScrollBar *bar = horizontalScrollBar();
    const QRect r(column->mapTo(m_inner, QPoint(0, 0)), column->size());
    const QRect visible(-m_inner->pos().x(), 0, viewport()->width(), viewport()->height());
    int left = visible.left();
    if (r.width() > visible.width() || r.left() < visible.left())
        left = r.left();
    else if (r.right() > visible.right())
        left = r.right() - visible.width() + 1;
    if (left == visible.left())
        return;
    left = std::clamp(left, 0, bar->maximum());
    bar->setValue(isRightToLeft() ? bar->maximum() - left : left);
}

bool KanbanBoard::eventFilter(QObject *watched, QEvent *event)
{
    // A column that takes the focus (Tab, a click) is scrolled into view: every column, the
    // folded closed ones too, is reachable from the keyboard.
    if (event->type() == QEvent::FocusIn) {
        for (const Built &b : std::as_const(m_built)) {
            if (watched == b.list || watched == b.header) {
                ensureColumnVisible(b.column);
                break;
            }
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void KanbanBoard::rebuild()
{
    QLayout *layout = m_inner->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_built.clear();
    const QFontMetrics fm(font());
    // A card column is never narrower than this (about 28 average characters).
    const int cardMin = std::max(200, fm.averageCharWidth() * 28);
    for (const Column &c : std::as_const(m_columns)) {
        auto *column = new QWidget(m_inner);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        const bool collapsed = c.collapsible && isCollapsed(c.key);
        auto *header = new QToolButton(column);
        header->setObjectName(QStringLiteral("kanban-header-") + c.key);
        header->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->setText(headerText(c, collapsed, layoutDirection()));
        header->setToolTip(ToolTipText::plain(c.tooltip));
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        // The header is never narrower than its text: it is the column's least width.
        header->setMinimumWidth(header->sizeHint().width());
        header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        header->installEventFilter(this);
        if (c.collapsible) {
            const QString key = c.key;
            // Rebuilt after the click returns: the header is deleted by the rebuild.
            connect(header, &QToolButton::clicked, this, [this, key] {
                QMetaObject::invokeMethod(
                    this, [this, key] { setCollapsed(key, !isCollapsed(key)); },
                    Qt::QueuedConnection);
            });
        }
        v->addWidget(header);
        QListWidget *list = nullptr;
        if (!collapsed) {
            list = new QListWidget(column);
            list->setObjectName(QStringLiteral("kanban-list-") + c.key);
            list->setItemDelegate(new CardDelegate(list));
            list->setSpacing(3);
            list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            list->setSelectionMode(QAbstractItemView::SingleSelection);
            list->setResizeMode(QListView::Adjust);
            list->viewport()->setBackgroundRole(QPalette::Window);
            list->setMinimumWidth(cardMin);
            list->installEventFilter(this);
            for (const Card &card : c.cards) {
                // The item's text is the whole card (for accessibility and type-ahead); the
                // delegate draws the parts.
                QStringList words{card.title};
                if (!card.chip.isEmpty())
                    words << card.chip;
                if (!card.meta.isEmpty())
                    words << card.meta;
                auto *item =
                    new QListWidgetItem((words + card.lines).join(QLatin1Char('\n')), list);
                item->setData(Qt::UserRole, card.id);
                item->setData(TitleRole, card.title);
                item->setData(ChipRole, card.chip);
                item->setData(StateRole, QVariant::fromValue(card.state));
                item->setData(MetaRole, card.meta);
                item->setData(LinesRole, card.lines);
                // Data in a tooltip is shown as written, never as markup.
                item->setToolTip(ToolTipText::plain(
                    card.tooltip.isEmpty() ? (words + card.lines).join(QLatin1Char('\n'))
                                           : card.tooltip));
            }
            connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
                const QList<QListWidgetItem *> chosen = list->selectedItems();
                if (chosen.isEmpty())
                    return;
                // One selection across the board: the other lists lose theirs and their current
                // item, so that choosing a card again is always seen.
                for (const Built &b : std::as_const(m_built)) {
                    if (b.list && b.list != list) {
                        const QSignalBlocker quiet(b.list);
                        b.list->clearSelection();
                        b.list->setCurrentItem(nullptr);
                    }
                }
                emit cardSelected(chosen.first()->data(Qt::UserRole).toString());
            });
            connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
                emit cardActivated(item->data(Qt::UserRole).toString());
            });
            v->addWidget(list, 1);
            column->setMinimumWidth(std::max(cardMin, header->minimumWidth()));
        } else {
            v->addStretch(1);
            column->setMinimumWidth(header->minimumWidth());
        }
        m_built.append({c.key, column, header, list});
        static_cast<QHBoxLayout *>(layout)->addWidget(column, collapsed ? 0 : 1);
    }
    // The board is at least as wide as its columns' least widths: beyond the viewport it
    // scrolls, with the scroll bar shown (set here, so that the scroll area learns of it now).
    const QMargins margins = layout->contentsMargins();
    int least = margins.left() + margins.right();
    for (const Built &b : std::as_const(m_built))
        least += b.column->minimumWidth();
    least += layout->spacing() * std::max(0, int(m_built.size()) - 1);
    m_inner->setMinimumWidth(least);
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
}
