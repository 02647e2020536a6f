#include "app/mainwindow.h"

#include "models/core/displaytext.h"

#include "models/source/offlinecopy.h"

#include "app/boardpackdialog.h"
#include "app/connectiondialog.h"
#include "app/languagemanager.h"
#include "app/tokenkeychain.h"
#include "models/core/atomicfile.h"
#include "models/core/format.h"
#include "models/core/logging.h"
#include "models/core/period.h"
#include "models/core/settings.h"
#include "models/source/restserver.h"
#include "models/source/session.h"
#include "models/source/sourcetools.h"
#include "views/surface/surface.h"
#include "views/widgets/datalabels.h"
#include "views/widgets/navicons.h"
#include "views/widgets/statepalette.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {
constexpr int SurfaceIdRole = Qt::UserRole + 1;
const char *const ArabicName = "العربية";
} // namespace

MainWindow::MainWindow(Settings &settings, LanguageManager &language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_tenantCombo(new QComboBox(this))
    , m_tenantLabel(new QLabel(this))
    , m_sourceStatus(new QLabel(this))
    , m_tenantStatus(new QLabel(this))
    , m_asOfStatus(new QLabel(this))
    , m_refreshStatus(new QLabel(this))
{
    // The run's settings (a --screenshot run's scratch copy) for the widgets that remember a
    // choice of their own.
    Settings::setCurrent(&m_settings);
    setObjectName(QStringLiteral("MainWindow"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24)); // the icon set's grid (views/widgets/navicons.h)
    setWindowIcon(NavIcons::application());
    m_nav->setMinimumWidth(180);
    for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
        auto *item = new QListWidgetItem(surface->icon(), surface->title(), m_nav);
        item->setData(SurfaceIdRole, surface->id());
        m_stack->addWidget(new QWidget(m_stack)); // placeholder until first shown
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onSurfaceChosen);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900});
    // Above the surfaces, a Dealix server's warnings stay in view: a Line B build's
    // placeholder zeros, figures from the offline cache.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_restBanner = new QLabel(central);
    m_restBanner->setObjectName(QStringLiteral("restBanner"));
    m_restBanner->setWordWrap(true);
    m_restBanner->setMargin(8);
    m_restBanner->hide();
    DataLabels::plain(m_restBanner);
    centralLayout->addWidget(m_restBanner);
    centralLayout->addWidget(splitter, 1);
    applyStateColours();
    setCentralWidget(central);

    createActions();
    createMenus();
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addAction(m_connectAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_tenantLabel);
    m_toolBar->addWidget(m_tenantCombo);
    m_tenantCombo->setObjectName(QStringLiteral("tenantCombo"));
    m_tenantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_tenantCombo, &QComboBox::activated, this, &MainWindow::onTenantChosen);

    // Source and tenant names are data: shown as text, never as markup.
    DataLabels::plain(m_sourceStatus);
    DataLabels::plain(m_tenantStatus);
    DataLabels::plain(m_refreshStatus);
    statusBar()->addWidget(m_sourceStatus, 1);
    statusBar()->addPermanentWidget(m_tenantStatus);
    statusBar()->addPermanentWidget(m_asOfStatus);
    statusBar()->addPermanentWidget(m_refreshStatus);

    // Reconnection (PostgreSQL): a cheap health check, and back-off once the link is lost.
    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(10000);
    connect(m_healthTimer, &QTimer::timeout, this, &MainWindow::checkConnection);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::tryReconnect);

    retranslate();
    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1200, 760);
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());

    const QString last = m_settings.value(Settings::Key::CurrentSurface).toString();
    if (!last.isEmpty() && selectSurface(last))
        return;
    if (m_nav->count() > 0)
        m_nav->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    if (Settings::current() == &m_settings)
        Settings::setCurrent(nullptr);
    // A probe still connecting finishes (within the connect timeout) before its window goes.
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
    if (m_serverCheck) {
        m_serverCheck->disconnect(this);
        m_serverCheckSession->stopRest(); // a server that does not answer is not waited for
        m_serverCheck->wait();
        delete m_serverCheck;
    }
}

void MainWindow::createActions()
{
    m_connectAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_connectAction->setShortcut(QKeySequence::Open);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectDialog);

    m_exportAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrent);

    m_boardPackAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this);
    m_boardPackAction->setShortcut(QKeySequence::Print);
    connect(m_boardPackAction, &QAction::triggered, this, &MainWindow::boardPack);

    m_offlineAction = new QAction(style()->standardIcon(QStyle::SP_DriveFDIcon), QString(), this);
    connect(m_offlineAction, &QAction::triggered, this, [this] { saveOfflineCopy(); });

    m_clearCacheAction = new QAction(this);
    m_clearCacheAction->setObjectName(QStringLiteral("clearCacheAction"));
    m_clearCacheAction->setEnabled(false);
    connect(m_clearCacheAction, &QAction::triggered, this, [this] {
        QString error;
        if (!clearOfflineCache(true, &error) && !error.isEmpty())
            DataLabels::message(this, QMessageBox::Critical, tr("Clear offline cache"), error);
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_arabicAction = new QAction(QString::fromUtf8(ArabicName), m_languageGroup);
    m_englishAction->setCheckable(true);
    m_arabicAction->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    m_arabicAction->setData(QStringLiteral("ar"));
    (m_language.language() == QLatin1String("ar") ? m_arabicAction : m_englishAction)
        ->setChecked(true);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString lang = action->data().toString();
        m_language.setLanguage(lang);
        m_settings.setValue(Settings::Key::Language, lang);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_boardPackAction);
    m_fileMenu->addAction(m_offlineAction);
    m_fileMenu->addAction(m_clearCacheAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_arabicAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Dealix Executive Desktop"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent sources"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_connectAction->setText(tr("&Connect…"));
    m_connectAction->setToolTip(
        tr("Open a Dealix source: a SQLite file, a PostgreSQL database or a Dealix server"));
    m_exportAction->setText(tr("&Export surface…"));
    m_boardPackAction->setText(tr("&Board pack…"));
    m_boardPackAction->setToolTip(tr("Preview, print or save the board pack (PDF or HTML)"));
    m_offlineAction->setText(tr("Save &offline copy…"));
    m_offlineAction->setToolTip(
        tr("Write the tenant's data to a file that opens anywhere, read-only, and shows if it "
           "was changed"));
    m_clearCacheAction->setText(tr("C&lear offline cache…"));
    m_clearCacheAction->setToolTip(
        tr("Delete the Dealix server's answers kept for when it cannot be reached"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Recompute the current surface from the source (F5)"));
    m_aboutAction->setText(tr("&About Dealix Executive Desktop"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    //: Label before the tenant selector in the toolbar
    m_tenantLabel->setText(tr("Tenant:") + QLatin1Char(' '));
    for (int row = 0; row < m_nav->count(); ++row) {
        const Surface *surface =
            SurfaceRegistry::instance().find(m_nav->item(row)->data(SurfaceIdRole).toString());
        if (surface)
            m_nav->item(row)->setText(surface->title());
    }
    m_englishAction->setChecked(m_language.language() != QLatin1String("ar"));
    m_arabicAction->setChecked(m_language.language() == QLatin1String("ar"));
    rebuildRecentMenu();
    populateTenants();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyStateColours();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyStateColours()
{
    // The one palette of states over the window's palette (light, dark or high contrast): the
    // server banner is a warning's tint; the source status is the state's colour made readable
    // on the status bar.
    const StateColours w = StatePalette::colours(UiState::Warning, palette());
    const QString banner = QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                          "border-bottom: 1px solid %3; }")
                               .arg(w.fill.name(), w.text.name(), w.border.name());
    if (m_restBanner && m_restBanner->styleSheet() != banner)
        m_restBanner->setStyleSheet(banner);
    if (!m_sourceStatus)
        return;
    QString status;
    if (m_sourceState != UiState::Neutral)
        status =
            QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                .arg(StatePalette::readable(StatePalette::colours(m_sourceState, palette()).border,
                                            palette().color(QPalette::Window))
                         .name());
    if (m_sourceStatus->styleSheet() != status)
        m_sourceStatus->setStyleSheet(status);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentSources();
    for (const QString &url : recent) {
        QAction *action = m_recentMenu->addAction(url);
        // Queued: opening a source rebuilds this menu, which must not delete the action
        // while it is still emitting.
        connect(action, &QAction::triggered, this, [this, url] {
            QTimer::singleShot(0, this, [this, url] {
                QString error;
                if (!openSource(url, QString(), QString(), &error))
                    DataLabels::message(this, QMessageBox::Critical, tr("Cannot open the source"),
                                        error);
            });
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // The old session lives until every widget points at the new one.
    std::unique_ptr<Session> previous = std::exchange(m_session, std::move(session));
    m_sourceSet = true;
    if (m_session)
        m_sourceError.clear();
    if (m_session && m_session->isOpen()) {
        const QString url = SourceTools::rememberedUrl(m_session->url());
        m_settings.setValue(Settings::Key::LastSource, url);
        m_settings.addRecentSource(url);
        // A Dealix server lists no tenants: the token's own tenant, when it names one.
        // Never the last tenant of another source: a server answers for any id it is given.
        if (!m_session->hasTenant() && m_session->isRest())
            m_session->selectTenant(QString());
        if (!m_session->hasTenant() && !m_session->isRest()) {
            // Several tenants: take the one used last time, else the first; the toolbar
            // selector shows which and changes it.
            const QString last = m_settings.value(Settings::Key::LastTenant).toString();
            if (last.isEmpty() || !m_session->selectTenant(last)) {
                const Result<QList<TenantInfo>> tenants = m_session->tenants();
                if (tenants.ok() && !tenants->isEmpty())
                    m_session->selectTenant(tenants->first().id);
            }
        }
        if (m_session->hasTenant())
            m_settings.setValue(Settings::Key::LastTenant, m_session->tenantId());
    }
    rebuildRecentMenu();
    populateTenants();
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        it.value()->setSession(m_session.get(), effectiveAsOf());
    previous.reset();
    // A new session ends any reconnection; only a server connection can be lost.
    m_reconnectAttempt = 0;
    m_reconnectTimer->stop();
    if (m_session && m_session->isOpen() && m_session->isPostgres())
        m_healthTimer->start();
    else
        m_healthTimer->stop();
    m_clearCacheAction->setEnabled(m_session && m_session->isRest());
    refreshCurrent();
    checkServer();
}

void MainWindow::checkServer()
{
    if (m_serverCheck || !m_session || !m_session->isRest() || !m_session->hasTenant())
        return;
    const std::shared_ptr<RestServer> server = RestServer::of(*m_session);
    if (server->lineB().checked)
        return;
    // On a worker thread, on a clone of the session: the window never waits for the server.
    const Session::CloneSpec spec = m_session->cloneSpec();
    auto clone = std::make_shared<Session>();
    m_serverCheckSession = clone; // stopped when the window goes
    m_serverCheck = QThread::create([spec, clone] {
        if (clone->openClone(spec))
            RestServer::of(*clone)->checkLineB(*clone);
    });
    connect(m_serverCheck, &QThread::finished, this, [this] {
        m_serverCheck->deleteLater();
        m_serverCheck = nullptr;
        m_serverCheckSession.reset();
        updateRestBanner();
    });
    m_serverCheck->start();
}

QString MainWindow::restBannerText() const
{
    if (!m_session || !m_session->isRest())
        return {};
    return RestServer::warnings(*m_session).join(QLatin1Char('\n'));
}

void MainWindow::updateRestBanner()
{
    const QString text = restBannerText();
    m_restBanner->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_restBanner->setVisible(!text.isEmpty());
}

bool MainWindow::clearOfflineCache(bool confirm, QString *error)
{
    if (!m_session || !m_session->isRest() || !m_session->rest()) {
        if (error)
            *error = tr("The offline cache belongs to a Dealix server; none is connected.");
        return false;
    }
    if (confirm &&
        QMessageBox::question(
            this, tr("Clear offline cache"),
            tr("Delete every answer of %1 kept for when it cannot be reached (all tenants)? "
               "Without them the app cannot open this server's figures offline.")
                .arg(DisplayText::plain(m_session->url().toDisplayString()))) != QMessageBox::Yes)
        return false;
    QString why;
    if (!m_session->rest()->clearCache(&why)) {
        if (error)
            *error = why;
        return false;
    }
    statusBar()->showMessage(tr("The offline cache of %1 was cleared.")
                                 .arg(DisplayText::plain(m_session->url().toDisplayString())),
                             8000);
    return true;
}

void MainWindow::setReconnectTiming(int healthMs, int firstDelayMs, int maxDelayMs)
{
    m_healthTimer->setInterval(healthMs);
    m_firstDelayMs = firstDelayMs;
    m_maxDelayMs = maxDelayMs;
}

bool MainWindow::connectionLost() const
{
    if (!m_session || !m_session->isPostgres())
        return false;
    if (!m_session->isOpen())
        return true;
    QSqlQuery q(m_session->database());
    return !q.exec(QStringLiteral("select 1")) || !q.next();
}

void MainWindow::probeServer(std::function<void(bool, const QString &)> done)
{
    if (m_probe)
        return; // one probe at a time; the next timer tick asks again
    // On a worker thread with a connection of its own: a server that never answers costs the
    // connect timeout there, never a frozen window here.
    const SourceUrl url = m_session->url();
    const QString password = m_password;
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    m_probe = QThread::create([url, password, result] {
        result->first = SourceTools::probeServer(url, password, &result->second);
    });
    const Session *asked = m_session.get();
    connect(m_probe, &QThread::finished, this, [this, asked, result, done] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (m_session.get() == asked) // else another source was opened meanwhile
            done(result->first, result->second);
    });
    m_probe->start();
}

void MainWindow::checkConnection()
{
    if (m_reconnectAttempt > 0 || !m_session || !m_session->isPostgres())
        return;
    auto lost = [this] {
        qCWarning(lcSource).noquote() << "connection lost:" << m_session->url().toDisplayString();
        m_healthTimer->stop();
        scheduleReconnect();
    };
    if (!m_session->isOpen()) {
        lost();
        return;
    }
    // First whether the server answers at all (off this thread), then, when it does, whether
    // this session's own connection still works (quick: the server is there).
    probeServer([this, lost](bool answers, const QString &error) {
        if (m_reconnectAttempt > 0)
            return;
        if (!answers)
            m_lastError = error;
        if (!answers || connectionLost())
            lost();
    });
}

void MainWindow::scheduleReconnect()
{
    ++m_reconnectAttempt;
    // 1, 2, 4, 8 … s, capped: a restarting server is not hammered, a long outage is retried.
    const int shift = std::min(m_reconnectAttempt - 1, 16);
    const qint64 delay = std::min<qint64>(qint64(m_firstDelayMs) << shift, m_maxDelayMs);
    m_reconnectTimer->start(int(delay));
    updateStatus();
}

void MainWindow::tryReconnect()
{
    if (!m_session || m_reconnectAttempt == 0)
        return;
    probeServer([this](bool answers, const QString &error) {
        if (m_reconnectAttempt == 0)
            return;
        if (!answers) {
            m_lastError = error;
            scheduleReconnect();
            return;
        }
        // The server answers: opening the session is quick now.
        auto fresh = std::make_unique<Session>();
        const QString tenant = m_session->tenantId();
        const bool ok =
            fresh->open(m_session->url(), Session::OpenMode::RequireDealixSchema, m_password) &&
            (tenant.isEmpty() || fresh->selectTenant(tenant));
        if (!ok) {
            m_lastError = fresh->errorString();
            scheduleReconnect();
            return;
        }
        const int attempts = m_reconnectAttempt;
        setSession(std::move(fresh)); // refreshes the current surface
        statusBar()->showMessage(tr("Reconnected after %n attempt(s).", nullptr, attempts), 8000);
    });
}

bool MainWindow::openSource(const QString &url, const QString &password, const QString &tenant,
                            QString *error, const RestOptions &restGiven)
{
    auto session = std::make_unique<Session>();
    const SourceUrl parsed = SourceUrl::parse(url);
    RestOptions rest = restGiven;
    if (parsed.kind() == SourceUrl::Kind::Rest && rest.token.isEmpty()) {
        // The same server again (reconnect, recent sources): the token given before.
        if (m_session && m_session->isRest() &&
            m_session->url().toDisplayString() == parsed.toDisplayString())
            rest = m_restOptions;
        if (rest.token.isEmpty())
            rest.token = qgetenv("DEALIX_TOKEN").trimmed();
        if (rest.token.isEmpty()) {
            QString keychainError;
            if (!TokenKeychain::read(url, &rest.token, &keychainError) && !keychainError.isEmpty())
                statusBar()->showMessage(keychainError, 8000);
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = session->open(parsed, Session::OpenMode::RequireDealixSchema, password, rest) &&
                    (tenant.isEmpty() || session->selectTenant(tenant));
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (error)
            *error = session->errorString();
        return false;
    }
    m_password = password;
    m_restOptions = parsed.kind() == SourceUrl::Kind::Rest ? rest : RestOptions();
    setSession(std::move(session));
    return true;
}

void MainWindow::setSourceError(const QString &error)
{
    m_sourceError = error;
    updateStatus();
}

void MainWindow::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        it.value()->setSession(m_session.get(), effectiveAsOf());
    updateStatus();
}

void MainWindow::populateTenants()
{
    m_tenantCombo->clear();
    if (!m_session || !m_session->isOpen()) {
        m_tenantCombo->setEnabled(false);
        return;
    }
    const bool arabic = m_language.language() == QLatin1String("ar");
    const Result<QList<TenantInfo>> listed = m_session->tenants();
    if (!listed.ok()) {
        // The selector stays empty and says why, instead of looking like a source without
        // tenants.
        m_tenantCombo->setEnabled(false);
        m_tenantCombo->setToolTip(tr("The tenants could not be listed: %1").arg(listed.error()));
        statusBar()->showMessage(m_tenantCombo->toolTip());
        return;
    }
    m_tenantCombo->setToolTip(QString());
    const QList<TenantInfo> &tenants = listed.value();
    for (const TenantInfo &t : tenants) {
        m_tenantCombo->addItem(t.label(arabic), t.id);
        if (t.id == m_session->tenantId())
            m_tenantCombo->setCurrentIndex(m_tenantCombo->count() - 1);
    }
    m_tenantCombo->setEnabled(tenants.size() > 1);
}

void MainWindow::onTenantChosen(int index)
{
    if (!m_session || index < 0)
        return;
    const QString id = m_tenantCombo->itemData(index).toString();
    if (id == m_session->tenantId())
        return;
    if (!m_session->selectTenant(id)) {
        DataLabels::message(this, QMessageBox::Critical, tr("Cannot switch tenant"),
                            m_session->errorString());
        populateTenants();
        return;
    }
    m_settings.setValue(Settings::Key::LastTenant, id);
    // Every widget hears of the new tenant: a refresh under way for the old one is cancelled.
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        it.value()->setSession(m_session.get(), effectiveAsOf());
    refreshCurrent();
}

SurfaceWidget *MainWindow::widgetFor(int row)
{
    if (row < 0 || row >= m_nav->count())
        return nullptr;
    if (SurfaceWidget *w = m_widgets.value(row))
        return w;
    const Surface *surface =
        SurfaceRegistry::instance().find(m_nav->item(row)->data(SurfaceIdRole).toString());
    if (!surface)
        return nullptr;
    SurfaceWidget *w = surface->createWidget(m_stack);
    DataLabels::apply(w); // every label shows data as text unless it chose markup
    const QVariantMap states = m_settings.value(Settings::Key::SurfaceStates).toMap();
    w->restoreState(states.value(surface->id()).toByteArray());
    w->setSession(m_session.get(), effectiveAsOf());
    QWidget *placeholder = m_stack->widget(row);
    m_stack->insertWidget(row, w);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_widgets.insert(row, w);
    connect(w, &SurfaceWidget::openSurfaceRequested, this,
            [this](const QString &id) { selectSurface(id); });
    connect(w, &SurfaceWidget::refreshed, this, [this, w](bool ok) {
        if (ok) {
            m_lastRefresh = QDateTime::currentDateTime();
            m_lastError.clear();
            checkServer(); // a server that could not be asked before answers now
        } else {
            m_lastError = w->errorString();
        }
        updateStatus();
    });
    return w;
}

void MainWindow::onSurfaceChosen(int row)
{
    SurfaceWidget *w = widgetFor(row);
    if (!w)
        return;
    const bool fresh = m_stack->currentWidget() != w;
    m_stack->setCurrentWidget(w);
    m_settings.setValue(Settings::Key::CurrentSurface, m_nav->item(row)->data(SurfaceIdRole));
    // Before the first source is set (construction) there is nothing to compute yet.
    if (fresh && m_sourceSet)
        w->refresh();
}

SurfaceWidget *MainWindow::currentSurface() const
{
    return qobject_cast<SurfaceWidget *>(m_stack->currentWidget());
}

bool MainWindow::selectSurface(const QString &id)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(SurfaceIdRole).toString() == id) {
            m_nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::refreshCurrent()
{
    if (SurfaceWidget *w = currentSurface()) {
        // A refresh that fails may be the first sign of a lost server.
        if (!w->refresh() && m_reconnectAttempt == 0)
            checkConnection();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_session && m_reconnectAttempt > 0) {
        // The last figures stay on screen; the status bar says they are not live.
        m_sourceStatus->setText(tr("Reconnecting (attempt %L1)… %2")
                                    .arg(m_reconnectAttempt)
                                    .arg(DisplayText::plain(m_session->url().toDisplayString())));
        m_sourceState = UiState::Warning;
    } else if (!m_session || !m_session->isOpen()) {
        m_sourceStatus->setText(m_sourceError.isEmpty() ? tr("No source connected")
                                                        : m_sourceError);
        m_tenantStatus->clear();
        m_sourceState = UiState::Neutral;
    } else {
        if (m_session->isOffline()) {
            // An offline copy is never trusted silently: its as-of and integrity stay in view.
            const OfflineStatus &o = m_session->offline();
            m_sourceStatus->setText((o.intact ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                                    o.summary(Periods::zone(m_session->tenant().timeZone)));
            m_sourceState = o.intact ? UiState::Neutral : UiState::Critical;
        } else if (!m_session->visibilityWarning().isEmpty()) {
            // Zeros that may only be row-level security at work stay in view.
            m_sourceStatus->setText(QStringLiteral("⚠ ") + m_session->visibilityWarning());
            m_sourceState = UiState::Warning;
        } else {
            m_sourceStatus->setText(
                tr("Source: %1").arg(DisplayText::plain(m_session->url().toDisplayString())));
            m_sourceState = UiState::Neutral;
        }
    }
    applyStateColours();
    if (m_session && (m_reconnectAttempt > 0 || m_session->isOpen())) {
        const TenantInfo &t = m_session->tenant();
        const QString name =
            m_language.language() == QLatin1String("ar") && !t.nameAr.isEmpty() ? t.nameAr : t.name;
        m_tenantStatus->setText(
            m_session->hasTenant()
                ? tr("Tenant: %1").arg(DisplayText::plain(name.isEmpty() ? t.id : name))
                : tr("No tenant"));
    }
    const QLocale locale;
    const QDateTime asOf = effectiveAsOf();
    // In the tenant's zone (Asia/Riyadh unless the tenant says otherwise), long and unambiguous.
    const QTimeZone zone = Periods::zone(
        m_session && m_session->hasTenant() ? m_session->tenant().timeZone : QByteArray());
    m_asOfStatus->setText(asOf.isValid() ? tr("As of %1").arg(Format::dateTime(asOf, zone))
                                         : tr("As of now"));
    if (!m_lastError.isEmpty())
        m_refreshStatus->setText(tr("Refresh failed"));
    else if (m_lastRefresh.isValid())
        m_refreshStatus->setText(tr("Refreshed %1")
                                     .arg(locale.toString(m_lastRefresh.toTimeZone(zone).time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_refreshStatus->clear();
    m_refreshStatus->setToolTip(m_lastError);
    updateRestBanner();
}

void MainWindow::connectDialog()
{
    ConnectionDialog dialog(m_settings.recentSources(),
                            m_session ? SourceTools::rememberedUrl(m_session->url()) : QString(),
                            this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        RestOptions rest;
        rest.token = dialog.token();
        rest.caFile = dialog.caFile();
        if (openSource(dialog.url(), dialog.password(), dialog.tenant(), &error, rest)) {
            // Only once the server is opened with it: a token that is not used is not kept.
            if (dialog.rememberToken() && !rest.token.isEmpty()) {
                QString keychainError;
                if (!TokenKeychain::store(dialog.url(), rest.token, &keychainError))
                    DataLabels::message(this, QMessageBox::Warning, tr("Token not remembered"),
                                        keychainError);
            }
            return;
        }
        DataLabels::message(this, QMessageBox::Critical, tr("Cannot open the source"), error);
    }
}

void MainWindow::exportCurrent()
{
    const int row = m_nav->currentRow();
    if (row < 0 || !m_session || !m_session->hasTenant())
        return;
    const Surface *surface =
        SurfaceRegistry::instance().find(m_nav->item(row)->data(SurfaceIdRole).toString());
    if (!surface)
        return;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(surface->title()),
                                                      surface->id() + QStringLiteral(".json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    ExportRequest request;
    request.format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                         ? QStringLiteral("csv")
                         : QStringLiteral("json");
    request.asOf = effectiveAsOf().isValid() ? effectiveAsOf() : QDateTime::currentDateTimeUtc();
    QByteArray bytes;
    QString error;
    if (!surface->exportData(*m_session, request, &bytes, &error) ||
        !AtomicFile::write(path, bytes, &error))
        DataLabels::message(this, QMessageBox::Critical, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(DisplayText::plain(path)), 5000);
}

void MainWindow::boardPack()
{
    if (!m_session || !m_session->hasTenant()) {
        QMessageBox::information(this, tr("Board pack"), tr("Connect to a source first."));
        return;
    }
    BoardPackDialog dialog(*m_session, m_language, effectiveAsOf(), this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Dealix Executive Desktop"),
                       tr("<h3>Dealix Executive Desktop %1</h3>"
                          "<p>The decision surfaces of a Dealix tenant, computed from real data, "
                          "in Arabic and English.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(DEALIX_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::saveSurfaceStates()
{
    QVariantMap states = m_settings.value(Settings::Key::SurfaceStates).toMap();
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        states.insert(m_nav->item(it.key())->data(SurfaceIdRole).toString(),
                      it.value()->saveState());
    m_settings.setValue(Settings::Key::SurfaceStates, states);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    saveSurfaceStates();
    m_settings.sync();
    event->accept();
}

QDateTime MainWindow::effectiveAsOf() const
{
    if (m_asOf.isValid())
        return m_asOf;
    if (m_session && m_session->isOffline())
        return m_session->offline().asOf;
    return QDateTime();
}

bool MainWindow::saveOfflineCopy(const QString &chosenPath)
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        statusBar()->showMessage(tr("No source is connected."), 5000);
        return false;
    }
    QString path = chosenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Save offline copy"),
            QStringLiteral("%1-offline.dealix-review").arg(m_session->tenant().slug),
            tr("Offline review copy (*.dealix-review);;SQLite database (*.sqlite)"));
    if (path.isEmpty())
        return false;
    QProgressDialog progress(tr("Writing the offline copy…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const QDateTime asOf =
        effectiveAsOf().isValid() ? effectiveAsOf() : QDateTime::currentDateTimeUtc();
    const bool ok = OfflineCopy::write(*m_session, path, asOf, &error, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!ok) {
        DataLabels::message(this, QMessageBox::Warning, tr("Save offline copy"), error);
        return false;
    }
    statusBar()->showMessage(tr("Offline copy written to %1").arg(DisplayText::plain(path)), 8000);
    return true;
}
