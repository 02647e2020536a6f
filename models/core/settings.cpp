#include "models/core/settings.h"

#include <QSettings>
#include <QTemporaryDir>

Settings::Settings()
    : m_settings(
          std::make_unique<QSettings>(QStringLiteral("Dealix"), QStringLiteral("Dealix Desk")))
{}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::temporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("settings.ini")));
    settings->m_tempDir = std::move(dir);
    return settings;
}

namespace {
Settings *g_current = nullptr; // GUI thread only
} // namespace

Settings *Settings::current()
{
    return g_current;
}

void Settings::setCurrent(Settings *settings)
{
    g_current = settings;
}

QVariant Settings::currentValue(Key key)
{
    if (g_current)
        return g_current->value(key);
    return Settings().value(key);
}

void Settings::setCurrentValue(Key key, const QVariant &value)
{
    if (g_current)
        g_current->setValue(key, value);
    else
        Settings().setValue(key, value);
}

std::unique_ptr<Settings> Settings::scratchCopy() const
{
    std::unique_ptr<Settings> copy = temporary();
    for (const QString &key : m_settings->allKeys())
        copy->m_settings->setValue(key, m_settings->value(key));
    return copy;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::LastSource:
        return QStringLiteral("source/last");
    case Key::RecentSources:
        return QStringLiteral("source/recent");
    case Key::LastTenant:
        return QStringLiteral("source/lastTenant");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::CurrentSurface:
        return QStringLiteral("window/surface");
    case Key::RefreshIntervalSec:
        return QStringLiteral("ui/refreshIntervalSec");
    case Key::SurfaceStates:
        return QStringLiteral("window/surfaceStates");
    case Key::ActingUser:
        return QStringLiteral("approvals/actingUser");
    case Key::ProbeEndpoints:
        return QStringLiteral("probes/endpoints");
    case Key::ProbeTimeoutMs:
        return QStringLiteral("probes/timeoutMs");
    case Key::ProbeSlowMs:
        return QStringLiteral("probes/slowMs");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("en");
    case Key::RecentSources:
        return QStringList();
    case Key::RefreshIntervalSec:
        return 60;
    case Key::LastSource:
    case Key::LastTenant:
    case Key::ActingUser:
    case Key::CurrentSurface:
        return QString();
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    case Key::SurfaceStates:
    case Key::ProbeEndpoints:
        return QVariantMap();
    case Key::ProbeTimeoutMs:
        return 5000;
    case Key::ProbeSlowMs:
        return 2000;
    }
    return {};
}

QVariantMap Settings::group(Key key) const
{
    QVariantMap out;
    m_settings->beginGroup(keyName(key));
    for (const QString &k : m_settings->childKeys())
        out.insert(k, m_settings->value(k));
    m_settings->endGroup();
    return out;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    // Storing what is already stored would still rewrite the file (a synced write on the GUI
    // thread at every start, when the window records the source and tenant it reopened).
    const QString name = keyName(key);
    if (m_settings->contains(name) && m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
}

void Settings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::addRecentSource(const QString &url)
{
    QStringList list = recentSources();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > MaxRecentSources)
        list.removeLast();
    setValue(Key::RecentSources, list);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}
