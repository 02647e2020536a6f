#include "models/core/atomicfile.h"
#include "models/core/displaytext.h"

#include "models/core/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>

namespace AtomicFile {

namespace {
QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
        .arg(DisplayText::plain(path), reason);
}

// "<name>.dealix-<pid>-<random>.partial", and SQLite's companions of such a file.
const QRegularExpression &temporaryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^.+\\.dealix-(\\d+)-[0-9a-z]+\\.partial(-journal|-wal|-shm)?$"));
    return re;
}

// Names earlier versions gave their temporary files: ".<name>.tmp-<pid>" (demo databases) and
// "<name>.XXXXXX.partial" (offline copies, without a process id).
const QRegularExpression &legacyPidPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\..+\\.tmp-(\\d+)(-journal|-wal|-shm)?$"));
    return re;
}
const QRegularExpression &legacyPartialPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^.+\\.[A-Za-z0-9]{6}\\.partial(-journal|-wal|-shm)?$"));
    return re;
}

// The temporary file's device: a file descriptor written in 64 KiB pieces, with every
// write(2) checked and its errno kept (QFile reports a short write without the reason).
class FdDevice : public QIODevice
{
public:
    explicit FdDevice(std::unique_ptr<Platform::RawFile> file)
        : m_file(std::move(file))
    {}
    // Writes what is buffered; false with the reason once any write failed.
    bool flushAll()
    {
        drain();
        return m_errno == 0;
    }
    int lastErrno() const { return m_errno; }
    qint64 written() const { return m_written; }
    // Closes the descriptor; false (and the reason kept) if close(2) reports an error.
    bool closeFd()
    {
        if (!m_file->close() && m_errno == 0) {
            m_errno = m_file->error();
            m_reason = m_file->errorString();
        }
        return m_errno == 0;
    }
    QString reason() const { return m_reason; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_errno != 0)
            return -1;
        m_buffer.append(data, len);
        if (m_buffer.size() >= 64 * 1024)
            drain();
        return m_errno == 0 ? len : -1;
    }

private:
    void drain()
    {
        if (m_errno != 0)
            return;
        qint64 done = 0;
        if (!m_file->writeAll(m_buffer.constData(), m_buffer.size(), &done)) {
            m_errno = m_file->error();
            m_reason = m_file->errorString();
            setErrorString(m_reason);
        }
        m_written += done;
        m_buffer.remove(0, qsizetype(done));
    }

    std::unique_ptr<Platform::RawFile> m_file;
    int m_errno = 0;
    QString m_reason;
    qint64 m_written = 0;
    QByteArray m_buffer;
};

// A SQLite database (or, with emptyToo, an empty file), or a SQLite journal beside one.
bool isDatabaseOrEmpty(const QFileInfo &entry, bool emptyToo = true)
{
    if ((emptyToo && entry.size() == 0) || entry.fileName().endsWith(QLatin1String("-journal")) ||
        entry.fileName().endsWith(QLatin1String("-wal")) ||
        entry.fileName().endsWith(QLatin1String("-shm")))
        return true;
    QFile f(entry.absoluteFilePath());
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool processRunning(qint64 pid)
{
    return Platform::processRunning(pid);
}
} // namespace

QString systemError(int err)
{
    return Platform::errorText(err);
}

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
    // Replace what the link points to, and keep the link.
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

bool isTemporaryName(const QString &fileName)
{
    return temporaryPattern().match(fileName).hasMatch();
}

int sweep(const QString &dirPath)
{
    int removed = 0;
    const QDir dir(dirPath);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        bool stale = false;
        if (const auto m = temporaryPattern().match(name); m.hasMatch())
            stale = !processRunning(m.captured(1).toLongLong());
        else if (const auto l = legacyPidPattern().match(name); l.hasMatch())
            // Older versions wrote only databases under these names: another program's file
            // of the same shape is left alone.
            stale = !processRunning(l.captured(1).toLongLong()) && isDatabaseOrEmpty(entry);
        else if (legacyPartialPattern().match(name).hasMatch())
            // No process id in the name: left alone until no one has written it for an hour,
            // and only when it is a database (an empty "x.abc123.partial" may be another
            // program's download about to start).
            stale = entry.lastModified().toUTC() < hourAgo && isDatabaseOrEmpty(entry, false);
        if (stale && QFile::remove(entry.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

// --- TempFile ---------------------------------------------------------------------------

TempFile::TempFile(const QString &path)
    : m_given(path)
    , m_target(QFileInfo(replaceTarget(path)).absoluteFilePath())
{}

TempFile::~TempFile()
{
    if (!m_done)
        remove();
}

void TempFile::remove()
{
    if (m_temp.isEmpty())
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(m_temp + QLatin1String(suffix));
    m_temp.clear();
}

bool TempFile::create(QString *error)
{
    const QFileInfo target(m_target);
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        if (error)
            *error = cannotWrite(
                m_given, QCoreApplication::translate("AtomicFile", "the folder %1 does not exist.")
                             .arg(DisplayText::plain(dir.path())));
        return false;
    }
    sweep(dir.path());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate =
            dir.filePath(QStringLiteral("%1.dealix-%2-%3.partial")
                             .arg(target.fileName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QString::number(QRandomGenerator::global()->generate(), 36)));
        Platform::RawFile file;
        if (file.open(candidate, Platform::RawFile::Mode::CreateNew)) {
            file.close();
            m_temp = candidate;
            return true;
        }
        if (file.error() != EEXIST) {
            if (error)
                *error = cannotWrite(m_given, file.errorString());
            return false;
        }
    }
    if (error)
        *error = cannotWrite(m_given, systemError(EEXIST));
    return false;
}

bool TempFile::commit(QString *error, qint64 expectedSize,
                      const std::function<QString(const QString &)> &verify)
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = cannotWrite(m_given, reason);
        remove();
        return false;
    };
    if (m_temp.isEmpty())
        return failed(QCoreApplication::translate("AtomicFile", "nothing was written."));
    Platform::RawFile file;
    if (!file.open(m_temp, Platform::RawFile::Mode::ReadOnly))
        return failed(file.errorString());
    Platform::RawFile::Status st;
    QString reason;
    if (!file.status(&st))
        reason = file.errorString();
    else if (!st.regular)
        reason = QCoreApplication::translate("AtomicFile", "the temporary file was replaced.");
    else if (expectedSize >= 0 && st.size != expectedSize)
        reason =
            QCoreApplication::translate("AtomicFile", "%L1 bytes reached the disk of %L2 written.")
                .arg(st.size)
                .arg(expectedSize);
    else if (!file.sync() || !file.setPermissionsLike(m_target))
        reason = file.errorString();
    if (!file.close() && reason.isEmpty())
        reason = file.errorString();
    if (reason.isEmpty() && verify)
        reason = verify(m_temp);
    if (!reason.isEmpty())
        return failed(reason);
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (int err = 0; !Platform::renameOver(m_temp, m_target, &err))
        return failed(systemError(err));
    m_done = true;
    // The rename itself reaches the disk with the folder.
    Platform::RawFile folder;
    if (folder.open(QFileInfo(m_target).absolutePath(), Platform::RawFile::Mode::Directory))
        folder.sync();
    // SQLite's companions of the temporary name, if any, no longer belong to anything.
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(m_temp + QLatin1String(suffix));
    m_temp.clear();
    return true;
}

// --- Output -----------------------------------------------------------------------------

Output::Output(const QString &path)
    : m_path(path)
{}

Output::~Output()
{
    cancel();
}

bool Output::open(QString *error)
{
    if (isSpecial(m_path)) {
        // In place, appending: a shell's `>>` keeps what the file already held.
        m_direct = true;
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = cannotWrite(m_path, m_file->errorString());
            m_file.reset();
            return false;
        }
        return true;
    }
    m_temp = std::make_unique<TempFile>(m_path);
    if (!m_temp->create(error)) {
        m_temp.reset();
        return false;
    }
    auto file = std::make_unique<Platform::RawFile>();
    if (!file->open(m_temp->path(), Platform::RawFile::Mode::WriteTruncate)) {
        if (error)
            *error = cannotWrite(m_path, file->errorString());
        cancel();
        return false;
    }
    auto device = std::make_unique<FdDevice>(std::move(file));
    device->open(QIODevice::WriteOnly);
    m_device = std::move(device);
    return true;
}

QIODevice *Output::device() const
{
    if (m_device)
        return m_device.get();
    return m_file.get();
}

bool Output::commit(QString *error, const std::function<QString(const QString &)> &verify)
{
    if (m_direct && m_file) {
        // A device or a pipe, written in place: the flush is checked, nothing is renamed.
        const bool ok = m_file->flush() && m_file->error() == QFileDevice::NoError;
        QString reason = m_file->errorString();
        m_file->close();
        m_file.reset();
        if (!ok && error)
            *error = cannotWrite(m_path, reason.trimmed().isEmpty()
                                             ? QCoreApplication::translate(
                                                   "AtomicFile", "the data could not be written.")
                                             : reason);
        return ok;
    }
    if (!m_device || !m_temp) {
        if (error)
            *error =
                cannotWrite(m_path, QCoreApplication::translate("AtomicFile", "it is not open."));
        return false;
    }
    // Every write and the final flush are checked before anything is renamed: a write that
    // failed (a full disk) keeps its errno until here.
    auto *device = static_cast<FdDevice *>(m_device.get());
    const bool ok = device->flushAll() && device->closeFd();
    const qint64 written = device->written();
    const QString reason = device->reason();
    m_device.reset();
    if (!ok) {
        if (error)
            *error = cannotWrite(m_path, reason);
        m_temp.reset();
        return false;
    }
    const bool committed = m_temp->commit(error, written, verify);
    m_temp.reset();
    return committed;
}

void Output::cancel()
{
    if (m_file)
        m_file->close();
    m_file.reset();
    m_device.reset();
    m_temp.reset(); // removes the temporary file
}

bool write(const QString &path, const QByteArray &data, QString *error)
{
    Output out(path);
    if (!out.open(error))
        return false;
    // A failed write is remembered by the device and reported, with its cause, by commit().
    out.device()->write(data);
    return out.commit(error);
}

} // namespace AtomicFile
