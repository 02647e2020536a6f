#pragma once

#include "models/approvals/approvalqueue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// One approval request in context: what a decider reads before approving or rejecting it
// (README "Approval Center"). Read in one go for the selected request (read(), on any thread
// with its own session), shown by the detail pane through sections() (every number, date and
// code already in words of the current language), and printable the same way.
//
// Every part says when it could not be had: a resource row that is missing, of another tenant,
// unreadable, or of a type the app does not read; a payload that is not JSON; a history that
// could not be read; what the Dealix API does not give. Never a silent blank.
struct ApprovalDetail {
    Q_DECLARE_TR_FUNCTIONS(ApprovalDetail)
public:
    // How a part was had.
    enum class State {
        Found,        // read
        NotFound,     // the source has no such row in this tenant
        NotReadable,  // the read failed (why says it)
        NotAvailable, // this source or this type cannot give it (why says it)
    };
    // The resource the request is about: its own record.
    struct Resource {
        State state = State::NotFound;
        QString why;   // for anything but Found: one translated sentence
        QString title; // deal_title (strategic deal), title (deal, evidence pack)
        QString titleAr;
        // The value in hundredths of its currency (halalas for SAR); empty when the record has
        // none. valueText: the stored value as read (Money::fromDecimalText); valueError: why it
        // is not an amount, when it is not one (said, never 0).
        std::optional<qint64> valueMinor;
        QString valueText;
        QString valueError;
        QString currency;    // "SAR" for strategic deals; deals.currency (SAR when empty)
        QString counterpart; // target_company_name, else the target profile's company_name
        QString stage;       // raw code: strategic_deals.status, deals.stage, evidence status
        QString dealType;    // raw code: strategic_deals.deal_type, evidence_packs.pack_type
    };
    // payload.approval_packet (Dealix's ApprovalPacket).
    struct Packet {
        bool present = false;
        QString action;        // raw code, e.g. "proceed_strategic_deal"
        QString actionClass;   // "B"
        QString riskSummary;   // free text
        QString reversibility; // raw code: reversible | partially_reversible | irreversible
        QString priority;      // raw code
        std::optional<qint64> slaHours;
    };
    // payload._dealix_sla: Dealix's escalation bookkeeping.
    struct Sla {
        bool present = false;
        std::optional<qint64> level; // 0 within … 3 escalated to senior management
        std::optional<double> ageHours;
        std::optional<double> warnHours;
        std::optional<double> breachHours;
        QDateTime updatedAt;
    };
    struct Person {
        State state = State::NotFound; // NotFound: no such user in this tenant
        QString id;
        QString name;   // full_name
        QString nameAr; // full_name_ar
        QString email;
    };

    ApprovalQueue::Item item; // the queue row (status, times, note, deadline…)
    QString resourceTypeRead; // the table the resource was looked up in; empty when none
    Resource resource;
    State payloadState = State::Found;
    QString payloadWhy;
    QString category; // payload.category, else the queue's category
    Packet packet;
    Sla sla;
    Person requester;
    Person reviewer; // state NotFound with an empty id: not reviewed
    State historyState = State::Found;
    QString historyWhy;
    QList<ApprovalQueue::AuditEntry> history; // oldest first, the latest HistoryLimit
    bool historyTruncated = false;            // older entries exist beyond the limit

    // The history is bounded: the latest 50 entries of the request.
    static constexpr int HistoryLimit = 50;

    // Reads everything for item (a row of the queue) from session: the resource by
    // (resource_type, resource_id) in the session's tenant only, the payload, the requester and
    // reviewer, and the request's audit history. Each part fails on its own (its State).
    static ApprovalDetail read(const Session &session, const ApprovalQueue::Item &item);

    // What the detail pane shows, in the current language.
    struct Field {
        QString label;
        QString value;        // plain text (data strings isolated)
        QString tooltip;      // the raw code where the value is a label, else empty
        bool missing = false; // the value says why something is not there
    };
    struct Section {
        QString title;
        QList<Field> fields;
    };
    // zone: the tenant's time zone (dates); now: the instant the SLA is measured against.
    QList<Section> sections(const QTimeZone &zone, const QDateTime &now) const;
    // "SAR 1,000,000.50" / "١٬٠٠٠٬٠٠٠٫٥٠ ر.س", or the other currency's code.
    static QString amountText(qint64 minor, const QString &currency);
    // The name a person is shown by: the Arabic name in Arabic when there is one, else the
    // name, else the e-mail, else the id.
    static QString personName(const Person &p);
};
