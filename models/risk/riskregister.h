#pragma once

#include "models/compliance/compliancelive.h"
#include "models/executive/executivesnapshot.h"
#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

struct ComplianceMatrix;

// One risk of the derived register, on the 5 × 5 grid.
struct RiskItem {
    QString kind;    // control | approval | contradiction | connector | register
    QString surface; // the surface that holds its source (compliance, approval-center, …)
    QString id;      // the source row's id (connector: its key)
    QString title;
    int impact = 1;     // 1–5
    int likelihood = 1; // 1–5
    QString why;        // the mapping applied, in words
    // Controls only: the status Dealix records, and whether the live check contradicts it.
    QString recorded = {}; // (initialised: brace initialisations may omit it)
    bool disagrees = false;
    int score() const { return impact * likelihood; }
};

// The value type of the Risk Heatmap (`risk-heatmap`): a register derived from live data —
// non-compliant and partial controls, approvals past SLA, active contradictions, connectors in
// error, and the open rows of the optional `risks` table — on a likelihood × impact grid, plus
// the Dealix heat map of controls by category × risk level. The mapping is written in
// riskregister.cpp and the README; bands: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical.
struct RiskRegister {
    Q_DECLARE_TR_FUNCTIONS(RiskRegister)
public:
    QList<RiskItem> risks;
    int cells[5][5] = {};                         // [likelihood-1][impact-1] counts
    QHash<QString, QHash<QString, int>> controls; // category -> risk level -> controls
    QStringList unavailable;                      // sources this database lacks
    // The compliance checks the controls were rated on (ran: false when none were given for
    // this tenant and time), and every control whose record they contradict (also a control
    // recorded failing that the data shows compliant, which is then no risk).
    ComplianceLive live;
    QStringList disagreeing;
    Provenance provenance;
    // Over the Dealix API (README "Sources: the Dealix REST API"): the server's own
    // /executive-room/risks (counts by type, not placed on the grid: the server rates no item),
    // and why its heat map could not be read when it could not (the controls then stand alone).
    ExecutiveSnapshot::ServerItems serverRisks;
    QString heatmapFailure;
    bool overRest() const { return !provenance.rest.isEmpty(); }

    static QString band(int score);               // low | medium | high | critical
    static QString bandText(const QString &band); // "Critical (15–25)", digits by the locale
    static QString bandName(const QString &band); // "Critical": the word in a heat map cell
    // The scales' names (1–5): Rare, Unlikely, Possible, Likely, Almost certain; Minor,
    // Moderate, Significant, Major, Severe.
    static QString likelihoodName(int likelihood);
    static QString impactName(int impact);
    static QString kindText(const QString &kind);
    // live: the compliance checks of this run (same tenant and as-of time; others are
    // ignored). A control the checks assess is rated on their result, otherwise on its record.
    static bool compute(const Session &session, const QDateTime &asOf, RiskRegister *out,
                        QString *error, const ComplianceLive *live = nullptr);
    // The same from a Dealix server (compute() calls it): the controls of /compliance/matrix/ on
    // the grid by the app's own mapping, the server's /risk-heatmap, and its
    // /executive-room/risks as it sends them, at once. What the API cannot place is said.
    static bool computeRest(const Session &session, const QDateTime &asOf, RiskRegister *out,
                            QString *error);
    QList<RiskItem> at(int likelihood, int impact) const;
    QJsonObject toJson() const;
    QByteArray toCsv() const;

private:
    void addControls(const ComplianceMatrix &m);
};
