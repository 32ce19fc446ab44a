#include "graph/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

namespace allegraph {
namespace {

bool is_apostrophe(UChar32 c) { return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060; }

}  // namespace

std::string fold_key(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposed =
        nfkd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                        status);
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString kept;
    bool pending_space = false;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (u_isUWhiteSpace(c)) {
            pending_space = !kept.isEmpty();
            continue;
        }
        if (pending_space) kept.append(UChar32(' '));
        pending_space = false;
        kept.append(is_apostrophe(c) ? UChar32('\'') : c);
    }
    kept.foldCase();
    std::string out;
    kept.toUTF8String(out);
    return out;
}

bool is_valid_utf8(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
    return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status);
}

std::size_t code_point_offset(std::string_view text, std::size_t byte_offset) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace allegraph
