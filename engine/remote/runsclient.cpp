#include "runsclient.h"

#include "httpcall.h"

#include <schema/credentials.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <functional>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

Error invalidAnswer(const HttpAnswer &answer, const QString &what, const Error &problem)
{
    Error error{u"response_invalid"_s,
                u"%1: %2 in the answer is not valid: %3%4"_s
                    .arg(Credentials::redact(answer.url.toString(QUrl::RemoveUserInfo)),
                         what,
                         problem.path.isEmpty() ? QString() : problem.path + u": "_s,
                         problem.message)};
    error.httpStatus = answer.status;
    return error;
}

template<typename T>
Result<T> readObject(const HttpAnswer &answer, const QString &what)
{
    Result<T> value = T::fromJson(answer.json);
    if (!value)
        return invalidAnswer(answer, what, value.error());
    return value;
}

// The URL of a `Link` header's rel="next", as written (possibly relative).
QString nextLink(const QByteArray &header)
{
    static const QRegularExpression entry(uR"re(<([^>]*)>\s*((?:;\s*[^;,]*)*))re"_s);
    QRegularExpressionMatchIterator it = entry.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        static const QRegularExpression rel(uR"re(;\s*rel\s*=\s*"?([^";]*)"?)re"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch relMatch = rel.match(match.captured(2));
        if (relMatch.hasMatch()
            && relMatch.captured(1).split(u' ', Qt::SkipEmptyParts).contains(u"next"_s)) {
            return match.captured(1);
        }
    }
    return {};
}

void addListQuery(QUrlQuery &query,
                  int limit,
                  const QString &after,
                  const QString &before,
                  bool ascending,
                  const std::optional<Status> &status)
{
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    if (!before.isEmpty())
        query.addQueryItem(u"before"_s, before);
    query.addQueryItem(u"order"_s, ascending ? u"asc"_s : u"desc"_s);
    if (status)
        query.addQueryItem(u"status"_s, statusName(*status));
}

QString pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

RunsClient::RunsClient(const RunsClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

RunsClient::~RunsClient()
{
    // The calls under way answer `client_closed` before the network they use goes.
    const QList<HttpCall *> calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    for (HttpCall *call : calls)
        delete call;
}

QString RunsClient::newIdempotencyKey()
{
    return u"spool_"_s + QUuid::createUuid().toString(QUuid::Id128);
}

QUrl RunsClient::routeUrl(const QString &route) const
{
    QUrl url = m_settings.endpoint;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + route, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

std::optional<Error> RunsClient::checkOrigin(const QUrl &url) const
{
    const QUrl &base = m_settings.endpoint;
    if (url.isValid() && url.scheme() == base.scheme() && url.host() == base.host()
        && url.port(-1) == base.port(-1)) {
        return std::nullopt;
    }
    return Error{u"link_invalid"_s,
                 u"the next page's link %1 leaves the endpoint %2; it is not followed, so the "
                 "API key goes nowhere else"_s
                     .arg(Credentials::redact(url.toString(QUrl::RemoveUserInfo)),
                          Credentials::redact(base.toString(QUrl::RemoveUserInfo)))};
}

QFuture<Result<HttpAnswer>> RunsClient::call(const QByteArray &method,
                                             const QUrl &url,
                                             const QByteArray &body,
                                             bool resendable)
{
    auto *call = new HttpCall(m_network,
                              m_settings,
                              method,
                              url,
                              body,
                              resendable ? HttpCall::Resend::Always
                                         : HttpCall::Resend::WhenUnprocessed);
    call->setParent(this);
    return call->start();
}

QFuture<Result<Run>> RunsClient::submit(const RunRequest &request)
{
    RunRequest sent = request;
    if (!sent.idempotencyKey || sent.idempotencyKey->isEmpty())
        sent.idempotencyKey = newIdempotencyKey();
    // The body is made once: every attempt sends these bytes, the key included.
    const QByteArray body = QJsonDocument(sent.toJson()).toJson(QJsonDocument::Compact);
    return call("POST", routeUrl(u"/runs"_s), body, true)
        .then(this, [](const Result<HttpAnswer> &answer) -> Result<Run> {
            if (!answer)
                return answer.error();
            return readObject<Run>(*answer, u"the run"_s);
        });
}

QFuture<Result<Run>> RunsClient::run(const QString &runId)
{
    return call("GET", routeUrl(u"/runs/"_s + pathPart(runId)), {}, true)
        .then(this, [](const Result<HttpAnswer> &answer) -> Result<Run> {
            if (!answer)
                return answer.error();
            return readObject<Run>(*answer, u"the run"_s);
        });
}

QFuture<Result<Run>> RunsClient::cancel(const QString &runId)
{
    const QUrl endpoint = m_settings.endpoint;
    return call("POST", routeUrl(u"/runs/"_s + pathPart(runId) + u"/cancel"_s), {}, true)
        .then(this, [endpoint](const Result<HttpAnswer> &answer) -> Result<Run> {
            if (!answer) {
                const Error &error = answer.error();
                const int status = error.httpStatus;
                if ((status == 404 && error.kind != u"run_not_found") || status == 405
                    || status == 501) {
                    Error unsupported{u"cancel_unsupported"_s,
                                      u"%1 has no cancel route (POST /runs/{id}/cancel answered "
                                      "%2): its runs cannot be stopped from here"_s
                                          .arg(Credentials::redact(
                                              endpoint.toString(QUrl::RemoveUserInfo)))
                                          .arg(status)};
                    unsupported.httpStatus = status;
                    return unsupported;
                }
                return error;
            }
            return readObject<Run>(*answer, u"the run"_s);
        });
}

namespace {

template<typename T>
Result<ListPage<T>> readPage(const HttpAnswer &answer,
                             const QString &what,
                             const std::function<QUrl(const QString &)> &nextAfter)
{
    QJsonArray array;
    if (answer.json.isArray())
        array = answer.json.toArray();
    else if (answer.json.isObject() && answer.json.toObject().value(u"data").isArray())
        array = answer.json.toObject().value(u"data").toArray(); // a wrapped list
    else
        return invalidAnswer(answer, u"the list"_s, Error{{}, u"not a JSON array"_s});
    ListPage<T> page;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = T::fromJson(array.at(i));
        if (!item)
            return invalidAnswer(answer, u"%1 %2"_s.arg(what).arg(i), item.error());
        page.items.append(std::move(item).value());
    }
    page.hasMore = answer.header("Has-More").trimmed().toLower() == "true";
    bool limitOk = false;
    page.limit = answer.header("Limit").trimmed().toInt(&limitOk);
    if (!limitOk)
        page.limit = int(page.items.size());
    if (page.hasMore) {
        const QString link = nextLink(answer.header("Link"));
        if (!link.isEmpty())
            page.next = answer.url.resolved(QUrl(link));
        else if (!page.items.isEmpty())
            page.next = nextAfter(page.items.constLast().id);
    }
    return page;
}

} // namespace

QFuture<Result<ListPage<Run>>> RunsClient::runs(const RunQuery &query)
{
    QUrl url = routeUrl(u"/runs"_s);
    QUrlQuery items;
    addListQuery(items, query.limit, query.after, query.before, query.ascending, query.status);
    url.setQuery(items);
    return runs(url);
}

QFuture<Result<ListPage<Run>>> RunsClient::runs(const QUrl &next)
{
    if (std::optional<Error> error = checkOrigin(next))
        return QtFuture::makeReadyFuture(Result<ListPage<Run>>(*error));
    return call("GET", next, {}, true)
        .then(this, [next](const Result<HttpAnswer> &answer) -> Result<ListPage<Run>> {
            if (!answer)
                return answer.error();
            return readPage<Run>(*answer, u"run"_s, [next](const QString &lastId) {
                QUrl url = next;
                QUrlQuery query(url);
                query.removeAllQueryItems(u"after"_s);
                query.removeAllQueryItems(u"before"_s);
                query.addQueryItem(u"after"_s, lastId);
                url.setQuery(query);
                return url;
            });
        });
}

QFuture<Result<Task>> RunsClient::submitTask(const TaskRequest &request)
{
    QJsonObject body{{u"url"_s, request.url}, {u"kind"_s, request.kind}};
    if (!request.options.isEmpty())
        body.insert(u"options"_s, request.options);
    // No idempotency key in this body: it is sent again only when the server did not act on it.
    return call("POST",
                routeUrl(u"/tasks"_s),
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                false)
        .then(this, [](const Result<HttpAnswer> &answer) -> Result<Task> {
            if (!answer)
                return answer.error();
            return readObject<Task>(*answer, u"the task"_s);
        });
}

QFuture<Result<Task>> RunsClient::task(const QString &taskId)
{
    return call("GET", routeUrl(u"/tasks/"_s + pathPart(taskId)), {}, true)
        .then(this, [](const Result<HttpAnswer> &answer) -> Result<Task> {
            if (!answer)
                return answer.error();
            return readObject<Task>(*answer, u"the task"_s);
        });
}

QFuture<Result<ListPage<Task>>> RunsClient::tasks(const TaskQuery &query)
{
    QUrl url = routeUrl(u"/tasks"_s);
    QUrlQuery items;
    addListQuery(items, query.limit, query.after, query.before, query.ascending, query.status);
    if (!query.kind.isEmpty())
        items.addQueryItem(u"kind"_s, query.kind);
    if (!query.runId.isEmpty())
        items.addQueryItem(u"run_id"_s, query.runId);
    url.setQuery(items);
    return tasks(url);
}

QFuture<Result<ListPage<Task>>> RunsClient::tasks(const QUrl &next)
{
    if (std::optional<Error> error = checkOrigin(next))
        return QtFuture::makeReadyFuture(Result<ListPage<Task>>(*error));
    return call("GET", next, {}, true)
        .then(this, [next](const Result<HttpAnswer> &answer) -> Result<ListPage<Task>> {
            if (!answer)
                return answer.error();
            return readPage<Task>(*answer, u"task"_s, [next](const QString &lastId) {
                QUrl url = next;
                QUrlQuery query(url);
                query.removeAllQueryItems(u"after"_s);
                query.removeAllQueryItems(u"before"_s);
                query.addQueryItem(u"after"_s, lastId);
                url.setQuery(query);
                return url;
            });
        });
}

} // namespace spool
