// Colour and states (README "Colour and states"): every surface in a dark and a high-contrast
// palette, the tile text's contrast measured on the grabbed image, and the palette's text/fill
// pairs by computation.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "models/source/sourceurl.h"
#include "tests/support/executivefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/risk/heatmapview.h"
#include "views/surface/surface.h"
#include "views/weekly/weeklyreviewwidget.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/statepalette.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

namespace {

// WCAG 2 relative luminance and contrast, written out here independently of the app's code.
double lum(QRgb c)
{
    auto ch = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(qRed(c)) + 0.7152 * ch(qGreen(c)) + 0.0722 * ch(qBlue(c));
}

// CIE L* (0 black … 100 white) of a colour, optionally through a 3 × 3 matrix on linear RGB
// (a colour-vision-deficiency simulation).
double lightness(const QColor &c, const double (*m)[3] = nullptr)
{
    auto ch = [](double s) {
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    double rgb[3] = {ch(c.redF()), ch(c.greenF()), ch(c.blueF())};
    if (m) {
        double out[3];
        for (int i = 0; i < 3; ++i)
            out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
        std::copy(out, out + 3, rgb);
    }
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double f = y > 0.008856 ? std::cbrt(y) : 7.787 * y + 16.0 / 116.0;
    return 116.0 * f - 16.0;
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
const double Deuteranopia[3][3] = {{0.367322, 0.860646, -0.227968},
                                   {0.280085, 0.672501, 0.047413},
                                   {-0.011820, 0.042940, 0.968881}};
const double Protanopia[3][3] = {{0.152286, 1.052583, -0.204868},
                                 {0.114503, 0.786281, 0.099216},
                                 {-0.003882, -0.048116, 1.051998}};

double ratio(QRgb a, QRgb b)
{
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (auto r : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(r, Qt::black);
    for (auto r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(r, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

// The contrast of a label's text on the image grabbed from its tile: the background is the
// commonest colour of the label's rectangle, the text its pixel that differs most from it (a
// bold, large figure reaches its full colour in its strokes).
double measuredContrast(KpiTile *tile, QLabel *label, QRgb *backgroundOut = nullptr)
{
    const QImage img = tile->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = img.devicePixelRatio();
    const QRect r(label->mapTo(tile, QPoint(0, 0)) * dpr, label->size() * dpr);
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom() && y < img.height(); ++y)
        for (int x = r.left(); x <= r.right() && x < img.width(); ++x)
            ++counts[img.pixel(x, y) & 0xffffff];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    if (backgroundOut)
        *backgroundOut = background;
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, ratio(it.key(), background));
    return best;
}

struct PaletteGuard {
    QPalette saved = QApplication::palette();
    explicit PaletteGuard(const QPalette &p) { QApplication::setPalette(p); }
    ~PaletteGuard() { QApplication::setPalette(saved); }
};

QDateTime asOf()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

// fills: the expected fill of a tile in each state, as #rrggbb worked out by hand.
void renderEverySurface(const QPalette &palette, const QMap<UiState, QString> &fills)
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("colours.sqlite"));
    DemoOptions o;
    o.scale = 0.1;
    o.now = asOf();
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    PaletteGuard guard(palette);
    int tiles = 0;
    int chips = 0;
    QSet<int> states;
    for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
        INFO("surface " << surface->id().toStdString());
        std::unique_ptr<SurfaceWidget> w(surface->createWidget(nullptr));
        w->resize(1280, 800);
        w->show();
        w->setSession(&s, asOf());
        TestSupport::refreshAndWait(*w);
        QCoreApplication::processEvents();
        const QImage shot = w->grab().toImage();
        REQUIRE_FALSE(shot.isNull());
        // For a person to look at: DEALIX_COLOURS_SHOTS=<folder> keeps each surface's image.
        if (const QString shots = qEnvironmentVariable("DEALIX_COLOURS_SHOTS"); !shots.isEmpty())
            shot.save(QStringLiteral("%1/%2-%3.png")
                          .arg(shots, surface->id(),
                               QString::number(palette.color(QPalette::Base).lightness())));
        for (KpiTile *tile : w->findChildren<KpiTile *>()) {
            if (!tile->isVisible() || tile->value().isEmpty())
                continue;
            QLabel *value = nullptr;
            for (QLabel *l : tile->findChildren<QLabel *>())
                if (l->text() == tile->value() && l->isVisible())
                    value = l;
            REQUIRE(value);
            INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString()
                         << " state " << int(tile->state()));
            QRgb background = 0;
            CHECK(measuredContrast(tile, value, &background) >= 4.5);
            // The tile is filled with its state's colour, whatever the surface named it: the
            // values worked out by hand for this palette (fills, below).
            REQUIRE(fills.contains(tile->state()));
            CHECK(QColor(background).name() == fills.value(tile->state()));
            ++tiles;
            states << int(tile->state());
        }
        // Kanban cards: a card's chip is its state's fill of the one palette, its word ≥ 4.5:1.
        for (KanbanBoard *board : w->findChildren<KanbanBoard *>()) {
            for (const QString &key : board->columnKeys()) {
                QListWidget *list = board->list(key);
                if (!list || !list->isVisible())
                    continue;
                const QImage img =
                    list->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
                const qreal dpr = img.devicePixelRatio();
                for (int row = 0; row < list->count(); ++row) {
                    const UiState state =
                        list->item(row)->data(KanbanBoard::StateRole).value<UiState>();
                    const KanbanBoard::CardGeometry g = KanbanBoard::cardGeometry(list, row);
                    if (!UiStates::coloured(state) || g.chip.isEmpty() ||
                        !list->viewport()->rect().contains(g.chip))
                        continue;
                    INFO("card " << row << " state " << int(state));
                    const QRect r(g.chip.topLeft() * dpr, g.chip.size() * dpr);
                    QHash<QRgb, int> counts;
                    for (int y = r.top(); y <= r.bottom(); ++y)
                        for (int x = r.left() + r.height() / 2; x <= r.right() - r.height() / 2;
                             ++x)
                            ++counts[img.pixel(x, y) & 0xffffff];
                    QRgb fill = 0;
                    int most = -1;
                    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                        if (it.value() > most) {
                            most = it.value();
                            fill = it.key();
                        }
                    double best = 1;
                    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                        best = std::max(best, ratio(it.key(), fill));
                    REQUIRE(fills.contains(state));
                    CHECK(QColor(fill).name() == fills.value(state));
                    CHECK(best >= 4.5);
                    ++chips;
                }
            }
        }
    }
    // The demo shows tiles in several states: the check saw more than one kind of fill.
    // Chips were measured (the demo's two boards show a few state chips in view; how many
    // depends on the generated data).
    CHECK(chips >= 2);
    CHECK(tiles >= 10);
    CHECK(states.size() >= 3);
}

} // namespace

TEST_CASE("colours: every surface in a dark palette, KPI tile text ≥ 4.5:1 on the image",
          "[gui][colours]")
{
    // A state's fill is the base mixed with its hue, 28 % of the way in a dark palette, each
    // channel rounded: base #1e1e1e (30, 30, 30); good #2e7d32 -> (30 + 16 × 0.28,
    // 30 + 95 × 0.28, 30 + 20 × 0.28) = (34.48, 56.6, 35.6) = #223924; warning #b26a00 ->
    // (71.44, 51.28, 21.6) = #473316; critical #c62828 -> (77.04, 32.8, 32.8) = #4d2121;
    // neutral and unavailable: the base itself.
    renderEverySurface(darkPalette(), {{UiState::Good, QStringLiteral("#223924")},
                                       {UiState::Warning, QStringLiteral("#473316")},
                                       {UiState::Critical, QStringLiteral("#4d2121")},
                                       {UiState::Neutral, QStringLiteral("#1e1e1e")},
                                       {UiState::Unavailable, QStringLiteral("#1e1e1e")}});
}

TEST_CASE("colours: every surface in a high-contrast palette, KPI tile text ≥ 4.5:1",
          "[gui][colours]")
{
    // Base black, so each fill is 28 % of the hue: good (12.88, 35, 14) = #0d230e; warning
    // (49.84, 29.68, 0) = #321e00; critical (55.44, 11.2, 11.2) = #370b0b; neutral black.
    renderEverySurface(highContrastPalette(), {{UiState::Good, QStringLiteral("#0d230e")},
                                               {UiState::Warning, QStringLiteral("#321e00")},
                                               {UiState::Critical, QStringLiteral("#370b0b")},
                                               {UiState::Neutral, QStringLiteral("#000000")},
                                               {UiState::Unavailable, QStringLiteral("#000000")}});
}

TEST_CASE("colours: the main window's server banner follows a dark and a high-contrast palette",
          "[gui][colours]")
{
    registerSurfaces();
    auto settings = Settings::temporary();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    PaletteGuard guard(darkPalette());
    MainWindow w(*settings, language);
    auto *banner = w.findChild<QLabel *>(QStringLiteral("restBanner"));
    REQUIRE(banner);
    for (const QPalette &p : {darkPalette(), highContrastPalette()}) {
        QApplication::setPalette(p);
        QCoreApplication::processEvents();
        const StateColours c = StatePalette::colours(UiState::Warning, p);
        INFO(banner->styleSheet().toStdString());
        // The warning's fill and its text (≥ 4.5:1 on it), not a light theme's fixed colours.
        CHECK(banner->styleSheet().contains(QStringLiteral("background: ") + c.fill.name()));
        CHECK(banner->styleSheet().contains(QStringLiteral("color: ") + c.text.name()));
        CHECK(ratio(c.text.rgb(), c.fill.rgb()) >= 4.5);
    }
}

TEST_CASE("colours: a surface's \"Updating…\" indicator follows a palette switched while it is "
          "open",
          "[gui][colours][states]")
{
    registerSurfaces();
    const Surface *surface = SurfaceRegistry::instance().surfaces().front().get();
    PaletteGuard guard(QApplication::palette());
    std::unique_ptr<SurfaceWidget> w(surface->createWidget(nullptr));
    QLabel *indicator = w->updatingIndicator();
    REQUIRE(indicator);
    // Built under the light palette; then the theme turns dark. The warning's fill on the dark
    // base #1e1e1e is the amber #b26a00 at 28 %: 30 + 0.28 × (178 − 30) = 71.4, 30 + 0.28 ×
    // (106 − 30) = 51.3, 30 − 0.28 × 30 = 21.6 → #473316.
    const QString darkFill = QStringLiteral("background: #473316");
    CHECK_FALSE(indicator->styleSheet().contains(darkFill));
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    INFO(indicator->styleSheet().toStdString());
    CHECK(indicator->styleSheet().contains(darkFill));
}

TEST_CASE("colours: the weekly review's RAG banner follows a palette switched while it is open",
          "[gui][colours][states]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    PaletteGuard guard(QApplication::palette());
    WeeklyReviewWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(w.review().overallRag == QLatin1String("red")); // an SLA breach that week
    // Red is critical: on the dark base #1e1e1e the red #c62828 at 28 %: 30 + 0.28 × (198 − 30)
    // = 77.0, 30 + 0.28 × (40 − 30) = 32.8 twice → #4d2121.
    const QString darkFill = QStringLiteral("background: #4d2121");
    CHECK_FALSE(w.ragBanner()->styleSheet().contains(darkFill));
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    INFO(w.ragBanner()->styleSheet().toStdString());
    CHECK(w.ragBanner()->styleSheet().contains(darkFill));
}

TEST_CASE("colours: the heat map's bands darken band by band, for colour-blind readers too",
          "[gui][colours][risk]")
{
    // One score per band: low 2, medium 6, high 12, critical 20.
    const QList<QColor> bands{HeatmapView::bandColour(2), HeatmapView::bandColour(6),
                              HeatmapView::bandColour(12), HeatmapView::bandColour(20)};
    for (const double(*m)[3] :
         {static_cast<const double(*)[3]>(nullptr), static_cast<const double(*)[3]>(Deuteranopia),
          static_cast<const double(*)[3]>(Protanopia)}) {
        for (int i = 1; i < bands.size(); ++i) {
            INFO("band " << i
                         << (m == Deuteranopia ? " deuteranopia"
                             : m == Protanopia ? " protanopia"
                                               : " normal vision")
                         << ": L* " << lightness(bands.at(i - 1), m) << " then "
                         << lightness(bands.at(i), m));
            // Each band darker than the one below it by a step anyone can see (ΔL* ≥ 10).
            CHECK(lightness(bands.at(i - 1), m) - lightness(bands.at(i), m) >= 10.0);
        }
    }
}

TEST_CASE("colours: every surface's icon comes from the app's SVG set, drawn at 24 and 48 px",
          "[gui][colours][icons]")
{
    registerSurfaces();
    const auto &surfaces = SurfaceRegistry::instance().surfaces();
    REQUIRE(surfaces.size() == 11);
    QSet<QByteArray> distinct;
    for (const auto &surface : surfaces) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(surface->id());
        INFO(path.toStdString());
        REQUIRE(QFile::exists(path));
        QSvgRenderer svg(path);
        REQUIRE(svg.isValid());
        CHECK(svg.viewBox() == QRect(0, 0, 24, 24));
        const QIcon icon = surface->icon();
        for (int size : {24, 48}) {
            const QImage img =
                icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
            REQUIRE(img.size() == QSize(size, size));
            // Drawn, not blank: a share of the pixels is covered, and it is the SVG's shape
            // (its coverage agrees with the SVG rendered directly).
            QImage direct(size, size, QImage::Format_ARGB32);
            direct.fill(Qt::transparent);
            {
                QPainter p(&direct);
                p.setRenderHint(QPainter::Antialiasing);
                svg.render(&p);
            }
            int covered = 0, agree = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x) {
                    const bool a = qAlpha(img.pixel(x, y)) > 128;
                    const bool b = qAlpha(direct.pixel(x, y)) > 128;
                    covered += a;
                    agree += a == b;
                }
            CHECK(covered > size * size / 20);
            CHECK(agree >= size * size * 97 / 100);
            if (size == 24) {
                QByteArray bits;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        bits += char(qAlpha(direct.pixel(x, y)) > 128);
                distinct << bits;
            }
        }
        // Crisp at 2×: a 24 px icon asked at device pixel ratio 2 has 48 × 48 device pixels.
        const QPixmap hi = icon.pixmap(QSize(24, 24), 2.0);
        CHECK(hi.size() == QSize(48, 48));
        CHECK(hi.devicePixelRatio() == 2.0);
    }
    // No two surfaces share a picture.
    CHECK(distinct.size() == int(surfaces.size()));
    CHECK(QSvgRenderer(QStringLiteral(":/icons/dealix-desk.svg")).isValid());
}
