#include "queries/search.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>

#include "graph/text.hpp"
#include "queries/event_loader.hpp"

namespace allegraph {
namespace {

// The words of `text` (letters, digits, '#', '@' and apostrophes), folded.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(fold_key(text));
    for (int32_t i = 0; i < unicode.length();) {
        UChar32 c = unicode.char32At(i);
        i += U16_LENGTH(c);
        if (u_isalnum(c)) {
            icu::UnicodeString(c).toUTF8String(current);
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

// Each word quoted as an FTS5 string, so user text is never read as query syntax.
std::string fts_query(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "\"" : " \"") + word + "\"";
    return out;
}

bool names_private_word(const Privacy& privacy, const std::vector<std::string>& words) {
    for (const auto& name : privacy.private_names())
        for (const auto& private_word : words_of(name))
            for (const auto& word : words)
                if (word == private_word) return true;
    return false;
}

bool is_query_word(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Whether `text` (as shown, redacted) still holds every one of `words`.
bool shows_every_word(const std::string& text, const std::vector<std::string>& words) {
    auto shown = words_of(text);
    return std::all_of(words.begin(), words.end(), [&](const auto& word) { return is_query_word(shown, word); });
}

// A word of a text: its bytes [begin, end), and whether it is one of the words searched for.
struct TextWord {
    std::size_t begin, end;
    bool match;
};

// The words of `text` (runs of letters and digits, as words_of splits them), in order.
std::vector<TextWord> text_words(const std::string& text, const std::vector<std::string>& words) {
    std::vector<TextWord> found;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    std::size_t byte = 0, begin = 0;
    bool in_word = false;
    auto close = [&] {
        if (in_word) found.push_back({begin, byte, is_query_word(words, fold_key(text.substr(begin, byte - begin)))});
        in_word = false;
    };
    for (int32_t i = 0; i < unicode.length();) {
        UChar32 c = unicode.char32At(i);
        i += U16_LENGTH(c);
        if (!u_isalnum(c)) {
            close();
        } else if (!in_word) {
            begin = byte;
            in_word = true;
        }
        byte += U8_LENGTH(c);
    }
    close();
    return found;
}

// A snippet of the redacted `text` as FTS5 writes them: up to 16 words from a little before the first
// match, each match in [brackets]. FTS5's own snippet is cut from the unredacted text, where its
// brackets could split a private name so that scrub no longer recognises it.
std::string redacted_snippet(const std::string& text, const std::vector<std::string>& words) {
    auto found = text_words(text, words);
    auto first = std::find_if(found.begin(), found.end(), [](const TextWord& w) { return w.match; });
    std::size_t from = first == found.end() ? 0 : static_cast<std::size_t>(first - found.begin());
    from = from > 4 ? from - 4 : 0;
    const std::size_t to = std::min(found.size(), from + 16);
    std::string out = from > 0 ? "…" : "";
    std::size_t at = from > 0 ? found[from].begin : 0;
    for (std::size_t i = from; i < to; ++i) {
        const auto& w = found[i];
        out.append(text, at, w.begin - at);
        std::string word = text.substr(w.begin, w.end - w.begin);
        out += w.match ? "[" + word + "]" : word;
        at = w.end;
    }
    return to < found.size() ? out + "…" : out + text.substr(at);
}

// The hit on the current row, or nullopt when it may not be shown: a private entity's own name, or
// (with `shown_words`) text whose matches redaction blanks.
std::optional<SearchHit> read_hit(SQLite::Statement& st, const Privacy& privacy,
                                  const std::vector<std::string>* shown_words) {
    SearchHit hit;
    hit.owner = st.getColumn(0).getString();
    hit.field = st.getColumn(1).getString();
    if (shown_words) {
        std::string shown = privacy.scrub(st.getColumn(9).getString());
        if (!shows_every_word(shown, *shown_words)) return std::nullopt;
        hit.snippet = redacted_snippet(shown, *shown_words);
    } else {
        hit.snippet = privacy.scrub(st.getColumn(2).getString());
    }
    hit.rank = st.getColumn(3).getDouble();
    if (!st.getColumn(5).isNull()) {
        bool is_public = st.getColumn(6).getInt() != 0;
        if (!is_public && !privacy.include_private()) return std::nullopt;
        hit.kind = "entity";
        hit.label = st.getColumn(4).getString();
    } else if (!st.getColumn(7).isNull()) {
        hit.kind = "event";
        hit.label = privacy.scrub(st.getColumn(7).getString());
    } else {
        hit.kind = "relation";
    }
    return hit;
}

}  // namespace

std::vector<SearchHit> search(SQLite::Database& db, const std::string& text, const QueryScope& scope,
                              const Privacy& privacy, std::size_t limit) {
    std::vector<std::string> words = words_of(text);
    if (words.empty()) return {};
    // Words that private names share are looked for only in the text as it is shown: a hit whose
    // matches redaction blanks is left out, so that a search cannot confirm a private name.
    const bool check_shown = !privacy.include_private() && names_private_word(privacy, words);
    // Names, summaries and quotes are three FTS5 tables (summaries and quotes index the
    // events and citations tables in place); their hits are ranked together.
    SQLite::Statement st(db, R"(
        WITH hits(owner, field, snippet, rank, body) AS (
            SELECT owner, field, snippet(search_names, 2, '[', ']', '…', 16), bm25(search_names), body
            FROM search_names WHERE search_names MATCH ?1
            UNION ALL
            SELECT v.text_id, 'summary', snippet(search_summaries, 0, '[', ']', '…', 16), bm25(search_summaries),
                   v.summary
            FROM search_summaries JOIN events v ON v.id = search_summaries.rowid
            WHERE search_summaries MATCH ?1
            UNION ALL
            SELECT coalesce(ce.text_id, cv.text_id, 'relation:' || c.relation), 'quote',
                   snippet(search_quotes, 0, '[', ']', '…', 16), bm25(search_quotes), c.quote
            FROM search_quotes JOIN citations c ON c.id = search_quotes.rowid
            LEFT JOIN entities ce ON ce.id = c.entity LEFT JOIN events cv ON cv.id = c.event
            WHERE search_quotes MATCH ?1)
        SELECT s.owner, s.field, s.snippet, s.rank, n.name, n.kind, n.public, v.summary, v.review, s.body
        FROM hits s
        LEFT JOIN entities n ON n.text_id = s.owner
        LEFT JOIN events v ON v.text_id = s.owner
        WHERE (v.id IS NULL OR ()" + review_condition(scope, "v") + R"())
        ORDER BY s.rank, s.owner LIMIT ?2)");
    st.bind(1, fts_query(words));
    st.bind(2, check_shown ? std::int64_t{-1} : static_cast<std::int64_t>(limit));  // -1: no limit
    std::vector<SearchHit> hits;
    while (hits.size() < limit && st.executeStep())
        if (auto hit = read_hit(st, privacy, check_shown ? &words : nullptr)) hits.push_back(std::move(*hit));
    return hits;
}

}  // namespace allegraph
