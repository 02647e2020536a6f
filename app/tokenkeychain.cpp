#include "app/tokenkeychain.h"

#include "models/source/sourceurl.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

#include <qt6keychain/keychain.h>

namespace {

const QString Service = QStringLiteral("Dealix Desk");

// Runs a keychain job to its end or to the timeout (the job then finishes on its own and
// deletes itself: nothing waits for it).
bool runJob(QKeychain::Job *job, int timeoutMs, QString *error,
            const std::function<void(QKeychain::Job *)> &done = {})
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    QKeychain::Error code = QKeychain::NoError;
    QString text;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        finished = true;
        code = j->error();
        ok = code == QKeychain::NoError;
        text = j->errorString();
        if (done && ok)
            done(j);
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        if (error)
            *error = TokenKeychain::tr("The desktop keychain did not answer within %L1 s (is a "
                                       "Secret Service such as GNOME Keyring or KWallet running?).")
                         .arg(timeoutMs / 1000.0, 0, 'g', 3);
        return false;
    }
    if (!ok && error) {
        // QtKeychain's own text is often "Unknown error" when no keychain service runs.
        *error = code == QKeychain::EntryNotFound
                     ? QString()
                     : TokenKeychain::tr("The desktop keychain could not be used (%1). Is a "
                                         "Secret Service such as GNOME Keyring or KWallet "
                                         "running? The token is kept for this session only.")
                           .arg(text.isEmpty() ? TokenKeychain::tr("no reason given") : text);
    }
    return ok;
}

} // namespace

QString TokenKeychain::key(const QString &url)
{
    return SourceUrl::parse(url).toDisplayString();
}

bool TokenKeychain::store(const QString &url, const QByteArray &token, QString *error,
                          int timeoutMs)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setInsecureFallback(false); // a keychain, or nothing: never a plain file
    job->setKey(key(url));
    job->setBinaryData(token);
    return runJob(job, timeoutMs, error);
}

bool TokenKeychain::read(const QString &url, QByteArray *token, QString *error, int timeoutMs)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(key(url));
    QByteArray data;
    // Called only while this function waits (the connection belongs to its event loop).
    if (!runJob(job, timeoutMs, error, [&data](QKeychain::Job *j) {
            data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        }))
        return false;
    *token = data;
    return !data.isEmpty();
}

bool TokenKeychain::remove(const QString &url, QString *error, int timeoutMs)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(key(url));
    QString e;
    const bool ok = runJob(job, timeoutMs, &e);
    if (error)
        *error = e;
    return ok || e.isEmpty(); // nothing stored: nothing to forget
}
