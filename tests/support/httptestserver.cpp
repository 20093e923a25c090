#include "httptestserver.h"

#include <QFile>
#include <QTcpSocket>

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
    Route route = m_routes.value(path, Route{404, "not found", {}, false, 0, {}});
    QByteArray authorization;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    m_authorizations.append(authorization);
    if (!route.authorization.isEmpty() && authorization != route.authorization)
        route = Route{401,
                      "unauthorized",
                      {{"WWW-Authenticate", "Basic realm=\"test\""}},
                      false,
                      0,
                      {}};

    QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + " "
                          + (route.status == 200   ? "OK"
                             : route.status == 404 ? "Not Found"
                             : route.status < 400  ? "Redirect"
                                                   : "Error")
                          + "\r\n";
    for (const auto &[name, value] : route.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
    if (!route.stall)
        response += "Connection: close\r\n";
    response += "\r\n";
    socket->write(response);
    if (route.stall) {
        socket->write(route.body.left(route.stallAfter));
        return; // keep the connection open and silent
    }
    socket->write(route.body);
    socket->disconnectFromHost();
}

} // namespace spool::test
