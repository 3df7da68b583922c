#include "agent/agentpackages.h"
#include "agent/logging.h"

#include "agentlink/permissions.h"
#include "core/settings.h"
#include "distribution/pusher.h"
#include "distribution/relaygrant.h"

#include <QCborArray>
#include <QDir>
#include <QTimer>

namespace tafel::agent {

namespace {
const Setting<QString> kDirectory{"Material/Directory", QStringLiteral("material")};
const Setting<QString> kMaxPackage{"Material/MaxPackageBytes", QString()};
const Setting<QString> kMaxTotal{"Material/MaxTotalBytes", QString()};
const Setting<QString> kReserve{"Material/ReserveBytes", QString()};
constexpr qint64 kRelayWindow = 8 << 20;
constexpr qsizetype kRecentChunks = 2; // verified chunks kept in memory for the relay (≤ 2 × 16 MiB)

Result<qint64> bytesSetting(const Settings &s, const Setting<QString> &key, qint64 fallback, const QString &path)
{
    const QString text = s.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0)
        return Error::make(ErrorCode::InvalidInput, MaterialConfig::tr("%1: %2 must be a number of bytes, not '%3'.").arg(path, QString::fromLatin1(key.key), text));
    return v;
}
} // namespace

Result<MaterialConfig> MaterialConfig::load(const QString &configPath, const QString &dataDir)
{
    MaterialConfig c;
    QString dir = kDirectory.defaultValue;
    if (!configPath.isEmpty()) {
        Settings s(configPath);
        if (auto st = s.status(); !st)
            return st.error();
        dir = s.value(kDirectory).trimmed();
        auto maxPackage = bytesSetting(s, kMaxPackage, c.quota.maxPackageBytes, configPath);
        auto maxTotal = bytesSetting(s, kMaxTotal, c.quota.maxTotalBytes, configPath);
        auto reserve = bytesSetting(s, kReserve, c.quota.reserveBytes, configPath);
        for (const auto *r : {&maxPackage, &maxTotal, &reserve}) {
            if (!*r)
                return r->error();
        }
        c.quota.maxPackageBytes = *maxPackage;
        c.quota.maxTotalBytes = *maxTotal;
        c.quota.reserveBytes = *reserve;
    }
    if (dir.isEmpty())
        dir = kDirectory.defaultValue;
    c.directory = QDir::cleanPath(QDir(dataDir).absoluteFilePath(dir));
    if (!QDir().mkpath(c.directory))
        return Error::make(ErrorCode::Io, MaterialConfig::tr("Cannot create the material directory %1.").arg(c.directory));
    return c;
}

AgentPackages::AgentPackages(MaterialConfig config, agentlink::ClientCredentials relayCredentials, QString ownFingerprint, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(m_config.directory, m_config.quota)
    , m_relayCredentials(std::move(relayCredentials))
    , m_fingerprint(std::move(ownFingerprint))
{
    // Test hook: corrupt the first received copy of these chunks (comma-separated global indexes) before it is
    // verified, as if it had been damaged on the way; the integration tests prove it is rejected and re-fetched.
    const QStringList corrupt = qEnvironmentVariable("TAFEL_TEST_CORRUPT_CHUNK").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : corrupt)
        m_corruptOnce.insert(c.trimmed().toInt());
    // Test hook: take received pieces no faster than this many bytes per second (a slow receiver), so tests can
    // interrupt a transfer half-way on a fast loopback.
    m_testRate = qEnvironmentVariableIntValue("TAFEL_TEST_RECEIVE_RATE");
    m_testClock.start();
}

AgentPackages::~AgentPackages()
{
    for (const auto &in : std::as_const(m_incoming)) {
        if (in->relay)
            in->relay->stop();
    }
}

void AgentPackages::registerCommands(agentlink::AgentLinkServer *server)
{
    m_server = server;
    using Ctx = const agentlink::CallContext &;
    using Args = const QCborMap &;
    server->addCommand(QStringLiteral("package.offer"), [this](Ctx ctx, Args args, agentlink::Reply reply) { reply(offer(ctx, args)); });
    server->addCommand(QStringLiteral("package.push"), [this](Ctx ctx, Args args, agentlink::Reply reply) {
        if (m_testRate <= 0) {
            reply(push(ctx, args));
            return;
        }
        const qint64 bytes = args.value(QStringLiteral("data")).toByteArray().size();
        // Test hook: take the pushes in order, but no faster than m_testRate (a slow receiver).
        const qint64 now = m_testClock.elapsed();
        m_testNextMs = qMax(m_testNextMs, now) + bytes * 1000 / m_testRate;
        QTimer::singleShot(int(m_testNextMs - now), this, [this, ctx, args, reply] { reply(push(ctx, args)); });
    });
    server->addCommand(QStringLiteral("package.relay"), [this](Ctx ctx, Args args, agentlink::Reply reply) { reply(relay(ctx, args)); });
    server->addCommand(QStringLiteral("package.status"), [this](Ctx, Args args, agentlink::Reply reply) { reply(status(args)); });
    server->addCommand(QStringLiteral("package.list"), [this](Ctx, Args, agentlink::Reply reply) { reply(list()); });
    server->addCommand(QStringLiteral("package.files"), [this](Ctx, Args args, agentlink::Reply reply) { reply(files(args)); });
    server->addCommand(QStringLiteral("package.delete"), [this](Ctx ctx, Args args, agentlink::Reply reply) { reply(remove(ctx, args)); });
}

void AgentPackages::audit(const agentlink::CallContext &ctx, const QString &outcome, const QString &reason, const QString &detail)
{
    if (m_server)
        m_server->audit(ctx, outcome, reason, detail);
}

AgentPackages::Incoming *AgentPackages::incoming(const QString &packageId, Error *error)
{
    if (auto it = m_incoming.constFind(packageId); it != m_incoming.cend())
        return it->get();
    auto manifest = m_store.manifest(packageId);
    auto have = manifest ? m_store.have(packageId) : Result<QBitArray>(manifest.error());
    if (!manifest || !have) {
        *error = Error::make(ErrorCode::NotFound, tr("Package %1 was not offered to this agent (package.offer first).").arg(packageId));
        return nullptr;
    }
    auto in = std::make_shared<Incoming>();
    in->manifest = *manifest;
    in->manifest.rebuildIndex();
    in->have = *have;
    m_incoming.insert(packageId, in);
    return in.get();
}

qint64 AgentPackages::haveBytes(const Incoming &in) const
{
    qint64 bytes = 0;
    for (int i = 0; i < in.have.size(); ++i) {
        if (in.have.testBit(i))
            bytes += in.manifest.chunk(i).length;
    }
    return bytes;
}

Result<QCborMap> AgentPackages::offer(const agentlink::CallContext &ctx, const QCborMap &args)
{
    const QByteArray envelope = args.value(QStringLiteral("envelope")).toByteArray();
    if (envelope.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("package.offer needs envelope: the signed manifest."));
    auto decoded = distribution::decodeEnvelope(envelope);
    if (!decoded) {
        audit(ctx, QStringLiteral("refused"), QStringLiteral("manifest"), decoded.errorString());
        return Error::make(ErrorCode::InvalidInput, decoded.errorString());
    }
    const auto signer = m_server ? m_server->lookupKey(decoded->key) : std::nullopt;
    if (!signer || signer->role == agentlink::Role::Peer) {
        const QString why = tr("The package is signed by key %1, which this agent does not trust. Only packages signed by a trusted teacher or admin key are accepted.")
                                .arg(decoded->key.keyId());
        audit(ctx, QStringLiteral("refused"), QStringLiteral("untrusted-signer"), why);
        return Error::make(ErrorCode::PermissionDenied, why);
    }
    auto manifest = distribution::openVerified(*decoded); // the signature; the key was judged above
    if (!manifest) {
        audit(ctx, QStringLiteral("refused"), QStringLiteral("manifest"), manifest.errorString());
        return Error::make(ErrorCode::InvalidInput, manifest.errorString());
    }
    auto bits = m_store.begin(envelope, *manifest);
    if (!bits) {
        audit(ctx, QStringLiteral("refused"), QStringLiteral("store"), bits.errorString());
        return bits.error();
    }
    auto &slot = m_incoming[manifest->packageId];
    if (!slot)
        slot = std::make_shared<Incoming>();
    slot->manifest = *manifest;
    slot->manifest.rebuildIndex();
    slot->have = *bits;
    slot->upstreamEnded = false; // a new run begins
    const QString id = manifest->packageId;
    if (slot->have.count(true) == slot->have.size() && !m_store.isComplete(id)) {
        if (Status st = m_store.finish(id); !st)
            return st.error();
    }
    audit(ctx, QStringLiteral("ok"), QStringLiteral("offer"), id + QLatin1Char(' ') + manifest->title);
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("bitmap"), distribution::bitmapToBytes(slot->have)},
                    {QStringLiteral("chunks"), slot->have.size()},
                    {QStringLiteral("haveBytes"), haveBytes(*slot)},
                    {QStringLiteral("totalBytes"), manifest->totalBytes()},
                    {QStringLiteral("complete"), m_store.isComplete(id)}};
}

Status AgentPackages::checkGrant(const agentlink::CallContext &ctx, const QString &packageId, const QByteArray &grant)
{
    const QByteArray cacheKey = ctx.publicKey + packageId.toUtf8();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto it = m_grants.constFind(cacheKey); it != m_grants.cend() && now < *it)
        return {};
    if (grant.isEmpty())
        return Error::make(ErrorCode::PermissionDenied, tr("An agent relaying material must present a relay grant signed by a trusted key."));
    auto g = distribution::RelayGrant::decode(grant);
    if (!g)
        return g.error();
    const auto signer = m_server ? m_server->lookupKey(g->signer) : std::nullopt;
    if (!signer || signer->role == agentlink::Role::Peer)
        return Error::make(ErrorCode::PermissionDenied, tr("The relay grant is signed by key %1, which this agent does not trust.").arg(g->signer.keyId()));
    if (Status st = g->check(packageId, ctx.publicKey, m_fingerprint, now); !st)
        return st;
    m_grants.insert(cacheKey, g->expires);
    return {};
}

Result<QCborMap> AgentPackages::push(const agentlink::CallContext &ctx, const QCborMap &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    if (ctx.role == agentlink::Role::Peer) {
        if (Status st = checkGrant(ctx, id, args.value(QStringLiteral("grant")).toByteArray()); !st) {
            audit(ctx, QStringLiteral("refused"), QStringLiteral("grant"), st.errorString());
            return Error::make(ErrorCode::InvalidInput, st.errorString());
        }
    }
    Error err;
    Incoming *in = incoming(id, &err);
    if (!in)
        return err;
    if (args.value(QStringLiteral("ping")).toBool())
        return QCborMap(); // keeps an idle relay connection open
    if (args.value(QStringLiteral("hello")).toBool()) {
        in->upstreamEnded = false;
        return QCborMap{{QStringLiteral("bitmap"), distribution::bitmapToBytes(in->have)}, {QStringLiteral("chunks"), in->have.size()}};
    }
    if (args.value(QStringLiteral("end")).toBool()) {
        in->upstreamEnded = true;
        if (in->relay)
            in->relay->setSourceComplete();
        return QCborMap();
    }
    const qint64 chunk = args.value(QStringLiteral("chunk")).toInteger(-1);
    const qint64 offset = args.value(QStringLiteral("offset")).toInteger(-1);
    const QByteArray data = args.value(QStringLiteral("data")).toByteArray();
    const distribution::ChunkRef ref = chunk >= 0 && chunk < in->have.size() ? in->manifest.chunk(int(chunk)) : distribution::ChunkRef();
    if (!ref.isValid() || offset < 0 || data.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("package.push needs id, chunk (0 .. %1), offset and data.").arg(in->have.size() - 1));
    const QString key = ctx.peer + QLatin1Char('/') + id;
    if (in->have.testBit(int(chunk))) {
        // Already verified (another sender was faster, or the package completed): nothing to assemble.
        m_assemblies.remove(key);
        return QCborMap{{QStringLiteral("chunk"), chunk}, {QStringLiteral("verified"), true}};
    }
    Assembly &a = m_assemblies[key];
    if (offset == 0) {
        a = Assembly{id, int(chunk), {}};
        a.data.reserve(ref.length);
    } else if (a.chunk != chunk || offset != a.data.size()) {
        m_assemblies.remove(key);
        return Error::make(ErrorCode::InvalidInput, tr("Piece at offset %1 of chunk %2 arrived out of order.").arg(offset).arg(chunk));
    }
    if (a.data.size() + data.size() > ref.length) {
        m_assemblies.remove(key);
        return Error::make(ErrorCode::InvalidInput, tr("Chunk %1 is longer than its %2 bytes.").arg(chunk).arg(ref.length));
    }
    a.data += data;
    if (a.data.size() < ref.length)
        return QCborMap();
    QByteArray full = std::move(a.data);
    m_assemblies.remove(key);
    if (m_corruptOnce.remove(int(chunk)))
        full[0] = char(full.at(0) ^ 0x01);
    if (Status put = m_store.putChunk(id, int(chunk), full); !put) {
        if (put.error().code != ErrorCode::Corrupt)
            return put.error();
        ++in->rejectedChunks;
        qCWarning(lcAgent).noquote() << "package" << id << "chunk" << chunk << "from" << ctx.peer << "failed verification; asking for it again";
        return QCborMap{{QStringLiteral("chunk"), chunk}, {QStringLiteral("verified"), false}};
    }
    // Not verified before: the early return above, and putChunk() does not touch `have`.
    in->have.setBit(int(chunk));
    in->receivedBytes += ref.length;
    if (in->relay) {
        // The relay usually sends this chunk next: hand it the verified bytes from memory instead of reading the
        // chunk back from disk and hashing it a second time.
        in->recent.append({int(chunk), std::move(full)});
        while (in->recent.size() > kRecentChunks)
            in->recent.removeFirst();
    }
    chunkVerified(id);
    return QCborMap{{QStringLiteral("chunk"), chunk}, {QStringLiteral("verified"), true}};
}

void AgentPackages::chunkVerified(const QString &packageId)
{
    const auto in = m_incoming.value(packageId);
    if (!in)
        return;
    const bool all = in->have.count(true) == in->have.size();
    if (all && !m_store.isComplete(packageId)) {
        if (Status st = m_store.finish(packageId); !st)
            qCWarning(lcAgent).noquote() << "package" << packageId << "could not be finished:" << st.errorString();
        else
            qCInfo(lcAgent).noquote() << "package" << packageId << in->manifest.title << "received and verified";
        dropAssemblies(packageId); // pieces of connections that broke off mid-chunk
    }
    if (in->relay) {
        if (all)
            in->relay->setSourceComplete();
        else
            in->relay->pump();
    }
}

void AgentPackages::dropAssemblies(const QString &packageId)
{
    for (auto it = m_assemblies.begin(); it != m_assemblies.end();) {
        if (it->packageId == packageId)
            it = m_assemblies.erase(it);
        else
            ++it;
    }
}

void AgentPackages::stopRelay(Incoming &in)
{
    if (!in.relay)
        return;
    in.relaySentBytes = in.relay->sentBytes();
    in.relay->stop();
    in.relay->deleteLater();
    in.relay = nullptr;
    in.relayState = QStringLiteral("stopped");
    in.recent.clear();
}

Result<QCborMap> AgentPackages::relay(const agentlink::CallContext &ctx, const QCborMap &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    Error err;
    Incoming *in = incoming(id, &err);
    if (!in)
        return err;
    stopRelay(*in);
    if (args.value(QStringLiteral("stop")).toBool())
        return QCborMap();
    const QCborMap to = args.value(QStringLiteral("to")).toMap();
    const QString host = to.value(QStringLiteral("host")).toString();
    const qint64 port = to.value(QStringLiteral("port")).toInteger();
    const QString fingerprint = to.value(QStringLiteral("fingerprint")).toString();
    const QByteArray grant = args.value(QStringLiteral("grant")).toByteArray();
    if (host.isEmpty() || port < 1 || port > 65535 || fingerprint.isEmpty() || grant.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("package.relay needs id, to {host, port, fingerprint} and grant, or stop."));
    distribution::PushTarget target{host, quint16(port), fingerprint};
    auto *p = new distribution::ChunkPusher(
        m_relayCredentials, target, in->manifest,
        [this, id](int i) -> Result<QByteArray> {
            if (const auto it = m_incoming.value(id)) {
                for (const RecentChunk &r : std::as_const(it->recent)) {
                    if (r.index == i)
                        return r.data; // verified against the manifest's SHA-256 when it arrived
                }
            }
            return m_store.readChunk(id, i);
        },
        [this, id] {
            const auto it = m_incoming.value(id);
            return it ? it->have : QBitArray();
        },
        grant, kRelayWindow, this);
    in->relay = p;
    in->relayTo = host + QLatin1Char(':') + QString::number(port);
    in->relayState = QStringLiteral("sending");
    in->relayError.clear();
    in->relaySentBytes = 0;
    connect(p, &distribution::ChunkPusher::finished, this, [this, id, p](const Status &st) {
        const auto it = m_incoming.value(id);
        if (it && it->relay == p) {
            it->relayState = st ? QStringLiteral("done") : QStringLiteral("failed");
            it->relayError = st.errorString();
            it->relaySentBytes = p->sentBytes();
            it->relay = nullptr;
            it->recent.clear();
            if (!st)
                qCWarning(lcAgent).noquote() << "relaying package" << id << "to" << it->relayTo << "failed:" << st.errorString();
        }
        p->deleteLater();
    });
    qCInfo(lcAgent).noquote() << "relaying package" << id << "to" << in->relayTo << "for key" << ctx.keyId;
    p->start();
    if (in->upstreamEnded || m_store.isComplete(id))
        p->setSourceComplete();
    return QCborMap();
}

Result<QCborMap> AgentPackages::status(const QCborMap &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    Error err;
    Incoming *in = incoming(id, &err);
    if (!in)
        return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("state"), QStringLiteral("absent")}};
    QCborMap relay{{QStringLiteral("to"), in->relayTo},
                   {QStringLiteral("state"), in->relay ? in->relay->stateName() : in->relayState},
                   {QStringLiteral("sentBytes"), in->relay ? in->relay->sentBytes() : in->relaySentBytes}};
    if (!in->relayError.isEmpty())
        relay.insert(QStringLiteral("error"), in->relayError);
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("state"), m_store.isComplete(id) ? QStringLiteral("complete") : QStringLiteral("staging")},
                    {QStringLiteral("chunks"), in->have.size()},
                    {QStringLiteral("haveChunks"), in->have.count(true)},
                    {QStringLiteral("haveBytes"), haveBytes(*in)},
                    {QStringLiteral("totalBytes"), in->manifest.totalBytes()},
                    {QStringLiteral("bitmap"), distribution::bitmapToBytes(in->have)},
                    {QStringLiteral("receivedBytes"), in->receivedBytes},
                    {QStringLiteral("rejectedChunks"), in->rejectedChunks},
                    {QStringLiteral("upstreamEnded"), in->upstreamEnded},
                    {QStringLiteral("relay"), relay}};
}

Result<QCborMap> AgentPackages::list()
{
    QCborArray packages;
    for (const distribution::PackageInfo &p : m_store.list()) {
        packages.append(QCborMap{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("created"), p.created.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("senderKeyId"), p.senderKeyId},
                                 {QStringLiteral("bytes"), p.bytes},
                                 {QStringLiteral("files"), p.files},
                                 {QStringLiteral("complete"), p.complete},
                                 {QStringLiteral("chunks"), p.chunks},
                                 {QStringLiteral("verifiedChunks"), p.verifiedChunks}});
    }
    return QCborMap{{QStringLiteral("packages"), packages}, {QStringLiteral("directory"), m_config.directory}};
}

Result<QCborMap> AgentPackages::files(const QCborMap &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("package.files needs id."));
    auto manifest = m_store.manifest(id);
    if (!manifest)
        return manifest.error();
    QCborArray files;
    for (const distribution::FileEntry &f : std::as_const(manifest->files))
        files.append(QCborMap{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}});
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("title"), manifest->title},
                    {QStringLiteral("complete"), m_store.isComplete(id)},
                    {QStringLiteral("files"), files}};
}

Result<QCborMap> AgentPackages::remove(const agentlink::CallContext &ctx, const QCborMap &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("package.delete needs id."));
    if (const auto in = m_incoming.take(id)) {
        stopRelay(*in);
    }
    dropAssemblies(id);
    if (Status st = m_store.remove(id); !st)
        return st.error();
    audit(ctx, QStringLiteral("ok"), QStringLiteral("delete"), id);
    return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}};
}

} // namespace tafel::agent
