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
    // Says text, in place of anything said before (a kept outcome too).
    void showMessage(Level level, const QString &text);
    void clearMessage();
    // A write's outcome, said and kept (README "Writes and the refresh after them"): until it is
    // released, what the surface's data says meanwhile (showNotice: the refresh that follows the
    // write, its error, a check failing in the background) follows it on a line of its own
    // instead of replacing it. showMessage() and clearMessage() drop it.
    void showOutcome(Level level, const QString &text);
    // What the surface's data or its refresh says: after a kept outcome, the banner at the more
    // serious level of the two; otherwise as showMessage(). Replaces the previous notice.
    void showNotice(Level level, const QString &text);
    // Takes back the notice; a kept outcome stays (the banner hides when there is none).
    void clearNotice();
    // The outcome is no longer kept: it leaves the banner, a notice said after it stays.
    void releaseOutcome();
    bool keepsOutcome() const { return !m_outcome.isEmpty(); }
    QString text() const;
    Level level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(Level level, const QString &text);
    void updateLevelText();
    void applyColours();
    QLabel *m_icon;
    QLabel *m_label;
    QString m_text;
    Level m_level = Level::Info;
    QString m_outcome; // kept (empty: none)
    Level m_outcomeLevel = Level::Info;
    QString m_notice; // said after it
    Level m_noticeLevel = Level::Info;
};
