#include "graph/folding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <unordered_map>

namespace allegraph {
namespace {

bool is_apostrophe(UChar32 c) { return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060; }

bool is_ignored(UChar32 c) {
    auto type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_FORMAT_CHAR;
}

std::string fold_with_icu(UChar32 c) {
    if (u_isUWhiteSpace(c)) return " ";
    if (is_ignored(c)) return "";
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(icu::UnicodeString(c), status) : icu::UnicodeString(c);
    if (U_FAILURE(status)) decomposed = icu::UnicodeString(c);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 d = decomposed.char32At(i);
        i += U16_LENGTH(d);
        if (is_ignored(d)) continue;
        kept.append(u_isUWhiteSpace(d) ? UChar32(' ') : is_apostrophe(d) ? UChar32('\'') : d);
    }
    kept.foldCase();
    std::string out;
    kept.toUTF8String(out);
    return out;
}

}  // namespace

const std::string& fold_code_point(std::int32_t c) {
    static const std::array<std::string, 128> ascii = [] {
        std::array<std::string, 128> table;
        for (UChar32 a = 0; a < 128; ++a) table[static_cast<std::size_t>(a)] = fold_with_icu(a);
        return table;
    }();
    if (c >= 0 && c < 128) return ascii[static_cast<std::size_t>(c)];
    thread_local std::unordered_map<std::int32_t, std::string> others;
    auto found = others.find(c);
    if (found == others.end()) found = others.emplace(c, fold_with_icu(c < 0 || c > 0x10FFFF ? 0xFFFD : c)).first;
    return found->second;
}

std::vector<FoldedWord> folded_words(std::string_view text) {
    std::vector<FoldedWord> words;
    FoldedWord word;
    auto close = [&] {
        if (!word.text.empty()) words.push_back(std::move(word));
        word = FoldedWord{};
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        UChar32 c;
        U8_NEXT(text.data(), i, text.size(), c);
        const std::string& folded = fold_code_point(c < 0 ? 0x20 : c);
        for (std::size_t j = 0; j < folded.size();) {
            UChar32 f;
            U8_NEXT(folded.data(), j, folded.size(), f);
            if (!u_isalnum(f)) {
                close();
                continue;
            }
            if (word.text.empty()) word.begin = at;
            const auto length = static_cast<std::size_t>(U8_LENGTH(f));
            word.text.append(folded, j - length, length);
            word.end = i;
        }
    }
    close();
    return words;
}

}  // namespace allegraph
