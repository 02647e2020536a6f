#pragma once

#include "models/core/uistate.h"
#include "models/source/restclient.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class LanguageManager;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;
class QTimer;
class QToolBar;
class Session;
class Settings;
class SurfaceWidget;

// The main window: a navigation list of the registered surfaces, the current surface, and a
// status bar saying which source, tenant and as-of time the figures come from.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, LanguageManager &language, QWidget *parent = nullptr);
    ~MainWindow() override;
    // File ▸ Save offline copy; a path skips the file dialog (tests). False if not written.
    bool saveOfflineCopy(const QString &path = QString());
    // The time figures are computed as of: the chosen one, else an offline copy's, else now
    // (invalid).
    QDateTime effectiveAsOf() const;

    // Takes over an open session (tenant selected or not); the surfaces refresh from it.
    void setSession(std::unique_ptr<Session> session);
    const Session *session() const { return m_session.get(); }
    void setAsOf(const QDateTime &asOf);
    // Why no source is connected (shown in the status bar until a source opens).
    void setSourceError(const QString &error);

    // Opens url (with a password typed by the user, never stored); on failure keeps the
    // current session and returns false with the reason in error.
    // A Dealix server: rest carries the token and CA file; an empty token is taken from
    // DEALIX_TOKEN, else from the desktop keychain. Opening one makes no request.
    bool openSource(const QString &url, const QString &password, const QString &tenant,
                    QString *error, const RestOptions &rest = RestOptions());
    // File ▸ Clear offline cache: a Dealix server's cached answers (all tenants); confirm asks
    // first. False with the reason in error.
    bool clearOfflineCache(bool confirm = true, QString *error = nullptr);
    // The warnings above the surfaces for a Dealix server (Line B, stale data); empty: none.
    QString restBannerText() const;
    // The Line B check of the current server (on a worker thread) is under way.
    bool checkingServer() const { return m_serverCheck != nullptr; }

    // A lost PostgreSQL connection is noticed (a health check every healthMs, and after a
    // failed refresh) and reopened with back-off: firstDelayMs, doubled per attempt, at most
    // maxDelayMs; the status bar says "Reconnecting (attempt N)…". Defaults 10 s, 1 s, 60 s;
    // tests make them short.
    void setReconnectTiming(int healthMs, int firstDelayMs, int maxDelayMs);
    // 0 when connected; else the number of the attempt under way or scheduled.
    int reconnectAttempt() const { return m_reconnectAttempt; }

    QListWidget *navigation() const { return m_nav; }
    SurfaceWidget *currentSurface() const;
    bool selectSurface(const QString &id);
    void refreshCurrent();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void rebuildRecentMenu();
    void populateTenants();
    void onTenantChosen(int index);
    void onSurfaceChosen(int row);
    void updateStatus();
    // The colours of the server banner and of the source status (m_sourceState) from the state
    // palette over the window's palette; again whenever the palette changes.
    void applyStateColours();
    void connectDialog();
    void exportCurrent();
    void boardPack();
    void about();
    void saveSurfaceStates();
    SurfaceWidget *widgetFor(int row);
    bool connectionLost() const;
    void checkConnection();
    void scheduleReconnect();
    void tryReconnect();
    // SourceTools::probeServer for the current source on a worker thread; done(answers, error)
    // runs here afterwards unless another source was opened meanwhile.
    void probeServer(std::function<void(bool, const QString &)> done);
    // A Dealix server: whether it is a Line B build, asked once off this thread.
    void checkServer();
    void updateRestBanner();

    Settings &m_settings;
    LanguageManager &m_language;
    std::unique_ptr<Session> m_session;
    QDateTime m_asOf; // invalid: now
    QDateTime m_lastRefresh;
    QString m_lastError;
    QString m_sourceError;
    bool m_sourceSet = false;         // setSession() was called at least once
    QString m_password;               // typed in the connection dialog: kept in memory to reconnect
    RestOptions m_restOptions;        // a Dealix server's token and CA file: in memory only
    QThread *m_serverCheck = nullptr; // the Line B check under way, if any
    std::shared_ptr<Session> m_serverCheckSession; // its session, to stop it
    QLabel *m_restBanner = nullptr;
    UiState m_sourceState = UiState::Neutral; // the state the source status shows
    QTimer *m_healthTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    int m_reconnectAttempt = 0;
    QThread *m_probe = nullptr; // the probe under way, if any
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 60000;

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QHash<int, SurfaceWidget *> m_widgets; // navigation row -> widget, created on first view
    QComboBox *m_tenantCombo;
    QLabel *m_tenantLabel;
    QLabel *m_sourceStatus;
    QLabel *m_tenantStatus;
    QLabel *m_asOfStatus;
    QLabel *m_refreshStatus;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_boardPackAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_clearCacheAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_arabicAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
