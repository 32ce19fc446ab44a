#include "graph/store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <SQLiteCpp/Backup.h>

#include "graph/history.hpp"
#include "graph/schema.hpp"

namespace allegraph {
namespace {

constexpr int kBusyTimeoutMs = 10000;

bool file_exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

// SQLite would create the file with the process umask; a store of allegations is created private.
Result<void> create_private_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) return Error{"cannot create database " + path + ": " + std::strerror(errno)};
    if (fd >= 0) ::close(fd);
    return {};
}

void configure(SQLite::Database& db) {
    db.setBusyTimeout(kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

std::string resolve_db_path(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("ALLEGRAPH_DB"); env && *env) return env;
    return "allegraph.db";
}

Store::Store(const std::string& path, int flags) : db_(path, flags), path_(path) {}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, Mode mode) {
    bool existed = file_exists(path);
    if (mode == Mode::read && !existed)
        return Error{"no database at " + path + " (import data first, or pass --db FILE)"};
    if (mode == Mode::write && !existed)
        if (auto created = create_private_file(path); !created) return created.error();
    try {
        int flags = mode == Mode::write ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
        std::unique_ptr<Store> store(new Store(path, flags));
        configure(store->db_);
        if (mode == Mode::write) {
            store->db_.exec("PRAGMA journal_mode = WAL");
            if (auto migrated = migrate(store->db_); !migrated) return migrated.error();
        } else if (int version = store->db_.execAndGet("PRAGMA user_version").getInt();
                   version < current_schema_version()) {
            store.reset();
            return open(path, Mode::write);  // an older database is migrated on first use, then read
        } else if (version > current_schema_version()) {
            return Error{"database " + path + " has schema version " + std::to_string(version) +
                         ", newer than this allegraph (" + std::to_string(current_schema_version()) + "); upgrade allegraph"};
        }
        return store;
    } catch (const SQLite::Exception& e) {
        return Error{"cannot open database " + path + ": " + e.what()};
    }
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open_as_it_stood(const std::string& path, const std::string& moment) {
    auto current = open(path, Mode::read);
    if (!current) return current.error();
    try {
        // An empty file name is SQLite's private temporary database: its file is unlinked as soon
        // as it is made, so no interruption, signal or failure can leave a copy of the store behind.
        std::unique_ptr<Store> past(new Store("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        past->db_.exec("PRAGMA journal_mode = MEMORY");
        {
            SQLite::Backup backup(past->db_, current.value()->db_);
            backup.executeStep();
        }
        current.value().reset();
        configure(past->db_);
        SQLite::Transaction transaction(past->db_);
        if (auto rolled = roll_back_to(past->db_, moment); !rolled) return rolled.error();
        transaction.commit();
        return past;
    } catch (const SQLite::Exception& e) {
        return Error{"cannot copy database " + path + ": " + e.what()};
    }
}

std::unique_ptr<Store> Store::open_in_memory() {
    std::unique_ptr<Store> store(new Store(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    configure(store->db_);
    (void)migrate(store->db_);
    return store;
}

}  // namespace allegraph
