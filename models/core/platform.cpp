#include "models/core/platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <filesystem>
#include <system_error>
#endif

namespace Platform {

QString errorText(int err)
{
    const QString text = QString::fromLocal8Bit(std::strerror(err));
    if (!text.trimmed().isEmpty())
        return text;
    return QCoreApplication::translate("AtomicFile", "system error %1").arg(err);
}

RawFile::RawFile() = default;

RawFile::~RawFile()
{
    if (isOpen())
        close();
}

bool RawFile::failed(int err)
{
    if (m_error == 0)
        m_error = err != 0 ? err : EIO;
    return false;
}

QString RawFile::errorString() const
{
#ifndef Q_OS_UNIX
    if (!m_fileError.isEmpty())
        return m_fileError;
#endif
    return errorText(m_error);
}

#ifdef Q_OS_UNIX

namespace {
QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}
} // namespace

bool RawFile::open(const QString &path, Mode mode)
{
    int flags = O_CLOEXEC;
    switch (mode) {
    case Mode::CreateNew:
        flags |= O_WRONLY | O_CREAT | O_EXCL;
        break;
    case Mode::WriteTruncate:
        flags |= O_WRONLY | O_TRUNC;
        break;
    case Mode::ReadOnly:
        flags |= O_RDONLY | O_NOCTTY | O_NONBLOCK;
        break;
    case Mode::Directory:
        flags |= O_RDONLY | O_DIRECTORY;
        break;
    }
    m_fd = ::open(encoded(path).constData(), flags, 0600);
    return m_fd >= 0 || failed(errno);
}

bool RawFile::isOpen() const
{
    return m_fd >= 0;
}

bool RawFile::writeAll(const char *data, qint64 size, qint64 *written)
{
    qint64 done = 0;
    bool ok = true;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = failed(n < 0 ? errno : EIO);
            break;
        }
        done += n;
    }
    if (written)
        *written = done;
    return ok;
}

qint64 RawFile::read(char *data, qint64 max)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, data, size_t(max));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            failed(errno);
        return n;
    }
}

bool RawFile::status(Status *status)
{
    struct stat st {
    };
    if (::fstat(m_fd, &st) != 0)
        return failed(errno);
    status->regular = S_ISREG(st.st_mode);
    status->size = qint64(st.st_size);
    status->ownedByUser = st.st_uid == ::geteuid();
    status->othersMay = (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
    status->mode = int(st.st_mode & 07777);
    return true;
}

bool RawFile::sync()
{
    return ::fsync(m_fd) == 0 || failed(errno);
}

bool RawFile::setPermissionsLike(const QString &target)
{
    mode_t mode = 0;
    struct stat st {
    };
    if (::stat(encoded(target).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        mode = st.st_mode & 07777;
    } else {
        // The umask can only be read by setting it: one thread at a time.
        static QMutex lock;
        QMutexLocker locker(&lock);
        const mode_t mask = ::umask(077);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    return ::fchmod(m_fd, mode) == 0 || failed(errno);
}

bool RawFile::close()
{
    if (m_fd < 0)
        return m_error == 0;
    const int rc = ::close(m_fd);
    m_fd = -1;
    if (rc != 0)
        failed(errno);
    return m_error == 0;
}

bool renameOver(const QString &from, const QString &to, int *error)
{
    if (::rename(encoded(from).constData(), encoded(to).constData()) == 0)
        return true;
    if (error)
        *error = errno;
    return false;
}

bool processRunning(qint64 pid)
{
    if (pid <= 0 || pid > 0x3fffffff)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool stderrIsTerminal()
{
    return ::isatty(fileno(stderr)) != 0;
}

QString runtimeDirFallback(const QString &parent)
{
    const QByteArray dir = QFile::encodeName(parent) + "/runtime-" + QByteArray::number(::getuid());
    if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    // One that was there already is used only if it is a real folder (not a link another user
    // planted in /tmp), this user's, and closed to everyone else.
    struct stat st {
    };
    if (::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
        (st.st_mode & 077) == 0)
        return QFile::decodeName(dir);
    // Else a folder of its own with a name nobody could plant beforehand (mkdtemp makes it
    // 0700): Qt would otherwise pick /tmp/runtime-<user> itself and warn on every start.
    QByteArray unique = dir + "-XXXXXX";
    if (::mkdtemp(unique.data()))
        return QFile::decodeName(unique);
    return {};
}

#else // A plain fallback through Qt: builds everywhere, untested outside POSIX systems.

bool RawFile::open(const QString &path, Mode mode)
{
    if (mode == Mode::Directory)
        return failed(ENOTSUP); // folders are not synced there
    m_file = std::make_unique<QFile>(path);
    QIODevice::OpenMode how = QIODevice::Unbuffered;
    switch (mode) {
    case Mode::CreateNew:
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return failed(EEXIST);
        how |= QIODevice::WriteOnly | QIODevice::NewOnly;
        break;
    case Mode::WriteTruncate:
        how |= QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::ExistingOnly;
        break;
    default:
        how |= QIODevice::ReadOnly;
        break;
    }
    if (m_file->open(how)) {
        if (mode == Mode::CreateNew)
            m_file->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    m_fileError = m_file->errorString();
    m_file.reset();
    return failed(EIO);
}

bool RawFile::isOpen() const
{
    return m_file && m_file->isOpen();
}

bool RawFile::writeAll(const char *data, qint64 size, qint64 *written)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_file->write(data + done, size - done);
        if (n <= 0) {
            m_fileError = m_file->errorString();
            break;
        }
        done += n;
    }
    if (written)
        *written = done;
    return done == size || failed(EIO);
}

qint64 RawFile::read(char *data, qint64 max)
{
    const qint64 n = m_file->read(data, max);
    if (n < 0) {
        m_fileError = m_file->errorString();
        failed(EIO);
    }
    return n;
}

bool RawFile::status(Status *status)
{
    const QFileInfo info(m_file->fileName());
    status->regular = info.isFile();
    status->size = m_file->size();
    // No owner or mode bits to check here: a file is taken as the user's own and private.
    status->ownedByUser = true;
    status->othersMay = false;
    status->mode = 0;
    return true;
}

bool RawFile::sync()
{
    if (m_file->flush())
        return true;
    m_fileError = m_file->errorString();
    return failed(EIO);
}

bool RawFile::setPermissionsLike(const QString &target)
{
    const QFileInfo info(target);
    if (info.isFile())
        m_file->setPermissions(info.permissions());
    else
        m_file->setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                               QFile::ReadOther);
    return true;
}

bool RawFile::close()
{
    if (!m_file)
        return m_error == 0;
    m_file->close();
    if (m_file->error() != QFileDevice::NoError) {
        m_fileError = m_file->errorString();
        failed(EIO);
    }
    m_file.reset();
    return m_error == 0;
}

bool renameOver(const QString &from, const QString &to, int *error)
{
    // Replaces an existing target (MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows).
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (!ec)
        return true;
    if (error)
        *error = EIO;
    return false;
}

bool processRunning(qint64 pid)
{
    return pid > 0;
}

bool stderrIsTerminal()
{
    return false;
}

QString runtimeDirFallback(const QString &)
{
    return {};
}

#endif

} // namespace Platform
