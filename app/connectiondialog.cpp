#include "app/connectiondialog.h"
#include "models/core/displaytext.h"

#include "app/tokenkeychain.h"
#include "models/source/sourceurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const QStringList &recentSources, const QString &currentUrl,
                                   QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_sqlite(new QRadioButton(tr("SQLite file (demo database or offline copy)"), this))
    , m_postgres(new QRadioButton(tr("Dealix PostgreSQL database"), this))
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_restChoice(new QRadioButton(tr("Dealix server (REST API)"), this))
    , m_restUrl(new QLineEdit(this))
    , m_restTenant(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the token in the desktop keychain"), this))
    , m_caFile(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
{
    setWindowTitle(tr("Connect to a Dealix source"));
    m_recent->addItem(tr("Recent sources…"));
    m_recent->addItems(recentSources);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadUrl(m_recent->itemText(index));
    });

    auto *sqlitePage = new QWidget(this);
    auto *sqliteRow = new QHBoxLayout(sqlitePage);
    sqliteRow->setContentsMargins(0, 0, 0, 0);
    auto *browseButton = new QPushButton(tr("Browse…"), sqlitePage);
    connect(browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    sqliteRow->addWidget(new QLabel(tr("File:"), sqlitePage));
    sqliteRow->addWidget(m_path, 1);
    sqliteRow->addWidget(browseButton);

    auto *pgPage = new QWidget(this);
    auto *form = new QFormLayout(pgPage);
    form->setContentsMargins(0, 0, 0, 0);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setText(QStringLiteral("localhost"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordNote->setText(tr("Used for this connection only and never saved. Leave empty to use "
                               "PGPASSWORD or ~/.pgpass."));
    m_passwordNote->setWordWrap(true);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_passwordNote);

    auto *restPage = new QWidget(this);
    auto *restForm = new QFormLayout(restPage);
    restForm->setContentsMargins(0, 0, 0, 0);
    m_restUrl->setObjectName(QStringLiteral("restUrl"));
    m_restUrl->setPlaceholderText(QStringLiteral("https://dealix.example.com/api/v1"));
    m_restTenant->setObjectName(QStringLiteral("restTenant"));
    m_restTenant->setPlaceholderText(tr("the tenant's id (a UUID); empty: the token's tenant"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("empty: DEALIX_TOKEN or the remembered token"));
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setText(tr("The token is kept in memory for this session; ticked, also in the "
                            "desktop keychain. It is never written to the settings."));
    auto *caRow = new QHBoxLayout;
    auto *caBrowse = new QPushButton(tr("Browse…"), restPage);
    connect(caBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseCa);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto *forget = new QPushButton(tr("Forget the remembered token"), restPage);
    forget->setObjectName(QStringLiteral("forgetToken"));
    connect(forget, &QPushButton::clicked, this, &ConnectionDialog::forgetToken);
    restForm->addRow(tr("Server URL:"), m_restUrl);
    restForm->addRow(tr("Tenant id:"), m_restTenant);
    restForm->addRow(tr("Token:"), m_token);
    restForm->addRow(QString(), m_remember);
    restForm->addRow(tr("CA file (PEM):"), caRow);
    restForm->addRow(QString(), m_tokenNote);
    restForm->addRow(QString(), forget);

    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(pgPage);
    m_pages->addWidget(restPage);
    connect(m_sqlite, &QRadioButton::toggled, this, &ConnectionDialog::updateKind);
    connect(m_restChoice, &QRadioButton::toggled, this, &ConnectionDialog::updateKind);
    // The kept options belong to the loaded URL's servers: typing another host drops them, so
    // that nothing invisible (target_session_attrs=standby …) applies to the new one.
    connect(m_host, &QLineEdit::textEdited, this, [this] { m_options.clear(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recent);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);
    layout->addWidget(m_restChoice);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    m_sqlite->setChecked(true);
    loadUrl(currentUrl);
    resize(520, sizeHint().height());
}

void ConnectionDialog::loadUrl(const QString &text)
{
    const SourceUrl url = SourceUrl::parse(text);
    if (url.kind() == SourceUrl::Kind::PostgreSQL) {
        m_postgres->setChecked(true);
        // Several servers stay one list in the host field ("h1:5432,[::1]:5433"): the port
        // field then does not apply.
        m_host->setText(url.hosts().size() > 1 ? url.toDisplayString()
                                                     .section(QLatin1Char('@'), -1)
                                                     .section(QLatin1Char('/'), 0, 0)
                                               : url.host());
        m_port->setValue(url.port());
        m_database->setText(url.database());
        m_user->setText(url.user());
        m_options = url.options();
    } else if (url.kind() == SourceUrl::Kind::SQLite) {
        m_sqlite->setChecked(true);
        m_path->setText(url.path());
    } else if (url.kind() == SourceUrl::Kind::Rest) {
        m_restChoice->setChecked(true);
        m_restUrl->setText(url.toDisplayString());
    }
    updateKind();
}

void ConnectionDialog::updateKind()
{
    m_pages->setCurrentIndex(m_sqlite->isChecked() ? 0 : m_postgres->isChecked() ? 1 : 2);
}

void ConnectionDialog::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a Dealix SQLite database"), m_path->text(),
                                     tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ConnectionDialog::browseCa()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("A certificate authority to trust"), m_caFile->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionDialog::forgetToken()
{
    const QString server = restUrl(m_restUrl->text());
    QString error;
    if (TokenKeychain::remove(server, &error))
        m_tokenNote->setText(tr("No token is remembered for %1 any more.")
                                 .arg(DisplayText::plain(TokenKeychain::key(server))));
    else
        m_tokenNote->setText(error);
}

bool ConnectionDialog::isRest() const
{
    return m_restChoice->isChecked();
}

QString ConnectionDialog::restUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return text;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return text; // SourceUrl says what is wrong with it
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/api/v1"));
    return url.toString();
}

QString ConnectionDialog::tenant() const
{
    return isRest() ? m_restTenant->text().trimmed() : QString();
}

QByteArray ConnectionDialog::token() const
{
    return isRest() ? m_token->text().trimmed().toUtf8() : QByteArray();
}

bool ConnectionDialog::rememberToken() const
{
    return isRest() && m_remember->isChecked();
}

QString ConnectionDialog::caFile() const
{
    return isRest() ? m_caFile->text().trimmed() : QString();
}

QString ConnectionDialog::url() const
{
    if (isRest())
        return restUrl(m_restUrl->text());
    if (m_sqlite->isChecked())
        return QStringLiteral("sqlite:") + m_path->text().trimmed();
    QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();
    const QString userInfo = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const QString query =
        m_options.isEmpty()
            ? QString()
            : QLatin1Char('?') + QString(m_options).replace(QLatin1Char(';'), QLatin1Char('&'));
    if (host.contains(QLatin1Char(','))) // a host list carries its own ports
        return QStringLiteral("postgresql://%1%2/%3%4")
            .arg(userInfo, host, m_database->text().trimmed(), query);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("postgresql://%1%2:%3/%4%5")
        .arg(userInfo, host)
        .arg(m_port->value())
        .arg(m_database->text().trimmed(), query);
}

QString ConnectionDialog::password() const
{
    return m_postgres->isChecked() ? m_password->text() : QString();
}
