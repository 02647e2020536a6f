#pragma once

#include <QFrame>

class QLabel;

// An inline message above a surface's content: errors, stale data, configuration warnings.
// Never colour alone: each level has an icon and its word ("Error", "Warning").
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    void showMessage(Level level, const QString &text);
    void clearMessage();
    QString text() const;
    Level level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLevelText();
    void applyColours();
    QLabel *m_icon;
    QLabel *m_label;
    QString m_text;
    Level m_level = Level::Info;
};
