#include "graph/store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include "graph/history.hpp"
#include "graph/private_names.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/sqlite/schema.hpp"

namespace allegraph {
namespace {

constexpr int kBusyTimeoutMs = 10000;

enum class FileKind { missing, regular, directory, other };

FileKind file_kind(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return FileKind::missing;
    if (S_ISREG(info.st_mode)) return FileKind::regular;
    return S_ISDIR(info.st_mode) ? FileKind::directory : FileKind::other;
}

// SQLite would create the file with the process umask; a store of allegations is created private.
// Returns whether this process created it (false: another one did meanwhile).
Result<bool> create_private_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) return Error{"cannot create database " + path + ": " + std::strerror(errno)};
    if (fd >= 0) ::close(fd);
    return fd >= 0;
}

void configure(SQLite::Database& db) {
    db.setBusyTimeout(kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
}

// An SQLite URI naming `path` read as immutable: for a reader who may not create the -shm file
// that WAL mode needs beside the database (its folder is not writable for it).
std::string immutable_uri(const std::string& path) {
    std::string out = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            static const char* kHex = "0123456789ABCDEF";
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "?immutable=1";
}

bool folder_writable(const std::string& path) {
    std::string folder = path.find('/') == std::string::npos ? "." : path.substr(0, path.rfind('/') + 1);
    return ::access(folder.c_str(), W_OK) == 0;
}

// Whether the opened database is one of ours, at a schema this binary knows; read before anything is
// written, so that a foreign or newer file is left byte for byte as it was.
Result<int> schema_version(SQLite::Database& db, const std::string& path) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    int tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    int ours = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                             "('sources', 'entities', 'events', 'citations')").getInt();
    if (tables > 0 && (ours < 4 || version == 0))
        return Error{path + " is not an allegraph database (it holds other tables)", ErrorCode::foreign_store};
    if (version > current_schema_version())
        return Error{"database " + path + " has schema version " + std::to_string(version) +
                     ", newer than this allegraph (" + std::to_string(current_schema_version()) + "); upgrade allegraph"};
    return version;
}

}  // namespace

std::string resolve_db_path(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("ALLEGRAPH_DB"); env && *env) return env;
    return "allegraph.db";
}

Store::Store(std::unique_ptr<Engine> engine, std::string path) : engine_(std::move(engine)), path_(std::move(path)) {}

namespace {

// A store on the SQLite database `name` (default: `path`) opened with `flags`.
std::unique_ptr<Store::Engine> connect(const std::string& path, int flags, const std::string& name = "") {
    return std::make_unique<Store::Engine>(name.empty() ? path : name, flags);
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, Mode mode) {
    switch (file_kind(path)) {
        case FileKind::directory: return Error{"database " + path + " is a directory"};
        case FileKind::other: return Error{"database " + path + " is not a regular file"};
        case FileKind::regular: break;
        case FileKind::missing:
            if (mode != Mode::create) return Error{"no database at " + path, ErrorCode::no_store};
    }
    bool created = false;
    if (mode == Mode::create) {
        auto made = create_private_file(path);
        if (!made) return made.error();
        created = made.value();
    }
    try {
        auto store = mode == Mode::read ? open_for_reading(path) : open_for_writing(path);
        if (store) store.value()->created_ = created;
        return store;
    } catch (const SQLite::Exception& e) {
        return Error{"cannot open database " + path + ": " + e.what()};
    }
}

Result<std::unique_ptr<Store>> Store::open_for_writing(const std::string& path) {
    std::unique_ptr<Store> store(new Store(connect(path, SQLite::OPEN_READWRITE), path));
    configure(sqlite_db(*store));
    if (auto version = schema_version(sqlite_db(*store), path); !version) return version.error();
    sqlite_db(*store).exec("PRAGMA journal_mode = WAL");
    if (auto migrated = migrate(sqlite_db(*store)); !migrated) return migrated.error();
    return store;
}

Result<std::unique_ptr<Store>> Store::open_for_reading(const std::string& path) {
    std::unique_ptr<Store> store(new Store(connect(path, SQLite::OPEN_READONLY), path));
    configure(sqlite_db(*store));
    Result<int> version = 0;
    try {
        version = schema_version(sqlite_db(*store), path);
    } catch (const SQLite::Exception& e) {
        struct stat wal {};
        const int code = e.getErrorCode();
        if ((code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || folder_writable(path) ||
            (::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0))
            throw;
        // Nothing waits in a write-ahead log, and WAL mode cannot make its files here: read in place.
        store.reset(new Store(connect(path, SQLite::OPEN_READONLY | SQLite::OPEN_URI, immutable_uri(path)), path));
        configure(sqlite_db(*store));
        version = schema_version(sqlite_db(*store), path);
    }
    if (!version) return version.error();
    if (version.value() == 0) return Error{"database " + path + " is empty (import data first)"};
    if (version.value() < current_schema_version()) {
        store.reset();
        return open_for_writing(path);  // an older database is migrated on first use, then read
    }
    return store;
}

void Store::discard_if_created(std::unique_ptr<Store> store) {
    if (!store || !store->created_) return;
    // Only a database nothing was ever written to: another process may have imported meanwhile.
    if (sqlite_db(*store).execAndGet("SELECT count(*) FROM changes").getInt64() > 0) return;
    const std::string path = store->path_;
    store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) ::unlink((path + suffix).c_str());
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open_as_it_stood(const std::string& path, const std::string& moment) {
    auto current = open(path, Mode::read);
    if (!current) return current.error();
    try {
        // An empty file name is SQLite's private temporary database: its file is unlinked as soon
        // as it is made, so no interruption, signal or failure can leave a copy of the store behind.
        std::unique_ptr<Store> past(new Store(connect("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE), ""));
        sqlite_db(*past).exec("PRAGMA journal_mode = MEMORY");
        {
            SQLite::Backup backup(sqlite_db(*past), sqlite_db(*current.value()));
            backup.executeStep();
        }
        configure(sqlite_db(*past));
        SQLite::Transaction transaction(sqlite_db(*past));
        if (auto rolled = roll_back_to(*past, moment); !rolled) return rolled.error();
        carry_private_entities(*current.value(), *past);  // the past answered with today's privacy
        transaction.commit();
        return past;
    } catch (const SQLite::Exception& e) {
        return Error{"cannot copy database " + path + ": " + e.what()};
    }
}

std::unique_ptr<Store> Store::open_in_memory() {
    std::unique_ptr<Store> store(new Store(connect(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE), ":memory:"));
    configure(sqlite_db(*store));
    (void)migrate(sqlite_db(*store));
    return store;
}

}  // namespace allegraph
