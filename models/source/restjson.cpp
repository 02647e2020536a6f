#include "models/source/restjson.h"

#include "models/core/money.h"
#include "models/source/restclient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <limits>

namespace RestJson {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RestJson", text);
}

// "a string", "null", … for a message.
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

void setError(QString *error, const QString &where, const QString &message)
{
    if (!error || !error->isEmpty())
        return;
    *error = where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

void wrongType(QString *error, const QString &where, const QString &shown, const QJsonValue &v,
               const QString &expected)
{
    if (v.isUndefined())
        setError(error, where, tr("%1 is missing").arg(shown));
    else
        setError(error, where, tr("%1 is %2, %3 was expected").arg(shown, typeName(v), expected));
}

// The value at a dotted path; Undefined when a part is missing (or a parent is not an object,
// which is said then).
QJsonValue lookup(const QJsonObject &o, const QString &key, const QString &shown, QString *error,
                  const QString &where, bool *parentFailed)
{
    *parentFailed = false;
    const QStringList parts = key.split(QLatin1Char('.'));
    QJsonObject current = o;
    QString path;
    for (int i = 0; i < parts.size(); ++i) {
        const QJsonValue v = current.value(parts.at(i));
        path += (i ? QStringLiteral(".") : QString()) + parts.at(i);
        if (i == parts.size() - 1)
            return v;
        if (!v.isObject()) {
            const QString prefix = shown.left(shown.size() - key.size());
            wrongType(error, where, prefix + path, v, tr("an object"));
            *parentFailed = true;
            return QJsonValue(QJsonValue::Undefined);
        }
        current = v.toObject();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// The value when it has the expected type; otherwise Undefined and the message.
QJsonValue typed(const QJsonObject &o, const QString &key, const QString &shown, QString *error,
                 const QString &where, QJsonValue::Type type, const QString &expected,
                 bool nullAllowed = false)
{
    bool parentFailed = false;
    const QJsonValue v = lookup(o, key, shown, error, where, &parentFailed);
    if (parentFailed)
        return QJsonValue(QJsonValue::Undefined);
    if (v.type() == type || (nullAllowed && v.isNull()))
        return v;
    wrongType(error, where, shown, v, expected);
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<double> numberAt(const QJsonObject &o, const QString &key, const QString &shown,
                               QString *error, const QString &where)
{
    const QJsonValue v = typed(o, key, shown, error, where, QJsonValue::Double, tr("a number"));
    if (v.isUndefined())
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> integerAt(const QJsonObject &o, const QString &key, const QString &shown,
                                QString *error, const QString &where)
{
    const std::optional<double> d = numberAt(o, key, shown, error, where);
    if (!d)
        return std::nullopt;
    if (std::floor(*d) != *d || std::fabs(*d) > double(Money::MaxExact)) {
        setError(error, where,
                 tr("%1 is %2, a whole number was expected")
                     .arg(shown, QLocale().toString(*d, 'g', QLocale::FloatingPointShortest)));
        return std::nullopt;
    }
    // Counts, levels and totals are held as int: a larger one would wrap, never be shown.
    if (std::fabs(*d) > double(std::numeric_limits<int>::max())) {
        setError(error, where,
                 tr("%1 is %2, beyond the range of a count (±%L3)")
                     .arg(shown, QLocale().toString(*d, 'g', QLocale::FloatingPointShortest))
                     .arg(std::numeric_limits<int>::max()));
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<QString> textAt(const QJsonObject &o, const QString &key, const QString &shown,
                              QString *error, const QString &where, bool nullAllowed)
{
    const QJsonValue v =
        typed(o, key, shown, error, where, QJsonValue::String, tr("a string"), nullAllowed);
    if (v.isUndefined())
        return std::nullopt;
    return v.isNull() ? QString() : v.toString();
}

std::optional<bool> booleanAt(const QJsonObject &o, const QString &key, const QString &shown,
                              QString *error, const QString &where)
{
    const QJsonValue v = typed(o, key, shown, error, where, QJsonValue::Bool, tr("true or false"));
    if (v.isUndefined())
        return std::nullopt;
    return v.toBool();
}

std::optional<qint64> halalasAt(const QJsonObject &o, const QString &key, const QString &shown,
                                QString *error, const QString &where)
{
    const std::optional<double> d = numberAt(o, key, shown, error, where);
    if (!d)
        return std::nullopt;
    QString cause;
    const std::optional<qint64> h = sarToHalalas(*d, &cause, shown);
    if (!h)
        setError(error, where, cause);
    return h;
}

QJsonArray arrayAt(const QJsonObject &o, const QString &key, const QString &shown, QString *error,
                   const QString &where)
{
    return typed(o, key, shown, error, where, QJsonValue::Array, tr("an array")).toArray();
}

QJsonObject memberObject(const QJsonObject &o, const QString &key, const QString &shown,
                         QString *error, const QString &where)
{
    return typed(o, key, shown, error, where, QJsonValue::Object, tr("an object")).toObject();
}

} // namespace

std::optional<double> number(const QJsonObject &o, const QString &key, QString *error,
                             const QString &where)
{
    return numberAt(o, key, key, error, where);
}

std::optional<qint64> integer(const QJsonObject &o, const QString &key, QString *error,
                              const QString &where)
{
    return integerAt(o, key, key, error, where);
}

std::optional<QString> text(const QJsonObject &o, const QString &key, QString *error,
                            const QString &where)
{
    return textAt(o, key, key, error, where, false);
}

std::optional<QString> textOrNull(const QJsonObject &o, const QString &key, QString *error,
                                  const QString &where)
{
    return textAt(o, key, key, error, where, true);
}

std::optional<bool> boolean(const QJsonObject &o, const QString &key, QString *error,
                            const QString &where)
{
    return booleanAt(o, key, key, error, where);
}

std::optional<qint64> halalas(const QJsonObject &o, const QString &key, QString *error,
                              const QString &where)
{
    return halalasAt(o, key, key, error, where);
}

QJsonArray array(const QJsonObject &o, const QString &key, QString *error, const QString &where)
{
    return arrayAt(o, key, key, error, where);
}

QJsonObject object(const QJsonObject &o, const QString &key, QString *error, const QString &where)
{
    return memberObject(o, key, key, error, where);
}

std::optional<QJsonObject> body(const RestReply &reply, QString *error, const QString &where)
{
    if (!reply.ok()) {
        setError(error, QString(), reply.errorString); // it names the endpoint already
        return std::nullopt;
    }
    if (!reply.body.isObject()) {
        setError(error, where,
                 tr("the answer is %1, a JSON object was expected").arg(typeName(reply.body)));
        return std::nullopt;
    }
    return reply.body.toObject();
}

std::optional<qint64> sarToHalalas(double sar, QString *error, const QString &what)
{
    if (!std::isfinite(sar) || std::fabs(sar) * 100.0 > double(Money::MaxExact)) {
        setError(error, QString(),
                 tr("%1 is outside the exact range of %2").arg(what, Money::rangeText()));
        return std::nullopt;
    }
    // The shortest decimal form of the double ("2.85e-01"): its digits are what the server
    // wrote, so rounding them is exact (0.285 × 100 in binary is 28.499…). Money's one reader
    // of a decimal amount does the rest.
    const Result<qint64> h =
        Money::fromDecimalText(QString::number(sar, 'e', QLocale::FloatingPointShortest));
    if (!h.ok()) {
        setError(error, QString(),
                 tr("%1 is outside the exact range of %2").arg(what, Money::rangeText()));
        return std::nullopt;
    }
    return h.value();
}

Reader::Reader(const QString &where)
    : m_where(where)
    , m_error(std::make_shared<QString>())
{}

Reader::Reader(const QString &where, const QString &prefix, std::shared_ptr<QString> error)
    : m_where(where)
    , m_prefix(prefix)
    , m_error(std::move(error))
{}

Reader Reader::item(const QString &arrayKey, int index) const
{
    return Reader(m_where, QStringLiteral("%1%2[%3].").arg(m_prefix, arrayKey).arg(index), m_error);
}

Reader Reader::child(const QString &objectKey) const
{
    return Reader(m_where, m_prefix + objectKey + QLatin1Char('.'), m_error);
}

std::optional<double> Reader::number(const QJsonObject &o, const QString &key) const
{
    return numberAt(o, key, m_prefix + key, m_error.get(), m_where);
}

std::optional<qint64> Reader::integer(const QJsonObject &o, const QString &key) const
{
    return integerAt(o, key, m_prefix + key, m_error.get(), m_where);
}

std::optional<QString> Reader::text(const QJsonObject &o, const QString &key) const
{
    return textAt(o, key, m_prefix + key, m_error.get(), m_where, false);
}

std::optional<QString> Reader::textOrNull(const QJsonObject &o, const QString &key) const
{
    return textAt(o, key, m_prefix + key, m_error.get(), m_where, true);
}

std::optional<bool> Reader::boolean(const QJsonObject &o, const QString &key) const
{
    return booleanAt(o, key, m_prefix + key, m_error.get(), m_where);
}

std::optional<qint64> Reader::halalas(const QJsonObject &o, const QString &key) const
{
    return halalasAt(o, key, m_prefix + key, m_error.get(), m_where);
}

QJsonArray Reader::array(const QJsonObject &o, const QString &key) const
{
    return arrayAt(o, key, m_prefix + key, m_error.get(), m_where);
}

QJsonObject Reader::object(const QJsonObject &o, const QString &key) const
{
    return memberObject(o, key, m_prefix + key, m_error.get(), m_where);
}

std::optional<QJsonObject> Reader::objectAt(const QJsonArray &a, const QString &arrayKey,
                                            int index) const
{
    const QString shown = QStringLiteral("%1%2[%3]").arg(m_prefix, arrayKey).arg(index);
    const QJsonValue v = a.at(index);
    if (!v.isObject()) {
        wrongType(m_error.get(), m_where, shown, v, tr("an object"));
        return std::nullopt;
    }
    return v.toObject();
}

void Reader::fail(const QString &text) const
{
    setError(m_error.get(), m_where, text);
}

} // namespace RestJson
