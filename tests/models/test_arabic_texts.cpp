// The Arabic catalogue (translations/dealix_ar.ts) obeys the rules of Arabic text: numbers
// come through the locale (%L1, %Ln: Arabic-Indic digits), never typed as ASCII digits; every
// plural has Arabic's six forms; %n (which gives ASCII digits) is never used for %Ln; the
// percent sign comes from the locale (Format::percent), never a typed "%".
#include "app/languagemanager.h"
#include "models/core/money.h"
#include "tests/support/arabicdigits.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context, source;
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms
    bool unfinished = false;
    int sources = 0; // <source> elements in the message: exactly one in a well-formed catalogue
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader x(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == QLatin1String("name"))
                context = x.readElementText();
            else if (n == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (n == QLatin1String("source")) {
                m.source = x.readElementText();
                ++m.sources;
            } else if (n == QLatin1String("translation")) {
                m.unfinished = x.attributes().hasAttribute(QLatin1String("type"));
                if (!m.numerus)
                    m.forms << x.readElementText();
            } else if (n == QLatin1String("numerusform"))
                m.forms << x.readElementText();
        } else if (x.isEndElement() && x.name() == QLatin1String("message")) {
            out << m;
        }
    }
    REQUIRE_FALSE(x.hasError());
    // A message holding two sources (a lost </message>) would translate only one of them:
    // lrelease keeps the last; the other shows in English.
    for (const Message &msg : std::as_const(out)) {
        INFO(path.toStdString() << ": " << msg.context.toStdString() << " | "
                                << msg.source.toStdString());
        CHECK(msg.sources == 1);
    }
    return out;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source.left(80);
}

// The text without its placeholders (%1, %L1, %n, %Ln).
QString withoutPlaceholders(const QString &s)
{
    static const QRegularExpression ph(QStringLiteral("%L?(\\d+|n)"));
    QString t = s;
    return t.remove(ph);
}

} // namespace

TEST_CASE("arabic catalogue: no ASCII digit typed into a translation", "[text][arabic]")
{
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    REQUIRE(messages.size() > 500);
    QStringList bad;
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            for (const QString &o : ArabicDigits::offenders(withoutPlaceholders(form)))
                bad << where(m) + QStringLiteral(" || ") + o;
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("arabic catalogue: every plural has six forms and localised numbers", "[text][arabic]")
{
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QStringList bad;
    int plurals = 0;
    for (const Message &m : messages) {
        // %n gives ASCII digits; %Ln gives the locale's.
        for (const QString &form : m.forms)
            if (form.contains(QStringLiteral("%n")))
                bad << where(m) + QStringLiteral(" || %n instead of %Ln: ") + form;
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.forms.size() != 6)
            bad << where(m) +
                       QStringLiteral(" || %1 numerus forms, six needed").arg(m.forms.size());
        else if (QSet<QString>(m.forms.begin(), m.forms.end()).size() < 2)
            bad << where(m) + QStringLiteral(" || all six forms identical (no plural)");
        for (const QString &form : m.forms)
            if (form.trimmed().isEmpty())
                bad << where(m) + QStringLiteral(" || empty numerus form");
    }
    INFO(bad.join(u'\n').toStdString());
    CHECK(plurals > 0);
    CHECK(bad.isEmpty());
}

TEST_CASE("arabic catalogue: the percent sign comes from the locale", "[text][arabic]")
{
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QStringList bad;
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            if (withoutPlaceholders(form).contains(u'%'))
                bad << where(m) + QStringLiteral(" || ") + form;
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("arabic digits rule: identifiers pass, bare numbers do not", "[text][arabic]")
{
    using ArabicDigits::offenders;
    CHECK(offenders(QStringLiteral("الضابط PDPL-C01 وSHA-256 وF5")).isEmpty());
    CHECK(offenders(QStringLiteral("a@b2.sa 00000000-0000-0000-0000-000000000000")).isEmpty());
    CHECK(offenders(QStringLiteral("حرجة (15–25)")).size() == 2);
    CHECK(offenders(QStringLiteral("72 س")).size() == 1);
    CHECK(offenders(QStringLiteral("٥ ديسمبر ٢٠٢٦ 18:22")).size() == 1);
    CHECK(offenders(QStringLiteral("١٢٬٥٠٠ ر.س")).isEmpty());
    // An ISO date or time is a number, its T and Z notwithstanding.
    CHECK(offenders(QStringLiteral("وردت في 2025-11-27T05:50:54.000Z")).size() == 1);
    CHECK(offenders(QStringLiteral("تستحق 2026-01-15")).size() == 1);
}

TEST_CASE("arabic catalogue: no percent sign typed beside a number", "[text][arabic]")
{
    // A share is written by Format::percent (the locale's digits and sign, one rule); a
    // translation that types "٪" next to a placeholder mixes two percent styles.
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QStringList bad;
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            if (form.contains(QChar(0x066A)))
                bad << where(m) + QStringLiteral(" || ") + form;
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("arabic catalogue: no number typed in Arabic-Indic digits or percent as a word",
          "[text][arabic]")
{
    // A number typed into a translation (even as "٤" or "٧٠ بالمئة") is not the source's
    // number: it does not follow the code, and the source that types it reads its digits
    // outside the locale. The number belongs in an argument (%L1, %Ln, Format::percent).
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QStringList bad;
    static const QRegularExpression indic(
        QStringLiteral("[\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]"));
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            if (form.contains(indic) || form.contains(QStringLiteral("بالمئة")))
                bad << where(m) + QStringLiteral(" || ") + form;
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

// English plurals: the English catalogue (translations/dealix_en.ts) gives every plural message
// English's two forms, so no English text reads "day(s)" or "1 days".
TEST_CASE("english catalogue: every plural message has its English forms", "[text][english]")
{
    const QList<Message> arabic = readTs(QStringLiteral(DEALIX_TS_FILE));
    const QList<Message> english = readTs(QStringLiteral(DEALIX_TS_EN_FILE));
    QHash<QString, Message> byKey;
    for (const Message &m : english)
        byKey.insert(m.context + u'\n' + m.source, m);
    static const QRegularExpression ph(QStringLiteral("%L?\\d+"));
    QStringList bad;
    int plurals = 0;
    for (const Message &m : arabic) {
        if (!m.numerus)
            continue;
        ++plurals;
        const auto it = byKey.constFind(m.context + u'\n' + m.source);
        if (it == byKey.constEnd()) {
            bad << where(m) + QStringLiteral(" || no English forms");
            continue;
        }
        const Message &e = *it;
        if (!e.numerus || e.unfinished || e.forms.size() != 2 || e.forms.contains(QString()))
            bad << where(m) + QStringLiteral(" || not two finished English forms");
        else if (!e.forms.at(1).contains(QLatin1String("%n")) &&
                 !e.forms.at(1).contains(QLatin1String("%Ln")))
            bad << where(m) + QStringLiteral(" || plural form without its count");
        for (const QString &form : e.forms) {
            if (form.contains(QLatin1String("(s)")) || form.contains(QLatin1String("(es)")))
                bad << where(m) + QStringLiteral(" || ") + form;
            // The other placeholders (%1, %L2…) stay, in both forms.
            auto p = ph.globalMatch(m.source);
            while (p.hasNext()) {
                const QString token = p.next().captured();
                if (!form.contains(token))
                    bad << where(m) + QStringLiteral(" || lost ") + token + QStringLiteral(": ") +
                               form;
            }
        }
    }
    CHECK(plurals > 20);
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("arabic catalogue: texts joined with a separator that is not read as a digit",
          "[text][arabic]")
{
    // " · " (U+00B7) reads as the Arabic-Indic zero "٠" in an Arabic line: the Arabic
    // catalogue never carries it (Format::separator() gives the Arabic one).
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QStringList bad;
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            if (form.contains(QChar(0x00B7)))
                bad << where(m) + QStringLiteral(" || ") + form;
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}

TEST_CASE("english plurals: one and many read as English", "[text][english]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("PartnerPipelineWidget", "%n days old", nullptr, 1) ==
          QLatin1String("1 day old"));
    CHECK(QCoreApplication::translate("PartnerPipelineWidget", "%n days old", nullptr, 3) ==
          QLatin1String("3 days old"));
    CHECK(QCoreApplication::translate("ForecastWidget", "%n deal(s)", nullptr, 1) ==
          QLatin1String("1 deal"));
    CHECK(QCoreApplication::translate("ForecastWidget", "%n deal(s)", nullptr, 3) ==
          QLatin1String("3 deals"));
    CHECK(QCoreApplication::translate("CommandLine", "%n recommended index(es) missing.", nullptr,
                                      3) == QLatin1String("3 recommended indexes missing."));
    // A real writer of these texts: Money's notes for deals left out of a sum.
    CHECK(Money::excludedAmountNotes(1, 3) ==
          QStringList{
              QStringLiteral("1 deal whose value is not a number is counted here, not added."),
              QStringLiteral("3 deals with a negative value are counted here, not added.")});
    // Arabic keeps its own catalogue, and English comes back after it.
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    CHECK(QCoreApplication::translate("ForecastWidget", "%n deal(s)", nullptr, 3) !=
          QLatin1String("3 deals"));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("ForecastWidget", "%n deal(s)", nullptr, 1) ==
          QLatin1String("1 deal"));
}

TEST_CASE("arabic catalogue: the compact scale words are Format's translations", "[text][arabic]")
{
    // Format::compact's thousand/million/billion come from the catalogue (one place, context
    // "Format"), not from Arabic typed into the code.
    const QList<Message> messages = readTs(QStringLiteral(DEALIX_TS_FILE));
    QHash<QString, QString> format;
    for (const Message &m : messages)
        if (m.context == QLatin1String("Format") && !m.numerus && !m.unfinished)
            format.insert(m.source, m.forms.value(0));
    CHECK(format.value(QStringLiteral("%1K")) == QStringLiteral("%1 ألف"));
    CHECK(format.value(QStringLiteral("%1M")) == QStringLiteral("%1 مليون"));
    CHECK(format.value(QStringLiteral("%1B")) == QStringLiteral("%1 مليار"));
    // And the running app reads them from there.
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    CHECK(QCoreApplication::translate("Format", "%1M") == QStringLiteral("%1 مليون"));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("Format", "%1M") == QStringLiteral("%1M"));
}
