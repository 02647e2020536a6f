#include "views/print/printservice.h"

#ifdef DEALIX_HAVE_CUPS
#include <QElapsedTimer>

#include <cups/cups.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#endif

namespace PrintService {

#ifdef DEALIX_HAVE_CUPS

namespace {

// The queue's own name: "name/instance" is the user's option set on the queue "name".
QByteArray queueName(const QString &printer)
{
    return printer.section(QLatin1Char('/'), 0, 0).toUtf8();
}

struct HttpClose {
    void operator()(http_t *http) const { httpClose(http); }
};
using Http = std::unique_ptr<http_t, HttpClose>;
struct IppDelete {
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDelete>;

// A connection to the print service whose every wait (connecting, sending, reading) ends
// after TimeoutMs: without this libcups waits for a stalled scheduler for minutes.
Http connect(Status *status)
{
    status->server = server();
    QElapsedTimer timer;
    timer.start();
    Http http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
                           TimeoutMs, nullptr));
    if (!http) {
        status->timedOut = timer.elapsed() >= TimeoutMs - 100;
        return {};
    }
    // No callback: a wait longer than this fails the request.
    httpSetTimeout(http.get(), TimeoutMs / 1000.0, nullptr, nullptr);
    return http;
}

// One request on http; null (status->timedOut when for lack of time) when there is no answer.
Ipp ask(http_t *http, ipp_t *request, Status *status)
{
    QElapsedTimer timer;
    timer.start();
    Ipp response(cupsDoRequest(http, request, "/"));
    if (!response) {
        status->timedOut = httpError(http) == ETIMEDOUT || timer.elapsed() >= TimeoutMs - 100;
    }
    return response;
}

// Every printer (or every class) of the print service into status, the asked one's state
// into status->queue. False when the print service did not answer.
bool listQueues(http_t *http, ipp_op_t operation, const QString &printer, Status *status)
{
    static const char *const attributes[] = {"printer-name", "printer-is-accepting-jobs",
                                             "printer-state", "printer-state-message",
                                             "printer-state-reasons"};
    ipp_t *request = ippNewRequest(operation);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  int(std::size(attributes)), nullptr, attributes);
    const Ipp response = ask(http, request, status); // cupsDoRequest frees the request
    if (!response)
        return false;
    // No printer (or class) at all: an answer, with nothing in it.
    if (ippGetStatusCode(response.get()) == IPP_STATUS_ERROR_NOT_FOUND)
        return true;
    if (ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return false;
    const QString wanted = QString::fromUtf8(queueName(printer));
    QString name;
    Queue queue;
    const auto flush = [&]() {
        if (!name.isEmpty()) {
            status->queues << name;
            if (name == wanted) {
                status->queue = queue;
                status->queue.found = true;
            }
        }
        name.clear();
        queue = Queue();
    };
    for (ipp_attribute_t *a = ippFirstAttribute(response.get()); a;
         a = ippNextAttribute(response.get())) {
        const char *key = ippGetName(a);
        if (ippGetGroupTag(a) != IPP_TAG_PRINTER || !key) {
            flush();
            continue;
        }
        if (!std::strcmp(key, "printer-name"))
            name = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(key, "printer-is-accepting-jobs"))
            queue.accepting = ippGetBoolean(a, 0);
        else if (!std::strcmp(key, "printer-state"))
            queue.paused = ippGetInteger(a, 0) == IPP_PSTATE_STOPPED;
        else if (!std::strcmp(key, "printer-state-message"))
            queue.message = QString::fromUtf8(ippGetString(a, 0, nullptr)).trimmed();
        else if (!std::strcmp(key, "printer-state-reasons"))
            for (int i = 0; i < ippGetCount(a); ++i) {
                const QString reason = QString::fromUtf8(ippGetString(a, i, nullptr));
                if (!reason.isEmpty() && reason != QLatin1String("none"))
                    queue.reasons << reason;
            }
    }
    flush();
    return true;
}

// Visits the jobs of printer in every state; their count, -1 when the print service did not
// answer.
template <typename Visit> int eachJob(const QString &printer, Visit visit)
{
    Status status;
    const Http http = connect(&status);
    if (!http)
        return -1;
    cups_job_t *jobs = nullptr;
    const int count =
        cupsGetJobs2(http.get(), &jobs, queueName(printer).constData(), 0, CUPS_WHICHJOBS_ALL);
    // A queue the scheduler does not have (yet) has no job: an answer, not silence.
    if (count < 0)
        return cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND ? 0 : -1;
    for (int i = 0; i < count; ++i)
        visit(jobs[i]);
    cupsFreeJobs(count, jobs);
    return count;
}

} // namespace

bool available()
{
    return true;
}

QString server()
{
    // Read again (CUPS_SERVER, client.conf): libcups keeps the first answer for the thread.
    cupsSetServer(nullptr);
    return QString::fromUtf8(cupsServer());
}

Status status(const QString &printer)
{
    Status status;
    const Http http = connect(&status);
    if (!http)
        return status;
    if (!listQueues(http.get(), IPP_OP_CUPS_GET_PRINTERS, printer, &status) ||
        !listQueues(http.get(), IPP_OP_CUPS_GET_CLASSES, printer, &status))
        return status;
    status.answered = true;
    std::sort(status.queues.begin(), status.queues.end());
    return status;
}

int lastJobId(const QString &printer)
{
    int last = 0;
    if (eachJob(printer, [&last](const cups_job_t &job) { last = std::max(last, job.id); }) < 0)
        return -1;
    return last;
}

int findJob(const QString &printer, const QString &title, int afterId)
{
    const QByteArray wanted = title.toUtf8();
    int found = 0;
    const auto visit = [&](const cups_job_t &job) {
        if (job.id > afterId && job.title && wanted == job.title)
            found = std::max(found, job.id);
    };
    if (eachJob(printer, visit) < 0)
        return -1;
    return found;
}

QString lastError()
{
    if (cupsLastError() <= IPP_STATUS_OK_EVENTS_COMPLETE)
        return {};
    return QString::fromUtf8(cupsLastErrorString());
}

#else // no libcups: nothing is known beyond what QPrinterInfo says

bool available()
{
    return false;
}

QString server()
{
    return {};
}

Status status(const QString &)
{
    return {};
}

int lastJobId(const QString &)
{
    return -1;
}

int findJob(const QString &, const QString &, int)
{
    return -1;
}

QString lastError()
{
    return {};
}

#endif

} // namespace PrintService
