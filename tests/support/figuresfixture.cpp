#include "tests/support/figuresfixture.h"

#include "models/executive/executivesnapshot.h"
#include "models/forecast/revenueforecast.h"
#include "models/partners/partnerpipeline.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/executivefixture.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace FiguresFixture {

namespace {

QString tenantId(const QString &slug)
{
    if (slug == QLatin1String("alpha"))
        return QStringLiteral("a0000000-0000-4000-8000-000000000001");
    if (slug == QLatin1String("weekly"))
        return QStringLiteral("d0000000-0000-4000-8000-000000000004");
    return QStringLiteral("b0000000-0000-4000-8000-000000000002");
}

ExecutiveSnapshot snapshot(Session &session, Period period)
{
    ExecutiveSnapshot s;
    QString error;
    const bool ok =
        ExecutiveSnapshot::compute(session, period, ExecutiveFixture::asOf(), &s, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    INFO(s.revenue.unavailableReason.toStdString());
    REQUIRE(s.revenue.available);
    return s;
}

} // namespace

bool execAs(Session &session, const QString &tenantSlug, const QString &sql,
            const QVariantList &values, QString *error)
{
    if (!session.setRlsTenant(tenantId(tenantSlug), error))
        return false;
    QSqlQuery q(session.database());
    // Statements without values (DDL) run unprepared: PostgreSQL prepares no ALTER TABLE.
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

bool addTargets(Session &session, QString *error)
{
    const struct {
        const char *start, *end, *track, *value;
    } rows[] = {{"2026-11-01", "2026-11-30", "revenue", "5000.00"},
                {"2026-10-01", "2026-12-31", "revenue", "3000.00"},
                {"2026-02-01", "2026-03-31", "revenue", "1000.01"},
                {"2027-01-01", "2027-01-31", "revenue", "99999.00"},
                {"2026-11-01", "2026-11-30", "partnerships", "5.00"}};
    int n = 0;
    for (const auto &r : rows) {
        ++n;
        if (!execAs(session, QStringLiteral("alpha"),
                    QStringLiteral("insert into revenue_targets (id, created_at, updated_at, "
                                   "tenant_id, period_start, period_end, track, target_value_sar) "
                                   "values (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {QStringLiteral("f1000000-0000-4000-8000-00000000000%1").arg(n),
                     QStringLiteral("2026-01-05T08:00:00.000Z"),
                     QStringLiteral("2026-01-05T08:00:00.000Z"), tenantId(QStringLiteral("alpha")),
                     QString::fromLatin1(r.start), QString::fromLatin1(r.end),
                     QString::fromLatin1(r.track), QString::fromLatin1(r.value)},
                    error))
            return false;
    }
    return session.setRlsTenant(QString(), error);
}

namespace {

void setAlphaDeal(Session &session, const char *column, const QVariant &to, const char *value)
{
    QString error;
    const bool ok =
        execAs(session, QStringLiteral("alpha"),
               QStringLiteral("update deals set %1 = ? where tenant_id = ? and value = ?")
                   .arg(QLatin1String(column)),
               {to, tenantId(QStringLiteral("alpha")), QString::fromLatin1(value)}, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
}

} // namespace

void checkTargetFigures(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    // The open deals have no expected close date yet: they fall in no month, quarter or year,
    // so the forecast of those periods is their actual alone (the whole weighted pipeline,
    // 6100.0089 SAR, is not due in any one of them).
    // Month (November): target 5000.00 + 1000.00 = 6000.00. Actual 1000.10: 100 × (1000.10 −
    // 6000) / 6000 = −83.33 → −83.3; period forecast = actual → −83.3 too.
    const ExecutiveSnapshot month = snapshot(session, Period::Month);
    REQUIRE(month.revenue.target.has_value());
    CHECK(*month.revenue.target == 600000);
    CHECK(*month.revenue.actualVsTargetPercent == Approx(-83.3));
    CHECK(month.revenue.periodForecast() == 100010);
    CHECK(*month.revenue.forecastVsTargetPercent == Approx(-83.3));
    // Dealix's variance_percent and forecast keep their own meaning (all open deals).
    CHECK(*month.revenue.variancePercent ==
          Approx(-85.9)); // 100 × (1000.10 − 7100.1089) / 7100.1089
    CHECK(month.revenue.forecast() == 710011);
    // Quarter (Oct–Dec): 5000.00 + 3000.00 = 8000.00. Actual 1000.10: −87.49875 → −87.5, and
    // the period forecast the same.
    const ExecutiveSnapshot quarter = snapshot(session, Period::Quarter);
    REQUIRE(quarter.revenue.target.has_value());
    CHECK(*quarter.revenue.target == 800000);
    CHECK(*quarter.revenue.actualVsTargetPercent == Approx(-87.5));
    CHECK(*quarter.revenue.forecastVsTargetPercent == Approx(-87.5));
    // Year 2026: 8000.00 + 1000.01 = 9000.01 (2027 not in it, partnerships never). Actual
    // 3000.35: 100 × −5999.66 / 9000.01 = −66.66 → −66.7, the period forecast the same.
    const ExecutiveSnapshot year = snapshot(session, Period::Year);
    REQUIRE(year.revenue.target.has_value());
    CHECK(*year.revenue.target == 900001);
    CHECK(*year.revenue.actualVsTargetPercent == Approx(-66.7));
    CHECK(*year.revenue.forecastVsTargetPercent == Approx(-66.7));
    // All time: every month up to November 2026: 5000.00 + 1000.00 (Oct) + 1000.00 (Nov) +
    // 1000.01 = 8000.01 (December and 2027 are after as-of). Actual: 100 × (3000.35 −
    // 8000.01) / 8000.01 = −62.50 → −62.5; all time takes every open deal, dated or not:
    // forecast 9100.3589: 100 × 1100.3489 / 8000.01 = 13.75 → 13.8.
    const ExecutiveSnapshot all = snapshot(session, Period::AllTime);
    REQUIRE(all.revenue.target.has_value());
    CHECK(*all.revenue.target == 800001);
    CHECK(*all.revenue.actualVsTargetPercent == Approx(-62.5));
    CHECK(*all.revenue.forecastVsTargetPercent == Approx(13.8));
    CHECK(all.revenue.periodForecast() == 910036);
    const QJsonObject revenue = all.toJson().value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("target")).toDouble() == 8000.01);
    CHECK(revenue.value(QStringLiteral("actual_vs_target_percent")).toDouble() == -62.5);
    CHECK(revenue.value(QStringLiteral("forecast_vs_target_percent")).toDouble() == 13.8);
    CHECK(revenue.value(QStringLiteral("period_forecast")).toDouble() == 9100.36);
    CHECK(revenue.value(QStringLiteral("variance_percent")).toDouble() == -67.0);

    // Expected close dates on the period boundaries: 3333.33 at 33 % on 30 November (the last
    // day of the month), 10000.00 at 50 % on 1 December (the quarter, not the month); 0.01 at
    // 100 % keeps no date (all time only).
    setAlphaDeal(session, "expected_close_date", QStringLiteral("2026-11-30"), "3333.33");
    setAlphaDeal(session, "expected_close_date", QStringLiteral("2026-12-01"), "10000.00");
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    // Month: 1000.10 + 3333.33 × 33 % = 100010 × 100 + 10999989 = 21000989 centi-halalas →
    // 2100.10 SAR; 100 × (2100.0989 − 6000) / 6000 = −64.998 → −65.0.
    const ExecutiveSnapshot month2 = snapshot(session, Period::Month);
    CHECK(month2.revenue.periodForecastCenti == 21000989);
    CHECK(month2.revenue.periodForecast() == 210010);
    CHECK(*month2.revenue.forecastVsTargetPercent == Approx(-65.0));
    CHECK(*month2.revenue.actualVsTargetPercent == Approx(-83.3));
    CHECK(month2.revenue.forecast() == 710011); // Dealix's forecast unchanged
    CHECK(month2.toJson()
              .value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("period_forecast"))
              .toDouble() == 2100.10);
    // Quarter: 21000989 + 10000.00 × 50 % (50000000) = 71000989 → 7100.10 SAR;
    // 100 × (7100.0989 − 8000) / 8000 = −11.2488 → −11.2.
    const ExecutiveSnapshot quarter2 = snapshot(session, Period::Quarter);
    CHECK(quarter2.revenue.periodForecastCenti == 71000989);
    CHECK(*quarter2.revenue.forecastVsTargetPercent == Approx(-11.2));
    // Year: 3000.35 + 1099.9989 + 5000.00 = 9100.3489 (91003489); 100 × 100.3389 / 9000.01 =
    // 1.1149 → 1.1.
    const ExecutiveSnapshot year2 = snapshot(session, Period::Year);
    CHECK(year2.revenue.periodForecastCenti == 91003489);
    CHECK(*year2.revenue.forecastVsTargetPercent == Approx(1.1));
    // All time: the undated 0.01 too: 91003589 → 13.8 as before.
    const ExecutiveSnapshot all2 = snapshot(session, Period::AllTime);
    CHECK(all2.revenue.periodForecastCenti == 91003589);
    CHECK(*all2.revenue.forecastVsTargetPercent == Approx(13.8));
}

void checkProbabilities(Session &session, bool fractional)
{
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    // Fixture forecast (all time): 300035 × 100 + 1000000 × 50 + 333333 × 33 + 1 × 100 =
    // 91003589 centi-halalas.
    qint64 expected = 91003589;
    if (fractional) {
        // 33.5 %: 333333 × 33.5 = 11166655.5, rounded half away from zero per row: 11166656.
        setAlphaDeal(session, "probability", 33.5, "3333.33");
        expected = 30003500 + 50000000 + 11166656 + 100; // 91170256
        REQUIRE(session.selectTenant(QStringLiteral("alpha")));
        const ExecutiveSnapshot s = snapshot(session, Period::AllTime);
        CHECK(s.failures().isEmpty());
        CHECK(s.revenue.forecastCenti == expected);
        CHECK(s.revenue.forecast() == 911703); // 911702.56 → 911703
        CHECK(s.revenue.badProbabilities == 0);
    }
    // 150 % on the 10000.00 deal: not a probability. Counted and named, its weighted value left
    // out of the forecast (never 150 %, never a failure of the whole figure).
    setAlphaDeal(session, "probability", 150, "10000.00");
    expected -= 50000000;
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    const ExecutiveSnapshot s = snapshot(session, Period::AllTime);
    CHECK(s.failures().isEmpty());
    CHECK(s.revenue.forecastCenti == expected);
    CHECK(s.revenue.badProbabilities == 1);
    CHECK(s.revenue.pipeline == 1343334); // the pipeline itself is unweighted: unchanged
    const QJsonObject revenue = s.toJson().value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("deals_with_invalid_probability")).toInt() == 1);
    // −5 % too: two now.
    setAlphaDeal(session, "probability", -5, "0.01");
    expected -= 100;
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    const ExecutiveSnapshot s2 = snapshot(session, Period::AllTime);
    CHECK(s2.revenue.forecastCenti == expected);
    CHECK(s2.revenue.badProbabilities == 2);
    // The Forecast surface counts them the same way and names them in its notes.
    RevenueForecast f;
    QString error;
    const bool ok = RevenueForecast::compute(session, ExecutiveFixture::asOf(), &f, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(f.badProbabilities == 2);
    CHECK(f.toJson().value(QStringLiteral("deals_with_invalid_probability")).toInt() == 2);
    CHECK(f.excludedAmountNotes().join(QLatin1Char(' ')).contains(QStringLiteral("probability")));
}

void checkNoTarget(Session &session, const QString &tenantSlug)
{
    REQUIRE(session.selectTenant(tenantSlug));
    for (const Period p : {Period::Month, Period::Quarter, Period::Year, Period::AllTime}) {
        const ExecutiveSnapshot s = snapshot(session, p);
        CHECK_FALSE(s.revenue.target.has_value());
        CHECK_FALSE(s.revenue.actualVsTargetPercent.has_value());
        CHECK_FALSE(s.revenue.forecastVsTargetPercent.has_value());
        const QJsonObject revenue = s.toJson().value(QStringLiteral("revenue")).toObject();
        CHECK(revenue.contains(QStringLiteral("target")));
        CHECK(revenue.value(QStringLiteral("target")).isNull());
        CHECK(revenue.value(QStringLiteral("actual_vs_target_percent")).isNull());
        CHECK(revenue.value(QStringLiteral("forecast_vs_target_percent")).isNull());
    }
}

void checkNonNumericAndNegative(Session &session, const QVariant &nonNumeric)
{
    QString error;
    const QString alpha = tenantId(QStringLiteral("alpha"));
    const QString weekly = tenantId(QStringLiteral("weekly"));
    auto set = [&](const QString &tenant, const char *table, const char *column,
                   const QVariant &value, const char *old) {
        const bool ok = execAs(session, tenant,
                               QStringLiteral("update %1 set %2 = ? where tenant_id = ? and %2 = ?")
                                   .arg(QLatin1String(table), QLatin1String(column)),
                               {value, tenantId(tenant), QString::fromLatin1(old)}, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
    };
    set(QStringLiteral("alpha"), "deals", "value", nonNumeric, "3333.33");
    set(QStringLiteral("alpha"), "deals", "value", QStringLiteral("-100.00"), "100.00");
    set(QStringLiteral("alpha"), "deals", "value", QStringLiteral("-2000.25"), "2000.25");
    set(QStringLiteral("alpha"), "strategic_deals", "estimated_value_sar",
        QStringLiteral("-100.00"), "100.00");
    set(QStringLiteral("weekly"), "deals", "value", nonNumeric, "40.00");
    set(QStringLiteral("weekly"), "deals", "value", QStringLiteral("-50.00"), "50.00");
    Q_UNUSED(alpha);
    Q_UNUSED(weekly);

    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    // All time. Actual: 1000.10 only (2000.25 is now negative). Pipeline: 10000.00 + 0.01
    // (3333.33 is not a number, 100.00 negative, one without value). Forecast: 1000.10 +
    // 10000.00 × 50 % + 0.01 × 100 % = 6000.11 (60001100 centi-halalas).
    const ExecutiveSnapshot s = snapshot(session, Period::AllTime);
    CHECK(s.revenue.actual == 100010);
    CHECK(s.revenue.pipeline == 1000001);
    CHECK(s.revenue.forecastCenti == 60001100);
    CHECK(s.revenue.forecast() == 600011);
    CHECK(s.revenue.nonNumericValues == 1);
    CHECK(s.revenue.negativeValues == 2);
    CHECK(s.revenue.nullValues == 1);
    CHECK(s.revenue.won == 3);
    CHECK(s.revenue.open == 6);
    // Strategic pipeline: 1000000.00 + 500000.50; the −100.00 counted, not subtracted.
    CHECK(s.strategicDeals.pipeline == 150000050);
    CHECK(s.strategicDeals.negativeValues == 1);
    CHECK(s.strategicDeals.nonNumericValues == 0);
    CHECK(s.failures().isEmpty());
    const QJsonObject json = s.toJson();
    const QJsonObject revenue = json.value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("deals_with_non_numeric_value")).toInt() == 1);
    CHECK(revenue.value(QStringLiteral("deals_with_negative_value")).toInt() == 2);
    CHECK(revenue.value(QStringLiteral("deals_without_value")).toInt() == 1);
    CHECK(json.value(QStringLiteral("strategic_deals"))
              .toObject()
              .value(QStringLiteral("deals_with_negative_value"))
              .toInt() == 1);

    // The Forecast: the same deals counted; February's won 2000.25 is no longer in it.
    RevenueForecast f;
    const bool computed = RevenueForecast::compute(session, ExecutiveFixture::asOf(), &f, &error);
    INFO(error.toStdString());
    REQUIRE(computed);
    CHECK(f.nonNumericValues == 1);
    CHECK(f.negativeValues == 2);
    REQUIRE(f.months.size() == 18);
    CHECK(f.months.at(11).actual == 100010); // November 2026
    CHECK(f.months.at(2).actual == 0);       // February 2026
    CHECK(f.toJson().value(QStringLiteral("deals_with_negative_value")).toInt() == 2);

    // The Partner Pipeline: the on_hold deal is in "other", its −100.00 counted, not added.
    PartnerPipeline p;
    REQUIRE(PartnerPipeline::compute(session, {}, ExecutiveFixture::asOf(), &p, &error));
    const PartnerPipeline::Column &other = p.columns.last();
    REQUIRE(other.status == QStringLiteral("other"));
    CHECK(other.deals.size() == 1);
    CHECK(other.totalHalalas == 0);
    CHECK(other.negativeValues == 1);

    // The Weekly Review (tenant weekly): new pipeline this week 40.00 → not a number, last week
    // 50.00 → negative: both values 0, the counts 1 and 1 (the deals still count as deals).
    REQUIRE(session.selectTenant(QStringLiteral("weekly")));
    WeeklyReview w;
    const bool weeklyOk = WeeklyReview::compute(session, ExecutiveFixture::asOf(), &w, &error);
    INFO(error.toStdString());
    REQUIRE(weeklyOk);
    const WeeklyReview::Metric *count = w.metric(QStringLiteral("new_pipeline"));
    const WeeklyReview::Metric *value = w.metric(QStringLiteral("new_pipeline_value"));
    CHECK(count->thisWeek == 1);
    CHECK(count->lastWeek == 1);
    CHECK(value->available);
    CHECK(value->thisWeek == 0);
    CHECK(value->lastWeek == 0);
    CHECK(w.nonNumericValues == 1);
    CHECK(w.negativeValues == 1);
    CHECK(w.toJson().value(QStringLiteral("deals_with_non_numeric_value")).toInt() == 1);
}

} // namespace FiguresFixture
