#include "store/auditexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tafel::store {

namespace {
QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    // Tabs and CR also start formulas in some programs when first; quoting covers separators and line breaks.
    if (text.startsWith(QLatin1Char('\t')) || text.startsWith(QLatin1Char('\r')))
        text.prepend(QLatin1Char('\''));
    QByteArray out = text.toUtf8();
    if (out.contains(',') || out.contains('"') || out.contains('\n') || out.contains('\r') || out.contains(';')) {
        out.replace('"', "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QByteArray auditToCsv(const QList<AuditEntry> &entries)
{
    QByteArray out("\xEF\xBB\xBFid,at,actor,action,target,before,after\r\n");
    for (const AuditEntry &e : entries) {
        const QList<QByteArray> cells{QByteArray::number(e.id), csvCell(isoUtc(e.at)), csvCell(e.actor), csvCell(e.action),
                                      csvCell(e.target),        csvCell(compact(e.before)), csvCell(compact(e.after))};
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QJsonArray auditToJsonArray(const QList<AuditEntry> &entries)
{
    QJsonArray array;
    for (const AuditEntry &e : entries)
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("at"), isoUtc(e.at)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("target"), e.target},
                                 {QStringLiteral("before"), e.before},
                                 {QStringLiteral("after"), e.after}});
    return array;
}

QByteArray auditToJson(const QList<AuditEntry> &entries)
{
    return QJsonDocument(auditToJsonArray(entries)).toJson(QJsonDocument::Indented);
}

} // namespace tafel::store
