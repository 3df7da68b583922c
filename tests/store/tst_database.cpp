// Database::open in good and bad states: fresh file, WAL/foreign keys, transactions, and every failure the
// issue names (locked by another connection or process, read-only folder, corrupt file, newer schema).
#include "store/database.h"
#include "store/migrations.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace tafel;
using namespace tafel::store;

namespace {

// Opens a plain QSQLITE connection beside the Database under test (another "program" using the file).
class RawConnection final {
    Q_DISABLE_COPY_MOVE(RawConnection)
public:
    explicit RawConnection(const QString &path, const QString &name = QStringLiteral("raw"))
        : m_name(name)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_ok = false;
};

// Helper modes: the test binary re-runs itself as a second process.
// --hold-lock PATH: take an exclusive lock on PATH, print "locked", hold it until stdin closes.
int holdLock(const QString &path)
{
    RawConnection raw(path, QStringLiteral("holder"));
    if (!raw.ok() || !raw.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) || !raw.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        || !raw.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS lock_holder (x)")))
        return 3;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    char buf[16];
    while (std::fgets(buf, sizeof buf, stdin)) {
    }
    return 0;
}

// --open-as-nobody PATH: drop root privileges, try Database::open(PATH), print "<code>\n<message>".
int openAsNobody(const QString &path)
{
    if (setgid(65534) != 0 || setuid(65534) != 0)
        return 77;
    auto db = Database::open(path);
    std::printf("%d\n%s\n", db.ok() ? -1 : int(db.error().code), qPrintable(db.errorString()));
    return 0;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QStringList corruptSiblings(const QString &path)
{
    const QFileInfo fi(path);
    return fi.dir().entryList({fi.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("tafel.db"));
    }

    void migrationListIsContiguous()
    {
        const auto &steps = migrations();
        QVERIFY(steps.size() >= 2);
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, i + 1);
            QVERIFY(!steps[i].statements.isEmpty());
        }
        QCOMPARE(Database::latestSchemaVersion(), steps.constLast().version);
    }

    void createsFreshDatabaseWithWalAndForeignKeys()
    {
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*db)->path(), QFileInfo(m_path).absoluteFilePath());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
        auto check = (*db)->integrityCheck();
        QVERIFY(check.ok());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
    }

    void createsMissingFolder()
    {
        const QString nested = m_dir->filePath(QStringLiteral("a/b/tafel.db"));
        auto db = Database::open(nested);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(nested));
    }

    void missingFileWithoutCreate()
    {
        OpenOptions opts;
        opts.createIfMissing = false;
        auto db = Database::open(m_path, opts);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(m_path));
    }

    void badArguments()
    {
        QCOMPARE(Database::open(QString()).error().code, ErrorCode::InvalidInput);
        OpenOptions opts;
        opts.targetVersion = Database::latestSchemaVersion() + 1;
        QCOMPARE(Database::open(m_path, opts).error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(m_path));
        QCOMPARE(Database::open(m_dir->path()).error().code, ErrorCode::Io); // a folder, not a file
    }

    void reopenKeepsData()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            auto added = RoomRepository(**db).add(Room{{}, QStringLiteral("R101"), {}, {}, 30});
            QVERIFY2(added.ok(), qPrintable(added.errorString()));
        }
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        auto rooms = RoomRepository(**db).list();
        QVERIFY(rooms.ok());
        QCOMPARE(rooms->size(), 1);
        QCOMPARE(rooms->first().capacity, 30);
    }

    void connectionNamesAreUniqueAndRemoved()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto a = Database::open(m_path);
            auto b = Database::open(m_path);
            QVERIFY(a.ok() && b.ok());
            QVERIFY((*a)->connection().connectionName() != (*b)->connection().connectionName());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        // A failed open leaves no connection behind either.
        writeFile(m_path + QStringLiteral("x"), QByteArray(4096, 'x'));
        QVERIFY(!Database::open(m_path + QStringLiteral("x")).ok());
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void transactionCommitsAndRollsBack()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        RoomRepository rooms(d);
        QVERIFY(d.transaction([&]() -> Status { return rooms.add(Room{{}, QStringLiteral("A"), {}, {}, 0}).ok() ? Status() : Status(Error{}); }).ok());
        const Status failed = d.transaction([&]() -> Status {
            if (!rooms.add(Room{{}, QStringLiteral("B"), {}, {}, 0}).ok())
                return Error{};
            return Error::make(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Cancelled);
        QCOMPARE(rooms.list()->size(), 1);
        QVERIFY(rooms.findByName(QStringLiteral("B")).error().code == ErrorCode::NotFound);
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Database &d = **db;
        RoomRepository rooms(d);
        const Status outer = d.transaction([&]() -> Status {
            if (!rooms.add(Room{{}, QStringLiteral("Outer"), {}, {}, 0}).ok())
                return Error::make(ErrorCode::Failed, QStringLiteral("outer add failed"));
            const Status inner = d.transaction([&]() -> Status {
                (void)rooms.add(Room{{}, QStringLiteral("Inner"), {}, {}, 0});
                return Error::make(ErrorCode::Cancelled, QStringLiteral("inner fails"));
            });
            if (inner.ok() || inner.error().code != ErrorCode::Cancelled)
                return Error::make(ErrorCode::Failed, QStringLiteral("inner error was not passed on"));
            return {};
        });
        QVERIFY2(outer.ok(), qPrintable(outer.errorString()));
        QVERIFY(rooms.findByName(QStringLiteral("Outer")).ok());
        QCOMPARE(rooms.findByName(QStringLiteral("Inner")).error().code, ErrorCode::NotFound);
    }

    void newerSchemaIsRefused()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        const int future = Database::latestSchemaVersion() + 5;
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        }
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Incompatible);
        QVERIFY2(db.errorString().contains(QString::number(future)), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QString::number(Database::latestSchemaVersion())), qPrintable(db.errorString()));
        // Refused, not touched: still there, still at the newer version, nothing moved aside.
        QVERIFY(QFile::exists(m_path));
        QVERIFY(corruptSiblings(m_path).isEmpty());
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
    }

    void garbageFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QRandomGenerator rng(42);
        QByteArray random(16384, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random-bytes") << random;
        QTest::newRow("text-file") << QByteArray("This is not a database, it is a shopping list.\n").repeated(50);
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\xff'));
        QTest::newRow("sqlite-header-then-garbage") << header;
    }

    void garbageFileIsMovedAside()
    {
        QFETCH(QByteArray, content);
        writeFile(m_path, content);
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        const QStringList aside = corruptSiblings(m_path);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(db.errorString().contains(aside.first()), qPrintable(db.errorString()));
        QVERIFY(!QFile::exists(m_path));
        QFile moved(m_dir->filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), content); // kept byte for byte

        // The next start gets a new, empty, working database.
        auto fresh = Database::open(m_path);
        QVERIFY2(fresh.ok(), qPrintable(fresh.errorString()));
        QVERIFY(RoomRepository(**fresh).list()->isEmpty());
    }

    void damagedPagesAreDetected()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            RoomRepository rooms(**db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(rooms.add(Room{{}, QStringLiteral("Room %1 with a long name to fill pages").arg(i), QStringLiteral("Main"), {}, i}).ok());
        } // last connection closed: the WAL is checkpointed into the main file
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY2(size >= 8 * 4096, qPrintable(QString::number(size)));
        // Page 1 (header and schema) stays intact; pages 2..4 (the rooms table's b-tree) get overwritten.
        QVERIFY(f.seek(4096));
        QCOMPARE(f.write(QByteArray(3 * 4096, '\x5a')), 3 * 4096);
        f.close();

        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QVERIFY2(db.errorString().contains(QStringLiteral("damaged")), qPrintable(db.errorString()));
        const QStringList aside = corruptSiblings(m_path);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(m_dir->filePath(aside.first())).size(), size);
        QVERIFY(!QFile::exists(m_path));
    }

    void lockedByAnotherConnection()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        OpenOptions opts;
        opts.busyTimeoutMs = 100;
        {
            RawConnection holder(m_path, QStringLiteral("holder"));
            QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("CREATE TABLE lock_holder (x)")));

            auto db = Database::open(m_path, opts);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::Locked);
            QVERIFY2(db.errorString().contains(QStringLiteral("locked")), qPrintable(db.errorString()));
            QVERIFY(corruptSiblings(m_path).isEmpty());
            QVERIFY(QFile::exists(m_path));
        } // the other program ends: its lock is gone
        auto again = Database::open(m_path, opts);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
    }

    void lockedByAnotherProcess()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), m_path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        OpenOptions opts;
        opts.busyTimeoutMs = 200;
        auto db = Database::open(m_path, opts);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Locked);
        QVERIFY(QFile::exists(m_path));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        auto again = Database::open(m_path, opts);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
    }

    void writerHoldingTheLockMakesTransactionsFailCleanly()
    {
        auto db = Database::open(m_path, OpenOptions{true, 100, -1, true});
        QVERIFY(db.ok());
        RawConnection writer(m_path, QStringLiteral("writer"));
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO rooms (id, name, name_key) VALUES ('x', 'X', 'x')")));

        RoomRepository rooms(**db);
        QVERIFY(rooms.list().ok()); // WAL: readers are not blocked by a writer
        auto added = rooms.add(Room{{}, QStringLiteral("R1"), {}, {}, 0});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::Locked);

        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(rooms.add(Room{{}, QStringLiteral("R1"), {}, {}, 0}).ok());
    }

    void migrationWaitsForLockAndFailsCleanly()
    {
        {
            OpenOptions v1;
            v1.targetVersion = 1;
            auto db = Database::open(m_path, v1);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 1);
        }
        RawConnection writer(m_path, QStringLiteral("writer"));
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO rooms (id, name, name_key) VALUES ('x', 'X', 'x')")));
        OpenOptions opts;
        opts.busyTimeoutMs = 100;
        auto db = Database::open(m_path, opts);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Locked);
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
        auto again = Database::open(m_path, opts);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    void readOnlyFolder_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new-database") << false;
        QTest::newRow("existing-database") << true;
    }

    void readOnlyFolder()
    {
        QFETCH(bool, existing);
        const QString ro = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        const QString path = ro + QStringLiteral("/tafel.db");
        if (existing) {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther));
        if (existing)
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

        int code = -1;
        QString message;
        if (geteuid() != 0) {
            auto db = Database::open(path);
            QVERIFY(!db.ok());
            code = int(db.error().code);
            message = db.errorString();
        } else {
            // root ignores file modes, so chmod alone proves nothing: run the open in a child process that drops
            // to the unprivileged user "nobody" (the folders above must be reachable for it).
            QVERIFY(QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFileDevice::ExeOther | QFileDevice::ReadOther));
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-as-nobody"), path});
            QVERIFY(child.waitForFinished(20000));
            if (child.exitCode() == 77)
                QSKIP("running as root without the right to switch to user nobody; chmod cannot make a folder read-only for root");
            QCOMPARE(child.exitCode(), 0);
            const QStringList lines = QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n');
            QVERIFY(lines.size() >= 2);
            code = lines[0].toInt();
            message = lines[1];
        }
        QCOMPARE(code, int(ErrorCode::Io));
        QVERIFY2(message.contains(path) && (message.contains(QStringLiteral("writ"))), qPrintable(message));
        QVERIFY(existing == QFile::exists(path));
        QVERIFY(QFile::setPermissions(ro, QFile::permissions(ro) | QFileDevice::WriteOwner));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--open-as-nobody") == 0) {
        QCoreApplication app(argc, argv);
        return openAsNobody(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
