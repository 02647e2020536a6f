#include "views/surface/statementstopper.h"

#include "models/source/session.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

StatementStopper::StatementStopper(const Session &session)
{
    if (session.isRest()) {
        m_rest = session.restStopFlag();
        return;
    }
    const QSqlDatabase db = session.database();
    if (!db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid())
        return;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    } else if (qstrcmp(handle.typeName(), "PGconn*") == 0 ||
               qstrcmp(handle.typeName(), "pg_conn*") == 0) {
        // Qt names the type after libpq's struct (PGconn is a typedef of struct pg_conn).
        if (PGconn *conn = *static_cast<PGconn *const *>(handle.constData()))
            m_pg = PQgetCancel(conn);
    }
}

StatementStopper::~StatementStopper()
{
    if (m_pg)
        PQfreeCancel(m_pg);
}

void StatementStopper::stop() const
{
    if (m_rest)
        m_rest->store(true);
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_pg) {
        char why[256];
        PQcancel(m_pg, why, int(sizeof why));
    }
}
