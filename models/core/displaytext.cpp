#include "models/core/displaytext.h"

#include <QList>
#include <QStringList>

namespace DisplayText {

namespace {
constexpr char16_t Lre = 0x202A, Rle = 0x202B, Pdf = 0x202C, Lro = 0x202D, Rlo = 0x202E;
constexpr char16_t Lri = 0x2066, Rli = 0x2067, Fsi = 0x2068, Pdi = 0x2069;
} // namespace

QString balanced(const QString &text)
{
    // Fast path: most strings hold no bidi controls at all.
    bool any = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= Lre && u <= Rlo) || (u >= Lri && u <= Pdi)) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    // The open embeddings/overrides (true) and isolates (false), innermost last. A PDI closes
    // the innermost isolate and every embedding opened inside it (UAX #9, BD9).
    QList<bool> open;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == Lre || u == Rle || u == Lro || u == Rlo) {
            open.append(true);
        } else if (u == Lri || u == Rli || u == Fsi) {
            open.append(false);
        } else if (u == Pdf) {
            if (open.isEmpty() || !open.last())
                continue; // no embedding of its own to close
            open.removeLast();
        } else if (u == Pdi) {
            if (!open.contains(false))
                continue; // no isolate to close
            while (open.takeLast()) {
            }
        }
        out.append(c);
    }
    while (!open.isEmpty())
        out.append(QChar(open.takeLast() ? Pdf : Pdi));
    return out;
}

QString isolate(const QString &text)
{
    return QChar(Fsi) + balanced(text) + QChar(Pdi);
}

namespace {
// A control character of a value, as text that is neither a control nor a line break.
bool visibleControl(char16_t u, QString *out)
{
    switch (u) {
    case u'\n':
        out->append(QLatin1String("\\n"));
        return true;
    case u'\r':
        out->append(QLatin1String("\\r"));
        return true;
    case u'\t':
        out->append(QLatin1String("\\t"));
        return true;
    default:
        break;
    }
    if (u < 0x20) {
        out->append(QChar(char16_t(0x2400 + u))); // the Control Pictures block: ␛ for ESC
    } else if (u == 0x7F) {
        out->append(QChar(char16_t(0x2421))); // ␡
    } else if ((u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029) {
        out->append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
    } else {
        return false;
    }
    return true;
}

// Both ends of an over-long text around "…", never inside a surrogate pair.
QString elided(QString shown, qsizetype max)
{
    if (max > 1 && shown.size() > max) {
        // Both ends stay: a path's folder and its file name, a message's start and its cause.
        qsizetype head = (max - 1) / 2;
        qsizetype tail = max - 1 - head;
        if (head > 0 && shown.at(head - 1).isHighSurrogate())
            --head;
        if (shown.at(shown.size() - tail).isLowSurrogate())
            --tail;
        shown = shown.left(head) + QChar(0x2026) + shown.right(tail);
    }
    return shown;
}
} // namespace

QString plain(const QString &text, qsizetype max)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        if (!visibleControl(c.unicode(), &shown))
            shown.append(c);
    }
    return isolate(elided(shown, max));
}

QString reply(const QString &text, qsizetype max)
{
    QString shown;
    shown.reserve(text.size());
    bool space = false; // the last character written is a space (or none yet)
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool blank = u == u' ' || u == u'\n' || u == u'\r' || u == u'\t' || u == 0x0B ||
                           u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029;
        if (blank) {
            if (!space && !shown.isEmpty())
                shown.append(QLatin1Char(' '));
            space = true;
            continue;
        }
        space = false;
        if (!visibleControl(u, &shown))
            shown.append(c);
    }
    if (shown.endsWith(QLatin1Char(' ')))
        shown.chop(1);
    return balanced(elided(shown, max));
}

QString quoted(const QString &text, qsizetype max)
{
    return QLatin1Char('"') + plain(text, max) + QLatin1Char('"');
}

QString html(const QString &text)
{
    return isolate(text).toHtmlEscaped();
}

QString terminal(const QString &text, bool keepTabsAndNewlines)
{
    // Balanced line by line: a terminal lays out each line as a paragraph of its own.
    QString in;
    if (keepTabsAndNewlines && text.contains(QLatin1Char('\n'))) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            in += (i ? QStringLiteral("\n") : QString()) + balanced(lines.at(i));
    } else {
        in = balanced(text);
    }
    QString out;
    out.reserve(in.size());
    for (const QChar c : in) {
        const char16_t u = c.unicode();
        if (keepTabsAndNewlines && (u == u'\n' || u == u'\t')) {
            out.append(c);
        } else if (u < 0x20) {
            out.append(QChar(char16_t(0x2400 + u))); // the Control Pictures block: ␛ for ESC
        } else if (u == 0x7F) {
            out.append(QChar(char16_t(0x2421))); // ␡
        } else if ((u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029) {
            out.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace DisplayText
