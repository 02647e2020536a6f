#include "models/source/restbatch.h"

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
