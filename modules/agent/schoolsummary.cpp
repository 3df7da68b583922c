#include "agent/schoolsummary.h"
#include "agent/logging.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "core/hostport.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace tafel::agent {

namespace {
int rank(const QString &state)
{
    if (state == QLatin1String("down"))
        return 3;
    if (state == QLatin1String("degraded"))
        return 2;
    if (state == QLatin1String("ok"))
        return 1;
    return 0; // unknown
}
} // namespace

SchoolSummaryCollector::SchoolSummaryCollector(QString pinFile, QString keyFile, QObject *parent)
    : QObject(parent)
    , m_pinFile(std::move(pinFile))
    , m_keyFile(std::move(keyFile))
{
}

SchoolSummaryCollector::~SchoolSummaryCollector() = default;

void SchoolSummaryCollector::collect(int deadlineMs, std::function<void(const reporting::SchoolSummary &)> done)
{
    if (m_busy) {
        done({}); // the previous round still runs (a very short interval): no school series this time
        return;
    }
    auto pins = agentlink::PinFile(m_pinFile).load();
    if (!pins) {
        qCWarning(lcAgent).noquote() << "school report: cannot read" << m_pinFile << ":" << pins.errorString();
        done({});
        return;
    }
    auto creds = agentlink::ClientCredentials::fromKeyFile(m_keyFile);
    if (!creds) {
        qCWarning(lcAgent).noquote() << "school report: cannot read the key" << m_keyFile << ":" << creds.errorString();
        reporting::SchoolSummary s;
        s.agentsUnreachable = int(pins->size());
        done(s);
        return;
    }
    struct Round {
        std::function<void(const reporting::SchoolSummary &)> done;
        QHash<QString, int> roomRank; // room -> worst state
        int pending = 0;
        int unreachable = 0;
        bool finished = false;
        QList<QPointer<agentlink::AgentClient>> clients;
    };
    auto round = std::make_shared<Round>();
    round->done = std::move(done);
    round->pending = int(pins->size());
    m_busy = true;
    QPointer<SchoolSummaryCollector> self(this);
    auto finish = [self, round] {
        if (round->finished)
            return;
        round->finished = true;
        reporting::SchoolSummary s;
        s.agentsUnreachable = round->unreachable + round->pending; // no answer by the deadline = unreachable
        for (auto it = round->roomRank.cbegin(); it != round->roomRank.cend(); ++it) {
            ++s.rooms;
            switch (it.value()) {
            case 3: ++s.roomsDown; break;
            case 2: ++s.roomsDegraded; break;
            case 1: ++s.roomsOk; break;
            default: ++s.roomsUnknown; break;
            }
        }
        for (const auto &c : std::as_const(round->clients))
            if (c)
                c->deleteLater();
        if (self)
            self->m_busy = false;
        round->done(s);
    };
    if (pins->isEmpty()) {
        finish();
        return;
    }
    QTimer::singleShot(deadlineMs, this, finish);
    for (auto it = pins->cbegin(); it != pins->cend(); ++it) {
        auto hp = parseHostPort(it.key(), agentlink::kDefaultAgentPort);
        if (!hp) {
            ++round->unreachable;
            --round->pending;
            continue;
        }
        auto *client = new agentlink::AgentClient(this);
        client->setCredentials(*creds);
        client->setPinnedFingerprint(it.value());
        client->setHandshakeTimeout(deadlineMs);
        client->setCallTimeout(deadlineMs);
        client->connectToAgent(hp->host, hp->port);
        round->clients.append(client);
        const QString where = it.key();
        client->call(QStringLiteral("health.get"), {}, [round, finish, where](Result<QCborMap> r) {
            if (round->finished)
                return;
            --round->pending;
            if (r) {
                const QString room = r->value(QStringLiteral("room")).toString();
                const int k = rank(r->value(QStringLiteral("roomState")).toString());
                round->roomRank[room.isEmpty() ? where : room] = qMax(round->roomRank.value(room.isEmpty() ? where : room, 0), k);
            } else {
                ++round->unreachable;
                qCInfo(lcAgent).noquote() << "school report:" << where << "did not answer:" << r.errorString();
            }
            if (round->pending == 0)
                finish();
        });
    }
    if (round->pending == 0)
        finish();
}

} // namespace tafel::agent
