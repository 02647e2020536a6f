#include "models/source/sourceurl.h"
#include "models/core/displaytext.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
// One entry of a multi-host list: HOST, HOST:PORT, [IPv6] or [IPv6]:PORT. Host names are
// plain DNS names or IPv4 addresses (libpq splices the list into its connection string, so
// nothing else may pass); a missing port is libpq's default, 5432.
bool parseHostEntry(const QString &entry, SourceUrl::Host *out)
{
    QString name;
    QString port;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        name = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        port = rest.mid(1);
        // QUrl checks the address itself (RFC 3986's IPv6 forms); no zone ids.
        static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
        if (!v6.match(name).hasMatch() ||
            !QUrl(QStringLiteral("postgresql://[%1]/").arg(name), QUrl::StrictMode).isValid())
            return false;
    } else {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        name = colon < 0 ? entry : entry.left(colon);
        port = colon < 0 ? QString() : entry.mid(colon + 1);
        static const QRegularExpression dns(
            QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?"
                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*\\.?$"));
        if (name.size() > 253 || !dns.match(name).hasMatch())
            return false;
    }
    out->name = name;
    out->port = 5432;
    if (port.isEmpty())
        return true;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(port).hasMatch())
        return false;
    out->port = port.toInt();
    return out->port >= 1 && out->port <= 65535;
}
} // namespace

QString SourceUrl::libpqHosts() const
{
    QStringList names;
    for (const Host &h : m_hosts)
        names << h.name;
    return names.join(QLatin1Char(','));
}

QString SourceUrl::libpqPorts() const
{
    QStringList ports;
    for (const Host &h : m_hosts)
        ports << QString::number(h.port);
    return ports.join(QLatin1Char(','));
}

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
    // libpq's multi-host form (HOST1:PORT1,HOST2:PORT2) is not a URL QUrl accepts: the host
    // list is parsed here and QUrl reads the rest with the list replaced by one placeholder.
    QList<Host> hostList;
    QString urlText = text;
    static const QRegularExpression pgScheme(QStringLiteral("^postgres(ql)?://"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = pgScheme.match(text); m.hasMatch()) {
        const qsizetype begin = m.capturedEnd();
        qsizetype end = begin;
        while (end < text.size() && !QStringLiteral("/?#").contains(text.at(end)))
            ++end;
        const QString authority = text.mid(begin, end - begin);
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        const QString list = authority.mid(at + 1);
        if (list.contains(QLatin1Char(','))) {
            const QStringList entries = list.split(QLatin1Char(','));
            for (qsizetype i = 0; i < entries.size(); ++i) {
                Host h;
                if (!parseHostEntry(entries.at(i), &h)) {
                    u.m_error = tr("Malformed PostgreSQL URL %1: entry %L2 of the host list is not "
                                   "HOST, HOST:PORT or [IPv6]:PORT.")
                                    .arg(DisplayText::plain(redact(text)))
                                    .arg(i + 1);
                    return u;
                }
                for (const Host &seen : std::as_const(hostList)) {
                    if (seen.port == h.port &&
                        seen.name.compare(h.name, Qt::CaseInsensitive) == 0) {
                        u.m_error = tr("Malformed PostgreSQL URL %1: entry %L2 of the host list "
                                       "names the same server as an earlier one (a server "
                                       "listed twice).")
                                        .arg(DisplayText::plain(redact(text)))
                                        .arg(i + 1);
                        return u;
                    }
                }
                hostList.append(h);
            }
            urlText = text.left(begin) + authority.left(at + 1) +
                      QStringLiteral("multi-host.invalid") + text.mid(end);
        }
    }
    const QUrl url(urlText, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        if (!url.isValid()) {
            // QUrl's message quotes the input and its user-info: only its reason is kept, with
            // the input redacted like everything else that is printed.
            QString reason = url.errorString();
            reason.truncate(reason.indexOf(QLatin1String("; source was")));
            u.m_error =
                tr("Malformed PostgreSQL URL %1: %2")
                    .arg(DisplayText::plain(redact(text)), DisplayText::reply(redact(reason)));
            return u;
        }
        if (!url.password().isEmpty()) {
            u.m_error = tr("Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, not in the "
                           "source URL: the URL is remembered and shown, a password must not be.");
            return u;
        }
        u.m_kind = Kind::PostgreSQL;
        u.m_user = url.userName();
        if (hostList.isEmpty())
            hostList.append(
                {url.host().isEmpty() ? QStringLiteral("localhost") : url.host(), url.port(5432)});
        u.m_hosts = hostList;
        u.m_host = hostList.first().name;
        u.m_port = hostList.first().port;
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
        QStringList given;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            static const QStringList allowed = {
                QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
            static const QStringList sslModes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            // libpq 15's values (Debian 12): which server of the host list a session accepts.
            static const QStringList sessionAttrs = {
                QStringLiteral("any"),       QStringLiteral("read-write"),
                QStringLiteral("read-only"), QStringLiteral("primary"),
                QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
            static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
            if (!allowed.contains(key)) {
                u.m_kind = Kind::Invalid;
                u.m_error =
                    tr("Unsupported PostgreSQL URL option \"%1\" (supported: %2).")
                        .arg(DisplayText::plain(key, 40), allowed.join(QLatin1String(", ")));
                return u;
            }
            if (given.contains(key)) {
                u.m_kind = Kind::Invalid;
                u.m_error = tr("The PostgreSQL URL option \"%1\" is given twice.")
                                .arg(DisplayText::plain(key));
                return u;
            }
            given << key;
            const QStringList *choices = key == QLatin1String("sslmode") ? &sslModes
                                         : key == QLatin1String("target_session_attrs")
                                             ? &sessionAttrs
                                             : nullptr;
            const bool valid = choices ? choices->contains(value)
                               : key == QLatin1String("connect_timeout")
                                   ? digits.match(value).hasMatch()
                                   : name.match(value).hasMatch();
            if (!valid) {
                u.m_kind = Kind::Invalid;
                u.m_error =
                    choices ? tr("Invalid value for the PostgreSQL URL option \"%1\" "
                                 "(accepted: %2).")
                                  .arg(DisplayText::plain(key), choices->join(QLatin1String(", ")))
                            : tr("Invalid value for the PostgreSQL URL option \"%1\".")
                                  .arg(DisplayText::plain(key));
                return u;
            }
            opts << key + QLatin1Char('=') + value;
        }
        u.m_options = opts.join(QLatin1Char(';'));
        return u;
    }
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        // A path with a control or bidirectional formatting character is no Dealix address
        // (it would travel into requests and every message that names one).
        const QString path = url.path();
        const bool oddPath = std::any_of(path.cbegin(), path.cend(), [](QChar ch) {
            return ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format ||
                   ch.category() == QChar::Separator_Line ||
                   ch.category() == QChar::Separator_Paragraph;
        });
        if (!url.isValid() || url.host().isEmpty() || oddPath) {
            u.m_error = tr("Malformed REST API URL: %1").arg(DisplayText::plain(redact(text)));
            return u;
        }
        if (!url.userInfo().isEmpty()) {
            u.m_error = tr("A Dealix server URL carries no credentials; give the token in "
                           "DEALIX_TOKEN, --token-file or the Connect dialog.");
            return u;
        }
        if (scheme == QLatin1String("http")) {
            // Plain HTTP would show the token to anyone on the path: loopback only.
            const QHostAddress address(url.host());
            const bool loopback = url.host() == QLatin1String("localhost") ||
                                  (!address.isNull() && address.isLoopback());
            if (!loopback) {
                u.m_error = tr("Plain http:// is accepted only for a server on this computer "
                               "(127.0.0.0/8, ::1, localhost): the token would travel "
                               "unencrypted. Use https://%1.")
                                .arg(DisplayText::plain(url.host()));
                return u;
            }
        }
        u.m_kind = Kind::Rest;
        u.m_host = url.host();
        u.m_port = url.port(scheme == QLatin1String("https") ? 443 : 80);
        // The base every route is resolved against: no query, no fragment (a "#x" would
        // otherwise end the base before its last segment), no trailing slash; a bare host
        // means Dealix's own prefix, /api/v1.
        QUrl base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::StripTrailingSlash);
        if (base.path().isEmpty() || base.path() == QLatin1String("/"))
            base.setPath(QStringLiteral("/api/v1"));
        u.m_restUrl = base.toString();
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
        QStringList hosts;
        for (const Host &h : m_hosts) {
            const bool v6 = h.name.contains(QLatin1Char(':'));
            hosts << (v6 ? QLatin1Char('[') + h.name + QLatin1Char(']') : h.name) +
                         QLatin1Char(':') + QString::number(h.port);
        }
        s += hosts.join(QLatin1Char(',')) + QLatin1Char('/') + m_database;
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
// HOST or HOST:PORT, or a list of them (a password with a space or "://" cut it), is joined to
// the next one.
QString redactUserInfo(const QString &in)
{
    static const QRegularExpression scheme(
        QStringLiteral("(?<![A-Za-z0-9+.\\-:/@%])[A-Za-z][A-Za-z0-9+.-]*://"));
    static const QRegularExpression hostPort(
        QStringLiteral("^(?:([^\\s:/?#@,]*|\\[[0-9A-Fa-f:.]*\\])(:[0-9]*)?)"
                       "(?:,([^\\s:/?#@,]*|\\[[0-9A-Fa-f:.]*\\])(:[0-9]*)?)*$"));
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
    // Query parameters that carry credentials, in URLs and in text quoting them (libpq's
    // target_session_attrs is not one, though its name holds "session": its values are a
    // fixed list, and which servers a source accepts must stay visible).
    static const QRegularExpression query(
        QStringLiteral("([?&;](?!target_session_attrs=)[^=&#\\s]*(?:token|key|secret|pass|pwd|auth|"
                       "sig|credential|"
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
