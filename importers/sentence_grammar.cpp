#include "importers/sentence_grammar.hpp"

#include <algorithm>

#include "importers/name_words.hpp"

namespace allegraph {

using namespace grammar;

bool grammar::adverb(const Token& t) {
    return t.word && !t.capitalized && t.lower.size() > 4 && t.lower.ends_with("ly") && t.lower != "family" &&
           t.lower != "early" && t.lower != "only";
}

SentenceGrammar::SentenceGrammar(const SentenceContext& s)
    : s_(s), t_(s.sentence.tokens), matches_(find_triggers(s.sentence.tokens, s.vocabulary)) {}

// "a CNN report", "The Washington Post story": who published, not who acted
bool SentenceGrammar::publisher(const Mention* m) const {
    return m->last < size() && is_any(t_[m->last], "report|reports|story|stories|investigation|article|reported");
}

bool SentenceGrammar::inside_parentheses(std::size_t k) const {
    int depth = 0;
    for (std::size_t j = 0; j < k; ++j) {
        if (t_[j].lower == "(") ++depth;
        if (t_[j].lower == ")" && depth > 0) --depth;
    }
    return depth > 0;
}

// The mentions joined to `m` by commas, "and", "along with" (towards the end when `forward`).
std::vector<const Mention*> SentenceGrammar::list_of(const Mention* m, bool forward) const {
    std::vector<const Mention*> out{m};
    auto joined = [&](std::size_t from, std::size_t to) {  // tokens strictly between two mentions
        if (to <= from) return false;
        std::string between;
        for (std::size_t k = from; k < to; ++k) between += t_[k].lower + " ";
        return between == ", " || between == "and " || between == ", and " || between == "or " ||
               between == ", or " || between == ", along with " || between == "along with " ||
               between == "as well as " || between == ", as well as " || between == ", the ";
    };
    const Mention* at = m;
    bool conjunction = false;  // "Kevin Spacey, Steven Seagal and Anthony Anderson"; "him, Risling said" is no list
    while (true) {
        const Mention* next = nullptr;
        for (const auto& c : s_.mentions) {
            if (&c == at || c.kind != m->kind) continue;
            if (forward ? joined(at->last, c.first) : joined(c.last, at->first)) next = &c;
        }
        if (!next) break;
        std::size_t from = forward ? at->last : next->last, to = forward ? next->first : at->first;
        for (std::size_t k = from; k < to; ++k) conjunction = conjunction || is_any(t_[k], "and|or|along|well");
        out.push_back(next);
        at = next;
    }
    if (!conjunction) out.resize(1);
    return out;
}

std::vector<const Mention*> SentenceGrammar::party_list(const Mention* m, bool forward) const {
    return party(m) ? list_of(m, forward) : std::vector<const Mention*>{};
}

std::vector<const Mention*> SentenceGrammar::listed(const Mention* m, bool forward) const {
    return m ? list_of(m, forward) : std::vector<const Mention*>{};
}

// The subject of the verb at token h: the nearest mention before it in its clause, past
// appositions and relative clauses; a relative "who" names the noun it follows.
const Mention* SentenceGrammar::subject_before(std::size_t h, std::size_t floor) const {
    std::size_t k = h;
    while (k > floor) {
        --k;
        const Token& tok = t_[k];
        if (tok.lower == "since" && k > 0 && is_any(t_[k - 1], "has|have|had")) continue;  // "has since parted ways"
        if (is_any(tok, kLeftBoundary) || is_any(tok, kSpeech)) return nullptr;
        if (tok.lower == "who") return antecedent(k);
        if (tok.lower == ",") {
            if (const Mention* named = appositive_name(k)) {
                // "Nearly 100 women who contend … by a former gynecologist, Dr. George Tyndall, are suing":
                // an apposition inside a relative clause is not the subject; the clause's antecedent is
                if (!in_relative_clause(named->first)) return named;
                k = named->first;
                continue;
            }
            if (auto open = appositive_start(k)) k = *open;  // "Nassar, a sports doctor for …, was sentenced"
            continue;
        }
        if (tok.lower == "—") {  // "six women — including actress Olivia Munn — accused Brett Ratner"
            std::size_t open = k;
            while (open > floor && t_[open - 1].lower != "—" && !is_any(t_[open - 1], ";|.") && k - open < 12) --open;
            if (open > floor && t_[open - 1].lower == "—") k = open - 1;
            continue;
        }
        // "his attorney denied the allegations": a representative speaks for the one whose it is
        if (tok.word && is_any(tok, "attorney|attorneys|lawyer|lawyers|spokesman|spokeswoman|spokesperson|"
                                    "representative|representatives|publicist|agent|manager") &&
            k > 0) {
            const Mention* principal = covering(k - 1);
            if (principal && principal->via == Mention::Via::pronoun && party(principal)) return principal;
            if (k > 1 && t_[k - 1].lower == "'s" && party(covering(k - 2))) return covering(k - 2);
        }
        const Mention* m = covering(k);
        if (!m) continue;
        k = m->first;
        // "women who say they were abused by a former doctor, Dr. Victor Hale, are suing": the name closes
        // a relative clause; the subject is what the clause describes
        if (m->last < h && t_[m->last].lower == "," && in_relative_clause(m->first)) {
            std::size_t who = m->first;
            while (who > 0 && !is_any(t_[who - 1], "who|which|whom")) --who;
            return who > 0 ? antecedent(who - 1) : nullptr;
        }
        if (m->via == Mention::Via::pronoun && !is_any(t_[m->first], kSubjectPronouns)) continue;
        bool subordinate = m->first > 0 && is_any(t_[m->first - 1], "after|before|since|until|as|while");
        if ((possessor(m) && m->last + 1 != h) || (after_preposition(m) && !subordinate) ||
            inside_parentheses(m->first) || object_of_trigger(m) || publisher(m) || in_prepositional_phrase(m))
            continue;
        if (head_of(m)) return nullptr;  // "The head of media giant CBS has resigned": the head, not CBS
        if (m->last < size() && t_[m->last].word && words::person_noun(t_[m->last].lower) &&
            m->kind == "organization")
            continue;  // "CBS News President …": the organization is a modifier here
        return m;
    }
    return nullptr;
}

// "suspended former music director James Levine": the object of a verb trigger, never a subject.
bool SentenceGrammar::object_of_trigger(const Mention* m) const {
    for (const auto& match : matches_) {
        if (match.trigger->frame != Frame::verb || match.last > m->first || m->first - match.last > 4) continue;
        bool plain = true;
        for (std::size_t k = match.last; k < m->first; ++k)
            if (!t_[k].word || is_any(t_[k], kPrepositions) || covering(k)) plain = false;
        if (plain) return true;
    }
    return false;
}

// The comma that opens an apposition or relative clause closed by the comma at `close`:
// ", a Sony Music subsidiary,", ", now 70,", ", who is married to …,".
std::optional<std::size_t> SentenceGrammar::appositive_start(std::size_t close) const {
    for (std::size_t k = close; k > 0 && close - k < 30;) {
        --k;
        if (is_any(t_[k], ";|.")) return std::nullopt;
        if (t_[k].lower != ",") continue;
        bool participle = k + 1 < close && t_[k + 1].word && !t_[k + 1].capitalized &&
                          (t_[k + 1].lower.ends_with("ed") || t_[k + 1].lower.ends_with("ing") || adverb(t_[k + 1])) &&
                          k > 0 && covering(k - 1);  // "Les Moonves, pictured at a game, …", "Brown, clearly shaken, …"
        if (k + 1 < close && (is_any(t_[k + 1], kAppositiveStart) || words::number(t_[k + 1].lower) > 0 || participle ||
                              (t_[k + 1].word && !t_[k + 1].capitalized && !covering(k + 1) &&
                               words::person_noun(t_[k + 1].lower))))
            return k;
        return std::nullopt;
    }
    return std::nullopt;
}

// "a nun in the Missionaries of Jesus congregation": a preposition a few words before the name.
bool SentenceGrammar::in_prepositional_phrase(const Mention* m) const {
    for (std::size_t k = m->first; k > 0 && k + 3 > m->first;) {
        --k;
        if (is_any(t_[k], kPrepositions) && !is_any(t_[k], "after|before|since|until|as|while")) return true;
        if (!t_[k].word || covering(k) || !is_any(t_[k], "the|a|an|its|his|her|their|media|giant|newspaper|network"))
            return false;
    }
    return false;
}

// "the head of media giant CBS": the mention names whose head is meant, not who acts.
bool SentenceGrammar::head_of(const Mention* m) const {
    for (std::size_t k = m->first; k > 1 && k + 5 > m->first;) {
        --k;
        if (t_[k].lower == "of") return words::person_noun(t_[k - 1].lower) || is_any(t_[k - 1], "head|chief|boss");
        if (!t_[k].word || covering(k)) return false;
    }
    return false;
}

// ", Beverly Young Nelson, came forward": the name between two commas after a noun.
const Mention* SentenceGrammar::appositive_name(std::size_t comma) const {
    std::size_t open = comma;
    while (open > 0 && t_[open - 1].lower != "," && comma - open < 8) --open;
    if (open == 0 || t_[open - 1].lower != ",") return nullptr;
    std::size_t first = open;  // ", singer Clara Meyer,": descriptors may come before the name
    while (first < comma && !covering(first) && t_[first].word && !t_[first].capitalized &&
           (words::person_noun(t_[first].lower) || words::title(t_[first].lower) || adverb(t_[first])))
        ++first;
    const Mention* m = first < comma ? covering(first) : nullptr;
    if (!m || m->first != first || m->last != comma || !party(m)) return nullptr;
    return covering(open - 2) ? nullptr : m;
}

// True when the comma before token `k` closes a stretch that a relative pronoun opened.
bool SentenceGrammar::in_relative_clause(std::size_t k) const {
    while (k > 0 && (t_[k - 1].word || t_[k - 1].lower == ".")) --k;  // ", Dr. Victor Hale": to the comma
    if (k < 2) return false;
    for (std::size_t j = k - 1; j > 0; --j) {
        if (is_any(t_[j - 1], ",|;|—")) return false;
        if (is_any(t_[j - 1], "who|which|whom")) return true;
    }
    return false;
}

const Mention* SentenceGrammar::antecedent(std::size_t who) const {
    if (who == 0) return nullptr;
    std::size_t k = who - 1;
    if (t_[k].lower == ",") {
        if (k == 0) return nullptr;
        --k;
        if (!covering(k) && words::number(t_[k].lower) > 0 && k >= 2 && t_[k - 1].lower == ",") k -= 2;  // ", 88,"
    } else if (!covering(k)) {
        while (k > 0 && t_[k].lower != "," && who - k < 10) --k;  // "O'Reilly, the Fox News commentator who"
        if (t_[k].lower != "," || k == 0) return nullptr;
        --k;
    }
    const Mention* m = covering(k);
    return m && (party(m) || m->kind == "organization") ? m : nullptr;
}

// The first mention after token e in the clause that is the direct object or the object of
// one of `preps`; with `want` set, only those of that kind ("party" for persons and groups).
const Mention* SentenceGrammar::object_after(std::size_t e, std::string_view preps, bool direct, std::string_view want,
                                            std::size_t verb_end) const {
    std::string preposition;  // the last one seen: "with Alabama Senate candidate Roy Moore" is an object of "with"
    for (std::size_t k = e; k < size(); ++k) {
        const Token& tok = t_[k];
        if (tok.lower == "," && k > e && k > 0 && t_[k - 1].word &&
            (words::person_noun(t_[k - 1].lower) || is_any(t_[k - 1], "head|chief|boss|president|leader|chairman"))) {
            const Mention* named = covering(k + 1);  // "fired its music director, Paul Meyer,"
            if (named && party(named) && (named->last >= size() || is_any(t_[named->last], ",|.|;|on|last")))
                return (want.empty() || want == "party") && (direct || preposition.empty()) ? named : nullptr;
        }
        if (is_any(tok, ";|.|that|which|who|whom|because|when|while|but|—|after|before|since|until|although|if|"
                    "amid|following") ||
            (tok.lower == "," && k > e))
            return nullptr;
        if (tok.lower == "and" && k > e && k + 1 < size() && !covering(k + 1) &&
            !is_any(t_[k + 1], "his|her|its|their|the|a|an"))
            return nullptr;  // "and cancel distribution…": a new verb
        const Mention* m = covering(k);
        if (!m) {
            if (is_any(tok, kPrepositions) && k >= verb_end) preposition = tok.lower;
            bool infinitive = preposition == "to" && k + 1 < size() &&
                              std::any_of(matches_.begin(), matches_.end(),
                                          [&](const TriggerMatch& t) { return t.head == k + 1; });
            if (infinitive) preposition.clear();  // "voted Friday to oust Easterbrook": an object, not "to X"
            continue;
        }
        if (const Mention* head = person_heading(m)) m = head;  // "suspended the federation (RFEF) head, Luis Rubiales"
        k = m->last - 1;
        bool fits = want.empty() || (want == "party" ? party(m) : m->kind == want);
        if (!fits) continue;
        if (m->via == Mention::Via::pronoun && is_any(t_[m->first], kSubjectPronouns)) continue;
        if (!preposition.empty() && !preps.empty() && is_any(Token{0, 0, preposition}, preps)) return m;
        if (preposition.empty() && direct) return m;
    }
    return nullptr;
}

// "the federation (RFEF) head, Luis Rubiales", "CBS chief executive Leslie Moonves": the person an
// organization's name only qualifies.
const Mention* SentenceGrammar::person_heading(const Mention* m) const {
    if (m->kind != "organization") return nullptr;
    std::size_t j = m->last;
    if (j < size() && t_[j].lower == ")") ++j;
    std::size_t nouns = 0;
    while (j < size() && nouns < 2 && t_[j].word && !covering(j) &&
           (words::person_noun(t_[j].lower) || words::title(t_[j].lower) || is_any(t_[j], "head|chief|boss|leader"))) {
        ++j;
        ++nouns;
    }
    if (nouns == 0) return nullptr;
    if (j < size() && t_[j].lower == ",") ++j;
    const Mention* p = j < size() ? covering(j) : nullptr;
    return p && p->kind == "person" && p->first == j ? p : nullptr;
}

// "by CBS News": the agent of a passive verb, within a few words after it.
const Mention* SentenceGrammar::by_agent(std::size_t e, std::size_t reach) const {
    for (std::size_t k = e; k < size() && k < e + reach; ++k) {
        if (is_any(t_[k], ";|.|that|which|who|because|when|while|but")) return nullptr;
        if (t_[k].lower == "by" && k + 1 < size()) {
            std::size_t j = k + 1;
            while (j < size() && j < k + 5 && !covering(j) && t_[j].word) ++j;  // "by the famed"
            if (j + 1 < size() && t_[j].lower == "," && j > k + 1 && words::person_noun(t_[j - 1].lower))
                ++j;  // "by a former assistant, Nora Quinn"
            return covering(j);
        }
    }
    return nullptr;
}

bool SentenceGrammar::passive_at(const TriggerMatch& m) const {
    if (t_[m.head].lower.ends_with("ing")) return false;  // "are investigating"
    std::size_t k = m.head;
    while (k > 0) {
        --k;
        if (is_any(t_[k], kBe)) return true;
        if (t_[k].lower == "'s" && k > 0 && is_any(t_[k - 1], "he|she|it|that|who"))  // "it's terminated all …" is "has"
            return !(m.last < size() && is_any(t_[m.last], "all|its|the|his|her|their|a|an|every|any|both"));
        if (adverb(t_[k]) || is_any(t_[k], kSkippable)) continue;
        break;
    }
    // a reduced relative: "Rose, fired by CBS", "a man accused by 18 women"; a headline's "Tambor fired from"
    bool participle = t_[m.head].lower.ends_with("ed");
    const Mention* before = m.head > 0 ? covering(m.head - 1) : nullptr;
    bool headline = !t_.empty() && t_.back().lower != "." && t_.back().lower != "\"";
    if (participle && headline && before && party(before) && before->first == 0 && m.last < size() &&
        is_any(t_[m.last], "from|by|over|after|amid|following"))
        return true;
    return participle && m.head > 0 && (t_[m.head - 1].lower == "," || covering(m.head - 1)) &&
           by_agent(m.last, 4) != nullptr;
}

// The speech verb ("said", "announced") whose report contains token h, if any.
std::optional<std::size_t> SentenceGrammar::speech_before(std::size_t h) const {
    for (std::size_t k = h; k > 0;) {
        --k;
        if (t_[k].lower == ";") return std::nullopt;
        if (is_any(t_[k], kSpeech) && !(k + 1 < size() && t_[k + 1].lower == "by")) return k;
    }
    return std::nullopt;
}

bool SentenceGrammar::boundary_between(std::size_t from, std::size_t to, std::string_view words) const {
    for (std::size_t k = from; k < to && k < size(); ++k) {
        if (t_[k].lower == "," && encloses_name(k)) continue;
        if (is_any(t_[k], words) || (words == kLeftBoundary && is_any(t_[k], kSpeech))) return true;
    }
    return false;
}

// A comma that opens or closes an apposition naming someone: "fired its director, Paul Meyer, last week".
bool SentenceGrammar::encloses_name(std::size_t comma) const {
    auto name_between = [&](std::size_t open, std::size_t close) {
        std::size_t k = open + 1;
        while (k < close && !covering(k) && t_[k].word && !t_[k].capitalized) ++k;
        const Mention* m = k < close ? covering(k) : nullptr;
        return m && party(m) && m->last == close;
    };
    for (std::size_t close = comma + 1; close < size() && close < comma + 8; ++close)
        if (t_[close].lower == ",") return name_between(comma, close);
    for (std::size_t open = comma; open > 0 && comma - open < 8;) {
        --open;
        if (t_[open].lower == ",") return name_between(open, comma);
    }
    return false;
}

// "Prosecutors have decided not to file charges …, the district attorney's office said Tuesday".
std::vector<const Mention*> SentenceGrammar::trailing_speaker(const TriggerMatch& m) const {
    for (std::size_t k = m.last; k + 1 < size(); ++k) {
        if (is_any(t_[k], ";|.")) break;
        if (t_[k].lower != ",") continue;
        const Mention* speaker = covering(k + 1);
        if (!speaker && k + 2 < size() && t_[k + 1].lower == "the") speaker = covering(k + 2);
        if (speaker && speaker->kind == "organization" && speaker->last < size() && is_any(t_[speaker->last], kSpeech))
            return {speaker};
    }
    return {};
}

// Who says the words of the trigger: the subject of a speech verb before it, or after it (", X said").
std::vector<const Mention*> SentenceGrammar::speaker_of(const TriggerMatch& m) const {
    if (auto s = speech_before(m.head))
        if (const Mention* speaker = subject_before(*s); body(speaker)) return {speaker};
    for (std::size_t k = m.last; k + 1 < size(); ++k) {
        if (is_any(t_[k], ";|.")) break;
        if (!is_any(t_[k], kSpeech)) continue;
        const Mention* before = covering(k - 1);
        const Mention* after = covering(k + 1);
        if (body(before) && !publisher(before)) return {before};  // "…, he said"
        if (body(after)) return {after};                          // "…, said Rhodes"
        break;
    }
    return {};
}

// "The Academy announced on Saturday he would be expelled": the announcing organization acts.
std::vector<const Mention*> SentenceGrammar::speaker_organization(std::size_t h) const {
    auto s = speech_before(h);
    if (!s) return {};
    const Mention* speaker = subject_before(*s);
    return speaker && speaker->kind == "organization" ? listed(speaker, false) : std::vector<const Mention*>{};
}

}  // namespace allegraph
