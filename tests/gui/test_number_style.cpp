// "One number style per kind", checked on every surface's KPI tiles: a percentage is the figure
// and the locale's percent sign with no space between ("25.0%", "٢٥٫٠٪"), never "25.0 %" nor the
// Latin "%" in Arabic, whichever surface built it.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "models/source/sourceurl.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/surface/surface.h"
#include "views/widgets/kpitile.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

TEST_CASE("KPI tiles on every surface: percentages with one rule, in both languages", "[gui][text]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("numbers.sqlite"));
    const QDateTime asOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    DemoOptions o;
    o.scale = 0.1;
    o.now = asOf;
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        REQUIRE(language.setLanguage(lang));
        const bool ar = lang == QLatin1String("ar");
        // A number (its digits in the language's script), then the sign right after it.
        const QRegularExpression wellFormed(ar ? QStringLiteral("^−?[٠-٩٬]+(٫[٠-٩]+)?٪$")
                                               : QStringLiteral("^−?[0-9,]+(\\.[0-9]+)?%$"));
        int percentages = 0;
        for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
            INFO("surface " << surface->id().toStdString());
            std::unique_ptr<SurfaceWidget> w(surface->createWidget(nullptr));
            w->resize(1280, 800);
            w->show();
            w->setSession(&s, asOf);
            TestSupport::refreshAndWait(*w);
            for (KpiTile *tile : w->findChildren<KpiTile *>()) {
                // Bidirectional isolates and marks (the Arabic locale writes U+061C around its
                // signs) are not part of the form a reader sees.
                QString value = tile->value();
                value.remove(QRegularExpression(
                    QStringLiteral("[\\x{2066}-\\x{2069}\\x{061C}\\x{200E}\\x{200F}]")));
                INFO("tile " << tile->caption().toStdString() << " = " << value.toStdString());
                if (!value.contains(QLatin1Char('%')) && !value.contains(QChar(0x066A)))
                    continue;
                ++percentages;
                CHECK(wellFormed.match(value).hasMatch());
            }
        }
        // The room's win rate, the compliance rate and score at least.
        CHECK(percentages >= 3);
    }
    language.setLanguage(QStringLiteral("en"));
}
