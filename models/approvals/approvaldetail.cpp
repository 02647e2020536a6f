#include "models/approvals/approvaldetail.h"

#include "models/approvals/approvalqueuemodel.h"
#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/money.h"
#include "models/source/boundquery.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace {

using State = ApprovalDetail::State;

// The resource tables the detail reads, by approval_requests.resource_type (lower case). A
// request about a deal's discount is about the deal: its resource id is the deal's.
struct ResourceTable {
    const char *type;
    const char *table;
};
const ResourceTable ResourceTables[] = {
    {"strategic_deal", "strategic_deals"},
    {"deal", "deals"},
    {"deal_discount", "deals"},
    {"evidence_pack", "evidence_packs"},
};

QString tableFor(const QString &resourceType)
{
    const QString key = resourceType.trimmed().toLower();
    for (const ResourceTable &t : ResourceTables)
        if (key == QLatin1String(t.type))
            return QString::fromLatin1(t.table);
    return {};
}

// The record kind a table holds (strategic_deal, deal, evidence_pack), in the catalogue's words:
// what the messages about reading it name.
QString recordWords(const QString &table)
{
    for (const ResourceTable &t : ResourceTables)
        if (table == QLatin1String(t.table))
            return Labels::text(Labels::Kind::ResourceType, QString::fromLatin1(t.type));
    return Labels::text(Labels::Kind::ResourceType, table);
}

// column, or NULL when the source lacks it (a record shows what can be found).
QString columnOr(const SchemaInfo &schema, const QString &table, const QString &column,
                 const QString &expression)
{
    return schema.hasColumn(table, column) ? expression : QStringLiteral("null");
}

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

// The stored value as an amount (Money's one reader), or why it is none.
void readAmount(ApprovalDetail::Resource *r)
{
    const Result<qint64> amount = Money::fromDecimalText(r->valueText);
    if (amount.ok())
        r->valueMinor = amount.value();
    else
        r->valueError = amount.error();
}

// The record of the request's resource, in the session's tenant only.
ApprovalDetail::Resource readResource(const Session &session, const QString &id,
                                      const QString &table)
{
    ApprovalDetail::Resource r;
    const QString kind = recordWords(table);
    const SchemaInfo &schema = session.schema();
    if (!schema.hasTable(table) || !schema.hasColumn(table, QStringLiteral("tenant_id"))) {
        r.state = State::NotReadable;
        r.why = ApprovalDetail::tr("This source has no table of %1 records to read the record "
                                   "from.")
                    .arg(kind);
        return r;
    }
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString key = q.bind(id);
    // Columns by name; enum-like ones as text (a native PostgreSQL enum holds upper case);
    // amounts as text, parsed exactly here (never a float, never 0 for text).
    QString select;
    if (table == QLatin1String("strategic_deals")) {
        const bool profiles =
            schema.hasColumn(QStringLiteral("company_profiles"), QStringLiteral("company_name")) &&
            schema.hasColumn(QStringLiteral("company_profiles"), QStringLiteral("tenant_id")) &&
            schema.hasColumn(table, QStringLiteral("target_profile_id"));
        // The target profile of the same tenant only.
        const QString counterpart =
            profiles ? QStringLiteral("coalesce(%1, (select p.company_name from company_profiles "
                                      "p where p.id = s.target_profile_id and p.tenant_id = "
                                      "s.tenant_id))")
                           .arg(columnOr(schema, table, QStringLiteral("target_company_name"),
                                         QStringLiteral("s.target_company_name")))
                     : columnOr(schema, table, QStringLiteral("target_company_name"),
                                QStringLiteral("s.target_company_name"));
        select = QStringLiteral("select %1, %2, %3, 'SAR', %4, %5, %6 from strategic_deals s")
                     .arg(columnOr(schema, table, QStringLiteral("deal_title"),
                                   QStringLiteral("s.deal_title")),
                          columnOr(schema, table, QStringLiteral("deal_title_ar"),
                                   QStringLiteral("s.deal_title_ar")),
                          columnOr(schema, table, QStringLiteral("estimated_value_sar"),
                                   QStringLiteral("cast(s.estimated_value_sar as text)")),
                          counterpart,
                          columnOr(schema, table, QStringLiteral("status"),
                                   QStringLiteral("cast(s.status as text)")),
                          columnOr(schema, table, QStringLiteral("deal_type"),
                                   QStringLiteral("cast(s.deal_type as text)")));
    } else if (table == QLatin1String("deals")) {
        select =
            QStringLiteral("select %1, null, %2, %3, null, %4, null from deals s")
                .arg(columnOr(schema, table, QStringLiteral("title"), QStringLiteral("s.title")),
                     columnOr(schema, table, QStringLiteral("value"),
                              QStringLiteral("cast(s.value as text)")),
                     columnOr(schema, table, QStringLiteral("currency"),
                              QStringLiteral("s.currency")),
                     columnOr(schema, table, QStringLiteral("stage"),
                              QStringLiteral("cast(s.stage as text)")));
    } else {
        select =
            QStringLiteral("select %1, %2, null, null, null, %3, %4 from evidence_packs s")
                .arg(columnOr(schema, table, QStringLiteral("title"), QStringLiteral("s.title")),
                     columnOr(schema, table, QStringLiteral("title_ar"),
                              QStringLiteral("s.title_ar")),
                     columnOr(schema, table, QStringLiteral("status"),
                              QStringLiteral("cast(s.status as text)")),
                     columnOr(schema, table, QStringLiteral("pack_type"),
                              QStringLiteral("cast(s.pack_type as text)")));
    }
    // By primary key, in this tenant only (a row of another tenant is "not found").
    q << select + QStringLiteral(" where s.tenant_id = %1 and s.id = %2").arg(tenant, key);
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error)) {
        r.state = State::NotReadable;
        r.why = ApprovalDetail::tr("The %1 record could not be read: %2").arg(kind, error);
        return r;
    }
    if (!query.next()) {
        if (!BoundQuery::finished(query, &error)) {
            r.state = State::NotReadable;
            r.why = ApprovalDetail::tr("The %1 record could not be read: %2").arg(kind, error);
        } else {
            r.state = State::NotFound;
            r.why = ApprovalDetail::tr("No %1 record with id %2 in this tenant: it was deleted, "
                                       "or the request names a record this tenant cannot see.")
                        .arg(kind, DisplayText::isolate(id));
        }
        return r;
    }
    r.state = State::Found;
    r.title = query.value(0).toString();
    r.titleAr = query.value(1).toString();
    if (!query.value(2).isNull()) {
        r.valueText = query.value(2).toString().trimmed();
        readAmount(&r);
    }
    r.currency = query.value(3).toString().trimmed().toUpper();
    if (r.currency.isEmpty())
        r.currency = QStringLiteral("SAR");
    r.counterpart = query.value(4).toString();
    r.stage = query.value(5).toString().trimmed().toLower();
    r.dealType = query.value(6).toString().trimmed().toLower();
    return r;
}

// A strategic deal over the Dealix API: GET /strategic-deals/{id} (the token's tenant).
ApprovalDetail::Resource readRestResource(const Session &session, const QString &id)
{
    ApprovalDetail::Resource r;
    const RestReply reply = session.restGet(QStringLiteral("strategic-deals/") + id);
    if (reply.error == RestReply::Error::NotFound) {
        r.state = State::NotFound;
        r.why = ApprovalDetail::tr("The Dealix server has no strategic deal with id %1.")
                    .arg(DisplayText::isolate(id));
        return r;
    }
    if (!reply.ok() || !reply.body.isObject()) {
        r.state = State::NotReadable;
        r.why = ApprovalDetail::tr("The strategic deal could not be read from the Dealix "
                                   "server: %1")
                    .arg(reply.ok() ? ApprovalDetail::tr("the answer is not a deal")
                                    : reply.errorString);
        return r;
    }
    const QJsonObject o = reply.body.toObject();
    const QString tenant = text(o, "tenant_id");
    if (!tenant.isEmpty() && tenant.compare(session.tenantId(), Qt::CaseInsensitive) != 0) {
        r.state = State::NotFound;
        r.why = ApprovalDetail::tr("The Dealix server answered with another tenant's deal: it "
                                   "is not shown.");
        return r;
    }
    r.state = State::Found;
    r.title = text(o, "deal_title");
    r.titleAr = text(o, "deal_title_ar");
    r.currency = QStringLiteral("SAR");
    const QJsonValue v = o.value(QStringLiteral("estimated_value_sar"));
    if (v.isDouble()) {
        r.valueText = QString::number(v.toDouble(), 'e', QLocale::FloatingPointShortest);
        readAmount(&r);
    } else if (v.isString()) {
        r.valueText = v.toString();
        readAmount(&r);
    }
    r.counterpart = text(o, "target_company_name");
    r.stage = text(o, "status").toLower();
    r.dealType = text(o, "deal_type").toLower();
    return r;
}

// The tenant's user by id: names and e-mail from the columns the source has.
ApprovalDetail::Person readPerson(const Session &session, const QString &id)
{
    ApprovalDetail::Person p;
    p.id = id;
    if (id.isEmpty())
        return p;
    const SchemaInfo &schema = session.schema();
    const QString users = QStringLiteral("users");
    if (!schema.hasTable(users) || !schema.hasColumn(users, QStringLiteral("tenant_id"))) {
        p.state = State::NotAvailable;
        return p;
    }
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString key = q.bind(id);
    q << QStringLiteral("select %1, %2, %3 from users where tenant_id = %4 and id = %5")
             .arg(columnOr(schema, users, QStringLiteral("full_name"), QStringLiteral("full_name")),
                  columnOr(schema, users, QStringLiteral("full_name_ar"),
                           QStringLiteral("full_name_ar")),
                  columnOr(schema, users, QStringLiteral("email"), QStringLiteral("email")), tenant,
                  key);
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error)) {
        p.state = State::NotReadable;
        return p;
    }
    if (!query.next()) {
        p.state = BoundQuery::finished(query, &error) ? State::NotFound : State::NotReadable;
        return p;
    }
    p.state = State::Found;
    p.name = query.value(0).toString();
    p.nameAr = query.value(1).toString();
    p.email = query.value(2).toString();
    return p;
}

QString hours(double h)
{
    // Whole hours without decimals, else one decimal.
    return std::fabs(h - std::round(h)) < 1e-9 ? Format::integer(qint64(std::llround(h)))
                                               : Format::decimal(h, 1);
}

QString actionWords(const QString &auditAction)
{
    const QString a = auditAction.trimmed().toLower();
    // The decisions read as the approval statuses they lead to: the catalogue's words.
    if (a == QLatin1String("approval.approve"))
        return Labels::text(Labels::Kind::ApprovalStatus, QStringLiteral("approved"));
    if (a == QLatin1String("approval.reject"))
        return Labels::text(Labels::Kind::ApprovalStatus, QStringLiteral("rejected"));
    if (a == QLatin1String("approval.escalate"))
        return Labels::text(Labels::Kind::ApprovalStatus, QStringLiteral("escalated"));
    if (a.isEmpty())
        return ApprovalDetail::tr("(no action recorded)");
    return Labels::humanised(a);
}

} // namespace

QString ApprovalDetail::amountText(qint64 minor, const QString &currency)
{
    if (currency.isEmpty() || currency.compare(QLatin1String("SAR"), Qt::CaseInsensitive) == 0)
        return Money::display(minor);
    // The code is data: isolated, so that it keeps its place beside the digits in Arabic.
    return tr("%1 %2").arg(DisplayText::isolate(currency),
                           Format::decimal(double(minor) / 100.0, 2));
}

QString ApprovalDetail::personName(const Person &p)
{
    if (QLocale().language() == QLocale::Arabic && !p.nameAr.trimmed().isEmpty())
        return p.nameAr;
    if (!p.name.trimmed().isEmpty())
        return p.name;
    if (!p.email.trimmed().isEmpty())
        return p.email;
    return p.id;
}

ApprovalDetail ApprovalDetail::read(const Session &session, const ApprovalQueue::Item &item)
{
    ApprovalDetail d;
    d.item = item;
    d.category = item.category;
    const QString type = item.resourceType.trimmed().toLower();
    if (session.isRest()) {
        // One request over the API: the queue's item, and a strategic deal's own record.
        if (type == QLatin1String("strategic_deal")) {
            d.resourceTypeRead = QStringLiteral("strategic-deals");
            d.resource = readRestResource(session, item.resourceId);
        } else {
            d.resource.state = State::NotAvailable;
            d.resource.why = tr("Not available over the Dealix API: it has no route for a %1 "
                                "record.")
                                 .arg(Labels::text(Labels::Kind::ResourceType, type));
        }
        const QString none =
            tr("Not available over the Dealix API: an approval item carries no payload.");
        d.payloadState = State::NotAvailable;
        d.payloadWhy = none;
        d.requester.id = item.requestedById;
        d.requester.state = State::NotAvailable;
        d.reviewer.id = item.reviewedById;
        d.reviewer.state = item.reviewedById.isEmpty() ? State::NotFound : State::NotAvailable;
        d.historyState = State::NotAvailable;
        d.historyWhy = tr("Not available over the Dealix API: it keeps no history of a request.");
        return d;
    }
    // The resource's own record.
    const QString table = tableFor(type);
    d.resourceTypeRead = table;
    if (table.isEmpty()) {
        d.resource.state = State::NotAvailable;
        d.resource.why = tr("The app does not read %1 records; the request names record %2.")
                             .arg(Labels::text(Labels::Kind::ResourceType, type),
                                  DisplayText::isolate(item.resourceId));
    } else {
        d.resource = readResource(session, item.resourceId, table);
    }
    // The payload: category, packet, SLA bookkeeping.
    const Result<QJsonObject> payload = ApprovalQueue::payload(session, item.id);
    if (!payload.ok()) {
        d.payloadState = State::NotReadable;
        d.payloadWhy = tr("The request's payload could not be read: %1").arg(payload.error());
    } else {
        const QJsonObject &o = payload.value();
        if (const QString c = text(o, "category"); !c.isEmpty())
            d.category = c;
        const QJsonObject packet = o.value(QStringLiteral("approval_packet")).toObject();
        d.packet.present = !packet.isEmpty();
        d.packet.action = text(packet, "action");
        d.packet.actionClass = text(packet, "action_class");
        d.packet.riskSummary = text(packet, "risk_summary");
        d.packet.reversibility = text(packet, "reversibility").toLower();
        d.packet.priority = text(packet, "priority").toLower();
        if (const auto h = number(packet, "sla_hours"))
            d.packet.slaHours = qint64(std::llround(*h));
        const QJsonObject sla = o.value(QStringLiteral("_dealix_sla")).toObject();
        d.sla.present = !sla.isEmpty();
        if (const auto level = number(sla, "escalation_level"))
            d.sla.level = qint64(std::llround(*level));
        d.sla.ageHours = number(sla, "age_hours");
        d.sla.warnHours = number(sla, "warn_threshold_hours");
        d.sla.breachHours = number(sla, "breach_threshold_hours");
        d.sla.updatedAt = Session::readTime(sla.value(QStringLiteral("updated_at")).toVariant());
    }
    d.requester = readPerson(session, item.requestedById);
    d.reviewer = readPerson(session, item.reviewedById);
    QString error;
    if (!ApprovalQueue::history(session, item.id, &d.history, &error, HistoryLimit,
                                &d.historyTruncated)) {
        d.historyState = State::NotReadable;
        d.historyWhy = tr("The history could not be read: %1").arg(error);
    }
    return d;
}

QList<ApprovalDetail::Section> ApprovalDetail::sections(const QTimeZone &zone,
                                                        const QDateTime &now) const
{
    using Labels::Kind;
    const bool arabic = QLocale().language() == QLocale::Arabic;
    auto labelled = [](Kind kind, const QString &code) {
        return Field{QString(), Labels::text(kind, code), Labels::tooltip(kind, code), false};
    };
    auto field = [](const QString &label, Field f) {
        f.label = label;
        return f;
    };
    auto plain = [](const QString &label, const QString &value) {
        return Field{label, DisplayText::isolate(value), QString(), false};
    };
    auto missing = [](const QString &label, const QString &why) {
        return Field{label, why, QString(), true};
    };
    auto when = [&zone](const QDateTime &t) { return Format::dateTime(t, zone); };
    QList<Section> out;

    // The resource's own record.
    Section rec;
    rec.title = Labels::text(Kind::ResourceType, item.resourceType);
    if (resource.state != State::Found) {
        rec.fields << missing(tr("Record"), resource.why);
    } else {
        const QString title =
            arabic && !resource.titleAr.trimmed().isEmpty() ? resource.titleAr : resource.title;
        rec.fields << (title.trimmed().isEmpty() ? missing(tr("Title"), tr("No title recorded."))
                                                 : plain(tr("Title"), title));
        if (resource.valueMinor)
            rec.fields << Field{tr("Value"), amountText(*resource.valueMinor, resource.currency),
                                QString(), false};
        else if (!resource.valueError.isEmpty())
            rec.fields << missing(tr("Value"), resource.valueError);
        else if (resourceTypeRead != QLatin1String("evidence_packs"))
            rec.fields << missing(tr("Value"), tr("No value recorded."));
        if (resourceTypeRead == QLatin1String("strategic_deals") ||
            resourceTypeRead == QLatin1String("strategic-deals"))
            rec.fields << (resource.counterpart.trimmed().isEmpty()
                               ? missing(tr("Counterpart"), tr("No target company recorded."))
                               : plain(tr("Counterpart"), resource.counterpart));
        const bool strategic = resourceTypeRead.startsWith(QLatin1String("strategic"));
        const bool pack = resourceTypeRead == QLatin1String("evidence_packs");
        if (!resource.stage.isEmpty())
            rec.fields << field(strategic ? tr("Status") : tr("Stage"),
                                labelled(strategic ? Kind::StrategicDealStatus
                                         : pack    ? Kind::PackStatus
                                                   : Kind::DealStage,
                                         resource.stage));
        if (!resource.dealType.isEmpty())
            rec.fields << field(
                pack ? tr("Pack type") : tr("Deal type"),
                labelled(pack ? Kind::PackType : Kind::StrategicDealType, resource.dealType));
    }
    out << rec;

    // The request and its approval packet.
    Section req;
    req.title = tr("Request");
    req.fields << field(tr("Category"), labelled(Kind::ApprovalCategory, category));
    req.fields << field(tr("Channel"), labelled(Kind::Channel, item.channel));
    req.fields << field(tr("Status"), labelled(Kind::ApprovalStatus, item.status));
    if (payloadState != State::Found) {
        req.fields << missing(tr("Approval packet"), payloadWhy);
    } else if (!packet.present) {
        req.fields << missing(tr("Approval packet"),
                              tr("The request carries no approval packet (no action, risk "
                                 "summary or reversibility recorded)."));
    } else {
        req.fields << (packet.action.isEmpty()
                           ? missing(tr("Action"), tr("Not stated in the packet."))
                           : Field{tr("Action"), Labels::humanised(packet.action),
                                   Labels::tooltip(Kind::ContentKey, packet.action), false});
        req.fields << (packet.riskSummary.trimmed().isEmpty()
                           ? missing(tr("Risk summary"), tr("Not stated in the packet."))
                           : plain(tr("Risk summary"), packet.riskSummary));
        req.fields << (packet.reversibility.isEmpty()
                           ? missing(tr("Reversibility"), tr("Not stated in the packet."))
                           : field(tr("Reversibility"),
                                   labelled(Kind::Reversibility, packet.reversibility)));
        if (!packet.actionClass.isEmpty())
            req.fields << plain(tr("Action class"), packet.actionClass);
    }
    if (!item.note.trimmed().isEmpty())
        req.fields << plain(tr("Note"), item.note);
    // The reference an auditor quotes.
    req.fields << plain(tr("Request id"), item.id);
    out << req;

    // The SLA in words.
    Section s;
    s.title = tr("Service level");
    if (item.createdAt.isValid())
        s.fields << Field{tr("Requested"), when(item.createdAt), QString(), false};
    else
        s.fields << missing(tr("Requested"), tr("No creation time recorded."));
    if (item.status.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0) {
        if (item.createdAt.isValid())
            s.fields << Field{tr("Age"), ApprovalQueueModel::duration(item.createdAt.secsTo(now)),
                              QString(), false};
        if (!item.deadline.isValid()) {
            s.fields << missing(tr("Deadline"),
                                tr("No deadline can be known: counted as overdue."));
        } else {
            const qint64 left = now.secsTo(item.deadline);
            s.fields << Field{
                tr("Deadline"),
                left < 0 ? tr("%1, overdue by %2")
                               .arg(when(item.deadline), ApprovalQueueModel::duration(left))
                         : tr("%1, %2 left")
                               .arg(when(item.deadline), ApprovalQueueModel::duration(left)),
                QString(), false};
        }
        const QString state = item.slaState(now);
        s.fields << field(tr("SLA state"), labelled(Kind::SlaState, state));
    }
    if (sla.present) {
        if (sla.level) {
            const qint64 level = *sla.level;
            const QString words = level <= 0   ? tr("within the warning threshold")
                                  : level == 1 ? tr("past the warning threshold")
                                  : level == 2 ? tr("past the breach threshold")
                                               : tr("escalated to senior management");
            s.fields << Field{tr("Escalation level"),
                              tr("%L1 of %L2: %3").arg(level).arg(3).arg(words), QString(), false};
        }
        if (sla.warnHours || sla.breachHours)
            s.fields << Field{tr("Thresholds"),
                              tr("warning after %1 h, breach after %2 h")
                                  .arg(sla.warnHours ? hours(*sla.warnHours) : tr("—"),
                                       sla.breachHours ? hours(*sla.breachHours) : tr("—")),
                              QString(), false};
        if (sla.ageHours && sla.updatedAt.isValid())
            s.fields << Field{tr("Age recorded by Dealix"),
                              tr("%1 h on %2").arg(hours(*sla.ageHours), when(sla.updatedAt)),
                              QString(), false};
    } else if (payloadState == State::Found) {
        s.fields << missing(tr("Thresholds"),
                            tr("The request records no thresholds: the default applies "
                               "(breach after %L1 h).")
                                .arg(24));
    }
    if (packet.slaHours)
        s.fields << Field{tr("Packet SLA"), tr("%1 h").arg(Format::integer(*packet.slaHours)),
                          QString(), false};
    out << s;

    // People.
    Section people;
    people.title = tr("People");
    auto personField = [&](const QString &label, const Person &p) {
        switch (p.state) {
        case State::Found: {
            const QString name = personName(p);
            const QString shown =
                !p.email.isEmpty() && name != p.email
                    ? tr("%1 (%2)").arg(DisplayText::isolate(name), DisplayText::isolate(p.email))
                    : DisplayText::isolate(name);
            return Field{label, shown, QString(), false};
        }
        case State::NotFound:
            return missing(
                label, tr("No user with id %1 in this tenant.").arg(DisplayText::isolate(p.id)));
        case State::NotAvailable:
            return missing(
                label,
                tr("Not available from this source (user id %1).").arg(DisplayText::isolate(p.id)));
        case State::NotReadable:
            break;
        }
        return missing(
            label, tr("The user could not be read (user id %1).").arg(DisplayText::isolate(p.id)));
    };
    people.fields << personField(tr("Requested by"), requester);
    if (!item.reviewedById.isEmpty()) {
        people.fields << personField(tr("Reviewed by"), reviewer);
        people.fields << (item.reviewedAt.isValid()
                              ? Field{tr("Reviewed"), when(item.reviewedAt), QString(), false}
                              : missing(tr("Reviewed"), tr("No review time recorded.")));
    } else {
        people.fields << Field{tr("Reviewed by"), tr("Not reviewed yet."), QString(), false};
    }
    out << people;

    // History.
    Section h;
    h.title = tr("History");
    if (historyState != State::Found) {
        h.fields << missing(QString(), historyWhy);
    } else {
        if (history.isEmpty())
            h.fields << Field{QString(), tr("No decision or escalation recorded yet."), QString(),
                              false};
        if (historyTruncated)
            h.fields << Field{QString(),
                              tr("Showing the latest %n entries.", nullptr, int(history.size())),
                              QString(), false};
        for (const ApprovalQueue::AuditEntry &e : history) {
            const QString who = e.user.trimmed().isEmpty() ? tr("unknown user") : e.user;
            h.fields << Field{e.at.isValid() ? when(e.at) : tr("time unknown"),
                              tr("%1 by %2").arg(actionWords(e.action), DisplayText::isolate(who)),
                              Labels::tooltip(Kind::ContentKey, e.action), false};
        }
    }
    out << h;
    return out;
}
