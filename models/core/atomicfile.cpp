#include "models/core/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace AtomicFile {

namespace {
QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(path, reason);
}
} // namespace

bool isSpecial(const QString &path)
{
    const QFileInfo info(path);
    // /dev/stdout, /dev/stderr and /dev/fd/N lead through /proc/<pid>/fd to whatever the shell
    // opened — a pipe, a terminal, or a file being appended to: never replaced either. (A
    // regular file elsewhere under /dev, e.g. /dev/shm, is replaced as any other.)
    static const QRegularExpression descriptor(
        QStringLiteral("^/(dev/(stdout|stderr|stdin|fd/\\d+)|proc/(self|\\d+)/fd/\\d+)$"));
    if (descriptor.match(info.absoluteFilePath()).hasMatch())
        return true;
    return info.exists() && !info.isFile() && !info.isDir();
}

QString replaceTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return path;
    // Replace what the link points to, and keep the link, as QSaveFile does.
    return info.exists() ? info.canonicalFilePath() : info.symLinkTarget();
}

QString refuseSpecial(const QString &path)
{
    if (!isSpecial(path))
        return {};
    return cannotWrite(path, QCoreApplication::translate(
                                 "AtomicFile", "it is not a regular file (a device or a pipe); "
                                               "a database is written only to a file."));
}

Output::Output(const QString &path)
    : m_path(path)
{}

Output::~Output() = default;

bool Output::open(QString *error)
{
    QFileDevice *file = nullptr;
    if (isSpecial(m_path)) {
        // In place, appending: a shell's `>>` keeps what the file already held.
        m_direct = std::make_unique<QFile>(m_path);
        file = m_direct.get();
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = cannotWrite(m_path, file->errorString());
            return false;
        }
        return true;
    } else {
        m_save = std::make_unique<QSaveFile>(m_path);
        file = m_save.get();
    }
    if (!file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(m_path, file->errorString());
        return false;
    }
    return true;
}

QIODevice *Output::device() const
{
    if (m_save)
        return m_save.get();
    return m_direct.get();
}

bool Output::commit(QString *error)
{
    bool ok = false;
    QString reason;
    if (m_save) {
        ok = m_save->commit();
        reason = m_save->errorString();
    } else if (m_direct) {
        ok = m_direct->flush() && m_direct->error() == QFileDevice::NoError;
        reason = m_direct->errorString();
        m_direct->close();
    }
    if (!ok && error)
        *error = cannotWrite(m_path, reason);
    return ok;
}

void Output::cancel()
{
    if (m_save)
        m_save->cancelWriting();
    if (m_direct)
        m_direct->close();
}

bool write(const QString &path, const QByteArray &data, QString *error)
{
    Output out(path);
    if (!out.open(error))
        return false;
    if (out.device()->write(data) != data.size()) {
        if (error)
            *error = cannotWrite(path, out.device()->errorString());
        out.cancel();
        return false;
    }
    return out.commit(error);
}

} // namespace AtomicFile
