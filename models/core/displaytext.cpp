#include "models/core/displaytext.h"

#include <QList>

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

QString html(const QString &text)
{
    return isolate(text).toHtmlEscaped();
}

QString terminal(const QString &text, bool keepTabsAndNewlines)
{
    const QString in = balanced(text);
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
        } else if (u >= 0x80 && u <= 0x9F) {
            out.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace DisplayText
