// The Debian packages (issue 9), as built by the fixture installer_build_packages into <build>/packages:
// lintian (no errors; warnings are listed), appstreamcli / desktop-file-validate / systemd-analyze, then a
// scratch root: dpkg --root --force-script-chrootless installs the three packages with a provision.json in
// place (applied by tafel-common's postinst), files and modes are checked, the agent is started exactly as the
// unit's ExecStart= says (as user tafel with CAP_NET_RAW only, /etc/tafel and /var/lib/tafel-agent bind-mounted
// from the scratch root in a private mount namespace) and answers `tafelctl agent status` with a provisioned
// teacher key; finally everything is purged. Root only: skips with the reason otherwise.
#include "crypto/keys.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace tafel;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray dump(const QString &what) const
    {
        return (what + QStringLiteral(": exit %1\n--- stdout\n").arg(exitCode)).toUtf8() + out + "\n--- stderr\n" + err;
    }
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool has(const char *tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// "tafel" -> uid/gid from <root>/etc/passwd.
std::pair<int, int> userIds(const QString &root, const QString &user)
{
    for (const QByteArray &line : readFile(root + s("/etc/passwd")).split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() >= 4 && f[0] == user.toUtf8())
            return { f[2].toInt(), f[3].toInt() };
    }
    return { -1, -1 };
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

class PackagingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lintian();
    void metadataValidates();
    void installProvisionStartPurge();
    void cleanupTestCase();

private:
    QString deb(const QString &package) const { return m_debs.value(package); }
    QStringList repackNewer();
    QMap<QString, QString> m_debs; // package -> .deb path
    QStringList m_createdMountpoints;
    QTemporaryDir m_dir;
};

void PackagingTest::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: dpkg --root, chown to the tafel user and mount namespaces (run ctest as root to include it)");
    for (const char *tool : { "dpkg", "dpkg-deb", "fakeroot" })
        if (!has(tool))
            QSKIP(qPrintable(s("%1 is not installed (installer/dev.sh test installs dpkg-dev and fakeroot)").arg(QString::fromLatin1(tool))));
    QVERIFY(m_dir.isValid());
    const QDir packages(QStringLiteral(TAFEL_BINARY_DIR "/packages"));
    for (const QString &pkg : { s("tafel-common"), s("tafel"), s("tafel-agent") }) {
        const QStringList found = packages.entryList({ pkg + s("_*.deb") }, QDir::Files, QDir::Time);
        QVERIFY2(!found.isEmpty(),
            qPrintable(s("no %1_*.deb in %2: run installer/linux/build-packages.sh %3 (the fixture installer_build_packages)")
                           .arg(pkg, packages.path(), s(TAFEL_BINARY_DIR))));
        m_debs.insert(pkg, packages.filePath(found.first()));
    }
}

void PackagingTest::lintian()
{
    if (!has("lintian"))
        QSKIP("lintian is not installed (installer/dev.sh test installs it)");
    const Run r = run(s("lintian"), QStringList { s("--allow-root"), s("--no-tag-display-limit"), s("--info") } + m_debs.values(),
        QProcessEnvironment::systemEnvironment(), 240000);
    QStringList errors, warnings;
    for (const QByteArray &line : QByteArray(r.out + r.err).split('\n')) {
        if (line.startsWith("E: "))
            errors << QString::fromUtf8(line);
        else if (line.startsWith("W: "))
            warnings << QString::fromUtf8(line);
    }
    for (const QString &w : std::as_const(warnings))
        qInfo().noquote() << "lintian" << w;
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(r.exitCode >= 0, r.dump(s("lintian")).constData());
}

void PackagingTest::metadataValidates()
{
    const QString x = m_dir.filePath(s("extract"));
    for (const QString &d : m_debs)
        QVERIFY(run(s("dpkg-deb"), { s("-x"), d, x }).exitCode == 0);
    const QString metainfo = x + s("/usr/share/metainfo/org.tafel.Tafel.metainfo.xml");
    const QString desktop = x + s("/usr/share/applications/org.tafel.Tafel.desktop");
    QVERIFY(QFile::exists(metainfo));
    QVERIFY(QFile::exists(desktop));
    for (int size : { 48, 128, 256 }) {
        const QImage icon(x + s("/usr/share/icons/hicolor/%1x%1/apps/org.tafel.Tafel.png").arg(size));
        QCOMPARE(icon.size(), QSize(size, size));
    }
    QVERIFY(QFile::exists(x + s("/usr/share/icons/hicolor/scalable/apps/org.tafel.Tafel.svg")));

    if (has("appstreamcli")) {
        const Run r = run(s("appstreamcli"), { s("validate"), s("--no-net"), s("--pedantic"), metainfo });
        qInfo().noquote() << "appstreamcli:" << r.out.trimmed();
        QVERIFY2(r.exitCode == 0, r.dump(s("appstreamcli validate")).constData());
    } else {
        qWarning("appstreamcli is not installed (package appstream): metainfo not validated");
    }
    if (has("desktop-file-validate")) {
        const Run r = run(s("desktop-file-validate"), { desktop });
        QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), r.dump(s("desktop-file-validate")).constData());
    } else {
        qWarning("desktop-file-validate is not installed (package desktop-file-utils): desktop entry not validated");
    }
    if (has("systemd-analyze")) {
        // Offline: check the unit's syntax against the extracted tree (the user "tafel" does not exist here).
        const Run r = run(s("systemd-analyze"), { s("verify"), s("--man=no"), s("--root=") + x, s("/lib/systemd/system/tafel-agent.service") });
        const QByteArray all = QByteArray(r.out + r.err);
        qInfo().noquote() << "systemd-analyze verify:" << all.trimmed();
        QVERIFY2(!all.contains("Unknown key") && !all.contains("Unknown section") && !all.contains("Failed to parse"),
            r.dump(s("systemd-analyze verify")).constData());
    } else {
        qWarning("systemd-analyze is not available: unit not verified");
    }
}

void PackagingTest::installProvisionStartPurge()
{
    for (const char *tool : { "unshare", "setpriv", "mount" })
        if (!has(tool))
            QSKIP(qPrintable(s("%1 is missing (util-linux): cannot start the agent as the unit would").arg(QString::fromLatin1(tool))));

    // ---- a scratch root with an empty dpkg database and a base passwd/group
    const QString root = m_dir.filePath(s("root"));
    for (const char *d : { "var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers", "etc/tafel", "usr/sbin" })
        QVERIFY(QDir().mkpath(root + QLatin1Char('/') + QLatin1String(d)));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    QVERIFY(writeFile(root + s("/var/lib/dpkg/status"), {}));
    QVERIFY(writeFile(root + s("/etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n"));
    QVERIFY(writeFile(root + s("/etc/group"), "root:x:0:\n"));
    QVERIFY(writeFile(root + s("/etc/shadow"), "root:*:19000:0:99999:7:::\n"));
    QVERIFY(writeFile(root + s("/etc/gshadow"), "root:*::\n"));

    // ---- the provisioning file, in place before installation
    auto teacher = crypto::KeyPair::generate();
    QVERIFY(teacher);
    const QString keyFile = m_dir.filePath(s("teacher.pem"));
    QVERIFY(teacher->save(keyFile));
    const quint16 port = freePort();
    QVERIFY(port);
    const QJsonObject provision {
        { s("schema"), 1 },
        { s("school_id"), s("test-school") },
        { s("room"), s("Raum 204") },
        { s("role"), s("display-pc") },
        { s("agent"), QJsonObject { { s("name"), s("pkg-test-agent") }, { s("listen"), s("127.0.0.1:%1").arg(port) } } },
        { s("trusted_keys"),
            QJsonArray { QJsonObject {
                { s("role"), s("teacher") }, { s("key"), QString::fromLatin1(teacher->publicKey().toBase64()) }, { s("comment"), s("test") } } } },
    };
    QVERIFY(writeFile(root + s("/etc/tafel/provision.json"), QJsonDocument(provision).toJson()));

    // ---- install non-interactively; maintainer scripts run on the host with DPKG_ROOT set
    const QStringList dpkg { s("--root=") + root, s("--force-script-chrootless"), s("--force-depends"), s("--log=/dev/null") };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("DEBIAN_FRONTEND"), s("noninteractive"));
    env.insert(s("PATH"), s("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    // tafel-common first: --force-depends (the scratch root has no Qt) also drops dpkg's configure ordering,
    // which apt and dpkg keep on a real system (tafel and tafel-agent depend on tafel-common).
    Run r = run(s("dpkg"), dpkg + QStringList { s("-i"), deb(s("tafel-common")) }, env);
    QVERIFY2(r.exitCode == 0, r.dump(s("dpkg -i tafel-common")).constData());
    QVERIFY2(!r.err.contains("NOT applied"), r.dump(s("dpkg -i tafel-common")).constData());
    r = run(s("dpkg"), dpkg + QStringList { s("-i"), deb(s("tafel")), deb(s("tafel-agent")) }, env);
    QVERIFY2(r.exitCode == 0, r.dump(s("dpkg -i tafel tafel-agent")).constData());

    // ---- files, owners and modes
    const auto [uid, gid] = userIds(root, s("tafel"));
    QVERIFY2(uid > 0 && gid > 0, readFile(root + s("/etc/passwd")).constData());
    const auto mode = [&](const char *path) {
        struct stat st { };
        return ::stat(QFile::encodeName(root + QLatin1String(path)).constData(), &st) == 0
            ? std::tuple<int, int, int>(int(st.st_mode & 07777), int(st.st_uid), int(st.st_gid))
            : std::tuple<int, int, int>(-1, -1, -1);
    };
    QCOMPARE(mode("/usr/bin/tafel-agent"), std::make_tuple(0755, 0, 0));
    QCOMPARE(mode("/usr/bin/tafelctl"), std::make_tuple(0755, 0, 0));
    QCOMPARE(mode("/usr/bin/tafel"), std::make_tuple(0755, 0, 0));
    QCOMPARE(mode("/lib/systemd/system/tafel-agent.service"), std::make_tuple(0644, 0, 0));
    QCOMPARE(mode("/usr/lib/sysusers.d/tafel.conf"), std::make_tuple(0644, 0, 0));
    QCOMPARE(mode("/usr/lib/tmpfiles.d/tafel.conf"), std::make_tuple(0644, 0, 0));
    QCOMPARE(mode("/etc/tafel"), std::make_tuple(0750, 0, gid));
    QCOMPARE(mode("/etc/tafel/agent.ini"), std::make_tuple(0640, 0, gid));
    QCOMPARE(mode("/etc/tafel/trusted-keys"), std::make_tuple(0644, 0, gid));
    QCOMPARE(mode("/var/lib/tafel-agent"), std::make_tuple(0750, uid, gid));
    QVERIFY(QFileInfo(root + s("/etc/systemd/system/multi-user.target.wants/tafel-agent.service")).isSymLink());
    QVERIFY(readFile(root + s("/etc/xdg/autostart/tafel-screen.desktop")).contains("Exec=tafel --screen"));
    const QByteArray ini = readFile(root + s("/etc/tafel/agent.ini"));
    QVERIFY2(ini.contains("Room=Raum 204") && ini.contains("KeysFile=/etc/tafel/trusted-keys") && ini.contains("[Power]"), ini.constData());
    if (has("desktop-file-validate")) {
        r = run(s("desktop-file-validate"), { root + s("/etc/xdg/autostart/tafel-screen.desktop") });
        QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), r.dump(s("desktop-file-validate autostart")).constData());
    }

    // ---- reconfigure is idempotent
    r = run(s("dpkg"), dpkg + QStringList { s("--configure"), s("--force-configure-any"), s("-a") }, env);
    QVERIFY2(r.exitCode == 0, r.dump(s("dpkg --configure")).constData());
    QCOMPARE(readFile(root + s("/etc/tafel/agent.ini")), ini);

    // ---- start the agent as the unit does
    const QByteArray unit = readFile(root + s("/lib/systemd/system/tafel-agent.service"));
    const auto m = QRegularExpression(s("^ExecStart=(.*)$"), QRegularExpression::MultilineOption).match(QString::fromUtf8(unit));
    QVERIFY(m.hasMatch());
    QStringList exec = QProcess::splitCommand(m.captured(1));
    QCOMPARE(exec.value(0), s("/usr/bin/tafel-agent"));
    QVERIFY(QRegularExpression(s("^User=tafel$"), QRegularExpression::MultilineOption).match(QString::fromUtf8(unit)).hasMatch());
    exec[0] = root + exec[0]; // the binary from the scratch root; every other path is the real one, bind-mounted
    for (const char *mp : { "/etc/tafel", "/var/lib/tafel-agent" }) {
        if (!QFileInfo::exists(QLatin1String(mp))) {
            QVERIFY(QDir().mkpath(QLatin1String(mp)));
            m_createdMountpoints << QLatin1String(mp);
        }
    }
    const QString script = s("mount --bind \"$1/etc/tafel\" /etc/tafel && mount --bind \"$1/var/lib/tafel-agent\" /var/lib/tafel-agent && shift && "
                             "exec setpriv --reuid=%1 --regid=%2 --clear-groups --inh-caps=-all,+net_raw --ambient-caps=+net_raw "
                             "--bounding-set=-all,+net_raw --no-new-privs -- \"$@\"")
                               .arg(uid)
                               .arg(gid);
    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    agent.start(s("unshare"),
        QStringList { s("--mount"), s("--propagation"), s("private"), s("--"), s("sh"), s("-c"), script, s("sh"), root } + exec
            + QStringList { s("--lang"), s("en") });
    QVERIFY2(agent.waitForStarted(10000), qPrintable(agent.errorString()));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += agent.readAll()).contains("started") || agent.state() == QProcess::NotRunning, 15000);
    QVERIFY2(log.contains("started") && log.contains("pkg-test-agent") && log.contains("Raum 204"), log.constData());

    // It serves with the provisioned trust: the teacher key enrolls and reads the status.
    QTemporaryDir home;
    QProcessEnvironment cli = QProcessEnvironment::systemEnvironment();
    cli.insert(s("HOME"), home.path());
    cli.insert(s("XDG_DATA_HOME"), home.filePath(s("share")));
    cli.insert(s("XDG_CONFIG_HOME"), home.filePath(s("config")));
    const QString tafelctl = root + s("/usr/bin/tafelctl");
    const QString host = s("127.0.0.1:%1").arg(port);
    const QString db = home.filePath(s("school.db"));
    r = run(tafelctl, { s("--db"), db, s("agent"), s("enroll"), host, s("--key"), keyFile }, cli, 30000);
    QVERIFY2(r.exitCode == 0, r.dump(s("tafelctl agent enroll")).constData());
    r = run(tafelctl, { s("--db"), db, s("--json"), s("agent"), s("status"), host, s("--key"), keyFile }, cli, 30000);
    QVERIFY2(r.exitCode == 0, QByteArray(r.dump(s("tafelctl agent status")) + "\n--- agent\n" + log + agent.readAll()).constData());
    QVERIFY2(r.out.contains("pkg-test-agent") || r.out.contains("Raum 204"), r.out.constData());
    // State lands in the provisioned data directory, owned by the service user.
    QVERIFY(QFile::exists(root + s("/var/lib/tafel-agent/agent-key.pem")));
    QCOMPARE(int(QFileInfo(root + s("/var/lib/tafel-agent/agent-key.pem")).ownerId()), uid);

    ::kill(pid_t(agent.processId()), SIGTERM);
    QVERIFY(agent.waitForFinished(15000));
    log += agent.readAll();
    QVERIFY2(agent.exitStatus() == QProcess::NormalExit && agent.exitCode() == 0, log.constData());

    // ---- upgrade to a rebuilt newer version: data, keys and configuration are kept
    const QByteArray agentKey = readFile(root + s("/var/lib/tafel-agent/agent-key.pem"));
    QVERIFY(!agentKey.isEmpty());
    const QByteArray iniBefore = readFile(root + s("/etc/tafel/agent.ini"));
    const QByteArray keysBefore = readFile(root + s("/etc/tafel/trusted-keys"));
    const QStringList newer = repackNewer();
    QCOMPARE(newer.size(), 3);
    for (const QString &pkg : newer) { // one by one, tafel-common first (see above)
        r = run(s("dpkg"), dpkg + QStringList { s("-i"), pkg }, env);
        QVERIFY2(r.exitCode == 0, r.dump(s("dpkg -i (upgrade) ") + pkg).constData());
    }
    r = run(s("dpkg-query"), { s("--admindir=") + root + s("/var/lib/dpkg"), s("-W"), s("-f=${Version}"), s("tafel-agent") }, env);
    QVERIFY2(r.out.contains("+upgradetest"), r.out.constData());
    QCOMPARE(readFile(root + s("/var/lib/tafel-agent/agent-key.pem")), agentKey);
    QVERIFY(QFile::exists(root + s("/var/lib/tafel-agent/agent.db")));
    QCOMPARE(readFile(root + s("/etc/tafel/agent.ini")), iniBefore);
    QCOMPARE(readFile(root + s("/etc/tafel/trusted-keys")), keysBefore);
    QCOMPARE(mode("/var/lib/tafel-agent"), std::make_tuple(0750, uid, gid));

    // ---- a downgrade of the agent is refused with a clear message, the newer version stays
    r = run(s("dpkg"), dpkg + QStringList { s("-i"), deb(s("tafel-agent")) }, env);
    QVERIFY2(r.exitCode != 0 && r.err.contains("refusing to downgrade"), r.dump(s("dpkg -i (downgrade)")).constData());
    r = run(s("dpkg-query"), { s("--admindir=") + root + s("/var/lib/dpkg"), s("-W"), s("-f=${Version} ${Status}"), s("tafel-agent") }, env);
    QVERIFY2(r.out.contains("+upgradetest") && r.out.contains("install ok installed"), r.out.constData());
    QCOMPARE(readFile(root + s("/var/lib/tafel-agent/agent-key.pem")), agentKey);

    // ---- purge everything
    r = run(s("dpkg"), dpkg + QStringList { s("--purge"), s("tafel"), s("tafel-agent"), s("tafel-common") }, env);
    QVERIFY2(r.exitCode == 0, r.dump(s("dpkg --purge")).constData());
    for (const char *gone : { "/usr/bin/tafel", "/usr/bin/tafel-agent", "/usr/bin/tafelctl", "/var/lib/tafel-agent", "/etc/tafel/agent.ini",
             "/etc/tafel/trusted-keys", "/etc/xdg/autostart/tafel-screen.desktop", "/lib/systemd/system/tafel-agent.service",
             "/etc/systemd/system/multi-user.target.wants/tafel-agent.service" })
        QVERIFY2(!QFileInfo::exists(root + QLatin1String(gone)), gone);
    // What remains is the administrator's provisioning file (and the system user, as Debian keeps users).
    QCOMPARE(QDir(root + s("/etc/tafel")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList { s("provision.json") });
    r = run(s("dpkg-query"), { s("--admindir=") + root + s("/var/lib/dpkg"), s("-W"), s("-f=${Package} ${Status}\n") }, env);
    QVERIFY2(!r.out.contains("installed"), r.out.constData());
}

// The same packages with the version raised to <version>+upgradetest (control file and the agent's preinst),
// rebuilt with dpkg-deb under fakeroot: an upgrade path without a second build of the tree.
QStringList PackagingTest::repackNewer()
{
    QStringList out;
    for (const QString &package : { s("tafel-common"), s("tafel"), s("tafel-agent") }) {
        const QString tree = m_dir.filePath(s("repack/") + package);
        if (!QDir().mkpath(tree))
            return {};
        if (const Run x = run(s("dpkg-deb"), { s("-R"), deb(package), tree }); x.exitCode != 0) {
            qWarning().noquote() << x.dump(s("dpkg-deb -R"));
            return {};
        }
        const auto version = QRegularExpression(s("^Version: (\\S+)-(\\S+)$"), QRegularExpression::MultilineOption)
                                 .match(QString::fromUtf8(readFile(tree + s("/DEBIAN/control"))));
        if (!version.hasMatch())
            return {};
        const QByteArray from = (version.captured(1) + QLatin1Char('-') + version.captured(2)).toUtf8();
        const QByteArray to = (version.captured(1) + s("+upgradetest-") + version.captured(2)).toUtf8();
        for (const char *name : { "control", "preinst" }) {
            const QString path = tree + s("/DEBIAN/") + QLatin1String(name);
            QByteArray text = readFile(path);
            if (text.isEmpty())
                continue;
            text.replace(from, to);
            const auto perms = QFileInfo(path).permissions();
            if (!writeFile(path, text) || !QFile::setPermissions(path, perms))
                return {};
        }
        const QString target = m_dir.filePath(s("repack/") + package + s("-newer.deb"));
        const Run b = run(s("fakeroot"), { s("dpkg-deb"), s("--root-owner-group"), s("-b"), tree, target });
        if (b.exitCode != 0) {
            qWarning().noquote() << b.dump(s("dpkg-deb -b"));
            return {};
        }
        out << target;
    }
    return out;
}

void PackagingTest::cleanupTestCase()
{
    for (const QString &mp : std::as_const(m_createdMountpoints))
        QDir().rmdir(mp);
}

QTEST_GUILESS_MAIN(PackagingTest)
#include "test_packaging.moc"
