#include "store/migrations.h"

namespace tafel::store {

// HOW TO CHANGE THE SCHEMA
// Append one Migration at the END of the list below with the next version number. Never edit or reorder a
// step that has shipped: databases in schools were created by it. A step is plain SQL (CREATE TABLE,
// ALTER TABLE ... ADD COLUMN, CREATE INDEX, UPDATE to backfill, or the SQLite 12-step table rebuild for
// anything ALTER TABLE cannot do). Database::open() runs every step newer than the file's user_version,
// each step in one transaction together with `PRAGMA user_version = <version>`.
// Then add a test in tests/store/ that opens a database at the previous version (OpenOptions::targetVersion),
// inserts data, reopens at the latest version and checks the data survived and the new tables work.
//
// Conventions: ids are UUID strings (TEXT), times are INTEGER milliseconds since the epoch (UTC),
// booleans are INTEGER 0/1, case-insensitive unique names use a separate *_key column filled with
// QString::toCaseFolded() (SQLite's NOCASE only folds ASCII).
namespace {
const QList<Migration> &inventoryMigrations()
{
    static const QList<Migration> steps = {
        {1,
         "rooms and devices",
         {
             QStringLiteral("CREATE TABLE rooms ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " name_key TEXT NOT NULL UNIQUE,"
                            " building TEXT NOT NULL DEFAULT '',"
                            " floor TEXT NOT NULL DEFAULT '',"
                            " capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0))"),
             QStringLiteral("CREATE TABLE devices ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " host TEXT NOT NULL,"
                            " port INTEGER NOT NULL DEFAULT 0 CHECK (port BETWEEN 0 AND 65535),"
                            " mac TEXT,"
                            " protocol TEXT NOT NULL DEFAULT '',"
                            " credential_ref TEXT NOT NULL DEFAULT '',"
                            " has_agent INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE UNIQUE INDEX devices_mac ON devices(mac) WHERE mac IS NOT NULL"),
             QStringLiteral("CREATE INDEX devices_room ON devices(room_id, name)"),
         }},
        {2,
         "users, roles and the audit log",
         {
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " name_key TEXT NOT NULL UNIQUE,"
                            " role TEXT NOT NULL CHECK (role IN ('teacher', 'admin')),"
                            " password_hash TEXT NOT NULL DEFAULT '',"
                            " created_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at_ms INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target TEXT NOT NULL DEFAULT '',"
                            " before_json TEXT NOT NULL DEFAULT '{}',"
                            " after_json TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_ms)"),
         }},
        {3,
         "device credentials (encrypted) and schedules",
         {
             // secret: crypto::SecretBox output (AES-256-GCM, bound to the credential id); never plain text.
             QStringLiteral("CREATE TABLE credentials ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " secret BLOB NOT NULL,"
                            " updated_ms INTEGER NOT NULL)"),
             // room_id NULL = the whole school; time_s = seconds after local midnight; days = bit set Mon..Sun.
             QStringLiteral("CREATE TABLE schedules ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " room_id TEXT REFERENCES rooms(id) ON DELETE CASCADE,"
                            " action TEXT NOT NULL CHECK (action IN ('on', 'off', 'input')),"
                            " argument TEXT NOT NULL DEFAULT '',"
                            " time_s INTEGER NOT NULL CHECK (time_s BETWEEN 0 AND 86399),"
                            " days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),"
                            " enabled INTEGER NOT NULL DEFAULT 1,"
                            " label TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX schedules_room ON schedules(room_id)"),
         }},
        {4,
         "client keys, agents last seen, configuration push versions",
         {
             // The school's client keys for the agents' LAN protocol (public half only). revoked_ms set = revoked:
             // no longer in the trusted keys the next configuration push sends.
             QStringLiteral("CREATE TABLE client_keys ("
                            " key_id TEXT PRIMARY KEY NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('teacher', 'admin')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " public_key TEXT NOT NULL UNIQUE,"
                            " created_ms INTEGER NOT NULL,"
                            " revoked_ms INTEGER)"),
             // agent = "host:port" as in agent-pins; last_seen_ms = last answered status/heartbeat.
             QStringLiteral("CREATE TABLE agent_state ("
                            " agent TEXT PRIMARY KEY NOT NULL,"
                            " last_seen_ms INTEGER,"
                            " version TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL DEFAULT '',"
                            " config_version INTEGER NOT NULL DEFAULT 0,"
                            " config_pushed_ms INTEGER)"),
             // One row per configuration push; AUTOINCREMENT never reuses a version, so versions only grow.
             QStringLiteral("CREATE TABLE config_pushes ("
                            " version INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at_ms INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " scope TEXT NOT NULL DEFAULT '')"),
         }},
        // Append the next step here: {5, "what it adds", {QStringLiteral("..."), ...}},
    };
    return steps;
}

// tafel-agent's own database (<DataDir>/agent.db). Same rules as above: append only.
const QList<Migration> &agentMigrations()
{
    static const QList<Migration> steps = {
        {1,
         "agent audit trail",
         {
             // One row per refusal of the LAN protocol and per command that changes something (admin commands,
             // on-screen actions, wake). Empty strings where a field is unknown (e.g. no key before the handshake).
             QStringLiteral("CREATE TABLE agent_audit ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at_ms INTEGER NOT NULL,"
                            " peer TEXT NOT NULL DEFAULT '',"
                            " key_id TEXT NOT NULL DEFAULT '',"
                            " role TEXT NOT NULL DEFAULT '',"
                            " command TEXT NOT NULL DEFAULT '',"
                            " outcome TEXT NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX agent_audit_at ON agent_audit(at_ms)"),
         }},
        {2,
         "report outbox (modules/reporting)",
         {
             // One row per health report, written before it is sent; deleted when every sink answered 2xx.
             // report_id is the idempotency key (UUID), the same on every resend; payload = HealthReport JSON.
             QStringLiteral("CREATE TABLE report_outbox ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " report_id TEXT NOT NULL UNIQUE,"
                            " created_ms INTEGER NOT NULL,"
                            " payload BLOB NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0)"),
             // The sinks a report still has to reach (one row per report and sink).
             QStringLiteral("CREATE TABLE report_outbox_sink ("
                            " sink TEXT NOT NULL,"
                            " outbox_id INTEGER NOT NULL REFERENCES report_outbox(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (sink, outbox_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX report_outbox_sink_row ON report_outbox_sink(outbox_id)"),
             // Counters that survive restarts: 'dropped' (reports dropped because the outbox was full), 'rejected'.
             QStringLiteral("CREATE TABLE report_outbox_stats ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value INTEGER NOT NULL DEFAULT 0)"),
         }},
    };
    return steps;
}
} // namespace

const QList<Migration> &migrations(Schema schema)
{
    return schema == Schema::Agent ? agentMigrations() : inventoryMigrations();
}

int applicationId(Schema schema)
{
    return schema == Schema::Agent ? 0x54414741 : 0; // "TAGA"
}

} // namespace tafel::store
