#pragma once

#include "models/compliance/compliancechecks.h"
#include "models/compliance/compliancelive.h"
#include "models/core/result.h"
#include "models/source/provenance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ComplianceControl {
    QString rowId;
    QString controlId;
    QString name;
    QString nameAr;
    QString framework; // lower case: pdpl, nca, zatca, sdaia, sector_specific (or as stored)
    QString status;    // lower case: compliant, partial, non_compliant, not_applicable
    QString risk;      // lower case: critical, high, medium, low
    QString owner;
    QString evidenceSource;
    QString remediationPlan;
    QDateTime lastChecked;
    QJsonObject lastResult; // the last check's evidence, when written
};

// One stored check result (compliance_scan_results), for a control's history.
struct ScanRecord {
    QDateTime checkedAt;
    QString status;
    QString checkedBy;
    QJsonObject evidence;
};

// The value type of the Saudi Compliance Dashboard (`compliance`): the tenant's controls
// grouped by framework, with the header figures of the metric dictionary over all controls
// (rate, score, posture) and the list filtered by framework, status and risk.
struct ComplianceMatrix {
    Q_DECLARE_TR_FUNCTIONS(ComplianceMatrix)
public:
    struct Filter {
        QString framework; // empty: all
        QString status;
        QString risk;
    };
    Filter filter;
    QList<ComplianceControl> controls; // filtered, by framework then control id
    int total = 0;                     // all controls (unfiltered)
    int compliant = 0;
    int partial = 0;
    int nonCompliant = 0;
    int notApplicable = 0;
    double rate = 0;   // 100 × compliant ÷ total, 1 decimal
    double score = -1; // 100 × (compliant + ½ partial) ÷ (total − n/a); -1: none applicable
    QString posture;   // at_risk | partial | compliant | unknown
    // The live checks as of the same time, when they ran (ComplianceLive::ran), and the figures
    // over the live results (a control the checks cannot assess keeps its stored status).
    ComplianceLive live;
    CompliancePosture livePosture;
    QStringList disagreeing; // all controls (unfiltered) whose stored status the data contradicts
    Provenance provenance;
    // Over the Dealix API: the server's own /posture as it sends it (compared with the figures
    // above in provenance.rest), or why it could not be read.
    struct ServerPosture {
        bool available = false;
        QString failure; // "Could not be computed: …"
        qint64 total = 0, compliant = 0, nonCompliant = 0, partial = 0;
        double rate = 0;
        QString posture;
    };
    ServerPosture serverPosture;

    static const QStringList &frameworks(); // board order: pdpl, nca, zatca, sdaia, sector
    static QString frameworkName(const QString &framework);
    static QString statusText(const QString &status);
    static QString riskText(const QString &risk);
    static QString postureText(const QString &posture); // At risk, Partial, Compliant, Unknown
    // "N controls: records disagree with the data" (empty when none).
    static QString disagreementText(int count);
    // The posture as recorded, and as the data shows when the two differ: "Partial (records)
    // · At risk (data)". live empty: the checks did not run.
    static QString postureBothWays(const QString &stored, const QString &live);
    // live: the checks' results for the same tenant and time (may be null or not run: then only
    // the stored status is known and the JSON's live keys are null).
    static bool compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                        ComplianceMatrix *out, QString *error,
                        const ComplianceLive *live = nullptr);
    // Attaches (or replaces) the live results; recomputes the live figures and disagreements.
    void setLive(const ComplianceLive &live);
    // The same from a Dealix server (compute() calls it): /compliance/matrix/ and /posture at
    // once. The figures are computed by the app from the controls the server lists (the
    // dictionary's rate and score); the server's own /posture is compared and said. The live
    // checks are not available over the API and are never attached.
    static bool computeRest(const Session &session, const Filter &filter, const QDateTime &asOf,
                            ComplianceMatrix *out, QString *error);
    // Over the Dealix API: the controls of /compliance/matrix/ (every control, unfiltered), or
    // why not ("…: controls[3].status is missing"). Shared with the Risk Heatmap.
    static Result<QList<ComplianceControl>> readRestControls(const RestReply &reply);
    bool overRest() const { return !provenance.rest.isEmpty(); }
    static bool history(const Session &session, const QString &controlId, int limit,
                        QList<ScanRecord> *out, QString *error);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
    // The live check of that control failed (its disagreement is unknown, not "no").
    bool failedCheck(const QString &controlId) const;

private:
    // Sorts the controls, computes the figures over all of them and keeps the filtered list.
    void fill(QList<ComplianceControl> all);
    QJsonObject restJson(QJsonArray controls) const;
    QList<std::pair<QString, QString>> m_stored; // every control (unfiltered): id, stored status
};
