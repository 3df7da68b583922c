#include "schooladmin/schooladmin.h"

#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "provision/provision.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace tafel::schooladmin {

namespace {
agentlink::Role linkRole(store::Role role)
{
    return role == store::Role::Admin ? agentlink::Role::Admin : agentlink::Role::Teacher;
}
} // namespace

SchoolAdmin::SchoolAdmin(store::Database &db, QString actor)
    : m_db(db)
    , m_actor(actor.isEmpty() ? QStringLiteral("admin") : std::move(actor))
{
}

Status SchoolAdmin::audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after)
{
    return store::AuditLog(m_db).record(m_actor, action, target, before, after);
}

Result<QList<AgentTarget>> SchoolAdmin::agents(const std::optional<QString> &roomId) const
{
    auto rooms = store::RoomRepository(m_db).names();
    if (!rooms)
        return rooms.error();
    auto devices = store::DeviceRepository(m_db).list(roomId);
    if (!devices)
        return devices.error();
    QList<AgentTarget> out;
    for (const Device &d : std::as_const(*devices)) {
        if (!d.runsAgent())
            continue;
        AgentTarget t;
        t.deviceId = d.id;
        t.deviceName = d.name;
        t.roomId = d.roomId;
        t.roomName = rooms->value(d.roomId);
        t.host = d.host;
        t.port = d.port ? d.port : agentlink::kDefaultAgentPort;
        t.hostPort = agentlink::PinFile::key(t.host, t.port);
        out.append(t);
    }
    std::stable_sort(out.begin(), out.end(), [](const AgentTarget &a, const AgentTarget &b) {
        const int byRoom = QString::localeAwareCompare(a.roomName, b.roomName);
        return byRoom != 0 ? byRoom < 0 : QString::localeAwareCompare(a.deviceName, b.deviceName) < 0;
    });
    return out;
}

Result<store::ClientKey> SchoolAdmin::createKey(store::Role role, const QString &comment, const QString &privateKeyPath)
{
    if (privateKeyPath.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Choose a file for the private key."));
    const QFileInfo priv(privateKeyPath);
    QString pubPath = priv.absoluteFilePath();
    if (pubPath.endsWith(QLatin1String(".pem")))
        pubPath.chop(4);
    pubPath += QStringLiteral(".pub");
    for (const QString &p : { priv.absoluteFilePath(), pubPath }) {
        if (QFile::exists(p))
            return Error::make(ErrorCode::AlreadyExists, tr("%1 already exists; an existing key is never overwritten. Choose another file.").arg(p));
    }
    if (!QDir().mkpath(priv.absolutePath()))
        return Error::make(ErrorCode::Io, tr("Cannot create the folder %1.").arg(priv.absolutePath()));
    auto key = crypto::KeyPair::generate();
    if (!key)
        return key.error();
    store::ClientKey record;
    record.keyId = key->keyId();
    record.role = role;
    record.comment = comment.simplified().isEmpty() ? store::roleKey(role) : comment.simplified();
    record.publicKey = QString::fromLatin1(key->publicKey().toBase64());
    // The database first: a key the school does not know about would never be pushed or revoked.
    auto added = store::ClientKeyRepository(m_db).add(record);
    if (!added)
        return added.error();
    if (Status st = key->save(priv.absoluteFilePath()); !st)
        return st.error();
    QSaveFile pub(pubPath);
    const QString line = agentlink::TrustStore::formatLine(linkRole(role), key->publicKey(), record.comment);
    if (!pub.open(QIODevice::WriteOnly) || pub.write(line.toUtf8() + '\n') < 0 || !pub.commit())
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(pubPath, pub.errorString()));
    QJsonObject after = store::toJson(*added);
    after.insert(QStringLiteral("private_key_file"), priv.absoluteFilePath());
    if (Status st = audit(QStringLiteral("key.create"), added->keyId, {}, after); !st)
        return st.error();
    return added;
}

Result<store::ClientKey> SchoolAdmin::importKey(const QString &pubLine)
{
    auto parsed = agentlink::TrustStore::parse(pubLine.toUtf8(), tr("the public key"));
    if (!parsed)
        return parsed.error();
    if (parsed->size() != 1)
        return Error::make(ErrorCode::InvalidInput, tr("Give exactly one key line (ROLE BASE64-KEY [COMMENT])."));
    const agentlink::TrustedKey &k = parsed->keys().constFirst();
    store::ClientKey record;
    record.role = k.role == agentlink::Role::Admin ? store::Role::Admin : store::Role::Teacher;
    record.comment = k.comment;
    record.publicKey = QString::fromLatin1(k.key.toBase64());
    auto added = store::ClientKeyRepository(m_db).add(record);
    if (!added)
        return added.error();
    if (Status st = audit(QStringLiteral("key.import"), added->keyId, {}, store::toJson(*added)); !st)
        return st.error();
    return added;
}

Result<store::ClientKey> SchoolAdmin::revokeKey(const QString &keyId)
{
    store::ClientKeyRepository repo(m_db);
    auto before = repo.get(keyId);
    if (!before)
        return before.error();
    auto after = repo.revoke(before->keyId);
    if (!after)
        return after.error();
    if (Status st = audit(QStringLiteral("key.revoke"), after->keyId, store::toJson(*before), store::toJson(*after)); !st)
        return st.error();
    return after;
}

Result<QCborMap> SchoolAdmin::roomConfig(const Room &room) const
{
    auto devices = store::DeviceRepository(m_db).list(room.id);
    if (!devices)
        return devices.error();
    auto schedules = store::ScheduleRepository(m_db).list(room.id, true);
    if (!schedules)
        return schedules.error();
    auto keys = store::ClientKeyRepository(m_db).list();
    if (!keys)
        return keys.error();
    QCborArray deviceList;
    for (const Device &d : std::as_const(*devices))
        deviceList.append(QCborMap::fromJsonObject(store::toJson(d)));
    QCborArray scheduleList;
    for (const auto &s : std::as_const(*schedules))
        scheduleList.append(QCborMap::fromJsonObject(store::toJson(s)));
    QCborArray trusted;
    QCborArray revoked;
    for (const store::ClientKey &k : std::as_const(*keys)) {
        if (k.isRevoked())
            revoked.append(QCborMap { { QStringLiteral("keyId"), k.keyId }, { QStringLiteral("publicKey"), k.publicKey } });
        else
            trusted.append(QCborMap { { QStringLiteral("keyId"), k.keyId }, { QStringLiteral("role"), store::roleKey(k.role) },
                { QStringLiteral("publicKey"), k.publicKey }, { QStringLiteral("comment"), k.comment } });
    }
    return QCborMap { { QStringLiteral("room"), QCborMap::fromJsonObject(store::toJson(room)) }, { QStringLiteral("devices"), deviceList },
        { QStringLiteral("schedules"), scheduleList }, { QStringLiteral("trustedKeys"), trusted }, { QStringLiteral("revokedKeys"), revoked } };
}

Result<QStringList> SchoolAdmin::exportBundle(const QString &schoolId, const QString &directory)
{
    if (schoolId.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("The school id is needed (e.g. de-by-09162-gs-nord)."));
    provision::Provision base;
    base.schoolId = schoolId.trimmed();
    auto keys = store::ClientKeyRepository(m_db).list();
    if (!keys)
        return keys.error();
    for (const store::ClientKey &k : std::as_const(*keys)) {
        if (!k.isRevoked())
            base.trustedKeys.append({ store::roleKey(k.role), k.publicKey.toLatin1(), k.comment });
    }
    if (base.trustedKeys.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("The school has no active keys; create a teacher and an admin key first."));
    auto admin = store::UserRepository(m_db).findByName(QStringLiteral("admin"));
    if (!admin)
        return admin.error();
    if (admin->has_value())
        base.adminPasswordHash = (*admin)->passwordHash;
    auto rooms = store::RoomRepository(m_db).list();
    if (!rooms)
        return rooms.error();
    if (rooms->isEmpty())
        return Error::make(ErrorCode::NotFound, tr("The school has no rooms yet."));
    QStringList written;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    for (const Room &room : std::as_const(*rooms)) {
        provision::Provision p = base;
        p.room = room.name;
        const QByteArray json = QJsonDocument(p.toJson()).toJson(QJsonDocument::Indented);
        if (auto check = provision::parse(json); !check.ok())
            return Error::make(
                ErrorCode::InvalidInput, tr("The bundle for room %1 would not be valid: %2").arg(room.name, check.errors.first().toString()));
        const QString dir = QDir(directory).filePath(QString(room.name).replace(unsafe, QStringLiteral("-")));
        if (!QDir().mkpath(dir))
            return Error::make(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
        const QString file = QDir(dir).absoluteFilePath(QStringLiteral("provision.json"));
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(file, f.errorString()));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // holds the admin password hash
        if (f.write(json) != json.size() || !f.commit())
            return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(file, f.errorString()));
        written << file;
    }
    if (Status st = audit(QStringLiteral("provision.bundle"), base.schoolId, {},
            { { QStringLiteral("directory"), QDir(directory).absolutePath() }, { QStringLiteral("rooms"), qint64(written.size()) },
                { QStringLiteral("trusted_keys"), qint64(base.trustedKeys.size()) } });
        !st)
        return st.error();
    return written;
}

Status SchoolAdmin::pin(const QString &hostPort, const QString &fingerprint, const QString &previousFingerprint)
{
    const agentlink::PinFile pins = agentlink::PinFile::nextToDatabase(m_db.path());
    if (Status st = pins.store(hostPort, fingerprint); !st)
        return st;
    QJsonObject before;
    if (!previousFingerprint.isEmpty())
        before.insert(QStringLiteral("fingerprint"), previousFingerprint);
    return audit(QStringLiteral("agent.enroll"), hostPort, before, { { QStringLiteral("fingerprint"), fingerprint } });
}

Status SchoolAdmin::unpin(const QString &hostPort, const QString &previousFingerprint)
{
    const agentlink::PinFile pins = agentlink::PinFile::nextToDatabase(m_db.path());
    if (Status st = pins.remove(hostPort); !st)
        return st;
    return audit(QStringLiteral("agent.unpin"), hostPort, { { QStringLiteral("fingerprint"), previousFingerprint } }, {});
}

} // namespace tafel::schooladmin
