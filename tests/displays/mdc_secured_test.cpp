// Secured MDC: "MDCSTART<<TLS>>", TLS with the simulator's self-signed certificate, PIN, PASS/FAIL.
#include "displays/mdcdriver.h"
#include "displays/mdcsimulator.h"
#include "displays/mdctlscredentials.h"

#include "mdc_testutil.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace tafel;
using namespace tafel::displays;
using tafel::displays::test::await;

class MdcSecuredTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void credentialsAreGenerated();
    void rightPin();
    void wrongPinFailsOnceAndIsNotRetried();
    void setTargetWithTheRightPinRecovers();
    void missingPinOnSecuredDisplay();
    void pinForPlainDisplayTimesOut();
    void malformedPinRejectedLocally();
    void pinnedFingerprintMismatch();
    void pinnedFingerprintMatch();

private:
    void start(const QString &pin = QStringLiteral("1234"));
    std::unique_ptr<MdcDriver> driverFor(const QString &pin, int timeoutMs = 3000) const;

    std::unique_ptr<MdcSimulator> m_sim;
};

void MdcSecuredTest::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
}

void MdcSecuredTest::cleanup()
{
    m_sim.reset();
}

void MdcSecuredTest::start(const QString &pin)
{
    MdcSimulator::Options o;
    o.secured = true;
    o.pin = pin;
    m_sim = std::make_unique<MdcSimulator>(o);
    const Status s = m_sim->listen();
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QVERIFY(!m_sim->certificateFingerprint().isEmpty());
}

std::unique_ptr<MdcDriver> MdcSecuredTest::driverFor(const QString &pin, int timeoutMs) const
{
    DisplayTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_sim->port();
    t.protocol = Protocol::Mdc;
    t.password = pin;
    t.mdcId = 1;
    t.timeoutMs = timeoutMs;
    return std::make_unique<MdcDriver>(t);
}

void MdcSecuredTest::credentialsAreGenerated()
{
    auto c = MdcTlsCredentials::generate(QStringLiteral("test display"));
    QVERIFY2(c.ok(), qPrintable(c.errorString()));
    QVERIFY(!c->certificate.isNull());
    QVERIFY(!c->privateKey.isNull());
    QCOMPARE(c->certificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("test display"));
    QVERIFY(c->certificate.isSelfSigned());
    QVERIFY(c->certificate.expiryDate() > QDateTime::currentDateTimeUtc());
}

void MdcSecuredTest::rightPin()
{
    start();
    auto driver = driverFor(QStringLiteral("1234"));
    QSignalSpy fingerprint(driver.get(), &MdcDriver::peerFingerprintChanged);
    auto r = await([&](Callback cb) { driver->setPower(true, cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(r->status.power, PowerState::On);
    r = await([&](Callback cb) { driver->refreshInfo(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.serial, m_sim->options().serial);
    // The self-signed certificate was accepted and its fingerprint recorded.
    QCOMPARE(driver->peerFingerprint(), m_sim->certificateFingerprint());
    QCOMPARE(fingerprint.count(), 1);
    QCOMPARE(m_sim->authFailureCount(), 0);
    QCOMPARE(m_sim->connectionCount(), 1);
}

void MdcSecuredTest::wrongPinFailsOnceAndIsNotRetried()
{
    start();
    auto driver = driverFor(QStringLiteral("9999"));
    QSignalSpy simAuthFailed(m_sim.get(), &MdcSimulator::authFailed);
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("PIN")), qPrintable(r->outcome.errorString()));
    QCOMPARE(m_sim->authFailureCount(), 1);

    // Later calls fail fast without another attempt on the display (it would lock out).
    r = await([&](Callback cb) { driver->setPower(true, cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
    QCOMPARE(m_sim->authFailureCount(), 1);
    QCOMPARE(m_sim->connectionCount(), 1);
    QCOMPARE(simAuthFailed.count(), 1);
}

void MdcSecuredTest::setTargetWithTheRightPinRecovers()
{
    start();
    auto driver = driverFor(QStringLiteral("4321"));
    QCOMPARE(await([&](Callback cb) { driver->refreshStatus(cb); })->outcome.error().code, ErrorCode::AuthFailed);
    DisplayTarget t = driver->target();
    t.password = QStringLiteral("1234");
    driver->setTarget(t);
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
}

void MdcSecuredTest::missingPinOnSecuredDisplay()
{
    start();
    auto driver = driverFor(QString());
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("PIN")), qPrintable(r->outcome.errorString()));
}

void MdcSecuredTest::pinForPlainDisplayTimesOut()
{
    m_sim = std::make_unique<MdcSimulator>(MdcSimulator::Options{});
    QVERIFY(m_sim->listen().ok());
    auto driver = driverFor(QStringLiteral("1234"), 500);
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("remove the PIN")), qPrintable(r->outcome.errorString()));
}

void MdcSecuredTest::malformedPinRejectedLocally()
{
    start();
    auto driver = driverFor(QStringLiteral("12a"));
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_sim->connectionCount(), 0);
}

void MdcSecuredTest::pinnedFingerprintMismatch()
{
    start();
    auto driver = driverFor(QStringLiteral("1234"));
    driver->setExpectedFingerprint(QByteArray(32, '\x42'));
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
    QVERIFY(r->outcome.errorString().contains(QStringLiteral("certificate")));
    QCOMPARE(m_sim->commandCount(), 0); // the PIN was never sent to the impostor
}

void MdcSecuredTest::pinnedFingerprintMatch()
{
    start();
    auto driver = driverFor(QStringLiteral("1234"));
    driver->setExpectedFingerprint(m_sim->certificateFingerprint());
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
}

QTEST_GUILESS_MAIN(MdcSecuredTest)
#include "mdc_secured_test.moc"
