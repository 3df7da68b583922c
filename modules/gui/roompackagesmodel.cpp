#include "gui/roompackagesmodel.h"
#include "gui/roomagents.h"

#include <QCborArray>
#include <QCborMap>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace tafel::gui {

RoomPackagesModel::RoomPackagesModel(RoomAgents *agents, QObject *parent)
    : QAbstractListModel(parent)
    , m_agents(agents)
{
}

int RoomPackagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

QString RoomPackagesModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 10 * 1000 * 1000 ? 1 : 0, QLocale::DataSizeSIFormat);
}

int RoomPackagesModel::agentCount() const
{
    return m_agents ? int(m_agents->agents().size()) : 0;
}

QVariant RoomPackagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_packages.size())
        return {};
    const RoomPackage &p = m_packages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2, %n file(s) — on %3 of %4 computers", nullptr, p.files)
            .arg(p.title, sizeText(p.bytes))
            .arg(p.completeOn.size())
            .arg(agentCount());
    case IdRole:
        return p.id;
    case BytesRole:
        return p.bytes;
    case CompleteCountRole:
        return int(p.completeOn.size());
    default:
        return {};
    }
}

int RoomPackagesModel::row(const QString &packageId) const
{
    for (int i = 0; i < m_packages.size(); ++i) {
        if (m_packages.at(i).id == packageId)
            return i;
    }
    return -1;
}

void RoomPackagesModel::refresh()
{
    const quint64 generation = ++m_generation;
    const QList<RoomAgent> agents = m_agents ? m_agents->agents() : QList<RoomAgent>();
    struct Gather {
        QHash<QString, RoomPackage> byId;
        QStringList errors;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = int(agents.size());
    m_pending = gather->pending;
    auto publish = [this, gather] {
        QList<RoomPackage> list = gather->byId.values();
        std::sort(list.begin(), list.end(), [](const RoomPackage &a, const RoomPackage &b) {
            return a.created != b.created ? a.created > b.created : a.id < b.id;
        });
        beginResetModel();
        m_packages = list;
        m_errors = gather->errors;
        m_pending = 0;
        endResetModel();
        Q_EMIT refreshed();
    };
    if (agents.isEmpty()) {
        publish();
        return;
    }
    for (const RoomAgent &a : agents) {
        const QString deviceId = a.deviceId;
        const QString name = a.name;
        m_agents->send(deviceId, QStringLiteral("package.list"), {},
                       [this, guard = QPointer<RoomPackagesModel>(this), generation, gather, deviceId, name, publish](const Result<QCborMap> &r) {
                           if (!guard || generation != m_generation)
                               return;
                           if (r) {
                               const QCborArray list = r->value(QStringLiteral("packages")).toArray();
                               for (const QCborValue &v : list) {
                                   const QCborMap m = v.toMap();
                                   const QString id = m.value(QStringLiteral("id")).toString();
                                   if (id.isEmpty())
                                       continue;
                                   RoomPackage &p = gather->byId[id];
                                   p.id = id;
                                   if (p.title.isEmpty())
                                       p.title = m.value(QStringLiteral("title")).toString();
                                   p.created = QDateTime::fromString(m.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
                                   p.bytes = m.value(QStringLiteral("bytes")).toInteger();
                                   p.files = int(m.value(QStringLiteral("files")).toInteger());
                                   if (m.value(QStringLiteral("complete")).toBool())
                                       p.completeOn.append(deviceId);
                                   else
                                       p.partialOn.append(deviceId);
                               }
                           } else {
                               gather->errors.append(tr("%1: %2").arg(name, r.errorString()));
                           }
                           if (--gather->pending == 0)
                               publish();
                       });
    }
}

void RoomPackagesModel::remove(const QString &packageId, Done done)
{
    const int r = row(packageId);
    if (r < 0 || !m_agents) {
        done({tr("This material is not in the room any more.")});
        return;
    }
    const RoomPackage p = m_packages.at(r);
    const QStringList holders = p.completeOn + p.partialOn;
    struct Gather {
        QStringList errors;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = int(holders.size());
    if (holders.isEmpty()) {
        done({});
        refresh();
        return;
    }
    for (const QString &deviceId : holders) {
        const QString name = m_agents->nameOf(deviceId);
        m_agents->send(deviceId, QStringLiteral("package.delete"), {{QStringLiteral("id"), packageId}},
                       [this, guard = QPointer<RoomPackagesModel>(this), gather, name, done](const Result<QCborMap> &res) {
                           if (!res)
                               gather->errors.append(tr("%1: %2").arg(name, res.errorString()));
                           if (--gather->pending > 0)
                               return;
                           done(gather->errors);
                           if (guard)
                               refresh();
                       });
    }
}

void RoomPackagesModel::files(const QString &packageId, FilesDone done)
{
    const int r = row(packageId);
    if (r < 0 || !m_agents || (m_packages.at(r).completeOn.isEmpty() && m_packages.at(r).partialOn.isEmpty())) {
        done(Error::make(ErrorCode::NotFound, tr("No computer of this room has this material any more.")));
        return;
    }
    const RoomPackage &p = m_packages.at(r);
    const QString deviceId = !p.completeOn.isEmpty() ? p.completeOn.constFirst() : p.partialOn.constFirst();
    m_agents->send(deviceId, QStringLiteral("package.files"), {{QStringLiteral("id"), packageId}}, [done](const Result<QCborMap> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        QList<FileEntry> out;
        const QCborArray list = res->value(QStringLiteral("files")).toArray();
        for (const QCborValue &v : list) {
            const QCborMap m = v.toMap();
            out.append({m.value(QStringLiteral("path")).toString(), m.value(QStringLiteral("size")).toInteger()});
        }
        done(out);
    });
}

} // namespace tafel::gui
