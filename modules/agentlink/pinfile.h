#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tafel::agentlink {

// The pinned agent certificates of a client (tafelctl, tafel): the text file "agent-pins" next to the inventory
// database, one "HOST:PORT SHA256-FINGERPRINT" per line, '#' comments. `tafelctl agent enroll` writes it; every
// later connection must present exactly the pinned certificate.
class PinFile final {
    Q_DECLARE_TR_FUNCTIONS(tafel::agentlink::PinFile)
public:
    explicit PinFile(QString path) : m_path(std::move(path)) {}
    // "agent-pins" in the directory of the database file `dbPath`.
    static PinFile nextToDatabase(const QString &dbPath);
    // "host:port", "[v6]:port".
    static QString key(const QString &host, quint16 port);

    QString path() const { return m_path; }
    Result<QMap<QString, QString>> load() const; // missing file = no pins
    Status store(const QString &hostPort, const QString &fingerprint) const; // atomic rewrite
    Status remove(const QString &hostPort) const;                            // unpin; a missing pin is no error

private:
    QString m_path;
};

} // namespace tafel::agentlink
