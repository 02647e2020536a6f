#include "models/source/datadigest.h"

#include "models/source/boundquery.h"
#include "models/source/dealixschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <cstring>

namespace DataDigest {

namespace {
QString quotedName(const QString &name)
{
    QString n = name;
    return QLatin1Char('"') + n.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QByteArray bigEndian(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}
} // namespace

void Hasher::frame(char tag, QByteArrayView bytes)
{
    m_hash.addData(QByteArrayView(&tag, 1));
    m_hash.addData(bigEndian(quint64(bytes.size())));
    m_hash.addData(bytes);
}

void Hasher::number(char tag, qint64 n)
{
    frame(tag, bigEndian(quint64(n)));
}

void Hasher::sqliteValue(const QString &storageClass, const QVariant &value)
{
    if (storageClass == QLatin1String("null")) {
        frame('N', {});
    } else if (storageClass == QLatin1String("integer")) {
        number('I', value.toLongLong());
    } else if (storageClass == QLatin1String("real")) {
        const double d = value.toDouble();
        quint64 bits = 0;
        static_assert(sizeof(bits) == sizeof(d));
        std::memcpy(&bits, &d, sizeof(d));
        frame('R', bigEndian(bits));
    } else if (storageClass == QLatin1String("text")) {
        frame('T', value.toByteArray()); // read as a blob: the exact bytes
    } else if (storageClass == QLatin1String("blob")) {
        frame('B', value.toByteArray());
    } else {
        // Not one of SQLite's five classes: framed apart from all of them.
        frame('?', storageClass.toUtf8() + '\0' + value.toByteArray());
    }
}

void Hasher::variant(const QVariant &v)
{
    if (v.isNull()) {
        frame('N', {});
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::Long:
        number('I', v.toLongLong());
        break;
    case QMetaType::Bool:
        number('b', v.toBool() ? 1 : 0);
        break;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof(d));
        frame('R', bigEndian(bits));
        break;
    }
    case QMetaType::QByteArray:
        frame('B', v.toByteArray());
        break;
    default:
        // Text, and what a driver gives as text (numeric, dates, UUIDs), by type.
        frame('T', QByteArray(v.metaType().name()) + '\0' + v.toString().toUtf8());
        break;
    }
}

QString Hasher::hex()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

QString sqliteTable(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery cols(db);
    // The table name comes from our own catalogue, never from input.
    if (!cols.exec(QStringLiteral("select name, type, \"notnull\", pk from pragma_table_info('%1') "
                                  "order by cid")
                       .arg(table))) {
        if (error)
            *error = sqlErrorText(cols.lastError());
        return {};
    }
    Hasher h;
    h.text('t', table);
    QStringList selected;
    while (cols.next()) {
        const QString name = cols.value(0).toString();
        h.text('c', name);
        h.text('y', cols.value(1).toString());
        h.number('n', cols.value(2).toLongLong());
        h.number('k', cols.value(3).toLongLong());
        // Column names come from the file: quoted. Text is read as a blob, so that a NUL or
        // bytes that are not UTF-8 reach the digest as they are.
        const QString c = quotedName(name);
        selected << QStringLiteral("typeof(%1)").arg(c)
                 << QStringLiteral("case when typeof(%1) = 'text' then cast(%1 as blob) else %1 "
                                   "end")
                        .arg(c);
    }
    if (selected.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DataDigest", "no table %1").arg(table);
        return {};
    }
    h.number('w', selected.size() / 2);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(QStringLiteral("select %1 from %2 order by id")
                    .arg(selected.join(QStringLiteral(", ")), quotedName(table)))) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return {};
    }
    qint64 rows = 0;
    const int columns = int(selected.size() / 2);
    while (q.next()) {
        h.frame('r', {});
        for (int i = 0; i < columns; ++i)
            h.sqliteValue(q.value(2 * i).toString(), q.value(2 * i + 1));
        ++rows;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return {};
    }
    h.number('e', rows);
    return h.hex();
}

QString compute(QSqlDatabase db, QString *error)
{
    Hasher all;
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    const QStringList present = db.tables();
    for (const DealixSchema::Table &table : DealixSchema::tables()) {
        if (!present.contains(table.name))
            continue;
        if (sqlite) {
            const QString d = sqliteTable(db, table.name, error);
            if (d.isEmpty())
                return {};
            all.text('t', d);
            continue;
        }
        const QSqlRecord columns = db.record(table.name);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << quotedName(columns.fieldName(i));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Table names come from our own catalogue, never from input.
        if (!q.exec(QStringLiteral("select %1 from %2 order by id")
                        .arg(names.join(QStringLiteral(", ")), table.name))) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return {};
        }
        all.text('t', table.name);
        for (int i = 0; i < columns.count(); ++i)
            all.text('c', columns.fieldName(i));
        while (q.next()) {
            all.frame('r', {});
            for (int i = 0; i < columns.count(); ++i)
                all.variant(q.value(i));
        }
        // A read that stopped on an error is not the end of the table: no digest of part of it.
        if (q.lastError().isValid()) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return {};
        }
    }
    return all.hex();
}

} // namespace DataDigest
