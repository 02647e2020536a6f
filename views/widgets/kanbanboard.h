#pragma once

#include <QList>
#include <QScrollArea>
#include <QStringList>

class QListWidget;
class QToolButton;

// A board of columns of cards (Policy Violations, Partner Pipeline). Columns follow the layout
// direction (first column at the leading edge, so right in Arabic); a collapsible column folds
// to its header. Each card carries a state for its colour and always its word.
class KanbanBoard : public QScrollArea
{
    Q_OBJECT
public:
    struct Card {
        QString id;
        QString title;
        QStringList lines;
        QString state; // "critical", "warning", "good", "" (neutral)
    };
    struct Column {
        QString key;
        QString title;
        QString summary; // e.g. "3 · SAR 1.2M"
        QList<Card> cards;
        bool collapsible = false;
    };

    explicit KanbanBoard(QWidget *parent = nullptr);
    void setColumns(const QList<Column> &columns);
    void setCollapsed(const QString &key, bool collapsed);
    bool isCollapsed(const QString &key) const;
    QString selectedCard() const;
    bool selectCard(const QString &id);
    int columnCount() const { return int(m_columns.size()); }
    QListWidget *list(const QString &key) const;

signals:
    void cardSelected(const QString &id);
    void cardActivated(const QString &id);

private:
    void rebuild();
    QList<Column> m_columns;
    QStringList m_collapsed;
    QWidget *m_inner;
    QList<std::pair<QString, QListWidget *>> m_lists;
};
