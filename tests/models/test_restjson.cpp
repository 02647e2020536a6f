// The strict readers of the Dealix API's JSON (models/source/restjson.h): a wrong type, a
// missing key or null is an error naming the endpoint and the key, never 0.
#include "models/source/restclient.h"
#include "models/source/restjson.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace {
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
const QString Where = QStringLiteral("executive-room/snapshot");
} // namespace

TEST_CASE("RestJson reads numbers, whole numbers, text and booleans of the right type",
          "[rest][restjson]")
{
    const QJsonObject o =
        parse(R"({"revenue": {"actual": 1250.5, "win_rate": 40}, "posture": "partial",
                  "valid": true, "owner": null, "extra": [1, 2]})");
    QString error;
    CHECK(RestJson::number(o, QStringLiteral("revenue.actual"), &error, Where) == 1250.5);
    CHECK(RestJson::integer(o, QStringLiteral("revenue.win_rate"), &error, Where) == 40);
    CHECK(RestJson::text(o, QStringLiteral("posture"), &error, Where) == QStringLiteral("partial"));
    CHECK(RestJson::boolean(o, QStringLiteral("valid"), &error, Where) == true);
    const std::optional<QString> owner = RestJson::textOrNull(o, QStringLiteral("owner"), &error);
    REQUIRE(owner);
    CHECK(owner->isNull());
    CHECK(RestJson::array(o, QStringLiteral("extra"), &error).size() == 2);
    CHECK(RestJson::object(o, QStringLiteral("revenue"), &error).size() == 2);
    CHECK(error.isEmpty());
}

TEST_CASE("RestJson fails on a string, null, a missing key or a fraction, naming endpoint and key",
          "[rest][restjson]")
{
    const QJsonObject o = parse(
        R"({"revenue": {"actual": "1250.5", "forecast": null, "count": 2.5}, "approvals": 3})");
    QString error;
    CHECK_FALSE(RestJson::number(o, QStringLiteral("revenue.actual"), &error, Where));
    CHECK(error ==
          QStringLiteral(
              "executive-room/snapshot: revenue.actual is a string, a number was expected"));

    error.clear();
    CHECK_FALSE(RestJson::number(o, QStringLiteral("revenue.forecast"), &error, Where));
    CHECK(error == QStringLiteral("executive-room/snapshot: revenue.forecast is null, a number "
                                  "was expected"));

    error.clear();
    CHECK_FALSE(RestJson::number(o, QStringLiteral("revenue.pipeline_value"), &error, Where));
    CHECK(error == QStringLiteral("executive-room/snapshot: revenue.pipeline_value is missing"));

    error.clear();
    CHECK_FALSE(RestJson::integer(o, QStringLiteral("revenue.count"), &error, Where));
    CHECK(error ==
          QStringLiteral(
              "executive-room/snapshot: revenue.count is 2.5, a whole number was expected"));

    error.clear();
    CHECK_FALSE(RestJson::integer(o, QStringLiteral("approvals.pending"), &error, Where));
    CHECK(error ==
          QStringLiteral("executive-room/snapshot: approvals is a number, an object was expected"));

    error.clear();
    CHECK_FALSE(RestJson::textOrNull(o, QStringLiteral("owner"), &error));
    CHECK(error == QStringLiteral("owner is missing"));

    error.clear();
    CHECK(RestJson::array(o, QStringLiteral("revenue"), &error, Where).isEmpty());
    CHECK(error ==
          QStringLiteral("executive-room/snapshot: revenue is an object, an array was expected"));
}

TEST_CASE("RestJson keeps the first message", "[rest][restjson]")
{
    const QJsonObject o = parse(R"({"a": "x", "b": null})");
    QString error;
    CHECK_FALSE(RestJson::number(o, QStringLiteral("a"), &error, Where));
    CHECK_FALSE(RestJson::number(o, QStringLiteral("b"), &error, Where));
    CHECK(error == QStringLiteral("executive-room/snapshot: a is a string, a number was expected"));
}

TEST_CASE("RestJson turns SAR into halalas on the decimal digits, half away from zero",
          "[rest][restjson]")
{
    const QJsonObject o = parse(
        R"({"a": 0.285, "b": -0.285, "c": 1250000.5, "d": 0.004, "e": 0.005, "f": 12, "g": 1e20})");
    QString error;
    CHECK(RestJson::halalas(o, QStringLiteral("a"), &error) ==
          29); // 0.285 × 100 = 28.4999… in binary
    CHECK(RestJson::halalas(o, QStringLiteral("b"), &error) == -29);
    CHECK(RestJson::halalas(o, QStringLiteral("c"), &error) == 125000050);
    CHECK(RestJson::halalas(o, QStringLiteral("d"), &error) == 0);
    CHECK(RestJson::halalas(o, QStringLiteral("e"), &error) == 1);
    CHECK(RestJson::halalas(o, QStringLiteral("f"), &error) == 1200);
    CHECK(error.isEmpty());
    CHECK_FALSE(RestJson::halalas(o, QStringLiteral("g"), &error, Where));
    CHECK(
        error.startsWith(QStringLiteral("executive-room/snapshot: g is outside the exact range")));
}

TEST_CASE("RestJson::Reader names array items and nested keys", "[rest][restjson]")
{
    const QJsonObject o =
        parse(R"({"controls": [{"status": "partial"}, {"risk_level": "high"}, 7], "x": 1})");
    RestJson::Reader r(QStringLiteral("compliance/matrix"));
    const QJsonArray controls = r.array(o, QStringLiteral("controls"));
    REQUIRE(controls.size() == 3);
    const std::optional<QJsonObject> first = r.objectAt(controls, QStringLiteral("controls"), 0);
    REQUIRE(first);
    CHECK(r.item(QStringLiteral("controls"), 0).text(*first, QStringLiteral("status")) ==
          QStringLiteral("partial"));
    CHECK(r.ok());
    const std::optional<QJsonObject> second = r.objectAt(controls, QStringLiteral("controls"), 1);
    REQUIRE(second);
    CHECK_FALSE(r.item(QStringLiteral("controls"), 1).text(*second, QStringLiteral("status")));
    CHECK_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("compliance/matrix: controls[1].status is missing"));

    RestJson::Reader r2(QStringLiteral("compliance/matrix"));
    CHECK_FALSE(r2.objectAt(controls, QStringLiteral("controls"), 2));
    CHECK(r2.error() ==
          QStringLiteral("compliance/matrix: controls[2] is a number, an object was expected"));

    RestJson::Reader r3(QStringLiteral("executive-room/snapshot"));
    CHECK_FALSE(r3.child(QStringLiteral("revenue")).number(o, QStringLiteral("x.y")));
    CHECK(r3.error() ==
          QStringLiteral("executive-room/snapshot: revenue.x is a number, an object was expected"));
}

TEST_CASE("RestJson::body wants an object", "[rest][restjson]")
{
    RestReply reply;
    reply.body = QJsonArray{1, 2};
    QString error;
    CHECK_FALSE(RestJson::body(reply, &error, Where));
    CHECK(error ==
          QStringLiteral(
              "executive-room/snapshot: the answer is an array, a JSON object was expected"));
    reply.body = QJsonObject{{QStringLiteral("a"), 1}};
    error.clear();
    CHECK(RestJson::body(reply, &error, Where));
    CHECK(error.isEmpty());
}

TEST_CASE("RestJson refuses a whole number beyond a count's range instead of wrapping it",
          "[rest][restjson]")
{
    // Counts are held as int: 1e15 (a whole number within ±2^53) once became -1,530,494,976.
    const QJsonObject o = parse(R"({"max": 2147483647, "min": -2147483647, "over": 2147483648,
                                    "huge": 1e15, "under": -1e15, "zero": -0})");
    QString error;
    CHECK(RestJson::integer(o, QStringLiteral("max"), &error, Where) == 2147483647);
    CHECK(RestJson::integer(o, QStringLiteral("min"), &error, Where) == -2147483647);
    CHECK(RestJson::integer(o, QStringLiteral("zero"), &error, Where) == 0);
    CHECK(error.isEmpty());
    for (const char *key : {"over", "huge", "under"}) {
        INFO(key);
        error.clear();
        CHECK_FALSE(RestJson::integer(o, QString::fromLatin1(key), &error, Where).has_value());
        CHECK(error.startsWith(Where + QStringLiteral(": ") + QString::fromLatin1(key)));
    }
    RestJson::Reader r(Where);
    CHECK_FALSE(r.integer(o, QStringLiteral("huge")).has_value());
    CHECK_FALSE(r.ok());
}
