#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

struct RestReply;

// Strict readers of the Dealix API's JSON (README "Sources: the Dealix REST API"): every
// figure a surface takes from a server goes through them. A value of the wrong JSON type, a
// missing key or null is never read as 0 or "": the reader returns nothing and sets a message
// that names the endpoint and the key ("executive-room/snapshot: revenue.actual is a string, a
// number was expected"), and the section it belongs to fails with it. Extra keys are ignored.
//
// key may be a dotted path into nested objects ("revenue.actual"). where names the endpoint
// ("executive-room/snapshot"). error keeps the FIRST message: read a whole section, then check
// the message once; a later failure does not overwrite it.
namespace RestJson {
std::optional<double> number(const QJsonObject &o, const QString &key, QString *error,
                             const QString &where = QString());
// A whole number (a JSON number without a fraction, within a count's range: ±2,147,483,647).
std::optional<qint64> integer(const QJsonObject &o, const QString &key, QString *error,
                              const QString &where = QString());
std::optional<QString> text(const QJsonObject &o, const QString &key, QString *error,
                            const QString &where = QString());
// A string, or null (a nullable column): a null QString for null. Missing is still an error.
std::optional<QString> textOrNull(const QJsonObject &o, const QString &key, QString *error,
                                  const QString &where = QString());
std::optional<bool> boolean(const QJsonObject &o, const QString &key, QString *error,
                            const QString &where = QString());
// An amount in SAR (a JSON number) as whole halalas, rounded half away from zero on its
// decimal digits (0.285 SAR → 29 halalas); beyond Money::MaxExact it is an error.
std::optional<qint64> halalas(const QJsonObject &o, const QString &key, QString *error,
                              const QString &where = QString());
// Empty, with the message set, when the key is missing or not an array / object.
QJsonArray array(const QJsonObject &o, const QString &key, QString *error,
                 const QString &where = QString());
QJsonObject object(const QJsonObject &o, const QString &key, QString *error,
                   const QString &where = QString());

// The body of a reply as an object: nullopt with the reply's own error when it failed, or
// "…: the answer is not a JSON object".
std::optional<QJsonObject> body(const RestReply &reply, QString *error, const QString &where);
// SAR as a double to whole halalas (see halalas()); nullopt with a message when not finite or
// beyond the exact range.
std::optional<qint64> sarToHalalas(double sar, QString *error, const QString &what);

// The same readers with the endpoint and a key prefix kept once, for an object's members and an
// array's items: Reader r(u"compliance/matrix"_s); Reader item = r.item(u"controls"_s, 3);
// item.text(row, u"status"_s) fails with "compliance/matrix: controls[3].status is missing".
// Copies (items, children) share one message.
class Reader
{
public:
    explicit Reader(const QString &where);
    Reader item(const QString &arrayKey, int index) const;
    Reader child(const QString &objectKey) const;

    std::optional<double> number(const QJsonObject &o, const QString &key) const;
    std::optional<qint64> integer(const QJsonObject &o, const QString &key) const;
    std::optional<QString> text(const QJsonObject &o, const QString &key) const;
    std::optional<QString> textOrNull(const QJsonObject &o, const QString &key) const;
    std::optional<bool> boolean(const QJsonObject &o, const QString &key) const;
    std::optional<qint64> halalas(const QJsonObject &o, const QString &key) const;
    QJsonArray array(const QJsonObject &o, const QString &key) const;
    QJsonObject object(const QJsonObject &o, const QString &key) const;
    // An item of an array as an object (the message names arrayKey[index]).
    std::optional<QJsonObject> objectAt(const QJsonArray &a, const QString &arrayKey,
                                        int index) const;
    // Sets the message unless one is kept ("<where>: <text>").
    void fail(const QString &text) const;

    bool ok() const { return m_error->isEmpty(); }
    const QString &error() const { return *m_error; }
    const QString &where() const { return m_where; }

private:
    Reader(const QString &where, const QString &prefix, std::shared_ptr<QString> error);
    QString m_where;
    QString m_prefix;
    std::shared_ptr<QString> m_error;
};
} // namespace RestJson
