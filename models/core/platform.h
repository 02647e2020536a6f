#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QFile;

// The operating system's calls that are not portable, in one place (README "Building on
// Windows or macOS"): file descriptors, permissions, process ids, terminals. On POSIX systems
// (Linux, macOS, the BSDs: Q_OS_UNIX) the real calls; elsewhere a plain fallback through Qt
// and the C++ library, which builds but is not tested. Everything else in the application
// goes through Qt (paths, files, folders) and starts no shell or other program.
namespace Platform {

// One file opened at the operating system's level: every call checked, the reason of the
// first failure kept (error(), errorString()). Closed on destruction.
class RawFile
{
public:
    enum class Mode {
        CreateNew,     // created for writing; fails if the name exists (even as a link);
                       // owner-only (0600) until setPermissionsLike()
        WriteTruncate, // an existing file, emptied, for writing
        ReadOnly,      // for reading; a named pipe opens without waiting for a writer and a
                       // terminal never becomes the process's controlling terminal
        Directory,     // a folder, to sync its entries (sync()); elsewhere: not opened
    };
    // What status() reports about the open file itself (not about a name that may have been
    // replaced since it was opened).
    struct Status {
        bool regular = false; // a regular file (not a device, pipe or folder)
        qint64 size = 0;
        bool ownedByUser = true; // owned by the process's effective user
        bool othersMay = false;  // the group or other users may read, write or run it
        int mode = 0;            // the permission bits (07777), 0 where there are none
    };

    RawFile();
    ~RawFile();
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;

    bool open(const QString &path, Mode mode);
    bool isOpen() const;
    // Writes size bytes (interrupted writes retried); *written counts what was written.
    bool writeAll(const char *data, qint64 size, qint64 *written = nullptr);
    // Reads at most max bytes; 0 at the end, -1 on an error.
    qint64 read(char *data, qint64 max);
    bool status(Status *status);
    // Everything written reaches the disk (fsync).
    bool sync();
    // Gives the file the permissions of target if that is a regular file, else those a new
    // file gets (0666 less the umask), as the shell's `>` would.
    bool setPermissionsLike(const QString &target);
    // False if closing reported an error (a write that failed late).
    bool close();
    int error() const { return m_error; }
    QString errorString() const;

private:
    bool failed(int err);
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    std::unique_ptr<QFile> m_file;
    QString m_fileError;
#endif
    int m_error = 0;
};

// Renames from over to, replacing to at once if it exists: readers see the old or the new
// file. False with *error (an errno value) otherwise.
bool renameOver(const QString &from, const QString &to, int *error);
// True while a process with this id runs (also when it belongs to another user). Elsewhere:
// assumed running (a stale temporary file is then left, never one in use removed).
bool processRunning(qint64 pid);
// True when standard error is a terminal (progress shown in place).
bool stderrIsTerminal();
// A private folder for the process's runtime files when XDG_RUNTIME_DIR is not set (root
// shells, CI): /tmp/runtime-<uid>, created owner-only. Where one exists that is not a folder
// of this user's closed to others (a link or another user's folder planted in /tmp), a new
// private folder /tmp/runtime-<uid>-XXXXXX instead. Empty where none can be made.
// parent is /tmp but for tests.
QString runtimeDirFallback(const QString &parent = QStringLiteral("/tmp"));
// The reason of an errno value, never empty.
QString errorText(int err);

} // namespace Platform
