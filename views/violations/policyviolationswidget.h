#pragma once

#include "models/violations/policyviolations.h"
#include "views/surface/surface.h"
#include "views/widgets/kanbanboard.h"

#include <QTimeZone>

class ActorPicker;
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
    // A contradiction's card: the claims as title, the severity's word on its chip, the type,
    // the sources, who detected it and when (in zone); every code through the catalogue.
    static KanbanBoard::Card card(const Violation &x, const QTimeZone &zone);

private:
    void retranslate() override;
    void showData();
    void showDetail();
    QTimeZone zone() const; // the tenant's

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
