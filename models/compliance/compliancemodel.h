#pragma once

#include "models/compliance/compliancematrix.h"
#include "models/core/uistate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

// The dashboard's table: a heading row per framework (its name and counts), then its controls.
// Each control shows its stored status ("Dealix records") and, once the live checks have run,
// their result ("Data shows") beside it, marked "≠" with the reason where the two disagree.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ControlColumn,
        StatusColumn, // what Dealix records
        LiveColumn,   // what the data shows (the live check), marked where it disagrees
        RiskColumn,
        OwnerColumn,
        LastCheckedColumn,
        RemediationColumn,
        ColumnCount
    };
    explicit ComplianceModel(QObject *parent = nullptr);
    void setMatrix(const ComplianceMatrix &matrix);
    void setResults(const QList<CheckResult> &results);
    const ComplianceControl *control(int row) const; // null on a heading row
    const CheckResult *result(const QString &controlId) const;
    bool disagrees(int row) const; // the live result contradicts the stored status
    bool isHeading(int row) const;
    int rowOf(const QString &controlId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void retranslate();

    static QString nameOf(const ComplianceControl &c); // Arabic name in an Arabic UI
    static UiState stateOf(const QString &status);

private:
    struct Row {
        QString framework; // heading rows
        int count = 0;
        int compliant = 0;
        int control = -1; // index into m_controls
    };
    QList<ComplianceControl> m_controls;
    QList<Row> m_rows;
    QHash<QString, CheckResult> m_results;
    QTimeZone m_zone; // the tenant's: dates are shown in it
};
