#include "models/source/restserver.h"

#include "models/core/format.h"
#include "models/core/period.h"
#include "models/source/session.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

namespace {

struct Entry {
    std::weak_ptr<RestClient> client;
    std::shared_ptr<RestServer> state;
};

QMutex registryMutex;
QHash<const RestClient *, Entry> &registry()
{
    static QHash<const RestClient *, Entry> r;
    return r;
}

// Every number in the object (nested) is 0; numbers counts them. Strings other than the
// posture and other values are left aside.
bool allZero(const QJsonValue &v, int *numbers)
{
    if (v.isDouble()) {
        ++*numbers;
        return v.toDouble() == 0.0;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allZero(it.value(), numbers))
                return false;
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!allZero(item, numbers))
                return false;
        }
    }
    return true;
}

} // namespace

std::shared_ptr<RestServer> RestServer::of(const std::shared_ptr<RestClient> &client)
{
    if (!client)
        return nullptr;
    QMutexLocker lock(&registryMutex);
    auto &r = registry();
    // A client that is gone leaves its entry: dropped here, so that a new client at the same
    // address never inherits its state.
    for (auto it = r.begin(); it != r.end();) {
        if (it.value().client.expired())
            it = r.erase(it);
        else
            ++it;
    }
    auto it = r.find(client.get());
    if (it != r.end() && it.value().client.lock() == client)
        return it.value().state;
    auto state = std::make_shared<RestServer>();
    r.insert(client.get(), Entry{client, state});
    return state;
}

std::shared_ptr<RestServer> RestServer::of(const Session &session)
{
    if (!session.isRest())
        return nullptr;
    return of(session.cloneSpec().rest);
}

void RestServer::record(const QString &tenantId, const QString &request, const RestReply &reply)
{
    QMutexLocker lock(&m_mutex);
    // One mark per endpoint (the path without its query): a fresh answer of an endpoint clears
    // what an older, cached answer of it (another filter, say) had left.
    const QString key = tenantId + QLatin1Char('\n') + request.section(QLatin1Char('?'), 0, 0);
    if (reply.stale && reply.staleSince.isValid())
        m_stale.insert(key, reply.staleSince);
    else
        m_stale.remove(key); // a fresh answer, or an error shown as an error
    m_unreachable = reply.stale || reply.error == RestReply::Error::Network ||
                    reply.error == RestReply::Error::Timeout;
}

void RestServer::clearStale()
{
    QMutexLocker lock(&m_mutex);
    m_stale.clear();
    m_unreachable = false;
}

void RestServer::clearStale(const RestClient *client)
{
    std::shared_ptr<RestServer> state;
    {
        QMutexLocker lock(&registryMutex);
        const auto it = registry().constFind(client);
        if (it != registry().constEnd() && !it.value().client.expired())
            state = it.value().state;
    }
    if (state)
        state->clearStale();
}

QDateTime RestServer::staleSince(const QString &tenantId) const
{
    QMutexLocker lock(&m_mutex);
    const QString prefix = tenantId + QLatin1Char('\n');
    QDateTime oldest;
    for (auto it = m_stale.constBegin(); it != m_stale.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && (!oldest.isValid() || it.value() < oldest))
            oldest = it.value();
    }
    return oldest;
}

bool RestServer::unreachable() const
{
    QMutexLocker lock(&m_mutex);
    return m_unreachable;
}

RestServer::LineB RestServer::lineB() const
{
    QMutexLocker lock(&m_mutex);
    return m_lineB;
}

RestServer::LineB RestServer::detect(bool snapshotOk, const QJsonObject &snapshot,
                                     bool weeklyAnswered, RestReply::Error weeklyError)
{
    LineB out;
    out.checked = snapshotOk || weeklyAnswered;
    if (snapshotOk) {
        if (snapshot.contains(QStringLiteral("tier1_exec_surface")))
            out.signs << tr("the snapshot carries tier1_exec_surface");
        // Only the seven snapshot sections: what a Line B server puts under
        // tier1_exec_surface (its governance contract, with a non-zero confidence) is no
        // figure of the tenant's.
        int numbers = 0;
        bool zeros = true;
        for (const char *key : {"revenue", "approvals", "compliance", "connectors",
                                "contradictions", "strategic_deals", "evidence_packs"})
            zeros = zeros && allZero(snapshot.value(QLatin1String(key)), &numbers);
        const QString posture = snapshot.value(QStringLiteral("compliance"))
                                    .toObject()
                                    .value(QStringLiteral("posture"))
                                    .toString();
        if (zeros && numbers > 0 &&
            posture.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
            out.signs << tr("every figure of the snapshot is zero and the compliance posture is "
                            "\"unknown\"");
    }
    // Only beside a snapshot that answered: when every route is 404 (a wrong base path), the
    // missing weekly pack says nothing of the server's line.
    if (snapshotOk && weeklyAnswered && weeklyError == RestReply::Error::NotFound)
        out.signs << tr("the server has no /executive-room/weekly-pack");
    out.lineB = !out.signs.isEmpty();
    return out;
}

RestServer::LineB RestServer::checkLineB(const Session &session)
{
    std::lock_guard<std::mutex> checking(m_checking);
    {
        QMutexLocker lock(&m_mutex);
        if (m_lineB.checked)
            return m_lineB;
    }
    RestClient *client = session.rest();
    if (!client || !session.hasTenant())
        return {};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tenant_id"), session.tenantId());
    // Straight to the client: these answers are not figures on screen, so they are not
    // recorded as stale or fresh data.
    const std::atomic_bool *cancel = session.restStopFlag().get();
    const RestReply snapshot =
        client->get(QStringLiteral("executive-room/snapshot"), query, session.tenantId(), cancel);
    const bool unreached = [](const RestReply &r) {
        return r.error == RestReply::Error::Network || r.error == RestReply::Error::Timeout ||
               r.error == RestReply::Error::Tls || r.error == RestReply::Error::Cancelled;
    }(snapshot);
    if (unreached)
        return {}; // asked again next time
    const RestReply weekly = client->get(QStringLiteral("executive-room/weekly-pack"), query,
                                         session.tenantId(), cancel);
    const bool weeklyAnswered = weekly.ok() || weekly.httpStatus != 0;
    const LineB verdict = detect(snapshot.ok() && snapshot.body.isObject(), snapshot.object(),
                                 weeklyAnswered, weekly.error);
    QMutexLocker lock(&m_mutex);
    if (verdict.checked)
        m_lineB = verdict;
    return verdict;
}

QString RestServer::lineBWarning(const LineB &lineB)
{
    if (!lineB.lineB)
        return {};
    return tr("This Dealix server looks like a Line B build, whose executive routes answer "
              "placeholder zeros (%1): its figures are not the tenant's.")
        .arg(lineB.signs.join(QStringLiteral("; ")));
}

QString RestServer::staleWarning(const QDateTime &received, const QTimeZone &zone)
{
    return tr("Stale: server unreachable, showing data received %1")
        .arg(Format::dateTime(received, zone));
}

QStringList RestServer::warnings(const Session &session)
{
    QStringList out;
    const std::shared_ptr<RestServer> state = of(session);
    if (!state)
        return out;
    if (const QString w = lineBWarning(state->lineB()); !w.isEmpty())
        out << w;
    if (const QDateTime since = state->staleSince(session.tenantId()); since.isValid())
        out << staleWarning(since, Periods::zone(session.tenant().timeZone));
    return out;
}
