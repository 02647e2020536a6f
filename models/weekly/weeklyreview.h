#pragma once

#include "models/core/period.h"
#include "models/executive/executivesnapshot.h"
#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The value type of the Weekly Review (`weekly-review`): Dealix's ExecWeeklyPack for the Saudi
// work week (Sunday 00:00 to the next Sunday 00:00, tenant time zone) containing the as-of
// time, against the week before, computed from timestamps (README "Rules: Figures").
struct WeeklyReview {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReview)
public:
    enum class Unit { Count, Money };

    // One row of the change table.
    struct Metric {
        QString key; // e.g. "deals_won_value"; the JSON key
        Unit unit = Unit::Count;
        bool higherIsBetter = true;
        bool available = true;
        bool failed = false; // could not be computed (an error), not merely absent from the source
        QString unavailableReason;
        QString failureCause; // when failed: the bare cause (failures() names it once)
        // Not available over the Dealix API: unavailableReason says why (shown as it is).
        bool overApi = false;
        qint64 thisWeek = 0; // count, or halalas
        qint64 lastWeek = 0;
        qint64 change() const { return thisWeek - lastWeek; }
        QString label() const; // translated
    };
    // A decision the executive must take: a critical/high pending approval or an active
    // critical contradiction.
    struct Decision {
        QString type; // "approval" | "contradiction"
        QString id;
        // The machine title kept in the JSON and CSV: "resource_type · category" (codes), or
        // claim A ↔ claim B.
        QString title;
        QString priority;     // approval priority or contradiction severity, lower case
        QDateTime since;      // created_at
        QDateTime deadline;   // approvals: SLA deadline
        QString resourceType; // approvals: approval_requests.resource_type, as stored
        QString category;     // approvals: payload.category (else the queue's), as stored
        // The title for people: an approval's resource type and category in the label
        // catalogue's words joined by Format::joined ("Strategic deal · General"); a
        // contradiction's claims as stored.
        QString titleText() const;
    };

    TimeRange week;
    TimeRange previousWeek;
    QDateTime asOf;
    QDateTime generatedAt;
    QString source;
    TenantInfo tenant;
    QList<Metric> metrics;
    QString overallRag; // red | amber | green
    QStringList ragReasons;
    QList<Decision> decisionsRequired;
    QStringList riskSummary;
    QStringList blockers;
    QStringList completedThisWeek;
    QStringList plannedNextWeek;
    qint64 synergyActual = 0; // halalas: revenue actual (all time), as Dealix's weekly pack
    // halalas: revenue forecast (all time): Dealix's synergy_target_sar is the forecast, not a
    // target; kept in the JSON under Dealix's key, shown as "forecast".
    qint64 synergyTarget = 0;
    int nonNumericValues = 0;  // SAR deals of the two weeks whose value is text, NaN: not added
    int negativeValues = 0;    // SAR deals of the two weeks with a negative value: not added
    QStringList failedParts;   // "decisions_required: cause" for parts that could not be read
    ExecutiveSnapshot current; // the as-of state the RAG and risks are read from
    QStringList queries;       // provenance: every statement run
    // Over the Dealix API (README "Sources: the Dealix REST API"): the request, the server's
    // rules and what it cannot serve; its week name ("2026-W48": year and week number, Monday
    // first, UTC), which is not the app's Sunday-to-Sunday week; the pack's people update; and,
    // when the server has no weekly pack at all, why (then nothing else is filled).
    RestTrace rest;
    QString serverWeekOf;
    QString peopleUpdate;
    QString unavailableReason;
    bool fromRest = false;
    bool overRest() const { return fromRest; }

    const Metric *metric(const QString &key) const;
    // The local date of the week's Sunday (ExecWeeklyPack.week_of).
    QDate weekOf() const;

    // live: the compliance checks for the same tenant and as-of; the RAG then reads each
    // control's live result where the check can assess it (null: the stored status only).
    // current: the all-time Executive snapshot for the same tenant and as-of, already computed
    // (a board pack computes it once for this and the Executive Room); null: computed here.
    static bool compute(const Session &session, const QDateTime &asOf, WeeklyReview *out,
                        QString *error, const ComplianceLive *live = nullptr,
                        const ExecutiveSnapshot *current = nullptr);
    // The same from a Dealix server (compute() calls it): /executive-room/weekly-pack, the
    // server's ExecWeeklyPack as it sends it; the week-on-week changes are not available (the
    // server keeps no history). A server without the route (Line B) leaves the review not
    // available with that reason, not an error.
    static bool computeRest(const Session &session, const QDateTime &asOf, WeeklyReview *out,
                            QString *error);
    // Everything that could not be computed, "what: cause": the snapshot's failed sections,
    // failed metrics and parts. The export fails (exit 3) when it is not empty.
    QStringList failures() const;
    QJsonObject toJson() const;
    QByteArray toCsv() const;

private:
    // The change table's rows, empty, in order (one definition for both sources).
    static QList<Metric> metricDefinitions();
    QJsonObject restJson() const;
};
