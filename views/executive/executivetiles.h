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
        // The change against the previous period and the target, one line each (empty: none).
        QString context;
    };

    static const QList<Group> &groups();
    static QString groupTitle(const QString &groupId);
    static QString periodLabel(Period period);
    static QString caption(const QString &tileKey);
    // What the figure is, in one sentence (the tile's tooltip; the metric dictionary's rule).
    static QString definition(const QString &tileKey);
    // "last month", "last quarter", "last year" (empty for all time).
    static QString previousPeriodName(Period period);
    // A change against the previous period with an arrow and a word: "▲ up 12.5% vs last
    // month", "▼ down 3.0 pts vs last year", "■ no change vs last quarter". points: the change
    // is in percentage points (a rate's change), else in percent.
    static QString changeText(double change, bool points, Period period);
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
