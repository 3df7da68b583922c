#include "agent/statusreport.h"

#include <QCborArray>
#include <QFile>
#include <QNetworkInterface>
#include <QStorageInfo>
#include <QSysInfo>

namespace tafel::agent {

namespace {
// Linux reports the negotiated link speed in Mbit/s; virtual, wireless or down links give -1 or EINVAL.
qint64 linkSpeedMbps(const QString &interfaceName)
{
    QFile f(QStringLiteral("/sys/class/net/%1/speed").arg(interfaceName));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 v = f.read(32).trimmed().toLongLong(&ok);
    return ok && v > 0 ? v : -1;
}

qint64 systemUptimeSecs()
{
    QFile f(QStringLiteral("/proc/uptime"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double v = f.read(64).split(' ').value(0).toDouble(&ok);
    return ok ? qint64(v) : -1;
}
} // namespace

QCborMap collectStatus(const AgentConfig &config, const QDateTime &startedAt)
{
    QCborMap m;
    m.insert(QStringLiteral("name"), config.name);
    m.insert(QStringLiteral("room"), config.room);
    m.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    m.insert(QStringLiteral("version"), QStringLiteral(TAFEL_VERSION));
    m.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    m.insert(QStringLiteral("uptimeSecs"), startedAt.secsTo(QDateTime::currentDateTimeUtc()));
    m.insert(QStringLiteral("systemUptimeSecs"), systemUptimeSecs());
    m.insert(QStringLiteral("os"), QCborMap{{QStringLiteral("name"), QSysInfo::prettyProductName()},
                                            {QStringLiteral("kernel"), QSysInfo::kernelType()},
                                            {QStringLiteral("kernelVersion"), QSysInfo::kernelVersion()},
                                            {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()}});
    const QStorageInfo storage(config.dataDir);
    m.insert(QStringLiteral("disk"), QCborMap{{QStringLiteral("path"), config.dataDir},
                                              {QStringLiteral("freeBytes"), storage.bytesAvailable()},
                                              {QStringLiteral("totalBytes"), storage.bytesTotal()}});
    QCborArray interfaces;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &ni : all) {
        QCborMap i;
        i.insert(QStringLiteral("name"), ni.name());
        i.insert(QStringLiteral("mac"), ni.hardwareAddress());
        i.insert(QStringLiteral("up"), bool(ni.flags() & QNetworkInterface::IsUp));
        i.insert(QStringLiteral("running"), bool(ni.flags() & QNetworkInterface::IsRunning));
        i.insert(QStringLiteral("loopback"), bool(ni.flags() & QNetworkInterface::IsLoopBack));
        if (const qint64 speed = linkSpeedMbps(ni.name()); speed > 0)
            i.insert(QStringLiteral("speedMbps"), speed);
        QCborArray addresses;
        const auto entries = ni.addressEntries();
        for (const QNetworkAddressEntry &e : entries)
            addresses.append(QString(e.ip().toString() + QLatin1Char('/') + QString::number(e.prefixLength())));
        i.insert(QStringLiteral("addresses"), addresses);
        interfaces.append(i);
    }
    m.insert(QStringLiteral("interfaces"), interfaces);
    return m;
}

} // namespace tafel::agent
