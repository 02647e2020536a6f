// The Partner Pipeline over a Dealix server (README "Sources: the Dealix REST API").
#include "models/core/money.h"
#include "models/partners/partnerpipeline.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"
#include "models/source/sqldialect.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

bool PartnerPipeline::computeRest(const Session &session, const Filter &filter,
                                  const QDateTime &asOf, PartnerPipeline *out, QString *error,
                                  int perPage, int maxPages)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    PartnerPipeline p;
    p.filter = filter;
    p.provenance = Provenance::start(session, asOf);
    const QString route = QStringLiteral("strategic-deals");
    QList<PartnerDeal> deals;
    QSet<QString> seen;
    for (int page = 1;; ++page) {
        if (page > maxPages) {
            if (error)
                *error = tr("%1: the server still sent full pages after %L2 pages of %L3 deals; "
                            "stopped there rather than show a partial pipeline.")
                             .arg(route)
                             .arg(maxPages)
                             .arg(perPage);
            return false;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        if (!filter.dealType.isEmpty())
            query.addQueryItem(QStringLiteral("deal_type"), filter.dealType);
        const RestReply reply = session.restGet(route, query);
        p.provenance.rest.add(reply);
        if (!reply.ok()) {
            if (error)
                *error = reply.errorString;
            return false;
        }
        const RestJson::Reader r(route);
        if (!reply.body.isArray()) {
            r.fail(tr("the answer is not a list of deals"));
            if (error)
                *error = r.error();
            return false;
        }
        const QJsonArray items = reply.body.toArray();
        for (int i = 0; i < int(items.size()); ++i) {
            const std::optional<QJsonObject> o = r.objectAt(items, QStringLiteral("deals"), i);
            if (!o)
                break;
            const RestJson::Reader item = r.item(QStringLiteral("deals"), i);
            PartnerDeal d;
            d.id = item.text(*o, QStringLiteral("id")).value_or(QString());
            d.title = item.text(*o, QStringLiteral("deal_title")).value_or(QString());
            d.titleAr = item.textOrNull(*o, QStringLiteral("deal_title_ar")).value_or(QString());
            d.counterpart =
                item.textOrNull(*o, QStringLiteral("target_company_name")).value_or(QString());
            // /strategic-deals answers for the token's tenant, whatever tenant_id the query
            // says: a deal of another tenant fails the surface, never shown under this one.
            const std::optional<QString> dealTenant = item.text(*o, QStringLiteral("tenant_id"));
            if (dealTenant && dealTenant->compare(session.tenantId(), Qt::CaseInsensitive) != 0) {
                if (error)
                    *error = tr("%1: the Dealix token belongs to tenant %2; these deals are not "
                                "tenant %3's")
                                 .arg(route, *dealTenant, session.tenantId());
                return false;
            }
            // Required text (the server's schema): null fails, never a default.
            d.dealType = item.text(*o, QStringLiteral("deal_type")).value_or(QString()).toLower();
            d.channel =
                item.textOrNull(*o, QStringLiteral("channel")).value_or(QString()).toLower();
            d.status = item.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
            bool valueNull = false;
            const std::optional<double> sar = RestBatch::numberOrNull(
                item, *o, QStringLiteral("estimated_value_sar"), &valueNull);
            if (sar && *sar < 0) {
                d.valueState = SqlDialect::MoneyNegative; // counted and said, never added
            } else if (sar) {
                QString cause;
                d.valueHalalas = RestJson::sarToHalalas(
                    *sar, &cause, QStringLiteral("deals[%1].estimated_value_sar").arg(i));
                if (!d.valueHalalas) {
                    if (error)
                        *error = QStringLiteral("%1: %2").arg(route, cause);
                    return false;
                }
            }
            bool confidenceNull = false;
            d.aiConfidence =
                RestBatch::numberOrNull(item, *o, QStringLiteral("ai_confidence"), &confidenceNull);
            d.createdAt = RestBatch::time(item, *o, QStringLiteral("created_at"),
                                          QStringLiteral("deals[%1].created_at").arg(i), true);
            if (!r.ok())
                break;
            if (seen.contains(d.id))
                continue; // a deal seen on an earlier page (the list moved while paging)
            seen.insert(d.id);
            deals.append(d);
        }
        if (!r.ok()) {
            if (error)
                *error = r.error();
            return false;
        }
        if (items.size() < perPage)
            break;
    }
    // As the SQL board: created by as-of, filtered, oldest first (unknown creation last).
    std::stable_sort(deals.begin(), deals.end(), [](const PartnerDeal &a, const PartnerDeal &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    for (const QString &s : statuses())
        p.columns.append({s, {}, 0});
    p.columns.append({QStringLiteral("other"), {}, 0});
    for (PartnerDeal &d : deals) {
        if (d.createdAt.isValid() && d.createdAt > p.provenance.asOf)
            continue;
        if (!filter.dealType.isEmpty() && d.dealType != filter.dealType)
            continue;
        if (!filter.channel.isEmpty() && d.channel != filter.channel)
            continue;
        d.ageDays = d.createdAt.isValid() ? d.createdAt.daysTo(p.provenance.asOf) : 0;
        const qsizetype i = statuses().indexOf(d.status);
        Column &c = p.columns[i < 0 ? statuses().size() : i];
        if (c.totalHalalas > Money::MaxExact - d.valueHalalas.value_or(0)) {
            if (error)
                *error = Money::totalOutOfRangeCause(
                    tr("estimated value of the %1 column").arg(statusText(c.status)));
            return false;
        }
        if (d.valueState == SqlDialect::MoneyNegative)
            ++c.negativeValues;
        c.totalHalalas += d.valueHalalas.value_or(0);
        c.deals.append(d);
        ++p.total;
    }
    p.provenance.rest.unavailable << tr(
        "counterpart from the company profile: not available over the Dealix API: a deal "
        "carries its target profile's id, not its name (the target company named on the "
        "deal is shown)");
    *out = p;
    return true;
}
