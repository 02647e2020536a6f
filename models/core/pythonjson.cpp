#include "models/core/pythonjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

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

// Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
QByteArray pythonFloat(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    QByteArray s = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    const double a = std::fabs(d);
    if (a != 0 && (a < 1e-4 || a >= 1e16)) {
        QByteArray e = QByteArray::number(d, 'e', QLocale::FloatingPointShortest);
        // Qt writes 1e+16 / 1e-05 the way Python does; make sure of the two-digit exponent.
        const int pos = int(e.indexOf('e'));
        QByteArray mant = e.left(pos);
        QByteArray exp = e.mid(pos + 1);
        const char sign = exp.at(0);
        QByteArray digits = exp.mid(1);
        while (digits.size() > 2 && digits.startsWith('0'))
            digits.remove(0, 1);
        if (digits.size() < 2)
            digits.prepend('0');
        return mant + 'e' + sign + digits;
    }
    if (!s.contains('.') && !s.contains('e'))
        s += ".0";
    return s;
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
