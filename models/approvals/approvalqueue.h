#pragma once

#include "models/core/result.h"
#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The Approval Center's queue read from approval_requests: filtered, ordered (priority critical →
// low, then oldest first, then id) and paged in SQL with a keyset cursor, so that a queue of
// 200k requests never loads whole. Priority, category, escalation level and SLA deadline come
// from the enhanced columns where set, else from payload (ApprovalSla).
class SqlDialect;
class BoundQuery;

class ApprovalQueue
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalQueue)
public:
    struct Filter {
        QString status = QStringLiteral("pending"); // pending | approved | rejected | all
        QString category;                           // empty: any
        QString priority;                           // empty: any
        QString slaState;                           // empty: any; within | warning | breach
        QString search; // free text over id, resource, category, channel, note
    };
    struct Item {
        QString id;
        QString priority;
        QString category;
        QString resourceType;
        QString resourceId;
        QString channel;
        QString requestedById;
        QDateTime createdAt;
        QVariant sortKey; // created_at exactly as the source orders it: the cursor's time part
        QDateTime deadline;
        int escalationLevel = 0;
        QString status;
        QString reviewedById;
        QDateTime reviewedAt;
        QString note;
        QJsonObject payload;
        // Why payload is empty although the row holds one (not a JSON object); empty otherwise.
        QString payloadError;
        int rank = 2; // 0 critical … 3 low
        // within | warning | breach | decided, as of now.
        QString slaState(const QDateTime &now) const;
    };
    // Where the next page starts (the last row's sort key).
    struct Cursor {
        int rank = -1;
        QVariant createdAt; // Item::sortKey, bound back as read (SqlDialect::timeKeyValue)
        QString id;
        bool isValid() const { return rank >= 0; }
    };
    struct Counters {
        int pending = 0;
        int warning = 0;
        int breach = 0;
    };
    struct AuditEntry {
        QDateTime at;
        QString user;
        QString action;
        QString changes; // JSON text
    };

    static const QStringList &priorities();
    static int rankOf(const QString &priority);

    // Pending as of T, with the SLA warning (deadline within 4 h) and breach counts.
    static bool counters(const Session &session, const QDateTime &asOf, Counters *out,
                         QString *error, QString *query = nullptr);
    // One page of the queue after cursor (invalid: the first page).
    // withPayload: also parse payload into Item::payload (the export); the queue model leaves it
    // out to keep 200k rows small and reads it per request for the detail pane.
    // statement: also the statement and its values as run (for EXPLAIN in the tests).
    static bool page(const Session &session, const Filter &filter, const QDateTime &asOf,
                     const Cursor &after, int limit, QList<Item> *out, QString *error,
                     bool withPayload = false, BoundQuery *statement = nullptr);
    // The request's payload; a failure (not an empty object) when it cannot be read.
    static Result<QJsonObject> payload(const Session &session, const QString &id);
    // A stored payload as an object: NULL or empty text is {} (none); anything that is not a
    // JSON object is a failure that says so (never a silent {}).
    static Result<QJsonObject> parsePayload(const QVariant &stored);
    static bool count(const Session &session, const Filter &filter, const QDateTime &asOf,
                      qint64 *total, QString *error);
    // The categories of the tenant's requests; a failure (not an empty list) when unreadable.
    static Result<QStringList> categories(const Session &session);
    // Display names of the tenant's users (full name, else e-mail), by id; a failure (not an
    // empty table) when unreadable.
    static Result<QHash<QString, QString>> userNames(const Session &session);
    // The request's history from audit_logs (entity approval_request, this tenant's rows and
    // users only): the latest `limit` entries, oldest first; truncated (optional) says whether
    // older ones exist beyond them.
    static bool history(const Session &session, const QString &id, QList<AuditEntry> *out,
                        QString *error, int limit = 50, bool *truncated = nullptr);
    static Cursor cursorOf(const Item &item);
    // The queue order as expressions over approval_requests' own columns (rank, creation time
    // never NULL, id as text): the page query orders by exactly these, and the index catalogue
    // builds its expression index from them (IndexAdvice "ix_approvals_queue_rank"), so that
    // the index serves the first page without a sort. Empty where no index can hold them (a
    // native PostgreSQL enum priority: its cast to text is not immutable).
    static QStringList orderKeys(const SchemaInfo &schema, const SqlDialect &sql);

    // Over a Dealix server (each function above calls it): GET /approval-center/?status=… (the
    // three statuses at once for "all"), filtered and put in queue order here; paging slices
    // that list. Each item's SLA deadline is its created_at (else the request time less
    // age_hours) plus the app's 24 h default: the API does not carry a request's own threshold.
    // The API lists the queue as it is now: an as-of in the past is not available.
    static bool restItems(const Session &session, const Filter &filter, const QDateTime &asOf,
                          QList<Item> *out, QString *error, RestTrace *trace = nullptr);
    // Where the SLA figures over REST come from, for provenance (one line, translated).
    static QString restSlaRule();
    // One answer of GET /approval-center/ read strictly into items (appended), each with its
    // app-computed deadline; false with the message on a failed reply or a wrong shape.
    static bool readRest(const RestReply &reply, QList<Item> *out, QString *error);
    // The pending items' counters by the app's SLA rule as of asOf: the Approval Center's
    // header and the Executive Room over the Dealix API count with this one function.
    static Counters restCounters(const QList<Item> &items, const QDateTime &asOf);
};
