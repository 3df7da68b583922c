#pragma once

#include "store/repositories.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace tafel::store {

// The audit log as a file for the school's records (admin view "Export", `tafelctl audit --json`).
//
// CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs pick UTF-8, CRLF line ends): columns
// id,at,actor,action,target,before,after; `at` is ISO 8601 UTC ("2026-11-26T17:40:00.000Z"), before/after are
// compact JSON. A cell starting with = + - @ (a spreadsheet formula) gets a leading ' so opening the file never runs
// what a user name or an object name smuggled in.
QByteArray auditToCsv(const QList<AuditEntry> &entries);
// JSON: an array of {id, at, actor, action, target, before, after} (the same fields as the CSV, before/after as objects).
QJsonArray auditToJsonArray(const QList<AuditEntry> &entries);
QByteArray auditToJson(const QList<AuditEntry> &entries);

} // namespace tafel::store
