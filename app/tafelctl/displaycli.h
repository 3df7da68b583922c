#pragma once

// Shared by `tafelctl display ...` and `tafelctl room ...`: how a display's state is printed (JSON and
// text), reading a password file, and running one driver call on many displays at once on one event loop.

#include "core/hostport.h"
#include "core/result.h"
#include "displays/displaydriver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace tafel::cli {

class DisplayCli final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DisplayCli)
public:
    static QString protocolKey(displays::Protocol p);          // "pjlink", "mdc"
    static QString protocolName(displays::Protocol p);         // "PJLink", "Samsung MDC"
    static quint16 defaultPort(displays::Protocol p);          // 4352, 1515
    // "host:port", "[v6]:port" with the protocol's default port filled in.
    static QString targetText(const displays::DisplayTarget &t);

    // HOST, HOST:PORT or [V6]:PORT; the error message names the argument.
    static Result<HostPort> parseTarget(const QString &text, displays::Protocol protocol);

    // The first line of a password file (without the line end). Missing, unreadable or empty files are
    // errors with a message naming the file; the secret never appears in a message.
    static Result<QString> readPasswordFile(const QString &path);

    // "12.5" seconds -> milliseconds; InvalidInput (naming the option) unless 0 < S <= maxSeconds.
    static Result<int> parseSeconds(const QString &option, const QString &text, double maxSeconds);

    // The status object of `tafelctl display status --json`: target, protocol, class, power, input, inputs,
    // video_muted, audio_muted, frozen, errors, lamps, name, manufacturer, model, serial, resolution, error.
    // Unknown values are null; `error` is null on success.
    static QJsonObject statusJson(const QString &target, displays::Protocol protocol, const displays::DisplayStatus &s,
                                  const Status &outcome);
    // A readable block: the target line, then one "  Label: value" line per known field.
    static void printStatusBlock(QTextStream &out, const QString &title, displays::Protocol protocol, const displays::DisplayStatus &s,
                                 const Status &outcome);

    // One change (power, input, mute, ...) on one display: JSON with target, protocol, action, ok, elapsed_ms,
    // the state after it (power, input, video_muted, audio_muted, frozen, volume) and error; and a text line
    // "<label>: <action>: done (power: on)" / "<label>: <action>: FAILED: <message>".
    static QJsonObject actionJson(const QString &target, displays::Protocol protocol, const QString &action,
                                  const displays::CommandResult &result, qint64 elapsedMs);
    static QString actionLine(const QString &label, const QString &action, const displays::CommandResult &result);

    static QString healthKey(displays::Health h); // "ok", "warning", "error"
    static QString powerText(displays::PowerState p); // translated, for text output

    struct Run {
        displays::CommandResult result;
        qint64 elapsedMs = 0;
    };
    using Start = std::function<void(displays::DisplayDriver &driver, displays::Callback done)>;
    // Creates one driver per target and calls `start` on each at once; returns when every call has finished
    // (results in target order). `deadlineMs` is a safety net behind the drivers' own timeouts: a call still
    // running then is cancelled and reported as a timeout naming the target.
    static QList<Run> runParallel(const QList<displays::DisplayTarget> &targets, const Start &start, int deadlineMs);
};

} // namespace tafel::cli
