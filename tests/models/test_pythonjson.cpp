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

namespace {

// json.dumps(json.loads(text), sort_keys=True) and its SHA-256, both printed by CPython 3.11
// (the expected strings below are Python's output, not this code's).
struct PythonCase {
    const char *name;
    QByteArray text;
    QByteArray dumped;
    const char *sha256;
};

void checkCase(const PythonCase &c)
{
    INFO(c.name);
    QByteArray out;
    QString error;
    REQUIRE(PythonJson::dumpsText(c.text, &out, &error));
    CHECK(out == c.dumped);
    CHECK(PythonJson::sha256Hex(out) == QLatin1String(c.sha256));
}

} // namespace

TEST_CASE("PythonJson::dumpsText reproduces Python's dumps of the parsed text", "[json]")
{
    const PythonCase cases[] = {
        {"arabic",
         R"([{"type":"summary","source":"dealix","data":{"note_ar":"تمت المراجعة والتحقق","amount_sar":125000}}])",
         R"([{"data": {"amount_sar": 125000, "note_ar": "\u062a\u0645\u062a \u0627\u0644\u0645\u0631\u0627\u062c\u0639\u0629 \u0648\u0627\u0644\u062a\u062d\u0642\u0642"}, "source": "dealix", "type": "summary"}])",
         "78c2fc32464ef3850168adb9ceb1659dffab19081c73eb1261f091f5fea5b320"},
        {"nested objects and key order",
         R"({"z":{"b":1,"a":[{"y":2,"x":1}]},"a":"first","M":"upper","é":"e-acute","ä":1})",
         R"({"M": "upper", "a": "first", "z": {"a": [{"x": 1, "y": 2}], "b": 1}, "\u00e4": 1, "\u00e9": "e-acute"})",
         "c29f6144918ff4143ba026a5359e3c2a4d1c3adbfcc87813866c7b178069c832"},
        {"integers and floats keep their kind",
         R"([1, -0, 1.0, 2.50, 1e2, 1E-7, 12345678901234567890123, 0.1, 3.14159265358979, 1e16, -2.5e-5, 100.0])",
         R"([1, 0, 1.0, 2.5, 100.0, 1e-07, 12345678901234567890123, 0.1, 3.14159265358979, 1e+16, -2.5e-05, 100.0])",
         "019be621719bc483e58561fa67feb6465b648e57f4d0442fc3c7f78fc83bd0e3"},
        {"booleans and null", R"({"t":true,"f":false,"n":null})",
         R"({"f": false, "n": null, "t": true})",
         "f555ff7fdba4f36070eecba4785bec7202ddba683c26ac7d346fe6d88addca9c"},
        {"escapes",
         R"({"q":"say \"hi\"","bs":"a\\b","ctl":"\u0001\u001f\t\n\r\b\f","slash":"a\/b","del":"\u007f"})",
         R"({"bs": "a\\b", "ctl": "\u0001\u001f\t\n\r\b\f", "del": "\u007f", "q": "say \"hi\"", "slash": "a/b"})",
         "9a0cfaf25407756bd2653e7ea9e2d8713af8b9be50a67e404d29d094a7837b2b"},
        {"emoji", R"({"e":"😀 ok","k😀":1,"\uffff":2})",
         R"({"e": "\ud83d\ude00 ok", "k\ud83d\ude00": 1, "\uffff": 2})",
         "0001fb08e5547f1c3bb1555b25791443b8111efe5a22296fd22d68657605e285"},
        {"keys sorted by code point, not UTF-16 unit",
         R"({"\ud83d\ude00":1,"\uffff":2,"\ue000":3})",
         R"({"\ue000": 3, "\uffff": 2, "\ud83d\ude00": 1})",
         "e82c3ac06c1de5d6b75aadff87b248cfe8650acb62e0bdb7dac606772490336d"},
        {"empty contents", "[]", "[]",
         "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"},
        {"duplicate keys: the last wins", R"({"a":1,"a":2})", R"({"a": 2})",
         "e5a9d5b0300e0f50d372e5a9ddfa24208aac9a940ce9a36f247387221ae205fe"},
        {"null contents", "null", "null",
         "74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b"},
    };
    for (const PythonCase &c : cases)
        checkCase(c);
}

TEST_CASE("PythonJson::dumpsText: floats beyond double range as Python reads them", "[json]")
{
    // Python: json.dumps(json.loads("[1e400,-1e400,1e-400,-1e-400,-0.0,123456789012345678.0,
    // 5e-324]")) == "[Infinity, -Infinity, 0.0, -0.0, -0.0, 1.2345678901234568e+17, 5e-324]"
    QByteArray out;
    QString error;
    REQUIRE(PythonJson::dumpsText("[1e400,-1e400,1e-400,-1e-400,-0.0,123456789012345678.0,5e-324]",
                                  &out, &error));
    CHECK(out == "[Infinity, -Infinity, 0.0, -0.0, -0.0, 1.2345678901234568e+17, 5e-324]");
}

TEST_CASE("PythonJson::dumpsText refuses what is not JSON, saying where", "[json]")
{
    const QByteArray bad[] = {"",      "[1,",      "{\"a\" 1}", "[01]", "\"abc",
                              "[1] x", "{\"a\":}", "tru",       "[1.]", "\"\\x\""};
    for (const QByteArray &b : bad) {
        INFO(b.constData());
        QByteArray out = "unchanged";
        QString error;
        CHECK_FALSE(PythonJson::dumpsText(b, &out, &error));
        CHECK(error.startsWith(QLatin1String("invalid JSON at byte")));
        CHECK(out == "unchanged");
    }
}

TEST_CASE("PythonJson: floats laid out as Python's repr at every magnitude", "[json]")
{
    // Python 3.11: print(json.dumps([1e5, 1e6, 1.5e15, 0.0001, 1e-5, 123.456, 1e16,
    //   1.7976931348623157e308, 5e-324, -2.5e-5, 1234567890123456.0, 0.1, 100.0, -1e6,
    //   12345.678e10]))
    QByteArray out;
    QString error;
    REQUIRE(PythonJson::dumpsText("[1e5, 1e6, 1.5e15, 0.0001, 1e-5, 123.456, 1e16, "
                                  "1.7976931348623157e308, 5e-324, -2.5e-5, 1234567890123456.0, "
                                  "0.1, 100.0, -1e6, 12345.678e10]",
                                  &out, &error));
    CHECK(out == "[100000.0, 1000000.0, 1500000000000000.0, 0.0001, 1e-05, 123.456, 1e+16, "
                 "1.7976931348623157e+308, 5e-324, -2.5e-05, 1234567890123456.0, 0.1, 100.0, "
                 "-1000000.0, 123456780000000.0]");
    CHECK(PythonJson::dumps(QJsonValue(1e6 + 0.5)) == "1000000.5");
}

TEST_CASE("PythonJson::dumpsText: NaN and Infinity literals, out-of-range by significant digit",
          "[json]")
{
    // Python 3.11: json.dumps(json.loads('[NaN, Infinity, -Infinity, 0.<400 zeros>1,
    // 1<400 zeros>e-5, 1e-400]')) == '[NaN, Infinity, -Infinity, 0.0, Infinity, 0.0]'
    const QByteArray text = "[NaN, Infinity, -Infinity, 0." + QByteArray(400, '0') + "1, 1" +
                            QByteArray(400, '0') + "e-5, 1e-400]";
    QByteArray out;
    QString error;
    REQUIRE(PythonJson::dumpsText(text, &out, &error));
    CHECK(out == "[NaN, Infinity, -Infinity, 0.0, Infinity, 0.0]");
}
