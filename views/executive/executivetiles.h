#pragma once

#include "models/executive/executivesnapshot.h"
#include "views/widgets/kpitile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the Executive Room shows for a snapshot — captions, values, context lines and the colour
// rules — decided once for the screen (KpiTile) and for paper (the print section).
class ExecutiveTiles
{
    Q_DECLARE_TR_FUNCTIONS(ExecutiveTiles)
public:
    struct Group {
        QString id;        // section id, e.g. "revenue"
        QString surfaceId; // drill-down target
        QStringList tileKeys;
    };
    struct Tile {
        QString value;
        QString detail;
        KpiTile::State state = KpiTile::State::Neutral;
    };

    static const QList<Group> &groups();
    static QString groupTitle(const QString &groupId);
    static QString periodLabel(Period period);
    static QString caption(const QString &tileKey);
    static const ExecutiveSnapshot::Section &section(const ExecutiveSnapshot &s,
                                                     const QString &groupId);
    // The tiles of every available section, by key.
    static QHash<QString, Tile> build(const ExecutiveSnapshot &s);
    // Over the Dealix API: the server's own risks, pending decisions and forecast health, one
    // line each ("Risks the Dealix server reports: …"); a part that failed says why. Empty for
    // a database. arabic: the server's own Arabic descriptions.
    static QStringList serverLines(const ExecutiveSnapshot &s, bool arabic);

private:
    static void overRest(QHash<QString, Tile> *tiles);
};
