#include "models/source/resttoken.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
        *error = tr("The token file %1 is not used: %2").arg(path, why);
        return Status::Refused;
    };
    // Opened first, then checked through the descriptor: what is checked is what is read.
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return refuse(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st {
    };
    QByteArray data;
    QString why;
    if (::fstat(fd, &st) != 0) {
        why = QString::fromLocal8Bit(std::strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        why = tr("it is not a regular file.");
    } else if (st.st_uid != ::geteuid()) {
        why = tr("it belongs to another user; the token file must be your own.");
    } else if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        why = tr("other users may read or change it (mode %1); make it private with chmod %2.")
                  .arg(QString::number(st.st_mode & 07777, 8), QStringLiteral("600"));
    } else if (st.st_size > MaxTokenFileBytes) {
        why = tr("it is too large to be a token.");
    } else {
        data.resize(qsizetype(st.st_size));
        qsizetype got = 0;
        while (got < data.size()) {
            const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        data.truncate(got);
    }
    ::close(fd);
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
