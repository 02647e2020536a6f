#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QRadioButton;
class QLabel;

// File ▸ Connect: a SQLite file, PostgreSQL parameters or a Dealix server, and the recent
// sources. The PostgreSQL password is asked here for this connection only: it is never saved.
// A Dealix server's token is kept in memory for the session, and in the desktop keychain when
// "Remember" is ticked — never in the settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QStringList &recentSources, const QString &currentUrl,
                              QWidget *parent = nullptr);

    QString url() const;
    QString password() const;
    // A Dealix server (REST API) is chosen.
    bool isRest() const;
    // https://HOST[:PORT]/api/v1 from what was typed: https:// added when no scheme is given,
    // /api/v1 when no path is.
    static QString restUrl(const QString &typed);
    QString tenant() const; // the tenant's id (a UUID), empty: the token's own
    QByteArray token() const;
    bool rememberToken() const;
    QString caFile() const;

private:
    void loadUrl(const QString &url);
    void updateKind();
    void browse();
    void browseCa();
    void forgetToken();

    QComboBox *m_recent;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QRadioButton *m_restChoice;
    QLineEdit *m_restUrl;
    QLineEdit *m_restTenant;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QLineEdit *m_caFile;
    QLabel *m_tokenNote;
    // The loaded PostgreSQL URL's options (sslmode, target_session_attrs …), kept: the form
    // has no fields for them, and dropping target_session_attrs would send a standby's
    // readers to the primary. Cleared when the user edits the host.
    QString m_options;
};
