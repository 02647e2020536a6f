#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QRadioButton;
class QLabel;

// File ▸ Connect: a SQLite file or PostgreSQL parameters, and the recent sources. The
// PostgreSQL password is asked here for this connection only: it is never saved.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QStringList &recentSources, const QString &currentUrl,
                              QWidget *parent = nullptr);

    QString url() const;
    QString password() const;

private:
    void loadUrl(const QString &url);
    void updateKind();
    void browse();

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
    // The loaded PostgreSQL URL's options (sslmode, target_session_attrs …), kept: the form
    // has no fields for them, and dropping target_session_attrs would send a standby's
    // readers to the primary. Cleared when the user edits the host.
    QString m_options;
};
