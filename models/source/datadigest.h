#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// SHA-256 digests over data, exact to the byte: every item is framed as a type tag, a 64-bit
// length and its bytes, so that two different tables, rows or values never digest alike —
// text with a NUL in it, text that is not valid UTF-8, a blob, the integer 1, the text '1'
// and the real 1.0 are all different inputs.
namespace DataDigest {

class Hasher
{
public:
    // tag, length (8 bytes, big-endian) and the bytes themselves.
    void frame(char tag, QByteArrayView bytes);
    void text(char tag, const QString &s) { frame(tag, s.toUtf8()); }
    void number(char tag, qint64 n);
    // A value read from SQLite with its storage class (typeof()): text and blobs as their
    // bytes, integers as 64 bits, reals as their IEEE-754 bits, null as a tag alone.
    void sqliteValue(const QString &storageClass, const QVariant &value);
    // A value from any driver, by its Qt type.
    void variant(const QVariant &value);
    QString hex();

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// A SQLite table (or view) as the app reads it: its name, its columns in order (name,
// declared type, not-null, primary key) and every row in id order, each value by its storage
// class and exact bytes, and the number of rows. The table name comes from the app's catalogue.
QString sqliteTable(QSqlDatabase db, const QString &table, QString *error);

// Over every Dealix table of a database (ordered by id): two databases with the same digest
// hold the same data. Exact on SQLite (sqliteTable); by Qt value type on other drivers. Used to
// prove the demo generator deterministic.
QString compute(QSqlDatabase db, QString *error = nullptr);

} // namespace DataDigest
