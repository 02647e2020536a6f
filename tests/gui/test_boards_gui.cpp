// The two kanban boards (Policy Violations, Partner Pipeline) as a person sees them, offscreen at
// 1280×800 in English and Arabic: column headers never cut (or the board scrolls with its scroll
// bar shown), every column reachable, cards drawn as cards (title, chip with the label's word,
// muted lines, a critical card marked by its chip and bar and never by red text), numbers and
// dates through the locale and the tenant's zone, the counterpart once per card.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/labels.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/core/uistate.h"
#include "models/source/demogenerator.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/partners/partnerpipelinewidget.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/kanbanboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return s.toStdString(); }
};
} // namespace Catch

namespace {

const QDateTime AsOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

QString demoDb(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("boards.sqlite"));
    DemoOptions o;
    o.scale = 0.3;
    o.now = AsOf;
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    return path;
}

void waitForSurfaces(MainWindow &window)
{
    QElapsedTimer waited;
    waited.start();
    auto busy = [&window] {
        for (const SurfaceWidget *w : window.findChildren<SurfaceWidget *>())
            if (w->isRefreshing())
                return true;
        return false;
    };
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    while (busy() && waited.elapsed() < 30000);
    REQUIRE_FALSE(busy());
    QCoreApplication::processEvents();
}

// Text with every isolated fragment (FSI … PDI: data such as names and titles, which may hold
// digits of their own) taken out: what the app itself wrote.
QString appText(const QString &text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(0x2068) || c == QChar(0x2066) || c == QChar(0x2067))
            ++depth;
        else if (c == QChar(0x2069))
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            out += c;
    }
    return out;
}

bool hasAsciiDigit(const QString &s)
{
    for (const QChar c : s)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return true;
    return false;
}

QRect inViewport(const KanbanBoard *board, const QWidget *w)
{
    return QRect(w->mapTo(board->viewport(), QPoint(0, 0)), w->size());
}

// A pixel that reads as red (the state colour of critical, or any red text).
bool reddish(QRgb p)
{
    return qRed(p) > 120 && qRed(p) - std::max(qGreen(p), qBlue(p)) > 60;
}

int reddishPixels(const QImage &image, const QRect &r)
{
    int n = 0;
    for (int y = std::max(0, r.top()); y <= std::min(image.height() - 1, r.bottom()); ++y)
        for (int x = std::max(0, r.left()); x <= std::min(image.width() - 1, r.right()); ++x)
            n += reddish(image.pixel(x, y));
    return n;
}

int occurrences(const QString &haystack, const QString &needle)
{
    int n = 0;
    for (qsizetype i = haystack.indexOf(needle, 0, Qt::CaseInsensitive); i >= 0;
         i = haystack.indexOf(needle, i + needle.size(), Qt::CaseInsensitive))
        ++n;
    return n;
}

QString cardText(const QListWidgetItem *item)
{
    return (QStringList{item->data(KanbanBoard::TitleRole).toString(),
                        item->data(KanbanBoard::ChipRole).toString(),
                        item->data(KanbanBoard::MetaRole).toString()} +
            item->data(KanbanBoard::LinesRole).toStringList())
        .join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("kanban boards at 1280x800 in English and Arabic: headers whole, columns reachable, "
          "cards with title and chip, the counterpart once, no ASCII digit in Arabic",
          "[gui][boards][arabic]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    for (const char *lang : {"en", "ar"}) {
        for (const char *surface : {"policy-violations", "partner-pipeline"}) {
            INFO(lang << " " << surface);
            auto settings = Settings::temporary();
            LanguageManager language;
            REQUIRE(language.setLanguage(QString::fromLatin1(lang)));
            const bool arabic = QLatin1String(lang) == QLatin1String("ar");
            MainWindow window(*settings, language);
            window.setAsOf(AsOf);
            REQUIRE(window.selectSurface(QString::fromLatin1(surface)));
            QString error;
            REQUIRE(window.openSource(QStringLiteral("sqlite:") + db, QString(),
                                      QStringLiteral("najd-trading"), &error));
            window.resize(1280, 800);
            window.show();
            waitForSurfaces(window);
            KanbanBoard *board = window.currentSurface()->findChild<KanbanBoard *>();
            REQUIRE(board);
            REQUIRE(board->columnCount() >= 4);
            const bool scrolls = board->horizontalScrollBar()->isVisible();
            const QRect viewport = board->viewport()->rect();
            for (const QString &key : board->columnKeys()) {
                INFO(key.toStdString());
                QToolButton *header = board->header(key);
                REQUIRE(header);
                // The header's text is never cut by its own width ...
                CHECK(header->width() >= header->sizeHint().width());
                // ... and a header not wholly in view means the scroll bar is shown.
                if (!viewport.contains(inViewport(board, header)))
                    CHECK(scrolls);
                // The header's count through the locale; no ASCII digit in Arabic.
                if (arabic)
                    CHECK_FALSE(hasAsciiDigit(appText(header->text())));
                // Cards: a title and a chip with the label's word, drawn inside the card.
                if (const QListWidget *list = board->list(key)) {
                    for (int row = 0; row < list->count(); ++row) {
                        const QListWidgetItem *item = list->item(row);
                        CHECK_FALSE(item->data(KanbanBoard::TitleRole).toString().isEmpty());
                        const QString chip = item->data(KanbanBoard::ChipRole).toString();
                        CHECK_FALSE(chip.isEmpty());
                        const KanbanBoard::CardGeometry g = KanbanBoard::cardGeometry(list, row);
                        CHECK(g.card.contains(g.title));
                        CHECK(g.card.contains(g.chip));
                        CHECK_FALSE(g.title.intersects(g.chip));
                        if (arabic)
                            CHECK_FALSE(hasAsciiDigit(appText(cardText(item))));
                    }
                }
            }
            // Every column is reachable: a column taking the focus is scrolled wholly into view.
            for (const QString &key : board->columnKeys()) {
                INFO(key.toStdString());
                board->header(key)->setFocus(Qt::TabFocusReason);
                QCoreApplication::processEvents();
                CHECK(viewport.contains(inViewport(board, board->header(key))));
            }
            // The chip's word is the catalogue's, for the code behind the card.
            if (auto *v = qobject_cast<PolicyViolationsWidget *>(window.currentSurface())) {
                int cards = 0;
                for (const QString &key : board->columnKeys()) {
                    const QListWidget *list = board->list(key);
                    for (int row = 0; list && row < list->count(); ++row, ++cards) {
                        const Violation *x =
                            v->violations().find(list->item(row)->data(Qt::UserRole).toString());
                        REQUIRE(x);
                        CHECK(list->item(row)->data(KanbanBoard::ChipRole).toString() ==
                              Labels::text(Labels::Kind::Severity, x->severity));
                    }
                }
                CHECK(cards > 0);
            }
            if (auto *p = qobject_cast<PartnerPipelineWidget *>(window.currentSurface())) {
                int cards = 0;
                int titlesNamingCounterpart = 0;
                for (const PartnerPipeline::Column &c : p->pipeline().columns) {
                    const QListWidget *list = board->list(c.status);
                    for (int row = 0; list && row < list->count(); ++row, ++cards) {
                        const PartnerDeal &d = c.deals.at(row);
                        const QListWidgetItem *item = list->item(row);
                        REQUIRE(item->data(Qt::UserRole).toString() == d.id);
                        CHECK(item->data(KanbanBoard::ChipRole).toString() ==
                              Labels::text(Labels::Kind::StrategicDealType, d.dealType));
                        // The counterpart appears once on its card.
                        if (!d.counterpart.isEmpty())
                            CHECK(occurrences(cardText(item), d.counterpart) == 1);
                        titlesNamingCounterpart +=
                            item->data(KanbanBoard::TitleRole)
                                .toString()
                                .contains(d.counterpart, Qt::CaseInsensitive);
                    }
                }
                CHECK(cards > 0);
                // The demo's English titles name the counterpart ("barter with Athar Retail").
                if (!arabic)
                    CHECK(titlesNamingCounterpart > 0);
            }
            window.close();
            language.setLanguage(QStringLiteral("en"));
        }
    }
}

TEST_CASE("kanban cards: a critical card is marked by its chip and its bar, its text is not red",
          "[gui][boards][violations]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("pp")));
    PolicyViolationsWidget w;
    w.setSession(s.get(), BoardsFixture::asOf());
    w.resize(1280, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    QListWidget *list = w.board()->list(QStringLiteral("detected"));
    REQUIRE(list);
    REQUIRE(list->count() == 1); // K1, critical
    const QListWidgetItem *item = list->item(0);
    CHECK(item->data(KanbanBoard::StateRole).value<UiState>() == UiState::Critical);
    CHECK(item->data(KanbanBoard::ChipRole).toString() ==
          Labels::text(Labels::Kind::Severity, QStringLiteral("critical")));
    CHECK(item->data(KanbanBoard::ChipRole).toString().startsWith(QLatin1String("Critical")));
    // Body text is not red: the title, the type and the lines, as painted.
    // The list as painted (the viewport's part of it), and the card's parts in that picture.
    const QImage image = list->grab().toImage().convertToFormat(QImage::Format_RGB32);
    KanbanBoard::CardGeometry g = KanbanBoard::cardGeometry(list, 0);
    for (QRect *r : {&g.card, &g.accent, &g.title, &g.chip, &g.meta, &g.lines})
        r->translate(list->viewport()->pos());
    REQUIRE_FALSE(g.title.isEmpty());
    REQUIRE_FALSE(g.lines.isEmpty());
    CHECK(reddishPixels(image, g.title) == 0);
    CHECK(reddishPixels(image, g.meta) == 0);
    CHECK(reddishPixels(image, g.lines) == 0);
    // The state is carried by the chip and the accent bar instead.
    REQUIRE_FALSE(g.accent.isEmpty());
    CHECK(reddishPixels(image, g.accent) > g.accent.height());
    CHECK(reddishPixels(image, g.chip) > 0);
    // A card with a border: the card's outline differs from the column's background.
    const QRgb outside =
        image.pixel(g.card.left() - 1 > 0 ? g.card.left() - 2 : 0, g.card.center().y());
    CHECK(image.pixel(g.card.center().x(), g.card.top()) != outside);
    // The high card (K2, reviewing) is marked too; a neutral card would have no bar.
    QListWidget *reviewing = w.board()->list(QStringLiteral("reviewing"));
    REQUIRE(reviewing);
    CHECK(reviewing->item(0)->data(KanbanBoard::StateRole).value<UiState>() == UiState::Warning);
}

TEST_CASE("kanban cards in both languages: words from the catalogue, dates in the tenant's zone, "
          "compact values, ages as plurals",
          "[gui][boards][arabic]")
{
    registerSurfaces();
    for (const char *lang : {"en", "ar"}) {
        INFO(lang);
        LanguageManager language;
        REQUIRE(language.setLanguage(QString::fromLatin1(lang)));
        const bool arabic = QLatin1String(lang) == QLatin1String("ar");
        auto dir = TestSupport::tempDir();
        auto s = BoardsFixture::openSqlite(*dir);
        REQUIRE(s->selectTenant(QStringLiteral("pp")));
        {
            PolicyViolationsWidget w;
            w.setSession(s.get(), BoardsFixture::asOf());
            w.resize(1280, 800);
            w.show();
            REQUIRE(TestSupport::refreshAndWait(w));
            const QListWidgetItem *k1 = w.board()->list(QStringLiteral("detected"))->item(0);
            const QStringList lines = k1->data(KanbanBoard::LinesRole).toStringList();
            REQUIRE(lines.size() == 2);
            // K1 was created a day before as-of, 2026-11-25 09:00 UTC: 12:00 in Riyadh.
            const QString by = Labels::text(Labels::Kind::DetectedBy, QStringLiteral("ai_scan"));
            CHECK(lines.at(1) ==
                  (arabic ? QStringLiteral("اكتشفها %1، ٢٥ نوفمبر ٢٠٢٦ ١٢:٠٠").arg(by)
                          : QStringLiteral("Detected by %1, 25 Nov 2026 12:00").arg(by)));
            CHECK(k1->data(KanbanBoard::MetaRole).toString() ==
                  Labels::text(Labels::Kind::ContradictionType, QStringLiteral("factual")));
            // Raw codes only in the tooltip.
            CHECK(k1->toolTip().contains(QStringLiteral("ai_scan")));
            CHECK(k1->toolTip().contains(QStringLiteral("critical")));
            // The column header: "Detected (1)" with the count through the locale.
            CHECK(w.board()->header(QStringLiteral("detected"))->text() ==
                  (arabic ? QStringLiteral("%1 (١)") : QStringLiteral("%1 (1)"))
                      .arg(Labels::text(Labels::Kind::ContradictionStatus,
                                        QStringLiteral("detected"))));
            // Resolved and accepted are folded to their headers, one click away.
            CHECK(w.board()->isCollapsed(QStringLiteral("resolved")));
            CHECK(w.board()->list(QStringLiteral("resolved")) == nullptr);
            // Enter on a card opens its detail and goes to the resolution text.
            w.activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(&w));
            QListWidget *detected = w.board()->list(QStringLiteral("detected"));
            detected->setFocus();
            detected->setCurrentRow(0, QItemSelectionModel::NoUpdate);
            QTest::keyClick(detected, Qt::Key_Return);
            CHECK(w.detail()->toPlainText().contains(QStringLiteral("value is 1")));
            CHECK(QApplication::focusWidget() == w.findChild<QLineEdit *>());
        }
        {
            PartnerPipelineWidget w;
            w.setSession(s.get(), BoardsFixture::asOf());
            w.resize(1280, 800);
            w.show();
            REQUIRE(TestSupport::refreshAndWait(w));
            // S1 (10 days old, SAR 1,000,000.00, AI 0.8, Named Co) and S5 (3 days, no value).
            const QListWidget *discovery = w.board()->list(QStringLiteral("discovery"));
            REQUIRE(discovery);
            REQUIRE(discovery->count() == 2);
            const QListWidgetItem *s1 = discovery->item(0);
            const QString meta = s1->data(KanbanBoard::MetaRole).toString();
            if (arabic)
                CHECK(meta == QStringLiteral("١ مليون ر.س"));
            else
                CHECK(meta == QStringLiteral("SAR 1M"));
            const QStringList lines = s1->data(KanbanBoard::LinesRole).toStringList();
            REQUIRE(lines.size() == 3);
            CHECK(lines.at(0).contains(QStringLiteral("Named Co")));
            CHECK(lines.at(1) ==
                  (arabic ? QStringLiteral("ثقة الذكاء الاصطناعي ٨٠٪\u061C، %1")
                          : QStringLiteral("AI confidence 80% · %1"))
                      .arg(Labels::text(Labels::Kind::Channel, QStringLiteral("whatsapp"))));
            CHECK(lines.at(2) ==
                  (arabic ? QStringLiteral("عمرها ١٠ أيام") : QStringLiteral("10 days old")));
            CHECK(discovery->item(1)->data(KanbanBoard::LinesRole).toStringList().last() ==
                  (arabic ? QStringLiteral("عمرها ٣ أيام") : QStringLiteral("3 days old")));
            // The full value in the tooltip.
            CHECK(s1->toolTip().contains(Money::display(100000000)));
            // Negotiating: S2, 40 days old (Arabic: the 11–99 form).
            CHECK(w.board()
                      ->list(QStringLiteral("negotiating"))
                      ->item(0)
                      ->data(KanbanBoard::LinesRole)
                      .toStringList()
                      .last() ==
                  (arabic ? QStringLiteral("عمرها ٤٠ يومًا") : QStringLiteral("40 days old")));
            // Closed columns fold; the header keeps count and compact total.
            CHECK(w.board()->isCollapsed(QStringLiteral("closed_won")));
            CHECK(w.board()
                      ->header(QStringLiteral("closed_won"))
                      ->text()
                      .contains(arabic ? QStringLiteral("(١)") : QStringLiteral("(1)")));
        }
        language.setLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("partner card: ages in every Arabic plural form, the counterpart not repeated",
          "[gui][boards][partners][arabic]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    CHECK(PartnerPipelineWidget::ageText(0) == QStringLiteral("أُنشئت اليوم"));
    CHECK(PartnerPipelineWidget::ageText(1) == QStringLiteral("عمرها يوم واحد"));
    CHECK(PartnerPipelineWidget::ageText(2) == QStringLiteral("عمرها يومان"));
    CHECK(PartnerPipelineWidget::ageText(3) == QStringLiteral("عمرها ٣ أيام"));
    CHECK(PartnerPipelineWidget::ageText(11) == QStringLiteral("عمرها ١١ يومًا"));
    CHECK(PartnerPipelineWidget::ageText(100) == QStringLiteral("عمرها ١٠٠ يوم"));
    CHECK(PartnerPipelineWidget::ageText(481) == QStringLiteral("عمرها ٤٨١ يومًا"));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(PartnerPipelineWidget::ageText(1) == QStringLiteral("1 day old")); // dealix_en.ts
    CHECK(PartnerPipelineWidget::ageText(2) == QStringLiteral("2 days old"));
    PartnerDeal d;
    d.id = QStringLiteral("x");
    d.title = QStringLiteral("Barter with Athar Retail");
    d.counterpart = QStringLiteral("athar retail");
    d.dealType = QStringLiteral("barter");
    const KanbanBoard::Card named = PartnerPipelineWidget::card(d, false, QTimeZone::utc());
    CHECK(occurrences((QStringList{named.title, named.chip, named.meta} + named.lines)
                          .join(QLatin1Char('\n')),
                      d.counterpart) == 1);
    d.title = QStringLiteral("Regional distribution");
    const KanbanBoard::Card other = PartnerPipelineWidget::card(d, false, QTimeZone::utc());
    CHECK(other.lines.contains(QString(QChar(0x2068)) + d.counterpart + QChar(0x2069)));
}

TEST_CASE("acting user: remembered in the window's settings (a screenshot's scratch copy), never "
          "in the user's own",
          "[gui][settings][actor]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    // The user's own settings (QSettings' default place) in a temporary folder for this test.
    const QString home = dir->filePath(QStringLiteral("config"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home);
    struct Restore {
        ~Restore()
        {
            const QString d =
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
            QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, d);
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, d);
        }
    } restore;
    Settings().setValue(Settings::Key::ActingUser, QStringLiteral("real@najd.sa"));
    // The run's settings: a scratch copy, as a --screenshot run has, naming another user.
    auto scratch = Settings().scratchCopy();
    scratch->setValue(Settings::Key::ActingUser, QStringLiteral("scratch@najd.sa"));
    const QList<TenantActor> actors{{QStringLiteral("1"), QStringLiteral("real@najd.sa"),
                                     QStringLiteral("Real"), QStringLiteral("owner")},
                                    {QStringLiteral("2"), QStringLiteral("scratch@najd.sa"),
                                     QStringLiteral("Scratch"), QStringLiteral("admin")},
                                    {QStringLiteral("3"), QStringLiteral("other@najd.sa"),
                                     QStringLiteral("Other"), QStringLiteral("manager")}};
    {
        LanguageManager language;
        REQUIRE(language.setLanguage(QStringLiteral("en")));
        MainWindow window(*scratch, language);
        REQUIRE(Settings::current() == scratch.get());
        ActorPicker picker(WriteBack::deciderRoles());
        picker.take(QStringLiteral("t1"), ActorPicker::Read(Result<QList<TenantActor>>(actors)));
        // The remembered user is the run's, not the one in the user's own settings.
        CHECK(picker.email() == QLatin1String("scratch@najd.sa"));
        // Choosing another user writes into the run's settings only.
        picker.setCurrentIndex(2);
        emit picker.activated(2);
        CHECK(scratch->value(Settings::Key::ActingUser).toString() ==
              QLatin1String("other@najd.sa"));
        CHECK(Settings().value(Settings::Key::ActingUser).toString() ==
              QLatin1String("real@najd.sa"));
        // Each user with the role in words, never the stored code ("Other (manager)").
        const QString isolated = QStringLiteral("\u2068Other\u2069");
        CHECK(picker.itemText(2) == isolated + QStringLiteral(" (Manager)"));
        REQUIRE(language.setLanguage(QStringLiteral("ar")));
        picker.take(QStringLiteral("t2"), ActorPicker::Read(Result<QList<TenantActor>>(actors)));
        CHECK(picker.itemText(2) == isolated + QStringLiteral(" (مدير)"));
        CHECK(picker.itemText(1) == QStringLiteral("\u2068Scratch\u2069 (مسؤول النظام)"));
        REQUIRE(language.setLanguage(QStringLiteral("en")));
    }
    // The window gone, nothing points at its settings any more.
    CHECK(Settings::current() == nullptr);
}
