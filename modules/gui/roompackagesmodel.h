#pragma once

#include "core/result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace tafel::gui {

class RoomAgents;

// One package as the room has it: merged over the room's agents by package id.
struct RoomPackage {
    QString id;
    QString title;
    QDateTime created;
    qint64 bytes = 0;
    int files = 0;
    QStringList completeOn; // device ids of the agents that have it complete
    QStringList partialOn;  // device ids of the agents still receiving it (staging)
};

// The lesson material the room's computers already have (package.list from every agent of the room), newest
// first; each row says on how many computers it is complete. Delete asks every agent that has the package.
class RoomPackagesModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomPackagesModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, BytesRole, CompleteCountRole };
    struct FileEntry {
        QString path;
        qint64 size = 0;
    };
    using Done = std::function<void(const QStringList &errors)>;
    using FilesDone = std::function<void(const Result<QList<FileEntry>> &files)>;

    explicit RoomPackagesModel(RoomAgents *agents, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const RoomPackage &package(int row) const { return m_packages.at(row); }
    QList<RoomPackage> packages() const { return m_packages; }
    int row(const QString &packageId) const;
    int agentCount() const;
    // Agents that did not answer the last refresh, with the reason ("Lehrer-PC 204: not reachable ...").
    QStringList errors() const { return m_errors; }
    bool isRefreshing() const { return m_pending > 0; }

    // Asks every agent of the room (package.list); refreshed() when all answered.
    void refresh();
    // Deletes the package on every agent that has it (package.delete), then refreshes; `done` gets one line per
    // agent that failed.
    void remove(const QString &packageId, Done done);
    // The files of a package, from the first agent that has it complete (package.files).
    void files(const QString &packageId, FilesDone done);

    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void refreshed();

private:
    QPointer<RoomAgents> m_agents;
    QList<RoomPackage> m_packages;
    QStringList m_errors;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace tafel::gui
