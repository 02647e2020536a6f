#include "models/source/resttoken.h"
#include "models/core/displaytext.h"

#include "models/core/platform.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace {
// A token is a line of printable ASCII (a JWT, an opaque key): far below this.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;

} // namespace

RestToken::Status RestToken::resolve(const QString &tokenFile, QByteArray *token, QString *error)
{
    if (!tokenFile.isEmpty())
        return readFile(tokenFile, token, error);
    const QByteArray env = qgetenv("DEALIX_TOKEN").trimmed();
    if (env.isEmpty())
        return Status::None;
    if (!sendable(env)) {
        *error = tr("DEALIX_TOKEN is not used: it holds characters a token cannot have (a line "
                    "break or a control character).");
        return Status::Refused;
    }
    *token = env;
    return Status::Found;
}

RestToken::Status RestToken::readFile(const QString &path, QByteArray *token, QString *error)
{
    auto refuse = [&](const QString &why) {
        *error = tr("The token file %1 is not used: %2").arg(DisplayText::plain(path), why);
        return Status::Refused;
    };
    // Opened first, then checked through the descriptor: what is checked is what is read.
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
    Platform::RawFile file;
    if (!file.open(path, Platform::RawFile::Mode::ReadOnly))
        return refuse(file.errorString());
    Platform::RawFile::Status st;
    QByteArray data;
    QString why;
    if (!file.status(&st)) {
        why = file.errorString();
    } else if (!st.regular) {
        why = tr("it is not a regular file.");
    } else if (!st.ownedByUser) {
        why = tr("it belongs to another user; the token file must be your own.");
    } else if (st.othersMay) {
        why = tr("other users may read or change it (mode %1); make it private with chmod %2.")
                  .arg(QString::number(st.mode, 8), QStringLiteral("600"));
    } else if (st.size > MaxTokenFileBytes) {
        why = tr("it is too large to be a token.");
    } else {
        data.resize(qsizetype(st.size));
        qsizetype got = 0;
        while (got < data.size()) {
            const qint64 n = file.read(data.data() + got, data.size() - got);
            if (n <= 0)
                break;
            got += qsizetype(n);
        }
        data.truncate(got);
    }
    file.close();
    if (!why.isEmpty())
        return refuse(why);
    const QByteArray line = data.trimmed();
    if (line.isEmpty())
        return refuse(tr("it is empty."));
    if (line.contains('\n') || line.contains('\r'))
        return refuse(tr("it holds more than one line; it must hold the token alone."));
    if (!sendable(line))
        return refuse(tr("it holds characters a token cannot have."));
    *token = line;
    return Status::Found;
}

bool RestToken::sendable(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (const char ch : token) {
        if (static_cast<unsigned char>(ch) < 0x20 || static_cast<unsigned char>(ch) > 0x7e)
            return false;
    }
    return true;
}

QString RestToken::claim(const QByteArray &token, const QString &name)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue v = QJsonDocument::fromJson(payload).object().value(name);
    return v.isString() ? v.toString() : QString();
}
