#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// A parsed --source URL (README "Rules: Sources"): sqlite:PATH, postgresql://USER@HOST:PORT/DB
// (or libpq's multi-host form postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB) or
// https://HOST/api/v1. Never holds a password: one in the URL is refused, because recent
// sources are remembered in settings and URLs end up in provenance.
class SourceUrl
{
    Q_DECLARE_TR_FUNCTIONS(SourceUrl)
public:
    enum class Kind { Invalid, SQLite, PostgreSQL, Rest };
    struct Host {
        QString name; // IPv6 addresses without brackets
        int port = 5432;
    };

    static SourceUrl parse(const QString &text);
    static SourceUrl sqlite(const QString &path);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString errorString() const { return m_error; }

    QString path() const { return m_path; } // SQLite
    QString user() const { return m_user; } // PostgreSQL
    QString host() const { return m_host; } // PostgreSQL (the first host), REST
    int port() const { return m_port; }     // PostgreSQL (the first host's)
    // PostgreSQL: every host in the URL's order (libpq tries them in turn), at least one.
    QList<Host> hosts() const { return m_hosts; }
    // PostgreSQL: the host and port lists in libpq's keyword form ("h1,::1", "5432,5433").
    QString libpqHosts() const;
    QString libpqPorts() const;
    QString database() const { return m_database; } // PostgreSQL
    QString options() const { return m_options; }   // PostgreSQL: libpq options, ';'-separated

    // As shown, logged, in provenance: no credentials, role as *** (SourceTools::rememberedUrl).
    QString toDisplayString() const;

    // The one redaction of credentials for any text that is printed, logged, stored or
    // exported and may hold a URL or an error quoting one, well-formed or not:
    //  - a URL's user-info, a bare role name included (from "scheme://" to the last '@' before
    //    the next URL or the end of the line, so that a space, '/', '[', quote or "://" in a
    //    password cannot end it early) becomes "***" (JSON text: SourceTools::redactJson);
    //  - the values of query parameters whose names look like credentials (token, key,
    //    secret, password, auth, signature, session, code …) become "***";
    //  - libpq's "password=…" and HTTP "Bearer …" values become "***".
    static QString redact(const QString &text);
    // A URL without credentials: redact() of its text form.
    static QString redactUrl(const QUrl &url);

private:
    Kind m_kind = Kind::Invalid;
    QString m_error;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QList<Host> m_hosts;
    QString m_database;
    QString m_options;
    QString m_restUrl;
};
