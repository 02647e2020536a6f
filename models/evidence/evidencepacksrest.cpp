// The Evidence Pack Viewer over a Dealix server (README "Sources: the Dealix REST API").
#include "models/core/pythonjson.h"
#include "models/evidence/evidencepacks.h"
#include "models/source/restbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace {

QString packPath(const QString &id, const QString &tail = QString())
{
    return QStringLiteral("evidence-packs/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), tail);
}

// Any JSON value as compact text (QJsonDocument holds only arrays and objects).
QByteArray jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Fills the pack from its detail and the server's verification. The integrity is the server's
// verdict; the app re-hashes the contents it received and says in notes where it differs.
// False with the message on a wrong shape; *notFound when the server has no such pack.
bool fillPack(const RestReply &detail, const RestReply &verify, EvidencePack *p, QString *error,
              bool *notFound, QStringList *notes)
{
    for (const RestReply *r : {&detail, &verify}) {
        if (!r->ok()) {
            if (notFound)
                *notFound = r->error == RestReply::Error::NotFound;
            if (error)
                *error = r->errorString;
            return false;
        }
    }
    const QString detailRoute = packPath(p->id);
    const QString verifyRoute = packPath(p->id, QStringLiteral("/verify"));
    QString shape;
    const std::optional<QJsonObject> d = RestJson::body(detail, &shape, detailRoute);
    const std::optional<QJsonObject> v = RestJson::body(verify, &shape, verifyRoute);
    if (!d || !v) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader dr(detailRoute);
    const RestJson::Reader vr(verifyRoute);
    p->title = dr.text(*d, QStringLiteral("title")).value_or(QString());
    p->titleAr = dr.textOrNull(*d, QStringLiteral("title_ar")).value_or(QString());
    p->packType = dr.text(*d, QStringLiteral("pack_type")).value_or(QString()).toLower();
    p->status = dr.text(*d, QStringLiteral("status")).value_or(QString()).toLower();
    const std::optional<QString> signature = dr.textOrNull(*d, QStringLiteral("hash_signature"));
    if (!d->contains(QStringLiteral("contents")))
        dr.fail(EvidencePack::tr("contents is missing"));
    const QJsonValue contents = d->value(QStringLiteral("contents"));
    const std::optional<bool> valid = vr.boolean(*v, QStringLiteral("valid"));
    if (valid && !*valid && v->contains(QStringLiteral("reason"))) {
        // {valid: false, reason: "pack_not_found"}: the pack went between the two requests.
        const QString reason = vr.text(*v, QStringLiteral("reason")).value_or(QString());
        if (vr.ok() && dr.ok()) {
            if (notFound)
                *notFound = reason == QLatin1String("pack_not_found");
            if (error)
                *error = EvidencePack::tr("%1: the server could not verify it (%2)")
                             .arg(verifyRoute, reason);
            return false;
        }
    }
    const std::optional<QString> stored = vr.textOrNull(*v, QStringLiteral("stored_hash"));
    const std::optional<QString> computed = vr.textOrNull(*v, QStringLiteral("computed_hash"));
    for (const RestJson::Reader *r : {&dr, &vr}) {
        if (!r->ok()) {
            if (error)
                *error = r->error();
            return false;
        }
    }
    p->contents = jsonText(contents);
    p->storedHash = stored->isEmpty() ? signature.value_or(QString()) : *stored;
    p->computedHash = *computed;
    p->integrityNote.clear();
    if (p->storedHash.isEmpty())
        p->integrity = EvidencePack::Integrity::Unsigned;
    else
        p->integrity = *valid ? EvidencePack::Integrity::Valid : EvidencePack::Integrity::Altered;
    // The app's own check of what it received: json.dumps(contents, sort_keys=True) hashed.
    const QByteArray dumped = PythonJson::dumps(contents.isUndefined() ? QJsonValue() : contents);
    const QString own = PythonJson::sha256Hex(dumped);
    if (own == p->computedHash) {
        p->hashedText = dumped;
    } else {
        p->hashedText.clear();
        notes->append(
            EvidencePack::tr("pack %1: the app's re-hash of the contents it received (%2) differs "
                             "from the server's computed hash (%3); the server's verdict is shown "
                             "(a number's written form can change in transit)")
                .arg(p->id, own, p->computedHash));
    }
    return true;
}

} // namespace

bool EvidencePackList::computeRest(const Session &session, const Filter &filter,
                                   const QDateTime &asOf, EvidencePackList *out, QString *error)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    EvidencePackList l;
    l.filter = filter;
    l.provenance = Provenance::start(session, asOf);
    const QString route = QStringLiteral("evidence-packs/");
    QUrlQuery query;
    if (!filter.type.isEmpty())
        query.addQueryItem(QStringLiteral("pack_type"), filter.type.toLower());
    const RestReply reply = session.restGet(route, query);
    l.provenance.rest.add(reply);
    QString shape;
    const std::optional<QJsonObject> body = RestJson::body(reply, &shape, route);
    if (!body) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader list(route);
    const QJsonArray items = list.array(*body, QStringLiteral("packs"));
    QList<EvidencePack> packs;
    for (int i = 0; list.ok() && i < int(items.size()); ++i) {
        const std::optional<QJsonObject> o = list.objectAt(items, QStringLiteral("packs"), i);
        if (!o)
            break;
        const RestJson::Reader r = list.item(QStringLiteral("packs"), i);
        EvidencePack p;
        p.id = r.text(*o, QStringLiteral("id")).value_or(QString());
        p.title = r.text(*o, QStringLiteral("title")).value_or(QString());
        p.titleAr = r.textOrNull(*o, QStringLiteral("title_ar")).value_or(QString());
        p.packType = r.text(*o, QStringLiteral("pack_type")).value_or(QString()).toLower();
        p.status = r.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        p.storedHash = r.textOrNull(*o, QStringLiteral("hash_signature")).value_or(QString());
        p.createdAt = RestBatch::time(r, *o, QStringLiteral("created_at"),
                                      QStringLiteral("packs[%1].created_at").arg(i), true);
        // The id goes into the detail's path: one that could step to another route fails.
        if (const QString unsafe = restUnsafeId(p.id); r.ok() && !unsafe.isEmpty())
            r.fail(QStringLiteral("packs[%1].id: %2").arg(i).arg(unsafe));
        if (!r.ok())
            break;
        // As the SQL viewer: created by as-of, of the type and status asked for.
        if (p.createdAt.isValid() && p.createdAt > l.provenance.asOf)
            continue;
        if (!filter.type.isEmpty() && p.packType != filter.type.toLower())
            continue;
        if (!filter.status.isEmpty() && p.status != filter.status.toLower())
            continue;
        packs.append(p);
    }
    if (!list.ok()) {
        if (error)
            *error = list.error();
        return false;
    }
    // Each pack's detail (its contents) and the server's verification, all at once.
    QList<RestBatch::Request> requests;
    for (const EvidencePack &p : std::as_const(packs))
        requests << RestBatch::Request{packPath(p.id), {}}
                 << RestBatch::Request{packPath(p.id, QStringLiteral("/verify")), {}};
    const QList<RestReply> replies = RestBatch::get(session, requests);
    for (const RestReply &r : replies)
        l.provenance.rest.add(r);
    QStringList notes;
    for (qsizetype i = 0; i < packs.size(); ++i) {
        EvidencePack &p = packs[i];
        const QDateTime created = p.createdAt;
        if (!fillPack(replies.at(2 * i), replies.at(2 * i + 1), &p, error, nullptr, &notes))
            return false;
        p.createdAt = created; // the detail does not carry it
        l.count(p);
    }
    std::stable_sort(packs.begin(), packs.end(), [](const EvidencePack &a, const EvidencePack &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id < b.id;
    });
    l.packs = packs;
    l.provenance.rest.serverComputed
        << tr("integrity: checked by the Dealix server (/evidence-packs/{id}/verify: its stored "
              "and computed hashes); the app re-hashes the contents the server sent and agrees "
              "unless said below")
        << notes;
    l.provenance.rest.unavailable << tr(
        "entity, metadata, assembler and reviewer of each pack: not available over the "
        "Dealix API: the pack's detail does not carry them");
    *out = l;
    return true;
}

bool EvidencePackList::loadRest(const Session &session, const QString &id, EvidencePack *out,
                                QString *error, bool *notFound, RestTrace *trace)
{
    if (notFound)
        *notFound = false;
    if (const QString unsafe = restUnsafeId(id); !unsafe.isEmpty()) {
        if (notFound)
            *notFound = true; // as a pack that does not exist (exit 4), without a request
        if (error)
            *error = unsafe;
        return false;
    }
    const QList<RestReply> replies = RestBatch::get(
        session, {{packPath(id), {}}, {packPath(id, QStringLiteral("/verify")), {}}});
    if (trace)
        for (const RestReply &r : replies)
            trace->add(r);
    EvidencePack p;
    p.id = id;
    QStringList notes;
    if (!fillPack(replies.at(0), replies.at(1), &p, error, notFound, &notes))
        return false;
    if (trace)
        trace->serverComputed << notes;
    *out = p;
    return true;
}
