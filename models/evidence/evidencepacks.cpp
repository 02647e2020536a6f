#include "models/evidence/evidencepacks.h"
#include "models/core/displaytext.h"
#include "models/source/restwrites.h"

#include "models/core/csvwriter.h"
#include "models/core/pythonjson.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString Table = QStringLiteral("evidence_packs");

// The select list over either evidence_packs shape: each field from the first column this
// source has, NULL (and noted as missing) when it has none.
struct PackColumns {
    QString select;
    QString typeColumn;
    QString statusColumn;
    QStringList missing;
};

PackColumns packColumns(const Session &session)
{
    const SchemaInfo &schema = session.schema();
    const SqlDialect sql(session);
    PackColumns c;
    auto first = [&](const QStringList &names, bool required) -> QString {
        for (const QString &n : names) {
            if (schema.hasColumn(Table, n))
                return QStringLiteral("p.") + n;
        }
        if (required)
            c.missing << names.first();
        return QString();
    };
    auto text = [](const QString &col) {
        return col.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("cast(%1 as text)").arg(col);
    };
    const QString title = first(
        {QStringLiteral("title"), QStringLiteral("title_en"), QStringLiteral("title_ar")}, true);
    const QString titleAr = first({QStringLiteral("title_ar")}, false);
    c.typeColumn = first({QStringLiteral("pack_type"), QStringLiteral("decision_type")}, true);
    c.statusColumn = first({QStringLiteral("status")}, true);
    const QString entityType = first({QStringLiteral("entity_type")}, false);
    const QString entityId = first({QStringLiteral("entity_id")}, false);
    const QString reviewer =
        first({QStringLiteral("reviewed_by_id"), QStringLiteral("approved_by_id")}, false);
    const QString reviewedAt =
        first({QStringLiteral("reviewed_at"), QStringLiteral("approved_at")}, false);
    const QString assembler = first({QStringLiteral("assembled_by_id")}, false);
    const QString contents = first({QStringLiteral("contents")}, true);
    const QString metadata =
        first({QStringLiteral("pack_metadata"), QStringLiteral("metadata")}, false);
    const QString hash = first({QStringLiteral("hash_signature")}, true);
    auto userName = [&](const QString &col) {
        return col.isEmpty() ? QStringLiteral("NULL")
                             : sql.userName(col, QStringLiteral("p.tenant_id"));
    };
    c.select =
        QStringLiteral("select p.id, %1, %2, %3, %4, %5, %6, p.created_at, %7, %8, %9, %10, %11, "
                       "%12, %13 from evidence_packs p")
            .arg(text(title), text(titleAr),
                 c.typeColumn.isEmpty() ? QStringLiteral("NULL") : sql.lowerText(c.typeColumn),
                 c.statusColumn.isEmpty() ? QStringLiteral("NULL") : sql.lowerText(c.statusColumn),
                 text(entityType), text(entityId),
                 reviewedAt.isEmpty() ? QStringLiteral("NULL") : reviewedAt, userName(reviewer),
                 userName(assembler), text(contents), text(metadata))
            .arg(text(reviewer), text(hash));
    return c;
}

EvidencePack readPack(const QSqlQuery &q, const PackColumns &cols)
{
    EvidencePack p;
    p.id = Session::readId(q.value(0));
    p.title = q.value(1).toString();
    p.titleAr = q.value(2).toString();
    p.packType = q.value(3).toString();
    p.status = q.value(4).toString();
    p.entityType = q.value(5).toString();
    p.entityId = q.value(6).toString();
    p.createdAt = Session::readTime(q.value(7));
    p.reviewedAt = Session::readTime(q.value(8));
    p.reviewedBy = q.value(9).toString();
    p.assembledBy = q.value(10).toString();
    if (!q.value(11).isNull())
        p.contents = q.value(11).toString().toUtf8();
    if (!q.value(12).isNull())
        p.metadata = q.value(12).toString().toUtf8();
    if (p.reviewedBy.isEmpty())
        p.reviewedBy = q.value(13).toString(); // the reviewer's id when the user is gone
    p.storedHash = q.value(14).toString().trimmed();
    p.verify();
    if (cols.missing.contains(QLatin1String("contents"))) {
        // Nothing to hash: say so rather than hash a NULL that is not there.
        p.computedHash.clear();
        p.hashedText.clear();
        p.integrity = EvidencePack::Integrity::Unreadable;
        p.integrityNote = EvidencePack::tr("this source's evidence_packs has no contents column");
    }
    return p;
}

} // namespace

QJsonValue EvidencePack::jsonOf(const QByteArray &text)
{
    if (text.isNull())
        return QJsonValue();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(text);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

void EvidencePack::verify()
{
    QByteArray dumped;
    QString error;
    if (!PythonJson::dumpsText(contents.isNull() ? QByteArrayView("null")
                                                 : QByteArrayView(contents),
                               &dumped, &error)) {
        computedHash.clear();
        hashedText.clear();
        integrity = Integrity::Unreadable;
        integrityNote = error;
        return;
    }
    computedHash = PythonJson::sha256Hex(dumped);
    hashedText = dumped;
    integrityNote.clear();
    if (storedHash.isEmpty())
        integrity = Integrity::Unsigned;
    else
        integrity = storedHash == computedHash ? Integrity::Valid : Integrity::Altered;
}

QString EvidencePack::integrityId(Integrity i)
{
    switch (i) {
    case Integrity::Valid:
        return QStringLiteral("valid");
    case Integrity::Altered:
        return QStringLiteral("altered");
    case Integrity::Unsigned:
        return QStringLiteral("unsigned");
    case Integrity::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

QString EvidencePack::integrityText() const
{
    switch (integrity) {
    case Integrity::Valid:
        return tr("Valid: the contents hash to the stored signature.");
    case Integrity::Altered:
        return tr("Altered: the contents no longer match the stored signature.");
    case Integrity::Unsigned:
        return tr("Not signed: no hash was recorded for this pack.");
    case Integrity::Unreadable:
        break;
    }
    return tr("Cannot be verified: %1").arg(integrityNote);
}

QJsonObject EvidencePack::verification() const
{
    QJsonObject v{{QStringLiteral("valid"), integrity == Integrity::Valid},
                  {QStringLiteral("stored_hash"),
                   storedHash.isEmpty() ? QJsonValue() : QJsonValue(storedHash)},
                  {QStringLiteral("computed_hash"),
                   computedHash.isEmpty() ? QJsonValue() : QJsonValue(computedHash)},
                  {QStringLiteral("integrity"), integrityId(integrity)}};
    if (integrity == Integrity::Unreadable)
        v.insert(QStringLiteral("reason"), integrityNote);
    else if (integrity == Integrity::Unsigned)
        v.insert(QStringLiteral("reason"), QStringLiteral("no_hash_signature"));
    return v;
}

QJsonObject EvidencePack::toJson(bool withContents) const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("title_ar"), orNull(titleAr)},
                  {QStringLiteral("pack_type"), orNull(packType)},
                  {QStringLiteral("status"), orNull(status)},
                  {QStringLiteral("hash_signature"), orNull(storedHash)},
                  {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
                  {QStringLiteral("reviewed_by"), orNull(reviewedBy)},
                  {QStringLiteral("reviewed_at"), reviewedAt.isValid()
                                                      ? QJsonValue(reviewedAt.toString(Qt::ISODate))
                                                      : QJsonValue()},
                  {QStringLiteral("verification"), verification()}};
    if (withContents) {
        // The stored JSON as it is (QJsonDocument keeps its structure for the export).
        o.insert(QStringLiteral("contents"), EvidencePack::jsonOf(contents));
        // The exact text whose SHA-256 is computed_hash (json.dumps(contents, sort_keys=True)),
        // so that anyone can re-hash it; "contents" above is for reading.
        o.insert(QStringLiteral("hashed_text"),
                 hashedText.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(hashedText)));
        o.insert(QStringLiteral("metadata"), EvidencePack::jsonOf(metadata));
        o.insert(QStringLiteral("entity_type"), orNull(entityType));
        o.insert(QStringLiteral("entity_id"), orNull(entityId));
        o.insert(QStringLiteral("assembled_by"), orNull(assembledBy));
    }
    return o;
}

const QStringList &EvidencePackList::packTypes()
{
    static const QStringList types = {
        QStringLiteral("deal_closure"), QStringLiteral("compliance_audit"),
        QStringLiteral("quarterly_review"), QStringLiteral("incident_response"),
        QStringLiteral("board_report")};
    return types;
}

const QStringList &EvidencePackList::statuses()
{
    static const QStringList s = {QStringLiteral("assembling"), QStringLiteral("ready"),
                                  QStringLiteral("reviewed"), QStringLiteral("archived")};
    return s;
}

bool EvidencePackList::compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                               EvidencePackList *out, QString *error)
{
    if (session.isRest())
        return computeRest(session, filter, asOf, out, error);
    if (!session.schema().hasTable(Table)) {
        if (error)
            *error = tr("Not available from this source (no evidence_packs table).");
        return false;
    }
    EvidencePackList l;
    l.filter = filter;
    l.provenance = Provenance::start(session, asOf);
    const SqlDialect sql(session);
    const PackColumns cols = packColumns(session);
    l.missingColumns = cols.missing;
    BoundQuery q;
    q << cols.select;
    const QString tenant = q.bind(session.tenantId()); // bound in placeholder order
    const QString by = q.bind(sql.timeKey(l.provenance.asOf));
    q << QStringLiteral(" where p.tenant_id = %1 and %2")
             .arg(tenant, sql.existedBy(QStringLiteral("p.created_at"), by));
    if (!filter.type.isEmpty() && !cols.typeColumn.isEmpty())
        q << QStringLiteral(" and %1 = %2")
                 .arg(sql.lowerText(cols.typeColumn), q.bind(filter.type.toLower()));
    if (!filter.status.isEmpty() && !cols.statusColumn.isEmpty())
        q << QStringLiteral(" and %1 = %2")
                 .arg(sql.lowerText(cols.statusColumn), q.bind(filter.status.toLower()));
    q << QStringLiteral(" order by (p.created_at is null), p.created_at desc, p.id");
    l.provenance.queries << q.sql();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!q.exec(query, error))
        return false;
    while (query.next()) {
        const EvidencePack p = readPack(query, cols);
        l.count(p);
        l.packs.append(p);
    }
    if (!BoundQuery::finished(query, error))
        return false;
    *out = l;
    return true;
}

bool EvidencePackList::load(const Session &session, const QString &id, EvidencePack *out,
                            QString *error, bool *notFound)
{
    if (session.isRest())
        return loadRest(session, id, out, error, notFound);
    if (notFound)
        *notFound = false;
    if (!session.schema().hasTable(Table)) {
        if (error)
            *error = tr("Not available from this source (no evidence_packs table).");
        return false;
    }
    auto missing = [&] {
        if (notFound)
            *notFound = true;
        if (error)
            *error = tr("No evidence pack %1.").arg(DisplayText::plain(id));
        return false;
    };
    if (session.isPostgres() && QUuid(id).isNull())
        return missing();
    const PackColumns cols = packColumns(session);
    BoundQuery q;
    q << cols.select;
    const QString tenant = q.bind(session.tenantId());
    const QString packId = q.bind(id);
    q << QStringLiteral(" where p.tenant_id = %1 and p.id = %2").arg(tenant, packId);
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    if (!query.next())
        return BoundQuery::finished(query, error) ? missing() : false;
    *out = readPack(query, cols);
    return true;
}

QJsonObject EvidencePackList::toJson() const
{
    QJsonArray list;
    for (const EvidencePack &p : packs)
        list.append(p.toJson(false));
    QJsonObject prov = provenance.toJson();
    prov.insert(QStringLiteral("missing_columns"), QJsonArray::fromStringList(missingColumns));
    prov.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("pack_type"), filter.type},
                                                      {QStringLiteral("status"), filter.status}});
    return {{QStringLiteral("packs"), list},
            {QStringLiteral("total"), list.size()},
            {QStringLiteral("integrity"), QJsonObject{{QStringLiteral("valid"), valid},
                                                      {QStringLiteral("altered"), altered},
                                                      {QStringLiteral("unsigned"), unsignedCount},
                                                      {QStringLiteral("unreadable"), unreadable}}},
            {QStringLiteral("provenance"), prov}};
}

QByteArray EvidencePackList::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_ar"),
                QStringLiteral("pack_type"), QStringLiteral("status"), QStringLiteral("created_at"),
                QStringLiteral("reviewed_by"), QStringLiteral("reviewed_at"),
                QStringLiteral("hash_signature"), QStringLiteral("computed_hash"),
                QStringLiteral("integrity")});
    for (const EvidencePack &p : packs)
        csv.addRow({p.id, p.title, p.titleAr, p.packType, p.status,
                    p.createdAt.toString(Qt::ISODate), p.reviewedBy,
                    p.reviewedAt.isValid() ? p.reviewedAt.toString(Qt::ISODate) : QString(),
                    p.storedHash, p.computedHash, EvidencePack::integrityId(p.integrity)});
    return csv.data();
}

EvidencePackReviewer::Result EvidencePackReviewer::review(const Session &session,
                                                          const QString &packId,
                                                          const TenantActor &actor,
                                                          const QDateTime &atTime)
{
    auto result = [](Outcome o, const QString &message) {
        Result r;
        r.outcome = o;
        r.message = message;
        return r;
    };
    if (session.isRest()) {
        const RestWrites::Result r = RestWrites::reviewPack(session, packId);
        Result out = result(RestWrites::outcome<Outcome>(r), r.message);
        out.status = r.status;
        return out;
    }
    if (actor.id.isEmpty() || !WriteBack::deciderRoles().contains(actor.role))
        return result(Outcome::PermissionDenied,
                      tr("Reviewing needs a user with role owner, admin or manager."));
    const SchemaInfo &schema = session.schema();
    const QString reviewer = schema.hasColumn(Table, QStringLiteral("reviewed_by_id"))
                                 ? QStringLiteral("reviewed_by_id")
                             : schema.hasColumn(Table, QStringLiteral("approved_by_id"))
                                 ? QStringLiteral("approved_by_id")
                                 : QString();
    const QString reviewedAt =
        schema.hasColumn(Table, QStringLiteral("reviewed_at"))   ? QStringLiteral("reviewed_at")
        : schema.hasColumn(Table, QStringLiteral("approved_at")) ? QStringLiteral("approved_at")
                                                                 : QString();
    if (reviewer.isEmpty() || reviewedAt.isEmpty() ||
        !schema.hasColumn(Table, QStringLiteral("status")))
        return result(Outcome::Failed, tr("This source's evidence_packs cannot record a review "
                                          "(no reviewer, review time or status column)."));
    const QDateTime at = (atTime.isValid() ? atTime : QDateTime::currentDateTimeUtc()).toUTC();
    WriteTransaction tx(session.database());
    if (!tx.isOpen())
        return result(Outcome::Failed, tx.errorString());
    QSqlDatabase &db = tx.database();
    // Read and verify inside the transaction: what is reviewed is what was verified.
    EvidencePack pack;
    QString error;
    bool notFound = false;
    if (!EvidencePackList::load(session, packId, &pack, &error, &notFound))
        return result(notFound ? Outcome::NotFound : Outcome::Failed, error);
    if (pack.integrity != EvidencePack::Integrity::Valid)
        return result(Outcome::Unverified, tr("Not reviewed: %1").arg(pack.integrityText()));
    // Write the status back in the form the column already uses (native enums hold
    // upper-case names; other shapes may hold lower case).
    BoundQuery form;
    const QString idMark = form.bind(packId);
    const QString tenantMark = form.bind(session.tenantId());
    form << QStringLiteral("select cast(status as text) from evidence_packs where id = %1 and "
                           "tenant_id = %2")
                .arg(idMark, tenantMark);
    QSqlQuery formQuery(db);
    if (!form.exec(formQuery, &error) || !formQuery.next())
        return result(Outcome::Failed, error);
    const QString stored = formQuery.value(0).toString();
    const QString reviewed =
        stored == stored.toUpper() ? QStringLiteral("REVIEWED") : QStringLiteral("reviewed");
    const SqlDialect sql(session);
    BoundQuery update;
    const QString s = update.bind(reviewed);
    const QString by = update.bind(actor.id);
    const QString when = update.bind(Session::timeText(at));
    const QString upd = update.bind(Session::timeText(at));
    const QString id = update.bind(packId);
    const QString tenant = update.bind(session.tenantId());
    const QString hash = update.bind(pack.storedHash);
    const QString contents = update.bind(QString::fromUtf8(pack.contents));
    // Guarded twice: not reviewed or archived meanwhile, and still exactly what was verified
    // (the same signature and the same contents), so an altered pack is never signed off.
    update << QStringLiteral("update evidence_packs set status = %1, %2 = %3, %4 = %5, updated_at "
                             "= %6 where id = %7 and tenant_id = %8 and %9 not in ('REVIEWED', "
                             "'ARCHIVED') and hash_signature = %10 and coalesce(cast(contents as "
                             "text), '') = %11")
                  .arg(s, reviewer, by, reviewedAt, when, upd, id, tenant,
                       sql.upperText(QStringLiteral("status")))
                  .arg(hash, contents);
    QSqlQuery q(db);
    if (!update.exec(q, &error))
        return result(Outcome::Failed, error);
    if (q.numRowsAffected() == 0) {
        // Reviewed (or archived) by someone else meanwhile: say by whom and when, as it is now.
        EvidencePack now;
        if (EvidencePackList::load(session, packId, &now, &error))
            pack = now;
        if (pack.status != QLatin1String("reviewed") && pack.status != QLatin1String("archived"))
            return result(Outcome::Conflict, tr("The pack changed while it was being reviewed; "
                                                "nothing was recorded. Verify it again."));
        Result r = result(Outcome::Conflict, QString());
        r.status = pack.status;
        r.reviewedBy = pack.reviewedBy;
        r.reviewedAt = pack.reviewedAt;
        r.message = pack.status == QLatin1String("archived")
                        ? tr("The pack is archived.")
                        : tr("Already reviewed by %1 at %2.")
                              .arg(pack.reviewedBy.isEmpty() ? tr("someone else")
                                                             : DisplayText::plain(pack.reviewedBy),
                                   pack.reviewedAt.toString(Qt::ISODate));
        return r;
    }
    const QJsonObject changes{
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("status"), pack.status}}},
        {QStringLiteral("after"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("reviewed")}}},
        {QStringLiteral("hash_signature"), pack.storedHash},
        {QStringLiteral("verified"), true},
        {QStringLiteral("actor_email"), actor.email}};
    if (!WriteBack::insertAudit(db, session, actor.id, QStringLiteral("evidence_pack.review"),
                                QStringLiteral("evidence_pack"), packId, changes, at, &error))
        return result(Outcome::Failed, error);
    if (!tx.commit(&error))
        return result(Outcome::Failed, error);
    Result r = result(Outcome::Done, tr("Reviewed."));
    r.status = QStringLiteral("reviewed");
    r.reviewedBy = actor.name;
    r.reviewedAt = at;
    return r;
}

void EvidencePackList::count(const EvidencePack &p)
{
    switch (p.integrity) {
    case EvidencePack::Integrity::Valid:
        ++valid;
        break;
    case EvidencePack::Integrity::Altered:
        ++altered;
        break;
    case EvidencePack::Integrity::Unsigned:
        ++unsignedCount;
        break;
    case EvidencePack::Integrity::Unreadable:
        ++unreadable;
        break;
    }
}
