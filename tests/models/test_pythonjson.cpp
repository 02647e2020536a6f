#include "models/core/pythonjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

// Expected values printed by CPython 3.11: json.dumps(v, sort_keys=True) and its SHA-256.
TEST_CASE("PythonJson matches json.dumps(sort_keys=True) byte for byte", "[json]")
{
    const QByteArray input =
        R"([{"type":"summary","source":"dealix","data":{"note_ar":"تمت المراجعة","amount_sar":125000,"ok":true,"ref":null,"b":[1,2.5,"x"]}},{"emoji":"😀","z":"a\"b\\c\n","A":1e-05,"big":1e16,"f":0.1,"neg":-3}])";
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    REQUIRE(doc.isArray());
    const QByteArray expected =
        R"([{"data": {"amount_sar": 125000, "b": [1, 2.5, "x"], "note_ar": "\u062a\u0645\u062a \u0627\u0644\u0645\u0631\u0627\u062c\u0639\u0629", "ok": true, "ref": null}, "source": "dealix", "type": "summary"}, {"A": 1e-05, "big": 1e+16, "emoji": "\ud83d\ude00", "f": 0.1, "neg": -3, "z": "a\"b\\c\n"}])";
    CHECK(PythonJson::dumps(doc.array()) == expected);
    CHECK(PythonJson::sha256Hex(doc.array()) ==
          QStringLiteral("6f83bee6b372448109e5f2c2fa7964dc558b8fe0302af38a61d10870e87ac01f"));
}

TEST_CASE("PythonJson: empty containers and scalars", "[json]")
{
    CHECK(PythonJson::dumps(QJsonArray()) == "[]");
    CHECK(PythonJson::dumps(QJsonObject()) == "{}");
    CHECK(PythonJson::dumps(QJsonValue(QStringLiteral("é"))) == "\"\\u00e9\"");
    CHECK(PythonJson::dumps(QJsonValue(1.5)) == "1.5");
}
