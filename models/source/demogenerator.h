#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

class Session;

struct DemoOptions {
    double scale = 1.0; // 1 ≈ a mid-size tenant (~5k deals in all); 200 ≈ 1M deals
    quint64 seed = 20260417;
    QDateTime now; // generation time; everything is placed relative to it
};

struct DemoStats {
    qint64 totalRows = 0;
    QHash<QString, qint64> rowsPerTable;
    qint64 elapsedMs = 0;
};

// Generates the deterministic demo data set (README "Rules: Sources"): three Saudi tenants with
// Arabic and English names, SAR amounts, Sunday–Thursday working hours, every enum value of
// every table, the 14 Dealix compliance controls and the 7 known connectors, approvals within
// SLA, in warning and breached relative to the generation time. The same seed and time give
// the same rows, byte for byte.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    using Progress = std::function<bool(int percent)>; // return false to cancel

    // Fills the session's database; creates the schema first if it has no tenants table.
    static bool generate(Session &session, const DemoOptions &options, DemoStats *stats,
                         QString *error, const Progress &progress = {});
    // Writes a new SQLite demo database at path, atomically (a temporary file, then rename).
    static bool writeSqliteFile(const QString &path, const DemoOptions &options, DemoStats *stats,
                                QString *error, const Progress &progress = {});
};
