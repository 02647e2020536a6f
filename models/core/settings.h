#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

// Typed settings over QSettings: every key is an enum value with one default, so no
// caller spells a key string or a default twice. Passwords are never a key here.
class Settings
{
public:
    enum class Key {
        Language,      // "en" or "ar"
        LastSource,    // source URL without credentials
        RecentSources, // most recent first, at most MaxRecentSources
        LastTenant,    // tenant id
        WindowGeometry,
        WindowState,
        CurrentSurface,     // surface id
        SurfaceStates,      // surface id -> the surface widget's saved state
        RefreshIntervalSec, // auto-refresh period for surfaces that refresh
        ActingUser,         // e-mail of the user deciding approvals in the GUI
        ProbeEndpoints,     // connector key -> probe URL (overrides connector_probes)
        ProbeTimeoutMs,     // probe timeout when connector_probes gives none
        ProbeSlowMs         // latency above which an answering connector is degraded
    };

    static constexpr int MaxRecentSources = 8;

    // The application's settings (organisation "Dealix", application "Dealix Desk").
    Settings();
    // Settings kept in an INI file at path; tests use a temporary one.
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // A settings object in a fresh temporary directory, removed with it.
    static std::unique_ptr<Settings> temporary();
    // A temporary settings object holding a copy of every key of this one: a run that must
    // read the user's settings but change none of them (--screenshot) writes into the copy.
    std::unique_ptr<Settings> scratchCopy() const;
    // The settings object of this run, which the main window registers (the scratch copy in a
    // --screenshot run): widgets that remember a choice (the acting user) read and write it
    // here, never a Settings() of their own. Null when none is registered.
    static Settings *current();
    static void setCurrent(Settings *settings);
    // A key of current(), else of the application's settings.
    static QVariant currentValue(Key key);
    static void setCurrentValue(Key key, const QVariant &value);

    QVariant value(Key key) const;
    // A key that is a group of its own (probes/endpoints): its child keys and values, so that
    // users can write one plain line per entry in the INI file.
    QVariantMap group(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    void sync();

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &lang) { setValue(Key::Language, lang); }
    QStringList recentSources() const { return value(Key::RecentSources).toStringList(); }
    // Puts url first in the recent list (dropping duplicates and the oldest).
    void addRecentSource(const QString &url);
    int refreshIntervalSec() const { return value(Key::RefreshIntervalSec).toInt(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const;

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
};
