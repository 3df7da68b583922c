#include "gui/materialsend.h"
#include "gui/logging.h"
#include "gui/roomagents.h"

#include "agentlink/pinfile.h"
#include "crypto/keys.h"
#include "distribution/distributor.h"
#include "distribution/manifest.h"
#include "distribution/packagefile.h"

#include <QDir>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QThreadPool>
#include <QUuid>

#include <unistd.h>

namespace tafel::gui {

// What the worker thread hands back: the signed package, ready to send.
struct MaterialSend::Packed {
    Status status;
    std::shared_ptr<distribution::PackageReader> reader;
};

namespace {

// A hard link when source and staging share a file system (instant, no extra space), else a copy.
Status linkOrCopy(const QString &from, const QString &to)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    if (QFile::copy(from, to))
        return {};
    return Error::make(ErrorCode::Io, MaterialSend::tr("“%1” could not be read or copied.").arg(from));
}

// Mirrors the dropped items into `staging` (one entry per item, named like the item).
Status gather(const QStringList &paths, const QString &staging)
{
    if (!QDir().mkpath(staging))
        return Error::make(ErrorCode::Io, MaterialSend::tr("The folder %1 could not be created.").arg(staging));
    const QDir out(staging);
    for (const QString &path : paths) {
        const QFileInfo item(path);
        const QString target = out.filePath(item.fileName());
        if (QFileInfo::exists(target))
            return Error::make(ErrorCode::InvalidInput, MaterialSend::tr("Two of the dropped items are called “%1”. Rename one and try again.").arg(item.fileName()));
        if (item.isFile()) {
            if (Status st = linkOrCopy(item.absoluteFilePath(), target); !st)
                return st;
            continue;
        }
        if (!QDir().mkpath(target))
            return Error::make(ErrorCode::Io, MaterialSend::tr("The folder %1 could not be created.").arg(target));
        const QDir base(item.absoluteFilePath());
        QDirIterator it(item.absoluteFilePath(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            const QString rel = base.relativeFilePath(entry.absoluteFilePath());
            const QString dest = QDir(target).filePath(rel);
            if (entry.isSymLink())
                return Error::make(ErrorCode::InvalidInput, MaterialSend::tr("“%1” is a link; links cannot be sent. Send the file it points to instead.").arg(entry.filePath()));
            if (entry.isDir()) {
                if (!QDir().mkpath(dest))
                    return Error::make(ErrorCode::Io, MaterialSend::tr("The folder %1 could not be created.").arg(dest));
            } else if (entry.isFile()) {
                QDir().mkpath(QFileInfo(dest).absolutePath());
                if (Status st = linkOrCopy(entry.absoluteFilePath(), dest); !st)
                    return st;
            } else {
                return Error::make(ErrorCode::InvalidInput, MaterialSend::tr("“%1” is not an ordinary file and cannot be sent.").arg(entry.filePath()));
            }
        }
    }
    return {};
}

} // namespace

MaterialSend::MaterialSend(RoomAgents *agents, MaterialSendOptions options, QObject *parent)
    : QObject(parent)
    , m_agents(agents)
    , m_options(std::move(options))
{
}

MaterialSend::~MaterialSend()
{
    if (m_cancelPacking)
        *m_cancelPacking = true;
    delete m_distributor;
    if (!m_stagingDir.isEmpty())
        QDir(m_stagingDir).removeRecursively();
}

QString MaterialSend::titleFor(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    const QString first = QFileInfo(paths.constFirst()).fileName();
    if (paths.size() == 1)
        return first;
    return tr("%1 and %n more", nullptr, int(paths.size() - 1)).arg(first);
}

int MaterialSend::failedCount() const
{
    int n = 0;
    for (const Delivery &d : m_rows)
        n += (d.state == Delivery::State::Failed || d.state == Delivery::State::Cancelled) ? 1 : 0;
    return n;
}

Status MaterialSend::send(const QStringList &input)
{
    if (isBusy())
        return Error::make(ErrorCode::InvalidInput, tr("Material is still being sent. Wait until it is done or cancel it."));
    QStringList paths;
    for (const QString &p : input) {
        const QFileInfo info(p);
        if (!info.exists())
            return Error::make(ErrorCode::NotFound, tr("“%1” does not exist (any more).").arg(p));
        if (!info.isFile() && !info.isDir())
            return Error::make(ErrorCode::InvalidInput, tr("“%1” is not a file or folder.").arg(p));
        paths.append(info.absoluteFilePath());
    }
    if (paths.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Nothing to send: drop files or folders, or choose them."));
    if (!m_agents || m_agents->agents().isEmpty())
        return Error::make(ErrorCode::NotFound, tr("There is no computer with the Tafel agent in this room to send to."));
    const QString keyFile = m_agents->keyFile();
    if (keyFile.isEmpty())
        return Error::make(ErrorCode::AuthFailed, tr("This PC has no teacher key for the room's agents yet. An admin sets it under Admin → Agents & keys."));
    auto loaded = crypto::KeyPair::load(keyFile);
    if (!loaded)
        return Error::make(ErrorCode::AuthFailed, tr("The teacher key %1 cannot be read: %2").arg(keyFile, loaded.errorString()));

    delete m_distributor;
    m_distributor = nullptr;
    // Read once: the packing worker signs with it, then the Distributor.
    m_key = std::make_shared<const crypto::KeyPair>(std::move(loaded).value());
    if (!m_stagingDir.isEmpty())
        QDir(m_stagingDir).removeRecursively();
    m_stagingDir.clear();

    m_title = titleFor(paths);
    m_packageId.clear();
    m_packageBytes = 0;
    m_error.clear();
    m_packPercent = 0;
    m_rows.clear();
    for (const RoomAgent &a : m_agents->agents()) {
        Delivery d;
        d.deviceId = a.deviceId;
        d.name = a.name;
        m_rows.append(d);
    }
    m_phase = Phase::Packing;

    // One folder is packed in place; anything else is gathered into a staging folder first.
    QString source;
    if (paths.size() == 1 && QFileInfo(paths.constFirst()).isDir()) {
        source = paths.constFirst();
    } else {
        const QString work = m_options.workDirectory.isEmpty() ? QDir::temp().filePath(QStringLiteral("tafel-material")) : m_options.workDirectory;
        m_stagingDir = QDir(work).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    m_cancelPacking = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelPacking;
    auto percent = std::make_shared<std::atomic_int>(-1);
    QPointer<MaterialSend> self(this);
    const QString staging = m_stagingDir;
    const QString title = m_title;
    QThreadPool::globalInstance()->start([self, paths, source, staging, title, key = m_key, cancelled, percent] {
        auto result = std::make_shared<Packed>();
        const QString dir = source.isEmpty() ? staging : source;
        auto run = [&]() -> Status {
            if (source.isEmpty()) {
                if (Status st = gather(paths, staging); !st)
                    return st;
            }
            auto progress = [&](qint64 done, qint64 total) {
                const int p = total > 0 ? int(done * 100 / total) : 100;
                if (percent->exchange(p) != p) {
                    QMetaObject::invokeMethod(
                        qApp, [self, p] {
                            if (self && self->m_phase == Phase::Packing) {
                                self->m_packPercent = p;
                                Q_EMIT self->changed();
                            }
                        },
                        Qt::QueuedConnection);
                }
                return !cancelled->load();
            };
            auto reader = distribution::PackageReader::signDirectory(dir, *key, title, {}, progress); // an empty folder is refused
            if (!reader)
                return reader.error();
            result->reader = std::shared_ptr<distribution::PackageReader>(std::move(reader).value());
            return {};
        };
        result->status = run();
        if (cancelled->load() && result->status)
            result->status = Error::make(ErrorCode::Cancelled, tr("Cancelled."));
        QMetaObject::invokeMethod(
            qApp, [self, result] {
                if (self)
                    self->packed(result);
            },
            Qt::QueuedConnection);
    });
    Q_EMIT changed();
    return {};
}

void MaterialSend::packed(const std::shared_ptr<Packed> &result)
{
    if (m_phase != Phase::Packing)
        return;
    m_cancelPacking.reset();
    if (!result->status) {
        const bool cancelled = result->status.error().code == ErrorCode::Cancelled;
        m_error = cancelled ? tr("Cancelled while preparing; nothing was sent.") : tr("The material could not be prepared: %1").arg(result->status.errorString());
        for (Delivery &d : m_rows) {
            d.state = cancelled ? Delivery::State::Cancelled : Delivery::State::Failed;
            d.error = cancelled ? tr("Cancelled") : tr("Not sent: the material could not be prepared.");
        }
        m_phase = Phase::Done;
        qCWarning(lcGui).noquote() << "material not packed:" << result->status.errorString();
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    startDistribution(result);
}

void MaterialSend::startDistribution(const std::shared_ptr<Packed> &result)
{
    m_packPercent = 100;
    m_packageId = result->reader->manifest().packageId;
    m_packageBytes = result->reader->manifest().totalBytes();
    auto pins = agentlink::PinFile(m_agents ? m_agents->pinFile() : QString()).load();
    QList<distribution::Target> targets;
    const QList<RoomAgent> agents = m_agents ? m_agents->agents() : QList<RoomAgent>();
    for (Delivery &d : m_rows) {
        d.total = m_packageBytes;
        const auto it = std::find_if(agents.cbegin(), agents.cend(), [&d](const RoomAgent &a) { return a.deviceId == d.deviceId; });
        if (it == agents.cend()) {
            d.state = Delivery::State::Failed;
            d.error = tr("This computer is not in the room any more.");
            continue;
        }
        const QString pinKey = agentlink::PinFile::key(it->host, it->port);
        if (!pins || !pins->contains(pinKey)) {
            d.state = Delivery::State::Failed;
            d.error = tr("Not enrolled on this PC. An admin runs: tafelctl agent enroll %1").arg(pinKey);
            continue;
        }
        distribution::Target t;
        t.host = it->host;
        t.port = it->port;
        t.fingerprint = pins->value(pinKey);
        d.target = int(targets.size());
        d.state = Delivery::State::Sending;
        targets.append(t);
    }
    m_phase = Phase::Sending;
    if (targets.isEmpty()) {
        finishIfDone();
        return;
    }
    distribution::DistributorOptions options;
    options.giveUpAfterMs = m_options.giveUpAfterMs;
    m_distributor = new distribution::Distributor(*m_key, targets, result->reader, options, this);
    connect(m_distributor, &distribution::Distributor::progress, this, [this](int target, qint64 bytes, qint64 total, double rate) {
        const int row = rowOfTarget(target);
        if (row < 0)
            return;
        Delivery &d = m_rows[row];
        d.bytes = bytes;
        d.total = total;
        d.bytesPerSecond = rate;
        if (d.state == Delivery::State::Waiting)
            d.state = Delivery::State::Sending;
        Q_EMIT deliveryChanged(row);
    });
    connect(m_distributor, &distribution::Distributor::targetStateChanged, this, [this](int target, const QString &state) {
        const int row = rowOfTarget(target);
        if (row < 0)
            return;
        m_rows[row].activity = state;
        Q_EMIT deliveryChanged(row);
    });
    connect(m_distributor, &distribution::Distributor::targetFinished, this, [this](int target, const Status &status) {
        const int row = rowOfTarget(target);
        if (row < 0)
            return;
        Delivery &d = m_rows[row];
        const distribution::TargetResult r = m_distributor->result(target);
        d.bytes = r.haveBytes;
        d.bytesPerSecond = 0;
        d.activity.clear();
        if (status && r.verified) {
            d.state = Delivery::State::Verified;
            d.error.clear();
            d.bytes = d.total;
        } else {
            const ErrorCode code = status ? ErrorCode::Failed : status.error().code;
            d.state = code == ErrorCode::Cancelled ? Delivery::State::Cancelled : Delivery::State::Failed;
            d.error = !status ? status.errorString() : (r.error.isEmpty() ? tr("Not verified.") : r.error);
            // Say what to do first; the technical reason stays in brackets for the admin.
            if (code == ErrorCode::Unreachable || code == ErrorCode::Timeout)
                d.error = tr("Not reachable. Is the computer switched on and connected? (%1)").arg(d.error);
            else if (code == ErrorCode::Io)
                d.error = tr("The computer could not store it, perhaps its disk is full. (%1)").arg(d.error);
            else if (code == ErrorCode::PermissionDenied || code == ErrorCode::AuthFailed)
                d.error = tr("The computer refused it: %1").arg(d.error);
        }
        Q_EMIT deliveryChanged(row);
    });
    connect(m_distributor, &distribution::Distributor::finished, this, &MaterialSend::finishIfDone);
    qCInfo(lcGui).noquote() << "sending package" << m_packageId << "(" << m_packageBytes << "bytes) to" << targets.size() << "agents";
    Q_EMIT changed();
    m_distributor->start();
}

int MaterialSend::rowOfTarget(int target) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).target == target)
            return i;
    }
    return -1;
}

void MaterialSend::finishIfDone()
{
    if (m_phase != Phase::Sending)
        return;
    for (Delivery &d : m_rows) {
        if (d.state == Delivery::State::Sending || d.state == Delivery::State::Waiting) {
            d.state = Delivery::State::Failed;
            d.error = tr("No answer about this computer.");
        }
    }
    m_phase = Phase::Done;
    Q_EMIT changed();
    Q_EMIT finished();
}

void MaterialSend::cancel()
{
    if (m_phase == Phase::Packing) {
        if (m_cancelPacking)
            *m_cancelPacking = true;
        return;
    }
    if (m_phase == Phase::Sending && m_distributor)
        m_distributor->cancel();
}

void MaterialSend::retryFailed()
{
    if (m_phase != Phase::Done || !m_distributor)
        return;
    QList<int> targets;
    for (int i = 0; i < m_rows.size(); ++i) {
        Delivery &d = m_rows[i];
        if (d.target < 0 || (d.state != Delivery::State::Failed && d.state != Delivery::State::Cancelled))
            continue;
        targets.append(d.target);
        d.state = Delivery::State::Sending;
        d.error.clear();
        d.activity.clear();
        Q_EMIT deliveryChanged(i);
    }
    if (targets.isEmpty())
        return;
    m_phase = Phase::Sending;
    Q_EMIT changed();
    m_distributor->retry(targets);
}

} // namespace tafel::gui
