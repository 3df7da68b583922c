// Accuracy on shaped links (issue 6): Tafel's iperf3 client vs `iperf3 -c` over a veth pair between two network
// namespaces this benchmark creates (tafelbench-c, tafelbench-s; 10.203.0.1 <-> 10.203.0.2), shaped with tc tbf
// to 50 and 200 Mbit/s in both directions; 10 s tests with 1 s omitted, 4 streams, upload and reverse.
// Goal: Tafel / iperf3 between 0.97 and 1.03. Needs root (netns, tc); otherwise it says so and exits 0.
// Run: tests/bench/run.sh BUILD shaped_accuracy
#include "monitoring/iperf3client.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

const char *const kClientNs = "tafelbench-c";
const char *const kServerNs = "tafelbench-s";
const QString kServerIp = QStringLiteral("10.203.0.2");

bool sh(const QString &command, QTextStream &out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << "failed: " << command << "\n  " << QString::fromLocal8Bit(p.readAll()).trimmed() << Qt::endl;
        return false;
    }
    return true;
}

void teardown(QTextStream &out)
{
    QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                                  QStringLiteral("ip netns del %1 2>/dev/null; ip netns del %2 2>/dev/null").arg(QLatin1String(kClientNs), QLatin1String(kServerNs))});
    Q_UNUSED(out);
}

bool setup(int mbit, QTextStream &out)
{
    teardown(out);
    const QString c = QLatin1String(kClientNs), s = QLatin1String(kServerNs);
    const QString tbf = QStringLiteral("tbf rate %1mbit burst %2 latency 50ms").arg(mbit).arg(std::max(32 * 1024, mbit * 1000 / 8 * 4));
    return sh(QStringLiteral("ip netns add %1 && ip netns add %2").arg(c, s), out)
        && sh(QStringLiteral("ip link add tbveth-c netns %1 type veth peer name tbveth-s netns %2").arg(c, s), out)
        && sh(QStringLiteral("ip -n %1 addr add 10.203.0.1/30 dev tbveth-c && ip -n %1 link set tbveth-c up && ip -n %1 link set lo up").arg(c), out)
        && sh(QStringLiteral("ip -n %1 addr add 10.203.0.2/30 dev tbveth-s && ip -n %1 link set tbveth-s up && ip -n %1 link set lo up").arg(s), out)
        && sh(QStringLiteral("ip netns exec %1 tc qdisc add dev tbveth-c root %2").arg(c, tbf), out)
        && sh(QStringLiteral("ip netns exec %1 tc qdisc add dev tbveth-s root %2").arg(s, tbf), out);
}

// iperf3 -c in the client namespace (this process is already in it); Mbit/s as the receiver counted it.
std::optional<double> referenceMbps(bool reverse, quint16 port)
{
    QProcess p;
    QStringList args{QStringLiteral("-c"), kServerIp, QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"), QStringLiteral("10"),
                     QStringLiteral("-O"), QStringLiteral("1"), QStringLiteral("-P"), QStringLiteral("4"), QStringLiteral("--json")};
    if (reverse)
        args.append(QStringLiteral("-R"));
    p.start(QStringLiteral("iperf3"), args);
    if (!p.waitForFinished(60000))
        return std::nullopt;
    const QJsonObject end = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("end")).toObject();
    const double bps = end.value(QLatin1String("sum_received")).toObject().value(QLatin1String("bits_per_second")).toDouble();
    return bps > 0 ? std::optional(bps / 1e6) : std::nullopt;
}

std::optional<double> tafelMbps(bool reverse, quint16 port)
{
    Iperf3Client client;
    Iperf3Options o;
    o.host = kServerIp;
    o.port = port;
    o.durationSec = 10;
    o.omitSec = 1;
    o.streams = 4;
    o.reverse = reverse;
    o.measureRtt = false;
    std::optional<double> mbps;
    QEventLoop loop;
    client.start(o, [&](const Result<BroadbandResult> &r) {
        if (r)
            mbps = reverse ? r->downloadMbps : r->uploadMbps;
        else
            QTextStream(stdout) << "tafel: " << r.errorString() << Qt::endl;
        loop.quit();
    });
    loop.exec();
    return mbps;
}

} // namespace

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty()) {
        out << "skipped: needs root (network namespaces, tc) and iperf3" << Qt::endl;
        return 0;
    }
    int rc = 0;
    for (const int mbit : {50, 200}) {
        if (!setup(mbit, out)) {
            out << "skipped: could not create namespaces/veth/tbf" << Qt::endl;
            teardown(out);
            return 0;
        }
        // The server in its namespace; this process (and its children) move into the client namespace.
        QProcess server;
        server.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), QLatin1String(kServerNs), QStringLiteral("iperf3"),
                                            QStringLiteral("-s"), QStringLiteral("-B"), kServerIp, QStringLiteral("-p"), QStringLiteral("5201"),
                                            QStringLiteral("--forceflush")});
        QByteArray banner;
        while (!banner.contains("Server listening") && server.waitForReadyRead(5000))
            banner += server.readAll();
        const int self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        const int target = open(QStringLiteral("/var/run/netns/%1").arg(QLatin1String(kClientNs)).toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (self < 0 || target < 0 || setns(target, CLONE_NEWNET) != 0) {
            out << "skipped: setns failed" << Qt::endl;
            teardown(out);
            return 0;
        }
        {
            QCoreApplication app(argc, argv);
            for (const bool reverse : {false, true}) {
                const auto ref = referenceMbps(reverse, 5201);
                const auto ours = tafelMbps(reverse, 5201);
                out << QStringLiteral("%1 Mbit/s tbf, %2: iperf3 -c %3, tafel %4, ratio %5")
                           .arg(mbit)
                           .arg(reverse ? QStringLiteral("download (-R)") : QStringLiteral("upload"))
                           .arg(ref ? QString::number(*ref, 'f', 2) : QStringLiteral("-"))
                           .arg(ours ? QString::number(*ours, 'f', 2) : QStringLiteral("-"))
                           .arg(ref && ours ? QString::number(*ours / *ref, 'f', 3) : QStringLiteral("-"))
                    << Qt::endl;
                if (!ref || !ours)
                    rc = 1;
            }
        }
        setns(self, CLONE_NEWNET);
        close(self);
        close(target);
        server.kill();
        server.waitForFinished(3000);
        teardown(out);
    }
    return rc;
}
