#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The rule the Arabic texts obey (tests only): no ASCII digit in Arabic text, except inside
// an identifier that is not itself a number: a token of letters, digits and _ - . / @ : + #
// that holds at least one ASCII letter (PDPL-C01, SHA-256, F5, a host:port, an e-mail, a hex
// hash) or a UUID. An ISO 8601 date or time is no identifier, though it holds a T or a Z. A bare
// number ("72", "15–25", "18:22", "2026") is a defect: numbers come through the locale (Format,
// %L1, %Ln) and are Arabic-Indic there.
namespace ArabicDigits {

inline bool tokenChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'-' || c == u'.' ||
           c == u'/' || c == u'@' || c == u':' || c == u'+' || c == u'#' || c == u'=' ||
           c == u'?' || c == u'&';
}

inline bool asciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The bare numbers of text (each with a little context, or the bare token itself when
// tokensOnly), empty when it obeys the rule.
inline QStringList offenders(const QString &text, bool tokensOnly = false)
{
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QString s = text;
    // UUIDs (all-digit ones included) are identifiers.
    s.replace(uuid, QStringLiteral("UUID"));
    QStringList out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!asciiDigit(s.at(i)))
            continue;
        qsizetype b = i, e = i;
        while (b > 0 && tokenChar(s.at(b - 1)))
            --b;
        while (e < s.size() && tokenChar(s.at(e)))
            ++e;
        const QString token = s.mid(b, e - b);
        bool letter = false;
        for (QChar c : token)
            letter = letter || (c.unicode() < 128 && c.isLetter());
        // An ISO 8601 date or time ("2025-11-27T05:50:54.000Z") is a number, whatever letters
        // (T, Z) it holds: dates come through Format in the locale's digits.
        static const QRegularExpression isoTime(QStringLiteral(
            "(^|[^0-9A-Za-z])[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}|$|[^0-9])"));
        letter = letter && !isoTime.match(token).hasMatch();
        if (!letter && tokensOnly)
            out << token;
        else if (!letter)
            out << s.mid(std::max<qsizetype>(0, b - 12), e - b + 24).simplified();
        i = e;
    }
    return out;
}

// Whether text is (partly) Arabic: the rule applies to Arabic text only.
inline bool hasArabic(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
            return true;
    return false;
}

} // namespace ArabicDigits
