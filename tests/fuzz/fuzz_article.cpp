// libFuzzer target: the article importer on arbitrary bytes.
#include "fuzz_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    allegraph::fuzz::import_input(data, size, "article");
    return 0;
}
