// The typed Settings wrapper: defaults in one place, type checks, Section/Key layout, checked save().
#include "core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

namespace {
const Setting<int> kInterval{"Monitoring/IntervalSecs", 30};
const Setting<qint64> kBytes{"Media/CacheBytes", qint64(1) << 33};
const Setting<bool> kEnabled{"Monitoring/Enabled", true};
const Setting<QString> kSchool{"School/Name", QStringLiteral("Grundschule")};
const Setting<QStringList> kLanguages{"Ui/Languages", QStringList{QStringLiteral("de")}};
} // namespace

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("tafel.ini"));
    }

    void defaultsWhenMissing()
    {
        Settings s(m_ini);
        QCOMPARE(s.value(kInterval), 30);
        QCOMPARE(s.value(kBytes), qint64(1) << 33);
        QCOMPARE(s.value(kEnabled), true);
        QCOMPARE(s.value(kSchool), QStringLiteral("Grundschule"));
        QCOMPARE(s.value(kLanguages), QStringList{QStringLiteral("de")});
        QVERIFY(!s.contains(kInterval));
        QVERIFY(s.status().ok());
    }

    void roundTripThroughTheFile()
    {
        {
            Settings s(m_ini);
            s.setValue(kInterval, 45);
            s.setValue(kBytes, qint64(5) << 32);
            s.setValue(kEnabled, false);
            s.setValue(kSchool, QStringLiteral("Gesamtschule Süd"));
            s.setValue(kLanguages, QStringList{QStringLiteral("tr"), QStringLiteral("de")});
            QVERIFY(s.contains(kInterval));
            const Status saved = s.save();
            QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
            QCOMPARE(s.fileName(), m_ini);
        }
        QFile f(m_ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY2(ini.contains("[Monitoring]") && ini.contains("IntervalSecs=45"), ini.constData()); // "Section/Key"

        Settings s(m_ini);
        QCOMPARE(s.value(kInterval), 45);
        QCOMPARE(s.value(kBytes), qint64(5) << 32);
        QCOMPARE(s.value(kEnabled), false);
        QCOMPARE(s.value(kSchool), QStringLiteral("Gesamtschule Süd"));
        QCOMPARE(s.value(kLanguages), (QStringList{QStringLiteral("tr"), QStringLiteral("de")}));

        s.reset(kInterval);
        QVERIFY(!s.contains(kInterval));
        QCOMPARE(s.value(kInterval), 30);
    }

    void handEditedValues_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("numbers") << QByteArray("IntervalSecs=10\nEnabled=0") << 10 << false;
        QTest::newRow("words") << QByteArray("IntervalSecs=ten\nEnabled=yes") << 30 << true;
        QTest::newRow("on-off") << QByteArray("IntervalSecs= 12 \nEnabled=off") << 12 << false;
        QTest::newRow("nonsense-bool") << QByteArray("IntervalSecs=\nEnabled=maybe") << 30 << true;
        QTest::newRow("upper-true") << QByteArray("IntervalSecs=1e3\nEnabled=TRUE") << 30 << true;
    }

    void handEditedValues()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, interval);
        QFETCH(bool, enabled);
        QFile f(m_ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Monitoring]\n" + line + "\n");
        f.close();
        Settings s(m_ini);
        QCOMPARE(s.value(kInterval), interval);
        QCOMPARE(s.value(kEnabled), enabled);
    }

    void saveToUnwritablePlaceIsAnError()
    {
        // A path below a regular file can never be created, for root neither (chmod would not stop root).
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings s(blocker.fileName() + QStringLiteral("/tafel.ini"));
        s.setValue(kInterval, 5);
        const Status saved = s.save();
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Io);
        QVERIFY2(saved.errorString().contains(QStringLiteral("tafel.ini")), qPrintable(saved.errorString()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
