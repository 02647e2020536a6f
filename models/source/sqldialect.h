#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

class Session;
class SchemaInfo;

// The few SQL expressions that differ between SQLite and PostgreSQL, so that each surface
// writes its aggregate query once. Column names passed in come from our own code, never from
// input. PostgreSQL casts are written cast(... as ...): "::" would collide with Qt's
// placeholder parsing.
class SqlDialect
{
public:
    explicit SqlDialect(const Session &session);
    // Without an open session (the index catalogue creating indexes in a file the app writes):
    // the same expressions for a schema read from the catalog.
    SqlDialect(const SchemaInfo &schema, bool postgres);

    bool isPostgres() const { return m_pg; }
    // An enum-like column as upper-case text: native PostgreSQL enums hold upper-case member
    // names, plain string columns lower-case values; comparing upper(text) works for both.
    QString upperText(const QString &column) const;
    QString lowerText(const QString &column) const;
    // A NUMERIC money column as whole halalas (integer, exact). Only meaningful where
    // moneyState(column) is 0: text reads as 0 on SQLite and NaN fails the cast on PostgreSQL.
    QString halalas(const QString &column) const;
    // What a money column holds in one row, so that no amount is summed that is not one:
    // NULL when NULL; 0 an amount (a finite number ≥ 0 within Money::MaxExact halalas);
    // 1 not a number (text, 'NaN', ±infinity, empty); 2 negative; 3 a number outside the exact
    // range. Amounts in states 1–3 are left out of every sum and counted; state 3 makes the
    // sum fail (its result would not be exact).
    QString moneyState(const QString &column) const;
    // halalas(column) where moneyState(column) is 0, else NULL: the only form summed.
    QString validHalalas(const QString &column) const;
    // What a probability column (percent) holds in one row: NULL when NULL (weighted as 0, as
    // Dealix does); 0 a number from 0 to 100; 1 anything else (text, NaN, infinite, below 0 or
    // above 100). A deal in state 1 is counted and named, never weighted into a forecast.
    QString percentState(const QString &column) const;
    // value × probability in hundredths of a halala, rounded to a whole number per row (a
    // fractional probability such as 33.5 gives a fractional product): valueHalalas is an
    // integer expression of halalas (validHalalas), probability a column in percentState 0.
    // Exact: an integer product stays integer arithmetic; a fractional one is rounded half away
    // from zero once per row, so every sum of it is a whole number.
    QString weightedCenti(const QString &valueHalalas, const QString &probability) const;
    enum MoneyState { MoneyValid = 0, MoneyNotANumber = 1, MoneyNegative = 2, MoneyOutOfRange = 3 };
    // A timestamp column as whole seconds since the epoch (integer); NULL stays NULL. On SQLite
    // this reads any ISO-8601 text, with or without a zone suffix.
    QString epochSeconds(const QString &column) const;
    // A timestamp column as a value whose order is time order whatever the stored form (zone
    // offsets, a space separator, any fraction): the column itself on PostgreSQL, its Julian day
    // number (a REAL, from whole milliseconds) on SQLite. timeKey(QDateTime) is a bound value to
    // compare with it. "As of" comparisons use it, never the stored text.
    QString timeKey(const QString &column) const;
    QVariant timeKey(const QDateTime &t) const;
    // "The row existed at T": its creation time (column) is at or before the bound time key
    // placeholder, or unknown. Dealix's created_at has only a Python-side default, so a row
    // inserted otherwise may have none; such a row is counted, never silently dropped.
    QString existedBy(const QString &column, const QString &placeholder) const;
    // A timestamp column as an ordering and paging key that is never NULL: an unknown time sorts
    // as the earliest (year 1), on both engines alike.
    QString earliestIfNull(const QString &column) const;
    // A user's display name for the id in idColumn, looked up within the tenant in
    // tenantColumn: the full name, else the e-mail (only the e-mail when emailOnly), from the
    // columns the source lets the role read; NULL when it can read none of them (no users
    // table, or column grants without the names), so a name is never what makes a surface fail.
    QString userName(const QString &idColumn, const QString &tenantColumn,
                     bool emailOnly = false) const;
    // A timestamp column read back so that it binds again as exactly the same value, for keyset
    // cursors over "order by column": microsecond UTC text on PostgreSQL (the driver's QDateTime
    // keeps only milliseconds), the stored text itself on SQLite.
    QString timeKeyValue(const QString &column) const;
    // A JSON number at path (keys) in column, or NULL when absent, not a number or not JSON.
    QString jsonNumber(const QString &table, const QString &column, const QStringList &path) const;
    // A JSON string at path in column, or NULL when absent, not a string or not JSON.
    QString jsonText(const QString &table, const QString &column, const QStringList &path) const;
    // Appended to a subquery in FROM whose columns are used many times: SQLite would flatten it
    // and evaluate each expression once per use; "limit -1" keeps it a co-routine that
    // computes every column once per row. Empty on PostgreSQL.
    QString computeOnce() const { return m_pg ? QString() : QStringLiteral(" limit -1"); }
    // A timestamp column moved by whole months, as a time key comparable with timeKey(column).
    QString timeKeyPlusMonths(const QString &column, int months) const;
    // A timestamp column moved by whole days, as a time key.
    QString timeKeyPlusDays(const QString &column, int days) const;
    // A bound as-of time moved by days, as a time key (value to bind).
    QVariant timeKeyPlusDays(const QDateTime &t, int days) const
    {
        return timeKey(t.addDays(days));
    }
    // The integer type name for casts.
    QString bigint() const { return m_pg ? QStringLiteral("bigint") : QStringLiteral("integer"); }

private:
    const SchemaInfo &m_schema;
    bool m_pg;
};
