#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace spool::test {

/// A scripted `/runs` server on 127.0.0.1 for the client's tests: a handler decides each
/// answer, faults included (a connection dropped before the answer, a body cut short, an answer
/// that never comes, a delay). It can stop listening and start again on the same port, as a
/// restarted server does. Lives on the test's thread, which runs its event loop meanwhile.
class StubServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;   ///< without the query
        QByteArray target; ///< as sent, with the query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        qint64 receivedMs = 0; ///< since the server was made
    };

    struct Answer
    {
        enum class Fault {
            None,
            Drop,     ///< close the connection without answering
            Truncate, ///< announce the whole body, send half of it, close
            Silent,   ///< never answer, keep the connection open
        };
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        Fault fault = Fault::None;
        int delayMs = 0;
        /// Send no Content-Length and end the body by closing the connection.
        bool noLength = false;

        static Answer json(int status, const QJsonValue &body);
        static Answer error(int status, const QString &kind, const QString &message);
        static Answer failing(Fault fault);
    };

    using Handler = std::function<Answer(const Request &)>;

    StubServer();
    ~StubServer() override;

    /// Listens on 127.0.0.1 (the given port, or any free one when 0).
    bool listen(quint16 port = 0);
    /// Stops listening and closes every connection.
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    /// Requests whose method and path are these.
    QList<Request> requests(const QByteArray &method, const QByteArray &path) const;

Q_SIGNALS:
    void requestReceived(const spool::test::StubServer::Request &request);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void send(QTcpSocket *socket, const Answer &answer);

    QTcpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QTcpSocket *> m_sockets;
    QElapsedTimer m_clock;
};

} // namespace spool::test
