#pragma once

#include <QByteArray>
#include <QJsonValue>

// Serialises JSON exactly as Python's json.dumps(value, sort_keys=True) does, which is how
// Dealix hashes evidence pack contents: separators ", " and ": ", keys sorted by code point,
// non-ASCII escaped as \uXXXX (lower-case hex, surrogate pairs beyond the BMP).
namespace PythonJson {
QByteArray dumps(const QJsonValue &value);
// Lower-case hex SHA-256 of dumps(value): Dealix's evidence_packs.hash_signature.
QString sha256Hex(const QJsonValue &value);
} // namespace PythonJson
