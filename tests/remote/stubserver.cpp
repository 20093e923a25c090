#include "stubserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

StubServer::Answer StubServer::Answer::json(int status, const QJsonValue &body)
{
    Answer answer;
    answer.status = status;
    answer.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    answer.headers.append(std::pair<QByteArray, QByteArray>{"Content-Type", "application/json"});
    return answer;
}

StubServer::Answer StubServer::Answer::error(int status, const QString &kind, const QString &message)
{
    return json(status, QJsonObject{{u"kind"_s, kind}, {u"message"_s, message}});
}

StubServer::Answer StubServer::Answer::failing(Fault fault)
{
    Answer answer;
    answer.fault = fault;
    return answer;
}

StubServer::StubServer()
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &StubServer::onConnection);
}

StubServer::~StubServer()
{
    stop();
}

bool StubServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void StubServer::stop()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_sockets;
    m_sockets.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

QUrl StubServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QList<StubServer::Request> StubServer::requests(const QByteArray &method,
                                                const QByteArray &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.method == method && request.path == path)
            matching.append(request);
    }
    return matching;
}

void StubServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_sockets.removeOne(socket))
                socket->deleteLater();
        });
    }
}

void StubServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    // One request per connection: every answer closes it.
    if (socket->property("seen").toBool())
        return;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() - (headEnd + 4) < length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    request.receivedMs = m_clock.elapsed();
    socket->setProperty("seen", true);
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    const Answer answer = m_handler ? m_handler(request)
                                    : Answer::error(404, u"not_found"_s, u"no handler"_s);
    if (answer.delayMs > 0) {
        QTimer::singleShot(answer.delayMs, socket, [this, socket, answer] { send(socket, answer); });
        return;
    }
    send(socket, answer);
}

void StubServer::send(QTcpSocket *socket, const Answer &answer)
{
    using Fault = Answer::Fault;
    if (answer.fault == Fault::Silent)
        return;
    if (answer.fault == Fault::Drop) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                      + reasonFor(answer.status) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    if (!answer.noLength)
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    QByteArray body = answer.body;
    if (answer.fault == Fault::Truncate)
        body = body.left(body.size() / 2);
    socket->write(head + body);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace spool::test
