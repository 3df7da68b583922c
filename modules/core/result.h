#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tafel {

// Error codes shared by all modules. Keep them coarse: the message carries the detail a user needs.
enum class ErrorCode {
    Failed,          // generic operation failure
    InvalidInput,    // bad argument, malformed data
    NotFound,
    AlreadyExists,
    Io,              // file system problem (read-only, full disk, missing directory)
    Locked,          // resource busy / locked by another process
    Corrupt,         // data failed an integrity check
    Incompatible,    // version too new / unsupported format
    Timeout,
    Unreachable,     // host down, connection refused
    AuthFailed,      // wrong password / key
    PermissionDenied,
    ProtocolError,   // peer spoke something we do not understand
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString message; // translated, user-facing; says what happened and, where possible, what to do

    static Error make(ErrorCode c, QString msg) { return Error{c, std::move(msg)}; }
};

// A small std::expected stand-in (C++23 is not available with GCC 12 in C++20 mode).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tafel
