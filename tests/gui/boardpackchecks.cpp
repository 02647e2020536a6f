#include "tests/gui/boardpackchecks.h"

#include "app/surfaces.h"
#include "models/executive/executivesnapshot.h"
#include "views/print/boardpack.h"
#include "views/print/printdocument.h"
#include "views/surface/surface.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

// Everything a section prints, as text: a difference anywhere shows.
QString dump(const PrintSection &s)
{
    QStringList out{s.id, s.title, s.failures.join(QLatin1Char('|'))};
    for (const PrintBlock &b : s.blocks) {
        out << QStringLiteral("block %1 %2 [%3]").arg(int(b.kind)).arg(b.state, b.text);
        for (const PrintKpi &k : b.kpis)
            out << QStringList{k.caption, k.value, k.detail, k.state, k.stateWord}.join(
                QLatin1Char('|'));
        out << b.table.headers.join(QLatin1Char('|')) << b.table.note;
        for (const QStringList &row : b.table.rows)
            out << row.join(QLatin1Char('|'));
        for (const QList<QColor> &colours : b.table.cellColours) {
            QStringList names;
            for (const QColor &c : colours)
                names << (c.isValid() ? c.name() : QString());
            out << names.join(QLatin1Char(','));
        }
        out << b.chart.categories.join(QLatin1Char('|'));
        for (const QList<double> *series :
             {&b.chart.bars, &b.chart.line, &b.chart.bandLow, &b.chart.bandHigh, &b.chart.target}) {
            QStringList values;
            for (double v : *series)
                values << QString::number(v, 'g', 17);
            out << values.join(QLatin1Char(','));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// The JSON without the moment it was written (generated_at differs from run to run).
QJsonValue withoutGeneratedAt(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("generated_at"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutGeneratedAt(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutGeneratedAt(a.at(i));
        return a;
    }
    return v;
}

QByteArray normalised(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject())
        return QJsonDocument(withoutGeneratedAt(doc.object()).toObject()).toJson();
    return json;
}

void exec(Session &s, const QString &sql)
{
    QSqlQuery q(s.database());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

namespace BoardPackChecks {

void checkSharedEqualsSeparate(Session &session, const QDateTime &asOf, const QString &period)
{
    registerSurfaces();
    QStringList ids;
    for (const QString &id : BoardPack::boardOrder()) {
        if (SurfaceRegistry::instance().find(id))
            ids << id;
    }
    REQUIRE(ids.size() == 11);
    // Every section alone, each from a request of its own: nothing shared.
    QStringList separate;
    for (const QString &id : ids) {
        ExportRequest request;
        request.asOf = asOf;
        request.period = period;
        PrintSection section;
        QString error;
        const bool ok =
            SurfaceRegistry::instance().find(id)->printSection(session, request, &section, &error);
        INFO(id.toStdString() << ": " << error.toStdString());
        REQUIRE(ok);
        separate << dump(section);
    }
    for (int threads : {1, 4}) {
        INFO("threads " << threads);
        BoardPack::Options options;
        options.asOf = asOf;
        options.period = period;
        options.user = QStringLiteral("board.secretary");
        options.threads = threads;
        options.surfaces = ids;
        BoardPack::Content content;
        QString error;
        const bool built = BoardPack::build(session, options, &content, &error);
        INFO(error.toStdString());
        REQUIRE(built);
        CHECK(content.failedSections.isEmpty());
        REQUIRE(content.sections.size() == ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            INFO(ids.at(i).toStdString());
            CHECK(content.sections.at(i).id ==
                  ids.at(i)); // the board order, whatever finished first
            CHECK(dump(content.sections.at(i)) == separate.at(i));
        }
    }
    // The exports: one request shared by every surface, against one request each.
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        ExportRequest shared;
        shared.asOf = asOf;
        shared.period = period;
        shared.format = format;
        for (const QString &id : ids) {
            INFO(id.toStdString() << " " << format.toStdString());
            const Surface *surface = SurfaceRegistry::instance().find(id);
            ExportRequest own = shared;
            own.compliance = std::make_shared<ComplianceLive>();
            own.shared = ExportRequest().shared;
            QByteArray a, b;
            QString error;
            REQUIRE(surface->exportData(session, shared, &a, &error));
            REQUIRE(surface->exportData(session, own, &b, &error));
            CHECK(!a.isEmpty());
            if (format == QLatin1String("json"))
                CHECK(normalised(a) == normalised(b));
            else
                CHECK(a == b);
        }
    }
}

void checkSnapshotComputedOnce(Session &session, const QDateTime &asOf)
{
    ExecutiveSnapshot alone;
    QString error;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, asOf, &alone, &error, nullptr));
    ExportRequest request;
    request.asOf = asOf;
    ExecutiveSnapshot first;
    REQUIRE(request.executiveSnapshot(session, Period::AllTime, &first, &error));
    // The same figures as the snapshot computed on its own (the live checks attached).
    CHECK(first.revenue.available);
    CHECK(first.revenue.actual == alone.revenue.actual);
    CHECK(first.revenue.pipeline == alone.revenue.pipeline);
    CHECK(first.approvals.pending == alone.approvals.pending);
    CHECK(first.toJson().value(QStringLiteral("revenue")) ==
          alone.toJson().value(QStringLiteral("revenue")));
    CHECK(first.compliance.live.ran);
    // Read once: with the tables gone, a second reader of the same request still gets them.
    exec(session, QStringLiteral("alter table deals rename to deals_away"));
    exec(session, QStringLiteral("alter table approval_requests rename to approvals_away"));
    ExecutiveSnapshot second;
    const bool again = request.executiveSnapshot(session, Period::AllTime, &second, &error);
    ExecutiveSnapshot fresh;
    ExportRequest other;
    other.asOf = asOf;
    const bool freshOk = other.executiveSnapshot(session, Period::AllTime, &fresh, &error);
    exec(session, QStringLiteral("alter table deals_away rename to deals"));
    exec(session, QStringLiteral("alter table approvals_away rename to approval_requests"));
    REQUIRE(again);
    CHECK(second.revenue.available);
    CHECK(second.revenue.actual == first.revenue.actual);
    CHECK(second.toJson() == first.toJson());
    // ... while another request reads the source again (and finds the tables gone).
    CHECK((!freshOk || !fresh.revenue.available));
}

} // namespace BoardPackChecks
