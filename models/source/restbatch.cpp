#include "models/source/restbatch.h"

#include <QCoreApplication>
#include <QLocale>

#include <future>
#include <vector>

QList<RestReply> restGetAll(const Session &session, const QList<RestRequest> &requests)
{
    std::vector<std::future<RestReply>> running;
    running.reserve(size_t(requests.size()));
    for (const RestRequest &r : requests)
        running.push_back(std::async(std::launch::async,
                                     [&session, r] { return session.restGet(r.path, r.query); }));
    QList<RestReply> replies;
    for (std::future<RestReply> &f : running)
        replies.append(f.get());
    return replies;
}

QString restPastAsOf(const QDateTime &asOf)
{
    if (!asOf.isValid() || asOf >= QDateTime::currentDateTimeUtc().addSecs(-300))
        return QString();
    return QCoreApplication::translate("RestRequest",
                                       "not available over the Dealix API: the server answers "
                                       "as of now, not as of %1")
        .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat));
}
