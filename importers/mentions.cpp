#include "importers/mentions.hpp"

#include <algorithm>

#include "graph/text.hpp"
#include "importers/name_words.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kMaxNameTokens = 12;  // "U.S. Academy of Motion Picture Arts and Sciences" is nine

std::string kind_word(NameKind kind) {
    switch (kind) {
        case NameKind::person: return "person";
        case NameKind::organization:
        case NameKind::honour:
        case NameKind::description: return "organization";
        case NameKind::group: return "group";
        case NameKind::campaign: return "campaign";
        case NameKind::work: return "work";
        default: return "";
    }
}

bool proposable(const FoundName& n) {
    switch (n.kind) {
        case NameKind::person: return n.last - n.first >= 2 || n.titled;
        case NameKind::organization:
        case NameKind::honour:
        case NameKind::group:
        case NameKind::description:
        case NameKind::campaign:
        case NameKind::work: return true;
        default: return false;
    }
}

// The words of a name, folded: "Jean-Claude Arnault" → {"jean-claude", "arnault"}.
std::vector<std::string> folded_words(const std::string& name) {
    std::vector<std::string> out;
    std::string folded = fold_key(name);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t space = folded.find(' ', start);
        if (space == std::string::npos) space = folded.size();
        if (space > start) out.push_back(folded.substr(start, space - start));
        start = space + 1;
    }
    return out;
}

bool is_pronoun(std::string_view w, const char* set) {
    std::string_view s(set);
    while (!s.empty()) {
        auto bar = s.find('|');
        if (s.substr(0, bar) == w) return true;
        s = bar == std::string_view::npos ? std::string_view() : s.substr(bar + 1);
    }
    return false;
}

// True when token k is inside a relative clause or apposition still open there: ", who is married to X,".
bool inside_relative(const std::vector<Token>& t, std::size_t k) {
    for (std::size_t j = k; j > 0; --j) {
        if (t[j - 1].lower == ",") return j < t.size() && is_pronoun(t[j].lower, "who|which|whose|whom");
        if (t[j - 1].lower == ";") return false;
    }
    return false;
}

bool clause_break(const std::vector<Token>& t, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        if (!t[k].word || is_pronoun(t[k].lower, "when|after|before|because|and|but")) return true;
    return false;
}

// What the first word of a person's name tells of their gender ("Mr. X": male).
char gender_of(const std::string& name) {
    auto parts = folded_words(name);
    return parts.empty() ? 0 : words::gender(parts[0]);
}

// A folded name without dots, so that "Louis CK" and "Louis C.K." are one name.
std::string loose_key(const std::string& folded) {
    std::string out;
    for (char c : folded)
        if (c != '.') out += c;
    return out;
}

// Tokens [first, last) as written, a line break or run of spaces between words as one space.
std::string written(std::string_view text, const std::vector<Token>& t, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t k = first; k < last; ++k) {
        if (k > first && t[k].begin > t[k - 1].end) out += ' ';
        out.append(text.substr(t[k].begin, t[k].end - t[k].begin));
    }
    return out;
}

constexpr const char* kPersonPronouns = "he|him|his|himself|she|her|hers|herself";
constexpr const char* kThingPronouns = "it|its|itself";
constexpr const char* kPluralPronouns = "they|them|their|themselves";
constexpr const char* kObliqueWords = "of|in|at|for|with|to|from|on|about|into|over|after|before|under|than|among|"
                                      "between|via|toward|towards|through|during|across|near|according|including";

}  // namespace

const std::vector<GraphWriter::NamedEntity>& ArticleEntities::lookup(std::string_view name) {
    std::string key(name);
    auto hit = lookups_.find(key);
    if (hit == lookups_.end()) hit = lookups_.emplace(key, writer_.entities_named(name)).first;
    return hit->second;
}

const std::string& ArticleEntities::fold(const std::string& name) const {
    auto hit = folds_.find(name);
    if (hit == folds_.end()) hit = folds_.emplace(name, fold_key(name)).first;
    return hit->second;
}

const std::vector<std::string>& ArticleEntities::words_of(const std::string& name) const {
    auto hit = words_.find(name);
    if (hit == words_.end()) hit = words_.emplace(name, folded_words(name)).first;
    return hit->second;
}

int ArticleEntities::stored(const GraphWriter::NamedEntity& found, const std::string& name) {
    const std::string& id = found.id;
    for (std::size_t i = 0; i < entities_.size(); ++i)
        if (entities_[i].id == id) return static_cast<int>(i);
    ArticleEntity e;
    e.id = id;
    e.kind = found.kind;
    e.category = found.category;
    e.name = name;
    if (e.kind == "person") e.gender = gender_of(name);
    entities_.push_back(std::move(e));
    redirect_.push_back(-1);
    return static_cast<int>(entities_.size() - 1);
}

int ArticleEntities::entity_for(const FoundName& n) {
    std::string kind = kind_word(n.kind);
    bool descriptive = n.kind == NameKind::group || n.kind == NameKind::description;
    std::string key = loose_key(fold(n.name));
    if (!descriptive) {
        const auto& known = lookup(n.name);
        if (known.size() == 1) return stored(known[0], n.name);
        if (known.size() > 1) return -1;  // two stored entities share the name: not guessed
    }
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        auto& e = entities_[i];
        if (!e.id.empty() || loose_key(fold(e.name)) != key) continue;
        if (n.name.size() > e.name.size() && !n.unsure) {  // "Louis C.K." is the fuller form of "Louis CK"
            e.forms.push_back(e.name);
            e.name = n.name;
        }
        return static_cast<int>(i);
    }
    ArticleEntity e;
    e.name = n.name;
    e.kind = kind;
    e.category = n.kind == NameKind::honour ? "honour" : n.category;
    e.size = n.size;
    e.reason = n.reason;
    e.descriptive = descriptive;
    if (kind == "person") e.gender = gender_of(n.name);
    entities_.push_back(std::move(e));
    redirect_.push_back(-1);
    return static_cast<int>(entities_.size() - 1);
}

// Stored names and aliases in the sentence, longest first, that cut no name the finder saw.
std::vector<ArticleEntities::Known> ArticleEntities::stored_mentions(const SentenceTokens& s,
                                                                     const std::vector<FoundName>& names) {
    std::vector<Known> out;
    const auto& t = s.tokens;
    auto cuts_a_name = [&](std::size_t first, std::size_t last) {
        for (const auto& n : names) {
            bool overlap = first < n.last && n.first < last;
            bool covers = first <= n.first && n.last <= last;
            if (overlap && !covers) return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < t.size();) {
        std::size_t taken = 0;
        if (t[i].word) {
            for (std::size_t n = std::min(kMaxNameTokens, t.size() - i); n >= 1 && !taken; --n) {
                if (!t[i + n - 1].word && t[i + n - 1].lower != ".") continue;
                if (n == 1 && !t[i].capitalized) break;
                std::string_view name = text_.substr(t[i].begin, t[i + n - 1].end - t[i].begin);
                if (cuts_a_name(i, i + n)) continue;
                const auto& found = lookup(name);
                if (found.size() != 1) continue;
                out.push_back({i, i + n, stored(found[0], written(text_, t, i, i + n))});
                taken = n;
            }
        }
        i += taken ? taken : 1;
    }
    return out;
}

// A single word that names an entity of the article by part of its name: a surname, an
// acronym, the first word ("Dartmouth"), or the start of the first word ("Met").
int ArticleEntities::short_form(const SentenceTokens& s, const FoundName& n, std::size_t sentence) const {
    if (n.last - n.first != 1 && !n.titled) return -1;
    std::string word = fold_key(std::string(text_.substr(s.tokens[n.last - 1].begin,
                                                          s.tokens[n.last - 1].end - s.tokens[n.last - 1].begin)));
    bool given_name = n.titled && n.last - n.first == 2 && is_pronoun(s.tokens[n.first].lower, "sir|dame");
    int surname = -1, initials = -1, first = -1, prefix = -1, exact = -1, earlier = -1;
    int surnames = 0, firsts = 0, prefixes = 0, earliers = 0;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const auto& e = entities_[i];
        const auto& parts = words_of(e.name);
        int index = static_cast<int>(i);
        if (e.descriptive || redirect_[i] >= 0) continue;
        if (parts.size() == 1 && parts[0] == word && e.kind == "organization") exact = index;
        if (parts.size() < 2) continue;
        if (e.kind == "person") {
            std::string last = parts.back() == "jr." || parts.back() == "sr." ? parts[parts.size() - 2] : parts.back();
            if (given_name) {  // "Sir Michael" is Sir Michael Fallon: the title goes with the given name
                std::size_t g = is_pronoun(parts[0], "sir|dame") ? 1 : 0;
                last = g + 1 < parts.size() ? parts[g] : std::string();
            }
            if (last == word && !(surname >= 0 && entities_[static_cast<std::size_t>(surname)].id == e.id)) {
                surname = index;
                ++surnames;
                if (e.first_sentence < sentence) {
                    earlier = index;
                    ++earliers;
                }
            }
            continue;
        }
        if (e.kind != "organization") continue;
        if (word.size() >= 2 && acronym_of(e.name) == word) initials = index;
        for (const auto& form : e.forms)
            if (fold(form) == word) initials = index;
        if (parts[0] == word && !words::place(word) && !words::descriptor(word) &&
            !words::organization_head(word)) {  // "House" is not short for "House TV"
            first = index;
            ++firsts;
        } else if (word.size() >= 3 && parts[0].size() > word.size() && parts[0].compare(0, word.size(), word) == 0 &&
                   parts[0].find_first_of("'-.") == std::string::npos) {
            prefix = index;
            ++prefixes;
        }
    }
    // a surname is the person of that name named so far; before any, the only one in the article
    if (earliers == 1) return earlier;
    if (earliers == 0 && surnames == 1) return surname;
    if (initials >= 0) return initials;
    if (firsts == 1) return first;
    if (prefixes == 1) return prefix;
    return exact;
}

// The most recent mention of `kind` (whose name contains `head`, when given): in this sentence
// before the reference, then in the three sentences before it.
int ArticleEntities::recent(std::size_t sentence, const std::vector<Mention>& before, const std::string& kind,
                            const std::string& head) const {
    for (bool oblique_too : {false, true}) {
        int found = recent_pass(sentence, before, kind, head, oblique_too);
        if (found >= 0) return found;
    }
    return -1;
}

int ArticleEntities::recent_pass(std::size_t sentence, const std::vector<Mention>& before, const std::string& kind,
                                 const std::string& head, bool oblique_too) const {
    auto fits = [&](const Mention& m) {
        if (m.entity < 0 || (kind != "any" && m.kind != kind) || (m.oblique && !oblique_too)) return false;
        if (kind == "any" && m.kind != "organization" && m.kind != "group") return false;
        if (head.empty()) return true;
        for (const auto& w : words_of(at(m.entity).name))
            if (w == head) return true;
        return false;
    };
    for (auto m = before.rbegin(); m != before.rend(); ++m)
        if (fits(*m)) return m->entity;
    std::size_t reach = head.empty() ? 3 : sentence;  // "the Academy" may come long after the full name
    for (std::size_t back = 1; back <= reach && back <= sentence; ++back) {
        const auto& earlier = mentions_[sentence - back];
        for (auto m = earlier.rbegin(); m != earlier.rend(); ++m)
            if (fits(*m)) return m->entity;
    }
    return -1;
}

// What a pronoun or description at token k stands for; `last` is set past its words.
int ArticleEntities::reference(const SentenceTokens& s, std::size_t k, const std::vector<Mention>& before,
                               std::size_t i, const std::vector<bool>& covered, Mention::Via& via,
                               std::size_t& last) const {
    const auto& t = s.tokens;
    const std::string& w = t[k].lower;
    last = k + 1;
    via = Mention::Via::pronoun;
    if (is_pronoun(w, kPersonPronouns)) {
        // an object pronoun is never the subject of its own verb: "Tom Baker accused her" is not Baker
        char wanted = is_pronoun(w, "he|him|his|himself") ? 'f' : 'm';  // the gender it cannot be
        auto agrees = [&](int e) { return e >= 0 && entities_[static_cast<std::size_t>(e)].gender != wanted; };
        bool object = is_pronoun(w, "him|himself|herself") ||
                      (w == "her" && (k + 1 >= t.size() || !t[k + 1].word || is_pronoun(t[k + 1].lower, kObliqueWords) ||
                                      is_pronoun(t[k + 1].lower, "of|and|or|by")));
        for (auto m = before.rbegin(); m != before.rend(); ++m) {
            bool chained = m->via == Mention::Via::pronoun && is_pronoun(t[m->first].lower, "he|she") &&
                           is_pronoun(t[m->first].lower, w == "she" || w == "her" || w == "hers" || w == "herself"
                                                              ? "she" : "he");
            if (chained && m->kind == "person") return m->entity;  // "He continued …, after he was arrested"
            if (m->kind != "person" || m->via == Mention::Via::pronoun || inside_relative(t, m->first)) continue;
            if (object && k - m->last <= 4 && !clause_break(t, m->last, k)) continue;
            if (!agrees(m->entity)) continue;
            return m->entity;
        }
        bool opens = k == 0 || (k == 1 && !t[0].word);
        if (opens && i > 0)  // "Prosecutors declined to charge Seagal. He was accused of…"
            for (auto m = mentions_[i - 1].rbegin(); m != mentions_[i - 1].rend(); ++m)
                if (m->kind == "person" && !m->oblique && agrees(m->entity)) return m->entity;
        // the article's main person is most often the man accused: "she" is him only when known to be a woman
        bool feminine = wanted == 'm';
        if (agrees(dominant_) && (!feminine || entities_[static_cast<std::size_t>(dominant_)].gender == 'f'))
            return dominant_;
        int last = recent(i, {}, "person");
        return agrees(last) && !(feminine && last == dominant_) ? last : -1;
    }
    if (w == "it" && k + 2 < t.size() && is_pronoun(t[k + 1].lower, "is|was|'s|seems|seemed|became") &&
        !t[k + 2].lower.ends_with("ed"))
        return -1;  // "it was appropriate to step down": nobody
    if (is_pronoun(w, kThingPronouns)) return recent(i, before, "organization");
    if (is_pronoun(w, kPluralPronouns)) {  // "they": a group or body named before in this sentence
        for (auto m = before.rbegin(); m != before.rend(); ++m)
            if ((m->kind == "group" || m->kind == "organization") && !m->oblique) return m->entity;
        return -1;
    }
    if (w != "the" && w != "this" && w != "that") return -1;
    // "the famed conductor", "the 75-year-old broadcaster", "the label", "this Office", "the 65-year-old"
    std::size_t noun = k + 1;
    // "the sport and disabilities minister": an "and" between modifiers, not between two parties
    auto joins_modifiers = [&](std::size_t j) {
        return t[j].lower == "and" && j + 1 < t.size() && t[j + 1].word && !t[j + 1].capitalized &&
               !is_pronoun(t[j + 1].lower, "the|a|an|his|her|its|their");
    };
    while (noun < t.size() && noun <= k + 4 && t[noun].word && !words::person_noun(t[noun].lower) &&
           !words::organization_noun(t[noun].lower) && !is_pronoun(t[noun].lower, kObliqueWords) &&
           (joins_modifiers(noun) ||
            !is_pronoun(t[noun].lower, "of|and|or|by|the|a|an|that|who|which|another|other|each|every|some|any")))
        ++noun;
    bool age_alone = k + 1 < t.size() && t[k + 1].lower.ends_with("-year-old") &&
                     (noun >= t.size() || noun > k + 4 || !t[noun].word ||
                      (!words::person_noun(t[noun].lower) && !words::organization_noun(t[noun].lower)));
    if (age_alone) noun = k + 1;
    if (noun >= t.size() || !t[noun].word || noun > k + 4 || covered[noun]) return -1;
    if (!age_alone && !words::person_noun(t[noun].lower) && !words::organization_noun(t[noun].lower)) return -1;
    if (noun + 1 < t.size() && t[noun + 1].word && t[noun + 1].capitalized) return -1;  // "the singer Chris Brown"
    bool person = age_alone || words::person_noun(t[noun].lower);
    for (std::size_t m = k + 1; m < noun; ++m)
        if (covered[m] || (!person && t[m].capitalized && t[m].lower.find('-') == std::string::npos &&
                           t[m].lower.find('&') == std::string::npos))
            return -1;  // "the Las Vegas billionaire" is a description; "the Washington Post" is a name
    last = noun + 1;
    via = Mention::Via::description;
    if (person) {
        // ", the action movie star": an apposition describes the name just before it
        if (k >= 2 && t[k - 1].lower == ",")
            for (auto m = before.rbegin(); m != before.rend(); ++m)
                if (m->last == k - 1 && m->kind == "person") return m->entity;
        // "the actor" after "Actor Cuba Gooding Jr.", "the attorney" after "Gooding's attorney, Mark Heller"
        if (int named = described(i, before, t[noun].lower); named >= 0) return named;
        if (words::other_party_noun(t[noun].lower)) return -1;  // "the accuser" is not the accused
        char gender = words::noun_gender(t[noun].lower);
        auto fits = [&](int e) {
            return e >= 0 && !(gender && entities_[static_cast<std::size_t>(e)].gender &&
                               entities_[static_cast<std::size_t>(e)].gender != gender);
        };
        // "the now 80-year-old actor" after a sentence about another man than the article's main person
        auto names = [&](const std::vector<Mention>& ms) {
            return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.entity == dominant_; });
        };
        bool main_in_view = names(before) || (i > 0 && names(mentions_[i - 1]));
        if (!main_in_view && i > 0)
            for (auto m = mentions_[i - 1].rbegin(); m != mentions_[i - 1].rend(); ++m)
                if (m->kind == "person" && !m->oblique && m->via != Mention::Via::pronoun && fits(m->entity))
                    return m->entity;
        int guess = dominant_ >= 0 ? dominant_ : recent(i, before, "person");
        return fits(guess) ? guess : -1;
    }
    int named = recent(i, before, "organization", t[noun].lower);
    if (named >= 0) return named;
    // "the company" may be any organization named just before; "the provincial government" only a government
    bool generic = is_pronoun(t[noun].lower, "company|firm|label|network|organization|organisation|group|studio|"
                                            "broadcaster|channel|publisher|outlet|brand|agency|charity|business|"
                                            "corporation|employer|institution|body|service|platform|site|website|team|club|party|"
                                            "league|federation|association|union|board");
    return generic ? recent(i, before, "organization") : -1;
}

// The person most recently mentioned whom the article described with `noun` ("Actor Cuba Gooding Jr.").
int ArticleEntities::described(std::size_t sentence, const std::vector<Mention>& before, const std::string& noun) const {
    auto fits = [&](const Mention& m) {
        if (m.kind != "person" || m.entity < 0) return false;
        const auto& d = entities_[static_cast<std::size_t>(m.entity)].described;
        return std::find(d.begin(), d.end(), noun) != d.end();
    };
    for (auto m = before.rbegin(); m != before.rend(); ++m)
        if (fits(*m)) return m->entity;
    for (std::size_t back = 1; back <= sentence; ++back)
        for (auto m = mentions_[sentence - back].rbegin(); m != mentions_[sentence - back].rend(); ++m)
            if (fits(*m)) return m->entity;
    return -1;
}

// Remembers the nouns a sentence puts beside a person's name: "Actor Cuba Gooding Jr.", "Tyson's
// former assistant Ashley Watson", "Gooding's attorney, Mark J. Heller", "Mark Heller, his lawyer,".
void ArticleEntities::note_descriptions(const SentenceTokens& s, const std::vector<Mention>& names) {
    const auto& t = s.tokens;
    auto quote = [](const Token& w) { return !w.word && is_pronoun(w.lower, "\"|“|”|‘|’|'"); };
    for (const auto& m : names) {
        if (m.kind != "person" || m.entity < 0) continue;
        auto& described = entities_[static_cast<std::size_t>(m.entity)].described;
        auto record = [&](std::size_t k) {
            if (std::find(described.begin(), described.end(), t[k].lower) == described.end())
                described.push_back(t[k].lower);
        };
        for (std::size_t j = m.first; j > 0 && j + 4 > m.first; --j) {
            if (words::person_noun(t[j - 1].lower)) {
                record(j - 1);
                break;
            }
            if (!t[j - 1].word && !quote(t[j - 1])) {
                if (t[j - 1].lower == "," && j == m.first && j >= 2 && words::person_noun(t[j - 2].lower)) record(j - 2);
                break;
            }
        }
        if (m.last >= t.size() || t[m.last].lower != ",") continue;
        for (std::size_t j = m.last + 1; j < t.size() && j <= m.last + 6; ++j) {
            if (is_pronoun(t[j].lower, "who|which|that|whose|said|says|and|or") || (!t[j].word && t[j].lower != "'s"))
                break;
            bool ends = j + 1 >= t.size() || is_pronoun(t[j + 1].lower, ",|.|;|)");
            if (words::person_noun(t[j].lower) && ends) {
                record(j);
                break;
            }
        }
    }
}

// "its entire board of directors": the board of the organization before it, one entity of the article.
int ArticleEntities::board(const SentenceTokens& s, const FoundName& n, const std::vector<Mention>& before,
                           std::size_t i) {
    const auto& t = s.tokens;
    int owner = -1;
    std::size_t k = n.first;
    while (k > 0 && is_pronoun(t[k - 1].lower, "entire|whole|full|new|interim|former")) --k;
    if (k > 0 && t[k - 1].lower == "'s" && k > 1) {
        for (auto m = before.rbegin(); m != before.rend(); ++m)
            if (m->last == k - 1 && m->kind == "organization") owner = m->entity;
    } else if (k > 0 && is_pronoun(t[k - 1].lower, "its|their|the")) {
        owner = recent(i, before, "organization");
    } else {
        for (auto m = before.rbegin(); m != before.rend() && owner < 0; ++m)
            if (m->kind == "organization" && m->last <= k) owner = m->entity;  // "USAG receives resignations from board"
    }
    if (owner < 0) return -1;
    if (fold(entities_[static_cast<std::size_t>(owner)].name).ends_with("board")) return owner;  // "its board"
    // one board to an organization: "its board of directors" and later "the board" are the same
    for (std::size_t e = 0; e < entities_.size(); ++e)
        if (entities_[e].owner == owner) return static_cast<int>(e);
    std::string name = entities_[static_cast<std::size_t>(owner)].name + " " + fold_key(n.name);
    ArticleEntity e;
    e.name = name;
    e.kind = "group";
    e.reason = "the board of " + entities_[static_cast<std::size_t>(owner)].name;
    e.descriptive = true;
    e.owner = owner;
    e.forms.push_back(n.name);
    entities_.push_back(std::move(e));
    redirect_.push_back(-1);
    return static_cast<int>(entities_.size() - 1);
}

int ArticleEntities::final(int entity) const {
    while (entity >= 0 && redirect_[static_cast<std::size_t>(entity)] >= 0) entity = redirect_[static_cast<std::size_t>(entity)];
    return entity;
}

// "Neil deGrasse Tyson Cosmos" (a caption) is a person's name run into "Cosmos", which the article
// names on its own: the words left over from the shorter name are another entity.
bool ArticleEntities::names_apart(const std::string& shorter, const std::string& longer) const {
    const std::string& inner = fold(shorter);
    const std::string& outer = fold(longer);
    if (!outer.starts_with(inner + " ") && !outer.ends_with(" " + inner)) return false;
    std::string rest = outer.starts_with(inner + " ") ? outer.substr(inner.size() + 1)
                                                       : outer.substr(0, outer.size() - inner.size() - 1);
    for (const auto& other : entities_)
        if (fold(other.name) == rest) return true;
    return false;
}

// A proposal whose words are all in a longer name of the article names the same entity:
// "the International Academy" after "The International Academy of Television Arts & Sciences".
void ArticleEntities::redirect_contained() {
    redirect_.assign(entities_.size(), -1);
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        const auto& e = entities_[i];
        if (!e.id.empty() || e.owner >= 0) continue;
        if (words::organization_head(fold(e.name))) continue;  // "the House" is no part of "House TV"
        std::string key = " " + fold(e.name) + " ";
        for (std::size_t j = 0; j < entities_.size(); ++j) {
            const auto& longer = entities_[j];
            if (j == i || longer.kind != e.kind || longer.descriptive != e.descriptive) continue;
            std::string outer = " " + fold(longer.name) + " ";
            if (e.kind == "person" && names_apart(e.name, longer.name)) continue;
            if (outer.size() > key.size() && outer.find(key) != std::string::npos) {
                redirect_[i] = static_cast<int>(j);
                break;
            }
        }
    }
}

void ArticleEntities::link_sentence(std::size_t i, const SentenceTokens& s) {
    std::vector<Mention> out;
    const auto& names = names_[i];
    const auto& t = s.tokens;
    std::vector<bool> covered(t.size(), false);
    for (const auto& k : stored_mentions(s, names)) {
        out.push_back({k.first, k.last, k.entity, entities_[static_cast<std::size_t>(k.entity)].kind, Mention::Via::name});
        for (std::size_t j = k.first; j < k.last; ++j) covered[j] = true;
    }
    for (std::size_t j = 0; j < names.size(); ++j) {
        const auto& n = names[j];
        if (covered[n.first]) continue;
        Mention::Via via = Mention::Via::name;
        int e = final(name_entities_[i][j]);
        bool single = n.last - n.first == 1 && n.kind != NameKind::group;
        if (n.kind == NameKind::description && n.category == "board") {
            e = board(s, n, out, i);
            via = Mention::Via::description;
        } else if (n.unsure) {  // a headline's "Garrison Keillor": only a name the article gives elsewhere
            for (std::size_t k = 0; k < entities_.size() && e < 0; ++k)
                if (!entities_[k].descriptive && fold(entities_[k].name) == fold(n.name)) e = final(static_cast<int>(k));
            if (e < 0) e = final(short_form(s, n, i));
            via = Mention::Via::short_form;
        } else if (e < 0 || n.kind == NameKind::unknown || single ||
                   (n.titled && n.last - n.first == 2 && words::title(t[n.first].lower))) {
            int linked = final(short_form(s, n, i));
            if (linked == e) linked = -1;  // its own single-word proposal: first look for the longer name
            if (linked >= 0) {
                e = linked;
                via = Mention::Via::short_form;
            } else if (single && n.first > 0 && t[n.first - 1].lower == "the") {
                // "the Academy" after the International Academy of Television Arts & Sciences
                int headed = recent(i, out, "organization", t[n.first].lower);
                if (headed >= 0) {
                    e = headed;
                    via = Mention::Via::short_form;
                }
            }
        }
        if (e < 0) continue;
        out.push_back({n.first, n.last, e, entities_[static_cast<std::size_t>(e)].kind, via});
        for (std::size_t k = n.first; k < n.last; ++k) covered[k] = true;
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    if (!references_) note_descriptions(s, out);
    if (references_) {
        std::vector<Mention> with;
        std::size_t next = 0;
        for (std::size_t k = 0; k < t.size(); ++k) {
            while (next < out.size() && out[next].first <= k) with.push_back(out[next++]);
            if (covered[k] || !t[k].word) continue;
            Mention::Via via;
            std::size_t last = k + 1;
            int e = reference(s, k, with, i, covered, via, last);
            if (e < 0) continue;
            auto& person = entities_[static_cast<std::size_t>(e)];
            if (via == Mention::Via::pronoun && person.kind == "person" && person.gender == 0)  // "accused him"
                person.gender = is_pronoun(t[k].lower, "he|him|his|himself") ? 'm'
                                : is_pronoun(t[k].lower, "she|her|hers|herself") ? 'f' : 0;
            with.push_back({k, last, e, entities_[static_cast<std::size_t>(e)].kind, via});
            for (std::size_t m = k; m < last; ++m) covered[m] = true;
            k = last - 1;
        }
        while (next < out.size()) with.push_back(out[next++]);
        std::sort(with.begin(), with.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
        out = std::move(with);
    }
    for (auto& m : out) {  // "according to a New York Times report", "in Stockholm": not who acts
        bool after_preposition = (m.first > 0 && is_pronoun(t[m.first - 1].lower, kObliqueWords)) ||
                                 (m.first > 1 && is_pronoun(t[m.first - 2].lower, kObliqueWords) &&
                                  is_pronoun(t[m.first - 1].lower, "a|an|the"));
        bool publisher = m.last < t.size() && is_pronoun(t[m.last].lower, "report|story|reported|investigation");
        m.oblique = after_preposition || publisher;
    }
    mentions_[i] = std::move(out);
}

// A stored group ("eight women") is the article's only when it belongs to the same case: it takes
// part in no event yet (a desk's fresh record), or in one with another stored entity the article
// names. Otherwise the article's "eight women" are other people: a group of its own.
void ArticleEntities::keep_groups_in_their_case() {
    for (auto& group : entities_) {
        if (group.id.empty() || group.kind != "group" || !writer_.has_events(group.id)) continue;
        bool same_case = false;
        for (const auto& other : entities_)
            if (!other.id.empty() && other.id != group.id && writer_.shares_event(group.id, other.id)) same_case = true;
        if (same_case) continue;
        group.id.clear();
        group.descriptive = true;
        group.reason = "a count of people with no names";
    }
}

void ArticleEntities::analyse(const std::vector<SentenceTokens>& sentences) {
    names_.assign(sentences.size(), {});
    name_entities_.assign(sentences.size(), {});
    mentions_.assign(sentences.size(), {});
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto& s = sentences[i];
        names_[i] = find_names(text_, s.tokens, s.headline);
        for (std::size_t j = 0; j < names_[i].size(); ++j) {
            const auto& n = names_[i][j];
            bool board_name = n.kind == NameKind::description && n.category == "board";
            int e = proposable(n) && !board_name && !n.unsure ? entity_for(n) : -1;
            name_entities_[i].push_back(e);
            if (e >= 0 && entities_[static_cast<std::size_t>(e)].count == 0) {
                entities_[static_cast<std::size_t>(e)].first_sentence = i;
                entities_[static_cast<std::size_t>(e)].count = 1;  // seen; the true count comes with the links
            }
            // "Republican National Committee (RNC)": the acronym is a form of the name
            std::size_t after = n.last;
            const auto& t = s.tokens;
            if (e >= 0 && after + 2 < t.size() && t[after].lower == "(" && t[after + 2].lower == ")" &&
                t[after + 1].capitalized && entities_[static_cast<std::size_t>(e)].kind == "organization")
                entities_[static_cast<std::size_t>(e)].forms.push_back(
                    std::string(text_.substr(t[after + 1].begin, t[after + 1].end - t[after + 1].begin)));
        }
    }
    redirect_contained();
    references_ = false;
    for (std::size_t i = 0; i < sentences.size(); ++i) link_sentence(i, sentences[i]);
    std::vector<int> counts(entities_.size(), 0);
    for (const auto& sentence : mentions_)
        for (const auto& m : sentence) ++counts[static_cast<std::size_t>(m.entity)];
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        entities_[e].count = counts[e];
        if (entities_[e].kind == "person" && counts[e] >= 2 &&
            (dominant_ < 0 || counts[e] > counts[static_cast<std::size_t>(dominant_)]))
            dominant_ = static_cast<int>(e);
    }
    references_ = true;
    for (std::size_t i = 0; i < sentences.size(); ++i) link_sentence(i, sentences[i]);
    keep_groups_in_their_case();
    for (std::size_t i = 0; i < sentences.size(); ++i)
        for (const auto& m : mentions_[i]) {
            if (m.via != Mention::Via::name && m.via != Mention::Via::short_form) continue;
            auto& e = entities_[static_cast<std::size_t>(m.entity)];
            const auto& t = sentences[i].tokens;
            std::string form = written(text_, t, m.first, m.last);
            if (fold(form) != fold(e.name) &&
                std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end())
                e.forms.push_back(form);
        }
}

}  // namespace allegraph
