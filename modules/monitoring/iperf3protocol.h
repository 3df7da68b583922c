#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace tafel::monitoring::iperf3 {

// The iperf3 control protocol (esnet/iperf, TCP port 5201), pure and side-effect free.
//
// Control connection: the client sends a 37-byte cookie (36 characters + NUL). The server drives the test with
// one signed state byte at a time; JSON messages (parameters, results) travel as a 4-byte big-endian length
// followed by that many bytes of JSON. SERVER_ERROR is followed by two 4-byte big-endian integers (iperf's
// i_errno and the system errno). Data connections send the same cookie first, then test data.
enum State : qint8 {
    TestStart = 1,
    TestRunning = 2,
    ResultRequest = 3, // unused by iperf 3.x
    TestEnd = 4,
    StreamBegin = 5,
    StreamRunning = 6,
    StreamEnd = 7,
    AllStreamsEnd = 8,
    ParamExchange = 9,
    CreateStreams = 10,
    ServerTerminate = 11,
    ClientTerminate = 12,
    ExchangeResults = 13,
    DisplayResults = 14,
    IperfStart = 15,
    IperfDone = 16,
    AccessDenied = -1,
    ServerError = -2,
};
QString stateName(qint8 state); // "PARAM_EXCHANGE", ...; "state N" for unknown values

inline constexpr int kCookieSize = 37;
inline constexpr quint16 kDefaultPort = 5201;
inline constexpr quint32 kMaxJsonSize = 1024 * 1024; // results with server output stay well below this

// A fresh cookie: 36 characters from iperf's base32 alphabet and a NUL.
QByteArray makeCookie();

// Client test parameters as iperf3's PARAM_EXCHANGE JSON names them.
struct Params {
    int durationSec = 10;
    int omitSec = 1;
    int streams = 1;
    bool reverse = false;
    int blockSize = 128 * 1024;
    QByteArray clientVersion = "3.12";
};
QJsonObject paramsToJson(const Params &p);
// The inverse (used by tests and by anybody writing an iperf3 server); missing fields keep their defaults.
Result<Params> paramsFromJson(const QJsonObject &o);

// 4-byte big-endian length + compact JSON.
QByteArray frameJson(const QJsonObject &object);

// One step of the control stream. The caller knows which of the two it is waiting for.
enum class Expect { State, Json };
struct Decoded {
    enum Kind { Incomplete, StateByte, Json, Failed } kind = Incomplete;
    qsizetype consumed = 0;
    qint8 state = 0;
    qint32 serverErrno = 0; // SERVER_ERROR only: iperf's i_errno
    qint32 systemErrno = 0; // SERVER_ERROR only: errno on the server
    QJsonObject json;
    Error error;            // Failed only (ProtocolError)
};
Decoded decode(QByteArrayView buffer, Expect expect);

// Per-stream results, as exchanged in EXCHANGE_RESULTS (both directions).
struct StreamResult {
    int id = 0;
    qint64 bytes = 0;
    qint64 retransmits = -1;
    double jitter = 0;      // seconds (UDP only)
    qint64 errors = 0;
    qint64 packets = 0;
    double startTime = 0;   // seconds
    double endTime = 0;
};
struct Results {
    double cpuTotal = 0, cpuUser = 0, cpuSystem = 0;
    int senderHasRetransmits = 0;
    QList<StreamResult> streams;
};
QJsonObject resultsToJson(const Results &r);
Result<Results> resultsFromJson(const QJsonObject &o);

// iperf3 numbers its streams 1, 3, 4, 5, ... (iperf_add_stream); the server matches our results by these ids.
int streamId(int index);

// A readable text for SERVER_ERROR (iperf numbers its errors in iperf_api.h; we report the number).
QString serverErrorText(qint32 serverErrno, qint32 systemErrno);

} // namespace tafel::monitoring::iperf3
