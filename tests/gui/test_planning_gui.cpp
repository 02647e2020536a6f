// Actual vs Forecast, Risk Heatmap, Policy Violations and Partner Pipeline offscreen, in English
// and in Arabic, with the chart rule and the heatmap's mirroring checked.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/violations/policyviolations.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/planningfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/forecast/forecastwidget.h"
#include "views/partners/partnerpipelinewidget.h"
#include "views/print/printdocument.h"
#include "views/risk/heatmapview.h"
#include "views/risk/riskheatmapwidget.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/kanbanboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <cmath>

TEST_CASE("risk heatmap: the grid mirrors in Arabic, a cell lists its risks and opens the source",
          "[gui][risk][arabic]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("rk")));
    LanguageManager language;
    for (const char *lang : {"en", "ar"}) {
        REQUIRE(language.setLanguage(QString::fromLatin1(lang)));
        RiskHeatmapWidget w;
        w.setSession(s.get(), PlanningFixture::asOf());
        w.resize(1100, 700);
        w.show();
        REQUIRE(TestSupport::refreshAndWait(w));
        const bool rtl = QString::fromLatin1(lang) == QLatin1String("ar");
        CHECK((w.layoutDirection() == Qt::RightToLeft) == rtl);
        // Likelihood grows from the leading edge: rightwards in English, leftwards in Arabic.
        const int x1 = w.heatmap()->cellRect(1, 3).center().x();
        const int x5 = w.heatmap()->cellRect(5, 3).center().x();
        CHECK((rtl ? x1 > x5 : x1 < x5));
        // Impact grows upwards either way.
        CHECK(w.heatmap()->cellRect(3, 5).center().y() < w.heatmap()->cellRect(3, 1).center().y());
        // The point in a cell maps back to that cell.
        CHECK(w.heatmap()->cellAt(w.heatmap()->cellRect(4, 5).center()) == std::pair{4, 5});
        w.heatmap()->select(4, 5);
        REQUIRE(w.cellList()->count() == 1);
        QSignalSpy open(&w, &SurfaceWidget::openSurfaceRequested);
        emit w.cellList()->itemActivated(w.cellList()->item(0));
        REQUIRE(open.count() == 1);
        CHECK(open.first().first().toString() == QLatin1String("compliance"));
        CHECK(w.controlsTable()->rowCount() >= 5);
        QAbstractItemModelTester tester(w.controlsTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("forecast chart: time left to right, value axis on the leading side, table and tracks",
          "[gui][forecast][arabic]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("fc")));
    LanguageManager language;
    for (const char *lang : {"en", "ar"}) {
        REQUIRE(language.setLanguage(QString::fromLatin1(lang)));
        ForecastWidget w;
        w.setSession(s.get(), PlanningFixture::asOf());
        w.resize(1100, 700);
        w.show();
        REQUIRE(TestSupport::refreshAndWait(w));
        const bool rtl = QString::fromLatin1(lang) == QLatin1String("ar");
        REQUIRE(w.valueAxis());
        CHECK(w.valueAxis()->alignment() == (rtl ? Qt::AlignRight : Qt::AlignLeft));
        // The plot itself is never mirrored.
        CHECK(w.chart()->series().size() >= 4);
        CHECK(w.table()->rowCount() == 18);
        CHECK(w.tracksTable()->rowCount() == 3);
        QAbstractItemModelTester tester(w.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        if (rtl)
            CHECK(w.tracksTable()->item(0, 0)->text() == QStringLiteral("الإيرادات"));
    }
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("forecast on paper: the chart carries the fixture's months in SAR, with today and "
          "the targets",
          "[print][forecast][chart]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("fc")));
    const Surface *surface = SurfaceRegistry::instance().find(QStringLiteral("forecast"));
    REQUIRE(surface);
    ExportRequest request;
    request.asOf = PlanningFixture::asOf();
    auto chartOf = [&]() {
        PrintSection section;
        QString error;
        REQUIRE(surface->printSection(*s, request, &section, &error));
        for (const PrintBlock &b : std::as_const(section.blocks))
            if (b.kind == PrintBlock::Kind::Chart)
                return b.chart;
        FAIL("no chart in the forecast section");
        return PrintChart();
    };
    const PrintChart c = chartOf();
    // Dec 2025 … May 2027; November 2026 (index 11) is this month. Figures from the fixture's
    // rows, in SAR: won 1,000.00 in November and 500.00 in October; December 2026 forecast
    // 7,500.00, commit 10,000.00, best case 13,000.00; targets 5,000.00 in November, none in
    // March 2027.
    REQUIRE(c.categories.size() == 18);
    CHECK(c.todayIndex == 11);
    CHECK(c.bars.at(11) == Approx(1000.0));
    CHECK(c.bars.at(10) == Approx(500.0));
    CHECK(c.bars.at(0) == 0);
    CHECK(c.line.at(12) == Approx(7500.0));
    CHECK(c.bandLow.at(12) == Approx(10000.0));
    CHECK(c.bandHigh.at(12) == Approx(13000.0));
    // A past month has no forecast: no band there (NaN), never a band down to 0.
    CHECK(std::isnan(c.bandLow.at(10)));
    CHECK(std::isnan(c.bandHigh.at(10)));
    CHECK(std::isnan(c.bandLow.at(0)));
    REQUIRE(c.target.size() == 18);
    CHECK(c.target.at(11) == Approx(5000.0));
    CHECK(std::isnan(c.target.at(15)));
    CHECK_FALSE(c.legend.at(3).isEmpty());
    // Without revenue_targets: no target line and no key for it.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("drop table revenue_targets")));
    s->refreshSchema();
    REQUIRE(s->selectTenant(QStringLiteral("fc")));
    const PrintChart without = chartOf();
    CHECK(without.target.isEmpty());
    CHECK(without.legend.at(3).isEmpty());
    CHECK(without.bars.at(11) == Approx(1000.0));
}

TEST_CASE("policy violations in Arabic: columns right to left, resolve from the window",
          "[gui][violations][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("pp")));
    PolicyViolationsWidget w;
    // As of the fixture's time: the rows created a second later are not on the board.
    w.setSession(s.get(), BoardsFixture::asOf());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.board()->columnCount() == 5); // four statuses and "other"
    REQUIRE(w.board()->list(QStringLiteral("detected")));
    CHECK(w.board()->list(QStringLiteral("detected"))->count() == 1);
    REQUIRE(w.select(QStringLiteral("97300000-0000-4000-8000-000000000001")));
    w.actorPicker()->setEmail(QStringLiteral("manager@pp.sa"));
    CHECK(w.resolveSelected(QStringLiteral("resolved"), QString()).contains(QStringLiteral("نص")));
    {
        TestSupport::RefreshWaiter reread(w);
        CHECK(w.resolveSelected(QStringLiteral("resolved"), QStringLiteral("corrected")) ==
              QStringLiteral("عولجت."));
        REQUIRE(reread.wait());
    }
    CHECK(w.board()->list(QStringLiteral("detected"))->count() == 0);
    CHECK(w.violations().active == 1);
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("partner pipeline in Arabic: columns, the other column, closed columns fold, filters",
          "[gui][partners][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("pp")));
    PartnerPipelineWidget w;
    w.setSession(s.get(), BoardsFixture::asOf());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.board()->columnCount() == 8);
    REQUIRE(w.board()->list(QStringLiteral("discovery")));
    // The Arabic title where there is one.
    CHECK(w.board()
              ->list(QStringLiteral("discovery"))
              ->item(0)
              ->text()
              .contains(QStringLiteral("شراكة")));
    CHECK(w.board()->list(QStringLiteral("other"))->count() == 1);
    w.board()->setCollapsed(QStringLiteral("closed_won"), true);
    CHECK(w.board()->list(QStringLiteral("closed_won")) == nullptr);
    w.setFilter({QStringLiteral("partnership"), QString()});
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.pipeline().total == 2);
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("policy violations on paper: most severe first, newest first within, at most 50, the "
          "cut said",
          "[print][violations]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    // The fixture's two active ones (K1 critical, K2 high) plus 60 low ones, all newer than
    // both: newest first alone would print only low ones.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("create temp table k as select * from contradictions where "
                                  "claim_a = 'value is 1'")));
    for (int i = 0; i < 60; ++i) {
        QSqlQuery u(s->database());
        REQUIRE(u.prepare(QStringLiteral(
            "update k set id = ?, severity = 'LOW', status = 'DETECTED', created_at = ?")));
        u.addBindValue(
            QStringLiteral("97500000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        u.addBindValue(BoardsFixture::asOf().addSecs(-60 - i).toString(Qt::ISODate));
        REQUIRE(u.exec());
        REQUIRE(q.exec(QStringLiteral("insert into contradictions select * from k")));
    }
    // And the newest of all, low and under review: first among the low ones, although the
    // board lists detected before reviewing.
    QSqlQuery u(s->database());
    REQUIRE(u.prepare(QStringLiteral("update k set id = ?, severity = 'LOW', status = 'REVIEWING', "
                                     "created_at = ?")));
    u.addBindValue(QStringLiteral("97500000-0000-4000-8000-999999999999"));
    u.addBindValue(BoardsFixture::asOf().addSecs(-1).toString(Qt::ISODate));
    REQUIRE(u.exec());
    REQUIRE(q.exec(QStringLiteral("insert into contradictions select * from k")));
    REQUIRE(s->selectTenant(QStringLiteral("pp")));
    const Surface *surface = SurfaceRegistry::instance().find(QStringLiteral("policy-violations"));
    REQUIRE(surface);
    ExportRequest request;
    request.asOf = BoardsFixture::asOf();
    PrintSection section;
    QString error;
    REQUIRE(surface->printSection(*s, request, &section, &error));
    const PrintTable *table = nullptr;
    for (const PrintBlock &b : std::as_const(section.blocks))
        if (b.kind == PrintBlock::Kind::Table)
            table = &b.table;
    REQUIRE(table);
    REQUIRE(table->rows.size() == 50);
    CHECK(table->rows.at(0).at(0) == PolicyViolations::severityText(QStringLiteral("critical")));
    CHECK(table->rows.at(0).at(2) == QLatin1String("value is 1"));
    CHECK(table->rows.at(1).at(0) == PolicyViolations::severityText(QStringLiteral("high")));
    CHECK(table->rows.at(2).at(1) == PolicyViolations::statusText(QStringLiteral("reviewing")));
    CHECK(table->rows.at(3).at(1) == PolicyViolations::statusText(QStringLiteral("detected")));
    CHECK(table->rows.at(49).at(0) == PolicyViolations::severityText(QStringLiteral("low")));
    CHECK(table->note == QLatin1String("showing the 50 most severe of 63 active"));
}
