// No ASCII digit in Arabic: every surface of the window in Arabic (label texts, the display
// texts of every table and tree, buttons and combo boxes; tooltips excluded, they carry the
// raw codes on purpose) and the Arabic board pack of the demo database read back from its PDF
// with pdftotext. A digit inside an identifier (PDPL-C01, an e-mail, a UUID, a hash, a code
// such as SHA-256) is allowed; a bare number is a defect. Every offending string is printed
// with where it was found (surface / widget / row and column, or page and line).
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "models/source/sourceurl.h"
#include "tests/support/arabicdigits.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/print/boardpack.h"
#include "views/surface/surface.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocumentFragment>

#include <catch2/catch.hpp>

namespace {

const QDateTime AsOf(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());

QString demoDb(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("arabic.sqlite"));
    DemoOptions o;
    o.scale = 0.1;
    o.now = AsOf;
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    return path;
}

QString plainOf(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The tenant's own data holding ASCII digits (a claim "Contract value is SAR 1,200,000", a
// connector's error "Timed out after 5000 ms", a control name "(TLS 1.3)") is shown as typed,
// never the app's wording. Only two forms of it are cut out of a text before it is checked:
// - a data string the app isolates (U+2068 … U+2069, DisplayText::isolate) whose whole run is
//   one of the tenant's strings (any text column, any string inside a JSON column);
// - the strings of the columns people read as quoted text (titles, names, claims, notes,
//   errors, plans: QuotedColumns), wherever they appear.
// Anything else with an ASCII digit fails, data or not: a raw ISO date "2025-11-27T05:50:54Z",
// a "72 س" of the app's own.
const QSet<QString> QuotedColumns = {QStringLiteral("title"),
                                     QStringLiteral("title_ar"),
                                     QStringLiteral("title_en"),
                                     QStringLiteral("deal_title"),
                                     QStringLiteral("deal_title_ar"),
                                     QStringLiteral("name"),
                                     QStringLiteral("name_ar"),
                                     QStringLiteral("full_name"),
                                     QStringLiteral("full_name_ar"),
                                     QStringLiteral("company_name"),
                                     QStringLiteral("company_name_ar"),
                                     QStringLiteral("target_company_name"),
                                     QStringLiteral("display_name_ar"),
                                     QStringLiteral("claim_a"),
                                     QStringLiteral("claim_b"),
                                     QStringLiteral("note"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("last_error"),
                                     QStringLiteral("description"),
                                     QStringLiteral("description_ar"),
                                     QStringLiteral("control_name"),
                                     QStringLiteral("control_name_ar"),
                                     QStringLiteral("remediation_plan"),
                                     QStringLiteral("risk_summary"),
                                     QStringLiteral("resolution_note"),
                                     QStringLiteral("email")};

struct Data {
    QSet<QString> strings; // every data string with a digit: whole isolated runs only
    QStringList quoted;    // the quoted columns' strings with a digit, longest first
    static bool withDigit(const QString &v)
    {
        bool digit = false;
        for (QChar c : v)
            digit = digit || ArabicDigits::asciiDigit(c);
        return digit && v.size() >= 2;
    }
    void addJson(const QJsonValue &v)
    {
        if (v.isString() && withDigit(v.toString()))
            strings << v.toString();
        else if (v.isArray())
            for (const QJsonValue &i : v.toArray())
                addJson(i);
        else if (v.isObject())
            for (const QJsonValue &i : v.toObject())
                addJson(i);
    }
    explicit Data(const QString &db)
    {
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("arabic-digits-data"));
            c.setDatabaseName(db);
            REQUIRE(c.open());
            QSqlQuery tables(QStringLiteral("select name from sqlite_master where type = 'table'"),
                             c);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &t : names) {
                const QSqlRecord rec = c.record(t);
                for (int i = 0; i < rec.count(); ++i) {
                    QSqlQuery q(c);
                    REQUIRE(q.exec(
                        QStringLiteral("select \"%1\" from \"%2\" where typeof(\"%1\") = 'text'")
                            .arg(rec.fieldName(i), t)));
                    const bool quotedColumn = QuotedColumns.contains(rec.fieldName(i));
                    while (q.next()) {
                        const QString v = q.value(0).toString();
                        QJsonParseError e;
                        const QJsonDocument d = QJsonDocument::fromJson(v.toUtf8(), &e);
                        if (e.error == QJsonParseError::NoError && !d.isNull())
                            addJson(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()));
                        else if (withDigit(v)) {
                            strings << v;
                            if (quotedColumn)
                                quoted << v;
                        }
                    }
                }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("arabic-digits-data"));
        quoted.removeDuplicates();
        std::sort(quoted.begin(), quoted.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
    // text without the data it quotes: isolated runs that are whole data strings, then the
    // quoted columns' strings (bidirectional marks dropped in between).
    QString without(QString text) const
    {
        static const QRegularExpression run(
            QStringLiteral("\\x{2068}([^\\x{2068}\\x{2069}]*)\\x{2069}"));
        QString kept;
        qsizetype from = 0;
        for (auto it = run.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            kept += text.mid(from, m.capturedStart() - from);
            kept += strings.contains(m.captured(1)) ? QStringLiteral(" ") : m.captured(0);
            from = m.capturedEnd();
        }
        text = kept + text.mid(from);
        static const QRegularExpression marks(
            QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
        text.remove(marks);
        for (const QString &v : quoted)
            text.replace(v, QStringLiteral(" "));
        return text;
    }
};

struct Offences {
    const Data *data = nullptr;
    QStringList lines;
    int checked = 0; // Arabic texts checked
    void check(const QString &where, const QString &text)
    {
        const QString plain = data ? data->without(plainOf(text)) : plainOf(text);
        if (!ArabicDigits::hasArabic(plain))
            return;
        ++checked;
        for (const QString &o : ArabicDigits::offenders(plain))
            lines << where + QStringLiteral(" :: ") + o + QStringLiteral("   [") +
                         plain.simplified().left(160) + u']';
    }
};

QString nameOf(const QObject *o)
{
    QStringList path;
    for (; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            path.prepend(o->objectName());
            if (o->objectName().startsWith(QLatin1String("surface-")))
                break;
        } else if (path.isEmpty()) {
            path.prepend(QString::fromLatin1(o->metaObject()->className()));
        }
    }
    return path.join(u'/');
}

void walkModel(Offences &out, const QString &where, const QAbstractItemModel *m,
               const QModelIndex &parent, int depth)
{
    if (!m || depth > 6)
        return;
    if (!parent.isValid())
        for (int c = 0; c < m->columnCount(); ++c)
            out.check(where + QStringLiteral(" header %1").arg(c),
                      m->headerData(c, Qt::Horizontal).toString());
    const int rows = std::min(m->rowCount(parent), 400);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < m->columnCount(parent); ++c) {
            const QModelIndex i = m->index(r, c, parent);
            out.check(where + QStringLiteral(" row %1 col %2").arg(r).arg(c),
                      i.data(Qt::DisplayRole).toString());
            if (c == 0 && m->hasChildren(i))
                walkModel(out, where + QStringLiteral(" row %1 >").arg(r), m, i, depth + 1);
        }
}

void walkWidget(Offences &out, const QString &surface, QWidget *root)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        out.check(surface + u' ' + nameOf(l), l->text());
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        out.check(surface + u' ' + nameOf(b), b->text());
    for (QGroupBox *g : root->findChildren<QGroupBox *>())
        out.check(surface + u' ' + nameOf(g), g->title());
    for (QComboBox *c : root->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            out.check(surface + u' ' + nameOf(c) + QStringLiteral(" item %1").arg(i),
                      c->itemText(i));
    for (QTabWidget *t : root->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            out.check(surface + u' ' + nameOf(t) + QStringLiteral(" tab %1").arg(i), t->tabText(i));
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>())
        walkModel(out, surface + u' ' + nameOf(v), v->model(), QModelIndex(), 0);
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("arabic window: no ASCII digit in any surface's texts", "[gui][arabic][digits]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    MainWindow w(*settings, language);
    w.setAsOf(AsOf);
    QString error;
    REQUIRE(w.openSource(QStringLiteral("sqlite:") + db, QString(), QStringLiteral("najd-trading"),
                         &error));
    w.resize(1280, 800);
    w.show();
    QCoreApplication::processEvents();

    const Data data(db);
    Offences out;
    out.data = &data;
    const QStringList ids = SurfaceRegistry::instance().ids();
    REQUIRE(ids.size() >= 10);
    for (const QString &id : ids) {
        INFO("surface " << id.toStdString());
        REQUIRE(w.selectSurface(id));
        SurfaceWidget *s = w.currentSurface();
        REQUIRE(s);
        REQUIRE(TestSupport::refreshAndWait(*s));
        // Select the first row of each list, so detail panes show a record too.
        for (QAbstractItemView *v : s->findChildren<QAbstractItemView *>())
            if (v->model() && v->model()->rowCount() > 0 && v->selectionModel()) {
                v->setCurrentIndex(v->model()->index(0, 0));
                QCoreApplication::processEvents();
            }
        QCoreApplication::processEvents();
        walkWidget(out, id, s);
    }
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        out.check(QStringLiteral("status bar ") + nameOf(l), l->text());
    for (int i = 0; i < w.navigation()->count(); ++i)
        out.check(QStringLiteral("navigation"), w.navigation()->item(i)->text());
    out.lines.removeDuplicates();
    // The walk saw the surfaces' texts (a walk that found nothing could not fail).
    INFO(out.checked << " Arabic texts checked");
    CHECK(out.checked > 1000);
    WARN(out.checked << " Arabic window texts checked");
    INFO(out.lines.size() << " offending strings:\n" << out.lines.join(u'\n').toStdString());
    CHECK(out.lines.isEmpty());
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("arabic board pack: no ASCII digit on any page", "[gui][arabic][digits][print]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    BoardPack::Options options;
    options.asOf = AsOf;
    options.user = QStringLiteral("board.secretary");
    BoardPack::Content content;
    QString error;
    REQUIRE(BoardPack::build(s, options, &content, &error));
    const QString pdf = dir->filePath(QStringLiteral("pack-ar.pdf"));
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    language.setLanguage(QStringLiteral("en"));
    const Data data(db);

    // The pack's texts as composed (data cut out), section by section.
    Offences composed;
    composed.data = &data;
    const auto &l = content.labels;
    for (const QString &t :
         {l.title, l.contents, l.figuresAsOf, l.gregorian, l.hijri, l.preparedBy, l.watermark})
        composed.check(QStringLiteral("cover/chrome"), t);
    for (const PrintSection &sec : content.sections) {
        composed.check(sec.id + QStringLiteral(" title"), sec.title);
        for (int b = 0; b < sec.blocks.size(); ++b) {
            const PrintBlock &k = sec.blocks.at(b);
            const QString at = sec.id + QStringLiteral(" block %1").arg(b);
            composed.check(at, k.text);
            for (const PrintKpi &kpi : k.kpis)
                for (const QString &t : {kpi.caption, kpi.value, kpi.detail, kpi.stateWord})
                    composed.check(at + QStringLiteral(" kpi ") + kpi.caption, t);
            for (const QString &h : k.table.headers)
                composed.check(at + QStringLiteral(" header"), h);
            for (int r = 0; r < k.table.rows.size(); ++r)
                for (int c = 0; c < k.table.rows.at(r).size(); ++c)
                    composed.check(at + QStringLiteral(" row %1 col %2").arg(r).arg(c),
                                   k.table.rows.at(r).at(c));
            composed.check(at + QStringLiteral(" note"), k.table.note);
            for (const QString &t : k.chart.categories + k.chart.legend)
                composed.check(at + QStringLiteral(" chart"), t);
        }
    }
    composed.lines.removeDuplicates();
    CHECK(composed.checked > 300);
    INFO(composed.lines.size() << " offending strings in the composed pack:\n"
                               << composed.lines.join(u'\n').toStdString());
    CHECK(composed.lines.isEmpty());

    // pdftotext, page by page; each page is named by the sections whose titles it shows.
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    REQUIRE(pages >= 4);
    Offences out;
    for (int p = 1; p <= pages; ++p) {
        const QString text =
            tool(QStringLiteral("pdftotext"),
                 {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                  QString::number(p), QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                .normalized(QString::NormalizationForm_KC);
        QStringList sections;
        for (const PrintSection &sec : content.sections)
            if (text.contains(sec.title.normalized(QString::NormalizationForm_KC)))
                sections << sec.id;
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            // The pack is Arabic throughout: every line obeys the rule, Arabic letters or not
            // (a table row of figures has none).
            const QString line = lines.at(i);
            // A line wraps the data it quotes (and pdftotext drops the isolates): a number that
            // is a token of a quoted column's string is theirs (the composed texts above check
            // every string whole, isolates included).
            QStringList bare;
            for (const QString &t : ArabicDigits::offenders(line, true)) {
                bool quoted = false;
                for (const QString &v : data.quoted)
                    quoted = quoted || v.contains(t);
                if (!quoted)
                    bare << t;
            }
            if (!bare.isEmpty())
                out.lines << QStringLiteral("page %1 [%2] line %3 :: %4   [%5]")
                                 .arg(p)
                                 .arg(sections.join(u','))
                                 .arg(i + 1)
                                 .arg(bare.join(QStringLiteral(", ")), line.simplified().left(160));
        }
    }
    out.lines.removeDuplicates();
    INFO(out.lines.size() << " offending strings on the pages:\n"
                          << out.lines.join(u'\n').toStdString());
    CHECK(out.lines.isEmpty());
}
