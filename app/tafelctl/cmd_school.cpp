// tafelctl school health: every room of the inventory with its state as the room's agents report it (health.get),
// asked in parallel on one event loop, each agent checked against its pinned certificate. Exit 0 when every room
// with an agent answered, 1 when an agent was unreachable (the others are still printed), 2 for a bad command line.
#include "command.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "classroom/schoolhealth.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace tafel::cli {
namespace {

using classroom::SchoolHealth;

class SchoolCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::SchoolCommand)
public:
    static Group group()
    {
        return {QStringLiteral("school"),
                [] { return tr("The whole school at a glance"); },
                {
                    Verb{QStringLiteral("health"), [] { return tr("Every room's health from its agents: state, reason, broadband, devices"); },
                         &SchoolCommand::declareHealth, &SchoolCommand::health, 0, 0},
                }};
    }

    static void declareHealth(QCommandLineParser &p)
    {
        p.addOption(ClientKey::option());
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Per agent, in milliseconds (default 5000)."), QStringLiteral("MS"),
                                       QStringLiteral("5000")));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Only room R (id or name)."), QStringLiteral("R")));
    }

    struct RoomResult {
        Room room;
        QList<Device> agents;
        QList<std::optional<Result<QCborMap>>> answers; // per agent
    };

    static int health(const QCommandLineParser &args, Context &ctx)
    {
        bool ok = false;
        const int timeout = args.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 100 || timeout > 120'000)
            return ctx.usageError(tr("--timeout must be 100 to 120000 milliseconds."));
        const QString keyFile = ClientKey::path(args);
        if (keyFile.isEmpty())
            return ctx.usageError(tr("A client key is needed: pass --key FILE or set TAFEL_KEY (create one with 'tafelctl keys create')."));
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<QString> onlyRoom;
        if (!ctx.roomFilter(args, &onlyRoom))
            return ExitFailed;
        auto rooms = store::RoomRepository(*db).list();
        if (!rooms)
            return ctx.fail(rooms.error());
        auto devices = store::DeviceRepository(*db).list();
        if (!devices)
            return ctx.fail(devices.error());
        auto creds = agentlink::ClientCredentials::fromKeyFile(keyFile);
        if (!creds)
            return ctx.fail(creds.error());
        auto pins = agentlink::PinFile::nextToDatabase(ctx.dbPath()).load();
        if (!pins)
            return ctx.fail(pins.error());
        QHash<QString, QString> names;
        QHash<QString, QList<Device>> byRoom;
        for (const Device &d : std::as_const(*devices)) {
            names.insert(d.id, d.name);
            byRoom[d.roomId].append(d);
        }

        std::vector<RoomResult> results;
        for (const Room &r : std::as_const(*rooms)) {
            if (onlyRoom && r.id != *onlyRoom)
                continue;
            RoomResult rr{r, SchoolHealth::agentsOf(byRoom.value(r.id)), {}};
            rr.answers.resize(rr.agents.size());
            results.push_back(rr);
        }
        std::sort(results.begin(), results.end(), [](const RoomResult &a, const RoomResult &b) { return a.room.name.localeAwareCompare(b.room.name) < 0; });

        // Every agent of every room at once.
        QEventLoop loop;
        int pending = 0;
        std::vector<std::unique_ptr<agentlink::AgentClient>> clients;
        for (RoomResult &rr : results) {
            for (qsizetype i = 0; i < rr.agents.size(); ++i) {
                const Device &a = rr.agents.at(i);
                const quint16 port = a.port ? a.port : agentlink::kDefaultAgentPort;
                const QString key = agentlink::PinFile::key(a.host, port);
                if (!pins->contains(key)) {
                    rr.answers[i] = Error::make(ErrorCode::AuthFailed, tr("%1 is not enrolled. Run: tafelctl agent enroll %1").arg(key));
                    continue;
                }
                auto client = std::make_unique<agentlink::AgentClient>();
                client->setCredentials(*creds);
                client->setPinnedFingerprint(pins->value(key));
                client->setHandshakeTimeout(timeout);
                client->setCallTimeout(timeout);
                client->connectToAgent(a.host, port);
                ++pending;
                auto *answers = &rr.answers;
                client->call(QStringLiteral("health.get"), {}, [answers, i, &pending, &loop](Result<QCborMap> r) {
                    (*answers)[i] = std::move(r);
                    if (--pending == 0)
                        loop.quit();
                });
                clients.push_back(std::move(client));
            }
        }
        if (pending > 0)
            loop.exec();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bool someUnreachable = false;
        QJsonArray array;
        QList<QStringList> rows;
        for (const RoomResult &rr : results) {
            QString state, reason, agentName, error;
            std::optional<classroom::RoomHealthSummary> summary;
            bool reachable = false;
            if (rr.agents.isEmpty()) {
                state = QStringLiteral("no-agent");
                reason = tr("No PC with an agent in this room");
            } else {
                QStringList errors;
                std::optional<QCborMap> fallback;
                QString fallbackAgent;
                for (qsizetype i = 0; i < rr.agents.size(); ++i) {
                    const auto &answer = rr.answers.at(i);
                    if (!answer || !*answer) {
                        errors << tr("%1: %2").arg(rr.agents.at(i).name, answer ? answer->errorString() : tr("no answer"));
                        continue;
                    }
                    reachable = true;
                    if (!(*answer)->value(QStringLiteral("devices")).toArray().isEmpty() && !summary) {
                        summary = SchoolHealth::summarise(**answer, names);
                        agentName = rr.agents.at(i).name;
                    } else if (!fallback) {
                        fallback = **answer;
                        fallbackAgent = rr.agents.at(i).name;
                    }
                }
                if (!summary && fallback) {
                    summary = SchoolHealth::summarise(*fallback, names);
                    agentName = fallbackAgent;
                }
                if (summary) {
                    state = summary->state;
                    reason = summary->reason;
                } else {
                    state = QStringLiteral("unreachable");
                    error = errors.join(QStringLiteral("; "));
                    reason = error;
                    someUnreachable = true;
                }
            }
            // Age of the newest probe, on the agent's clock (the answer itself is fresh).
            std::optional<qint64> ageSecs;
            if (summary && summary->newestSampleMs > 0)
                ageSecs = qMax<qint64>(0, (summary->agentTimeMs > 0 ? summary->agentTimeMs : now) - summary->newestSampleMs) / 1000;
            if (ctx.json()) {
                QJsonObject o{{QStringLiteral("room"), rr.room.name},
                              {QStringLiteral("room_id"), rr.room.id},
                              {QStringLiteral("state"), state},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("agents"), int(rr.agents.size())},
                              {QStringLiteral("agent_reachable"), reachable}};
                if (!agentName.isEmpty())
                    o.insert(QStringLiteral("agent"), agentName);
                if (!error.isEmpty())
                    o.insert(QStringLiteral("error"), error);
                if (summary) {
                    o.insert(QStringLiteral("devices_ok"), summary->ok);
                    o.insert(QStringLiteral("devices_degraded"), summary->degraded);
                    o.insert(QStringLiteral("devices_down"), summary->down);
                    o.insert(QStringLiteral("devices_unknown"), summary->unknown);
                    o.insert(QStringLiteral("displays_answering"), summary->displaysAnswering);
                    o.insert(QStringLiteral("displays_not_answering"), summary->displaysNotAnswering);
                    QJsonObject bb;
                    if (summary->downloadMbps)
                        bb.insert(QStringLiteral("download_mbps"), *summary->downloadMbps);
                    if (summary->uploadMbps)
                        bb.insert(QStringLiteral("upload_mbps"), *summary->uploadMbps);
                    if (summary->broadbandAtMs > 0)
                        bb.insert(QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(summary->broadbandAtMs, Qt::UTC).toString(Qt::ISODate));
                    if (!summary->broadbandError.isEmpty())
                        bb.insert(QStringLiteral("error"), summary->broadbandError);
                    o.insert(QStringLiteral("broadband"), bb.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bb));
                    o.insert(QStringLiteral("data_age_secs"), ageSecs ? QJsonValue(double(*ageSecs)) : QJsonValue(QJsonValue::Null));
                    QJsonArray devs;
                    for (const classroom::DeviceHealth &d : summary->devices) {
                        QJsonObject dj{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}, {QStringLiteral("kind"), d.kind},
                                       {QStringLiteral("state"), d.state}};
                        if (!d.error.isEmpty())
                            dj.insert(QStringLiteral("error"), d.error);
                        devs.append(dj);
                    }
                    o.insert(QStringLiteral("devices"), devs);
                }
                array.append(o);
            } else {
                QString broadband, devs;
                if (summary) {
                    if (summary->downloadMbps || summary->uploadMbps)
                        broadband = QStringLiteral("↓%1 ↑%2").arg(summary->downloadMbps ? QString::number(*summary->downloadMbps, 'f', 0) : QStringLiteral("-"),
                                                                  summary->uploadMbps ? QString::number(*summary->uploadMbps, 'f', 0) : QStringLiteral("-"));
                    devs = tr("%1 up, %2 down").arg(summary->ok + summary->degraded).arg(summary->down);
                    if (summary->unknown)
                        devs += tr(", %1 unknown").arg(summary->unknown);
                }
                rows.append({rr.room.name, state, reason, broadband, devs,
                             rr.agents.isEmpty() ? QString() : reachable ? tr("reachable") : tr("UNREACHABLE"),
                             ageSecs ? SchoolHealth::age(*ageSecs * 1000) : QString()});
            }
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.printTable({tr("ROOM"), tr("STATE"), tr("REASON"), tr("BROADBAND"), tr("DEVICES"), tr("AGENT"), tr("DATA AGE")}, rows);
        return someUnreachable ? ExitFailed : ExitOk;
    }
};

const GroupRegistrar registrar(&SchoolCommand::group);

} // namespace
} // namespace tafel::cli
