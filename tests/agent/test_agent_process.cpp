// Runs the real tafel-agent binary: starts with a config file, stops cleanly on SIGTERM, refuses bad
// configuration (including a malformed trusted-keys file) with a clear message, and never links Qt Widgets.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class AgentProcessTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void startsAndStopsOnSigterm();
    void refusesBadConfig_data();
    void refusesBadConfig();
    void doesNotLinkWidgets();

private:
    QString writeConfig(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(body);
        return path;
    }
    QTemporaryDir m_dir;
};

void AgentProcessTest::startsAndStopsOnSigterm()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString cfg = writeConfig(QStringLiteral("agent.ini"),
                                    "[Agent]\nName=test-agent\nRoom=Raum 204\nListen=127.0.0.1:0\nDataDir=" + data.toUtf8() + "\n");
    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(agent.waitForStarted(10000), qPrintable(agent.errorString()));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += agent.readAll()).contains("started") || agent.state() == QProcess::NotRunning, 10000);
    QVERIFY2(out.contains("started"), out.constData());
    QVERIFY2(out.contains("test-agent"), out.constData());
    QVERIFY2(out.contains("Raum 204"), out.constData());
    QVERIFY(QFileInfo(data).isDir());

    ::kill(pid_t(agent.processId()), SIGTERM);
    QVERIFY(agent.waitForFinished(10000));
    out += agent.readAll();
    QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent.exitCode(), 0);
    QVERIFY2(out.contains("stopped cleanly"), out.constData());
}

void AgentProcessTest::refusesBadConfig_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing-file") << QByteArray() << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/agent.ini")}
                                  << QStringLiteral("does not exist");
    QTest::newRow("bad-listen") << QByteArray("[Agent]\nListen=not a host:99999\n") << QStringList() << QStringLiteral("Agent/Listen");
    QTest::newRow("listen-hostname") << QByteArray("[Agent]\nListen=example.org:4450\n") << QStringList() << QStringLiteral("must be an IP address");
    QTest::newRow("bad-listen-option") << QByteArray("[Agent]\n") << QStringList{QStringLiteral("--listen"), QStringLiteral("1.2.3.4:port")}
                                       << QStringLiteral("--listen");
    QTest::newRow("unwritable-data-dir") << QByteArray("[Agent]\nDataDir=/proc/tafel\n") << QStringList() << QStringLiteral("/proc/tafel");
    QTest::newRow("link-timeout-too-small") << QByteArray("[Agent]\nDataDir=" + m_dir.filePath(QStringLiteral("d-timeout")).toUtf8() + "\n[Link]\nIdleTimeoutMs=5\n")
                                            << QStringList() << QStringLiteral("IdleTimeoutMs");
    // A typo in the trusted keys must stop the agent with the line number, not silently drop a key.
    const QString badTrust = writeConfig(QStringLiteral("bad-trusted-keys"), "# keys\nteacher not-base64!\n");
    QTest::newRow("malformed-trusted-keys") << QByteArray("[Agent]\nListen=127.0.0.1:0\nDataDir=" + m_dir.filePath(QStringLiteral("d-trust")).toUtf8()
                                                          + "\n[Trust]\nKeysFile=" + badTrust.toUtf8() + "\n")
                                            << QStringList() << QStringLiteral("line 2");
}

void AgentProcessTest::refusesBadConfig()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, expected);
    QStringList args{QStringLiteral("--lang"), QStringLiteral("en")};
    if (!body.isNull())
        args << QStringLiteral("--config") << writeConfig(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".ini"), body);
    args << extraArgs;
    QProcess agent;
    agent.start(QStringLiteral(AGENT_PATH), args);
    QVERIFY(agent.waitForFinished(10000));
    const QString err = QString::fromUtf8(agent.readAllStandardError());
    QCOMPARE(agent.exitCode(), 1);
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void AgentProcessTest::doesNotLinkWidgets()
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(AGENT_PATH)});
    if (!readelf.waitForStarted(5000))
        QSKIP("readelf (binutils) is not installed");
    QVERIFY(readelf.waitForFinished(10000));
    const QByteArray dyn = readelf.readAllStandardOutput();
    QVERIFY2(dyn.contains("libQt6Core"), dyn.constData());
    QVERIFY2(!dyn.contains("libQt6Widgets"), "tafel-agent must not link Qt Widgets");
    QVERIFY2(!dyn.contains("libQt6Gui"), "tafel-agent must not link Qt Gui");
}

QTEST_GUILESS_MAIN(AgentProcessTest)
#include "test_agent_process.moc"
