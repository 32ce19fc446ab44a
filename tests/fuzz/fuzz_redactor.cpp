// libFuzzer target: the redactor. The input's lines up to the first empty line are private names
// (a person each; "id:" before a line makes it an id), the rest is the text. Input that is not UTF-8
// is skipped: every text the store holds was checked at import (graph/text.hpp). For the rest,
// every span lies inside the text on code point boundaries, and once the spans are replaced no
// private name of two or more letters is left standing as whole words.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/folding.hpp"
#include "graph/text.hpp"
#include "queries/redactor.hpp"

namespace {

using namespace allegraph;

bool boundary(std::string_view text, std::size_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

std::string redacted(std::string_view text, const std::vector<NameSpan>& spans) {
    std::string out;
    std::size_t from = 0;
    for (const auto& span : spans) {
        if (span.begin >= from) out.append(text.substr(from, span.begin - from)) += " [redacted] ";
        from = std::max(from, span.end);
    }
    return out.append(text.substr(from));
}

// Whether the words of `name` stand in a row among `words`.
bool stands(const std::vector<FoldedWord>& name, const std::vector<FoldedWord>& words) {
    for (std::size_t i = 0; i + name.size() <= words.size(); ++i) {
        bool all = true;
        for (std::size_t j = 0; j < name.size() && all; ++j) all = words[i + j].text == name[j].text;
        if (all) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    if (!is_valid_utf8(input)) return 0;
    std::size_t split = input.find("\n\n");
    std::string_view names = input.substr(0, split), text = split == std::string_view::npos ? "" : input.substr(split + 2);
    PrivateEntity person{1, "person", {}, {}};
    for (std::size_t from = 0; from < names.size();) {
        std::size_t end = std::min(names.find('\n', from), names.size());
        std::string_view line = names.substr(from, end - from);
        (line.starts_with("id:") ? person.ids : person.names).emplace_back(line.substr(line.starts_with("id:") ? 3 : 0));
        from = end + 1;
    }
    Redactor redactor({person});
    auto spans = redactor.find(text, folded_words(text));
    for (const auto& span : spans)
        if (span.begin >= span.end || span.end > text.size() || !boundary(text, span.begin) || !boundary(text, span.end))
            __builtin_trap();
    const auto left = folded_words(redacted(text, spans));
    for (const auto& name : person.names) {
        auto words = folded_words(name);
        bool short_name = words.empty() || (words.size() == 1 && words[0].text.size() < 2);
        bool names_the_placeholder = false;
        for (const auto& word : words) names_the_placeholder = names_the_placeholder || word.text == "redacted";
        if (!short_name && !names_the_placeholder && stands(words, left)) __builtin_trap();
    }
    return 0;
}
