#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// A tiny HTTP server on 127.0.0.1 for probe tests: answers every request with one status after
// a delay, or never answers at all (it accepts and keeps the connection open).
class FakeHttpServer : public QObject
{
public:
    enum class Mode { Answer, Silent };
    FakeHttpServer(Mode mode, int status = 200, int delayMs = 0)
        : m_mode(mode)
        , m_status(status)
        , m_delayMs(delayMs)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_sockets << s;
                ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool ok() const { return m_server.isListening(); }
    QUrl url(const QString &path = QStringLiteral("/health")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections() const { return m_connections; }
    // Complete requests received (connections alone also count a refused or idle one).
    int requests() const { return m_requests; }
    // A Location header on every answer (a redirect that points somewhere).
    void setLocation(const QUrl &location) { m_location = location.toEncoded(); }
    QByteArray lastRequest() const { return m_lastRequest; }

    // A port on which nothing listens (bound, then closed): connecting is refused.
    static QUrl refusedUrl()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        const quint16 port = s.serverPort();
        s.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }

private:
    void onRead(QTcpSocket *s)
    {
        m_buffer[s] += s->readAll();
        if (!m_buffer[s].contains("\r\n\r\n") || m_mode == Mode::Silent)
            return;
        m_lastRequest = m_buffer.take(s);
        ++m_requests;
        QPointer<QTcpSocket> socket(s);
        QTimer::singleShot(m_delayMs, this, [this, socket] {
            if (!socket)
                return;
            const QByteArray body = "{\"status\":\"ok\"}";
            const QByteArray location =
                m_location.isEmpty() ? QByteArray() : "Location: " + m_location + "\r\n";
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\n" + location +
                          "Content-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Mode m_mode;
    int m_status;
    int m_delayMs;
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_location;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QByteArray m_lastRequest;
};
