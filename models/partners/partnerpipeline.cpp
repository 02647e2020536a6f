#include "models/partners/partnerpipeline.h"

#include "models/core/csvwriter.h"
#include "models/core/labels.h"
#include "models/core/money.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

const QStringList &PartnerPipeline::statuses()
{
    static const QStringList s = {QStringLiteral("discovery"),     QStringLiteral("outreach"),
                                  QStringLiteral("negotiating"),   QStringLiteral("term_sheet"),
                                  QStringLiteral("due_diligence"), QStringLiteral("closed_won"),
                                  QStringLiteral("closed_lost")};
    return s;
}

const QStringList &PartnerPipeline::dealTypes()
{
    static const QStringList t = {QStringLiteral("partnership"), QStringLiteral("distribution"),
                                  QStringLiteral("franchise"),   QStringLiteral("jv"),
                                  QStringLiteral("referral"),    QStringLiteral("acquisition"),
                                  QStringLiteral("barter")};
    return t;
}

const QStringList &PartnerPipeline::channels()
{
    static const QStringList c = {QStringLiteral("whatsapp"), QStringLiteral("linkedin"),
                                  QStringLiteral("email"), QStringLiteral("in_person")};
    return c;
}

QString PartnerPipeline::statusText(const QString &s)
{
    // The column of the statuses this app does not know.
    if (s == QLatin1String("other"))
        return tr("Other statuses");
    return Labels::text(Labels::Kind::StrategicDealStatus, s);
}

QString PartnerPipeline::dealTypeText(const QString &t)
{
    return Labels::text(Labels::Kind::StrategicDealType, t);
}

QString PartnerPipeline::channelText(const QString &c)
{
    return Labels::text(Labels::Kind::Channel, c);
}

bool PartnerPipeline::compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                              PartnerPipeline *out, QString *error)
{
    if (session.isRest())
        return computeRest(session, filter, asOf, out, error);
    const QString table = QStringLiteral("strategic_deals");
    if (!session.schema().hasTable(table)) {
        if (error)
            *error = tr("Not available from this source (no strategic_deals table).");
        return false;
    }
    PartnerPipeline p;
    p.filter = filter;
    p.provenance = Provenance::start(session, asOf);
    const SqlDialect sql(session);
    auto col = [&](const char *name) {
        return session.schema().hasColumn(table, QString::fromLatin1(name))
                   ? QStringLiteral("d.") + QString::fromLatin1(name)
                   : QStringLiteral("NULL");
    };
    const bool profiles = session.schema().hasTable(QStringLiteral("company_profiles"));
    BoundQuery q;
    // The counterpart: the target company named on the deal, else its profile.
    const QString counterpart =
        profiles ? QStringLiteral("coalesce(%1, (select cp.company_name from company_profiles cp "
                                  "where cp.id = d.target_profile_id and cp.tenant_id = "
                                  "d.tenant_id))")
                       .arg(col("target_company_name"))
                 : col("target_company_name");
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(p.provenance.asOf));
    const bool hasValue = session.schema().hasColumn(table, QStringLiteral("estimated_value_sar"));
    q << QStringLiteral("select d.id, d.deal_title, %1, %2, %3, %4, %5, %6, %7, d.created_at, %10 "
                        "from strategic_deals d where d.tenant_id = %8 and %9")
             .arg(col("deal_title_ar"), counterpart,
                  sql.lowerText(QStringLiteral("coalesce(d.deal_type, 'partnership')")),
                  sql.lowerText(QStringLiteral("coalesce(d.channel, '')")),
                  sql.lowerText(QStringLiteral("coalesce(d.status, 'discovery')")),
                  hasValue ? sql.validHalalas(QStringLiteral("d.estimated_value_sar"))
                           : QStringLiteral("NULL"),
                  col("ai_confidence"), tenant, sql.existedBy(QStringLiteral("d.created_at"), at))
             .arg(hasValue ? sql.moneyState(QStringLiteral("d.estimated_value_sar"))
                           : QStringLiteral("NULL"));
    if (!filter.dealType.isEmpty())
        q << QStringLiteral(" and %1 = %2")
                 .arg(sql.lowerText(QStringLiteral("coalesce(d.deal_type, 'partnership')")),
                      q.bind(filter.dealType));
    if (!filter.channel.isEmpty())
        q << QStringLiteral(" and %1 = %2")
                 .arg(sql.lowerText(QStringLiteral("coalesce(d.channel, '')")),
                      q.bind(filter.channel));
    q << QStringLiteral(" order by (d.created_at is null), d.created_at, d.id");
    p.provenance.queries << q.sql();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!q.exec(query, error))
        return false;
    for (const QString &s : statuses())
        p.columns.append({s, {}, 0});
    p.columns.append({QStringLiteral("other"), {}, 0});
    while (query.next()) {
        PartnerDeal d;
        d.id = Session::readId(query.value(0));
        d.title = query.value(1).toString();
        d.titleAr = query.value(2).toString();
        d.counterpart = query.value(3).toString();
        d.dealType = query.value(4).toString();
        d.channel = query.value(5).toString();
        d.status = query.value(6).toString();
        if (!query.value(7).isNull())
            d.valueHalalas = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            d.aiConfidence = query.value(8).toDouble();
        d.createdAt = Session::readTime(query.value(9));
        d.ageDays = d.createdAt.isValid() ? d.createdAt.daysTo(p.provenance.asOf) : 0;
        d.valueState = query.value(10).toInt();
        const qsizetype i = statuses().indexOf(d.status);
        Column &c = p.columns[i < 0 ? statuses().size() : i];
        // Amounts that are not amounts are counted and said, never added; one outside the
        // exact range, or a total beyond it, makes the board fail with that cause.
        if (d.valueState == SqlDialect::MoneyOutOfRange ||
            c.totalHalalas > Money::MaxExact - d.valueHalalas.value_or(0)) {
            if (error)
                *error = Money::totalOutOfRangeCause(
                    tr("estimated value of the %1 column").arg(statusText(c.status)));
            return false;
        }
        if (d.valueState == SqlDialect::MoneyNotANumber)
            ++c.nonNumericValues;
        else if (d.valueState == SqlDialect::MoneyNegative)
            ++c.negativeValues;
        c.totalHalalas += d.valueHalalas.value_or(0);
        c.deals.append(d);
        ++p.total;
    }
    if (!BoundQuery::finished(query, error))
        return false;
    *out = p;
    return true;
}

QStringList PartnerPipeline::excludedAmountNotes() const
{
    int nonNumeric = 0;
    int negative = 0;
    for (const Column &c : columns) {
        nonNumeric += c.nonNumericValues;
        negative += c.negativeValues;
    }
    return Money::excludedAmountNotes(nonNumeric, negative);
}

QJsonObject PartnerPipeline::toJson() const
{
    QJsonArray cols;
    for (const Column &c : columns) {
        QJsonArray deals;
        for (const PartnerDeal &d : c.deals)
            deals.append(
                QJsonObject{{QStringLiteral("id"), d.id},
                            {QStringLiteral("deal_title"), d.title},
                            {QStringLiteral("deal_title_ar"),
                             d.titleAr.isEmpty() ? QJsonValue() : QJsonValue(d.titleAr)},
                            {QStringLiteral("counterpart"),
                             d.counterpart.isEmpty() ? QJsonValue() : QJsonValue(d.counterpart)},
                            {QStringLiteral("deal_type"), d.dealType},
                            {QStringLiteral("channel"), d.channel},
                            {QStringLiteral("status"), d.status},
                            {QStringLiteral("estimated_value_sar"),
                             d.valueHalalas ? Money::toJson(*d.valueHalalas) : QJsonValue()},
                            {QStringLiteral("ai_confidence"),
                             d.aiConfidence ? QJsonValue(*d.aiConfidence) : QJsonValue()},
                            {QStringLiteral("created_at"), d.createdAt.toString(Qt::ISODate)},
                            {QStringLiteral("age_days"), d.ageDays}});
        cols.append(
            QJsonObject{{QStringLiteral("status"), c.status},
                        {QStringLiteral("count"), c.deals.size()},
                        {QStringLiteral("total_sar"), Money::toJson(c.totalHalalas)},
                        {QStringLiteral("deals_with_non_numeric_value"), c.nonNumericValues},
                        {QStringLiteral("deals_with_negative_value"), c.negativeValues},
                        {QStringLiteral("deals"), deals}});
    }
    return {{QStringLiteral("columns"), cols},
            {QStringLiteral("total"), total},
            {QStringLiteral("filter"), QJsonObject{{QStringLiteral("deal_type"), filter.dealType},
                                                   {QStringLiteral("channel"), filter.channel}}},
            {QStringLiteral("provenance"), provenance.toJson()}};
}

QByteArray PartnerPipeline::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("column"), QStringLiteral("id"), QStringLiteral("deal_title"),
                QStringLiteral("deal_title_ar"), QStringLiteral("counterpart"),
                QStringLiteral("deal_type"), QStringLiteral("channel"), QStringLiteral("status"),
                QStringLiteral("estimated_value_sar"), QStringLiteral("ai_confidence"),
                QStringLiteral("age_days")});
    for (const Column &c : columns) {
        for (const PartnerDeal &d : c.deals)
            csv.addRow(
                {c.status, d.id, d.title, d.titleAr, d.counterpart, d.dealType, d.channel, d.status,
                 d.valueHalalas
                     ? CsvWriter::number(Money::toJson(*d.valueHalalas).toVariant().toString())
                     : CsvWriter::Cell(),
                 d.aiConfidence ? CsvWriter::number(QString::number(*d.aiConfidence))
                                : CsvWriter::Cell(),
                 CsvWriter::number(d.ageDays)});
    }
    return csv.data();
}
