#include "displaycli.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace tafel::cli {

using namespace tafel::displays;

QString DisplayCli::protocolKey(Protocol p)
{
    return p == Protocol::Mdc ? QStringLiteral("mdc") : QStringLiteral("pjlink");
}

QString DisplayCli::protocolName(Protocol p)
{
    return p == Protocol::Mdc ? tr("Samsung MDC") : tr("PJLink");
}

quint16 DisplayCli::defaultPort(Protocol p)
{
    return p == Protocol::Mdc ? 1515 : 4352;
}

QString DisplayCli::targetText(const DisplayTarget &t)
{
    return HostPort{t.host, t.port ? t.port : defaultPort(t.protocol)}.toString();
}

Result<HostPort> DisplayCli::parseTarget(const QString &text, Protocol protocol)
{
    auto hp = parseHostPort(text.trimmed(), defaultPort(protocol));
    if (!hp)
        return Error::make(ErrorCode::InvalidInput, hp.errorString());
    return hp;
}

Result<QString> DisplayCli::readPasswordFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo::exists(path))
        return Error::make(ErrorCode::NotFound, tr("The password file %1 does not exist.").arg(path));
    if (QFileInfo(path).isDir())
        return Error::make(ErrorCode::Io, tr("The password file %1 is a directory.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read the password file %1: %2").arg(path, f.errorString()));
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("The first line of the password file %1 is empty.").arg(path));
    return QString::fromUtf8(line);
}

Result<int> DisplayCli::parseSeconds(const QString &option, const QString &text, double maxSeconds)
{
    bool ok = false;
    const double s = text.trimmed().toDouble(&ok);
    if (!ok || !(s > 0) || s > maxSeconds)
        return Error::make(ErrorCode::InvalidInput,
                           tr("--%1 must be a number of seconds greater than 0 and at most %2, not '%3'.").arg(option).arg(maxSeconds).arg(text));
    return qMax(1, int(s * 1000));
}

QString DisplayCli::healthKey(Health h)
{
    switch (h) {
    case Health::Ok: return QStringLiteral("ok");
    case Health::Warning: return QStringLiteral("warning");
    case Health::Error: return QStringLiteral("error");
    }
    return QStringLiteral("ok");
}

QString DisplayCli::powerText(PowerState p)
{
    switch (p) {
    case PowerState::On: return tr("on");
    case PowerState::Standby: return tr("standby");
    case PowerState::Warming: return tr("warming up");
    case PowerState::Cooling: return tr("cooling down");
    case PowerState::Unknown: break;
    }
    return tr("unknown");
}

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue boolOrNull(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}

// Did the driver learn anything? A display that never answered has no status worth printing.
bool statusKnown(const DisplayStatus &s, const Status &outcome)
{
    return outcome.ok() || s != DisplayStatus{};
}

} // namespace

QJsonObject DisplayCli::statusJson(const QString &target, Protocol protocol, const DisplayStatus &s, const Status &outcome)
{
    const bool known = statusKnown(s, outcome);
    QJsonObject o;
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("protocol"), protocolKey(protocol));
    o.insert(QStringLiteral("class"), protocol == Protocol::PjLink && s.pjlinkClass > 0 ? QJsonValue(s.pjlinkClass) : QJsonValue());
    o.insert(QStringLiteral("power"), powerStateKey(s.power));
    o.insert(QStringLiteral("input"), textOrNull(s.input));
    QJsonValue inputs;
    if (!s.inputs.isEmpty())
        inputs = QJsonArray::fromStringList(s.inputs);
    o.insert(QStringLiteral("inputs"), inputs);
    o.insert(QStringLiteral("video_muted"), boolOrNull(s.videoMuted));
    o.insert(QStringLiteral("audio_muted"), boolOrNull(s.audioMuted));
    o.insert(QStringLiteral("frozen"), boolOrNull(s.frozen));
    QJsonValue errors;
    if (known)
        errors = QJsonObject{{QStringLiteral("fan"), healthKey(s.errors.fan)},
                             {QStringLiteral("lamp"), healthKey(s.errors.lamp)},
                             {QStringLiteral("temperature"), healthKey(s.errors.temperature)},
                             {QStringLiteral("cover"), healthKey(s.errors.cover)},
                             {QStringLiteral("filter"), healthKey(s.errors.filter)},
                             {QStringLiteral("other"), healthKey(s.errors.other)}};
    o.insert(QStringLiteral("errors"), errors);
    QJsonValue lamps;
    if (!s.lamps.isEmpty()) {
        QJsonArray a;
        for (const LampInfo &l : s.lamps)
            a.append(QJsonObject{{QStringLiteral("hours"), l.hours}, {QStringLiteral("on"), l.on}});
        lamps = a;
    }
    o.insert(QStringLiteral("lamps"), lamps);
    o.insert(QStringLiteral("name"), textOrNull(s.name));
    o.insert(QStringLiteral("manufacturer"), textOrNull(s.manufacturer));
    o.insert(QStringLiteral("model"), textOrNull(s.model));
    o.insert(QStringLiteral("serial"), textOrNull(s.serial));
    o.insert(QStringLiteral("resolution"), textOrNull(s.resolution));
    o.insert(QStringLiteral("error"), outcome.ok() ? QJsonValue() : QJsonValue(outcome.errorString()));
    return o;
}

void DisplayCli::printStatusBlock(QTextStream &out, const QString &title, Protocol protocol, const DisplayStatus &s, const Status &outcome)
{
    QString heading = title + QStringLiteral(" (") + protocolName(protocol);
    if (protocol == Protocol::PjLink && s.pjlinkClass > 0)
        heading += QLatin1Char(' ') + tr("class %1").arg(s.pjlinkClass);
    heading += QLatin1Char(')');
    out << heading << '\n';

    QList<std::pair<QString, QString>> rows;
    auto yesNo = [](const std::optional<bool> &b) { return b ? (*b ? tr("yes") : tr("no")) : QString(); };
    if (statusKnown(s, outcome)) {
        rows.append({tr("Power"), powerText(s.power)});
        QString input = s.input;
        const qsizetype at = s.inputs.indexOf(s.input);
        if (!input.isEmpty() && at >= 0 && at < s.inputNames.size() && !s.inputNames.at(at).isEmpty())
            input += QStringLiteral(" (") + s.inputNames.at(at) + QLatin1Char(')');
        rows.append({tr("Input"), input});
        QStringList inputs;
        for (qsizetype i = 0; i < s.inputs.size(); ++i)
            inputs.append(i < s.inputNames.size() && !s.inputNames.at(i).isEmpty() ? s.inputs.at(i) + QLatin1Char(' ') + s.inputNames.at(i)
                                                                                    : s.inputs.at(i));
        rows.append({tr("Inputs"), inputs.join(QStringLiteral(", "))});
        rows.append({tr("Video muted"), yesNo(s.videoMuted)});
        rows.append({tr("Audio muted"), yesNo(s.audioMuted)});
        rows.append({tr("Frozen"), yesNo(s.frozen)});
        if (s.volume)
            rows.append({tr("Volume"), QString::number(*s.volume)});
        QStringList problems;
        const std::pair<QString, Health> areas[] = {{tr("fan"), s.errors.fan},       {tr("lamp"), s.errors.lamp},
                                                    {tr("temperature"), s.errors.temperature}, {tr("cover"), s.errors.cover},
                                                    {tr("filter"), s.errors.filter}, {tr("other"), s.errors.other}};
        for (const auto &[area, health] : areas) {
            if (health == Health::Warning)
                problems.append(tr("%1 warning").arg(area));
            else if (health == Health::Error)
                problems.append(tr("%1 error").arg(area));
        }
        rows.append({tr("Errors"), problems.isEmpty() ? tr("none") : problems.join(QStringLiteral(", "))});
        QStringList lamps;
        for (qsizetype i = 0; i < s.lamps.size(); ++i)
            lamps.append(tr("lamp %1: %2 h, %3").arg(i + 1).arg(s.lamps.at(i).hours).arg(s.lamps.at(i).on ? tr("on") : tr("off")));
        rows.append({tr("Lamps"), lamps.join(QStringLiteral("; "))});
        rows.append({tr("Name"), s.name});
        rows.append({tr("Manufacturer"), s.manufacturer});
        rows.append({tr("Model"), s.model});
        rows.append({tr("Serial"), s.serial});
        rows.append({tr("Resolution"), s.resolution});
    }
    if (!outcome.ok())
        rows.append({tr("Error"), outcome.errorString()});

    qsizetype width = 0;
    for (const auto &r : std::as_const(rows))
        width = std::max(width, r.first.size());
    for (const auto &[label, value] : std::as_const(rows)) {
        if (value.isEmpty())
            continue;
        out << "  " << QString(label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    }
    out.flush();
}

QJsonObject DisplayCli::actionJson(const QString &target, Protocol protocol, const QString &action, const CommandResult &r, qint64 elapsedMs)
{
    QJsonObject o{{QStringLiteral("target"), target},
                  {QStringLiteral("protocol"), protocolKey(protocol)},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("ok"), r.outcome.ok()},
                  {QStringLiteral("elapsed_ms"), elapsedMs}};
    const QJsonObject state = statusJson(target, protocol, r.status, r.outcome);
    for (const char *key : {"power", "input", "video_muted", "audio_muted", "frozen", "error"})
        o.insert(QLatin1String(key), state.value(QLatin1String(key)));
    o.insert(QStringLiteral("volume"), r.status.volume ? QJsonValue(*r.status.volume) : QJsonValue());
    return o;
}

QString DisplayCli::actionLine(const QString &label, const QString &action, const CommandResult &r)
{
    if (!r.outcome.ok())
        return tr("%1: %2: FAILED: %3").arg(label, action, r.outcome.errorString());
    const DisplayStatus &s = r.status;
    auto yesNo = [](const std::optional<bool> &b) { return b ? (*b ? tr("yes") : tr("no")) : tr("unknown"); };
    QString state;
    // Only what the display reported; a switch without --wait does not ask for the new state.
    if (action.startsWith(QLatin1String("power")) && s.power != PowerState::Unknown)
        state = tr("power: %1").arg(powerText(s.power));
    else if (action.startsWith(QLatin1String("input")) && !s.input.isEmpty())
        state = tr("input: %1").arg(s.input);
    else if (action.startsWith(QLatin1String("mute")))
        state = tr("video muted: %1, audio muted: %2").arg(yesNo(s.videoMuted), yesNo(s.audioMuted));
    else if (action.startsWith(QLatin1String("freeze")))
        state = tr("frozen: %1").arg(yesNo(s.frozen));
    else if (action.startsWith(QLatin1String("volume")) && s.volume)
        state = tr("volume: %1").arg(*s.volume);
    return state.isEmpty() ? tr("%1: %2: done").arg(label, action) : tr("%1: %2: done (%3)").arg(label, action, state);
}

QList<DisplayCli::Run> DisplayCli::runParallel(const QList<DisplayTarget> &targets, const Start &start, int deadlineMs)
{
    const qsizetype n = targets.size();
    QList<std::optional<Run>> results(n);
    qsizetype pending = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    auto owner = std::make_unique<QObject>(); // parent of the drivers; deleted before the loop and results

    auto finish = [&](qsizetype i, const CommandResult &r) {
        if (results[i])
            return; // already reported (deadline), or the cancellation at teardown
        results[i] = Run{r, clock.elapsed()};
        if (--pending == 0)
            loop.quit();
    };

    QList<QPointer<DisplayDriver>> drivers(n);
    for (qsizetype i = 0; i < n; ++i) {
        DisplayDriver *drv = createDriver(targets.at(i), owner.get());
        if (!drv) {
            results[i] = Run{CommandResult{Error::make(ErrorCode::Failed, tr("%1: this build has no driver for %2.")
                                                                              .arg(targetText(targets.at(i)), protocolName(targets.at(i).protocol))),
                                           {}},
                             0};
            continue;
        }
        drivers[i] = drv;
        ++pending;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (drivers.at(i))
            start(*drivers.at(i), [&finish, i](const CommandResult &r) { finish(i, r); });
    }

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        for (qsizetype i = 0; i < n; ++i) {
            if (results[i])
                continue;
            const DisplayStatus last = drivers.at(i) ? drivers.at(i)->lastStatus() : DisplayStatus{};
            results[i] = Run{CommandResult{Error::make(ErrorCode::Timeout, tr("The display at %1 did not finish within %2 s.")
                                                                               .arg(targetText(targets.at(i)))
                                                                               .arg(deadlineMs / 1000)),
                                           last},
                             clock.elapsed()};
        }
        pending = 0;
        loop.quit();
    });
    if (pending > 0) {
        deadline.start(deadlineMs);
        loop.exec();
    }
    owner.reset(); // cancels anything still queued; finish() ignores those reports

    QList<Run> out;
    out.reserve(n);
    for (const auto &r : std::as_const(results))
        out.append(*r);
    return out;
}

} // namespace tafel::cli
