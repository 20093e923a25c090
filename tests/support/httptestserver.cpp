#include "httptestserver.h"

#include <QFile>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

HttpTestServer::HttpTestServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTestServer::onConnection);
}

void HttpTestServer::route(const QByteArray &path, const Route &route)
{
    m_routes.insert(path, route);
}

void HttpTestServer::serveFile(const QByteArray &path, const QString &file)
{
    QFile in(file);
    Route route;
    if (in.open(QIODevice::ReadOnly))
        route.body = in.readAll();
    else
        route.status = 500;
    m_routes.insert(path, route);
}

void HttpTestServer::redirect(const QByteArray &from, const QByteArray &to, int status)
{
    Route route;
    route.status = status;
    route.headers.append({"Location", url(to).toUtf8()});
    m_routes.insert(from, route);
}

QString HttpTestServer::url(const QByteArray &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(QString::fromUtf8(path));
}

void HttpTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            // Wait for the whole request head.
            if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                return;
            socket->setProperty("answered", true);
            answer(socket);
        });
    }
}

void HttpTestServer::answer(QTcpSocket *socket)
{
    ++m_requests;
    const QByteArray head = socket->readAll();
    const QByteArray path = head.split(' ').value(1);
    Route route;
    if (m_routes.contains(path)) {
        route = m_routes.value(path);
    } else {
        route.status = 404;
        route.body = "not found";
    }
    QByteArray authorization;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    m_authorizations.append(authorization);
    if (!route.authorization.isEmpty() && authorization != route.authorization) {
        route = Route{};
        route.status = 401;
        route.body = "unauthorized";
        route.headers = {{"WWW-Authenticate", "Basic realm=\"test\""}};
    }

    QByteArray reason = route.reason;
    if (reason.isEmpty()) {
        reason = route.status == 200   ? "OK"
                 : route.status == 404 ? "Not Found"
                 : route.status < 400  ? "Redirect"
                                       : "Error";
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + " " + reason + "\r\n";
    for (const auto &[name, value] : route.headers)
        response += name + ": " + value + "\r\n";
    const qint64 size = route.generatedSize >= 0 ? route.generatedSize : route.body.size();
    if (route.declaredLength >= 0)
        response += "Content-Length: " + QByteArray::number(route.declaredLength) + "\r\n";
    else if (route.declaredLength == -1 && route.status != 204)
        response += "Content-Length: " + QByteArray::number(size) + "\r\n";
    if (!route.stall)
        response += "Connection: close\r\n";
    response += "\r\n";
    socket->write(response);
    if (route.stall) {
        socket->write(route.body.left(route.stallAfter));
        return; // keep the connection open and silent
    }
    if (route.generatedSize >= 0) {
        generate(socket, route.generatedSize);
        return;
    }
    if (route.dripIntervalMs > 0) {
        drip(socket, route.body, route.dripIntervalMs);
        return;
    }
    socket->write(route.body);
    socket->disconnectFromHost();
}

void HttpTestServer::generate(QTcpSocket *socket, qint64 size)
{
    // Refill whenever the socket's buffer runs low, so that the body is never all in memory.
    static constexpr qint64 Chunk = 64 * 1024;
    const QByteArray pattern(Chunk, 'm');
    auto remaining = std::make_shared<qint64>(size);
    const auto refill = [socket, remaining, pattern] {
        while (*remaining > 0 && socket->bytesToWrite() < 4 * Chunk) {
            const qint64 now = qMin(*remaining, Chunk);
            socket->write(pattern.constData(), now);
            *remaining -= now;
        }
        if (*remaining == 0 && socket->bytesToWrite() == 0) {
            *remaining = -1;
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

void HttpTestServer::drip(QTcpSocket *socket, const QByteArray &body, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

} // namespace spool::test
