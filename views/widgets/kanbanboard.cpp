#include "views/widgets/kanbanboard.h"

#include "views/print/pagelayout.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

KanbanBoard::KanbanBoard(QWidget *parent)
    : QScrollArea(parent)
    , m_inner(new QWidget)
{
    setWidgetResizable(true);
    setWidget(m_inner);
    new QHBoxLayout(m_inner);
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
    if (collapsed)
        m_collapsed << key;
    rebuild();
}

bool KanbanBoard::isCollapsed(const QString &key) const
{
    return m_collapsed.contains(key);
}

QListWidget *KanbanBoard::list(const QString &key) const
{
    for (const auto &[k, l] : m_lists) {
        if (k == key)
            return l;
    }
    return nullptr;
}

QString KanbanBoard::selectedCard() const
{
    for (const auto &[k, l] : m_lists) {
        if (l && l->currentItem() && l->currentItem()->isSelected())
            return l->currentItem()->data(Qt::UserRole).toString();
    }
    return QString();
}

bool KanbanBoard::selectCard(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const auto &[k, l] : m_lists) {
        for (int i = 0; l && i < l->count(); ++i) {
            if (l->item(i)->data(Qt::UserRole).toString() == id) {
                l->setCurrentRow(i);
                return true;
            }
        }
    }
    return false;
}

void KanbanBoard::rebuild()
{
    QLayout *layout = m_inner->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    for (const Column &c : std::as_const(m_columns)) {
        auto *column = new QWidget(m_inner);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(2, 2, 2, 2);
        const bool collapsed = c.collapsible && m_collapsed.contains(c.key);
        auto *header = new QToolButton(column);
        header->setObjectName(QStringLiteral("kanban-header-") + c.key);
        header->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->setText(QStringLiteral("%1%2\n%3")
                            .arg(c.collapsible
                                     ? (collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ "))
                                     : QString(),
                                 c.title, c.summary));
        header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
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
            list->setWordWrap(true);
            list->setSpacing(3);
            list->setMinimumWidth(190);
            for (const Card &card : c.cards) {
                auto *item = new QListWidgetItem(
                    (QStringList{card.title} + card.lines).join(QLatin1Char('\n')), list);
                item->setData(Qt::UserRole, card.id);
                const QColor colour = PageLayout::stateColour(card.state);
                if (!card.state.isEmpty())
                    item->setForeground(colour);
            }
            connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
                const QList<QListWidgetItem *> chosen = list->selectedItems();
                if (chosen.isEmpty())
                    return;
                // One selection across the board: the other lists lose theirs and their current
                // item, so that choosing a card again is always seen.
                for (const auto &[k, other] : m_lists) {
                    if (other && other != list) {
                        const QSignalBlocker quiet(other);
                        other->clearSelection();
                        other->setCurrentItem(nullptr);
                    }
                }
                emit cardSelected(chosen.first()->data(Qt::UserRole).toString());
            });
            connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
                emit cardActivated(item->data(Qt::UserRole).toString());
            });
            v->addWidget(list, 1);
        } else {
            v->addStretch(1);
        }
        m_lists.append({c.key, list});
        layout->addWidget(column);
    }
}
