#include "views/widgets/autorefresher.h"

#include <QEvent>
#include <QWidget>

AutoRefresher::AutoRefresher(QWidget *watched, std::function<void()> refresh)
    : QObject(watched)
    , m_watched(watched)
    , m_refresh(std::move(refresh))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresher::tick);
    watched->installEventFilter(this);
}

void AutoRefresher::setIntervalSec(int seconds)
{
    m_timer.setInterval(std::max(5, seconds) * 1000);
}

void AutoRefresher::setEnabled(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
    m_missed = false;
}

bool AutoRefresher::canRefresh() const
{
    const QWidget *window = m_watched->window();
    return m_watched->isVisible() && !window->isMinimized() && !window->isHidden();
}

void AutoRefresher::tick()
{
    if (!canRefresh()) {
        m_missed = true;
        return;
    }
    m_missed = false;
    m_refresh();
}

bool AutoRefresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Show && m_missed && m_timer.isActive()) {
        m_missed = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
