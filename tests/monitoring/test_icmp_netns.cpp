// ICMP paths that this machine's settings do not reach, made deterministic in a private network namespace (root
// only; the process unshares its own namespace before Qt starts, so nothing outside it is touched): the Linux
// ping socket (ping_group_range opened inside the namespace) and timeouts (echo replies switched off inside it).
#include "monitoring/prober.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

bool g_isolated = false;

bool loopbackUp()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0;
    ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP);
    ok = ok && ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
    ::close(fd);
    return ok;
}

bool sysctl(const char *path, const QByteArray &value)
{
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}

ProbeTarget icmpTarget(const QString &host, int timeoutMs)
{
    ProbeTarget t;
    t.id = host;
    t.host = host;
    t.kind = ProbeKind::Icmp;
    t.timeoutMs = timeoutMs;
    return t;
}

} // namespace

class IcmpNetnsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!g_isolated)
            QSKIP("needs root to unshare a private network namespace");
    }

    void pingSocket()
    {
        QVERIFY(sysctl("/proc/sys/net/ipv4/ping_group_range", "0 2147483647"));
        QVERIFY(sysctl("/proc/sys/net/ipv4/icmp_echo_ignore_all", "0"));
        Prober::Options o;
        o.icmpMode = IcmpEngine::Mode::DatagramOnly;
        Prober prober(o, Clock::system());
        QCOMPARE(prober.icmpMethod(), IcmpMethod::Datagram);
        QList<ProbeTarget> targets;
        for (int i = 1; i <= 50; ++i)
            targets.append(icmpTarget(QStringLiteral("127.0.0.%1").arg(i), 2000));
        QSignalSpy samples(&prober, &Prober::sampleReady);
        QSignalSpy done(&prober, &Prober::batchFinished);
        prober.probeAll(targets);
        QVERIFY(done.count() || done.wait(5000));
        QCOMPARE(samples.count(), 50);
        for (const auto &args : samples) {
            const auto s = args.at(0).value<ProbeSample>();
            QVERIFY2(s.ok, qPrintable(s.error));
            QCOMPARE(s.method, IcmpMethod::Datagram);
        }
    }

    void timeouts()
    {
        QVERIFY(sysctl("/proc/sys/net/ipv4/icmp_echo_ignore_all", "1"));
        Prober prober;
        QVERIFY(prober.icmpMethod() != IcmpMethod::TcpFallback);
        QList<ProbeTarget> targets;
        for (int i = 1; i <= 20; ++i)
            targets.append(icmpTarget(QStringLiteral("127.0.1.%1").arg(i), 100 + 10 * i)); // staggered deadlines
        QSignalSpy samples(&prober, &Prober::sampleReady);
        QSignalSpy done(&prober, &Prober::batchFinished);
        prober.probeAll(targets);
        QVERIFY(done.count() || done.wait(5000));
        QCOMPARE(samples.count(), 20);
        for (const auto &args : samples) {
            const auto s = args.at(0).value<ProbeSample>();
            QVERIFY(!s.ok);
            QCOMPARE(s.errorCode, ErrorCode::Timeout);
            QVERIFY(s.rttMs < 0);
        }
        QCOMPARE(prober.inFlight(), 0);
        // Replies are back: the same prober answers again (nothing stuck in its tables).
        QVERIFY(sysctl("/proc/sys/net/ipv4/icmp_echo_ignore_all", "0"));
        std::optional<ProbeSample> again;
        prober.probe(icmpTarget(QStringLiteral("127.0.1.1"), 2000), [&again](const ProbeSample &s) { again = s; });
        QTRY_VERIFY(again.has_value());
        QVERIFY2(again->ok, qPrintable(again->error));
    }
};

int main(int argc, char **argv)
{
    // Before any thread exists: the whole process moves into a namespace of its own.
    if (geteuid() == 0 && ::unshare(CLONE_NEWNET) == 0)
        g_isolated = loopbackUp();
    QCoreApplication app(argc, argv);
    IcmpNetnsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_icmp_netns.moc"
