#include "graph/sql/postgres/connection.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <regex>

namespace allegraph::sql {
namespace {

bool identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The end of the quoted text (a string or an identifier) that starts at `at`.
std::size_t end_of_quoted(const std::string& sql, std::size_t at) {
    const char quote = sql[at];
    for (std::size_t i = at + 1; i < sql.size(); ++i) {
        if (sql[i] != quote) continue;
        if (i + 1 < sql.size() && sql[i + 1] == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return sql.size();
}

class PostgresCursor : public Cursor {
public:
    PostgresCursor(PostgresConnection& connection, const PostgresConnection::Prepared& statement)
        : connection_(connection), statement_(statement),
          values_(static_cast<std::size_t>(statement.sql.parameters)) {}

    void bind_null(int index) override { set(index, std::nullopt); }
    void bind_integer(int index, std::int64_t value) override { set(index, std::to_string(value)); }
    void bind_real(int index, double value) override {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", value);
        set(index, std::string(text));
    }
    void bind_text(int index, std::string_view value) override { set(index, std::string(value)); }
    void bind_blob(int index, std::string_view bytes) override {
        static const char* kHex = "0123456789abcdef";
        std::string text = "\\x";
        text.reserve(2 + bytes.size() * 2);
        for (unsigned char c : bytes) {
            text += kHex[c >> 4];
            text += kHex[c & 15];
        }
        set(index, std::move(text));
    }
    int parameter_index(const char* name) const override {
        for (const auto& [known, index] : statement_.sql.names)
            if (known == name) return index;
        return 0;
    }
    bool step() override {
        if (!ran_) execute();
        ++row_;
        blob_.reset();
        return row_ < static_cast<long>(result_.size());
    }
    int run() override {
        execute();
        return static_cast<int>(result_.affected_rows());
    }
    void reset() override {
        ran_ = false;
        row_ = -1;
        result_ = pqxx::result();
    }
    void clear_bindings() override {
        for (auto& value : values_) value.reset();
    }

    int column_count() const override { return static_cast<int>(result_.columns()); }
    bool is_null(int column) const override { return field(column).is_null(); }
    bool is_integer(int column) const override {
        const auto type = result_.column_type(static_cast<pqxx::row::size_type>(column));
        return type == 20 || type == 21 || type == 23 || type == 16;  // int8, int2, int4, bool
    }
    std::int64_t integer(int column) const override {
        const pqxx::field f = field(column);
        if (f.is_null()) return 0;
        const char* text = f.c_str();
        if (text[0] == 't' && text[1] == '\0') return 1;
        if (text[0] == 'f' && text[1] == '\0') return 0;
        return std::strtoll(text, nullptr, 10);
    }
    double real(int column) const override {
        const pqxx::field f = field(column);
        return f.is_null() ? 0.0 : std::strtod(f.c_str(), nullptr);
    }
    std::string text(int column) const override {
        const pqxx::field f = field(column);
        return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
    }
    std::string_view blob(int column) const override {
        const pqxx::field f = field(column);
        if (f.is_null()) return {};
        blob_ = std::make_unique<pqxx::binarystring>(f);
        return {reinterpret_cast<const char*>(blob_->data()), blob_->size()};
    }

private:
    void set(int index, std::optional<std::string> value) {
        if (index < 1 || index > static_cast<int>(values_.size()))
            throw Error("no parameter " + std::to_string(index) + " in the statement", Error::Kind::other);
        values_[static_cast<std::size_t>(index - 1)] = std::move(value);
    }
    pqxx::field field(int column) const {
        if (row_ < 0 || row_ >= static_cast<long>(result_.size()))
            throw Error("no row to read", Error::Kind::other);
        return result_[static_cast<pqxx::result::size_type>(row_)][static_cast<pqxx::row::size_type>(column)];
    }
    void execute() {
        std::vector<const char*> pointers;
        pointers.reserve(values_.size());
        for (const auto& value : values_) pointers.push_back(value ? value->c_str() : nullptr);
        result_ = connection_.run(statement_, pointers);
        ran_ = true;
        row_ = -1;
    }

    PostgresConnection& connection_;
    const PostgresConnection::Prepared& statement_;
    std::vector<std::optional<std::string>> values_;
    pqxx::result result_;
    bool ran_ = false;
    long row_ = -1;
    mutable std::unique_ptr<pqxx::binarystring> blob_;
};

// The server's message without its "ERROR:" tag and the lines that point into the statement.
std::string first_line(const std::string& message) {
    std::string line = message.substr(0, message.find('\n'));
    if (line.rfind("ERROR:", 0) == 0) line.erase(0, line.find_first_not_of(' ', 6));
    return line;
}

}  // namespace

TranslatedSql translate_parameters(const std::string& statement) {
    // SQLite's json_each over a bound JSON array (key and word lists, graph/sql/sql.hpp) is
    // PostgreSQL's json_array_elements_text: both give the elements as rows of `value`.
    static const std::regex json_each(R"(json_each\((\?\d*|:\w+)\))");
    const std::string sql = std::regex_replace(statement, json_each, "json_array_elements_text(CAST($1 AS json))");
    TranslatedSql out;
    out.text.reserve(sql.size() + 16);
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const std::size_t end = end_of_quoted(sql, i);
            out.text.append(sql, i, end - i);
            i = end;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string::npos ? sql.size() : end;
            out.text.append(sql, i, stop - i);
            i = stop;
        } else if (c == '?') {
            std::size_t j = i + 1;
            while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j]))) ++j;
            const int number = j > i + 1 ? std::atoi(sql.c_str() + i + 1) : out.parameters + 1;
            out.parameters = std::max(out.parameters, number);
            out.text += "$" + std::to_string(number);
            i = j;
        } else if (c == ':' && i + 1 < sql.size() && (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_') &&
                   (i == 0 || sql[i - 1] != ':')) {
            std::size_t j = i + 1;
            while (j < sql.size() && identifier_char(sql[j])) ++j;
            const std::string name = sql.substr(i, j - i);
            int number = 0;
            for (const auto& [known, index] : out.names)
                if (known == name) number = index;
            if (number == 0) {
                number = ++out.parameters;
                out.names.emplace_back(name, number);
            }
            out.text += "$" + std::to_string(number);
            i = j;
        } else {
            out.text += c;
            ++i;
        }
    }
    return out;
}

[[noreturn]] void rethrow_postgres_failure() {
    try {
        throw;
    } catch (const pqxx::sql_error& e) {
        const std::string state = e.sqlstate();
        Error::Kind kind = Error::Kind::other;
        if (state.rfind("23", 0) == 0) kind = Error::Kind::constraint;
        else if (state == "40001" || state == "40P01" || state == "55P03") kind = Error::Kind::busy;
        throw Error(first_line(e.what()), kind);
    } catch (const pqxx::failure& e) {
        throw Error(first_line(e.what()), Error::Kind::other);
    }
}

PostgresConnection::PostgresConnection(const std::string& address) try : connection_(address) {
    work_ = std::make_unique<pqxx::nontransaction>(connection_);
} catch (const pqxx::failure&) {
    rethrow_postgres_failure();
}

PostgresConnection::~PostgresConnection() {
    try {
        if (depth_ > 0) work_->exec("ROLLBACK");
    } catch (const pqxx::failure&) {
        // The server rolls back what a closed connection left open.
    }
}

const PostgresConnection::Prepared& PostgresConnection::prepared(const std::string& sql) {
    auto found = prepared_.find(sql);
    if (found != prepared_.end()) return found->second;
    Prepared statement{"s" + std::to_string(prepared_.size()), translate_parameters(sql)};
    try {
        connection_.prepare(statement.name, statement.sql.text);
    } catch (const pqxx::failure&) {
        rethrow_postgres_failure();
    }
    return prepared_.emplace(sql, std::move(statement)).first->second;
}

pqxx::result PostgresConnection::run(const Prepared& statement, const std::vector<const char*>& values) {
    try {
        return work_->exec_prepared(statement.name, pqxx::prepare::make_dynamic_params(values));
    } catch (const pqxx::failure&) {
        rethrow_postgres_failure();
    }
}

std::shared_ptr<Cursor> PostgresConnection::prepare(const std::string& sql) {
    return std::make_shared<PostgresCursor>(*this, prepared(sql));
}

void PostgresConnection::exec(const std::string& sql) {
    try {
        work_->exec(sql);
    } catch (const pqxx::failure&) {
        rethrow_postgres_failure();
    }
}

void PostgresConnection::begin(bool write) {
    if (depth_ == 0) {
        // Writers take the lock in READ COMMITTED, so that what they read after it is what the writer
        // before them committed; readers read one snapshot from their first statement to their last.
        exec(write ? "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) + ")"
                   : std::string("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    } else {
        exec("SAVEPOINT s" + std::to_string(depth_));
    }
    ++depth_;
}

void PostgresConnection::commit() {
    --depth_;
    exec(depth_ == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT s" + std::to_string(depth_));
}

void PostgresConnection::rollback() {
    --depth_;
    if (depth_ == 0) exec("ROLLBACK");
    else exec("ROLLBACK TO SAVEPOINT s" + std::to_string(depth_) + "; RELEASE SAVEPOINT s" + std::to_string(depth_));
}

}  // namespace allegraph::sql
