#pragma once

#include "models/evidence/evidencepacks.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The Evidence Pack Viewer's list: one row per pack of an EvidencePackList.
class EvidencePackModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        TypeColumn,
        StatusColumn,
        CreatedColumn,
        IntegrityColumn,
        HashColumn,
        ColumnCount
    };
    explicit EvidencePackModel(QObject *parent = nullptr);
    void setList(const EvidencePackList &list);
    const EvidencePack *pack(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString typeText(const QString &type);     // translated pack type
    static QString statusText(const QString &status); // translated status
    static QString integrityWord(EvidencePack::Integrity i);
    // The pack's title in the current language (Arabic where present and the UI is Arabic).
    static QString titleOf(const EvidencePack &p);

private:
    QList<EvidencePack> m_packs;
    QTimeZone m_zone; // the tenant's: dates are shown in it
};
