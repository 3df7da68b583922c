#pragma once

#include "gui/roomagents.h"

#include <QCborMap>
#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

// The admin view's "Reports to the city" page (issue 7, item 4). Reporting runs in the agents, so the page talks
// to every agent of the school over the LAN protocol with the admin key (admin-only commands report.status,
// report.config.get, report.config.set, report.test; see agent/reportingcommands.h):
//  - a table of the agents: room, reporting on/off, outbox size, per sink last success / last error with time;
//  - the selected agent's settings: school and room ids, interval, outbox size limit, school reporter, and per
//    sink kind, name, URL, CA file, client certificate + key, bearer token (write-only: never shown again, only
//    "set"), enabled; Save validates on the agent (errors shown next to the form, nothing changed);
//  - a Test button per sink: one report now, the server's answer in words (HTTP status and the start of the body,
//    or the network error).
class ReportsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    ReportsPage(store::Database &db, RoomAgentsOptions options, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Re-reads rooms and agents from the store and asks every agent for its reporting status.
    void reload();
    void refresh();
    // Shows the agent's settings (report.config.get); empty = none.
    void selectAgent(const QString &deviceId);
    QString selectedAgent() const { return m_selected; }
    QStringList agentIds() const;
    // The last report.status answer of an agent (empty until it answered) and its error text.
    QCborMap statusOf(const QString &deviceId) const;
    QString errorOf(const QString &deviceId) const;

    // Form access for tests and the CLI twin's documentation: sink boxes in order.
    int sinkCount() const { return int(m_sinks.size()); }
    void testSink(int index);
    void save();
    void addSink();

Q_SIGNALS:
    void statusChanged(const QString &deviceId);
    void configLoaded(const QString &deviceId);
    void saveFinished(bool ok, const QString &message);
    void testFinished(const QString &sink, bool ok, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct AgentRow {
        QString roomId;
        QString roomName;
        QString deviceId;
        QString name;
        QPointer<RoomAgents> agents;
        QCborMap status;
        QString error;
        ErrorCode errorCode = ErrorCode::Failed;
        bool answered = false;
    };
    struct SinkBox {
        QPointer<QGroupBox> box;
        QPointer<QComboBox> kind;
        QPointer<QLineEdit> name;
        QPointer<QLineEdit> url;
        QPointer<QLabel> urlError;
        QPointer<QLineEdit> caFile;
        QPointer<QLineEdit> certFile;
        QPointer<QLineEdit> keyFile;
        QPointer<QLineEdit> token;
        QPointer<QCheckBox> clearToken;
        QPointer<QCheckBox> enabled;
        QPointer<QPushButton> test;
        QPointer<QLabel> answer;
        QPointer<QLabel> state;
        QString savedName; // empty for a sink added in the form and not saved yet
        bool tokenSet = false;
    };

    void ask(int row);
    void updateTable();
    void updateSinkStates();
    void loadForm(const QCborMap &config);
    void clearForm();
    SinkBox &makeSinkBox(const QCborMap &sink);
    QCborMap formConfig(QString *problem) const;
    AgentRow *row(const QString &deviceId);
    const AgentRow *row(const QString &deviceId) const;
    QString sinkSummary(const QCborMap &sink) const;

    store::Database &m_db;
    RoomAgentsOptions m_options;
    QList<AgentRow> m_rows;
    QList<QPointer<RoomAgents>> m_roomAgents;
    QString m_selected;
    quint64 m_generation = 0;
    bool m_loaded = false;

    QPointer<QTimer> m_refresh; // report.status every RoomAgentsOptions::refreshMs while shown
    QPointer<QTableWidget> m_table;
    QPointer<QLabel> m_formTitle;
    QPointer<QLabel> m_formHint;
    QPointer<QWidget> m_form;
    QPointer<QLabel> m_outbox;
    QPointer<QLineEdit> m_school;
    QPointer<QLineEdit> m_room;
    QPointer<QSpinBox> m_interval;
    QPointer<QSpinBox> m_outboxMax;
    QPointer<QCheckBox> m_schoolReporter;
    QPointer<QLineEdit> m_schoolAgents;
    QPointer<QLineEdit> m_schoolKey;
    QPointer<QVBoxLayout> m_sinkLayout;
    QPointer<QPushButton> m_addSink;
    QPointer<QPushButton> m_save;
    QPointer<QLabel> m_message;
    QList<SinkBox> m_sinks;
    QCborMap m_loadedConfig; // as the agent gave it (tokens as tokenSet): "before" in the audit log
};

} // namespace tafel::gui
