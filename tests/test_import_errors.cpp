// Import errors are values with their parts: the file, line, column, record and field they concern,
// so that no caller has to pick the message apart (DESIGN §3).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "graph/store.hpp"
#include "importers/import.hpp"

using namespace allegraph;

namespace {

// A file in the temporary folder holding `text`, removed when the test ends.
struct TempFile {
    TempFile(const std::string& name, const std::string& text) : path(std::string(P_tmpdir) + "/" + name) {
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() { std::remove(path.c_str()); }
    std::string path;
};

Error import_error(const std::string& path) {
    auto store = Store::open_in_memory();
    ImportOptions options;
    options.allow_uncited = true;
    auto imported = import_files(*store, {path}, options);
    REQUIRE_FALSE(imported);
    return imported.error();
}

}  // namespace

TEST_CASE("a writer's field error in a JSON record carries the file, line, column, record and field") {
    TempFile file("allegraph-errors.json", R"({"allegraph": 1, "entities": [
  {"id": "person:a", "kind": "person", "name": "A"},
  {"id": "person:b", "kind": "person", "name": "B", "public": "yes"}
]})");
    Error error = import_error(file.path);
    CHECK(error.where.file == file.path);
    CHECK(error.where.line == 3);
    CHECK(error.where.column > 1);
    CHECK(error.where.record == "record 2 (person:b)");
    CHECK(error.field == "public");
    CHECK_FALSE(error.detail.empty());
    CHECK(error.message == file.path + ":3:" + std::to_string(error.where.column) +
                               ": record 2 (person:b): public: " + error.detail);
}

TEST_CASE("a CSV file with two bad rows gathers one error per row, each with its row and column") {
    TempFile file("allegraph-errors.csv",
                  "date,type,actor,subject,quote,source_title\n"
                  "2017-10-10,allegation,Ann,Bob,\"she said\",Paper\n"
                  "2017-13-40,allegation,Ann,Bob,\"she said\",Paper\n"
                  "2017-10-12,no-such-type,Ann,Bob,\"she said\",Paper\n");
    Error error = import_error(file.path);
    CHECK(error.where.file == file.path);
    REQUIRE(error.parts.size() == 2);
    CHECK(error.parts[0].where.record == "row 2");
    CHECK(error.parts[0].where.line == 3);
    CHECK(error.parts[0].field == "date");
    CHECK(error.parts[1].where.record == "row 3");
    CHECK(error.parts[1].field == "type");
    CHECK(error.parts[1].where.column == 12);
    for (const auto& part : error.parts) CHECK(error.message.find(part.message) != std::string::npos);
}

TEST_CASE("a malformed CSV line is placed in its file by the reader's line and column") {
    TempFile file("allegraph-errors-quote.csv", "date,type,actor,quote,source_title\n2017-10-10,allegation,Ann,\"open\n");
    Error error = import_error(file.path);
    CHECK(error.where.file == file.path);
    CHECK(error.where.line >= 2);
    CHECK(error.where.column >= 1);
    CHECK(error.message.rfind(file.path + ":" + std::to_string(error.where.line) + ":", 0) == 0);
}
