#pragma once

#include "models/compliance/compliancechecks.h"
#include "models/source/provenance.h"

#include <QCoreApplication>
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
    Provenance provenance;

    static const QStringList &frameworks(); // board order: pdpl, nca, zatca, sdaia, sector
    static QString frameworkName(const QString &framework);
    static QString statusText(const QString &status);
    static QString riskText(const QString &risk);
    static bool compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                        ComplianceMatrix *out, QString *error);
    static bool history(const Session &session, const QString &controlId, int limit,
                        QList<ScanRecord> *out, QString *error);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};
