#pragma once

#include "schooladmin/configpusher.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
#include <QListWidget>
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace tafel::agentlink {
class AgentClient;
}
namespace tafel::store {
class Database;
}

namespace tafel::gui {

// Admin page "Agents & keys":
// - the school's agents (devices with an agent) with the pinned certificate fingerprint, and — live, from a
//   `status` call with the admin key — version and state; an agent that does not answer is "Unreachable" (its
//   last answer is shown as "last seen", never as its current state). Last-seen times are kept in the database.
// - enroll an agent (host:port → connect, show the fingerprint, the admin confirms → pinned), unpin;
// - the school's client keys (teacher/admin): create (private key to a file the admin chooses, 0600), revoke;
// - "Push configuration" (versioned config.push to every agent, one line per agent), and the installer bundle.
// Every change is written to the audit log.
class AgentsKeysPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsKeysPage)
public:
    explicit AgentsKeysPage(store::Database &db, QWidget *parent = nullptr);
    ~AgentsKeysPage() override;

    // The admin's client key (tafelctl keys create --role admin): status calls and config push use it.
    void setAdminKeyFile(const QString &path);
    QString adminKeyFile() const { return m_adminKeyFile; }
    // Interval of the live refresh while the page is visible (0 = only on demand).
    void setRefreshInterval(int ms);

    // Re-reads agents and keys from the store and asks every enrolled agent for its status.
    void refresh();

    // Enrollment: connect to `hostPort` (accepting any certificate), then show its fingerprint; confirmEnroll()
    // pins it. Returns false (with a message) for a bad address.
    bool startEnroll(const QString &hostPort);
    QString pendingFingerprint() const { return m_pendingFingerprint; }
    Status confirmEnroll();
    void cancelEnroll();
    Status unpin(const QString &hostPort);

    Result<store::ClientKey> createKey(store::Role role, const QString &comment, const QString &privateKeyPath);
    Result<store::ClientKey> revokeKey(const QString &keyId);
    // Writes provision.json per room (trusted keys = the school's active keys, the admin password hash).
    Result<QStringList> exportBundle(const QString &schoolId, const QString &directory);
    // Starts a config push to every agent; results appear in the result list and with pushFinished().
    Status pushConfiguration();

    QStandardItemModel *agentModel() const { return m_agentModel; }
    QStandardItemModel *keyModel() const { return m_keyModel; }
    QListWidget *pushResults() const { return m_pushResults; }
    QString statusText() const;

    enum AgentColumn { ColRoom, ColAgent, ColAddress, ColState, ColVersion, ColLastSeen, ColConfig, ColFingerprint, AgentColumnCount };
    enum KeyColumn { KeyColId, KeyColRole, KeyColComment, KeyColCreated, KeyColState, KeyColumnCount };

Q_SIGNALS:
    // A round of status calls finished (every agent answered or failed).
    void refreshed();
    void enrollReady(const QString &fingerprint);
    void pushFinished();
    // Keys, pins or users changed (the audit page reloads).
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeAgentsSection();
    QWidget *makeKeysSection();
    void reloadAgents();
    void reloadKeys();
    void pollAgents();
    void setAgentState(int row, const QString &state, const QString &tooltip);
    void showStatus(const QString &text, bool error = false);
    void onCreateKeyClicked(store::Role role);
    void onRevokeClicked();
    void onExportClicked();
    void onPushClicked();
    void onEnrollClicked();
    void onUnpinClicked();
    QString selectedAgent() const;
    QString selectedKey() const;

    store::Database &m_db;
    QString m_adminKeyFile;
    QStandardItemModel *m_agentModel = nullptr;
    QStandardItemModel *m_keyModel = nullptr;
    QPointer<QTableView> m_agentTable;
    QPointer<QTableView> m_keyTable;
    QPointer<QLabel> m_status;
    QPointer<QLabel> m_keyFileLabel;
    QPointer<QLineEdit> m_enrollHost;
    QPointer<QLabel> m_enrollFingerprint;
    QPointer<QPushButton> m_enrollConfirm;
    QPointer<QPushButton> m_enrollCancel;
    QPointer<QPushButton> m_pushButton;
    QPointer<QListWidget> m_pushResults;
    QTimer *m_timer = nullptr;
    QList<schooladmin::AgentTarget> m_targets;
    std::vector<std::unique_ptr<agentlink::AgentClient>> m_polls;
    int m_pollsPending = 0;
    quint64 m_pollGeneration = 0;
    std::unique_ptr<agentlink::AgentClient> m_enrollClient;
    QString m_pendingHostPort;
    QString m_pendingFingerprint;
    QPointer<schooladmin::ConfigPusher> m_pusher;
};

} // namespace tafel::gui
