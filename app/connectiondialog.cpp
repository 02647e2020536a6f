#include "app/connectiondialog.h"

#include "models/source/sourceurl.h"

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

    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(pgPage);
    connect(m_sqlite, &QRadioButton::toggled, this, &ConnectionDialog::updateKind);
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
    }
    updateKind();
}

void ConnectionDialog::updateKind()
{
    m_pages->setCurrentIndex(m_sqlite->isChecked() ? 0 : 1);
}

void ConnectionDialog::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a Dealix SQLite database"), m_path->text(),
                                     tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

QString ConnectionDialog::url() const
{
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
