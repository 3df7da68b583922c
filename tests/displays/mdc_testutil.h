#pragma once

// Shared helpers for the MDC tests (header only; each test is its own executable).

#include "displays/displaydriver.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace tafel::displays::test {

// Starts an asynchronous driver call and spins the event loop until its callback ran (or timeoutMs passed).
inline std::optional<CommandResult> await(const std::function<void(Callback)> &start, int timeoutMs = 10000)
{
    auto result = std::make_shared<std::optional<CommandResult>>();
    start([result](const CommandResult &r) { *result = r; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

inline QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced));
}

} // namespace tafel::displays::test

// QCOMPARE-friendly printing of error codes.
namespace QTest {
template<>
inline char *toString(const tafel::ErrorCode &code)
{
    return QTest::toString(int(code));
}
} // namespace QTest
