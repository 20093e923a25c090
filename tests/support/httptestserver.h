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
        /// When set, the body is this many bytes generated on the fly (`body` is ignored), written
        /// as the client takes them so the server holds only a small buffer.
        qint64 generatedSize = -1;
        /// When positive, send the body one byte at a time, one every this many milliseconds.
        int dripIntervalMs = 0;
        /// The Content-Length to announce: -1 for the body's own size, -2 for none (the end of
        /// the body is then the end of the connection).
        qint64 declaredLength = -1;
        /// The reason phrase of the status line, when not the usual one.
        QByteArray reason;
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
    void generate(QTcpSocket *socket, qint64 size);
    void drip(QTcpSocket *socket, const QByteArray &body, int intervalMs);

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    int m_requests = 0;
    QList<QByteArray> m_authorizations;
};

} // namespace spool::test
