#pragma once

#include <QSqlDatabase>
#include <QString>

// A SHA-256 over every row of every Dealix table (ordered by id): two databases with the same
// digest hold the same data. Used to prove the demo generator deterministic.
namespace DataDigest {
QString compute(QSqlDatabase db, QString *error = nullptr);
} // namespace DataDigest
