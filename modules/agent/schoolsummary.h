#pragma once

#include "core/result.h"
#include "reporting/healthreport.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tafel::agent {

// The school reporter's view of the school ([Reporting] SchoolReporter=true): asks every agent in the school's pin
// file ("HOST:PORT FINGERPRINT", as tafelctl agent enroll writes agent-pins) for health.get, in parallel, with the
// configured client key and the pinned certificates, and counts rooms by their state (several agents of one room:
// the worst state counts) and the agents that did not answer within the deadline. One collection at a time.
class SchoolSummaryCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchoolSummaryCollector)
public:
    SchoolSummaryCollector(QString pinFile, QString keyFile, QObject *parent = nullptr);
    ~SchoolSummaryCollector() override;

    // `done` runs once, after every agent answered or `deadlineMs` passed. Errors (unreadable pin or key file) are
    // logged and give an empty summary with every listed agent unreachable.
    void collect(int deadlineMs, std::function<void(const reporting::SchoolSummary &)> done);

private:
    QString m_pinFile;
    QString m_keyFile;
    bool m_busy = false;
};

} // namespace tafel::agent
