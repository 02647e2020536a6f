// Charts and colour (README "Colour and states", "Actual vs Forecast", "Risk Heatmap"): the
// state palette's pairs by computation, the forecast chart's series, labels and legend, and
// the heat map's words and pale empty cells, in English and Arabic.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/core/format.h"
#include "models/core/uistate.h"
#include "models/risk/riskregister.h"
#include "tests/support/planningfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/forecast/forecastwidget.h"
#include "views/risk/heatmapview.h"
#include "views/risk/riskheatmapwidget.h"
#include "views/widgets/chartlegend.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/statepalette.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QStackedBarSeries>

#include <catch2/catch.hpp>

#include <cmath>
#include <type_traits>

namespace {

// WCAG 2 contrast, written out here independently of StatePalette.
double lum(const QColor &c)
{
    auto ch = [](double s) {
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette dark()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    return p;
}

QPalette highContrast()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, Qt::yellow);
    return p;
}

QPalette light()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

// A label's text as QtCharts shows it, on one line.
QString oneLine(QString s)
{
    s.replace(QChar(0x2028), QLatin1Char(' '));
    s.replace(QChar(0x2029), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.simplified();
}

} // namespace

TEST_CASE("state palette: every text/fill pair ≥ 4.5:1 and borders ≥ 3:1, in every theme",
          "[gui][colours][palette]")
{
    const QList<std::pair<const char *, QPalette>> palettes{
        {"light", light()},
        {"dark", dark()},
        {"high contrast", highContrast()},
        {"print", StatePalette::printPalette()}};
    for (const auto &[name, palette] : palettes) {
        for (UiState s : {UiState::Neutral, UiState::Good, UiState::Warning, UiState::Critical,
                          UiState::Unavailable}) {
            INFO(name << " state " << int(s));
            const StateColours c = StatePalette::colours(s, palette);
            CHECK(ratio(c.text, c.fill) >= 4.5);
            CHECK(ratio(c.accent, c.fill) >= 4.5);
            CHECK(ratio(c.border, palette.color(QPalette::Base)) >= 3.0);
            // The fill follows the theme: dark in a dark theme, light in a light one.
            CHECK((lum(c.fill) < 0.2) == (lum(palette.color(QPalette::Base)) < 0.2));
        }
        const StateColours n = StatePalette::note(palette);
        CHECK(ratio(n.text, n.fill) >= 4.5);
    }
    // The three coloured states are told apart by hue within a theme.
    const StateColours g = StatePalette::colours(UiState::Good, light());
    const StateColours w = StatePalette::colours(UiState::Warning, light());
    const StateColours c = StatePalette::colours(UiState::Critical, light());
    CHECK(g.accent != w.accent);
    CHECK(w.accent != c.accent);
    CHECK(StatePalette::forPrint(UiState::Critical).fill ==
          StatePalette::colours(UiState::Critical, StatePalette::printPalette()).fill);
    // Text on a data fill (heat map bands, table cells): ≥ 4.5:1 on each band, and on any grey.
    for (int score : {2, 6, 12, 20})
        CHECK(ratio(StatePalette::textOn(HeatmapView::bandColour(score)),
                    HeatmapView::bandColour(score)) >= 4.5);
    for (int v = 0; v <= 255; v += 5)
        CHECK(ratio(StatePalette::textOn(QColor(v, v, v)), QColor(v, v, v)) >= 4.5);
}

TEST_CASE("state vocabulary: every old keyword reads as one UiState", "[colours][palette]")
{
    using UiStates::fromKey;
    for (const char *k : {"good", "ok", "better", "green", "compliant", "OK", "Green"})
        CHECK(fromKey(QString::fromLatin1(k)) == UiState::Good);
    for (const char *k : {"warning", "partial", "amber", "degraded", "AMBER", "watch"})
        CHECK(fromKey(QString::fromLatin1(k)) == UiState::Warning);
    for (const char *k : {"critical", "worse", "missing", "red", "breach", "error", "RED"})
        CHECK(fromKey(QString::fromLatin1(k)) == UiState::Critical);
    CHECK(fromKey(QStringLiteral("unavailable")) == UiState::Unavailable);
    CHECK(fromKey(QString()) == UiState::Neutral);
    CHECK(fromKey(QStringLiteral("sideways")) == UiState::Neutral);
    CHECK(UiStates::key(UiState::Critical) == QLatin1String("critical"));
    CHECK(UiStates::key(UiState::Neutral).isEmpty());
    // KpiTile's states are this vocabulary (one enum, not two).
    CHECK(std::is_same_v<KpiTile::State, UiState>);
}

TEST_CASE("forecast chart: no past forecast, a partial month, keys as their series, compact "
          "axes, whole month labels",
          "[gui][forecast][chart][arabic]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("fc")));
    LanguageManager language;
    for (const char *lang : {"en", "ar"}) {
        INFO(lang);
        REQUIRE(language.setLanguage(QString::fromLatin1(lang)));
        const bool arabic = QString::fromLatin1(lang) == QLatin1String("ar");
        ForecastWidget w;
        w.setSession(s.get(), PlanningFixture::asOf());
        // The width the surface gets in a 1280 × 800 window beside the navigation.
        w.resize(1040, 700);
        w.show();
        REQUIRE(TestSupport::refreshAndWait(w));
        QCoreApplication::processEvents();
        QChart *chart = w.chart();
        QLineSeries *forecast = nullptr;
        QList<QLineSeries *> lines;
        QStackedBarSeries *bars = nullptr;
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *a : chart->series()) {
            if (auto *l = qobject_cast<QLineSeries *>(a)) {
                lines << l;
                if (l->name() == ForecastWidget::tr("Forecast (weighted)"))
                    forecast = l;
            }
            bars = bars ? bars : qobject_cast<QStackedBarSeries *>(a);
            band = band ? band : qobject_cast<QAreaSeries *>(a);
        }
        // Dec 2025 … May 2027; November 2026 (index 11) is this month. The forecast line
        // starts there: months 0–10 have no point at all (not a point at 0).
        REQUIRE(forecast);
        REQUIRE(forecast->count() == 7);
        CHECK(forecast->at(0).x() == 11);
        CHECK(forecast->at(1).y() == Approx(7500.0)); // December 2026
        REQUIRE(band);
        CHECK(band->upperSeries()->at(0).x() == 11);
        // This month's won revenue is a bar of its own, hatched: partial, not a collapse.
        REQUIRE(bars);
        REQUIRE(bars->count() == 2);
        QBarSet *actual = bars->barSets().at(0);
        QBarSet *partial = bars->barSets().at(1);
        CHECK(actual->at(10) == Approx(500.0));
        CHECK(actual->at(11) == 0);
        CHECK(partial->at(11) == Approx(1000.0));
        CHECK(partial->at(10) == 0);
        CHECK(partial->brush().style() == Qt::BDiagPattern);
        CHECK(actual->brush().style() == Qt::SolidPattern);
        // Lines differ by colour and by dash: forecast solid, target dashed, today dotted.
        for (QLineSeries *a : lines)
            for (QLineSeries *b : lines)
                if (a != b && a->name() != b->name()) {
                    CHECK(a->pen().color() != b->pen().color());
                    CHECK(a->pen().style() != b->pen().style());
                }
        // The legend: one key per series, a line for a line with the series' own pen.
        REQUIRE(w.legend());
        CHECK_FALSE(chart->legend()->isVisible());
        const QList<ChartLegend::Entry> keys = w.legend()->entries();
        QStringList names;
        for (const ChartLegend::Entry &k : keys)
            names << k.text;
        CHECK(names.contains(actual->label()));
        CHECK(names.contains(partial->label()));
        for (QLineSeries *l : lines) {
            const qsizetype i = names.indexOf(l->name());
            INFO(l->name().toStdString());
            REQUIRE(i >= 0);
            CHECK(keys.at(i).key == ChartLegend::Key::Line);
            CHECK(keys.at(i).pen.style() == l->pen().style());
            CHECK(keys.at(i).pen.color() == l->pen().color());
        }
        CHECK(keys.at(names.indexOf(partial->label())).brush.style() == Qt::BDiagPattern);
        CHECK(keys.at(names.indexOf(band->name())).key == ChartLegend::Key::Area);
        CHECK(w.legend()->isVisible());
        CHECK(w.legend()->height() >= w.legend()->heightForWidth(w.legend()->width()));
        // The value axis: round steps labelled compactly, in the locale's digits. Worked out by
        // hand: the highest value is December's best case, 10,000 + 3,000 = 13,000 SAR; with 5 %
        // headroom 13,650, a fifth of it 2,730, so the step is 5 × 10³ (the first of 1, 2, 2.5,
        // 5, 10 × 10³ not below it) and the axis ends at 15,000.
        auto *values = qobject_cast<QCategoryAxis *>(w.valueAxis());
        REQUIRE(values);
        const QStringList labels = values->categoriesLabels();
        CHECK(labels == (arabic ? QStringList{QStringLiteral("٠"), QStringLiteral("٥٬٠٠٠"),
                                              QStringLiteral("١٠ ألف"), QStringLiteral("١٥ ألف")}
                                : QStringList{QStringLiteral("0"), QStringLiteral("5,000"),
                                              QStringLiteral("10K"), QStringLiteral("15K")}));
        const QList<double> steps{0, 5000, 10000, 15000};
        for (qsizetype i = 0; i < std::min(labels.size(), steps.size()); ++i)
            CHECK(values->endValue(labels.at(i)) == steps.at(i));
        // Month labels: month and year (never "Jan 26"), every one of the 18 drawn whole: the
        // scene holds a label item with each month's full text, none elided.
        QStringList drawn;
        for (QGraphicsItem *item : w.chartView()->scene()->items())
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->isVisible())
                drawn << oneLine(t->toPlainText());
        // Dec 2025 … May 2027, written out by hand.
        const QStringList months =
            arabic ? QStringList{QStringLiteral("ديسمبر ٢٠٢٥"), QStringLiteral("يناير ٢٠٢٦"),
                                 QStringLiteral("فبراير ٢٠٢٦"), QStringLiteral("مارس ٢٠٢٦"),
                                 QStringLiteral("أبريل ٢٠٢٦"),  QStringLiteral("مايو ٢٠٢٦"),
                                 QStringLiteral("يونيو ٢٠٢٦"),  QStringLiteral("يوليو ٢٠٢٦"),
                                 QStringLiteral("أغسطس ٢٠٢٦"),  QStringLiteral("سبتمبر ٢٠٢٦"),
                                 QStringLiteral("أكتوبر ٢٠٢٦"), QStringLiteral("نوفمبر ٢٠٢٦"),
                                 QStringLiteral("ديسمبر ٢٠٢٦"), QStringLiteral("يناير ٢٠٢٧"),
                                 QStringLiteral("فبراير ٢٠٢٧"), QStringLiteral("مارس ٢٠٢٧"),
                                 QStringLiteral("أبريل ٢٠٢٧"),  QStringLiteral("مايو ٢٠٢٧")}
                   : QStringList{QStringLiteral("Dec 2025"), QStringLiteral("Jan 2026"),
                                 QStringLiteral("Feb 2026"), QStringLiteral("Mar 2026"),
                                 QStringLiteral("Apr 2026"), QStringLiteral("May 2026"),
                                 QStringLiteral("Jun 2026"), QStringLiteral("Jul 2026"),
                                 QStringLiteral("Aug 2026"), QStringLiteral("Sep 2026"),
                                 QStringLiteral("Oct 2026"), QStringLiteral("Nov 2026"),
                                 QStringLiteral("Dec 2026"), QStringLiteral("Jan 2027"),
                                 QStringLiteral("Feb 2027"), QStringLiteral("Mar 2027"),
                                 QStringLiteral("Apr 2027"), QStringLiteral("May 2027")};
        for (const QString &month : months) {
            INFO(month.toStdString());
            CHECK(drawn.contains(month));
        }
        for (const QString &d : std::as_const(drawn)) {
            INFO(d.toStdString());
            CHECK_FALSE(d.contains(QStringLiteral("...")));
            CHECK_FALSE(d.contains(QChar(0x2026)));
        }
    }
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("risk heatmap: named axes, the band's word in each cell, pale empty cells",
          "[gui][risk][colours][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    const QStringList likelihood{QStringLiteral("Rare"), QStringLiteral("Unlikely"),
                                 QStringLiteral("Possible"), QStringLiteral("Likely"),
                                 QStringLiteral("Almost certain")};
    const QStringList impact{QStringLiteral("Minor"), QStringLiteral("Moderate"),
                             QStringLiteral("Significant"), QStringLiteral("Major"),
                             QStringLiteral("Severe")};
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    for (int i = 1; i <= 5; ++i) {
        CHECK(RiskRegister::likelihoodName(i) == likelihood.at(i - 1));
        CHECK(RiskRegister::impactName(i) == impact.at(i - 1));
    }
    HeatmapView view;
    CHECK(view.cellText(5, 4) == QLatin1String("Critical")); // 20
    CHECK(view.cellText(3, 4) == QLatin1String("High"));     // 12
    CHECK(view.cellText(2, 3) == QLatin1String("Medium"));   // 6
    CHECK(view.cellText(1, 4) == QLatin1String("Low"));      // 4
    CHECK(RiskRegister::bandText(QStringLiteral("critical")) == QStringLiteral("Critical (15–25)"));
    // In Arabic: every name translated, band ranges in Arabic-Indic digits.
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    for (int i = 1; i <= 5; ++i) {
        CHECK(RiskRegister::likelihoodName(i) != likelihood.at(i - 1));
        CHECK(RiskRegister::impactName(i) != impact.at(i - 1));
    }
    const QString band = RiskRegister::bandText(QStringLiteral("critical"));
    CHECK(band.contains(QStringLiteral("١٥")));
    for (QChar c : band)
        CHECK_FALSE((c >= QLatin1Char('0') && c <= QLatin1Char('9')));
    CHECK(view.cellText(5, 4) != QLatin1String("Critical"));
    language.setLanguage(QStringLiteral("en"));

    // Pale empty cells, full band colour where there are risks (sampled off the text).
    int counts[5][5] = {};
    counts[4][3] = 2; // likelihood 5, impact 4: critical, two risks
    view.setCounts(counts);
    view.resize(520, 460);
    const QImage img = view.grab().toImage();
    const qreal dpr = img.devicePixelRatio();
    auto sample = [&](int l, int i) {
        const QRect r = view.cellRect(l, i);
        return QColor(img.pixel(QPoint(r.left() + 4, r.top() + 4) * dpr));
    };
    CHECK(sample(5, 4) == HeatmapView::bandColour(20));
    const QColor empty = sample(5, 5); // critical band, no risk
    INFO(empty.name().toStdString()
         << " vs " << HeatmapView::emptyColour(25, view.palette()).name().toStdString());
    CHECK(empty.name() == HeatmapView::emptyColour(25, view.palette()).name());
    CHECK(ratio(empty, view.palette().color(QPalette::Base)) < 1.5);
}
