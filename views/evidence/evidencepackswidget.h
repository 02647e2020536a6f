#pragma once

#include "models/evidence/evidencepacks.h"
#include "views/surface/surface.h"

class ActorPicker;
class EvidencePackModel;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

// The Evidence Pack Viewer: the list with type and status filters; the selected pack's
// integrity (both hashes), fields, contents as a JSON tree and metadata; review by an owner,
// admin or manager; the pack as PDF or JSON.
class EvidencePacksWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit EvidencePacksWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    // Selects a pack by id (false if it is not listed).
    bool selectPack(const QString &id);
    const EvidencePack *currentPack() const;
    // Marks the selected pack reviewed as the chosen user; returns the message shown.
    QString reviewSelected();
    bool exportPdf(const QString &path, QString *error) const;
    bool exportJson(const QString &path, QString *error) const;

    EvidencePackModel *model() const { return m_model; }
    QTreeWidget *contentsTree() const { return m_tree; }
    MessageBanner *integrityBanner() const { return m_integrity; }
    MessageBanner *banner() const { return m_banner; }
    ActorPicker *actorPicker() const { return m_actor; }
    QTableView *table() const { return m_table; }
    const EvidencePackList &list() const { return m_list; }

private:
    void retranslate() override;
    void showPack();
    void showList(const EvidencePackList &list);
    EvidencePackList::Filter filter() const;

    EvidencePackList m_list;
    EvidencePackModel *m_model;
    QLabel *m_title;
    QComboBox *m_type;
    QComboBox *m_status;
    QLabel *m_counts;
    MessageBanner *m_banner;
    QTableView *m_table;
    QLabel *m_packTitle;
    MessageBanner *m_integrity;
    QLabel *m_fields;
    QTreeWidget *m_tree;
    QLabel *m_actorLabel;
    ActorPicker *m_actor;
    QPushButton *m_review;
    QPushButton *m_pdf;
    QPushButton *m_json;
};
