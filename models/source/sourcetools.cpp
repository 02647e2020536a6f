#include "models/source/sourcetools.h"

#include "models/source/boundquery.h"
#include "models/source/session.h"
#include "models/source/sourceurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace SourceTools {

QString rememberedUrl(const SourceUrl &url)
{
    const QString shown = url.toDisplayString();
    if (url.kind() != SourceUrl::Kind::PostgreSQL || url.user().isEmpty())
        return shown;
    const QString hidden = QStringLiteral("postgresql://***@");
    return QStringLiteral("postgresql://") + url.user() + QLatin1Char('@') +
           shown.mid(hidden.size());
}

QString redactJson(const QString &text)
{
    QJsonParseError parsed;
    QJsonDocument::fromJson(text.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return SourceUrl::redact(text);
    // Each string literal on its own, decoded, redacted and encoded again only when redaction
    // changed it: keys, numbers, layout and the other strings stay as they were.
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('"'))
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && text.at(j) != QLatin1Char('"'))
            j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
        const QString literal = text.mid(i, j + 1 - i);
        const QJsonArray one = QJsonDocument::fromJson('[' + literal.toUtf8() + ']').array();
        const QString value = one.isEmpty() ? QString() : one.first().toString();
        const QString clean = SourceUrl::redact(value);
        if (clean != value) {
            QByteArray encoded = QJsonDocument(QJsonArray{clean}).toJson(QJsonDocument::Compact);
            out += QStringView(text).mid(copied, i - copied);
            out += QString::fromUtf8(encoded.mid(1, encoded.size() - 2));
            copied = j + 1;
        }
        i = j;
    }
    out += QStringView(text).mid(copied);
    return out;
}

bool probeServer(const SourceUrl &url, const QString &password, QString *error)
{
    if (url.kind() != SourceUrl::Kind::PostgreSQL)
        return true;
    Session probe;
    if (!probe.open(url, Session::OpenMode::AllowEmpty, password)) {
        if (error)
            *error = probe.errorString();
        return false;
    }
    QSqlQuery q(probe.database());
    const bool ok = q.exec(QStringLiteral("select 1")) && q.next();
    if (!ok && error)
        *error = SourceUrl::redact(sqlErrorText(q.lastError()));
    return ok;
}

} // namespace SourceTools
