#include "gui/roomhealth.h"
#include "gui/displaytile.h"
#include "gui/healthstrip.h"
#include "gui/historychart.h"
#include "gui/roomagents.h"
#include "gui/teacherview.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace tafel::gui {

namespace {
constexpr int kPollMs = 15'000;
constexpr qint64 kHistoryRefreshMs = 60'000;

Tone toneOf(const QString &state)
{
    if (state == QLatin1String("ok"))
        return Tone::Good;
    if (state == QLatin1String("degraded"))
        return Tone::Warning;
    if (state == QLatin1String("down"))
        return Tone::Bad;
    return Tone::Unknown;
}

QString colourOf(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QStringLiteral("#2E7D32");
    case Tone::Warning: return QStringLiteral("#E65100");
    case Tone::Bad: return QStringLiteral("#C62828");
    default: return QStringLiteral("#8A94A6");
    }
}

std::optional<double> number(const QCborValue &v)
{
    return v.isDouble() || v.isInteger() ? std::optional(v.toDouble()) : std::nullopt;
}
} // namespace

RoomHealth::RoomHealth(store::Database &db, RoomAgents *agents, TeacherView *view, HealthPanel *panel, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_agents(agents)
    , m_view(view)
    , m_panel(panel)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &RoomHealth::refresh);
    connect(m_view, &TeacherView::roomChanged, this, &RoomHealth::onRoomChanged);
    // The agents' own status poll decides online/offline; a change is a good moment to ask again.
    connect(m_agents, &RoomAgents::agentsChanged, this, [this] {
        if (!m_busy && (m_agentId.isEmpty() || m_unreachable))
            refresh();
    });
    connect(m_panel, &HealthPanel::rangeChanged, this, [this] {
        m_historyLoadedMs = 0;
        loadHistory();
    });
    m_view->healthStrip()->installEventFilter(this);
    m_strip = m_view->healthStrip();
    m_view->healthStrip()->setCursor(Qt::PointingHandCursor);
    m_view->healthStrip()->setToolTip(tr("Tap for the network details of this room"));
    // Hidden until the strip is tapped: the teacher view fits 1280x800 without scrolling.
    m_panel->hide();
    onRoomChanged(m_view->currentRoomId());
    m_poll->start();
}

RoomHealth::~RoomHealth() = default;

bool RoomHealth::eventFilter(QObject *watched, QEvent *event)
{
    // Compare the raw pointer only: events also arrive while the strip and the view are being destroyed, when a
    // QPointer<TeacherView> must not be dereferenced (UBSan: downcast of a half-destroyed object).
    if (event->type() == QEvent::MouseButtonRelease && watched == m_strip && m_panel) {
        setDetailsVisible(m_panel->isHidden());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void RoomHealth::setDetailsVisible(bool visible)
{
    m_panel->setVisible(visible);
    if (visible)
        loadHistory();
}

void RoomHealth::onRoomChanged(const QString &roomId)
{
    m_roomId = roomId;
    m_agentId.clear();
    m_names.clear();
    m_historyLoadedMs = 0;
    ++m_generation;
    store::DeviceRepository devices(m_db);
    if (auto list = devices.list(roomId))
        for (const Device &d : std::as_const(*list))
            m_names.insert(d.id, d.name);
    m_panel->chart()->setLoading();
    m_panel->setTitle(tr("Network — %1").arg(m_view->currentRoomName()));
    QTimer::singleShot(0, this, &RoomHealth::refresh);
}

void RoomHealth::refresh()
{
    if (!m_agents || m_busy)
        return;
    QStringList online, all;
    bool checking = false;
    for (const RoomAgent &a : m_agents->agents()) {
        all << a.deviceId;
        if (a.state == RoomAgent::State::Online)
            online << a.deviceId;
        checking |= a.state == RoomAgent::State::Checking;
    }
    if (all.isEmpty()) {
        showUnreachable(tr("No agent in this room measures the network."));
        return;
    }
    if (online.isEmpty()) {
        if (!checking)
            showUnreachable(tr("Agent unreachable — no current network data."));
        return;
    }
    // The agent that answered last time first.
    if (online.removeOne(m_agentId))
        online.prepend(m_agentId);
    m_busy = true;
    tryAgents(online, m_generation, false);
}

void RoomHealth::tryAgents(QStringList candidates, quint64 generation, bool answered)
{
    if (candidates.isEmpty()) {
        m_busy = false;
        showUnreachable(answered ? tr("No agent in this room measures the network.") : tr("Agent unreachable — no current network data."));
        return;
    }
    const QString id = candidates.takeFirst();
    m_agents->send(id, QStringLiteral("health.get"), {}, [this, id, candidates, generation, answered](const Result<QCborMap> &r) {
        if (generation != m_generation) {
            m_busy = false;
            return;
        }
        if (!r || r->value(QStringLiteral("devices")).toArray().isEmpty()) {
            tryAgents(candidates, generation, answered || bool(r));
            return;
        }
        m_busy = false;
        m_agentId = id;
        applyHealth(*r);
    });
}

void RoomHealth::applyHealth(const QCborMap &health)
{
    m_unreachable = false;
    HealthStrip *strip = m_view->healthStrip();
    QStringList lines;
    for (const QCborValue &v : health.value(QStringLiteral("devices")).toArray()) {
        const QCborMap d = v.toMap();
        const QString id = d.value(QStringLiteral("id")).toString();
        const QString state = d.value(QStringLiteral("state")).toString();
        const Tone tone = toneOf(state);
        QString words = tone == Tone::Good      ? tr("OK")
                        : tone == Tone::Warning ? tr("Slow")
                        : tone == Tone::Bad     ? tr("Not reachable")
                                                : tr("Not measured yet");
        QString detail = words;
        if (const auto rtt = number(d.value(QStringLiteral("rttMs"))); rtt && tone != Tone::Bad)
            detail += tr(", %1 ms").arg(*rtt, 0, 'f', *rtt < 10 ? 1 : 0);
        if (tone != Tone::Good && d.contains(QStringLiteral("error")))
            detail += QStringLiteral(" — ") + d.value(QStringLiteral("error")).toString();
        strip->setDeviceState(id, tone, detail);
        const QString name = m_names.value(id, id);
        lines << QStringLiteral("<span style='color:%1'>●</span>&nbsp;%2: %3").arg(colourOf(tone), name.toHtmlEscaped(), detail.toHtmlEscaped());
    }
    m_panel->setDevicesText(lines.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));

    const Tone room = toneOf(health.value(QStringLiteral("roomState")).toString());
    QString summary = room == Tone::Good      ? tr("Network OK")
                      : room == Tone::Warning ? tr("Network degraded")
                      : room == Tone::Bad     ? tr("Network down")
                                              : tr("Network: not measured yet");
    const QCborMap bb = health.value(QStringLiteral("broadband")).toMap();
    QString broadband;
    if (!bb.isEmpty()) {
        const QString at = QDateTime::fromMSecsSinceEpoch(bb.value(QStringLiteral("at")).toInteger()).toLocalTime().toString(QStringLiteral("HH:mm"));
        if (bb.contains(QStringLiteral("error"))) {
            broadband = tr("Last test %1 failed: %2").arg(at, bb.value(QStringLiteral("error")).toString());
        } else {
            const auto down = number(bb.value(QStringLiteral("downloadMbps")));
            const auto up = number(bb.value(QStringLiteral("uploadMbps")));
            const QString speeds = tr("↓ %1 ↑ %2 Mbit/s")
                                       .arg(down ? QString::number(*down, 'f', 0) : QStringLiteral("–"), up ? QString::number(*up, 'f', 0) : QStringLiteral("–"));
            summary += QStringLiteral("  ") + speeds;
            broadband = tr("%1 (test at %2)").arg(speeds, at);
            strip->setLastMeasurement(tr("Last test %1").arg(at));
        }
    } else if (health.value(QStringLiteral("measuring")).toBool()) {
        broadband = tr("Broadband test running…");
    } else {
        broadband = health.value(QStringLiteral("broadbandConfigured")).toBool() ? tr("No broadband test yet") : QString();
    }
    if (health.value(QStringLiteral("measuring")).toBool() && !bb.isEmpty())
        broadband += QStringLiteral(" · ") + tr("new test running…");
    m_panel->setBroadbandText(broadband);
    m_view->setNetworkSummary(room, summary, broadband);
    // Right after start (nothing measured yet) or while a test runs, ask again soon rather than in 15 s.
    bool pending = health.value(QStringLiteral("measuring")).toBool();
    for (const QCborValue &v : health.value(QStringLiteral("devices")).toArray())
        pending |= v.toMap().value(QStringLiteral("state")).toString() == QLatin1String("unknown");
    if (pending)
        QTimer::singleShot(3000, this, &RoomHealth::refresh);
    if (QDateTime::currentMSecsSinceEpoch() - m_historyLoadedMs > (m_panel->chart()->pointCount() ? kHistoryRefreshMs : 5000) || m_panel->chart()->isUnreachable())
        loadHistory();
    Q_EMIT updated();
}

void RoomHealth::showUnreachable(const QString &reason)
{
    m_unreachable = true;
    HealthStrip *strip = m_view->healthStrip();
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        strip->setDeviceState(it.key(), Tone::Unknown, reason);
    strip->setLastMeasurement(tr("Agent unreachable"));
    m_panel->setDevicesText({});
    m_panel->setBroadbandText({});
    m_panel->chart()->setUnreachable(reason);
    m_view->setNetworkSummary(Tone::Unknown, tr("Network: agent unreachable"), reason);
    m_historyLoadedMs = 0;
    Q_EMIT updated();
}

void RoomHealth::loadHistory()
{
    if (m_agentId.isEmpty() || m_unreachable || !m_agents)
        return;
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    QCborMap args{{QStringLiteral("room"), m_view->currentRoomName()}, {QStringLiteral("until"), to}, {QStringLiteral("combine"), true}};
    qint64 from = 0;
    switch (m_panel->range()) {
    case HealthPanel::Range::Day:
        from = to - 86'400'000LL;
        args.insert(QStringLiteral("resolution"), QStringLiteral("raw"));
        args.insert(QStringLiteral("bucketSecs"), 300);
        break;
    case HealthPanel::Range::Week:
        from = to - 7 * 86'400'000LL;
        args.insert(QStringLiteral("resolution"), QStringLiteral("hour"));
        break;
    case HealthPanel::Range::Month:
        from = to - 30 * 86'400'000LL;
        args.insert(QStringLiteral("resolution"), QStringLiteral("hour"));
        args.insert(QStringLiteral("bucketSecs"), 4 * 3600);
        break;
    }
    args.insert(QStringLiteral("since"), from);
    m_historyLoadedMs = to;
    const quint64 generation = m_generation;
    m_agents->send(m_agentId, QStringLiteral("history.query"), args, [this, generation, from, to](const Result<QCborMap> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_panel->chart()->setUnreachable(tr("History unavailable: %1").arg(r.errorString()));
            return;
        }
        applyHistory(*r, from, to);
    });
}

void RoomHealth::applyHistory(const QCborMap &history, qint64 from, qint64 to)
{
    QList<HistoryChart::Point> points;
    for (const QCborValue &v : history.value(QStringLiteral("rows")).toArray()) {
        const QCborMap r = v.toMap();
        HistoryChart::Point p;
        p.ms = r.value(QStringLiteral("bucket")).toInteger();
        p.min = number(r.value(QStringLiteral("min")));
        p.median = number(r.value(QStringLiteral("median")));
        p.p90 = number(r.value(QStringLiteral("p90")));
        p.max = number(r.value(QStringLiteral("max")));
        const qint64 count = r.value(QStringLiteral("count")).toInteger();
        p.lossPct = count ? 100.0 * double(r.value(QStringLiteral("failures")).toInteger()) / double(count) : 0;
        points.append(p);
    }
    QList<HistoryChart::Test> tests;
    for (const QCborValue &v : history.value(QStringLiteral("broadband")).toArray()) {
        const QCborMap b = v.toMap();
        tests.append({b.value(QStringLiteral("at")).toInteger(), number(b.value(QStringLiteral("downloadMbps"))), number(b.value(QStringLiteral("uploadMbps")))});
    }
    m_panel->chart()->setRange(from, to);
    m_panel->chart()->setData(points, tests);
}

} // namespace tafel::gui
