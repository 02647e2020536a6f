#include "models/source/ddl.h"

#include "models/source/boundquery.h"
#include "models/source/indexadvice.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Ddl {

namespace {
QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

QString script(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL")
               ? readResource(QStringLiteral(":/sql/postgresql.sql"))
               : sqliteScript();
}

QString sqliteScript()
{
    return readResource(QStringLiteral(":/sql/sqlite.sql"));
}

QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    enum class State { Normal, Single, LineComment, Dollar } state = State::Normal;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Normal:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                continue;
            }
            if (c == QLatin1Char('\''))
                state = State::Single;
            else if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                state = State::Dollar;
                current += QLatin1String("$$");
                ++i;
                continue;
            } else if (c == QLatin1Char(';')) {
                if (!current.trimmed().isEmpty())
                    out << current.trimmed();
                current.clear();
                continue;
            }
            break;
        case State::Single:
            if (c == QLatin1Char('\''))
                state = State::Normal;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n'))
                state = State::Normal;
            else
                continue;
            break;
        case State::Dollar:
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                state = State::Normal;
                current += QLatin1String("$$");
                ++i;
                continue;
            }
            break;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

bool apply(QSqlDatabase db, QString *error, Part part)
{
    const QString text = script(db);
    if (text.isEmpty()) {
        if (error)
            *error = QStringLiteral("The schema resource is missing from this build.");
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = sqlErrorText(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    const QStringList statements = part == Part::Indexes ? QStringList() : splitStatements(text);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (error)
                *error = QStringLiteral("%1 (in: %2)")
                             .arg(sqlErrorText(q.lastError()), statement.left(120).simplified());
            db.rollback();
            return false;
        }
    }
    // The indexes come from the app's catalogue (IndexAdvice), the one place they are defined.
    if (part != Part::Tables && !IndexAdvice::create(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = sqlErrorText(db.lastError());
        return false;
    }
    return true;
}

} // namespace Ddl
