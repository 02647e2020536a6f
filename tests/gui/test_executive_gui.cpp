// The Executive Room and Weekly Review widgets offscreen, in English and Arabic.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/core/settings.h"
#include "models/weekly/weeklychangemodel.h"
#include "tests/support/executivefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "tests/support/workergate.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/executive/executiveroomwidget.h"
#include "views/weekly/weeklyreviewwidget.h"
#include "views/weekly/weeklytext.h"
#include "views/widgets/autorefresher.h"
#include "views/widgets/messagebanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("executive room widget: tiles, colour rules with words, period, stale on failure",
          "[gui][executive]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->value() == QStringLiteral("SAR 3,000.4"));
    CHECK(w.tile(QStringLiteral("revenue.actual"))
              ->detail()
              .contains(QStringLiteral("\u2068USD\u2069 2")));
    // No revenue target in this fixture: said, not a variance against the forecast.
    CHECK(w.tile(QStringLiteral("revenue.vs_target"))->value() == QStringLiteral("No target set"));
    CHECK(w.tile(QStringLiteral("revenue.vs_target"))->state() == KpiTile::State::Neutral);
    CHECK(w.tile(QStringLiteral("approvals.breach"))->value() == QStringLiteral("2"));
    CHECK(w.tile(QStringLiteral("approvals.breach"))->state() == KpiTile::State::Critical);
    CHECK(w.tile(QStringLiteral("compliance.posture"))->state() == KpiTile::State::Critical);
    CHECK(w.tile(QStringLiteral("compliance.posture"))->value() == QStringLiteral("At risk"));
    CHECK(w.tile(QStringLiteral("strategic_deals.pipeline_value"))->value() ==
          QStringLiteral("SAR 1.5M"));

    w.setPeriod(Period::Month);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.snapshot().revenue.actual == 100010);
    CHECK(w.tile(QStringLiteral("revenue.win_rate"))->value() == QStringLiteral("50.0%"));

    // Auto-refresh pauses while hidden.
    CHECK(w.autoRefresher()->isEnabled());
    CHECK(w.autoRefresher()->canRefresh());
    w.hide();
    CHECK_FALSE(w.autoRefresher()->canRefresh());
    w.show();

    // A failed refresh keeps the figures and marks them stale.
    s->database().close();
    CHECK_FALSE(TestSupport::refreshAndWait(w));
    CHECK(w.isStale());
    CHECK(w.tile(QStringLiteral("revenue.actual"))->value() == QStringLiteral("SAR 1,000.1"));
    CHECK(w.errorString().size() > 0);
}

TEST_CASE("executive room: the auto-refresh period is the run's setting (Settings::current)",
          "[gui][executive][settings]")
{
    // The window's settings object (a --screenshot run's scratch copy): read from it and
    // written into it, never into the user's application settings.
    std::unique_ptr<Settings> run = Settings::temporary();
    run->setValue(Settings::Key::RefreshIntervalSec, 137);
    Settings *before = Settings::current();
    Settings::setCurrent(run.get());
    {
        ExecutiveRoomWidget w;
        QSpinBox *interval = w.findChild<QSpinBox *>();
        REQUIRE(interval);
        CHECK(interval->value() == 137);
        interval->setValue(240);
        CHECK(run->value(Settings::Key::RefreshIntervalSec).toInt() == 240);
    }
    Settings::setCurrent(before);
}

TEST_CASE("executive room in Arabic: mirrored, translated, Arabic digits",
          "[gui][executive][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    // The catalogue's word for the SLA state "breach", as in the Approval Center.
    CHECK(w.tile(QStringLiteral("approvals.breach"))->caption() ==
          QStringLiteral("متأخرة عن المهلة"));
    CHECK(w.tile(QStringLiteral("approvals.breach"))->value() == QStringLiteral("٢"));
    CHECK(w.tile(QStringLiteral("approvals.breach"))->stateWord() == QStringLiteral("تنبيه"));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->value().contains(QStringLiteral("ر.س")));
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("weekly review widget: RAG banner, change table, decisions, week navigation",
          "[gui][weekly]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    WeeklyReviewWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.ragBanner()->text().contains(QStringLiteral("Overall: Red")));
    // The title names the week by its Sunday, long and unambiguous, and in Umm al-Qura (5 Dec
    // 2026 is 25 Jumada II 1448, so Sunday 22 Nov 2026 is 12 Jumada II 1448); the week line
    // and the as-of time are in Riyadh.
    CHECK(WeeklyText::title(w.review()) ==
          QStringLiteral("Weekly Review · week of 22 Nov 2026 (12 Jumada II 1448 AH)"));
    CHECK(WeeklyText::weekLabel(w.review()) ==
          QStringLiteral("Week of 22 Nov 2026 to 28 Nov 2026 · compared with the week before · "
                         "as of 26 Nov 2026 12:00"));
    CHECK(w.ragBanner()->text().contains(QStringLiteral("Approvals past their SLA: 1")));
    CHECK(w.changeModel()->rowCount() == 10);
    CHECK(w.decisionsList()->count() == 3);
    CHECK(w.decisionsList()->item(0)->text().startsWith(QStringLiteral("Critical · Approval")));
    TestSupport::RefreshWaiter previous(w);
    w.previousWeek();
    REQUIRE(previous.wait());
    CHECK(w.review().week.start == QDateTime(QDate(2026, 11, 14), QTime(21, 0), Qt::UTC));
    // Reviewed as of that Saturday night: the 10.00 won at 23:59:59 counts.
    CHECK(w.review().metric(QStringLiteral("deals_won_value"))->thisWeek == 1000);
    TestSupport::RefreshWaiter next(w);
    w.nextWeek();
    REQUIRE(next.wait());
    CHECK(w.review().week.start == QDateTime(QDate(2026, 11, 21), QTime(21, 0), Qt::UTC));

    TestSupport::RefreshWaiter reworded(w); // the lists are worded by the computation
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    REQUIRE(reworded.wait());
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.ragBanner()->text().contains(QStringLiteral("أحمر")));
    const QString arabicTitle = WeeklyText::title(w.review());
    CHECK(arabicTitle.contains(QStringLiteral("١٤٤٨")));
    CHECK(arabicTitle.contains(QStringLiteral("٢٠٢٦")));
    CHECK_FALSE(arabicTitle.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    CHECK(w.changeModel()->headerData(1, Qt::Horizontal).toString() ==
          QStringLiteral("هذا الأسبوع"));
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("approval center widget in Arabic: mirrored queue, translated, decisions from the window",
          "[gui][approvals][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), QDateTime()); // live: decisions made now leave the queue now
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    // The counters follow the first screen.
    QElapsedTimer waited;
    waited.start();
    while (w.isRefreshing() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    INFO("banner: " << w.banner()->text().toStdString() << " waited " << waited.elapsed());
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.model()->rowCount() == 3);
    CHECK(w.model()->totalRows() == 3);
    CHECK(w.model()->headerData(ApprovalQueueModel::PriorityColumn, Qt::Horizontal).toString() ==
          QStringLiteral("الأولوية"));
    CHECK(w.model()->index(0, ApprovalQueueModel::PriorityColumn).data().toString() ==
          QStringLiteral("حرجة"));
    CHECK(w.counterTile(0)->value() == QStringLiteral("٣")); // pending, in Arabic-Indic digits
    // Reject without a note from the window: refused, said in the banner, nothing decided.
    w.setActor(QStringLiteral("weekly@x.sa"));
    w.setNote(QString());
    const QString refused = w.decide({w.model()->item(0)->id}, ApprovalDecider::Action::Reject);
    CHECK(refused.contains(QStringLiteral("يتطلب الرفض ملاحظة")));
    CHECK(w.model()->rowCount() == 3);
    // Approve the first two in bulk: each decided and audited on its own.
    const QString first = w.model()->item(0)->id;
    TestSupport::RefreshWaiter reread(w); // the queue is read again after the decisions
    const QString summary =
        w.decide({first, w.model()->item(1)->id}, ApprovalDecider::Action::Approve);
    INFO(summary.toStdString());
    REQUIRE(reread.wait());
    CHECK(summary.contains(QStringLiteral("حُسم ٢ من ٢")));
    CHECK(w.model()->rowCount() == 1);
    // Deciding one of them again reports the conflict.
    w.setNote(QStringLiteral("late"));
    TestSupport::RefreshWaiter rereadAgain(w);
    const QString again = w.decide({first}, ApprovalDecider::Action::Approve);
    INFO(again.toStdString());
    REQUIRE(rereadAgain.wait());
    CHECK(w.banner()->text() == again); // said over the queue read again
    // "0 of 1 decided. Already decided: already approved by weekly@x.sa at …", in Arabic.
    CHECK(again.contains(QStringLiteral("حُسم ٠ من ١")));
    CHECK(again.contains(QStringLiteral("سبق أن أصبح")));
    CHECK(again.contains(QStringLiteral("weekly@x.sa")));
    CHECK(w.model()->rowCount() == 1);
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE(
    "approval center widget: a new tenant brings its own deciders, no source clears the queue",
    "[gui][approvals]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.actors() == QStringList{QStringLiteral("weekly@x.sa")});
    CHECK(w.model()->rowCount() == 3);
    // The same session switched to another tenant: the next refresh offers that tenant's users.
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.actors() == QStringList{QStringLiteral("alpha@x.sa")});
    CHECK(w.model()->rowCount() == 5);
    // No source: nothing from the old one stays on screen, and refresh says why.
    w.setSession(nullptr, QDateTime());
    CHECK(w.model()->rowCount() == 0);
    CHECK(w.actors().isEmpty());
    CHECK_FALSE(TestSupport::refreshAndWait(w));
    CHECK(w.decide({QStringLiteral("d0000000-0000-4000-8000-000000000004")},
                   ApprovalDecider::Action::Approve)
              .contains(QStringLiteral("No source")));
}

TEST_CASE("executive room: an auto-refresh tick lets a running refresh finish",
          "[gui][executive][async]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    w.autoRefresher()->setIntervalSec(5); // the shortest period
    w.autoRefresher()->setEnabled(true);
    TestSupport::WorkerGate gate;
    gate.hold();
    TestSupport::RefreshWaiter waiter(w);
    REQUIRE(w.refresh());
    REQUIRE(gate.waitEntered()); // a refresh slower than the period: held past a tick
    QTest::qWait(6500);
    CHECK(w.isRefreshing());
    gate.open();
    REQUIRE(waiter.wait());
    // The held refresh was delivered, not superseded by the tick: no second refresh had reached
    // the worker by then (a superseding tick's refresh would be the one delivered, after it).
    CHECK_FALSE(gate.waitEntered(1, 0));
    CHECK(w.snapshot().tenant.slug == QStringLiteral("alpha"));
}
