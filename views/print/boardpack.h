#pragma once

#include "models/source/session.h"
#include "views/print/printdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrinter;

// The board pack: a cover (tenant in Arabic and English, period, Gregorian and Hijri dates,
// classification), a contents page with page numbers and one section per surface, with the
// section name, "page X of Y", the classification and a watermark on every page after the
// cover. Also any single surface on paper (no cover). Written to PDF (vector, fonts embedded),
// to a printer or print preview, and to HTML (the same pack, for e-mail and comparison).
class BoardPack
{
    Q_DECLARE_TR_FUNCTIONS(BoardPack)
public:
    struct Options {
        QStringList surfaces;   // surface ids; empty: every surface of the build, board order
        QString classification; // empty: "سري / Confidential"
        QString user;           // for the watermark; empty: the preparer
        // The cover's "Prepared by": this name (--prepared-by, the dialog's field); else the
        // full name of the tenant's user with preparerEmail (users.full_name, the e-mail when it
        // has none); over a Dealix server the token's name or e-mail. Never the login name of
        // the operating system: with none of these the cover names no person.
        QString preparedBy;
        QString preparerEmail;
        QString sourceName; // how the cover names the source; empty: sourceName(session)
        QDateTime asOf;     // invalid: now
        QString period;     // for surfaces with a period (month|quarter|year|all)
        bool cover = true;  // false: one surface, no cover or contents
        // Sections computed at the same time, each on its own connection: 0 means
        // QThread::idealThreadCount(), at most 3 on PostgreSQL (each is a server session); 1
        // computes them one after the other on the session.
        int threads = 0;
    };
    struct Content {
        Options options;
        TenantInfo tenant;
        QString source;
        QDateTime generatedAt;
        bool rightToLeft = false;
        QList<PrintSection> sections;
        QStringList failedSections; // "id: cause" for sections printed as not available
        QString footerNote;         // one more line on every page (e.g. a pack's hash)
        // A Dealix server's warnings for the cover: a Line B build's placeholder zeros, figures
        // from the offline cache ("Stale: …"). Empty for a database.
        QStringList sourceWarnings;
        QList<qint64> sectionMs; // how long each section took to compute (DEALIX_TIMINGS)
        // Every word on the cover and the running chrome, fixed in the language of build().
        struct Labels {
            QString title;       // "Board pack" (document title)
            QString contents;    // "Contents"
            QString figuresAsOf; // "Figures as of …"
            QString gregorian;   // the as-of date
            QString hijri;       // the as-of date in the Hijri calendar
            QString preparedBy;
            QString pageFormat; // "page %1 of %2"
            QString headerDate; // the as-of date in both calendars, in every page header
            QString watermark;  // user · time · organisation
        } labels;
    };
    // progress(done, total); returning false cancels.
    using Progress = std::function<bool(int, int)>;

    // The order of sections in a board pack; surfaces not listed follow in registry order.
    static QStringList boardOrder();
    static QString defaultClassification();
    // Checks requested ids against the registry; empty request: all, in board order.
    static QStringList resolveSurfaces(const QStringList &requested, QString *error);

    // The document around the sections: tenant, source, dates, labels and watermark, in the
    // current language. build() starts from it; so do documents that are not surfaces.
    static Content prepare(const Session &session, const Options &options);
    // Computes every section from the session, in the current language. Sections are
    // computed concurrently (Options::threads): the calling thread on session, the others on
    // connections opened from its clone spec; figures every section needs (the live checks,
    // the Executive snapshot) are computed once for the pack. The result is the same, in the
    // same order, as computing the sections one by one. progress is called on this thread.
    static bool build(const Session &session, const Options &options, Content *out, QString *error,
                      const Progress &progress = {});
    // The sections of content (prepared on the session's thread, content->options.surfaces
    // resolved) from any thread, every one on a connection opened from spec: the board pack
    // dialog computes there so that the window never waits. Once *cancelled is set, no section
    // starts and the statements running on the workers' connections are stopped
    // (sqlite3_interrupt, PQcancel): false, "Cancelled.". sectionDone(done, total) is called on the
    // worker threads, after each section.
    static bool buildFrom(const Session::CloneSpec &spec, Content *content, QString *error,
                          const std::shared_ptr<std::atomic_bool> &cancelled,
                          const std::function<void(int, int)> &sectionDone = {});
    // Lays the content out for device and paints it; false if cancelled or painting failed.
    static bool paint(const Content &content, QPagedPaintDevice *device, QString *error,
                      const Progress &progress = {});
    // Writes a PDF atomically (AtomicFile): on any failure or cancel the old file stays.
    static bool writePdf(const Content &content, const QString &path, QString *error,
                         const Progress &progress = {});
    // A job for the system's print service (CUPS on Linux and macOS, the spooler on Windows).
    struct PrintJob {
        QString printer; // the queue's name, as the print service lists it
        int copies = 1;
        bool duplex = false; // both sides of the sheet, bound on the long edge
    };
    // What the print service did with a job that print() sent.
    struct PrintReceipt {
        int jobId = 0; // the print service's job id; 0 where it cannot be asked (no libcups)
        int pages = 0;
        bool paused = false; // the queue is paused: the job waits in it until it is resumed
        QString message;     // "Sent to the printer … as job 12 (26 pages, copies: 1)." …
    };
    // Why printerName cannot take a job, naming the printer: the print service is not
    // running, cannot be reached or does not answer within a few seconds (a stalled
    // scheduler); it has no queue of that name (naming the queues it has); the queue is not
    // accepting jobs (with the reason its administrator gave). Empty when it can (a paused
    // queue can: its jobs wait). The print service is asked first through libcups with a time
    // limit, so that QPrinterInfo is never asked a print service that does not answer.
    static QString printerProblem(const QString &printerName);
    // Sends the pack to job.printer through QPrinter in the native format: the pages are
    // painted by paint(), as for writePdf(), on A4. False with the reason when the printer
    // cannot take the job (checked before any page is painted), painting failed, or the print
    // service created no job for it (asked after painting).
    static bool print(const Content &content, const PrintJob &job, QString *error,
                      const Progress &progress = {}, PrintReceipt *receipt = nullptr);
    // The same on a printer already set up (the print dialog's): checked, titled, painted,
    // the job looked for.
    static bool print(const Content &content, QPrinter *printer, QString *error,
                      const Progress &progress = {}, PrintReceipt *receipt = nullptr);
    // When sections could not be computed and path names an existing file: why that file is
    // kept (naming the sections and the way to replace it anyway); else empty.
    static QString partialRefusal(const Content &content, const QString &path);
    // The cover's line for a pack with missing sections ("Incomplete: …"), or empty.
    static QString incompleteNotice(const Content &content);
    static QByteArray html(const Content &content);
    static bool writeHtml(const Content &content, const QString &path, QString *error);

    // "5 Dec 2026" and "25 Jumada II 1448 AH" (the official Umm al-Qura calendar), in the
    // current language (Format::date, Format::hijriDate).
    static QString gregorianDate(const QDate &date);
    static QString hijriDate(const QDate &date);
    // The source as a person names it, never a file's directory nor credentials: "Dealix server
    // HOST", "PostgreSQL database DB on HOST", "SQLite database FILE.sqlite", "Offline review
    // copy of TENANT (DATE)".
    static QString sourceName(const Session &session);
    // The full name of the tenant's user with this e-mail (the e-mail when the name is empty);
    // empty when the source has no such user or its users cannot be read.
    static QString userName(const Session &session, const QString &email);
};
