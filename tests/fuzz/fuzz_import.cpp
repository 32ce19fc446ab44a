#include "fuzz_import.hpp"

#include <unistd.h>

#include <cstdio>
#include <memory>

#include "graph/store.hpp"

namespace allegraph::fuzz {
namespace {

// A source, two entities and an event that fuzzed records may name.
constexpr const char* kKnown = R"({"allegraph": 1,
  "sources": [{"id": "src:a", "title": "A", "published": "2017-10-16"}],
  "entities": [{"id": "person:a", "kind": "person", "name": "Ann Lee", "aliases": ["Lee"],
                "citations": [{"source": "src:a", "quote": "q"}]},
               {"id": "org:b", "kind": "organization", "category": "academy", "name": "The Academy",
                "citations": [{"source": "src:a", "quote": "q"}]}],
  "events": [{"id": "event:a", "type": "expulsion", "date": "2017-10-14",
              "participants": [{"entity": "org:b", "role": "actor"}, {"entity": "person:a", "role": "subject"}],
              "citations": [{"source": "src:a", "quote": "q"}]}]})";

std::string scratch_path(const char* name) {
    return "/dev/shm/allegraph-fuzz-" + std::to_string(::getpid()) + "-" + name;
}

void write_file(const std::string& path, const void* data, std::size_t size) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) std::abort();
    if (size) std::fwrite(data, 1, size, file);
    std::fclose(file);
}

Store& known_store() {
    static std::unique_ptr<Store> store = [] {
        auto s = Store::open_in_memory();
        std::string path = scratch_path("known.json");
        write_file(path, kKnown, std::char_traits<char>::length(kKnown));
        if (!import_files(*s, {path}, ImportOptions{})) std::abort();
        std::remove(path.c_str());
        return s;
    }();
    return *store;
}

}  // namespace

void import_input(const std::uint8_t* data, std::size_t size, const std::string& format) {
    Store& store = known_store();
    std::string path = scratch_path(format == "article" ? "input.txt" : "input");
    write_file(path, data, size);
    ImportOptions options;
    options.format = format;
    options.dry_run = true;
    if (format == "article") {
        options.source_id = "src:fuzzed";
        options.title = "Fuzzed";
        options.publisher = "P";
        options.published = "2017-10-20";
    }
    (void)import_files(store, {path}, options);
    std::remove(path.c_str());
}

}  // namespace allegraph::fuzz
