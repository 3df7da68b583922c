// Runs the real tafelctl binary against a temporary database and checks stdout, stderr and exit codes.
#include "store/database.h"
#include "store/repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonValue parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << "not JSON:" << text << error.errorString();
        return {};
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestTafelctl final : public QObject {
    Q_OBJECT

private:
    Outcome run(const QStringList &args, bool withDb = true, const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TAFEL_DB"));
        env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        const QStringList full = withDb ? QStringList{QStringLiteral("--db"), m_db} + args : args;
        p.start(QStringLiteral(TAFELCTL_PATH), full);
        Outcome o;
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
            qWarning() << "tafelctl did not finish normally:" << full << p.errorString();
            return o;
        }
        o.exitCode = p.exitCode();
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

    QString addRoom(const QString &name)
    {
        const Outcome o = run({QStringLiteral("--json"), QStringLiteral("rooms"), QStringLiteral("add"), name});
        if (o.exitCode != 0)
            return {};
        return parseJson(o.out).toObject().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("tafel.db"));
    }

    void version()
    {
        const Outcome o = run({QStringLiteral("--version")}, false);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.trimmed(), QStringLiteral("tafelctl " TAFEL_VERSION));
        QVERIFY(o.err.isEmpty());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("Usage: tafelctl"), QStringLiteral("rooms"), QStringLiteral("devices"),
                                            QStringLiteral("db"), QStringLiteral("--json"), QStringLiteral("--db")};
        QTest::newRow("top-short") << QStringList{QStringLiteral("-h")} << QStringList{QStringLiteral("Commands:")};
        QTest::newRow("rooms") << QStringList{QStringLiteral("rooms"), QStringLiteral("--help")}
                               << QStringList{QStringLiteral("Usage: tafelctl rooms"), QStringLiteral("list"), QStringLiteral("add")};
        QTest::newRow("help-before-group") << QStringList{QStringLiteral("--help"), QStringLiteral("devices")}
                                           << QStringList{QStringLiteral("Usage: tafelctl devices"), QStringLiteral("list"), QStringLiteral("add")};
        QTest::newRow("rooms-add") << QStringList{QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("--help")}
                                   << QStringList{QStringLiteral("Usage: tafelctl rooms add"), QStringLiteral("NAME"), QStringLiteral("--building"),
                                                  QStringLiteral("--capacity")};
        QTest::newRow("devices-add") << QStringList{QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--help")}
                                     << QStringList{QStringLiteral("Usage: tafelctl devices add"), QStringLiteral("--room"), QStringLiteral("--kind"),
                                                    QStringLiteral("access-point"), QStringLiteral("--host"), QStringLiteral("pjlink")};
        QTest::newRow("devices-list") << QStringList{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("-h")}
                                      << QStringList{QStringLiteral("--room")};
        QTest::newRow("db") << QStringList{QStringLiteral("db"), QStringLiteral("--help")} << QStringList{QStringLiteral("check")};
        QTest::newRow("db-check") << QStringList{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("Usage: tafelctl db check")};
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const Outcome o = run(args, false);
        QCOMPARE(o.exitCode, 0);
        for (const QString &e : expected)
            QVERIFY2(o.out.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + o.out));
        QVERIFY(o.err.isEmpty());
        QVERIFY(!QFile::exists(m_db)); // help never opens the database
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        const auto a = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *x : list)
                out.append(QString::fromUtf8(x));
            return out;
        };
        QTest::newRow("nothing") << QStringList{} << s("No command given") << s("tafelctl --help");
        QTest::newRow("unknown-command") << a({"bogus"}) << s("Unknown command 'bogus'") << s("tafelctl --help");
        QTest::newRow("unknown-global-option") << a({"--bogus", "rooms", "list"}) << s("bogus") << s("tafelctl --help");
        QTest::newRow("group-without-verb") << a({"rooms"}) << s("needs a subcommand") << s("tafelctl rooms --help");
        QTest::newRow("unknown-verb") << a({"rooms", "explode"}) << s("Unknown subcommand 'explode'") << s("tafelctl rooms --help");
        QTest::newRow("extra-argument") << a({"rooms", "list", "extra"}) << s("Unexpected argument 'extra'") << s("tafelctl rooms list --help");
        QTest::newRow("unknown-option") << a({"rooms", "list", "--nope"}) << s("nope") << s("tafelctl rooms list --help");
        QTest::newRow("missing-name") << a({"rooms", "add"}) << s("missing an argument") << s("tafelctl rooms add --help");
        QTest::newRow("two-names") << a({"rooms", "add", "A", "B"}) << s("Unexpected argument 'B'") << s("tafelctl rooms add --help");
        QTest::newRow("empty-name") << a({"rooms", "add", "  "}) << s("must not be empty") << s("tafelctl rooms add --help");
        QTest::newRow("bad-capacity") << a({"rooms", "add", "A", "--capacity", "lots"}) << s("--capacity") << s("tafelctl rooms add --help");
        QTest::newRow("negative-capacity") << a({"rooms", "add", "A", "--capacity=-3"}) << s("--capacity") << s("tafelctl rooms add --help");
        QTest::newRow("option-without-value") << a({"rooms", "add", "A", "--building"}) << s("building") << s("tafelctl rooms add --help");
        QTest::newRow("missing-host") << a({"devices", "add", "--room", "A", "--kind", "pc", "--name", "PC"}) << s("Missing option --host")
                                      << s("tafelctl devices add --help");
        QTest::newRow("missing-room") << a({"devices", "add", "--kind", "pc", "--name", "PC", "--host", "h"}) << s("Missing option --room")
                                      << s("tafelctl devices add --help");
        QTest::newRow("bad-kind") << a({"devices", "add", "--room", "A", "--kind", "toaster", "--name", "T", "--host", "10.0.0.1"})
                                  << s("Unknown device kind 'toaster'") << s("tafelctl devices add --help");
        QTest::newRow("bad-host") << a({"devices", "add", "--room", "A", "--kind", "pc", "--name", "PC", "--host", "not a host"})
                                  << s("not a valid host") << s("tafelctl devices add --help");
        QTest::newRow("bad-port") << a({"devices", "add", "--room", "A", "--kind", "pc", "--name", "PC", "--host", "10.0.0.1:70000"})
                                  << s("port") << s("tafelctl devices add --help");
        QTest::newRow("bad-protocol") << a({"devices", "add", "--room", "A", "--kind", "pc", "--name", "PC", "--host", "h", "--protocol", "telnet"})
                                      << s("Unknown protocol 'telnet'") << s("tafelctl devices add --help");
        QTest::newRow("bad-mac") << a({"devices", "add", "--room", "A", "--kind", "pc", "--name", "PC", "--host", "h", "--mac", "12:34"})
                                 << s("not a MAC address") << s("tafelctl devices add --help");
        QTest::newRow("devices-list-extra") << a({"devices", "list", "R1"}) << s("Unexpected argument 'R1'") << s("tafelctl devices list --help");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const Outcome o = run(args);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Run '") + hint), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        QVERIFY(!QFile::exists(m_db)); // wrong usage never creates or changes the database
    }

    void roomsAddAndList()
    {
        Outcome o = run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Physik 1"), QStringLiteral("--building"), QStringLiteral("Nordbau"),
                         QStringLiteral("--floor"), QStringLiteral("2"), QStringLiteral("--capacity"), QStringLiteral("28")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("Added room 'Physik 1'")), qPrintable(o.out));
        QVERIFY(o.err.isEmpty());
        o = run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Aula")});
        QCOMPARE(o.exitCode, 0);

        o = run({QStringLiteral("rooms"), QStringLiteral("list")});
        QCOMPARE(o.exitCode, 0);
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("NAME")));
        QVERIFY(lines[0].contains(QStringLiteral("CAPACITY")));
        QVERIFY(lines[1].startsWith(QStringLiteral("Aula ")));
        QVERIFY(lines[2].startsWith(QStringLiteral("Physik 1 ")));
        QVERIFY(lines[2].contains(QStringLiteral("Nordbau")));
        QVERIFY(lines[2].contains(QStringLiteral("28")));
        // Columns line up.
        QCOMPARE(lines[1].indexOf(QStringLiteral("-")), lines[0].indexOf(QStringLiteral("BUILDING")));

        o = run({QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray rooms = parseJson(o.out).toArray();
        QCOMPARE(rooms.size(), 2);
        const QJsonObject physik = rooms.at(1).toObject();
        QCOMPARE(physik.value(QStringLiteral("name")).toString(), QStringLiteral("Physik 1"));
        QCOMPARE(physik.value(QStringLiteral("building")).toString(), QStringLiteral("Nordbau"));
        QCOMPARE(physik.value(QStringLiteral("floor")).toString(), QStringLiteral("2"));
        QCOMPARE(physik.value(QStringLiteral("capacity")).toInt(), 28);
        QVERIFY(isValidId(physik.value(QStringLiteral("id")).toString()));
        QCOMPARE(physik.keys(), (QStringList{QStringLiteral("building"), QStringLiteral("capacity"), QStringLiteral("floor"), QStringLiteral("id"),
                                             QStringLiteral("name")}));
    }

    void emptyListIsEmptyJsonArray()
    {
        const Outcome o = run({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(parseJson(o.out).isArray());
        QCOMPARE(parseJson(o.out).toArray().size(), 0);
    }

    void duplicateRoomFails()
    {
        QVERIFY(!addRoom(QStringLiteral("R101")).isEmpty());
        const Outcome o = run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("r101")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("A room named 'R101' already exists")), qPrintable(o.err));
        QVERIFY(!o.err.contains(QStringLiteral("--help"))); // not a usage error
        QVERIFY(o.out.isEmpty());
    }

    void devicesAddAndList()
    {
        const QString r1 = addRoom(QStringLiteral("R1"));
        const QString r2 = addRoom(QStringLiteral("R2"));
        QVERIFY(!r1.isEmpty() && !r2.isEmpty());
        Outcome o = run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("r1"), QStringLiteral("--kind"),
                         QStringLiteral("projector"), QStringLiteral("--name"), QStringLiteral("Beamer"), QStringLiteral("--host"),
                         QStringLiteral("10.0.0.5:4352"), QStringLiteral("--protocol"), QStringLiteral("pjlink"), QStringLiteral("--mac"),
                         QStringLiteral("aa-bb-cc-dd-ee-ff")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("Added projector 'Beamer' to room 'R1'")), qPrintable(o.out));
        o = run({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), r2, QStringLiteral("--kind"),
                 QStringLiteral("display"), QStringLiteral("--name"), QStringLiteral("Tafel R2"), QStringLiteral("--host"), QStringLiteral("[fd00::2]")});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject added = parseJson(o.out).toObject();
        QCOMPARE(added.value(QStringLiteral("room_id")).toString(), r2);
        QCOMPARE(added.value(QStringLiteral("room")).toString(), QStringLiteral("R2"));
        QCOMPARE(added.value(QStringLiteral("host")).toString(), QStringLiteral("fd00::2"));
        QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("display"));

        o = run({QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(o.exitCode, 0);
        QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("ROOM")));
        QVERIFY(lines[1].contains(QStringLiteral("Beamer")));
        QVERIFY(lines[1].contains(QStringLiteral("AA:BB:CC:DD:EE:FF")));
        QVERIFY(lines[1].contains(QStringLiteral("4352")));
        QVERIFY(lines[2].contains(QStringLiteral("Tafel R2")));

        // --room by name or by id, --db after the verb.
        for (const QString &room : {QStringLiteral("R1"), r1}) {
            o = run({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--room"), room, QStringLiteral("--json"), QStringLiteral("--db"), m_db},
                    false);
            QCOMPARE(o.exitCode, 0);
            const QJsonArray devices = parseJson(o.out).toArray();
            QCOMPARE(devices.size(), 1);
            const QJsonObject d = devices.first().toObject();
            QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Beamer"));
            QCOMPARE(d.value(QStringLiteral("port")).toInt(), 4352);
            QCOMPARE(d.value(QStringLiteral("protocol")).toString(), QStringLiteral("pjlink"));
            QCOMPARE(d.value(QStringLiteral("mac")).toString(), QStringLiteral("AA:BB:CC:DD:EE:FF"));
            QCOMPARE(d.value(QStringLiteral("room")).toString(), QStringLiteral("R1"));
            QCOMPARE(d.value(QStringLiteral("has_agent")).toBool(), false);
        }
    }

    void deviceOperationFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto a = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *x : list)
                out.append(QString::fromUtf8(x));
            return out;
        };
        QTest::newRow("unknown-room") << a({"devices", "add", "--room", "Keller", "--kind", "pc", "--name", "PC", "--host", "10.0.0.9"})
                                      << QStringLiteral("There is no room 'Keller'");
        QTest::newRow("duplicate-mac") << a({"devices", "add", "--room", "R1", "--kind", "pc", "--name", "PC2", "--host", "10.0.0.9", "--mac",
                                             "00:11:22:33:44:55"})
                                       << QStringLiteral("already belongs to device 'PC1'");
        QTest::newRow("list-unknown-room") << a({"devices", "list", "--room", "Keller"}) << QStringLiteral("There is no room 'Keller'");
    }

    void deviceOperationFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QVERIFY(!addRoom(QStringLiteral("R1")).isEmpty());
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("R1"), QStringLiteral("--kind"),
                      QStringLiteral("pc"), QStringLiteral("--name"), QStringLiteral("PC1"), QStringLiteral("--host"), QStringLiteral("pc1.schule.lan"),
                      QStringLiteral("--mac"), QStringLiteral("00:11:22:33:44:55")})
                     .exitCode,
                 0);
        const Outcome o = run(args);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void changesAreAudited()
    {
        const QString room = addRoom(QStringLiteral("R1"));
        QVERIFY(!room.isEmpty());
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("R1"), QStringLiteral("--kind"),
                      QStringLiteral("agent"), QStringLiteral("--name"), QStringLiteral("Agent R1"), QStringLiteral("--host"), QStringLiteral("10.0.0.7")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("r1")}).exitCode, 1); // failed: no entry

        auto db = store::Database::open(m_db);
        QVERIFY(db.ok());
        auto entries = store::AuditLog(**db).list();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        const store::AuditEntry &device = entries->at(0);
        QCOMPARE(device.action, QStringLiteral("device.add"));
        QCOMPARE(device.actor, QStringLiteral("tester"));
        QVERIFY(device.before.isEmpty());
        QCOMPARE(device.after.value(QStringLiteral("name")).toString(), QStringLiteral("Agent R1"));
        QCOMPARE(device.after.value(QStringLiteral("has_agent")).toBool(), true);
        QCOMPARE(device.target, device.after.value(QStringLiteral("id")).toString());
        const store::AuditEntry &roomEntry = entries->at(1);
        QCOMPARE(roomEntry.action, QStringLiteral("room.add"));
        QCOMPARE(roomEntry.target, room);
        QCOMPARE(roomEntry.after.value(QStringLiteral("name")).toString(), QStringLiteral("R1"));
    }

    void actorFallsBackToTafelctl()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("USER"), QString());
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R1")}, true, env).exitCode, 0);
        auto db = store::Database::open(m_db);
        QVERIFY(db.ok());
        QCOMPARE(store::AuditLog(**db).list()->first().actor, QStringLiteral("tafelctl"));
    }

    void databaseFromEnvironment()
    {
        const QString envDb = m_dir->filePath(QStringLiteral("from-env.db"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("TAFEL_DB"), envDb);
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R1")}, false, env).exitCode, 0);
        QVERIFY(QFile::exists(envDb));
        QVERIFY(!QFile::exists(m_db));
        // --db wins over the environment.
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("list")}, true, env).out.count(u'\n'), 1); // header only
    }

    void defaultDatabaseLocation()
    {
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R1")}, false).exitCode, 0);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("home/.local/share/Tafel/tafel/tafel.db"))));
    }

    void dbCheckHealthy()
    {
        QVERIFY(!addRoom(QStringLiteral("R1")).isEmpty());
        Outcome o = run({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("Integrity:      ok")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("Schema version: %1").arg(store::Database::latestSchemaVersion())));
        o = run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject check = parseJson(o.out).toObject();
        QCOMPARE(check.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("schema_version")).toInt(), store::Database::latestSchemaVersion());
        QCOMPARE(check.value(QStringLiteral("latest_schema_version")).toInt(), store::Database::latestSchemaVersion());
        QCOMPARE(check.value(QStringLiteral("problems")).toArray().size(), 0);
        QCOMPARE(check.value(QStringLiteral("path")).toString(), QFileInfo(m_db).absoluteFilePath());
    }

    void dbCheckOlderSchemaIsReportedNotUpgraded()
    {
        {
            store::OpenOptions v1;
            v1.targetVersion = 1;
            QVERIFY(store::Database::open(m_db, v1).ok());
        }
        const Outcome o = run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject check = parseJson(o.out).toObject();
        QCOMPARE(check.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("needs_upgrade")).toBool(), true);
    }

    void dbCheckMissingFile()
    {
        const Outcome o = run({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("does not exist")), qPrintable(o.err));
        QVERIFY(!QFile::exists(m_db));
    }

    void corruptDatabase_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("rooms-list") << QStringList{QStringLiteral("rooms"), QStringLiteral("list")};
        QTest::newRow("rooms-add") << QStringList{QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R1")};
        QTest::newRow("db-check") << QStringList{QStringLiteral("db"), QStringLiteral("check")};
    }

    void corruptDatabase()
    {
        QFETCH(QStringList, args);
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("garbage, not SQLite\n").repeated(300);
        f.write(garbage);
        f.close();

        const Outcome o = run(args);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("is damaged")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("moved aside to")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        QVERIFY(!QFile::exists(m_db));
        const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("tafel.db.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(o.err.contains(aside.first()));
        QFile moved(m_dir->filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);
        // Afterwards tafelctl works again on a fresh database.
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("list")}).exitCode, 0);
    }

    void damagedPagesFailDbCheck()
    {
        QVERIFY(!addRoom(QStringLiteral("R1")).isEmpty());
        // Fill pages through the store (faster than hundreds of processes).
        {
            auto db = store::Database::open(m_db);
            QVERIFY(db.ok());
            store::RoomRepository rooms(**db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(rooms.add(Room{{}, QStringLiteral("Bulk room %1 with a long name").arg(i), QStringLiteral("Main"), {}, i}).ok());
        }
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        QVERIFY(f.seek(4096));
        f.write(QByteArray(3 * 4096, '\x5a'));
        f.close();
        const Outcome o = run({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("damaged")), qPrintable(o.err));
    }

    void newerSchemaIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("rooms-list") << QStringList{QStringLiteral("rooms"), QStringLiteral("list")};
        QTest::newRow("db-check") << QStringList{QStringLiteral("db"), QStringLiteral("check")};
    }

    void newerSchemaIsRefused()
    {
        QFETCH(QStringList, args);
        const int future = store::Database::latestSchemaVersion() + 7;
        {
            auto db = store::Database::open(m_db);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        }
        const Outcome o = run(args);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("schema version %1").arg(future)), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("schema version %1").arg(store::Database::latestSchemaVersion())), qPrintable(o.err));
        QVERIFY(QFile::exists(m_db));
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("tafel.db.corrupt-*")}).isEmpty());
    }

    void lockedDatabase()
    {
        QVERIFY(!addRoom(QStringLiteral("R1")).isEmpty());
        {
            // Another program holds an exclusive lock for longer than tafelctl's busy timeout.
            auto holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(m_db);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE lock_holder (x)")));

            const Outcome o = run({QStringLiteral("rooms"), QStringLiteral("list")});
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.err.contains(QStringLiteral("is locked by another program")), qPrintable(o.err));
            QVERIFY(o.out.isEmpty());
            QVERIFY(QFile::exists(m_db));
            QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("tafel.db.corrupt-*")}).isEmpty());
            q.finish();
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("list")}).exitCode, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestTafelctl)
#include "tst_tafelctl.moc"
