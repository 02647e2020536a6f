#pragma once

#include <QString>
#include <QStringList>

// The system's print service asked directly, with a time limit, for what QPrinter does not
// say: whether a queue takes jobs, and whether a job really was created. Through libcups
// where the build found it (Linux, macOS: DEALIX_HAVE_CUPS); elsewhere (Windows) nothing is
// known here (available() is false) and the board pack relies on what QPrinterInfo says.
// Plain data only: the board pack words the messages.
namespace PrintService {

// How long one exchange with the print service may take: a scheduler that accepts the
// connection but never answers (stopped, hung) is given up on after this.
constexpr int TimeoutMs = 5000;

// False in a build without libcups: status() and the job calls then know nothing.
bool available();

struct Queue {
    bool found = false;     // the print service has a printer or class of that name
    bool accepting = false; // printer-is-accepting-jobs
    bool paused = false;    // printer-state stopped (cupsdisable): jobs wait in the queue
    QString message;        // printer-state-message, as the administrator set it
    QStringList reasons;    // printer-state-reasons other than "none"
};

struct Status {
    bool answered = false; // the print service answered within TimeoutMs
    bool timedOut = false; // connected, but no answer in time (a stalled scheduler)
    QString server;        // where it was asked: the CUPS server (host, or a local socket)
    QStringList queues;    // every printer and class it has, sorted
    Queue queue;           // the one asked about
};

// The print service's queues, and the state of printer ("name" or "name/instance": the
// instance is the user's option set on the same queue).
Status status(const QString &printer);

// The highest job id the print service has for printer (every state), 0 when it has none;
// -1 when it did not answer.
int lastJobId(const QString &printer);

// The id of the newest job on printer after afterId whose title is title (what QPrinter sends
// as the document name); 0 when there is none; -1 when the print service did not answer.
int findJob(const QString &printer, const QString &title, int afterId);

// Where the print service is asked: the CUPS server (a host, or a local socket's path).
QString server();

// The print service's words on the last request this thread made through libcups (QPrinter's
// submission included), when it failed; else empty.
QString lastError();

} // namespace PrintService
