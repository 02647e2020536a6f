#include "views/print/boardpack.h"
#include "models/source/restserver.h"

#include "models/core/displaytext.h"

#include "models/core/atomicfile.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/source/boundquery.h"
#include "models/source/resttoken.h"
#include "views/print/pagelayout.h"
#include "views/print/printservice.h"
#include "views/surface/statementstopper.h"
#include "views/surface/surface.h"
#include "views/widgets/statepalette.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <list>
#include <mutex>
#include <vector>

QStringList BoardPack::boardOrder()
{
    // What a board reads first: the state of the business, this week, the decisions, then
    // compliance and risk, the pipelines, and last the evidence and the data behind it.
    return {QStringLiteral("executive-room"),
            QStringLiteral("weekly-review"),
            QStringLiteral("approval-center"),
            QStringLiteral("forecast"),
            QStringLiteral("compliance"),
            QStringLiteral("risk-heatmap"),
            QStringLiteral("policy-violations"),
            QStringLiteral("partner-pipeline"),
            QStringLiteral("connectors"),
            QStringLiteral("evidence-packs"),
            QStringLiteral("source")};
}

QString BoardPack::defaultClassification()
{
    return QStringLiteral("سري / Confidential");
}

QStringList BoardPack::resolveSurfaces(const QStringList &requested, QString *error)
{
    const QStringList available = SurfaceRegistry::instance().ids();
    if (requested.isEmpty()) {
        QStringList ordered;
        for (const QString &id : boardOrder()) {
            if (available.contains(id))
                ordered << id;
        }
        for (const QString &id : available) {
            if (!ordered.contains(id))
                ordered << id;
        }
        return ordered;
    }
    for (const QString &id : requested) {
        if (!available.contains(id)) {
            if (error)
                *error = tr("Unknown surface \"%1\"; this build has: %2")
                             .arg(DisplayText::plain(id), available.join(QLatin1String(", ")));
            return {};
        }
    }
    // A surface named twice is printed once, where it was first named.
    QStringList once = requested;
    once.removeDuplicates();
    return once;
}

QString BoardPack::gregorianDate(const QDate &date)
{
    return Format::date(date);
}

QString BoardPack::hijriDate(const QDate &date)
{
    return Format::hijriDate(date);
}

QString BoardPack::sourceName(const Session &session)
{
    const SourceUrl &url = session.url();
    if (session.isOffline()) {
        const OfflineStatus &copy = session.offline();
        const QDate day = copy.asOf.toTimeZone(Periods::zone(session.tenant().timeZone)).date();
        return tr("Offline review copy of %1 (%2)")
            .arg(session.tenant().label(QLocale().textDirection() == Qt::RightToLeft),
                 Format::date(day));
    }
    switch (url.kind()) {
    case SourceUrl::Kind::Rest:
        return tr("Dealix server %1").arg(DisplayText::isolate(url.host()));
    case SourceUrl::Kind::PostgreSQL:
        return tr("PostgreSQL database %1 on %2")
            .arg(DisplayText::isolate(url.database()), DisplayText::isolate(url.host()));
    case SourceUrl::Kind::SQLite:
        return tr("SQLite database %1").arg(DisplayText::plain(QFileInfo(url.path()).fileName()));
    case SourceUrl::Kind::Invalid:
        break;
    }
    return tr("no source");
}

QString BoardPack::userName(const Session &session, const QString &email)
{
    if (email.trimmed().isEmpty() || session.isRest() || !session.isOpen())
        return {};
    // The users table may be absent or its name columns not granted: then no name, and the
    // pack is still written.
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString address = q.bind(email.trimmed().toLower());
    q << QStringLiteral("select full_name, email from users where tenant_id = %1 and "
                        "lower(email) = %2")
             .arg(tenant, address);
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error) || !query.next())
        return {};
    const QString name = query.value(0).toString().trimmed();
    return name.isEmpty() ? query.value(1).toString().trimmed() : name;
}

BoardPack::Content BoardPack::prepare(const Session &session, const Options &options)
{
    Content c;
    c.options = options;
    if (c.options.classification.isEmpty())
        c.options.classification = defaultClassification();
    // The preparer: named, else the tenant's user (or the Dealix token's owner); never the
    // operating system's login.
    QString preparer = c.options.preparedBy.trimmed();
    if (preparer.isEmpty() && session.isRest() && session.rest()) {
        const QByteArray token = session.rest()->options().token;
        preparer = RestToken::claim(token, QStringLiteral("name"));
        if (preparer.isEmpty())
            preparer = RestToken::claim(token, QStringLiteral("email"));
    }
    if (preparer.isEmpty())
        preparer = userName(session, c.options.preparerEmail);
    c.options.preparedBy = preparer;
    if (c.options.user.isEmpty())
        c.options.user = preparer;
    if (!c.options.asOf.isValid())
        c.options.asOf = QDateTime::currentDateTimeUtc();
    c.tenant = session.tenant();
    c.source = c.options.sourceName.isEmpty() ? sourceName(session) : c.options.sourceName;
    c.generatedAt = QDateTime::currentDateTimeUtc();
    c.rightToLeft = QLocale().textDirection() == Qt::RightToLeft;
    // Printed from an offline review copy: every page says so, and whether it is intact.
    if (session.isOffline())
        c.footerNote = session.offline().summary(Periods::zone(session.tenant().timeZone));
    // Every date in the tenant's zone, in the long form that no reader takes for another day.
    const QTimeZone zone = Periods::zone(c.tenant.timeZone);
    const QDate date = c.options.asOf.toTimeZone(zone).date();
    const QString organisation =
        c.rightToLeft && !c.tenant.nameAr.isEmpty() ? c.tenant.nameAr : c.tenant.name;
    c.labels.title = tr("Board pack");
    c.labels.contents = tr("Contents");
    c.labels.figuresAsOf = tr("Figures as of %1").arg(Format::dateTime(c.options.asOf, zone));
    c.labels.gregorian = gregorianDate(date);
    c.labels.hijri = hijriDate(date);
    c.labels.headerDate = c.labels.hijri.isEmpty()
                              ? c.labels.gregorian
                              : Format::joined({c.labels.gregorian, c.labels.hijri});
    c.labels.preparedBy =
        preparer.isEmpty()
            ? tr("Prepared from %1").arg(DisplayText::isolate(c.source))
            : tr("Prepared by %1 from %2")
                  .arg(DisplayText::isolate(preparer), DisplayText::isolate(c.source));
    c.labels.pageFormat = tr("page %1 of %2");
    QStringList mark;
    if (!c.options.user.isEmpty())
        mark << DisplayText::isolate(c.options.user);
    mark << Format::dateTime(c.generatedAt, zone) << DisplayText::isolate(organisation);
    c.labels.watermark = mark.join(Format::separator());
    return c;
}

namespace {
// One pack's sections being computed: a queue that every worker takes the next section from,
// and a slot per section for its result, so the order never depends on which finishes first.
struct Computation {
    QStringList ids;
    ExportRequest request;
    std::vector<PrintSection> sections;
    std::vector<QString> errors;
    std::vector<char> computed; // the section ran (ok or not)
    std::vector<char> ok;
    std::vector<qint64> ms;
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::mutex lock; // for openErrors and stoppers
    QStringList openErrors;
    // The workers' open connections, to stop their running statements on Cancel.
    std::list<StatementStopper> stoppers;

    // Stops the statement running on every worker's connection (called again while the workers
    // finish, so that a section's next statement stops too).
    void stopRunningStatements()
    {
        const std::lock_guard<std::mutex> guard(lock);
        for (const StatementStopper &s : stoppers)
            s.stop();
    }

    // The order sections are taken in (the pack's order is kept by the slots): the sections that
    // wait for the pack's shared figures (the live checks, the Executive snapshot) come after the
    // ones that share nothing, so that a second worker computes those meanwhile instead of
    // waiting for the first to finish the shared figures.
    std::vector<int> order;

    explicit Computation(const QStringList &sectionIds)
        : ids(sectionIds)
        , sections(size_t(sectionIds.size()))
        , errors(size_t(sectionIds.size()))
        , computed(size_t(sectionIds.size()), 0)
        , ok(size_t(sectionIds.size()), 0)
        , ms(size_t(sectionIds.size()), 0)
    {
        static const QStringList readShared{QStringLiteral("weekly-review"),
                                            QStringLiteral("compliance"),
                                            QStringLiteral("risk-heatmap")};
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < ids.size(); ++i) {
                // The first section that needs them computes them: it goes first.
                const bool waits = i > 0 && readShared.contains(ids.at(i));
                if (waits == (pass == 1))
                    order.push_back(int(i));
            }
        }
    }

    // Computes sections from the queue on session until none is left or the pack is cancelled.
    // before(): called before each section on this thread; false cancels.
    void work(const Session &session, const std::function<bool()> &before,
              const std::function<void(int, int)> &sectionDone)
    {
        for (;;) {
            if (before && !before())
                *request.cancelled = true;
            if (*request.cancelled)
                return;
            const int n = next.fetch_add(1);
            if (n >= ids.size())
                return;
            const int i = order[size_t(n)];
            QElapsedTimer timer;
            timer.start();
            const Surface *surface = SurfaceRegistry::instance().find(ids.at(i));
            PrintSection section;
            QString error;
            ok[size_t(i)] = surface->printSection(session, request, &section, &error) ? 1 : 0;
            sections[size_t(i)] = std::move(section);
            errors[size_t(i)] = error;
            ms[size_t(i)] = timer.elapsed();
            computed[size_t(i)] = 1;
            const int finished = ++done;
            if (sectionDone)
                sectionDone(finished, int(ids.size()));
        }
    }

    // A worker thread on its own connection to the same source and tenant.
    QThread *worker(const Session::CloneSpec &spec,
                    const std::function<void(int, int)> &sectionDone)
    {
        return QThread::create([this, spec, sectionDone] {
            Session clone;
            if (!clone.openClone(spec)) {
                const std::lock_guard<std::mutex> guard(lock);
                openErrors << clone.errorString();
                return;
            }
            std::list<StatementStopper>::iterator stopper;
            {
                const std::lock_guard<std::mutex> guard(lock);
                stopper = stoppers.emplace(stoppers.end(), clone);
            }
            work(clone, {}, sectionDone);
            // Forgotten before the connection closes: never stopped once closed.
            const std::lock_guard<std::mutex> guard(lock);
            stoppers.erase(stopper);
        });
    }

    // The sections in pack order into c, failed ones printed as such (as the sequential run
    // always did); false when a section was never computed (cancelled, or no connection).
    bool assemble(BoardPack::Content *c, QString *error)
    {
        for (size_t i = 0; i < computed.size(); ++i) {
            if (!computed[i]) {
                if (error)
                    *error = *request.cancelled || openErrors.isEmpty()
                                 ? BoardPack::tr("Cancelled.")
                                 : openErrors.first();
                return false;
            }
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            PrintSection &section = sections[size_t(i)];
            const Surface *surface = SurfaceRegistry::instance().find(ids.at(i));
            if (!ok[size_t(i)]) {
                QString sectionError = errors[size_t(i)];
                // A section that cannot be computed is printed as such, never silently dropped.
                section = PrintSection();
                section.id = surface->id();
                section.title = surface->title();
                // A query cut off with its connection may give no words at all: never an empty
                // cause.
                if (sectionError.trimmed().isEmpty())
                    sectionError =
                        BoardPack::tr("it could not be computed and the source gave no reason (the "
                                      "connection to it may have been lost)");
                c->failedSections << QStringLiteral("%1: %2").arg(surface->id(), sectionError);
                section.blocks = {PrintBlock::banner(
                    couldNotBeComputed(DisplayText::isolate(sectionError)), UiState::Warning)};
            }
            for (const QString &failure : std::as_const(section.failures))
                c->failedSections << QStringLiteral("%1: %2").arg(surface->id(), failure);
            c->sections << section;
            c->sectionMs << ms[size_t(i)];
        }
        return true;
    }
};

int threadsFor(const BoardPack::Options &options, qsizetype sections, bool postgres)
{
    // On PostgreSQL each thread is one more session running heavy aggregates on the server: by
    // default at most maxPostgresThreads, whatever the number of cores here.
    constexpr int maxPostgresThreads = 3;
    const int wanted = options.threads > 0 ? options.threads
                       : postgres ? std::min(QThread::idealThreadCount(), maxPostgresThreads)
                                  : QThread::idealThreadCount();
    return int(std::clamp<qsizetype>(sections, 1, std::max(1, wanted)));
}
// The HTML pack's style sheet with paper's colours and the states' (StatePalette, defined once)
// in place of its @NAME@ tokens: the same colours as the PDF's.
QString paperCss(QString css)
{
    const StatePalette::PaperColours p = StatePalette::paper();
    QString states;
    for (const UiState st : {UiState::Critical, UiState::Warning, UiState::Good}) {
        const StateColours c = StatePalette::forPrint(st);
        states += QStringLiteral(".%1 { border-color: %2; color: %3; } .banner.%1 { background: "
                                 "%4; } ")
                      .arg(UiStates::key(st), c.border.name(), c.accent.name(), c.fill.name());
    }
    const QColor critical =
        StatePalette::readable(StatePalette::forPrint(UiState::Critical).accent, Qt::white);
    return css.replace(QLatin1String("@STATES@"), states)
        .replace(QLatin1String("@MUTED@"), p.muted.name())
        .replace(QLatin1String("@CRITICAL@"), critical.name())
        .replace(QLatin1String("@INK@"), p.ink.name())
        .replace(QLatin1String("@HEADING@"), p.heading.name())
        .replace(QLatin1String("@FRAME@"), p.frame.name())
        .replace(QLatin1String("@HEADERFILL@"), p.headerFill.name())
        .replace(QLatin1String("@RULE@"), p.rule.name());
}

} // namespace

namespace {
// Asked after the sections are computed, so that the stale warning covers their answers.
QStringList restWarnings(const Session &session)
{
    const std::shared_ptr<RestServer> server = RestServer::of(session);
    if (!server)
        return {};
    server->checkLineB(session);
    return RestServer::warnings(session);
}
} // namespace

bool BoardPack::build(const Session &session, const Options &options, Content *out, QString *error,
                      const Progress &progress)
{
    Content c = prepare(session, options);
    const QStringList ids = resolveSurfaces(options.surfaces, error);
    if (ids.isEmpty())
        return false;
    Computation work(ids);
    work.request.asOf = c.options.asOf;
    work.request.period = options.period;
    // This thread computes on the session; the others each on a connection of their own.
    std::vector<QThread *> threads;
    const Session::CloneSpec spec = session.cloneSpec();
    for (int t = 1; t < threadsFor(options, ids.size(), session.isPostgres()); ++t) {
        threads.push_back(work.worker(spec, {}));
        threads.back()->start();
    }
    work.work(session,
              [&progress, &work] {
                  return !progress || progress(work.done.load(), int(work.ids.size()));
              },
              {});
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    if (!work.assemble(&c, error))
        return false;
    c.sourceWarnings = restWarnings(session);
    *out = c;
    return true;
}

bool BoardPack::buildFrom(const Session::CloneSpec &spec, Content *content, QString *error,
                          const std::shared_ptr<std::atomic_bool> &cancelled,
                          const std::function<void(int, int)> &sectionDone)
{
    const QStringList ids = content->options.surfaces;
    if (ids.isEmpty()) {
        if (error)
            *error = tr("No section to compute.");
        return false;
    }
    Computation work(ids);
    work.request.asOf = content->options.asOf;
    work.request.period = content->options.period;
    if (cancelled)
        work.request.cancelled = cancelled;
    std::vector<QThread *> threads;
    const bool postgres = spec.url.kind() == SourceUrl::Kind::PostgreSQL;
    for (int t = 0; t < threadsFor(content->options, ids.size(), postgres); ++t) {
        threads.push_back(work.worker(spec, sectionDone));
        threads.back()->start();
    }
    // Cancel also stops the statements running on the workers' connections, so the sections
    // under way end at once instead of computing to their end.
    for (QThread *t : threads) {
        while (!t->wait(QDeadlineTimer(20))) {
            if (*work.request.cancelled)
                work.stopRunningStatements();
        }
        delete t;
    }
    // Sections stopped mid-statement failed, but the pack was cancelled, not incomplete.
    if (*work.request.cancelled) {
        if (error)
            *error = tr("Cancelled.");
        return false;
    }
    if (!work.assemble(content, error))
        return false;
    if (spec.rest) {
        Session session;
        if (session.openClone(spec))
            content->sourceWarnings = restWarnings(session);
    }
    return true;
}

bool BoardPack::paint(const Content &c, QPagedPaintDevice *device, QString *error,
                      const Progress &progress)
{
    PageLayout layout(device, c.rightToLeft);
    const double w = layout.contentSize().width();
    auto text = [&layout](const QString &s, double y, double h, double points, bool bold,
                          QColor colour, int align, double width) {
        PageLayout::Op op;
        op.text = s;
        op.font = layout.font(points, bold);
        op.color = colour;
        op.alignment = align;
        op.rect = QRectF(0, y, width, h);
        return op;
    };
    // Paper's colours and states, defined once (StatePalette::paper, forPrint).
    const StatePalette::PaperColours paper = StatePalette::paper();
    const QColor ink = paper.heading;
    const QColor critical =
        StatePalette::readable(StatePalette::forPrint(UiState::Critical).accent, Qt::white);
    const QColor warned =
        StatePalette::readable(StatePalette::forPrint(UiState::Warning).accent, Qt::white);
    if (c.options.cover) {
        PageLayout::Page cover;
        cover.chrome = false;
        const int centre = Qt::AlignHCenter | Qt::AlignTop;
        double y = layout.mm(25);
        cover.ops << text(c.options.classification, y, layout.mm(10), 14, true, critical, centre,
                          w);
        y += layout.mm(30);
        cover.ops << text(c.labels.title, y, layout.mm(16), 28, true, ink, centre, w);
        y += layout.mm(22);
        cover.ops << text(c.tenant.nameAr, y, layout.mm(12), 20, true, ink, centre, w);
        y += layout.mm(13);
        cover.ops << text(c.tenant.name, y, layout.mm(12), 18, false, ink, centre, w);
        y += layout.mm(25);
        cover.ops << text(c.labels.figuresAsOf, y, layout.mm(8), 12, false, ink, centre, w);
        y += layout.mm(10);
        cover.ops << text(c.labels.gregorian, y, layout.mm(8), 12, false, ink, centre, w);
        y += layout.mm(8);
        cover.ops << text(c.labels.hijri, y, layout.mm(8), 12, false, ink, centre, w);
        y += layout.mm(30);
        cover.ops << text(c.labels.preparedBy, y, layout.mm(14), 9, false, paper.muted, centre, w);
        // A pack written with sections missing says so where it is first read.
        if (const QString notice = incompleteNotice(c); !notice.isEmpty()) {
            y += layout.mm(16);
            cover.ops << text(notice, y, layout.mm(40), 11, true, critical, centre, w);
        }
        // Figures from a Dealix server that are placeholders or not live say so on the cover.
        // Below the incomplete notice's box when there is one; each warning gets three lines.
        y += layout.mm(incompleteNotice(c).isEmpty() ? 16 : 42);
        for (const QString &warning : c.sourceWarnings) {
            cover.ops << text(warning, y, layout.mm(24), 11, true, warned, centre, w);
            y += layout.mm(26);
        }
        layout.addPage(cover);
        PageLayout::Page contents; // filled in once the sections' pages are known
        contents.section = c.labels.contents;
        layout.addPage(contents);
    }
    for (const PrintSection &section : c.sections)
        layout.addSection(section);
    if (c.options.cover) {
        PageLayout::Page contents;
        contents.section = c.labels.contents;
        contents.ops << text(c.labels.contents, 0, layout.mm(12), 17, true, ink,
                             Qt::AlignLeft | Qt::AlignTop, w);
        double y = layout.mm(16);
        for (qsizetype i = 0; i < c.sections.size(); ++i) {
            const QLocale digits = c.rightToLeft ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                                 : QLocale(QLocale::English);
            const QString page = digits.toString(layout.sectionStarts().at(i) + 1);
            contents.ops << text(c.sections.at(i).title, y, layout.mm(8), 12, false, ink,
                                 Qt::AlignLeft | Qt::AlignTop, w * 0.8);
            PageLayout::Op number =
                text(page, y, layout.mm(8), 12, false, ink, Qt::AlignRight | Qt::AlignTop, w);
            contents.ops << number;
            PageLayout::Op line;
            line.type = PageLayout::Op::Type::Line;
            line.rect = QRectF(0, y + layout.mm(8), w, 0);
            line.color = paper.rule;
            contents.ops << line;
            y += layout.mm(10);
        }
        layout.replacePage(1, contents);
    }
    PageLayout::Chrome chrome;
    chrome.classification = c.options.classification;
    chrome.watermark = c.labels.watermark;
    chrome.footerNote = c.footerNote;
    chrome.date = c.labels.headerDate;
    chrome.pageFormat = c.labels.pageFormat.isEmpty() ? tr("page %1 of %2") : c.labels.pageFormat;
    if (!layout.paint(device, chrome, progress)) {
        if (error)
            *error = progress ? tr("Cancelled.") : tr("The page could not be painted.");
        return false;
    }
    return true;
}

namespace {
// The paper's resolution, on a PDF and on a printer alike: the layout measures text in device
// pixels, so the same resolution gives the same line breaks and page breaks on both.
constexpr int PaperDpi = 300;
} // namespace

namespace {

// Why printer cannot take a job, or empty; *queue: its state when the print service said.
QString printerProblemOf(const QString &printer, PrintService::Queue *queue)
{
    // Names and words from the user or the print service, as messages quote them (one line,
    // controls visible, isolated).
    const QString shown = DisplayText::plain(printer);
    const auto shownList = [](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            out << DisplayText::plain(n);
        return Format::list(out);
    };
    // libcups first, every exchange with a time limit: QPrinterInfo (libcups too, without a
    // limit) waits minutes on a scheduler that takes the connection and never answers.
    if (PrintService::available()) {
        const PrintService::Status status = PrintService::status(printer);
        if (status.timedOut)
            return BoardPack::tr("Cannot print on \"%1\": the print service at %2 does not "
                                 "answer (nothing within %Ln second(s)); it may be stalled or "
                                 "overloaded. Try again later or ask its administrator.",
                                 nullptr, PrintService::TimeoutMs / 1000)
                .arg(shown, DisplayText::plain(status.server));
        if (!status.answered)
            return BoardPack::tr("Cannot print on \"%1\": the print service at %2 is not "
                                 "running, cannot be reached or has no printer.")
                .arg(shown, DisplayText::plain(status.server));
        if (status.queues.isEmpty())
            return BoardPack::tr("Cannot print on \"%1\": the print service at %2 has no "
                                 "printer.")
                .arg(shown, DisplayText::plain(status.server));
        // A name the scheduler has no queue for may still be a printer it found on the network
        // (driverless IPP): it becomes a queue when a job arrives. Qt's list below has those,
        // and says when the name is nowhere.
        if (status.queue.found && !status.queue.accepting) {
            const QString why =
                !status.queue.message.isEmpty()
                    ? status.queue.message
                    : (!status.queue.reasons.isEmpty() ? Format::list(status.queue.reasons)
                                                       : BoardPack::tr("no reason given"));
            return BoardPack::tr("Cannot print on \"%1\": the printer is not accepting jobs "
                                 "(%2). Ask its administrator to accept jobs again, or choose "
                                 "another printer.")
                .arg(shown, DisplayText::plain(why, 1000));
        }
        if (queue)
            *queue = status.queue;
    }
    // What Qt will print through: a name QPrinterInfo does not list becomes a PDF without a
    // file in QPrinter (and with no libcups, this is all that is known).
    const QStringList names = QPrinterInfo::availablePrinterNames();
    const QString server = qEnvironmentVariable("CUPS_SERVER");
    if (names.isEmpty())
        return server.isEmpty()
                   ? BoardPack::tr("Cannot print on \"%1\": the system's print service is not "
                                   "running, cannot be reached or has no printer.")
                         .arg(shown)
                   : BoardPack::tr("Cannot print on \"%1\": the print service at %2 "
                                   "(CUPS_SERVER) is not running, cannot be reached or has no "
                                   "printer.")
                         .arg(shown, DisplayText::plain(server));
    if (!names.contains(printer))
        return BoardPack::tr("Cannot print on \"%1\": the print service has no printer of that "
                             "name; it has: %2.")
            .arg(shown, shownList(names));
    return {};
}

// A job id as people copy it into the print service's tools: the locale's digits, no
// grouping.
QString jobNumber(int id)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(id);
}

} // namespace

QString BoardPack::printerProblem(const QString &printerName)
{
    return printerProblemOf(printerName, nullptr);
}

bool BoardPack::print(const Content &c, const PrintJob &job, QString *error,
                      const Progress &progress, PrintReceipt *receipt)
{
    if (const QString problem = printerProblem(job.printer); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(job.printer);
    printer.setCopyCount(std::max(1, job.copies));
    printer.setDuplex(job.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
    // A printer that cannot print on both sides keeps one-sided: said, and nothing printed.
    if (job.duplex && printer.duplex() != QPrinter::DuplexLongSide) {
        if (error)
            *error = tr("Cannot print on \"%1\" on both sides: the printer does not offer it. "
                        "Print without two-sided printing.")
                         .arg(DisplayText::plain(job.printer));
        return false;
    }
    return print(c, &printer, error, progress, receipt);
}

bool BoardPack::print(const Content &c, QPrinter *printer, QString *error, const Progress &progress,
                      PrintReceipt *receipt)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString name = printer->printerName();
    const QString shown = DisplayText::plain(name); // as messages quote it
    // A file chosen in the print dialog is a PDF like writePdf's; a printer must be one the
    // print service knows (QPrinter quietly turns an unknown name, or any name when the print
    // service is down, into a PDF without a file) and that accepts jobs.
    const bool toPrintService =
        printer->outputFormat() == QPrinter::NativeFormat || printer->outputFileName().isEmpty();
    // Only without a file name does Qt hand the pages to the print service (cupsPrintFile):
    // then a job must appear on the queue.
    const bool jobExpected =
        toPrintService && printer->outputFileName().isEmpty() && PrintService::available();
    PrintService::Queue queue;
    int lastJob = 0;
    if (toPrintService) {
        if (const QString problem = printerProblemOf(name, &queue); !problem.isEmpty())
            return fail(problem);
        // The newest job the queue had before: the pack's job is a newer one.
        if (jobExpected && (lastJob = PrintService::lastJobId(name)) < 0)
            return fail(tr("Cannot print on \"%1\": the print service at %2 does not answer.")
                            .arg(shown, DisplayText::plain(PrintService::server())));
    }
    if (!printer->isValid())
        return fail(tr("Cannot print on \"%1\": the printer is not ready.").arg(shown));
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true); // the layout draws its own margins, as on the PDF
    printer->setResolution(PaperDpi);
    // The job's title names the pack and when it was sent: print services that file jobs by
    // title (a PDF printer) never put one job over another, and the job is found by it.
    // CUPS renames a job whose title has a control character, or is longer than its name
    // limit, "Untitled", and the job would then not be found: the title keeps printable
    // characters only and stays well under the limit (120 UTF-8 bytes before the stamp).
    const auto printable = [](const QString &text) {
        QString out;
        for (const QChar ch : text) {
            if (ch.isPrint() && ch.category() != QChar::Other_Format)
                out += ch;
        }
        return out.simplified();
    };
    QString named = printable(
        c.options.cover ? c.labels.title + QStringLiteral(" - ") + c.tenant.name
                        : (c.sections.isEmpty() ? c.labels.title : c.sections.first().title));
    while (named.toUtf8().size() > 120)
        named.chop(named.size() >= 2 && named.at(named.size() - 1).isLowSurrogate() ? 2 : 1);
    const QString title =
        named + QStringLiteral(" ") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    printer->setDocName(title);
    printer->setCreator(QStringLiteral("Dealix Executive Desktop " DEALIX_VERSION));
    int pages = 0;
    const Progress counting = [&pages, &progress](int done, int total) {
        pages = total;
        return progress ? progress(done, total) : true;
    };
    if (!paint(c, printer, error, counting))
        return false;
    if (printer->printerState() == QPrinter::Error)
        return fail(tr("The print service did not accept the job for \"%1\".").arg(shown));
    // QPrinter says nothing of what the print service did with the pages (Qt's CUPS engine
    // ignores cupsPrintFile's answer): the job is looked for, by its title, among the newer.
    int jobId = 0;
    bool unconfirmed = false;
    if (jobExpected) {
        const QString refused = PrintService::lastError(); // QPrinter's submission's, if any
        jobId = PrintService::findJob(name, title, lastJob);
        if (jobId < 0 && !refused.isEmpty())
            return fail(tr("The print service did not accept the job for \"%1\": %2")
                            .arg(shown, DisplayText::plain(refused, 1000)));
        if (jobId < 0)
            return fail(tr("The pages were sent to \"%1\", but the print service does not "
                           "answer to confirm the job: look at the printer's queue before "
                           "printing again.")
                            .arg(shown));
        // No job, and the print service reported no error on the submission: a scheduler
        // that keeps no finished jobs (PreserveJobHistory No) may have printed and forgotten
        // it already. Said as sent, without a job number; never "not accepted", which would
        // have the pack printed twice.
        if (jobId == 0 && !refused.isEmpty())
            return fail(tr("The print service did not accept the job for \"%1\": %2")
                            .arg(shown, DisplayText::plain(refused, 1000)));
        unconfirmed = jobId == 0;
    }
    if (receipt) {
        receipt->jobId = jobId;
        receipt->pages = pages;
        receipt->paused = queue.paused;
        const QString copies = Format::integer(std::max(1, printer->copyCount()));
        receipt->message =
            jobId > 0 ? tr("Sent to the printer \"%1\" as job %2 (%n page(s), copies: %3).",
                           nullptr, pages)
                            .arg(shown, jobNumber(jobId), copies)
                      : tr("Sent to the printer \"%1\" (%n page(s), copies: %2).", nullptr, pages)
                            .arg(shown, copies);
        if (queue.paused) {
            const QString why =
                !queue.message.isEmpty() ? queue.message : Format::list(queue.reasons);
            receipt->message += QLatin1Char(' ') +
                                (why.isEmpty() ? tr("The printer is paused; the job waits in its "
                                                    "queue until the printer is resumed.")
                                               : tr("The printer is paused (%1); the job waits in "
                                                    "its queue until the printer is resumed.")
                                                     .arg(DisplayText::plain(why, 1000)));
        }
        if (unconfirmed)
            receipt->message +=
                QLatin1Char(' ') + tr("The print service no longer lists the job (it may keep no "
                                      "record of finished jobs), so its number is not known.");
    }
    return true;
}

bool BoardPack::writePdf(const Content &c, const QString &path, QString *error,
                         const Progress &progress)
{
    AtomicFile::Output file(path);
    if (!file.open(error))
        return false;
    bool painted = false;
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(PaperDpi);
        writer.setTitle(c.options.cover
                            ? c.labels.title + QStringLiteral(" — ") +
                                  DisplayText::isolate(c.tenant.name)
                            : (c.sections.isEmpty() ? QString() : c.sections.first().title));
        writer.setCreator(QStringLiteral("Dealix Executive Desktop " DEALIX_VERSION));
        // PDF/A-1b for board archives: Qt writes the XMP metadata (part 1, conformance B), an
        // sRGB output intent and embeds every font; it does not validate the result.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        painted = paint(c, &writer, error, progress);
    }
    if (!painted) {
        file.cancel();
        return false;
    }
    // Every write, the flush and the sync are checked before the rename; the file must also be
    // a whole PDF: it ends with the trailer's end-of-file mark.
    return file.commit(error, [](const QString &written) {
        QFile f(written);
        if (!f.open(QIODevice::ReadOnly) || f.size() < 64)
            return tr("the PDF is incomplete (%L1 bytes).").arg(f.size());
        f.seek(f.size() - 32);
        if (!f.read(32).contains("%%EOF"))
            return tr("the PDF is incomplete (no end-of-file mark).");
        return QString();
    });
}

QString BoardPack::incompleteNotice(const Content &c)
{
    if (c.failedSections.isEmpty())
        return {};
    return tr("Incomplete pack: these sections could not be computed — %1")
        .arg(Format::clauses(c.failedSections));
}

QString BoardPack::partialRefusal(const Content &c, const QString &path)
{
    if (c.failedSections.isEmpty() || path.isEmpty() || path == QLatin1String("-") ||
        AtomicFile::isSpecial(path) || !QFileInfo::exists(path))
        return {};
    return tr("Not written: %1 is kept, because these sections could not be computed: %2. "
              "--allow-partial replaces it with a pack whose cover names them.")
        .arg(DisplayText::plain(path), Format::clauses(c.failedSections));
}

QByteArray BoardPack::html(const Content &c)
{
    const QString dir = c.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">")
             .arg(c.rightToLeft ? QStringLiteral("ar") : QStringLiteral("en"), dir);
    h += QStringLiteral("<title>%1</title>")
             .arg((c.options.cover ? c.labels.title + QStringLiteral(" — ") +
                                         DisplayText::isolate(c.tenant.name)
                                   : c.sections.value(0).title)
                      .toHtmlEscaped());
    // The same pack for e-mail and for print engines that read CSS paged media.
    h +=
        paperCss(
            QStringLiteral(
                "<style>"
                "@page { size: A4; margin: 22mm 16mm; "
                "@top-left { content: string(section); font: 8pt 'Noto Sans', 'Noto Sans Arabic'; "
                "color: @MUTED@; } "
                "@top-right { content: '%1'; font: bold 8pt 'Noto Sans', 'Noto Sans Arabic'; "
                "color: "
                "@CRITICAL@; } "
                "@bottom-center { content: '%2'; font: 8pt 'Noto Sans', 'Noto Sans Arabic'; } } "
                "@page :first { @top-left { content: none; } @top-right { content: none; } "
                "@bottom-center { content: none; } } "
                "body { font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 10pt; "
                "color: @INK@; } "
                "h1 { string-set: section content(); font-size: 17pt; color: @HEADING@; "
                "page-break-before: always; } "
                "h2 { font-size: 13pt; color: @HEADING@; } "
                ".cover { text-align: center; } .cover .class { color: @CRITICAL@; font-weight: "
                "bold; "
                "font-size: 14pt; } "
                ".cards { display: flex; flex-wrap: wrap; gap: 2.5mm; } "
                ".card { border: 1px solid @FRAME@; padding: 2mm; width: 38mm; page-break-inside: "
                "avoid; } "
                ".card .value { font-size: 14pt; font-weight: bold; white-space: nowrap; } .card "
                ".detail { font-size: "
                "7.5pt; } "
                "@STATES@"
                ".banner { border: 1px solid; padding: 3mm; font-weight: bold; font-size: 12pt; } "
                "figure.chart { margin: 0 0 2.5mm 0; page-break-inside: avoid; } "
                "figure.chart svg { width: 100%; height: auto; } "
                "table { border-collapse: collapse; width: 100%; font-size: 8.5pt; } thead { "
                "display: "
                "table-header-group; } "
                "th { background: @HEADERFILL@; text-align: start; padding: 1.2mm; } td { padding: "
                "1.2mm; "
                "border-bottom: 1px solid @RULE@; } "
                "td.num, th.num { text-align: end; white-space: nowrap; } tr { page-break-inside: "
                "avoid; } .note { "
                "font-style: italic; font-size: 8pt; } "
                ".toc a::after { content: leader('.') target-counter(attr(href), page); } "
                "</style></head><body>"))
            .arg(c.options.classification.toHtmlEscaped().replace(QLatin1Char('\''),
                                                                  QStringLiteral("\\'")),
                 (c.labels.pageFormat.isEmpty() ? tr("page %1 of %2") : c.labels.pageFormat)
                     .arg(QStringLiteral("' counter(page) '"),
                          QStringLiteral("' counter(pages) '")));
    if (c.options.cover) {
        h +=
            QStringLiteral(
                "<div class=\"cover\"><p class=\"class\">%1</p><h2 style=\"font-size:28pt\">%2</h2>"
                "<p style=\"font-size:20pt\">%3</p><p "
                "style=\"font-size:18pt\">%4</p><p>%5</p><p>%6</p><p>%7</p></div>")
                .arg(c.options.classification.toHtmlEscaped(), c.labels.title.toHtmlEscaped(),
                     c.tenant.nameAr.toHtmlEscaped(), c.tenant.name.toHtmlEscaped(),
                     c.labels.figuresAsOf.toHtmlEscaped(), c.labels.gregorian.toHtmlEscaped(),
                     c.labels.hijri.toHtmlEscaped());
        if (const QString notice = incompleteNotice(c); !notice.isEmpty())
            h += QStringLiteral("<p class=\"banner %1 incomplete\">%2</p>")
                     .arg(UiStates::key(UiState::Critical), notice.toHtmlEscaped());
        for (const QString &warning : c.sourceWarnings)
            h += QStringLiteral("<p class=\"banner %1 source\">%2</p>")
                     .arg(UiStates::key(UiState::Warning), warning.toHtmlEscaped());
        h += QStringLiteral("<h1>%1</h1><ul class=\"toc\">").arg(c.labels.contents.toHtmlEscaped());
        for (qsizetype i = 0; i < c.sections.size(); ++i)
            h += QStringLiteral("<li><a href=\"#s%1\">%2</a></li>")
                     .arg(i)
                     .arg(c.sections.at(i).title.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    for (qsizetype i = 0; i < c.sections.size(); ++i) {
        const PrintSection &s = c.sections.at(i);
        h += QStringLiteral("<section><h1 id=\"s%1\">%2</h1>").arg(i).arg(s.title.toHtmlEscaped());
        for (const PrintBlock &b : s.blocks) {
            switch (b.kind) {
            case PrintBlock::Kind::Heading:
                h += QStringLiteral("<h2>%1</h2>").arg(b.text.toHtmlEscaped());
                break;
            case PrintBlock::Kind::Paragraph:
                h += QStringLiteral("<p>%1</p>").arg(b.text.toHtmlEscaped());
                break;
            case PrintBlock::Kind::Banner:
                h += QStringLiteral("<p class=\"banner %1\">%2</p>")
                         .arg(UiStates::key(b.state), b.text.toHtmlEscaped());
                break;
            case PrintBlock::Kind::Kpis:
                h += QStringLiteral("<div class=\"cards\">");
                for (const PrintKpi &k : b.kpis) {
                    QString detail = k.detail;
                    if (!k.stateWord.isEmpty())
                        detail = detail.isEmpty() ? k.stateWord
                                                  : k.stateWord + Format::separator() + detail;
                    h += QStringLiteral(
                             "<div class=\"card %1\"><div>%2</div><div "
                             "class=\"value\">%3</div><div class=\"detail\">%4</div></div>")
                             .arg(UiStates::key(k.state), k.caption.toHtmlEscaped(),
                                  k.value.toHtmlEscaped(),
                                  detail.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                 QStringLiteral("<br>")));
                }
                h += QStringLiteral("</div>");
                break;
            case PrintBlock::Kind::Chart:
                // The same drawing as on paper, as inline SVG; the table that follows holds
                // the exact figures.
                h += QStringLiteral("<figure class=\"chart\">%1</figure>")
                         .arg(QString::fromUtf8(PageLayout::chartSvg(b.chart, c.rightToLeft)));
                break;
            case PrintBlock::Kind::Table: {
                // The same columns as on paper: none that is empty in every row.
                const PrintBlock shown = [&b] {
                    PrintBlock copy = b;
                    copy.table = b.table.withoutEmptyColumns();
                    return copy;
                }();
                h += QStringLiteral("<table><thead><tr>");
                for (qsizetype col = 0; col < shown.table.headers.size(); ++col)
                    h += QStringLiteral("<th%1>%2</th>")
                             .arg(shown.table.numericColumns.contains(int(col))
                                      ? QStringLiteral(" class=\"num\"")
                                      : QString(),
                                  shown.table.headers.at(col).toHtmlEscaped());
                h += QStringLiteral("</tr></thead><tbody>");
                for (qsizetype r = 0; r < shown.table.rows.size(); ++r) {
                    const QStringList &row = shown.table.rows.at(r);
                    h += QStringLiteral("<tr>");
                    for (qsizetype col = 0; col < shown.table.headers.size(); ++col) {
                        QString attributes = shown.table.numericColumns.contains(int(col))
                                                 ? QStringLiteral(" class=\"num\"")
                                                 : QString();
                        const QColor background = shown.table.cellColours.value(r).value(col);
                        if (background.isValid())
                            attributes += QStringLiteral(" style=\"background:%1;color:%2\"")
                                              .arg(background.name(),
                                                   StatePalette::textOn(background).name());
                        h += QStringLiteral("<td%1>%2</td>")
                                 .arg(attributes, row.value(col).toHtmlEscaped());
                    }
                    h += QStringLiteral("</tr>");
                }
                h += QStringLiteral("</tbody></table>");
                if (!shown.table.note.isEmpty())
                    h += QStringLiteral("<p class=\"note\">%1</p>")
                             .arg(shown.table.note.toHtmlEscaped());
                break;
            }
            }
        }
        h += QStringLiteral("</section>");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

bool BoardPack::writeHtml(const Content &c, const QString &path, QString *error)
{
    return AtomicFile::write(path, html(c), error);
}
