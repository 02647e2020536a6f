#include "models/core/pythonjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

void appendString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (u < 0x20 || u > 0x7e) {
            // QString is UTF-16, so characters beyond the BMP already arrive as surrogate
            // pairs: escaping each unit gives Python's \ud83d\ude00 form.
            out += "\\u";
            out += hex[(u >> 12) & 0xf];
            out += hex[(u >> 8) & 0xf];
            out += hex[(u >> 4) & 0xf];
            out += hex[u & 0xf];
        } else {
            out += char(u);
        }
    }
    out += '"';
}

// Python's float repr: the shortest digits that round-trip, laid out in fixed notation when
// the decimal exponent is in [-4, 16), else as d.ddde±XX; integral values end in ".0".
QByteArray pythonFloat(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0)
        return std::signbit(d) ? "-0.0" : "0.0";
    // Shortest round-trip digits and the exponent, e.g. "-1.2345e+15".
    const QByteArray e = QByteArray::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf('e');
    QByteArray mantissa = e.left(ePos);
    const int exponent = e.mid(ePos + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    mantissa.replace(".", "");
    const QByteArray digits = mantissa; // d₁d₂…dₙ, value = 0.d₁d₂…dₙ × 10^(exponent + 1)
    QByteArray out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + QByteArray(-exponent - 1, '0') + digits;
        } else if (digits.size() > exponent + 1) {
            out += digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
        } else {
            out += digits + QByteArray(exponent + 1 - digits.size(), '0') + ".0";
        }
        return out;
    }
    out += digits.left(1);
    if (digits.size() > 1)
        out += '.' + digits.mid(1);
    out += exponent < 0 ? "e-" : "e+";
    const QByteArray expDigits = QByteArray::number(std::abs(exponent));
    if (expDigits.size() < 2)
        out += '0';
    out += expDigits;
    return out;
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps no int/float distinction: integral values within the exact range
        // print as Python ints (what Dealix's integer counts and ids are).
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            out += QByteArray::number(qint64(d));
        else
            out += pythonFloat(d);
        break;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (i)
                out += ", ";
            append(out, arr.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject obj = v.toObject();
        QStringList keys = obj.keys();
        // Python sorts str keys by code point; QString compares UTF-16 units, which differs
        // only for surrogates against U+E000..U+FFFF, so compare by UCS-4.
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return a.toUcs4() < b.toUcs4(); });
        out += '{';
        bool first = true;
        for (const QString &k : std::as_const(keys)) {
            if (!first)
                out += ", ";
            first = false;
            appendString(out, k);
            out += ": ";
            append(out, obj.value(k));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

namespace PythonJson {

QByteArray dumps(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QString sha256Hex(const QJsonValue &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(dumps(value), QCryptographicHash::Sha256).toHex());
}

} // namespace PythonJson

namespace {

// Compares two keys by Unicode code point, as Python sorts str (a lone surrogate counts as
// its own code point).
bool codePointLess(const QString &a, const QString &b)
{
    auto next = [](const QString &s, qsizetype &i) -> char32_t {
        const char16_t u = s.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(u, s.at(i + 1).unicode());
            i += 2;
            return cp;
        }
        ++i;
        return u;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t x = next(a, i);
        const char32_t y = next(b, j);
        if (x != y)
            return x < y;
    }
    return i >= a.size() && j < b.size();
}

// A recursive-descent reader of RFC 8259 JSON that writes each value in Python's form as it
// goes; objects collect their members, then sort them.
class TextDumper
{
public:
    explicit TextDumper(QByteArrayView text)
        : m_s(text)
    {}

    bool run(QByteArray *out, QString *error)
    {
        skipSpace();
        if (!value(*out, 0))
            return fail(error);
        skipSpace();
        if (m_pos != m_s.size()) {
            m_why = QStringLiteral("unexpected text after the value");
            return fail(error);
        }
        return true;
    }

private:
    static constexpr int MaxDepth = 512;

    bool fail(QString *error) const
    {
        if (error)
            *error = QStringLiteral("invalid JSON at byte %1: %2").arg(m_pos).arg(m_why);
        return false;
    }
    bool bad(const char *why)
    {
        m_why = QString::fromLatin1(why);
        return false;
    }
    char peek() const { return m_pos < m_s.size() ? m_s.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_s.size()) {
            const char c = m_s.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    bool literal(const char *word, QByteArray &out)
    {
        const QByteArrayView w(word);
        if (m_s.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            out += w;
            return true;
        }
        return bad("unknown literal");
    }

    bool value(QByteArray &out, int depth)
    {
        if (depth > MaxDepth)
            return bad("nested too deeply");
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"': {
            QString s;
            if (!string(s))
                return false;
            appendString(out, s);
            return true;
        }
        case 't':
            return literal("true", out);
        case 'f':
            return literal("false", out);
        case 'n':
            return literal("null", out);
        case 'N':
            return literal("NaN", out);
        case 'I':
            return literal("Infinity", out);
        default:
            return number(out);
        }
    }

    bool array(QByteArray &out, int depth)
    {
        ++m_pos; // [
        out += '[';
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            out += ']';
            return true;
        }
        for (bool first = true;; first = false) {
            if (!first)
                out += ", ";
            skipSpace();
            if (!value(out, depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out += ']';
                return true;
            }
            return bad("expected , or ]");
        }
    }

    bool object(QByteArray &out, int depth)
    {
        ++m_pos; // {
        QList<std::pair<QString, QByteArray>> members;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
        } else {
            for (;;) {
                skipSpace();
                if (peek() != '"')
                    return bad("expected a key");
                QString key;
                if (!string(key))
                    return false;
                skipSpace();
                if (peek() != ':')
                    return bad("expected :");
                ++m_pos;
                skipSpace();
                QByteArray v;
                if (!value(v, depth + 1))
                    return false;
                // Python's dict keeps the last of duplicate keys.
                auto same = std::find_if(members.begin(), members.end(),
                                         [&key](const auto &m) { return m.first == key; });
                if (same != members.end())
                    same->second = v;
                else
                    members.append({key, v});
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    break;
                }
                return bad("expected , or }");
            }
        }
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return codePointLess(a.first, b.first); });
        out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i)
                out += ", ";
            appendString(out, members.at(i).first);
            out += ": ";
            out += members.at(i).second;
        }
        out += '}';
        return true;
    }

    bool hex4(char16_t *u)
    {
        if (m_pos + 4 > m_s.size())
            return bad("short \\u escape");
        char16_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_s.at(m_pos++);
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char16_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char16_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char16_t(c - 'A' + 10);
            else
                return bad("bad \\u escape");
        }
        *u = v;
        return true;
    }

    bool string(QString &s)
    {
        ++m_pos; // "
        qsizetype runStart = m_pos;
        auto flush = [&] { s += QString::fromUtf8(m_s.sliced(runStart, m_pos - runStart)); };
        while (m_pos < m_s.size()) {
            const char c = m_s.at(m_pos);
            if (c == '"') {
                flush();
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return bad("control character in a string");
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            ++m_pos;
            if (m_pos >= m_s.size())
                return bad("unfinished escape");
            const char e = m_s.at(m_pos++);
            switch (e) {
            case '"':
                s += u'"';
                break;
            case '\\':
                s += u'\\';
                break;
            case '/':
                s += u'/';
                break;
            case 'b':
                s += u'\b';
                break;
            case 'f':
                s += u'\f';
                break;
            case 'n':
                s += u'\n';
                break;
            case 'r':
                s += u'\r';
                break;
            case 't':
                s += u'\t';
                break;
            case 'u': {
                char16_t u = 0;
                if (!hex4(&u))
                    return false;
                s += QChar(u); // surrogate halves stay as they are, as in Python
                break;
            }
            default:
                return bad("unknown escape");
            }
            runStart = m_pos;
        }
        return bad("unterminated string");
    }

    // The power of ten of the first non-zero digit of a float lexeme ("0.001e2" → -1).
    static long long effectiveExponent(QByteArrayView lexeme)
    {
        qsizetype e = lexeme.indexOf('e');
        if (e < 0)
            e = lexeme.indexOf('E');
        const QByteArrayView mantissa = e < 0 ? lexeme : lexeme.first(e);
        const long long exp = e < 0 ? 0 : lexeme.sliced(e + 1).toByteArray().toLongLong();
        qsizetype dot = mantissa.indexOf('.');
        if (dot < 0)
            dot = mantissa.size();
        for (qsizetype i = 0; i < mantissa.size(); ++i) {
            const char c = mantissa.at(i);
            if (c >= '1' && c <= '9')
                return i < dot ? exp + (dot - i - 1) : exp - (i - dot);
        }
        return 0;
    }

    bool number(QByteArray &out)
    {
        // Python's json also reads the non-standard -Infinity (and NaN, Infinity below).
        if (m_s.sliced(m_pos).startsWith("-Infinity"))
            return literal("-Infinity", out);
        const qsizetype start = m_pos;
        bool isFloat = false;
        if (peek() == '-')
            ++m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_s.size() && m_s.at(m_pos) >= '0' && m_s.at(m_pos) <= '9')
                ++m_pos;
            return m_pos - from;
        };
        const qsizetype intStart = m_pos;
        const qsizetype intDigits = digits();
        if (intDigits == 0)
            return bad("expected a value");
        if (intDigits > 1 && m_s.at(intStart) == '0')
            return bad("leading zero");
        if (peek() == '.') {
            ++m_pos;
            isFloat = true;
            if (digits() == 0)
                return bad("expected digits after .");
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            isFloat = true;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return bad("expected exponent digits");
        }
        const QByteArrayView lexeme = m_s.sliced(start, m_pos - start);
        if (!isFloat) {
            // A Python int: exact, any length; -0 is 0.
            const QByteArrayView mag = m_s.sliced(intStart, m_pos - intStart);
            if (mag == "0")
                out += '0';
            else
                out += lexeme;
            return true;
        }
        bool ok = false;
        double d = lexeme.toByteArray().toDouble(&ok);
        if (!ok) {
            // Out of double range: Python's float() gives inf for overflow, 0.0 for underflow;
            // which one follows from the decimal exponent of the first significant digit.
            d = effectiveExponent(lexeme) < 0 ? 0.0 : std::numeric_limits<double>::infinity();
            if (lexeme.startsWith('-'))
                d = -d;
        }
        out += pythonFloat(d);
        return true;
    }

    QByteArrayView m_s;
    qsizetype m_pos = 0;
    QString m_why;
};

} // namespace

namespace PythonJson {

bool dumpsText(QByteArrayView text, QByteArray *out, QString *error)
{
    QByteArray result;
    TextDumper d(text);
    if (!d.run(&result, error))
        return false;
    *out = result;
    return true;
}

QString sha256Hex(const QByteArray &dumped)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(dumped, QCryptographicHash::Sha256).toHex());
}

} // namespace PythonJson
