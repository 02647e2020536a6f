#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

// Refreshes a surface every N seconds while it can be seen: ticks are skipped while the widget
// is hidden or its window minimised, and one missed tick is made up as soon as it shows again.
class AutoRefresher : public QObject
{
    Q_OBJECT
public:
    AutoRefresher(QWidget *watched, std::function<void()> refresh);

    void setIntervalSec(int seconds);
    int intervalSec() const { return m_timer.interval() / 1000; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_timer.isActive(); }
    // True when the refresh would run now (visible, not minimised).
    bool canRefresh() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QWidget *m_watched;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_missed = false;
};
