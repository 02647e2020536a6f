#include "models/source/restbatch.h"
#include "models/core/displaytext.h"

#include "models/core/format.h"
#include "models/core/period.h"

#include "models/source/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace RestBatch {

QList<RestReply> get(const Session &session, const QList<Request> &requests,
                     QList<qint64> *elapsedMs)
{
    QList<RestReply> replies(requests.size());
    QList<qint64> times(requests.size(), 0);
    // Workers take the next request until none is left; each writes only its own slots.
    RestReply *out = replies.data(); // detached once, here
    qint64 *took = times.data();
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < requests.size(); i = next++) {
            QElapsedTimer timer;
            timer.start();
            out[i] = session.restGet(requests.at(i).path, requests.at(i).query);
            took[i] = timer.elapsed();
        }
    };
    if (requests.size() == 1) {
        work();
        if (elapsedMs)
            *elapsedMs = times;
        return replies;
    }
    const qsizetype n = std::min<qsizetype>(MaxParallel, requests.size());
    std::vector<std::thread> workers;
    workers.reserve(size_t(n));
    for (qsizetype k = 0; k < n; ++k)
        workers.emplace_back(work);
    for (std::thread &t : workers)
        t.join();
    if (elapsedMs)
        *elapsedMs = times;
    return replies;
}

std::optional<double> numberOrNull(const RestJson::Reader &r, const QJsonObject &o,
                                   const QString &key, bool *isNull)
{
    *isNull = o.value(key).isNull();
    return *isNull ? std::nullopt : r.number(o, key);
}

QDateTime time(const RestJson::Reader &r, const QJsonObject &o, const QString &key,
               const QString &shown, bool nullable)
{
    const std::optional<QString> text = nullable ? r.textOrNull(o, key) : r.text(o, key);
    if (!text || text->isNull())
        return {};
    QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        r.fail(QCoreApplication::translate("RestBatch", "%1 is not a date and time: %2")
                   .arg(shown, DisplayText::plain(*text)));
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

} // namespace RestBatch

QList<RestReply> restGetAll(const Session &session, const QList<RestRequest> &requests)
{
    return RestBatch::get(session, requests);
}

QString restUnsafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$"));
    if (re.match(id).hasMatch())
        return QString();
    return QCoreApplication::translate("RestWrites",
                                       "\"%1\" is not an id the Dealix API can have (letters, "
                                       "digits and - _ . : only, starting with a letter or a "
                                       "digit).")
        .arg(DisplayText::plain(id));
}

QString restNotAvailable(const QString &why)
{
    return QCoreApplication::translate("RestRequest", "not available over the Dealix API: %1")
        .arg(why);
}

QString restPastAsOf(const Session &session, const QDateTime &asOf)
{
    if (!asOf.isValid() || asOf >= QDateTime::currentDateTimeUtc().addSecs(-300))
        return QString();
    return QCoreApplication::translate("RestRequest",
                                       "not available over the Dealix API: the server answers "
                                       "as of now, not as of %1")
        .arg(Format::dateTime(asOf, Periods::zone(session.tenant().timeZone)));
}
