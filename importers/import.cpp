#include "importers/import.hpp"

#include <filesystem>

#include "graph/writer.hpp"
#include "importers/json_import.hpp"

namespace allegraph {
namespace {

Result<JsonShape> shape_for(const std::string& path, const std::string& format) {
    if (format == "jsonl") return JsonShape::lines;
    if (format == "json") return JsonShape::document;
    if (!format.empty()) return Error{"unknown import format \"" + format + "\" (expected json or jsonl)"};
    std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".jsonl" || extension == ".ndjson") return JsonShape::lines;
    if (extension == ".json") return JsonShape::document;
    return Error{path + ": cannot tell the format from the extension; pass --format json or jsonl"};
}

Result<void> import_one(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                        ImportReport& report) {
    auto shape = shape_for(path, options.format);
    if (!shape) return shape.error();
    return import_json(writer, path, *shape, options, report);
}

}  // namespace

Result<ImportReport> import_files(Store& store, const std::vector<std::string>& files, const ImportOptions& options) {
    ImportReport report;
    try {
        SQLite::Transaction transaction(store.db(), SQLite::TransactionBehavior::IMMEDIATE);
        GraphWriter writer(store.db());
        for (const auto& path : files)
            if (auto done = import_one(writer, path, options, report); !done) return done.error();
        if (!options.dry_run) transaction.commit();
    } catch (const SQLite::Exception& e) {
        return Error{"database error: " + std::string(e.what())};
    }
    return report;
}

}  // namespace allegraph
