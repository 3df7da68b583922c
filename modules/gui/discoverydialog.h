#pragma once

#include "discovery/networkscan.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

class QProgressBar;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

// The discovery assistant (issue 8, item 2): PJLink %2SRCH on the LAN and a TCP sweep of the PC's subnets (or a
// subnet the admin types, at most /22) for PJLink, Samsung MDC and Tafel agent ports. Every answer is a proposed
// device (address, what answered, PJLink name and class, already in the inventory or not); the admin ticks the
// ones to add, picks the room and adds them in one transaction, each with an audit entry.
class DiscoveryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)
public:
    DiscoveryDialog(store::Database &db, QWidget *parent = nullptr);
    ~DiscoveryDialog() override;

    // Scan settings before start() (tests: loopback subnet, simulator ports, search on loopback).
    void setScanOptions(const discovery::ScanOptions &options) { m_base = options; }
    // Starts a scan of the typed subnet (or the PC's own subnets); false with the message shown for bad input.
    bool startScan();
    bool isScanning() const;
    QList<discovery::Proposal> proposals() const { return m_proposals; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QComboBox *roomBox() const { return m_room; }
    QLabel *statusLabel() const { return m_status; }
    // Ticks or unticks row `row` (only rows not in the inventory can be ticked).
    void setChecked(int row, bool checked);
    // Adds the ticked proposals to the chosen room; the number added, or -1 (message shown).
    int addChecked();

Q_SIGNALS:
    void scanFinished();
    void devicesAdded(int count);

private:
    void fillTable();
    void updateButtons();

    store::Database &m_db;
    discovery::ScanOptions m_base;
    QPointer<discovery::NetworkScan> m_scan;
    QList<discovery::Proposal> m_proposals;
    QPointer<QLineEdit> m_subnet;
    QPointer<QPushButton> m_start;
    QPointer<QProgressBar> m_progress;
    QPointer<QLabel> m_status;
    QPointer<QTableWidget> m_table;
    QPointer<QComboBox> m_room;
    QPointer<QPushButton> m_add;
};

} // namespace tafel::gui
