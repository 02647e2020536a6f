#pragma once

#include <atomic>
#include <memory>

class Session;
struct sqlite3;
struct pg_cancel;

// Stops the statement running on a worker's connection from another thread (or, on a Dealix
// server, the request it waits for: Session::stopRest): SQLite's handle
// (sqlite3_interrupt may be called from any thread while the connection is open: the statement
// fails with SQLITE_INTERRUPT) or a PostgreSQL cancel object (PQcancel is documented as safe from
// any thread: the server answers "canceling statement due to user request"). Made on the
// worker's thread once its connection is open; destroyed before that connection closes. Used by
// the surfaces' workers (RefreshWorker) and the board pack's (BoardPack).
class StatementStopper
{
public:
    explicit StatementStopper(const Session &session);
    ~StatementStopper();
    StatementStopper(const StatementStopper &) = delete;
    StatementStopper &operator=(const StatementStopper &) = delete;
    void stop() const;

private:
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_pg = nullptr;
    std::shared_ptr<std::atomic_bool> m_rest;
};
