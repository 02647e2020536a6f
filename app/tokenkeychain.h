#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A Dealix server's token in the desktop keychain (Secret Service, KWallet … through QtKeychain),
// one entry per server URL, when the Connect dialog's "Remember" is ticked (README "Sources: the
// Dealix REST API — connecting"). Never in the settings file. Each call waits for the keychain
// at most timeoutMs: without one (a headless session, no D-Bus) it fails with a clear message
// instead of hanging.
class TokenKeychain
{
    Q_DECLARE_TR_FUNCTIONS(TokenKeychain)
public:
    static constexpr int DefaultTimeoutMs = 5000;
    // The keychain entry's key for a server: its URL without credentials.
    static QString key(const QString &url);
    static bool store(const QString &url, const QByteArray &token, QString *error,
                      int timeoutMs = DefaultTimeoutMs);
    // False without an entry (*error empty) or when the keychain failed (*error says why).
    static bool read(const QString &url, QByteArray *token, QString *error,
                     int timeoutMs = DefaultTimeoutMs);
    static bool remove(const QString &url, QString *error, int timeoutMs = DefaultTimeoutMs);
};
