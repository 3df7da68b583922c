#pragma once

#include "gui/materialsend.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tafel::gui {

class RoomAgents;
class RoomPackagesModel;

// "Send to room" in the teacher view: a drop target for files and folders (or "Choose files…" / "Choose
// folder…" with a large file dialog), then one row per computer of the room with a progress bar, bytes, rate,
// time left, "✓ Verified" or the error in words; Cancel and "Retry failed". Below, the material the room already
// has (package.list from the agents) with Open (its files) and Delete (after a confirmation).
class SendMaterialPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendMaterialPanel)
public:
    SendMaterialPanel(RoomAgents *agents, MaterialSendOptions options, QWidget *parent = nullptr);
    ~SendMaterialPanel() override;

    MaterialSend *materialSend() const { return m_send; }
    RoomPackagesModel *packagesModel() const { return m_packages; }
    // The line under the drop target ("Sending …", errors) and one computer's row, as shown.
    QString statusText() const;
    QString deliveryText(int row) const;

public Q_SLOTS:
    // What a drop and the file dialogs end in.
    void sendPaths(const QStringList &paths);
    void chooseFiles();
    void chooseFolder();
    void refreshPackages();
    void openPackage(const QString &packageId);
    // Asks first (a message box); deletes on every computer of the room that has it.
    void deletePackage(const QString &packageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString rateText(double bytesPerSecond);
    static QString etaText(qint64 secs);
    void setDragging(bool dragging);
    void rebuildRows();
    void updateRow(int row);
    void updateStatus();
    void setStatus(const QString &text, const QString &state); // the line under the drop area; empty text hides it
    void rebuildPackages();
    void agentsChanged();

    QPointer<RoomAgents> m_agents;
    MaterialSend *m_send = nullptr;
    RoomPackagesModel *m_packages = nullptr;
    QPointer<QFrame> m_dropZone;
    QPointer<QLabel> m_status;
    QPointer<QWidget> m_rowsHost;
    QPointer<QGridLayout> m_rowsGrid;
    QPointer<QPushButton> m_cancel;
    QPointer<QPushButton> m_retry;
    QPointer<QVBoxLayout> m_packageRows;
    QPointer<QLabel> m_packagesEmpty;
    QPointer<QPushButton> m_refresh;
    struct Row {
        QPointer<QLabel> name;
        QPointer<QProgressBar> bar;
        QPointer<QLabel> detail;
    };
    QList<Row> m_rows;
    QList<QPointer<QWidget>> m_packageWidgets;
    QStringList m_agentIds; // to refresh the package list when the room (its agents) changes
};

} // namespace tafel::gui
