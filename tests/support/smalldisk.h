#pragma once

// A small filesystem of its own for full-disk tests: a tmpfs of a few kilobytes mounted on a
// temporary folder (mount(2) needs root, as CI runs; without it the test fails and says why,
// it never skips), filled on demand, unmounted on destruction.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/mount.h>
#include <unistd.h>

namespace TestSupport {

class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes)
        : m_dir(std::make_unique<QTemporaryDir>())
    {
        if (::geteuid() != 0) {
            m_error = QStringLiteral("full-disk tests mount a small tmpfs and must run as root "
                                     "(CI does); this run is not root");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
        if (::mount("tmpfs", QFile::encodeName(m_dir->path()).constData(), "tmpfs", 0,
                    options.constData()) != 0) {
            m_error = QStringLiteral("cannot mount a tmpfs on %1: %2")
                          .arg(m_dir->path(), QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir->path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool ok() const { return m_mounted; }
    // Makes the disk read-only (read-only media): nothing may be written or made on it.
    bool remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_dir->path()).constData(), nullptr,
                       MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    QString error() const { return m_error; }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString path() const { return m_dir->path(); }

    // Fills the disk with a filler file, then frees `leave` bytes of it (rounded to pages).
    bool fill(qint64 leave)
    {
        const QByteArray path = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(4096, 'f');
        qint64 size = 0;
        for (;;) {
            const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
            if (n <= 0)
                break;
            size += n;
        }
        const bool ok = ::ftruncate(fd, size > leave ? size - leave : 0) == 0;
        ::close(fd);
        return ok;
    }
    // Removes the filler: the rest of the disk is free again.
    void empty() { QFile::remove(filePath(QStringLiteral("filler"))); }
    // Removes every file.
    void clear()
    {
        for (const QString &name :
             QDir(path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
            QFile::remove(filePath(name));
    }
    // The files in the folder other than the filler.
    QStringList files() const
    {
        QStringList names = QDir(path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace TestSupport
