// Result<T>: a value or an error message, returned by every operation that can
// fail on bad input. Errors are values: callers decide whether to report, retry
// or roll back; nothing below the CLI throws for ordinary bad input.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace allegraph {

// What kind of failure: bad input or a database error (exit 3), or a usage error in what the user
// asked for (exit 2), such as a --map naming a column the file does not have.
enum class ErrorCode { bad_input, usage };

// A failure with a human-readable message (no trailing newline; one line, or an error per line).
struct Error {
    std::string message;
    ErrorCode code = ErrorCode::bad_input;
    std::string field{};   // the record's field it concerns ("citations[0].quote"), or "" when none
    std::string detail{};  // with a field: the message without it, for callers that place it themselves
};

// An error about one field of a record: its message reads "FIELD: DETAIL".
inline Error field_error(std::string field, std::string detail) {
    return Error{field + ": " + detail, ErrorCode::bad_input, std::move(field), std::move(detail)};
}

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    // Precondition: !ok().
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

// Result<void>: success or an error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return error_; }

private:
    Error error_;
    bool failed_ = false;
};

}  // namespace allegraph
