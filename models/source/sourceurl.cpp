#include "models/source/sourceurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

SourceUrl SourceUrl::sqlite(const QString &path)
{
    SourceUrl u;
    u.m_kind = Kind::SQLite;
    u.m_path = path;
    return u;
}

SourceUrl SourceUrl::parse(const QString &input)
{
    SourceUrl u;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        u.m_error = tr("No source given.");
        return u;
    }
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://rel are accepted too
        if (path.isEmpty()) {
            u.m_error = tr("The sqlite: source needs a file path, e.g. sqlite:/data/dealix.db.");
            return u;
        }
        return sqlite(QDir::cleanPath(path));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        if (!url.isValid()) {
            u.m_error = tr("Malformed PostgreSQL URL: %1").arg(url.errorString());
            return u;
        }
        if (!url.password().isEmpty()) {
            u.m_error = tr("Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, not in the "
                           "source URL: the URL is remembered and shown, a password must not be.");
            return u;
        }
        u.m_kind = Kind::PostgreSQL;
        u.m_user = url.userName();
        u.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        u.m_port = url.port(5432);
        u.m_database = url.path().mid(1);
        if (u.m_database.isEmpty() || u.m_database.contains(QLatin1Char('/'))) {
            u.m_kind = Kind::Invalid;
            u.m_error = tr("The PostgreSQL URL needs a database name: "
                           "postgresql://USER@HOST:PORT/DATABASE.");
            return u;
        }
        // Only libpq options that are safe to pass through, with values checked strictly: the
        // driver splices them into a connection string unquoted, so a value with a space could
        // smuggle in another host or a password.
        const QUrlQuery query(url);
        QStringList opts;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            static const QStringList allowed = {QStringLiteral("sslmode"),
                                                QStringLiteral("connect_timeout"),
                                                QStringLiteral("application_name")};
            static const QStringList sslModes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
            static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
            if (!allowed.contains(key)) {
                u.m_kind = Kind::Invalid;
                u.m_error = tr("Unsupported PostgreSQL URL option \"%1\" (supported: %2).")
                                .arg(key.left(40), allowed.join(QLatin1String(", ")));
                return u;
            }
            const bool valid = key == QLatin1String("sslmode") ? sslModes.contains(value)
                               : key == QLatin1String("connect_timeout")
                                   ? digits.match(value).hasMatch()
                                   : name.match(value).hasMatch();
            if (!valid) {
                u.m_kind = Kind::Invalid;
                u.m_error = tr("Invalid value for the PostgreSQL URL option \"%1\".").arg(key);
                return u;
            }
            opts << key + QLatin1Char('=') + value;
        }
        u.m_options = opts.join(QLatin1Char(';'));
        return u;
    }
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        if (!url.isValid() || url.host().isEmpty()) {
            u.m_error = tr("Malformed REST API URL: %1").arg(text);
            return u;
        }
        u.m_kind = Kind::Rest;
        u.m_host = url.host();
        u.m_restUrl = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
        return u;
    }
    u.m_error = tr("Unrecognised source \"%1\". Use sqlite:PATH, "
                   "postgresql://USER@HOST:PORT/DATABASE or https://HOST/api/v1.")
                    .arg(text.left(80));
    return u;
}

QString SourceUrl::toDisplayString() const
{
    switch (m_kind) {
    case Kind::SQLite:
        return QStringLiteral("sqlite:") + m_path;
    case Kind::PostgreSQL: {
        QString s = QStringLiteral("postgresql://");
        if (!m_user.isEmpty())
            s += m_user + QLatin1Char('@');
        const bool v6 = m_host.contains(QLatin1Char(':'));
        s += v6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
        s += QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
        if (!m_options.isEmpty())
            s += QLatin1Char('?') + QString(m_options).replace(QLatin1Char(';'), QLatin1Char('&'));
        return s;
    }
    case Kind::Rest:
        return m_restUrl;
    case Kind::Invalid:
        break;
    }
    return {};
}
