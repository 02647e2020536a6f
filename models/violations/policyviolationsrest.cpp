// The Policy Violations Board over a Dealix server (README "Sources: the Dealix REST API").
#include "models/source/restbatch.h"
#include "models/violations/policyviolations.h"

#include <QJsonArray>

bool PolicyViolations::computeRest(const Session &session, const QDateTime &asOf,
                                   PolicyViolations *out, QString *error)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    PolicyViolations v;
    v.provenance = Provenance::start(session, asOf);
    const QString listRoute = QStringLiteral("contradictions/");
    const QString statsRoute = QStringLiteral("contradictions/stats");
    const QList<RestReply> replies = RestBatch::get(session, {{listRoute, {}}, {statsRoute, {}}});
    for (const RestReply &r : replies)
        v.provenance.rest.add(r);
    for (const RestReply &r : replies) {
        if (!r.ok()) {
            if (error)
                *error = r.errorString;
            return false;
        }
    }
    for (const QString &s : statuses())
        v.columns.append({s, {}});
    v.columns.append({QStringLiteral("other"), {}});
    // The active contradictions, newest first as the SQL board orders them.
    QString shape;
    const std::optional<QJsonObject> body = RestJson::body(replies.at(0), &shape, listRoute);
    const std::optional<QJsonObject> s = RestJson::body(replies.at(1), &shape, statsRoute);
    if (!body || !s) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader list(listRoute);
    const QJsonArray items = list.array(*body, QStringLiteral("contradictions"));
    QList<Violation> found;
    for (int i = 0; list.ok() && i < int(items.size()); ++i) {
        const std::optional<QJsonObject> o =
            list.objectAt(items, QStringLiteral("contradictions"), i);
        if (!o)
            break;
        const RestJson::Reader r = list.item(QStringLiteral("contradictions"), i);
        Violation x;
        x.id = r.text(*o, QStringLiteral("id")).value_or(QString());
        x.sourceA = r.text(*o, QStringLiteral("source_a")).value_or(QString());
        x.sourceB = r.text(*o, QStringLiteral("source_b")).value_or(QString());
        x.claimA = r.text(*o, QStringLiteral("claim_a")).value_or(QString());
        x.claimB = r.text(*o, QStringLiteral("claim_b")).value_or(QString());
        x.type = r.text(*o, QStringLiteral("contradiction_type")).value_or(QString()).toLower();
        x.severity = r.text(*o, QStringLiteral("severity")).value_or(QString()).toLower();
        x.status = r.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        x.detectedBy = r.text(*o, QStringLiteral("detected_by")).value_or(QString());
        x.createdAt = RestBatch::time(r, *o, QStringLiteral("created_at"),
                                      QStringLiteral("contradictions[%1].created_at").arg(i), true);
        if (x.createdAt.isValid() && x.createdAt > v.provenance.asOf)
            continue; // created after as-of, as the SQL board leaves it out
        found.append(x);
    }
    // The server's counts: it counts every contradiction, including those it does not list.
    const RestJson::Reader stats(statsRoute);
    const QJsonObject &so = *s;
    const std::optional<qint64> total = stats.integer(so, QStringLiteral("total"));
    const std::optional<qint64> active = stats.integer(so, QStringLiteral("active"));
    const std::optional<qint64> resolved = stats.integer(so, QStringLiteral("resolved"));
    const std::optional<qint64> critical = stats.integer(so, QStringLiteral("critical_active"));
    for (const RestJson::Reader *r : {&list, &stats}) {
        if (!r->ok()) {
            if (error)
                *error = r->error();
            return false;
        }
    }
    if (*total != *active + *resolved) {
        if (error)
            *error = tr("%1: total (%L2) is not active (%L3) plus resolved (%L4)")
                         .arg(statsRoute)
                         .arg(*total)
                         .arg(*active)
                         .arg(*resolved);
        return false;
    }
    std::stable_sort(found.begin(), found.end(), [](const Violation &a, const Violation &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id < b.id;
    });
    for (const Violation &x : std::as_const(found)) {
        const qsizetype i = statuses().indexOf(x.status);
        v.columns[i < 0 ? statuses().size() : i].items.append(x);
    }
    v.total = int(*total);
    v.active = int(*active);
    v.criticalActive = int(*critical);
    v.restUnlisted = {QStringLiteral("resolved"), QStringLiteral("accepted")};
    v.restUnlistedReason = tr("not available over the Dealix API: it lists active contradictions "
                              "only (the counts above include the others)");
    v.provenance.rest.serverComputed
        << tr("total, active, resolved and critical active counts: the Dealix server's "
              "/contradictions/stats, as of the request");
    v.provenance.rest.unavailable
        << tr("resolved and accepted contradictions: %1").arg(v.restUnlistedReason)
        << tr("resolution, resolver and evidence of each contradiction: not available over the "
              "Dealix API: the list does not carry them");
    *out = v;
    return true;
}
