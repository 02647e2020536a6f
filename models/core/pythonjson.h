#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// Serialises JSON exactly as Python's json.dumps(value, sort_keys=True) does, which is how
// Dealix hashes evidence pack contents: separators ", " and ": ", keys sorted by code point,
// non-ASCII escaped as \uXXXX (lower-case hex, surrogate pairs beyond the BMP).
namespace PythonJson {
QByteArray dumps(const QJsonValue &value);
// Lower-case hex SHA-256 of dumps(value): Dealix's evidence_packs.hash_signature.
QString sha256Hex(const QJsonValue &value);

// json.dumps(json.loads(text), sort_keys=True): how Dealix re-hashes a stored pack. Parses the
// JSON text itself so that what QJsonValue cannot hold survives: 1.0 stays a float ("1.0"),
// 1 stays an int, integers beyond 64 bits keep every digit, later duplicate keys win.
// Returns false with the position and reason when text is not JSON.
bool dumpsText(QByteArrayView text, QByteArray *out, QString *error);
QString sha256Hex(const QByteArray &dumped);
} // namespace PythonJson
