// The inventory CSV reader and parser: every error kind with its line number, BOM, ';', RFC 4180 quoting,
// UTF-16 / Latin-1 detection, and the export's own quoting.
#include "inventory/csvreader.h"
#include "inventory/inventorycsv.h"

#include <QTest>

using namespace tafel;
using namespace tafel::inventory;

namespace {
const QByteArray kHeader = "room,building,floor,capacity,kind,name,host,port,mac,protocol,has_agent\n";

QList<int> linesOf(const ParsedInventory &p, LineError::Kind kind)
{
    QList<int> lines;
    for (const LineError &e : p.errors) {
        if (e.kind == kind)
            lines.append(e.line);
    }
    return lines;
}

QString dump(const ParsedInventory &p)
{
    QStringList out;
    for (const LineError &e : p.errors)
        out << QStringLiteral("%1 %2 %3").arg(e.line).arg(LineError::kindKey(e.kind), e.message);
    return out.join(QLatin1Char('\n'));
}
} // namespace

Q_DECLARE_METATYPE(tafel::inventory::LineError::Kind)

class TestInventoryCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFile()
    {
        const QByteArray csv = kHeader +
                               "R101,Altbau,1,28,projector,Beamer,192.168.20.14,4352,00-11-22-aa-bb-cc,PJLink,no\n"
                               "R101,,,,display,Tafel vorne,192.168.20.15:1515,,,mdc,\n"
                               "R102,Neubau,2,30,,,,,,,\n";
        const ParsedInventory p = parseInventoryCsv(csv);
        QVERIFY2(p.errors.isEmpty(), qPrintable(dump(p)));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[0].line, 2);
        QCOMPARE(p.rows[0].device.kind, DeviceKind::Projector);
        QCOMPARE(p.rows[0].device.mac, QStringLiteral("00:11:22:AA:BB:CC")); // normalized
        QCOMPARE(p.rows[0].device.protocol, QStringLiteral("pjlink"));       // lower case
        QCOMPARE(p.rows[0].capacity.value_or(-1), 28);
        QCOMPARE(p.rows[1].device.host, QStringLiteral("192.168.20.15"));   // host:port split
        QCOMPARE(int(p.rows[1].device.port), 1515);
        QVERIFY(!p.rows[1].building.has_value());                            // empty = keep
        QVERIFY(!p.rows[2].hasDevice);                                       // a room without devices
        QCOMPARE(p.delimiter, QLatin1Char(','));
        QVERIFY(!p.hadBom);
    }

    void errorKinds_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<LineError::Kind>("kind");
        QTest::newRow("bad ip") << QByteArray("R1,,,,display,T,192.168.1.300,,,,") << LineError::Kind::BadHost;
        QTest::newRow("bad host name") << QByteArray("R1,,,,display,T,bad_host!,,,,") << LineError::Kind::BadHost;
        QTest::newRow("empty host") << QByteArray("R1,,,,display,T,,,,,") << LineError::Kind::MissingValue;
        QTest::newRow("bad port") << QByteArray("R1,,,,display,T,10.0.0.1,70000,,,") << LineError::Kind::BadPort;
        QTest::newRow("port in host") << QByteArray("R1,,,,display,T,10.0.0.1:0,,,,") << LineError::Kind::BadPort;
        QTest::newRow("two ports") << QByteArray("R1,,,,display,T,10.0.0.1:4352,1515,,,") << LineError::Kind::BadPort;
        QTest::newRow("unknown kind") << QByteArray("R1,,,,toaster,T,10.0.0.1,,,,") << LineError::Kind::UnknownKind;
        QTest::newRow("unknown protocol") << QByteArray("R1,,,,display,T,10.0.0.1,,,vnc,") << LineError::Kind::UnknownProtocol;
        QTest::newRow("bad mac") << QByteArray("R1,,,,display,T,10.0.0.1,,00:11:22,,") << LineError::Kind::BadMac;
        QTest::newRow("bad capacity") << QByteArray("R1,,,-3,,,,,,,") << LineError::Kind::BadCapacity;
        QTest::newRow("bad flag") << QByteArray("R1,,,,pc,T,10.0.0.1,,,,vielleicht") << LineError::Kind::BadFlag;
        QTest::newRow("no room") << QByteArray(",,,,pc,T,10.0.0.1,,,,") << LineError::Kind::MissingValue;
        QTest::newRow("too few columns") << QByteArray("R1,,,,pc,T,10.0.0.1") << LineError::Kind::ColumnCount;
        QTest::newRow("too many columns") << QByteArray("R1,,,,pc,T,10.0.0.1,,,,,extra") << LineError::Kind::ColumnCount;
        QTest::newRow("unclosed quote") << QByteArray("R1,,,,pc,\"T,10.0.0.1,,,,") << LineError::Kind::Quote;
        QTest::newRow("text after quote") << QByteArray("R1,,,,pc,\"T\"x,10.0.0.1,,,,") << LineError::Kind::Quote;
        QTest::newRow("latin-1") << QByteArray("R\xe4um 1,,,,pc,T,10.0.0.1,,,,") << LineError::Kind::Encoding;
    }

    // Each broken line sits on line 3 between two good lines, which still parse.
    void errorKinds()
    {
        QFETCH(QByteArray, line);
        QFETCH(LineError::Kind, kind);
        const QByteArray csv = kHeader + "R1,,,,pc,PC 1,10.0.0.2,,,,\n" + line + "\nR1,,,,pc,PC 9,10.0.0.9,,,,\n";
        const ParsedInventory p = parseInventoryCsv(csv);
        QVERIFY2(!p.errors.isEmpty(), "no error");
        QVERIFY2(linesOf(p, kind) == QList<int>{3}, qPrintable(dump(p)));
        for (const LineError &e : p.errors)
            QVERIFY2(e.message.contains(QStringLiteral("3")), qPrintable(e.message)); // the message names the line
        QVERIFY(!p.fatal);
        // The unclosed quote swallows the rest of the file; otherwise both good lines survive.
        QCOMPARE(p.rows.size(), kind == LineError::Kind::Quote && line.contains("\"T,") ? 1 : 2);
        QCOMPARE(p.rows.constFirst().line, 2);
    }

    void duplicateMacInFile()
    {
        const QByteArray csv = kHeader + "R1,,,,pc,A,10.0.0.1,,00:11:22:33:44:55,,\n"
                                         "R1,,,,pc,B,10.0.0.2,,,,\n"
                                         "R2,,,,pc,C,10.0.0.3,,00-11-22-33-44-55,,\n";
        const ParsedInventory p = parseInventoryCsv(csv);
        QCOMPARE(linesOf(p, LineError::Kind::DuplicateMac), QList<int>{4});
        QVERIFY2(p.errors.constFirst().message.contains(QStringLiteral("line 2")), qPrintable(dump(p)));
        QCOMPARE(p.rows.size(), 2);
    }

    void duplicateDeviceAndRoomConflict()
    {
        const QByteArray csv = kHeader + "R1,Altbau,,,pc,A,10.0.0.1,,,,\n"
                                         "r1,,,,pc,a,10.0.0.2,,,,\n"       // same room + name (case-insensitive)
                                         "R1,Neubau,,,pc,B,10.0.0.3,,,,\n"; // building differs from line 2
        const ParsedInventory p = parseInventoryCsv(csv);
        QCOMPARE(linesOf(p, LineError::Kind::DuplicateDevice), QList<int>{3});
        QCOMPARE(linesOf(p, LineError::Kind::RoomConflict), QList<int>{4});
    }

    void semicolonAndBom()
    {
        const QByteArray csv = "\xEF\xBB\xBFRaum;Kind;Name;Host\r\n"
                               "R\xC3\xA4um 1;display;Tafel, vorne;10.0.0.1\r\n"; // "Räum 1"; a ',' inside a ';' file is data
        // German header names are not accepted; the English ones are:
        ParsedInventory p = parseInventoryCsv(csv);
        QVERIFY(p.fatal);
        QCOMPARE(linesOf(p, LineError::Kind::Header), QList<int>{1});

        const QByteArray good = "\xEF\xBB\xBFroom;kind;name;host\r\nR\xC3\xA4um 1;display;Tafel, vorne;10.0.0.1\r\n";
        p = parseInventoryCsv(good);
        QVERIFY2(p.errors.isEmpty(), qPrintable(dump(p)));
        QVERIFY(p.hadBom);
        QCOMPARE(p.delimiter, QLatin1Char(';'));
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows[0].room, QStringLiteral("Räum 1"));
        QCOMPARE(p.rows[0].device.name, QStringLiteral("Tafel, vorne"));
    }

    void quoting()
    {
        const QByteArray csv = "room,kind,name,host\n"
                               "\"R 1\",display,\"Tafel \"\"vorne\"\", links\",10.0.0.1\n"
                               "\"Raum\nmit Umbruch\",pc,PC,10.0.0.2\n"
                               "R 3,pc,PC,10.0.0.3:\n"; // line 5 (the quoted line break made line 3 two lines)
        const ParsedInventory p = parseInventoryCsv(csv);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0].device.name, QStringLiteral("Tafel \"vorne\", links"));
        QCOMPARE(p.rows[1].room, QStringLiteral("Raum\nmit Umbruch"));
        QCOMPARE(p.rows[1].line, 3);
        QCOMPARE(linesOf(p, LineError::Kind::BadPort), QList<int>{5});
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("unknown column") << QByteArray("room,kind,name,host,colour\nR,pc,P,10.0.0.1,red\n");
        QTest::newRow("missing host") << QByteArray("room,kind,name\nR,pc,P\n");
        QTest::newRow("twice") << QByteArray("room,kind,name,host,Room\nR,pc,P,10.0.0.1,R\n");
        QTest::newRow("empty file") << QByteArray("");
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n");
    }

    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        const ParsedInventory p = parseInventoryCsv(csv);
        QVERIFY(p.fatal);
        QVERIFY(p.rows.isEmpty());
        QVERIFY(!p.errors.isEmpty());
    }

    void utf16IsNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        const QString text = QStringLiteral("room,kind,name,host\nR,pc,P,10.0.0.1\n");
        QByteArray le("\xFF\xFE");
        le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16 le with bom") << le;
        QTest::newRow("utf-16 le without bom") << le.mid(2);
    }

    void utf16IsNamed()
    {
        QFETCH(QByteArray, csv);
        const ParsedInventory p = parseInventoryCsv(csv);
        QVERIFY(p.fatal);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors[0].kind, LineError::Kind::Encoding);
        QVERIFY2(p.errors[0].message.contains(QStringLiteral("UTF-16")), qPrintable(p.errors[0].message));
    }

    void latin1IsNamed()
    {
        const ParsedInventory p = parseInventoryCsv("room,kind,name,host\nB\xfcro,pc,P,10.0.0.1\n");
        QCOMPARE(linesOf(p, LineError::Kind::Encoding), QList<int>{2});
        QVERIFY2(p.errors[0].message.contains(QStringLiteral("Latin-1")), qPrintable(p.errors[0].message));
        QVERIFY2(p.errors[0].message.contains(QStringLiteral("Büro")), qPrintable(p.errors[0].message)); // shown as meant
    }

    void exportQuotesAndReadsBack()
    {
        Room r{QStringLiteral("id-r"), QStringLiteral("Raum \"A\"; 1"), QStringLiteral("Alt,bau"), QStringLiteral("EG"), 12};
        Room empty{QStringLiteral("id-e"), QStringLiteral("Leer"), {}, {}, 0};
        Device d;
        d.roomId = r.id;
        d.kind = DeviceKind::Display;
        d.name = QStringLiteral("Tafel\nvorne");
        d.host = QStringLiteral("fd00::5");
        d.port = 1515;
        d.mac = QStringLiteral("00:11:22:33:44:55");
        d.protocol = QStringLiteral("mdc");
        for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            const QByteArray csv = exportInventoryCsv({r, empty}, {d}, delimiter);
            const ParsedInventory p = parseInventoryCsv(csv);
            QVERIFY2(p.errors.isEmpty(), qPrintable(dump(p) + QString::fromUtf8(csv)));
            QCOMPARE(p.delimiter, delimiter);
            QCOMPARE(p.rows.size(), 2);
            QCOMPARE(p.rows[0].room, r.name);
            QCOMPARE(p.rows[0].building.value_or(QString()), r.building);
            QCOMPARE(p.rows[0].device.name, d.name);
            QCOMPARE(p.rows[0].device.host, d.host);
            QCOMPARE(int(p.rows[0].device.port), 1515);
            QCOMPARE(p.rows[0].device.hasAgent, false);
            QVERIFY(!p.rows[1].hasDevice);
        }
    }

    void readerCaps()
    {
        QByteArray wide = "room";
        for (int i = 0; i < CsvReader::kMaxFields + 5; ++i)
            wide += ",x";
        const CsvTable t = CsvReader::read(wide + "\n");
        QCOMPARE(t.problems.size(), 1);
        QCOMPARE(t.problems[0].kind, CsvProblem::Kind::TooLarge);
        QCOMPARE(t.problems[0].line, 1);
        QVERIFY(CsvReader::read(QByteArray(CsvReader::kMaxFileBytes + 1, 'a')).fatal);
    }
};

QTEST_GUILESS_MAIN(TestInventoryCsv)
#include "tst_inventorycsv.moc"
