// Result<T>: a value or an error message, returned by every operation that can
// fail on bad input. Errors are values: callers decide whether to report, retry
// or roll back; nothing below the CLI throws for ordinary bad input.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace allegraph {

// What kind of failure: bad input or a database error (exit 3), or a usage error in what the user
// asked for (exit 2), such as a mapping naming a column the file does not have; no_store and
// foreign_store (exit 3) say that the database asked for is missing, or is a file that is not one.
enum class ErrorCode { bad_input, usage, no_store, foreign_store };

// Where in the input a failure lies; every part may be unknown.
struct Location {
    std::string file{};
    std::size_t line = 0, column = 0;  // 1-based; 0 when unknown
    std::string record{};              // the record in the file: "row 3", "record 2 (e1)", "header"
    bool tabular = false;              // the record's fields are a table's columns ("column date")
};

// A failure: its code, where it lies, the field it concerns, and a human-readable message (no
// trailing newline) that says all of these. Callers read the parts, never the message.
struct Error {
    std::string message;
    ErrorCode code = ErrorCode::bad_input;
    std::string field{};   // the record's field it concerns ("citations[0].quote"), or "" when none
    std::string detail{};  // with a field or a location: the message without them, for callers that place it
    Location where{};
    bool field_is_subject = false;  // the message reads "FIELD DETAIL" ("nature applies to allegations")
    std::vector<Error> parts{};  // the failures it gathers (every refused row of a file), or none
};

// An error about one field of a record: its message reads "FIELD: DETAIL".
inline Error field_error(std::string field, std::string detail) {
    return Error{field + ": " + detail, ErrorCode::bad_input, std::move(field), std::move(detail)};
}

// An error whose field is the subject of its detail: its message reads "FIELD DETAIL".
inline Error subject_error(std::string field, std::string detail) {
    Error error{field + " " + detail, ErrorCode::bad_input, std::move(field), std::move(detail)};
    error.field_is_subject = true;
    return error;
}

// An error at `where` about `field` ("" when none): its message reads
// "FILE:LINE:COLUMN: RECORD: FIELD: DETAIL", each part that is known, "column FIELD" in a table.
Error located_error(Location where, std::string field, std::string detail, ErrorCode code = ErrorCode::bad_input);

// `error`, read from a file at a line and column it knows, said to be in `file`.
Error in_file(const Error& error, const std::string& file);

// `error` (a writer's field error, or a reader's error at a line and column) placed at `where`:
// it keeps its field and its detail.
Error placed_error(const Error& error, Location where);

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
