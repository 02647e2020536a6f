#pragma once

#include "models/approvals/approvalsla.h"
#include "models/compliance/compliancelive.h"
#include "models/core/period.h"
#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The value type of the Executive Room (`executive-room`): the KPI snapshot of one tenant as
// of a time, computed as README "Rules: Figures" defines it, with one aggregate pass per table.
// Money is in whole halalas; deals in other currencies are counted, never added to SAR.
struct ExecutiveSnapshot {
    Q_DECLARE_TR_FUNCTIONS(ExecutiveSnapshot)
public:
    // Every section knows whether its table was there and how it was computed.
    struct Section {
        bool available = true;
        // Set with available = false when the section could not be computed (an SQL error, a
        // sum outside the exact range), as opposed to a table this source does not have: the
        // export then fails (exit 3) and screen and paper say "Could not be computed: cause".
        bool failed = false;
        QString unavailableReason; // "table deals is not in this source", or the cause
        QString failureCause;      // when failed: the bare cause (failures() names it once)
        QString query;
        qint64 rows = 0; // rows the aggregate read
        // Over the Dealix API: the section's JSON keys the server does not serve (null in the
        // JSON, empty in the CSV, never 0), with the reason in RestTrace::unavailable.
        QStringList notServed;
    };
    struct Revenue : Section {
        qint64 actual = 0;        // halalas: closed_won in the period, SAR
        qint64 pipeline = 0;      // halalas: open deals now, SAR
        qint64 forecastCenti = 0; // hundredths of a halala: actual + Σ value × probability/100
        int won = 0;              // closed_won in the period, any currency
        int lost = 0;             // closed_lost in the period, any currency
        int open = 0;             // open deals now, any currency
        int nullValues = 0;       // won-in-period or open deals without a value
        int nonNumericValues = 0; // … SAR deals whose value is text, NaN or infinite: not added
        int negativeValues = 0;   // … SAR deals with a negative value: not added
        int badProbabilities = 0; // open SAR deals whose probability is not 0–100: not weighted
        QMap<QString, int> otherCurrencies; // currency -> won-in-period or open deals not in SAR
        std::optional<double> winRate;      // 1 decimal; null without closed deals
        // Dealix's own variance_percent, kept for compatibility: 100 × (actual − forecast) /
        // forecast. The forecast contains the actual, so it is never good news: it is in the
        // JSON only, never shown as "the" variance on screen or paper.
        std::optional<double> variancePercent; // 1 decimal; null when forecast is 0
        // Σ revenue targets of the months of the period (RevenueForecast::readTargets); null
        // when none is set (or the source has no revenue_targets).
        std::optional<qint64> target;
        std::optional<double> actualVsTargetPercent; // 100 × (actual − target) / target
        // The forecast of the period alone, in hundredths of a halala: the period's actual plus
        // the weighted open deals whose expected_close_date falls in the calendar month, quarter
        // or year the period names (RevenueForecast's month rule); for all time the forecast
        // itself. Null when the source has no expected_close_date column (a month, quarter or
        // year cannot be scoped then). Open deals without an expected close date fall in no
        // period: only all time takes them.
        std::optional<qint64> periodForecastCenti;
        // 100 × (period forecast − target) / target: what the "vs target" tile's colour follows.
        std::optional<double> forecastVsTargetPercent;
        QString targetQuery;
        // The previous period of the same kind — the whole calendar month, quarter or year
        // before the period's, in the tenant's zone — for the change shown with the actual and
        // the win rate (the two figures the dictionary scopes to a period by closing date; the
        // pipeline and the other sections are counts as of a time and have none). Same rules
        // as the period's own figures: closed_won SAR value, deals created by the as-of time.
        // Null for all time (it has no previous period) and over the Dealix API (which serves
        // none); previousUnavailable then says why.
        struct Previous {
            TimeRange range;
            qint64 actual = 0; // halalas
            int won = 0;
            int lost = 0;
            std::optional<double> winRate; // 1 decimal; null without closed deals
        };
        std::optional<Previous> previous;
        QString previousUnavailable;
        QString previousQuery;
        // 100 × (actual − previous actual) / previous actual, 1 decimal; null without a
        // previous period or when its actual is 0 (a change from nothing is no percentage).
        std::optional<double> actualChangePercent;
        // Win rate − previous win rate, in percentage points, 1 decimal; null when either is.
        std::optional<double> winRateChangePoints;
        qint64 forecast() const;                      // halalas, rounded half away from zero
        std::optional<qint64> periodForecast() const; // halalas, rounded half away from zero
    };
    struct Approvals : Section {
        int pending = 0;
        int warning = 0;              // pending, deadline in [T, T+4h)
        int breach = 0;               // pending, deadline < T
        bool enhancedColumns = false; // deadline from sla_deadline_at where set
    };
    struct Compliance : Section {
        int compliant = 0;
        int partial = 0;
        int nonCompliant = 0;
        int notApplicable = 0;
        int total = 0;
        QString posture;             // at_risk | partial | compliant | unknown (no controls)
        std::optional<double> rate;  // 100 × compliant / total
        std::optional<double> score; // 100 × (compliant + ½ partial) / (total − not_applicable)
        // Stored against live: every control's stored status, the live checks as of the same
        // time (when they ran), the figures over the live results (stored where a check cannot
        // assess) and the controls whose stored status the data contradicts.
        QList<std::pair<QString, QString>> controls; // control id, stored status (lower case)
        ComplianceLive live;
        // The counts, rate, score and posture from the controls' statuses (both sources).
        void setFigures(const CompliancePosture &p);
        CompliancePosture livePosture;
        QStringList disagreeing;
        void setLive(const ComplianceLive &l);
    };
    struct Connectors : Section {
        int healthy = 0; // status ok
        int degraded = 0;
        int error = 0;
        int unknown = 0;
        int disabled = 0;
        int notConfigured = 0; // a known connector without a row
        int registered = 0;    // rows
    };
    struct Contradictions : Section {
        int active = 0;   // detected or reviewing
        int critical = 0; // active and critical
    };
    struct StrategicDeals : Section {
        int active = 0;           // status not closed_won/closed_lost
        qint64 pipeline = 0;      // halalas: Σ estimated_value_sar of active
        int nonNumericValues = 0; // active deals whose estimated value is text, NaN: not added
        int negativeValues = 0;   // active deals with a negative estimated value: not added
    };
    struct EvidencePacks : Section {
        int ready = 0;
        int pendingReview = 0; // status assembling (the Dealix API's meaning)
    };
    // Over the Dealix API only: the server's own lists of /executive-room/risks and
    // /decisions-pending (type, severity, count, Arabic description), as it serves them.
    struct ServerItems : Section {
        struct Item {
            QString type;
            QString severity; // risks only
            qint64 count = 0;
            QString descriptionAr;
        };
        QList<Item> items;
        qint64 total = 0;
    };
    // Over the Dealix API only: /executive-room/forecast-vs-actual's revenue track and health.
    struct ForecastVsActual : Section {
        qint64 actual = 0;   // halalas
        qint64 forecast = 0; // halalas, the server's actual × 1.1
        std::optional<double> variancePercent;
        QString overallHealth; // on_track | at_risk, as the server says
    };

    Period period = Period::AllTime;
    TimeRange range;
    QDateTime asOf;
    QDateTime generatedAt;
    QString source;
    TenantInfo tenant;
    Revenue revenue;
    Approvals approvals;
    Compliance compliance;
    Connectors connectors;
    Contradictions contradictions;
    StrategicDeals strategicDeals;
    EvidencePacks evidencePacks;
    // Over the Dealix API (README "Sources: the Dealix REST API"): the requests, the figures the
    // server computed by its own rule, what it cannot serve; and its risks, pending decisions
    // and forecast-vs-actual. Empty / not queried for a database.
    RestTrace rest;
    ServerItems serverRisks;
    ServerItems serverDecisions;
    ForecastVsActual serverForecast;
    // Over the Dealix API: the snapshot's own approvals, compliance and connectors figures (by
    // the server's rules), kept beside the app's as server_snapshot in the JSON. The app
    // computes those three sections from /approval-center/, /compliance/matrix/ and
    // /connectors/governance by the dictionary's rules (the Approval Center's, the Compliance
    // Dashboard's and the Connector Board's own reading code).
    Approvals serverApprovals;
    Compliance serverCompliance;
    Connectors serverConnectors;
    bool overRest() const { return !rest.isEmpty(); }

    // SLA "warning" window before a deadline (README "Rules: Figures": 4 hours).
    static constexpr qint64 WarningWindowSec = ApprovalSla::WarningWindowSec;
    // Breach threshold when neither sla_deadline_at nor payload._dealix_sla says (24 hours).
    static constexpr double DefaultBreachHours = double(ApprovalSla::DefaultBreachHours);

    // Computes the snapshot; false only when the source itself failed (every section failed).
    // live: the compliance checks for the same tenant and as-of (null: stored status only).
    static bool compute(const Session &session, Period period, const QDateTime &asOf,
                        ExecutiveSnapshot *out, QString *error,
                        const ComplianceLive *live = nullptr);
    // The same from a Dealix server (compute() calls it for a REST session): the four
    // /executive-room routes, concurrently. Only all time: the server's snapshot covers all
    // time, so a month, quarter or year leaves the revenue section not available.
    static bool computeRest(const Session &session, Period period, const QDateTime &asOf,
                            ExecutiveSnapshot *out, QString *error);
    // /executive-room/risks (listKey "risks", risks = true) or /decisions-pending ("decisions")
    // read strictly into out; a failed reply or a wrong shape fails out with the message.
    static void readServerItems(const RestReply &reply, const QString &where,
                                const QString &listKey, bool risks, ServerItems *out);
    // "section: cause" for every section that could not be computed (Section::failed).
    QStringList failures() const;
    // The Dealix API's keys plus provenance.
    QJsonObject toJson() const;
    QByteArray toCsv() const;

private:
    void insertRest(QJsonObject *o) const;
};
