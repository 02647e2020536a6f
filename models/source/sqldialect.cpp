#include "models/source/sqldialect.h"

#include "models/source/session.h"

#include <QStringList>

#include <cstdlib>

SqlDialect::SqlDialect(const Session &session)
    : m_schema(session.schema())
    , m_pg(session.isPostgres())
{}

SqlDialect::SqlDialect(const SchemaInfo &schema, bool postgres)
    : m_schema(schema)
    , m_pg(postgres)
{}

QString SqlDialect::upperText(const QString &column) const
{
    return m_pg ? QStringLiteral("upper(cast(%1 as text))").arg(column)
                : QStringLiteral("upper(%1)").arg(column);
}

QString SqlDialect::lowerText(const QString &column) const
{
    return m_pg ? QStringLiteral("lower(cast(%1 as text))").arg(column)
                : QStringLiteral("lower(%1)").arg(column);
}

QString SqlDialect::halalas(const QString &column) const
{
    return m_pg ? QStringLiteral("cast(round(%1 * 100) as bigint)").arg(column)
                : QStringLiteral("cast(round(%1 * 100) as integer)").arg(column);
}

QString SqlDialect::moneyState(const QString &column) const
{
    // round(c × 100) leaves the 64-bit integers where needed (SQLite turns an overflowing
    // product into a real), so any stored number is compared, never wrapped.
    const QString range = QStringLiteral("when not (round(%1 * 100) between -9007199254740991 and "
                                         "9007199254740991) then 3 when %1 < 0 then 2 else 0 end)")
                              .arg(column);
    if (m_pg)
        return QStringLiteral("(case when %1 is null then null when cast(%1 as text) in ('NaN', "
                              "'Infinity', '-Infinity') then 1 ")
                   .arg(column) +
               range;
    return QStringLiteral("(case when %1 is null then null when typeof(%1) not in ('integer', "
                          "'real') then 1 when %1 = 9e999 or %1 = -9e999 then 1 ")
               .arg(column) +
           range;
}

QString SqlDialect::percentState(const QString &column) const
{
    if (m_pg)
        return QStringLiteral("(case when %1 is null then null when cast(%1 as text) in ('NaN', "
                              "'Infinity', '-Infinity') then 1 when %1 < 0 or %1 > 100 then 1 "
                              "else 0 end)")
            .arg(column);
    return QStringLiteral("(case when %1 is null then null when typeof(%1) not in ('integer', "
                          "'real') then 1 when %1 < 0 or %1 > 100 then 1 else 0 end)")
        .arg(column);
}

QString SqlDialect::weightedCenti(const QString &valueHalalas, const QString &probability) const
{
    // PostgreSQL: numeric arithmetic is exact, round() of a numeric stays numeric. SQLite: an
    // integer product is exact as is (round() would go through a double); a real probability
    // gives a real product, rounded once.
    if (m_pg)
        return QStringLiteral("cast(round(cast(%1 as numeric) * %2) as bigint)")
            .arg(valueHalalas, probability);
    return QStringLiteral("(case when typeof(%2) = 'integer' then %1 * %2 else cast(round(%1 * "
                          "%2) as integer) end)")
        .arg(valueHalalas, probability);
}

QString SqlDialect::validHalalas(const QString &column) const
{
    return QStringLiteral("(case when %1 = 0 then %2 end)")
        .arg(moneyState(column), halalas(column));
}

QString SqlDialect::epochSeconds(const QString &column) const
{
    return m_pg ? QStringLiteral("cast(floor(extract(epoch from %1)) as bigint)").arg(column)
                : QStringLiteral("cast(strftime('%s', %1) as integer)").arg(column);
}

QString SqlDialect::timeKey(const QString &column) const
{
    return m_pg ? column : QStringLiteral("julianday(%1)").arg(column);
}

QString SqlDialect::existedBy(const QString &column, const QString &placeholder) const
{
    return QStringLiteral("(%1 is null or %2 <= %3)").arg(column, timeKey(column), placeholder);
}

QString SqlDialect::earliestIfNull(const QString &column) const
{
    return m_pg ? QStringLiteral("coalesce(%1, timestamptz '0001-01-01 00:00:00+00')").arg(column)
                : QStringLiteral("coalesce(%1, '0001-01-01T00:00:00.000Z')").arg(column);
}

QString SqlDialect::userName(const QString &idColumn, const QString &tenantColumn,
                             bool emailOnly) const
{
    const SchemaInfo &schema = m_schema;
    const QString users = QStringLiteral("users");
    if (!schema.hasColumn(users, QStringLiteral("id")) ||
        !schema.hasColumn(users, QStringLiteral("tenant_id")))
        return QStringLiteral("NULL");
    QStringList names;
    for (const QString &c : {QStringLiteral("full_name"), QStringLiteral("email")})
        if ((!emailOnly || c == QLatin1String("email")) && schema.hasColumn(users, c))
            names << QStringLiteral("u.") + c;
    if (names.isEmpty())
        return QStringLiteral("NULL");
    const QString name = names.size() == 1
                             ? names.first()
                             : QStringLiteral("coalesce(%1)").arg(names.join(QStringLiteral(", ")));
    return QStringLiteral("(select %1 from users u where u.id = %2 and u.tenant_id = %3)")
        .arg(name, idColumn, tenantColumn);
}

QVariant SqlDialect::timeKey(const QDateTime &t) const
{
    if (m_pg)
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    // SQLite's julianday(): whole milliseconds since the Julian epoch divided by 86,400,000
    // (2440587.5 days before 1970); the same division here gives the same double.
    constexpr qint64 JulianEpochMs = 210866760000000;
    return double(t.toMSecsSinceEpoch() + JulianEpochMs) / 86400000.0;
}

QString SqlDialect::timeKeyValue(const QString &column) const
{
    return m_pg ? QStringLiteral("to_char(%1 at time zone 'UTC', "
                                 "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
                      .arg(column)
                : column;
}

QString SqlDialect::jsonNumber(const QString &table, const QString &column,
                               const QStringList &path) const
{
    if (m_pg) {
        const QString type = m_schema.columnType(table, column);
        const bool binary = type == QLatin1String("jsonb");
        if (!binary && type != QLatin1String("json"))
            return QStringLiteral("null");
        QString node = column;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            node += QStringLiteral(" -> '%1'").arg(path.at(i));
        const QString leaf = QStringLiteral("%1 -> '%2'").arg(node, path.last());
        const QString leafText = QStringLiteral("%1 ->> '%2'").arg(node, path.last());
        return QStringLiteral("(case when %1(%2) = 'number' then cast(%3 as numeric) end)")
            .arg(binary ? QStringLiteral("jsonb_typeof") : QStringLiteral("json_typeof"), leaf,
                 leafText);
    }
    const QString jsonPath =
        QStringLiteral("'$.") + path.join(QLatin1Char('.')) + QLatin1Char('\'');
    return QStringLiteral("(case when json_valid(%1) then (case when json_type(%1, %2) in "
                          "('integer', 'real') then json_extract(%1, %2) end) end)")
        .arg(column, jsonPath);
}

QString SqlDialect::jsonText(const QString &table, const QString &column,
                             const QStringList &path) const
{
    if (m_pg) {
        const QString type = m_schema.columnType(table, column);
        const bool binary = type == QLatin1String("jsonb");
        if (!binary && type != QLatin1String("json"))
            return QStringLiteral("cast(null as text)");
        QString node = column;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            node += QStringLiteral(" -> '%1'").arg(path.at(i));
        return QStringLiteral("(case when %1(%2 -> '%3') = 'string' then %2 ->> '%3' end)")
            .arg(binary ? QStringLiteral("jsonb_typeof") : QStringLiteral("json_typeof"), node,
                 path.last());
    }
    const QString jsonPath =
        QStringLiteral("'$.") + path.join(QLatin1Char('.')) + QLatin1Char('\'');
    return QStringLiteral("(case when json_valid(%1) then (case when json_type(%1, %2) = 'text' "
                          "then json_extract(%1, %2) end) end)")
        .arg(column, jsonPath);
}

namespace {
QString plus(bool pg, const QString &column, int amount, const char *unit)
{
    const QString u = QString::fromLatin1(unit);
    return pg ? QStringLiteral("(%1 + interval '%2 %3')").arg(column).arg(amount).arg(u)
              : QStringLiteral("julianday(%1, '%2%3 %4')")
                    .arg(column, amount < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                    .arg(std::abs(amount))
                    .arg(u);
}
} // namespace

QString SqlDialect::timeKeyPlusMonths(const QString &column, int months) const
{
    return plus(m_pg, column, months, "months");
}

QString SqlDialect::timeKeyPlusDays(const QString &column, int days) const
{
    return plus(m_pg, column, days, "days");
}
