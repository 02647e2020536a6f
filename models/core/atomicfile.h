#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

// Whole-file writes that never leave a partial file: a temporary file beside the target, then
// rename. A failed write leaves the old file, or no file.
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

class Output
{
public:
    explicit Output(const QString &path);
    ~Output();
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    bool open(QString *error);
    QIODevice *device() const;
    // Renames the temporary file into place (or flushes the special file); false with the
    // reason on a full disk or a failed write.
    bool commit(QString *error);
    void cancel();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

bool write(const QString &path, const QByteArray &data, QString *error);

} // namespace AtomicFile
