#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QIODevice;

// Whole-file writes that never leave a partial file: a temporary file beside the target, every
// write checked, flushed, synced to disk and its size checked, then renamed over the target. A
// failed write leaves the old file, or no file, and says why.
//
// Temporary files are named "<target name>.dealix-<pid>-<random>.partial". One that outlives
// its process (killed with SIGKILL, power lost) is recognised by that name and removed by the
// next writer in the same folder once no process with that id is running (sweep()). O_TMPFILE
// is not used: SQLite, which writes the database copies, needs a name.
//
// A target that exists and is not a regular file — a device such as /dev/null, a named pipe,
// a terminal, or a link to one — is written in place instead: renaming over it would replace
// the device with a file (`-o /dev/null` must not destroy /dev/null).
namespace AtomicFile {

// True when path exists and is neither a regular file nor a directory (links followed), or
// names a file descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N), which may lead to a
// regular file the shell is appending to.
bool isSpecial(const QString &path);

// The file a writer that renames into place must replace: a symbolic link's target (the link
// stays a link), else path itself.
QString replaceTarget(const QString &path);

// For writers that build a database beside the target and rename it into place: the refusal
// to give when the target is special, or an empty string.
QString refuseSpecial(const QString &path);

// Removes, in dir, the temporary files of writers that are no longer running (and SQLite's
// -journal, -wal and -shm files beside them); returns how many files were removed.
int sweep(const QString &dir);

// True for a name this module gives its temporary files.
bool isTemporaryName(const QString &fileName);

// A named temporary file beside a target, for writers that need a path (SQLite, PDF engines).
// Removed (with SQLite's companions) on destruction unless commit() renamed it into place.
class TempFile
{
public:
    // path: the target as given (a symbolic link is followed: the link stays).
    explicit TempFile(const QString &path);
    ~TempFile();
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;

    // Sweeps the folder, then creates the temporary file (empty, owner-only until commit).
    bool create(QString *error);
    QString path() const { return m_temp; }
    QString target() const { return m_target; }
    // Syncs the written file to disk, checks it is a regular file of expectedSize bytes (when
    // not negative) and passes verify (returns the reason it is not complete, or empty), then
    // renames it over the target with the target's permissions and syncs the folder.
    bool commit(QString *error, qint64 expectedSize = -1,
                const std::function<QString(const QString &)> &verify = {});
    void remove();

private:
    QString m_given;
    QString m_target;
    QString m_temp;
    bool m_done = false;
};

class Output
{
public:
    explicit Output(const QString &path);
    ~Output();
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    bool open(QString *error);
    QIODevice *device() const;
    // Checks every write and the final flush, syncs, then renames the temporary file into
    // place (or flushes the special file); false with the reason on a full disk or a failed
    // write, the old file then intact. verify, if given, checks the written file's content.
    bool commit(QString *error, const std::function<QString(const QString &)> &verify = {});
    void cancel();

private:
    QString m_path;
    std::unique_ptr<TempFile> m_temp;
    std::unique_ptr<QIODevice> m_device; // the temporary file
    std::unique_ptr<QFile> m_file;       // a device or a pipe, written in place
    bool m_direct = false;
};

bool write(const QString &path, const QByteArray &data, QString *error);

// The reason of errno, never empty.
QString systemError(int err);

} // namespace AtomicFile
