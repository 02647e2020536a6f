#include "models/source/datadigest.h"

#include "models/source/dealixschema.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DataDigest {

QString compute(QSqlDatabase db, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DealixSchema::Table &table : DealixSchema::tables()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Table names come from our own catalogue, never from input.
        if (!q.exec(QStringLiteral("select * from %1 order by id").arg(table.name))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        hash.addData(table.name.toUtf8());
        while (q.next()) {
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                hash.addData(rec.fieldName(i).toUtf8());
                hash.addData(QByteArrayView("=", 1));
                hash.addData(q.value(i).isNull() ? QByteArray("\\N")
                                                 : q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace DataDigest
