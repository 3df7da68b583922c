#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tafel::inventory {

// One record of a CSV file: its fields and the physical line it starts on (1-based; a quoted field with line
// breaks makes a record span several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// A problem the reader found, with the line it belongs to (0 = the whole file).
struct CsvProblem {
    enum class Kind {
        Encoding,      // not UTF-8 (UTF-16 or Latin-1/Windows-1252 detected and named), or a field with bad UTF-8
        Quote,         // unterminated quoted field, text after a closing quote
        TooLarge,      // file, record or field above the reader's caps
        Empty,         // no header line
    };
    Kind kind = Kind::Encoding;
    int line = 0;
    QString message; // translated
};

struct CsvTable {
    QChar delimiter = QLatin1Char(',');
    bool hadBom = false;
    QList<CsvRecord> records;      // header first; blank lines are skipped
    QList<CsvProblem> problems;    // a record with a problem is not in `records`
    bool fatal = false;            // the whole file is unreadable (UTF-16, too large, empty): `records` is empty
};

// RFC 4180 reader for the inventory import. Pure (no I/O, no Widgets), bounded, fuzzed (fuzz_inventorycsv):
//  - encoding: UTF-8, with or without BOM. A UTF-16 file (BOM or NUL bytes) is refused as a whole; a record
//    with invalid UTF-8 is reported on its line, naming Latin-1/Windows-1252 when the bytes look like it.
//  - delimiter: ',' ';' or TAB, detected from the header line (the most frequent one outside quotes).
//  - quoting: "..." with "" for a quote; delimiters and line breaks inside quotes are data.
//  - line ends: LF, CRLF or CR. Blank lines are skipped (their numbers still count).
// Caps: 8 MiB per file, 256 fields per record, 64 KiB per field.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(tafel::inventory::CsvReader)
public:
    static constexpr qsizetype kMaxFileBytes = 8 * 1024 * 1024;
    static constexpr int kMaxFields = 256;
    static constexpr qsizetype kMaxFieldBytes = 64 * 1024;

    static CsvTable read(const QByteArray &data);
};

// Writes one record (RFC 4180 quoting where needed: delimiter, quote, CR/LF, leading/trailing blanks) and "\r\n".
QByteArray csvLine(const QStringList &fields, QChar delimiter = QLatin1Char(','));

} // namespace tafel::inventory
