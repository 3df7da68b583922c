#pragma once

// A minimal OTLP/HTTP JSON receiver on loopback for the tests: HTTP/1.1 with keep-alive, capped buffers,
// checks every request against the OTLP rules and answers as scripted (200, 200 + partialSuccess, 503 with
// Retry-After, 429, or drop = close without answering).

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <memory>
#include <QPointer>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace tafel::reporting::testing {

enum class OtlpAnswer { Ok, PartialSuccess, Unavailable503, TooMany429, Drop };

struct OtlpRequest {
    qint64 atMs = 0;
    QString reportId; // tafel.report_id of the data points (all equal)
    QStringList problems; // OTLP rule violations; empty = valid
    OtlpAnswer answer = OtlpAnswer::Ok;
    QJsonObject body;
    QByteArray authorization; // the Authorization header
    QString peerCommonName;   // TLS: the client certificate's CN
};

// Validates an ExportMetricsServiceRequest in OTLP JSON; returns the problems (empty = valid) and the report id.
inline QStringList validateOtlp(const QJsonObject &root, QString *reportId)
{
    QStringList p;
    QSet<QString> ids;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QJsonArray rms = root.value(QStringLiteral("resourceMetrics")).toArray();
    if (rms.isEmpty())
        p << QStringLiteral("resourceMetrics missing or empty");
    for (const QJsonValue &rmv : rms) {
        const QJsonObject rm = rmv.toObject();
        QHash<QString, QString> resAttrs;
        for (const QJsonValue &a : rm.value(QStringLiteral("resource")).toObject().value(QStringLiteral("attributes")).toArray())
            resAttrs.insert(a[QStringLiteral("key")].toString(), a[QStringLiteral("value")][QStringLiteral("stringValue")].toString());
        for (const char *k : {"school", "room"}) {
            if (resAttrs.value(QLatin1String(k)).isEmpty())
                p << QStringLiteral("resource attribute %1 missing").arg(QLatin1String(k));
        }
        const QJsonArray sms = rm.value(QStringLiteral("scopeMetrics")).toArray();
        if (sms.isEmpty())
            p << QStringLiteral("scopeMetrics missing");
        for (const QJsonValue &smv : sms) {
            const QJsonArray metrics = smv[QStringLiteral("metrics")].toArray();
            if (metrics.isEmpty())
                p << QStringLiteral("metrics missing");
            for (const QJsonValue &mv : metrics) {
                const QJsonObject m = mv.toObject();
                const QString name = m.value(QStringLiteral("name")).toString();
                if (name.isEmpty())
                    p << QStringLiteral("metric without name");
                QJsonObject data;
                if (m.contains(QStringLiteral("gauge")))
                    data = m.value(QStringLiteral("gauge")).toObject();
                else if (m.contains(QStringLiteral("sum"))) {
                    data = m.value(QStringLiteral("sum")).toObject();
                    if (data.value(QStringLiteral("aggregationTemporality")).toInt() != 2)
                        p << name + QStringLiteral(": sum without cumulative temporality");
                } else
                    p << name + QStringLiteral(": neither gauge nor sum");
                const QJsonArray points = data.value(QStringLiteral("dataPoints")).toArray();
                if (points.isEmpty())
                    p << name + QStringLiteral(": no dataPoints");
                for (const QJsonValue &pv : points) {
                    const QJsonObject dp = pv.toObject();
                    const QJsonValue t = dp.value(QStringLiteral("timeUnixNano"));
                    if (!t.isString() || !digits.match(t.toString()).hasMatch() || t.toString().size() < 19)
                        p << name + QStringLiteral(": timeUnixNano must be a string of digits (ns)");
                    if (!dp.value(QStringLiteral("asDouble")).isDouble() && !dp.contains(QStringLiteral("asInt")))
                        p << name + QStringLiteral(": no asDouble");
                    QHash<QString, QString> attrs;
                    for (const QJsonValue &a : dp.value(QStringLiteral("attributes")).toArray()) {
                        const QString key = a[QStringLiteral("key")].toString();
                        if (key.isEmpty() || !a[QStringLiteral("value")].isObject())
                            p << name + QStringLiteral(": malformed attribute");
                        attrs.insert(key, a[QStringLiteral("value")][QStringLiteral("stringValue")].toString());
                    }
                    if (attrs.value(QStringLiteral("tafel.report_id")).isEmpty())
                        p << name + QStringLiteral(": no tafel.report_id");
                    ids.insert(attrs.value(QStringLiteral("tafel.report_id")));
                    if (name.startsWith(QLatin1String("tafel_device_")) || name.startsWith(QLatin1String("tafel_display_"))) {
                        if (attrs.value(QStringLiteral("device")).isEmpty() || !attrs.contains(QStringLiteral("kind")))
                            p << name + QStringLiteral(": device/kind attributes missing");
                    }
                    for (auto it = attrs.cbegin(); it != attrs.cend(); ++it) {
                        static const QStringList allowed = {QStringLiteral("device"), QStringLiteral("kind"),
                                                            QStringLiteral("version"), QStringLiteral("tafel.report_id")};
                        if (!allowed.contains(it.key()))
                            p << name + QStringLiteral(": unexpected attribute ") + it.key();
                    }
                }
            }
        }
    }
    if (ids.size() != 1)
        p << QStringLiteral("expected one tafel.report_id per request, got %1").arg(ids.size());
    if (reportId)
        *reportId = ids.isEmpty() ? QString() : *ids.begin();
    return p;
}

class OtlpReceiver {
public:
    bool listen()
    {
        m_server = std::make_unique<QTcpServer>();
        return m_server->listen(QHostAddress::LocalHost, 0) && (setup(), true);
    }
    // HTTPS: the configuration holds the server certificate and key (and, for mutual TLS, the CA of the clients
    // and peerVerifyMode VerifyPeer).
    bool listenTls(const QSslConfiguration &config)
    {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(config);
        QSslServer *raw = server.get();
        m_server = std::move(server);
        QObject::connect(raw, &QSslServer::sslErrors, raw, [this](QSslSocket *, const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                tlsErrors << e.errorString();
        });
        QObject::connect(raw, &QSslServer::peerVerifyError, raw, [this](QSslSocket *, const QSslError &e) { tlsErrors << e.errorString(); });
        QObject::connect(raw, &QSslServer::errorOccurred, raw, [this](QSslSocket *, QAbstractSocket::SocketError) { ++tlsFailures; });
        m_tls = true;
        return raw->listen(QHostAddress::LocalHost, 0) && (setup(), true);
    }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port())); }
    QStringList tlsErrors;
    int tlsFailures = 0;

    // Answers for the next requests, in order; afterwards Ok.
    QList<OtlpAnswer> script;
    int retryAfterSeconds = 1;
    QList<OtlpRequest> requests;

private:
    void setup()
    {
        auto take = [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::disconnected, m_server.get(), [this, s] { m_buffers.remove(s); });
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                if (s->bytesAvailable() > 0)
                    onData(s);
            }
        };
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), take);
    }

    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (buf.size() > 4 * 1024 * 1024) {
            s->abort();
            return;
        }
        for (;;) {
            const qsizetype headEnd = buf.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buf.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buf.size() < headEnd + 4 + length)
                return;
            const QByteArray body = buf.mid(headEnd + 4, length);
            buf.remove(0, headEnd + 4 + length);
            OtlpRequest r;
            r.atMs = QDateTime::currentMSecsSinceEpoch();
            r.body = QJsonDocument::fromJson(body).object();
            if (!head.startsWith("POST /v1/metrics "))
                r.problems << QStringLiteral("not POST /v1/metrics: ") + QString::fromLatin1(head.left(60));
            if (!head.toLower().contains("content-type: application/json"))
                r.problems << QStringLiteral("content type is not application/json");
            r.problems += validateOtlp(r.body, &r.reportId);
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    r.authorization = line.mid(14).trimmed();
            }
            if (auto *ssl = qobject_cast<QSslSocket *>(s))
                r.peerCommonName = ssl->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
            r.answer = script.isEmpty() ? OtlpAnswer::Ok : script.takeFirst();
            requests.append(r);
            switch (r.answer) {
            case OtlpAnswer::Drop:
                m_buffers.remove(s);
                s->abort();
                return;
            case OtlpAnswer::Ok:
                reply(s, "200 OK", "{}");
                break;
            case OtlpAnswer::PartialSuccess:
                reply(s, "200 OK", R"({"partialSuccess":{"rejectedDataPoints":"2","errorMessage":"2 points too old"}})");
                break;
            case OtlpAnswer::Unavailable503:
                reply(s, "503 Service Unavailable", "{}", "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n");
                break;
            case OtlpAnswer::TooMany429:
                reply(s, "429 Too Many Requests", "{}");
                break;
            }
        }
    }

    static void reply(QTcpSocket *s, const char *status, const QByteArray &body, const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray(status) + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
    }

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace tafel::reporting::testing
