#pragma once

#include "models/violations/policyviolations.h"
#include "views/surface/surface.h"

class ActorPicker;
class KanbanBoard;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// The Policy Violations Board: contradictions in columns by status, cards with severity (colour
// and word), claim A ↔ claim B and their sources; the selected one in full with its evidence;
// resolve or accept with a resolution text as an owner, admin or manager.
class PolicyViolationsWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit PolicyViolationsWidget(QWidget *parent = nullptr);
    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    bool select(const QString &id);
    // Resolves ("resolved") or accepts ("accepted") the selected one; returns the message shown.
    QString resolveSelected(const QString &status, const QString &resolution);

    KanbanBoard *board() const { return m_board; }
    ActorPicker *actorPicker() const { return m_actor; }
    QTextBrowser *detail() const { return m_detail; }
    const PolicyViolations &violations() const { return m_violations; }
    MessageBanner *banner() const { return m_banner; }

private:
    void retranslate() override;
    void showData();
    void showDetail();

    PolicyViolations m_violations;
    QString m_selected;
    QLabel *m_title;
    QLabel *m_counts;
    MessageBanner *m_banner;
    KanbanBoard *m_board;
    QTextBrowser *m_detail;
    QLineEdit *m_resolution;
    QLabel *m_actorLabel;
    ActorPicker *m_actor;
    QPushButton *m_resolve;
    QPushButton *m_accept;
};
