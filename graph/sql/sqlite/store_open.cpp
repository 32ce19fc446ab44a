// Opening an SQLite store (graph/sql/engines.hpp): a file made private (0600), WAL, foreign keys,
// a busy timeout, the schema migrated forward on first use.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include "graph/sql/engines.hpp"
#include "graph/sql/sqlite/connection.hpp"
#include "graph/sql/sqlite/schema.hpp"

namespace allegraph::engines {
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

// A connection to the SQLite database `name` opened with `flags`, configured.
std::unique_ptr<sql::SqliteConnection> connect(const std::string& name, int flags) {
    auto connection = std::make_unique<sql::SqliteConnection>(name, flags);
    connection->database().setBusyTimeout(kBusyTimeoutMs);
    connection->exec("PRAGMA foreign_keys = ON");
    return connection;
}

std::unique_ptr<Store::Engine> engine_of(std::unique_ptr<sql::SqliteConnection> connection) {
    return std::make_unique<Store::Engine>(std::move(connection));
}

SQLite::Database& database_of(Store::Engine& engine) { return static_cast<sql::SqliteConnection&>(*engine.db).database(); }

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

Result<std::unique_ptr<Store::Engine>> open_for_writing(const std::string& path) {
    auto connection = connect(path, SQLite::OPEN_READWRITE);
    if (auto version = schema_version(connection->database(), path); !version) return version.error();
    connection->exec("PRAGMA journal_mode = WAL");
    if (auto migrated = migrate(connection->database()); !migrated) return migrated.error();
    return engine_of(std::move(connection));
}

Result<std::unique_ptr<Store::Engine>> open_for_reading(const std::string& path) {
    auto connection = connect(path, SQLite::OPEN_READONLY);
    Result<int> version = 0;
    try {
        version = schema_version(connection->database(), path);
    } catch (const SQLite::Exception& e) {
        struct stat wal {};
        const int code = e.getErrorCode();
        if ((code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || folder_writable(path) ||
            (::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0))
            throw;
        // Nothing waits in a write-ahead log, and WAL mode cannot make its files here: read in place.
        connection = connect(immutable_uri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        version = schema_version(connection->database(), path);
    }
    if (!version) return version.error();
    if (version.value() == 0) return Error{"database " + path + " is empty (import data first)"};
    if (version.value() < current_schema_version()) {
        connection.reset();
        return open_for_writing(path);  // an older database is migrated on first use, then read
    }
    return engine_of(std::move(connection));
}

}  // namespace

Result<Opened> open_sqlite(const std::string& path, Store::Mode mode) {
    switch (file_kind(path)) {
        case FileKind::directory: return Error{"database " + path + " is a directory"};
        case FileKind::other: return Error{"database " + path + " is not a regular file"};
        case FileKind::regular: break;
        case FileKind::missing:
            if (mode != Store::Mode::create) return Error{"no database at " + path, ErrorCode::no_store};
    }
    bool created = false;
    if (mode == Store::Mode::create) {
        auto made = create_private_file(path);
        if (!made) return made.error();
        created = made.value();
    }
    try {
        auto engine = mode == Store::Mode::read ? open_for_reading(path) : open_for_writing(path);
        if (!engine) return engine.error();
        return Opened{std::move(engine.value()), created};
    } catch (const SQLite::Exception& e) {
        return Error{"cannot open database " + path + ": " + e.what()};
    }
}

std::unique_ptr<Store::Engine> sqlite_in_memory() {
    auto connection = connect(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    (void)migrate(connection->database());
    return engine_of(std::move(connection));
}

std::unique_ptr<Store::Engine> sqlite_private_copy(Store& from) {
    // An empty file name is SQLite's private temporary database: its file is unlinked as soon
    // as it is made, so no interruption, signal or failure can leave a copy of the store behind.
    auto connection = std::make_unique<sql::SqliteConnection>("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    connection->exec("PRAGMA journal_mode = MEMORY");
    {
        SQLite::Backup backup(connection->database(), database_of(from.engine()));
        backup.executeStep();
    }
    connection->database().setBusyTimeout(kBusyTimeoutMs);
    connection->exec("PRAGMA foreign_keys = ON");
    return engine_of(std::move(connection));
}

void remove_sqlite(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) ::unlink((path + suffix).c_str());
}

}  // namespace allegraph::engines
