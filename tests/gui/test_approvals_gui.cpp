// The Approval Center's detail pane and decision buttons on screen (README "Approval Center"):
// the selected request in context, actions only where they apply, an empty state that says what
// to do, columns sized by content, Arabic digits throughout the detail.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/approvals/approvaldetail.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "tests/support/approvaldetailfixture.h"
#include "tests/support/fixtureloader.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/approvals/approvalcenterwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBrowser>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Session> openDetailFixture(const QTemporaryDir &dir)
{
    return FixtureLoader::openSqlite(dir, QStringLiteral("detail.db"),
                                     [](Session &session, QString *error) {
                                         return ApprovalDetailFixture::load(session, error);
                                     });
}

void settle(ApprovalCenterWidget &w)
{
    QElapsedTimer waited;
    waited.start();
    while (w.isRefreshing() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
}

QPushButton *button(ApprovalCenterWidget &w, const QString &objectName)
{
    auto *b = w.findChild<QPushButton *>(objectName);
    REQUIRE(b);
    return b;
}

QTextBrowser *detail(ApprovalCenterWidget &w)
{
    auto *d = w.findChild<QTextBrowser *>();
    REQUIRE(d);
    return d;
}

int rowOf(ApprovalCenterWidget &w, const QString &id)
{
    for (int r = 0; r < w.model()->rowCount(); ++r)
        if (w.model()->item(r)->id == id)
            return r;
    FAIL("request " << id.toStdString() << " not shown");
    return -1;
}

void select(ApprovalCenterWidget &w, const QString &id)
{
    // As a click on the row's first cell does (selectRow() misses in right-to-left when the
    // columns do not fill the viewport).
    w.view()->setCurrentIndex(w.model()->index(rowOf(w, id), 0));
    REQUIRE(w.view()->selectionModel()->isRowSelected(rowOf(w, id), QModelIndex()));
    settle(w);
}

void showAll(ApprovalCenterWidget &w)
{
    ApprovalQueue::Filter all;
    all.status = QStringLiteral("all");
    w.setFilter(all);
    REQUIRE(TestSupport::refreshAndWait(w));
    settle(w);
}

// The table fills its width: the visible columns end to end from one edge of the viewport to
// the other, the first column at the leading edge (the right one in Arabic).
void checkFillsWidth(ApprovalCenterWidget &w)
{
    const QHeaderView *header = w.view()->horizontalHeader();
    const int width = w.view()->viewport()->width();
    REQUIRE(width > 600);
    int total = 0, left = width, right = 0;
    for (int c = 0; c < ApprovalQueueModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            continue;
        total += header->sectionSize(c);
        left = std::min(left, header->sectionViewportPosition(c));
        right = std::max(right, header->sectionViewportPosition(c) + header->sectionSize(c));
    }
    INFO("viewport " << width << ", columns " << total << " from " << left << " to " << right);
    CHECK(total == width);
    CHECK(left == 0);
    CHECK(right == width);
    const int first = header->sectionViewportPosition(0);
    if (w.layoutDirection() == Qt::RightToLeft)
        CHECK(first + header->sectionSize(0) == width);
    else
        CHECK(first == 0);
}

} // namespace

TEST_CASE("approval center: actions only where they apply, an empty state that says what to do",
          "[gui][approvals][detail]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = openDetailFixture(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("deciders")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), ApprovalDetailFixture::asOf());
    w.resize(1280, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    settle(w);
    const QStringList actions = {QStringLiteral("approve"), QStringLiteral("reject"),
                                 QStringLiteral("escalate")};
    // Nothing selected: every action disabled, the detail says what to do.
    REQUIRE(w.model()->rowCount() == 4); // the four pending requests
    CHECK_FALSE(w.view()->selectionModel()->hasSelection());
    for (const QString &a : actions)
        CHECK_FALSE(button(w, a)->isEnabled());
    CHECK(detail(w)->toPlainText().contains(
        QStringLiteral("Select a request to see its deal, value, risk and history")));
    // A pending request: enabled; its deal in the detail.
    select(w, ApprovalDetailFixture::foundRequest());
    for (const QString &a : actions)
        CHECK(button(w, a)->isEnabled());
    const QString text = detail(w)->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Riyadh distribution partnership")));
    CHECK(text.contains(QStringLiteral("1,250,000.50")));
    CHECK(text.contains(QStringLiteral("Gulf Logistics Co")));
    CHECK(text.contains(QStringLiteral("Exclusivity for the Riyadh region")));
    CHECK(text.contains(QStringLiteral("Partly reversible")));
    CHECK(text.contains(QStringLiteral("Huda Harbi")));
    // The missing record is said, not left blank.
    select(w, ApprovalDetailFixture::missingRequest());
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("No ")));
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("00000000dead")));
    // Pending only: no Status column of all "Pending".
    CHECK(w.view()->isColumnHidden(ApprovalQueueModel::StatusColumn));
    checkFillsWidth(w);
    // All statuses: the approved request cannot be decided again, and the tooltip says why.
    showAll(w);
    CHECK_FALSE(w.view()->isColumnHidden(ApprovalQueueModel::StatusColumn));
    select(w, ApprovalDetailFixture::decidedRequest());
    for (const QString &a : actions) {
        CHECK_FALSE(button(w, a)->isEnabled());
        CHECK(button(w, a)->toolTip().contains(QStringLiteral("already approved")));
    }
    // A mixed selection (the approved request and a pending one): a decision would reach the
    // approved request too, so every action stays disabled and says why.
    w.view()->selectionModel()->select(
        w.model()->index(rowOf(w, ApprovalDetailFixture::foundRequest()), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(w.view()->selectionModel()->selectedRows().size() == 2);
    for (const QString &a : actions) {
        CHECK_FALSE(button(w, a)->isEnabled());
        CHECK(button(w, a)->toolTip().contains(QStringLiteral("already decided")));
    }
    select(w, ApprovalDetailFixture::decidedRequest());
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("Fleet renewal")));
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("Omar Saleh")));
    // Columns sized by content (the width of their widest cell or header), the resource (what
    // is to be decided) stretched over the rest of the width, not narrower than its content;
    // Status, shown for every status, exactly as wide as its words.
    const QHeaderView *header = w.view()->horizontalHeader();
    for (int c = 0; c < ApprovalQueueModel::ColumnCount; ++c) {
        INFO("column " << c);
        const QAbstractItemView *view = w.view(); // sizeHintForColumn is public here
        const int content = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (c == ApprovalQueueModel::ResourceColumn)
            CHECK(header->sectionSize(c) >= content);
        else
            CHECK(header->sectionSize(c) == content);
    }
    checkFillsWidth(w);
    // Codes in words, the raw code in the tooltip.
    const int row = rowOf(w, ApprovalDetailFixture::foundRequest());
    const QModelIndex resource = w.model()->index(row, ApprovalQueueModel::ResourceColumn);
    CHECK(resource.data().toString() != QStringLiteral("strategic_deal"));
    CHECK(resource.data(Qt::ToolTipRole).toString().contains(QStringLiteral("strategic_deal")));
    // The escalation level is a number: right-aligned.
    CHECK((w.model()
               ->index(row, ApprovalQueueModel::EscalationColumn)
               .data(Qt::TextAlignmentRole)
               .toInt() &
           Qt::AlignRight));
    // An empty queue says so.
    REQUIRE(s->selectTenant(QStringLiteral("other")));
    REQUIRE(TestSupport::refreshAndWait(w));
    settle(w);
    CHECK(w.model()->rowCount() == 0);
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("No request")));
    for (const QString &a : actions)
        CHECK_FALSE(button(w, a)->isEnabled());
}

TEST_CASE("approval center in Arabic: the detail in words, with Arabic-Indic digits only",
          "[gui][approvals][detail][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = openDetailFixture(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("deciders")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), ApprovalDetailFixture::asOf());
    w.resize(1280, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    settle(w);
    CHECK(detail(w)->toPlainText().contains(QStringLiteral("اختر طلبًا")));
    // Right to left, the columns fill the width too (no empty band on the left).
    REQUIRE(w.layoutDirection() == Qt::RightToLeft);
    checkFillsWidth(w);
    for (const QString &id :
         {ApprovalDetailFixture::foundRequest(), ApprovalDetailFixture::unreadRequest()}) {
        select(w, id);
        QString text = detail(w)->toPlainText();
        INFO(text.toStdString());
        if (id == ApprovalDetailFixture::foundRequest()) {
            CHECK(text.contains(QStringLiteral("شراكة توزيع الرياض"))); // the Arabic title
            CHECK(text.contains(QStringLiteral("هدى الحربي")));         // the Arabic name
            CHECK(text.contains(QStringLiteral("١٬٢٥٠٬٠٠٠٫٥٠")));
        }
        // Identifiers and e-mails may hold Latin digits; nothing else may.
        text.remove(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}")));
        text.remove(QRegularExpression(QStringLiteral("\\S+@\\S+")));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    }
    if (const QString keep = qEnvironmentVariable("DEALIX_KEEP_SCREENSHOTS"); !keep.isEmpty()) {
        select(w, ApprovalDetailFixture::foundRequest());
        w.grab().save(keep + QStringLiteral("/approvals-detail-ar.png"));
    }
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("approval center on the demo database: every request about a deal finds its record",
          "[gui][approvals][detail][demo]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    DemoOptions o;
    o.scale = 0.1;
    o.seed = 4;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    const Result<QList<TenantInfo>> tenants = s.tenants();
    REQUIRE(tenants.ok());
    REQUIRE(tenants->size() == 3);
    for (const TenantInfo &t : *tenants) {
        const QString tenant = t.slug;
        INFO(tenant.toStdString());
        REQUIRE(s.selectTenant(tenant));
        ApprovalCenterWidget w;
        w.setSession(&s, o.now);
        w.resize(1280, 800);
        w.show();
        REQUIRE(TestSupport::refreshAndWait(w));
        showAll(w);
        QMap<QString, int> found; // per type
        QString shown;
        for (int r = 0; r < w.model()->rowCount(); ++r) {
            const ApprovalQueue::Item &item = *w.model()->item(r);
            const QString type = item.resourceType.toLower();
            if (type != QLatin1String("strategic_deal") && type != QLatin1String("deal") &&
                type != QLatin1String("deal_discount"))
                continue;
            INFO(type.toStdString() << " " << item.resourceId.toStdString());
            const ApprovalDetail d = ApprovalDetail::read(s, item);
            CHECK(d.resource.state == ApprovalDetail::State::Found);
            ++found[type];
            if (shown.isEmpty() && type == QLatin1String("strategic_deal"))
                shown = item.id;
        }
        CHECK(found.value(QStringLiteral("strategic_deal")) > 0);
        CHECK(found.value(QStringLiteral("deal")) > 0);
        // A discount request is about a deal: the deal's record.
        CHECK(found.value(QStringLiteral("deal_discount")) > 0);
        // On screen: the strategic deal's own record, never "not found".
        REQUIRE_FALSE(shown.isEmpty());
        select(w, shown);
        const QString text = detail(w)->toPlainText();
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("in this tenant: it was deleted")));
        if (!qEnvironmentVariableIsEmpty("DEALIX_TEST_SHOTS")) {
            const QString shots = QCoreApplication::applicationDirPath() + QStringLiteral("/shots");
            QDir().mkpath(shots);
            CHECK(
                w.grab().save(shots + QStringLiteral("/approval-center-demo-%1.png").arg(tenant)));
        }
    }
}
