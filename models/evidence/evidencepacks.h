#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"
#include "models/source/writeback.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// One evidence pack as stored, with its integrity checked the way Dealix checks it:
// SHA-256 (hex) of json.dumps(contents, sort_keys=True) against hash_signature.
struct EvidencePack {
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)
public:
    enum class Integrity {
        Valid,     // the stored hash is the hash of the contents
        Altered,   // it is not: contents changed after assembly (or the hash did)
        Unsigned,  // no hash was recorded
        Unreadable // the contents are not JSON (or the column is missing)
    };
    QString id;
    QString title;
    QString titleAr;
    QString packType; // lower case: deal_closure, compliance_audit, …
    QString status;   // lower case: assembling, ready, reviewed, archived (or another shape's)
    QString entityType;
    QString entityId;
    QDateTime createdAt;
    QDateTime reviewedAt;
    QString reviewedBy; // user name (or id if the user is gone)
    QString assembledBy;
    QByteArray contents; // the JSON text as the source returns it; null when NULL
    QByteArray metadata;
    QString storedHash;
    QString computedHash;
    QByteArray hashedText; // json.dumps(contents, sort_keys=True): what computedHash hashes
    Integrity integrity = Integrity::Unreadable;
    QString integrityNote; // why Unreadable

    // Computes computedHash and integrity from contents and storedHash. NULL contents hash as
    // Python's json.dumps(None), "null".
    void verify();
    static QString integrityId(Integrity i); // valid | altered | unsigned | unreadable
    QString integrityText() const;           // translated, one line
    // Stored JSON (contents, metadata) as a value: its structure when it parses, else the raw
    // text; null when NULL. For display and export only: hashes come from the text itself.
    static QJsonValue jsonOf(const QByteArray &text);
    // The Dealix verify shape: {valid, stored_hash, computed_hash} (+ integrity, reason).
    QJsonObject verification() const;
    // The Dealix list item (+ verification); with contents, the detail shape.
    QJsonObject toJson(bool withContents) const;
};

// The value type of the Evidence Pack Viewer (`evidence-packs`): the tenant's packs created by
// as-of, filtered by type and status, each verified. Copes with both evidence_packs shapes
// (pack_type/title/pack_metadata, or decision_type/title_en/metadata) and says which of the
// columns it needs are missing.
struct EvidencePackList {
    Q_DECLARE_TR_FUNCTIONS(EvidencePackList)
public:
    struct Filter {
        QString type;   // lower case; empty: all
        QString status; // lower case; empty: all
    };
    Filter filter;
    QList<EvidencePack> packs;
    int valid = 0;
    int altered = 0;
    int unsignedCount = 0;
    int unreadable = 0;
    // Adds a pack's integrity to the four counts above (both fillers).
    void count(const EvidencePack &p);
    QStringList missingColumns; // columns of evidence_packs this source lacks
    Provenance provenance;

    static const QStringList &packTypes();
    static const QStringList &statuses();
    static bool compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                        EvidencePackList *out, QString *error);
    // One pack of the tenant by id, verified. notFound is set when there is no such pack.
    static bool load(const Session &session, const QString &id, EvidencePack *out, QString *error,
                     bool *notFound = nullptr);
    // Over a Dealix server (compute() and load() call them): the list, then each pack's detail
    // and the server's /verify, concurrently; the server's verdict is kept, and the app re-hashes
    // the contents the server sent to compare (RestTrace says where they differ).
    static bool computeRest(const Session &session, const Filter &filter, const QDateTime &asOf,
                            EvidencePackList *out, QString *error);
    static bool loadRest(const Session &session, const QString &id, EvidencePack *out,
                         QString *error, bool *notFound = nullptr, RestTrace *trace = nullptr);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};

// Marks a pack reviewed (README "Rules: Writing back"): by an owner, admin or manager of the
// tenant, in one transaction with its audit row, guarded so that a pack already reviewed (or
// archived) is not reviewed again; an altered pack cannot be reviewed.
class EvidencePackReviewer
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackReviewer)
public:
    enum class Outcome { Done, NotFound, Conflict, PermissionDenied, Unverified, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;
        QString reviewedBy;
        QDateTime reviewedAt;
        QString status;
    };
    static Result review(const Session &session, const QString &packId, const TenantActor &actor,
                         const QDateTime &at = QDateTime());
};
