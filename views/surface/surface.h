#pragma once

#include "models/compliance/compliancelive.h"
#include "models/core/period.h"
#include "views/surface/backgroundlane.h"

#include <QByteArray>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class Session;
struct PrintSection;
struct ExecutiveSnapshot;

// What a surface is asked to export (CLI `export`, File ▸ Export).
struct ExportRequest {
    QString format = QStringLiteral("json"); // json | csv (pdf and html come with printing)
    QDateTime asOf;
    QString period; // surfaces with a period: month | quarter | year | all (default all)
    // The compliance live checks of this run, computed on first use and shared by every
    // section printed or exported from this request (copies of the request share them): the
    // compliance section, the Executive Room and the Weekly Review read one and the same result.
    // The result is immutable and each caller holds its own reference, so a thread still reading
    // it is never disturbed. Computed at most once per request, tenant and as-of time: a run that
    // was cancelled or failed is shared as such, never run again within the request.
    std::shared_ptr<const ComplianceLive> liveCompliance(const Session &session) const;
    // Checks already run for this request (set by the caller; used when it matches the tenant
    // and as-of time): null, computed on first use.
    std::shared_ptr<const ComplianceLive> compliance;
    // Test hooks: how many times the live checks were run for a request (every request), and a
    // function called between checks on the computing thread (done, total).
    static std::atomic_int liveComputations;
    static std::function<void(int, int)> betweenLiveChecks;
    // The Executive snapshot of range as of asOf (with the live checks above), computed on
    // first use and shared the same way: the Executive Room and the Weekly Review's RAG (all
    // time) read one computation. Thread-safe: sections of a board pack computed at the same
    // time on their own connections wait for the one computation instead of repeating it. A
    // failed computation is shared too (false, with its error).
    bool executiveSnapshot(const Session &session, Period range, ExecutiveSnapshot *out,
                           QString *error) const;
    // Set to stop: a section not started yet is not computed and the live checks stop between
    // checks (the board pack's Cancel).
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    struct Shared;
    std::shared_ptr<Shared> shared;
    ExportRequest();
};

// The one interface a surface registers through (README "Rules: Conventions"), so that the main
// window, the board pack and the command line iterate one list. The computation itself lives
// in models/<surface>/; this class wires its value type to a widget and to the exports.
class Surface
{
public:
    virtual ~Surface() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated when called
    virtual QIcon icon() const = 0;
    virtual QStringList exportFormats() const
    {
        return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"),
                QStringLiteral("html")};
    }
    // Computes the surface from the session and serialises it as json or csv.
    virtual bool exportData(const Session &session, const ExportRequest &request, QByteArray *out,
                            QString *error) const = 0;
    // Computes the surface and lays it out for paper (PDF, HTML, printer) in the current
    // language, from the same value type as the screen and the JSON.
    virtual bool printSection(const Session &session, const ExportRequest &request,
                              PrintSection *out, QString *error) const = 0;
    virtual class SurfaceWidget *createWidget(QWidget *parent) const = 0;
};

// The widget side of a surface: the main window hands it the session and asks it to refresh.
//
// The session/as-of plumbing lives here (m_session, m_asOf, setSession), and so does the
// background refresh (README "Architecture: threads"): a widget's refresh() calls runRefresh()
// with a compute function (runs on the widget's worker thread, on a connection of its own) and a
// show function (runs on the GUI thread with the value). While it runs, "Updating…" shows over
// the last figures; a newer refresh, or a setSession() with another session, source, tenant or
// as-of, cancels it (a cancelled result is never delivered).
class SurfaceWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SurfaceWidget(QWidget *parent = nullptr);
    ~SurfaceWidget() override;
    // The session may be null (no source connected); the widget then shows why. asOf invalid:
    // now. Widgets that reset more override it and call this first.
    virtual void setSession(const Session *session, const QDateTime &asOf);
    // Starts recomputing from the session and returns whether it could start. Widgets that
    // compute in the background return at once: refreshed(ok) follows when the figures (or the
    // error) are delivered on the GUI thread, and never for a cancelled or superseded refresh.
    // false: nothing was started; the reason is shown inline, kept as errorString(), and
    // refreshed(false) was emitted already.
    virtual bool refresh() = 0;
    virtual QString errorString() const { return m_error; }
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray &) {}

    const Session *session() const { return m_session; }
    QDateTime asOf() const { return m_asOf; }
    // A refresh has started and not yet been delivered nor cancelled.
    virtual bool isRefreshing() const;
    // The "Updating…" label shown over the last figures while a refresh runs, "Saving…" while a
    // write runs (for tests).
    QLabel *updatingIndicator() const { return m_updating; }
    // A write started by runWrite() over a Dealix server is under way.
    bool isWriting() const { return m_writing; }

signals:
    void refreshed(bool ok);
    // A write of runWrite() landed on the GUI thread (its outcome shown), or was dropped.
    void writeFinished();
    // A drill-down: the main window opens that surface if this build has it.
    void openSurfaceRequested(const QString &surfaceId);

protected:
    // Sets every visible text in the current language; called on LanguageChange (the language
    // switches at runtime, without a restart).
    virtual void retranslate() {}
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // True when session is open on a tenant; otherwise says so in banner, keeps it as the
    // error and emits refreshed(false).
    bool requireSource(const Session *session, class MessageBanner *banner);
    // Says error in banner (after a write's outcome kept there, see keepOutcome()), keeps it as
    // errorString(), emits refreshed(false); returns false.
    bool refreshFailed(class MessageBanner *banner, const QString &error);

    // Where runRefresh() shows a failure that has no handler of its own.
    void setRefreshBanner(class MessageBanner *banner) { m_refreshBanner = banner; }
    // Starts compute(session) on the worker thread and returns true (refresh()'s value). On the
    // GUI thread later, for the latest refresh only: with a value, m_error is cleared, show(value)
    // runs and refreshed(m_error.isEmpty()) is emitted; with an error, m_error holds it and
    // failed(error) runs if given (else the refresh banner shows it), then refreshed(false).
    // compute must capture values only (it runs on another thread with its own Session).
    // Requires an open session (call requireSource() first).
    template <typename T>
    bool runRefresh(std::function<Result<T>(const Session &)> compute,
                    std::function<void(const T &)> show,
                    std::function<void(const QString &)> failed = {})
    {
        startRefresh();
        m_lane->run<T>(
            *m_session, std::move(compute),
            [this, show = std::move(show), failed = std::move(failed)](const Result<T> &result) {
                finishRefresh();
                refreshLanded();
                if (result.ok()) {
                    m_error.clear();
                    show(result.value());
                    emit refreshed(m_error.isEmpty());
                    return;
                }
                if (!failed)
                    return void(refreshFailed(m_refreshBanner, result.error()));
                m_error = result.error();
                failed(result.error());
                emit refreshed(false);
            });
        return true;
    }
    // Cancels the refresh under way, if any (it is never delivered).
    void cancelRefresh();

    // A write-back (decide, review, disable, resolve) and what it says.
    struct WriteOutcome {
        bool ok = false;      // information when true, a warning otherwise
        QString message;      // one line, shown in the banner
        bool changed = false; // something was written
    };
    // The buttons that start a write: disabled while runWrite() runs one.
    void setWriteControls(const QList<QWidget *> &controls);
    // Says a write's outcome in banner and keeps it there over the refresh under way or the
    // next one (README "Writes and the refresh after them"): what that refresh says through
    // MessageBanner::showNotice() (its notice, its error; refreshFailed() does) follows the
    // outcome instead of replacing it. The outcome leaves the banner when a refresh starts after
    // that one has landed. Call it after starting the refresh that follows the write.
    void keepOutcome(class MessageBanner *banner, bool ok, const QString &outcome);
    // Runs write and, on the GUI thread, landed(outcome) (e.g. a refresh) then the outcome in
    // banner, kept over that refresh (keepOutcome()). Over a Dealix server the write is an HTTP
    // request that may take its full timeout: it runs on the widget's own write worker (a clone
    // session, as a refresh does) while the window stays responsive, "Saving…" shows over the
    // figures and in banner, the write controls are disabled; the returned outcome is that
    // "Saving…". Over SQL the statements are short and run at once on the GUI's own connection (its
    // transaction, its audit row): the returned outcome is the write's. write must capture values
    // only (it may run on another thread with its own Session).
    WriteOutcome runWrite(class MessageBanner *banner,
                          std::function<WriteOutcome(const Session &)> write,
                          std::function<void(const WriteOutcome &)> landed);

    const Session *m_session = nullptr;
    QDateTime m_asOf; // invalid: now
    QString m_error;

private:
    void startRefresh();
    void finishRefresh();
    void refreshLanded();
    void placeIndicator();
    void endWrite();

    std::unique_ptr<BackgroundLane> m_lane;
    std::unique_ptr<BackgroundLane> m_writeLane; // its own worker: a refresh never cancels a write
    QLabel *m_updating;
    bool m_writing = false;
    QList<QPointer<QWidget>> m_writeControls;
    QList<bool> m_writeEnabled; // their states before the write
    class MessageBanner *m_refreshBanner = nullptr;
    // The banner keeping a write's outcome (keepOutcome()), and whether a refresh has landed
    // since: the next refresh to start then releases it.
    QPointer<class MessageBanner> m_outcomeBanner;
    bool m_outcomeRefreshLanded = false;
};

// The registered surfaces, in board order.
class SurfaceRegistry
{
public:
    static SurfaceRegistry &instance();
    void add(std::unique_ptr<Surface> surface);
    const std::vector<std::unique_ptr<Surface>> &surfaces() const { return m_surfaces; }
    const Surface *find(const QString &id) const;
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<Surface>> m_surfaces;
};
