#pragma once

// Runs the real tafelctl as a child process WITHOUT blocking the test's event loop, so simulators living in
// the test process (PjLinkSimulator, MdcSimulator) keep answering while tafelctl talks to them.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace tafel::testing {

struct CliOutcome {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // For QVERIFY2 messages.
    QByteArray dump() const { return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err).toUtf8(); }
};

inline CliOutcome runTafelctl(const QTemporaryDir &home, const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 25000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TAFEL_DB"));
    env.insert(QStringLiteral("HOME"), home.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(TAFELCTL_PATH), args);
    CliOutcome o;
    if (!stdinData.isNull())
        p.write(stdinData); // buffered until the process runs
    p.closeWriteChannel();
    if (!(finished.count() || finished.wait(timeoutMs)) || p.exitStatus() != QProcess::NormalExit) {
        qWarning() << "tafelctl did not finish normally:" << args << p.errorString();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            finished.wait(2000);
        }
        return o;
    }
    o.elapsedMs = clock.elapsed();
    o.exitCode = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    if (qEnvironmentVariableIsSet("TAFELCTL_TEST_ECHO")) // to read the output while writing a test
        qDebug().noquote() << "tafelctl" << args.join(QLatin1Char(' ')) << '\n' << o.dump();
    return o;
}

} // namespace tafel::testing
