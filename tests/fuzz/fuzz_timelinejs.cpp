// libFuzzer target: the TimelineJS sheet importer on arbitrary bytes.
#include "fuzz_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    allegraph::fuzz::import_input(data, size, "timelinejs-csv");
    return 0;
}
