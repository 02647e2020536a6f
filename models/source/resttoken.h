#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Where the bearer token of a Dealix server comes from (README "Sources: the Dealix REST API —
// connecting"): --token-file FILE, else the DEALIX_TOKEN environment variable; the GUI's
// Connect dialog (and the desktop keychain) are the third way, in app/. The token is never
// printed, logged, exported, stored in settings or put in provenance.
class RestToken
{
    Q_DECLARE_TR_FUNCTIONS(RestToken)
public:
    enum class Status {
        Found,   // *token set
        None,    // neither a file nor DEALIX_TOKEN: requests go without a token
        Refused, // the file may not be used (readable by others, not a regular file, empty …)
    };
    // tokenFile empty: DEALIX_TOKEN. Refused: *error says why (the token itself never).
    static Status resolve(const QString &tokenFile, QByteArray *token, QString *error);
    // One line (trimmed) of a regular file that only its owner may read or write.
    static Status readFile(const QString &path, QByteArray *token, QString *error);
    // A token can be sent in an Authorization header: not empty, printable ASCII only (no line
    // break that would start another header, no control character).
    static bool sendable(const QByteArray &token);
    // A JWT's claim (read, not verified: the server verifies), e.g. "sub" or "email"; empty
    // when the token is not a JWT or has no such string claim.
    static QString claim(const QByteArray &token, const QString &name);
};
