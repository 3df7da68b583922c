#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tafel::provision {

// The provisioning file, /etc/tafel/provision.json (schema 1). Made by `tafelctl provision bundle`, applied
// on install and upgrade by the packages' postinst (`tafelctl provision apply`):
//
//   {
//     "schema": 1,
//     "school_id": "de-by-09162-gs-nord",          // [A-Za-z0-9._-]{1,64}
//     "room": "Raum 204",                           // 1..100 characters, no control characters
//     "role": "teacher-pc",                         // teacher-pc | display-pc | student | server
//     "agent": { "name": "raum-204-pc", "listen": "0.0.0.0:4450" },   // optional, both keys optional
//     "trusted_keys": [ { "role": "teacher", "key": "<base64 Ed25519>", "comment": "Frau Demir" } ],
//     "reporting": { ... },                         // optional; opaque here, the reporting module reads it
//     "admin_password_hash": "$scrypt$ln=15,r=8,p=1$<salt>$<hash>"     // optional; never a plain password
//   }
//
// Unknown top-level keys are errors (a typo must not be ignored silently); every error names the JSON path.
enum class MachineRole { TeacherPc, DisplayPc, Student, Server };
QString machineRoleName(MachineRole role);

inline constexpr int kSchemaVersion = 1;
inline constexpr qsizetype kMaxFileSize = 1024 * 1024;
inline constexpr qsizetype kMaxTrustedKeys = 1000;

struct ProvisionKey {
    QString role; // "teacher" | "admin"
    QByteArray key; // base64 of the 32 raw bytes (as in trusted-keys)
    QString comment;
};

struct Provision {
    int schema = kSchemaVersion;
    QString schoolId;
    QString room;
    MachineRole role = MachineRole::TeacherPc;
    QString agentName; // empty: the agent uses the host name
    QString listen; // empty: the agent's default
    QList<ProvisionKey> trustedKeys;
    QJsonObject reporting; // empty: none
    QString adminPasswordHash;

    QJsonObject toJson() const;
};

// One problem, with where it is: "$.trusted_keys[1].key".
struct ValidationError {
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

// Pure: parses and checks everything (size cap, JSON syntax, schema, each field). Either a Provision or the
// full list of problems (never empty on failure).
struct ParseResult {
    std::optional<Provision> provision;
    QList<ValidationError> errors;
    bool ok() const { return provision.has_value(); }
};
ParseResult parse(const QByteArray &json);

// True for a PHC string as crypto::hashPassword() writes it: "$scrypt$ln=N,r=R,p=P$<b64 salt>$<b64 hash>".
bool isScryptPhc(const QString &text);

// The files apply() writes, relative to the configuration directory.
inline constexpr auto kAgentIni = "agent.ini";
inline constexpr auto kTrustedKeys = "trusted-keys";
inline constexpr auto kReportingJson = "reporting.json";
inline constexpr auto kAdminHash = "admin-password";

inline constexpr auto kAutostartFile = "tafel-screen.desktop";

struct ApplyOptions {
    QString configDir = QStringLiteral("/etc/tafel");
    QString dataDir = QStringLiteral("/var/lib/tafel-agent");
    // What agent.ini's [Trust] KeysFile names; empty = configDir/trusted-keys. Differs from where the file is
    // written when installing into another root (DPKG_ROOT): written to $root/etc/tafel, read at /etc/tafel.
    QString keysPath;
    // When set: role display-pc writes <autostartDir>/tafel-screen.desktop (the screen helper starts with
    // every graphical session); any other role removes it.
    QString autostartDir;
};

// Writes agent.ini (keeping keys it does not manage, e.g. [Power], [Link]), trusted-keys, reporting.json and
// admin-password into configDir, each through QSaveFile; reporting.json and admin-password are removed when the
// provisioning no longer has them. Everything is computed before the first write: a failure writes nothing.
// Returns the paths written.
class Applier final {
    Q_DECLARE_TR_FUNCTIONS(tafel::provision::Applier)
public:
    static Result<QStringList> apply(const Provision &provision, const ApplyOptions &options);
    // The agent.ini text for `provision`, merged into `existingIni` (may be empty).
    static Result<QByteArray> agentIni(const Provision &provision, const ApplyOptions &options, const QByteArray &existingIni);
    static QByteArray trustedKeys(const Provision &provision);
    // The XDG autostart entry of the screen helper (`tafel --screen`) for display PCs.
    static QByteArray autostartEntry();
};

} // namespace tafel::provision
