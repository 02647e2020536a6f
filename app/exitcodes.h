#pragma once

// Exit status of the command line (README "Rules: Command line"): distinct codes so that scripts
// that schedule board packs can tell a typo from a dead server.
namespace ExitCode {
enum : int {
    Ok = 0,
    Failure = 1,           // anything else (e.g. an unwritable output path)
    Usage = 2,             // bad arguments, unknown command or surface, ambiguous tenant
    SourceUnavailable = 3, // cannot connect, not a database, not a Dealix database
    NotFound = 4,          // tenant (later: approval, pack) not found
    Conflict = 5,          // someone else decided first
    PermissionDenied = 6,  // the acting user may not do this
    IntegrityFailed = 7,   // an evidence pack does not match its signature (or has none)
};
} // namespace ExitCode
