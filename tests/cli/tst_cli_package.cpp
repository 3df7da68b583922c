// tafelctl package create|show as a process: exit codes, human and --json output, refusals with clear messages.
#include "tafelctlrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using tafel::testing::runTafelctl;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}
} // namespace

class CliPackageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createAndShow();
    void showDetectsTampering();
    void refusals();

private:
    QString path(const QString &rel) const { return m_home.filePath(rel); }
    QTemporaryDir m_home;
    QString m_key;
};

void CliPackageTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    QDir().mkpath(path(QStringLiteral("home")));
    const auto keys = runTafelctl(m_home,
        { QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--out"),
            path(QStringLiteral("keys")) });
    QVERIFY2(keys.exitCode == 0, keys.dump());
    m_key = path(QStringLiteral("keys/tafel-teacher.pem"));
    writeFile(path(QStringLiteral("src/Blatt 1.pdf")), QByteArray("%PDF").repeated(5000));
    writeFile(path(QStringLiteral("src/video/clip.mp4")), QByteArray("0123456789abcdef").repeated(200000)); // 3.2 MB, 4 chunks
}

void CliPackageTest::createAndShow()
{
    const QString out = path(QStringLiteral("lesson.tafelpkg"));
    auto r = runTafelctl(m_home,
        { QStringLiteral("package"), QStringLiteral("create"), path(QStringLiteral("src")), QStringLiteral("--key"), m_key, QStringLiteral("--out"),
            out, QStringLiteral("--title"), QStringLiteral("Stunde 3"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.dump());
    const QJsonObject created = r.object();
    QCOMPARE(created.value(QStringLiteral("title")).toString(), QStringLiteral("Stunde 3"));
    QCOMPARE(created.value(QStringLiteral("file_count")).toInt(), 2);
    QCOMPARE(created.value(QStringLiteral("bytes")).toInteger(), 20000 + 3200000);
    QCOMPARE(created.value(QStringLiteral("chunks")).toInt(), 1 + 4);
    QCOMPARE(created.value(QStringLiteral("out_bytes")).toInteger(), QFileInfo(out).size());
    const QString id = created.value(QStringLiteral("package_id")).toString();
    QCOMPARE(id.size(), 36);

    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("show"), out, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.dump());
    const QJsonObject shown = r.object();
    QCOMPARE(shown.value(QStringLiteral("package_id")).toString(), id);
    QCOMPARE(shown.value(QStringLiteral("verified")).toBool(), true);
    const QJsonArray files = shown.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("video/clip.mp4"));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("chunks")).toInt(), 4);
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("0644"));

    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("show"), out });
    QVERIFY2(r.exitCode == 0, r.dump());
    QVERIFY2(r.out.contains(id) && r.out.contains(QLatin1String("Stunde 3")) && r.out.contains(QLatin1String("video/clip.mp4"))
            && r.out.contains(QLatin1String("Every chunk matches")),
        r.dump());
}

void CliPackageTest::showDetectsTampering()
{
    const QString out = path(QStringLiteral("tampered.tafelpkg"));
    auto r = runTafelctl(m_home,
        { QStringLiteral("package"), QStringLiteral("create"), path(QStringLiteral("src")), QStringLiteral("--key"), m_key, QStringLiteral("--out"),
            out });
    QVERIFY2(r.exitCode == 0, r.dump());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() - 10);
    f.write("X");
    f.close();
    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("show"), out, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.object().value(QStringLiteral("verified")).toBool(true), false);
    QVERIFY2(r.object().value(QStringLiteral("error")).toString().contains(QLatin1String("video/clip.mp4")), r.dump());
    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("show"), out, QStringLiteral("--no-verify") });
    QVERIFY2(r.exitCode == 0, r.dump());
}

void CliPackageTest::refusals()
{
    // Usage errors: exit 2.
    auto r = runTafelctl(m_home,
        { QStringLiteral("package"), QStringLiteral("create"), path(QStringLiteral("src")), QStringLiteral("--out"), path(QStringLiteral("x")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--key")), r.dump());
    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--key"), m_key });
    QCOMPARE(r.exitCode, 2);
    // A symlink in the folder: exit 1 naming it, no file written.
    writeFile(path(QStringLiteral("linked/a.txt")), "a");
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), path(QStringLiteral("linked/host"))));
    const QString out = path(QStringLiteral("linked.tafelpkg"));
    r = runTafelctl(m_home,
        { QStringLiteral("package"), QStringLiteral("create"), path(QStringLiteral("linked")), QStringLiteral("--key"), m_key,
            QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("linked/host")) && r.err.contains(QLatin1String("symbolic link")), r.dump());
    QVERIFY(!QFile::exists(out));
    // A key file that is not a key; a file that is not a package.
    writeFile(path(QStringLiteral("notakey.pem")), "hello");
    r = runTafelctl(m_home,
        { QStringLiteral("package"), QStringLiteral("create"), path(QStringLiteral("src")), QStringLiteral("--key"),
            path(QStringLiteral("notakey.pem")), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out));
    r = runTafelctl(m_home, { QStringLiteral("package"), QStringLiteral("show"), path(QStringLiteral("notakey.pem")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a Tafel package")), r.dump());
}

QTEST_GUILESS_MAIN(CliPackageTest)
#include "tst_cli_package.moc"
