#include "importers/import.hpp"

#include <filesystem>
#include <optional>

#include "graph/bulk_load.hpp"
#include "graph/store_error.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"
#include "graph/write_session.hpp"
#include "importers/article_import.hpp"
#include "importers/csv_import.hpp"
#include "importers/file_text.hpp"
#include "importers/json_import.hpp"
#include "importers/timelinejs_sheet_import.hpp"

namespace allegraph {
namespace {

// The format of `path`: the --format given, else its extension.
Result<std::string> format_for(const std::string& path, const std::string& format) {
    if (!format.empty()) return format;
    std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".jsonl" || extension == ".ndjson") return std::string("jsonl");
    if (extension == ".json") return std::string("json");
    if (extension == ".csv") return std::string("csv");
    if (extension == ".txt") return std::string("article");
    return Error{path + ": cannot tell the format from the extension; pass --format json, jsonl, csv, article or timelinejs-csv"};
}

// The text importers read event types and triggers from the store's vocabulary as it stands when the
// file begins (an earlier file of the same import may have added to it; nothing in a text file does).
Result<void> import_one(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                        ImportReport& report) {
    auto format = format_for(path, options.format);
    if (!format) return format.error();
    const Vocabulary& vocabulary = store_vocabulary(writer.store());
    if (format.value() == "csv") return import_csv(writer, path, options, report);
    if (format.value() == "article") return import_article(writer, path, options, vocabulary, report);
    if (format.value() == "timelinejs-csv") return import_timelinejs_sheet(writer, path, options, vocabulary, report);
    return import_json(writer, path, format.value() == "jsonl" ? JsonShape::lines : JsonShape::document, options,
                       report);
}

std::uintmax_t total_size(const std::vector<std::string>& files) {
    std::uintmax_t total = 0;
    for (const auto& path : files) {
        std::error_code error;
        auto size = std::filesystem::file_size(path, error);
        if (!error) total += size;
    }
    return total;
}

// Writes every file through the session's writer and stamps each for the history.
Result<void> write_files(WriteSession& session, const std::vector<std::string>& files, const ImportOptions& options,
                         ImportReport& report) {
    GraphWriter& writer = session.writer();
    for (const auto& path : files) {
        if (auto done = import_one(writer, path, options, report); !done) return done.error();
        auto sha256 = file_sha256_hex(path);
        if (!sha256) return sha256.error();
        std::error_code error;
        auto absolute = std::filesystem::absolute(path, error);
        // A file name need not be UTF-8; the history shows it as text.
        session.add_file({as_valid_utf8((error ? std::filesystem::path(path) : absolute).lexically_normal().string()),
                          sha256.value()});
    }
    report.warnings.insert(report.warnings.end(), writer.kept_editor_values().begin(), writer.kept_editor_values().end());
    return {};
}

}  // namespace

Result<ImportReport> import_files(Store& store, const std::vector<std::string>& files, const ImportOptions& options) {
    ImportReport report;
    try {
        use_import_cache(store);
        auto session = WriteSession::begin(store, "import", "", WriteSession::Reason::optional,
                                           WriteSession::Unchanged::log, options.include_private);
        if (!session) return session.error();
        const std::uintmax_t input_bytes = total_size(files);
        const bool large = large_beside_store(store, input_bytes);
        std::optional<DeferredIndexes> deferred;
        if (worth_deferring_indexes(store, input_bytes)) deferred = defer_indexes(store);
        if (large) session.value()->writer().know_stored_ids();
        if (auto done = write_files(*session.value(), files, options, report); !done)
            return done.error();
        if (options.dry_run) return report;  // the session rolls back
        if (deferred) restore_indexes(store, *deferred);
        if (large) settle_after_large_write(store);
        if (auto change = session.value()->commit(); !change) return change.error();
    } catch (const std::exception& e) {  // a system limit met while reading: the transaction rolls back
        if (auto failure = store_failure(e)) return Error{"database error: " + *failure};
        return Error{e.what()};
    }
    return report;
}

}  // namespace allegraph
