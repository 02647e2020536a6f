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
            // QUrl's message quotes the input and its user-info: only its reason is kept, with
            // the input redacted like everything else that is printed.
            QString reason = url.errorString();
            reason.truncate(reason.indexOf(QLatin1String("; source was")));
            u.m_error = tr("Malformed PostgreSQL URL %1: %2").arg(redact(text), redact(reason));
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
            u.m_error = tr("Malformed REST API URL: %1").arg(redact(text));
            return u;
        }
        u.m_kind = Kind::Rest;
        u.m_host = url.host();
        u.m_restUrl = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
        return u;
    }
    // Only the scheme is echoed: what follows it may be a password, however it is spelt.
    static const QRegularExpression schemeOnly(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]{0,19}:"));
    const QRegularExpressionMatch given = schemeOnly.match(text);
    u.m_error =
        tr("Unrecognised source \"%1\". Use sqlite:PATH, "
           "postgresql://USER@HOST:PORT/DATABASE or https://HOST/api/v1.")
            .arg(given.hasMatch() ? given.captured(0) + QStringLiteral("…") : QStringLiteral("…"));
    return u;
}

QString SourceUrl::toDisplayString() const
{
    switch (m_kind) {
    case Kind::SQLite:
        return QStringLiteral("sqlite:") + m_path;
    case Kind::PostgreSQL: {
        // User-info is never printed, not even a bare role name (SourceTools::rememberedUrl).
        QString s = QStringLiteral("postgresql://");
        if (!m_user.isEmpty())
            s += QStringLiteral("***@");
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

namespace {
// The user-info of every "scheme://" URL in the text becomes "***". A URL starts at a scheme
// that does not continue a word or another URL ("a://b" inside a password is not a URL); its
// user-info runs to the last '@' before the next URL or the end of the line, so a space, '/',
// quote or "://" in a password cannot end it early. A URL with no '@' whose authority is not
// HOST or HOST:PORT (a password with a space or "://" cut it) is joined to the next one.
QString redactUserInfo(const QString &in)
{
    static const QRegularExpression scheme(
        QStringLiteral("(?<![A-Za-z0-9+.\\-:/@%])[A-Za-z][A-Za-z0-9+.-]*://"));
    static const QRegularExpression hostPort(
        QStringLiteral("^([^\\s:/?#@]*|\\[[0-9A-Fa-f:.]*\\])(:[0-9]*)?$"));
    struct Start {
        qsizetype begin, body;
    };
    QList<Start> starts;
    for (auto it = scheme.globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        starts.append({m.capturedStart(), m.capturedEnd()});
    }
    auto lineEnd = [&in](qsizetype from) {
        qsizetype e = from;
        while (e < in.size() && in.at(e) != QLatin1Char('\n') && in.at(e) != QLatin1Char('\r'))
            ++e;
        return e;
    };
    QString out;
    qsizetype copied = 0;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype body = starts.at(k).body;
        if (body < copied)
            continue;
        const qsizetype eol = lineEnd(body);
        qsizetype next = k + 1;
        auto regionEnd = [&] {
            return next < starts.size() && starts.at(next).begin < eol ? starts.at(next).begin
                                                                       : eol;
        };
        qsizetype at = QStringView(in).mid(body, regionEnd() - body).lastIndexOf(u'@');
        while (at < 0 && next < starts.size() && starts.at(next).begin < eol) {
            qsizetype authEnd = body;
            while (authEnd < regionEnd() && !in.at(authEnd).isSpace() &&
                   !QStringLiteral("/?#").contains(in.at(authEnd)))
                ++authEnd;
            if (hostPort.match(in.mid(body, authEnd - body)).hasMatch())
                break;
            ++next; // the authority is cut: the next "URL" is part of it
            at = QStringView(in).mid(body, regionEnd() - body).lastIndexOf(u'@');
        }
        if (at < 0)
            continue;
        out += QStringView(in).mid(copied, body - copied);
        out += QStringLiteral("***");
        copied = body + at;
    }
    out += QStringView(in).mid(copied);
    return out;
}
} // namespace

QString SourceUrl::redact(const QString &input)
{
    QString out = redactUserInfo(input);
    // "user:password@host" without a scheme (a URL typed without one, libpq-style hosts).
    static const QRegularExpression bare(
        QStringLiteral("(^|[\\s\"'(<\\[])[^\\s\"'(<\\[:/@*]+:(?!/)[^\\s@]*@"));
    out.replace(bare, QStringLiteral("\\1***@"));
    // Query parameters that carry credentials, in URLs and in text quoting them.
    static const QRegularExpression query(
        QStringLiteral("([?&;][^=&#\\s]*(?:token|key|secret|pass|pwd|auth|sig|credential|"
                       "session|jwt|code)[^=&#\\s]*=)[^&#\\s\"'<>]*"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(query, QStringLiteral("\\1***"));
    // Qt's own URL diagnostics ('userinfo = "user:password"').
    static const QRegularExpression qtInfo(QStringLiteral("\\b(userinfo|password)( = )\"[^\"]*\""),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(qtInfo, QStringLiteral("\\1\\2\"***\""));
    // libpq keyword/value strings and HTTP authorisation headers.
    static const QRegularExpression keyword(QStringLiteral("\\b(password\\s*=\\s*)('[^']*'|\\S+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    out.replace(keyword, QStringLiteral("\\1***"));
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer|Basic)\\s+[^\\s\"']+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 ***"));
    return out;
}

QString SourceUrl::redactUrl(const QUrl &url)
{
    return redact(url.toString(QUrl::RemoveUserInfo));
}
