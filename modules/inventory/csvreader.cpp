#include "inventory/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace tafel::inventory {

namespace {


bool isNewline(char c)
{
    return c == '\n' || c == '\r';
}

// The delimiter of the first record: the most frequent of ',' ';' TAB outside quotes (',' on a tie or none).
QChar detectDelimiter(const QByteArray &data, qsizetype start)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = start; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (isNewline(c))
                break;
            if (c == ',')
                ++comma;
            else if (c == ';')
                ++semicolon;
            else if (c == '\t')
                ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

// Strict UTF-8 decoding; false when the bytes are not valid UTF-8.
bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

QString encodingMessage(int line, const QByteArray &raw)
{
    // Not UTF-8 but no NUL bytes: almost always Windows-1252/Latin-1 (Excel's "CSV" on a German Windows).
    QString preview = QString::fromLatin1(raw.left(60)).simplified();
    return CsvReader::tr("Line %1 is not valid UTF-8; it looks like Latin-1/Windows-1252 (“%2”). Save the file as “CSV UTF-8” "
              "and import it again.")
        .arg(line)
        .arg(preview);
}

} // namespace

CsvTable CsvReader::read(const QByteArray &input)
{
    CsvTable table;
    auto fatal = [&](CsvProblem::Kind kind, const QString &message) {
        table.fatal = true;
        table.records.clear();
        table.problems = {CsvProblem{kind, 0, message}};
        return table;
    };
    if (input.size() > kMaxFileBytes)
        return fatal(CsvProblem::Kind::TooLarge,
                     CsvReader::tr("The file is larger than %1 MiB; an inventory file is much smaller. Is it the right file?").arg(kMaxFileBytes / (1024 * 1024)));
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF"))
        return fatal(CsvProblem::Kind::Encoding,
                     CsvReader::tr("The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again."));
    qsizetype start = 0;
    if (input.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        start = 3;
    }
    const qsizetype nul = input.indexOf('\0', start);
    if (nul >= 0) {
        // UTF-16 without a BOM has a NUL in every other byte of ASCII text.
        const bool utf16 = input.size() - start >= 4 && (input.at(start) == '\0' || input.at(start + 1) == '\0');
        return fatal(CsvProblem::Kind::Encoding,
                     utf16 ? CsvReader::tr("The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.")
                           : CsvReader::tr("The file contains NUL bytes: it is not a text file. Save it as “CSV UTF-8” and import it again."));
    }
    table.delimiter = detectDelimiter(input, start);
    const char delim = char(table.delimiter.unicode());

    int line = 1;
    qsizetype i = start;
    const qsizetype n = input.size();
    while (i < n) {
        const int recordLine = line;
        QList<QByteArray> raw;
        QByteArray field;
        bool broken = false;
        QString brokenMessage;
        CsvProblem::Kind brokenKind = CsvProblem::Kind::Quote;
        bool endOfRecord = false;
        bool fieldQuoted = false;
        auto breakRecord = [&](CsvProblem::Kind kind, const QString &message) {
            if (!broken) {
                broken = true;
                brokenKind = kind;
                brokenMessage = message;
            }
        };
        auto finishField = [&] {
            if (raw.size() >= kMaxFields)
                breakRecord(CsvProblem::Kind::TooLarge, CsvReader::tr("Line %1 has more than %2 fields.").arg(recordLine).arg(kMaxFields));
            else
                raw.append(field);
            field.clear();
            fieldQuoted = false;
        };
        auto consumeNewline = [&] {
            if (input.at(i) == '\r' && i + 1 < n && input.at(i + 1) == '\n')
                ++i;
            ++i;
            ++line;
        };
        while (i < n && !endOfRecord) {
            const char c = input.at(i);
            if (c == '"' && field.isEmpty() && !fieldQuoted) {
                // Quoted field: up to the closing quote; "" is a quote, line breaks are data.
                fieldQuoted = true;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char q = input.at(i);
                    if (q == '"') {
                        if (i + 1 < n && input.at(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && !(i + 1 < n && input.at(i + 1) == '\n')))
                        ++line;
                    field.append(q);
                    ++i;
                    if (field.size() > kMaxFieldBytes) {
                        breakRecord(CsvProblem::Kind::TooLarge, CsvReader::tr("Line %1 has a field longer than %2 KiB.").arg(recordLine).arg(kMaxFieldBytes / 1024));
                        field.clear();
                    }
                }
                if (!closed) {
                    breakRecord(CsvProblem::Kind::Quote,
                                CsvReader::tr("Line %1 opens a quoted field (\") that is never closed.").arg(recordLine));
                    break;
                }
                // After the closing quote: a delimiter, a line end or the end of the file.
                if (i < n && input.at(i) != delim && !isNewline(input.at(i))) {
                    breakRecord(CsvProblem::Kind::Quote,
                                CsvReader::tr("Line %1 has text after a closing quote (\"); write a quote inside a quoted field as \"\".")
                                    .arg(recordLine));
                    while (i < n && input.at(i) != delim && !isNewline(input.at(i)))
                        ++i;
                }
                continue;
            }
            if (c == delim) {
                finishField();
                ++i;
                continue;
            }
            if (isNewline(c)) {
                consumeNewline();
                endOfRecord = true;
                break;
            }
            field.append(c);
            ++i;
            if (field.size() > kMaxFieldBytes) {
                breakRecord(CsvProblem::Kind::TooLarge, CsvReader::tr("Line %1 has a field longer than %2 KiB.").arg(recordLine).arg(kMaxFieldBytes / 1024));
                field.clear();
            }
        }
        finishField();

        if (broken) {
            table.problems.append(CsvProblem{brokenKind, recordLine, brokenMessage});
            continue;
        }
        // A blank line: one empty unquoted field.
        if (raw.size() == 1 && raw.constFirst().isEmpty() && !fieldQuoted)
            continue;
        CsvRecord record;
        record.line = recordLine;
        bool valid = true;
        for (const QByteArray &bytes : std::as_const(raw)) {
            QString text;
            if (!decodeUtf8(bytes, &text)) {
                QByteArray all;
                for (const QByteArray &b : std::as_const(raw))
                    all += b + ' ';
                table.problems.append(CsvProblem{CsvProblem::Kind::Encoding, recordLine, encodingMessage(recordLine, all)});
                valid = false;
                break;
            }
            record.fields.append(text);
        }
        if (valid)
            table.records.append(record);
    }
    if (table.records.isEmpty() && table.problems.isEmpty())
        return fatal(CsvProblem::Kind::Empty, CsvReader::tr("The file is empty: the first line must name the columns."));
    return table;
}

QByteArray csvLine(const QStringList &fields, QChar delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(char(delimiter.unicode()));
        const QString &f = fields.at(i);
        const bool quote = f.contains(delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
                           f.contains(QLatin1Char('\r')) || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out.append('"').append(escaped.toUtf8()).append('"');
        } else {
            out.append(f.toUtf8());
        }
    }
    out.append("\r\n");
    return out;
}

} // namespace tafel::inventory
