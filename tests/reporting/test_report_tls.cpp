// HTTPS sinks: an OTLP receiver over TLS with a certificate from a test CA. The sink trusts the configured CA (not
// the system store), presents a client certificate (mutual TLS) and a bearer token; without the CA the report stays
// queued. Certificates come from the openssl command line (EC keys; Qt 6.4 cannot load Ed25519 PEM keys).
#include "otlpreceiver.h"

#include "reporting/reporter.h"
#include "store/database.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::reporting;
using namespace tafel::reporting::testing;

class TestReportTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_openssl;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, args);
        if (!p.waitForFinished(20000) || p.exitCode() != 0) {
            qWarning() << args << p.readAll();
            return false;
        }
        return true;
    }
    QString f(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    HealthSnapshot snapshot() const
    {
        HealthSnapshot s;
        s.school = QStringLiteral("gs-nord");
        s.room = QStringLiteral("r-tls");
        s.timestampMs = 1'700'000'000'000;
        s.agentVersion = QStringLiteral("0.1.0");
        return s;
    }

    QSslConfiguration serverConfig()
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        QFile keyFile(f("server.key"));
        if (!keyFile.open(QIODevice::ReadOnly))
            return c;
        c.setLocalCertificate(QSslCertificate::fromPath(f("server.crt")).value(0));
        c.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        c.setCaCertificates(QSslCertificate::fromPath(f("ca.crt")));
        c.setPeerVerifyMode(QSslSocket::VerifyPeer); // mutual TLS: a client certificate from our CA is required
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            QSKIP("the openssl command is not installed (needed to make test certificates)");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QVERIFY(m_dir.isValid());
        const QString ec = QStringLiteral("ec");
        const QStringList curve = {QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec} + curve
                        + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                      QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=Tafel Test CA")}));
        for (const QString &who : {QStringLiteral("server"), QStringLiteral("client")}) {
            QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), ec} + curve
                            + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), who + QStringLiteral(".key"), QStringLiteral("-out"),
                                          who + QStringLiteral(".csr"), QStringLiteral("-subj"),
                                          who == QLatin1String("server") ? QStringLiteral("/CN=127.0.0.1") : QStringLiteral("/CN=agent-r-tls")}));
            QFile ext(m_dir.filePath(who + QStringLiteral(".ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write(who == QLatin1String("server") ? "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"
                                                     : "extendedKeyUsage=clientAuth\n");
            ext.close();
            QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), who + QStringLiteral(".csr"),
                             QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                             who + QStringLiteral(".ext"), QStringLiteral("-out"), who + QStringLiteral(".crt")}));
        }
    }

    void mutualTlsWithConfiguredCaAndToken()
    {
        OtlpReceiver otlp;
        QVERIFY(otlp.listenTls(serverConfig()));
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("tls.db")), {.schema = store::Schema::Agent});
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        ReporterOptions ro;
        ro.useSystemProxy = false;
        ro.backoffBaseMs = 50;
        ro.backoffMaxMs = 200;
        Reporter reporter(**db, ro);
        SinkConfig c{QStringLiteral("city"), SinkConfig::Kind::Otlp, otlp.url()};
        c.caFile = f("ca.crt");
        c.clientCertFile = f("client.crt");
        c.clientKeyFile = f("client.key");
        c.bearerToken = QStringLiteral("s3cret");
        QVERIFY(reporter.addSink(c).ok());
        QSignalSpy drained(&reporter, &Reporter::drained);
        auto r = reporter.enqueue(snapshot());
        QVERIFY(r.ok());
        QVERIFY2(QTest::qWaitFor([&] { return reporter.outbox().size() == 0; }, 15000),
                 qPrintable(reporter.sinkStatus(QStringLiteral("city")).lastError + otlp.tlsErrors.join(u';')));
        QCOMPARE(otlp.requests.size(), 1);
        QCOMPARE(otlp.requests.first().reportId, r->id);
        QCOMPARE(otlp.requests.first().authorization, QByteArray("Bearer s3cret"));
        QCOMPARE(otlp.requests.first().peerCommonName, QStringLiteral("agent-r-tls"));
        QVERIFY2(otlp.requests.first().problems.isEmpty(), qPrintable(otlp.requests.first().problems.join(u'\n')));
    }

    void untrustedServerKeepsTheReport()
    {
        OtlpReceiver otlp;
        QVERIFY(otlp.listenTls(serverConfig()));
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("untrusted.db")), {.schema = store::Schema::Agent});
        QVERIFY(db.ok());
        ReporterOptions ro;
        ro.useSystemProxy = false;
        ro.backoffBaseMs = 50;
        ro.backoffMaxMs = 200;
        Reporter reporter(**db, ro);
        SinkConfig c{QStringLiteral("city"), SinkConfig::Kind::Otlp, otlp.url()};
        c.clientCertFile = f("client.crt");
        c.clientKeyFile = f("client.key");
        QVERIFY(reporter.addSink(c).ok()); // system trust store: the test CA is not in it
        QSignalSpy failed(&reporter, &Reporter::failed);
        QVERIFY(reporter.enqueue(snapshot()).ok());
        QVERIFY(failed.count() >= 2 || QTest::qWaitFor([&] { return failed.count() >= 2; }, 10000));
        QCOMPARE(reporter.outbox().size(), 1);
        QVERIFY(otlp.requests.isEmpty());

        // A missing CA file is a configuration error, not a silent fallback to the system store.
        SinkConfig bad = c;
        bad.name = QStringLiteral("bad");
        bad.caFile = f("missing.crt");
        QVERIFY(!reporter.addSink(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestReportTls)
#include "test_report_tls.moc"
