#pragma once

#include <QList>
#include <QUrl>

namespace spool {

/// One page of a `/runs` server's list (GET /runs, GET /tasks), with its pagination headers:
/// `Has-More`, `Limit`, and the `Link` rel="next" URL that fetches the page after it (empty
/// when there is none).
template<typename T>
struct ListPage
{
    QList<T> items;
    bool hasMore = false;
    int limit = 0;
    QUrl next;
};

} // namespace spool
