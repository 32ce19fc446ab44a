#include "importers/ids.hpp"

#include "graph/text.hpp"
#include "importers/file_text.hpp"

namespace allegraph {

std::string slug(std::string_view name) {
    std::string out;
    for (char c : fold_key(name)) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? sha256_hex(name).substr(0, 10) : out.substr(0, 80);
}

std::string free_entity_id(GraphWriter& writer, std::string_view prefix, std::string_view name) {
    std::string base = std::string(prefix) + ":" + slug(name);
    std::string id = base;
    for (int n = 2; writer.entity_key(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace allegraph
