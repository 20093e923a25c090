#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace spool::test {

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests, on the thread that creates it (which must
/// run its event loop while clients talk to it). Each path answers as it was set up; unknown
/// paths answer 404.
class HttpTestServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        /// Send the headers (and this many body bytes), then nothing more, keeping the
        /// connection open.
        bool stall = false;
        qint64 stallAfter = 0;
        /// When set, the exact Authorization header value this path needs; without it the
        /// answer is 401 with a Basic challenge.
        QByteArray authorization;
    };

    HttpTestServer();

    void route(const QByteArray &path, const Route &route);
    void serveFile(const QByteArray &path, const QString &file);
    void redirect(const QByteArray &from, const QByteArray &to, int status = 302);

    QString url(const QByteArray &path) const;
    int requestCount() const { return m_requests; }
    /// The Authorization header of each request, in order (empty when it had none).
    QList<QByteArray> authorizations() const { return m_authorizations; }

private:
    void onConnection();
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    int m_requests = 0;
    QList<QByteArray> m_authorizations;
};

} // namespace spool::test
