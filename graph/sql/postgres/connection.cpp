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

// libpq's parameters: each value's text, or a null pointer for NULL.
std::vector<const char*> parameter_texts(const std::optional<std::string>* values, std::size_t count) {
    std::vector<const char*> texts(count);
    for (std::size_t i = 0; i < count; ++i) texts[i] = values[i] ? values[i]->c_str() : nullptr;
    return texts;
}

class PostgresCursor : public Cursor {
public:
    PostgresCursor(PostgresConnection& connection, const PostgresConnection::Prepared& statement, Rows rows)
        : connection_(connection), statement_(statement),
          values_(static_cast<std::size_t>(statement.sql.parameters)), many_(rows == Rows::many) {}
    ~PostgresCursor() override {
        try {
            close();
        } catch (const Error&) {
            // A failed transaction ends with its cursors.
        }
    }

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
        if (portal_ && row_ == static_cast<long>(result_.size())) {
            fetch();
            row_ = 0;
        }
        return row_ < static_cast<long>(result_.size());
    }
    int run() override {
        execute();
        return static_cast<int>(result_.affected_rows());
    }
    void run_later() override {
        close();
        connection_.hold(statement_, values_);
        ran_ = true;
        row_ = -1;
        result_ = pqxx::result();
    }
    void reset() override {
        close();
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
        close();
        const auto values = parameter_texts(values_.data(), values_.size());
        if (many_ && connection_.in_transaction()) {
            portal_ = connection_.open_portal(statement_, values);
            fetch();
        } else {
            result_ = connection_.run(statement_, values);
        }
        ran_ = true;
        row_ = -1;
    }
    // The next batch of the open cursor's rows; the cursor is closed once it returns fewer than a batch.
    void fetch() {
        result_ = connection_.fetch(*portal_, PostgresConnection::kFetchRows);
        if (result_.size() < PostgresConnection::kFetchRows) close();
    }
    void close() {
        if (!portal_) return;
        const auto portal = std::move(*portal_);
        portal_.reset();
        connection_.close(portal);
    }

    PostgresConnection& connection_;
    const PostgresConnection::Prepared& statement_;
    std::vector<std::optional<std::string>> values_;
    pqxx::result result_;
    bool ran_ = false;
    long row_ = -1;
    mutable std::unique_ptr<pqxx::binarystring> blob_;
    const bool many_;
    std::optional<PostgresConnection::Portal> portal_;
};

// Where the one row of "INSERT INTO t(…) VALUES (…) …" is, when every parameter is in it: [open, close].
std::optional<std::pair<std::size_t, std::size_t>> values_row(const std::string& sql) {
    if (sql.rfind("INSERT INTO ", 0) != 0) return std::nullopt;
    const std::size_t values = sql.find(" VALUES (");
    if (values == std::string::npos) return std::nullopt;
    const std::size_t open = values + 8;
    int depth = 0;
    for (std::size_t i = open; i < sql.size();) {
        if (sql[i] == '\'' || sql[i] == '"') {
            i = end_of_quoted(sql, i);
            continue;
        }
        if (sql[i] == '(') ++depth;
        if (sql[i] == ')' && --depth == 0) {
            const bool outside = sql.find('$') < open || sql.find('$', i) != std::string::npos;
            return outside ? std::nullopt : std::optional(std::pair{open, i});
        }
        ++i;
    }
    return std::nullopt;
}

// True when `sql` names `word` as a whole identifier.
bool names(const std::string& sql, const std::string& word) {
    for (std::size_t at = sql.find(word); at != std::string::npos; at = sql.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !identifier_char(sql[at - 1])) && (end == sql.size() || !identifier_char(sql[end]))) return true;
    }
    return false;
}

// Whether running `next` could see rows held for `held`, or the rows their triggers write.
bool could_see(const PostgresConnection::Prepared& next, const PostgresConnection::Prepared& held) {
    return !next.select_or_insert || names(next.sql.text, held.table) || next.sql.text.find("graph_index") != std::string::npos;
}

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

std::optional<std::string> multi_row_insert(const TranslatedSql& insert, std::size_t rows) {
    const std::string& one = insert.text;
    const auto row = values_row(one);
    if (!row || rows == 0) return std::nullopt;
    const auto [open, close] = *row;
    std::string text = one.substr(0, open);
    for (std::size_t r = 0; r < rows; ++r) {
        if (r) text += ", ";
        for (std::size_t i = open; i <= close; ++i) {
            if (one[i] != '$') {
                text += one[i];
                continue;
            }
            std::size_t j = i + 1;
            while (j < one.size() && std::isdigit(static_cast<unsigned char>(one[j]))) ++j;
            text += "$" + std::to_string(static_cast<int>(r) * insert.parameters + std::atoi(one.c_str() + i + 1));
            i = j - 1;
        }
    }
    return text + one.substr(close + 1);
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
    // Cursors here are read to their end: plan them for their whole result, not their first rows.
    work_->exec("SET cursor_tuple_fraction = 1");
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
    Prepared statement{"s" + std::to_string(prepared_.size()), translate_parameters(sql), "", false};
    const std::string& text = statement.sql.text;
    const std::size_t start = text.find_first_not_of(" \n\t(");
    statement.select_or_insert = start != std::string::npos && (text.compare(start, 7, "SELECT ") == 0 ||
                                                               text.compare(start, 7, "INSERT ") == 0);
    if (multi_row_insert(statement.sql, 1)) statement.table = text.substr(12, text.find_first_of(" (", 12) - 12);
    try {
        connection_.prepare(statement.name, statement.sql.text);
    } catch (const pqxx::failure&) {
        rethrow_postgres_failure();
    }
    return prepared_.emplace(sql, std::move(statement)).first->second;
}

pqxx::result PostgresConnection::run(const Prepared& statement, const std::vector<const char*>& values) {
    if (!held_.empty()) send_held(&statement);
    return run_now(statement, values);
}

template <class Run>
pqxx::result PostgresConnection::on_server(Run run) {
    try {
        return run();
    } catch (const pqxx::failure&) {
        held_.clear();  // the transaction is lost with them
        rethrow_postgres_failure();
    }
}

pqxx::result PostgresConnection::run_now(const Prepared& statement, const std::vector<const char*>& values) {
    return on_server([&] { return work_->exec_prepared(statement.name, pqxx::prepare::make_dynamic_params(values)); });
}

void PostgresConnection::hold(const Prepared& statement, const std::vector<std::optional<std::string>>& values) {
    if (statement.table.empty() || depth_ == 0) {
        run(statement, parameter_texts(values.data(), values.size()));
        return;
    }
    auto same = std::find_if(held_.begin(), held_.end(), [&](const Held& h) { return h.statement == &statement; });
    if (same == held_.end()) {
        send_held(&statement);
        held_.push_back({&statement, {}});
        same = held_.end() - 1;
    }
    same->values.insert(same->values.end(), values.begin(), values.end());
    if (same->values.size() >= kHeldBatch * values.size()) send_held();
}

void PostgresConnection::send_held(const Prepared* next) {
    if (next && std::none_of(held_.begin(), held_.end(), [&](const Held& h) { return could_see(*next, *h.statement); }))
        return;
    std::vector<Held> pending = std::move(held_);
    held_.clear();
    // Each table's rows after those of the tables it refers to (a participant's event first): there is
    // one statement per table held at a time, and the store's references have no cycle.
    while (!pending.empty()) {
        auto refers_to_pending = [&](const Held& held) {
            const auto& targets = references(held.statement->table);
            return std::any_of(pending.begin(), pending.end(), [&](const Held& other) {
                return &other != &held && std::find(targets.begin(), targets.end(), other.statement->table) != targets.end();
            });
        };
        auto ready = std::find_if_not(pending.begin(), pending.end(), refers_to_pending);
        if (ready == pending.end()) ready = pending.begin();
        Held sending = std::move(*ready);
        pending.erase(ready);
        send(sending);
    }
}

const std::vector<std::string>& PostgresConnection::references(const std::string& table) {
    if (!references_) {
        references_.emplace();
        pqxx::result rows;
        try {
            rows = work_->exec("SELECT f.relname, t.relname FROM pg_constraint c JOIN pg_class f ON f.oid = c.conrelid"
                               " JOIN pg_class t ON t.oid = c.confrelid"
                               " WHERE c.contype = 'f' AND c.connamespace = 'allegraph'::regnamespace");
        } catch (const pqxx::failure&) {
            rethrow_postgres_failure();
        }
        for (const auto& row : rows) (*references_)[row[0].c_str()].push_back(row[1].c_str());
    }
    return (*references_)[table];
}

void PostgresConnection::send(Held& held) {
    const auto width = static_cast<std::size_t>(held.statement->sql.parameters);
    std::size_t rows = width ? held.values.size() / width : 0, at = 0;
    for (std::size_t batch = kHeldBatch; batch > 0; batch /= 2) {
        while (rows >= batch) {
            run_now(batch_of(*held.statement, batch), parameter_texts(held.values.data() + at, batch * width));
            at += batch * width;
            rows -= batch;
        }
    }
}

const PostgresConnection::Prepared& PostgresConnection::batch_of(const Prepared& statement, std::size_t rows) {
    if (rows == 1) return statement;
    const std::string key = "\x01" + statement.name + "*" + std::to_string(rows);
    if (auto found = prepared_.find(key); found != prepared_.end()) return found->second;
    std::string text = *multi_row_insert(statement.sql, rows);
    Prepared batch{statement.name + "_" + std::to_string(rows),
                   TranslatedSql{text, {}, statement.sql.parameters * static_cast<int>(rows)}, "", true};
    try {
        connection_.prepare(batch.name, text);
    } catch (const pqxx::failure&) {
        rethrow_postgres_failure();
    }
    return prepared_.emplace(key, std::move(batch)).first->second;
}

std::shared_ptr<Cursor> PostgresConnection::prepare(const std::string& sql, Rows rows) {
    return std::make_shared<PostgresCursor>(*this, prepared(sql), rows);
}

PostgresConnection::Portal PostgresConnection::open_portal(const Prepared& statement, const std::vector<const char*>& values) {
    if (!held_.empty()) send_held(&statement);
    Portal portal{"c" + std::to_string(++portals_), transaction_};
    on_server([&] {
        return work_->exec_params("DECLARE " + portal.name + " NO SCROLL CURSOR FOR " + statement.sql.text,
                                  pqxx::prepare::make_dynamic_params(values));
    });
    return portal;
}

pqxx::result PostgresConnection::fetch(const Portal& portal, std::size_t rows) {
    return on_server([&] { return work_->exec("FETCH FORWARD " + std::to_string(rows) + " FROM " + portal.name); });
}

void PostgresConnection::close(const Portal& portal) {
    if (portal.transaction != transaction_ || depth_ == 0) return;
    on_server([&] { return work_->exec("CLOSE " + portal.name); });
}

void PostgresConnection::exec(const std::string& sql) {
    send_held();
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
    send_held();  // a failure leaves the transaction open, for the caller's rollback
    --depth_;
    if (depth_ == 0) ++transaction_;
    exec(depth_ == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT s" + std::to_string(depth_));
}

void PostgresConnection::rollback() {
    held_.clear();  // all held since the savepoint or transaction began, which sent what came before
    --depth_;
    ++transaction_;  // a rollback to a savepoint drops the cursors opened since
    if (depth_ == 0) exec("ROLLBACK");
    else exec("ROLLBACK TO SAVEPOINT s" + std::to_string(depth_) + "; RELEASE SAVEPOINT s" + std::to_string(depth_));
}

}  // namespace allegraph::sql
