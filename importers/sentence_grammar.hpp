// The grammar of one news sentence, as the event rules read it: who is the subject of a
// verb (past appositions, relative clauses and reported speech), what is its object (directly or
// after a preposition), whether it is passive, who says what, and which mentions form a list.
// Everything is read from the sentence's tokens, mentions and triggers, never from names.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "importers/event_rules.hpp"
#include "importers/event_triggers.hpp"

namespace allegraph {

// Word classes of the sentence grammar, as '|'-separated lists for is_any().
namespace grammar {
inline constexpr std::string_view kPrepositions =
    "of|in|at|for|with|to|from|on|by|about|against|into|over|after|before|under|including|like|than|among|between|"
    "via|amid|despite|toward|towards|through|during|without|within|across|behind|beyond|upon|near|since|until|per|"
    "following|regarding|involving|as";
inline constexpr std::string_view kSpeech =
    "said|says|say|saying|announced|announces|announce|announcing|confirmed|confirms|confirm|stated|states|told|"
    "tells|added|adds|acknowledged|acknowledges|wrote|writes|reported|reports|revealed|reveals|disclosed|discloses|"
    "explained|explains|insisted|insists|declared|declares|noted|notes|testified|argued|argues|maintained|"
    "maintains|claimed|recounted|described|alleged|alleges|ruled|rules";
inline constexpr std::string_view kBe = "was|were|is|are|be|being|been|get|got|gets|getting|gotten";
inline constexpr std::string_view kSkippable =
    "not|never|also|reportedly|subsequently|later|then|formally|officially|indefinitely|temporarily|permanently|"
    "immediately|just|already|since|now|still|both|effectively|previously|recently|eventually|finally|swiftly|"
    "quickly|quietly|publicly|unanimously|soon|further|once|first|again|has|have|had|being|been|n't|'d|'ve|'ll|'s";
inline constexpr std::string_view kLeftBoundary =
    ";|that|which|whom|whose|because|although|though|while|whereas|if|unless|when|after|before|since|until|once|"
    "where";
inline constexpr std::string_view kRightBoundary =
    ";|.|that|which|who|whom|whose|when|because|after|before|since|while|where|although|though|until|unless|if|but|"
    ",|—|according";
inline constexpr std::string_view kAppositiveStart =
    "a|an|the|now|all|both|who|which|whose|including|his|her|its|their|aged|age|then|also|formerly|former|once|"
    "himself|herself|itself|themselves|one|each|another|best|most|like|known|whom";
inline constexpr std::string_view kSubjectPronouns = "he|she|it|they|who";

// A lower-case word in -ly: "indefinitely", "vehemently" (not "family", "early", "only").
bool adverb(const Token& t);
}  // namespace grammar

class SentenceGrammar {
public:
    explicit SentenceGrammar(const SentenceContext& s);

    // The number of tokens; whether token k is one of `words`.
    std::size_t size() const { return t_.size(); }
    bool word_at(std::size_t k, std::string_view words) const { return k < size() && is_any(t_[k], words); }

    // The mention that covers token k, if any.
    const Mention* covering(std::size_t k) const {
        for (const auto& m : s_.mentions)
            if (m.first <= k && k < m.last) return &m;
        return nullptr;
    }

    // A person or group (who can accuse or be acted on); an organization or person (who can act).
    bool party(const Mention* m) const { return m && (m->kind == "person" || m->kind == "group"); }
    bool body(const Mention* m) const { return m && (m->kind == "organization" || m->kind == "person"); }

    // "O'Reilly's settlement", "the Armed Forces' commander": the mention is followed by a possessive.
    bool possessor(const Mention* m) const {
        return m->last < size() && (t_[m->last].lower == "'s" || t_[m->last].lower == "'");
    }

    // "a CNN report", "The Washington Post story": who published, not who acted
    bool publisher(const Mention* m) const;

    // The mention right after a preposition; token k inside parentheses; token k in a date phrase.
    bool after_preposition(const Mention* m) const {
        return m->first > 0 && is_any(t_[m->first - 1], grammar::kPrepositions);
    }
    bool inside_parentheses(std::size_t k) const;
    bool in_date(std::size_t k) const {
        for (const auto& d : s_.dates)
            if (d.first <= k && k < d.last) return true;
        return false;
    }

    // The mentions joined to `m` by commas, "and", "along with" (towards the end when `forward`).
    std::vector<const Mention*> list_of(const Mention* m, bool forward) const;

    // list_of(m) when m is a person or group, else nothing; list_of(m) when there is an m.
    std::vector<const Mention*> party_list(const Mention* m, bool forward) const;
    std::vector<const Mention*> listed(const Mention* m, bool forward) const;

    // The subject of the verb at token h: the nearest mention before it in its clause, past
    // appositions and relative clauses; a relative "who" names the noun it follows.
    const Mention* subject_before(std::size_t h, std::size_t floor = 0) const;

    // "suspended former music director James Levine": the object of a verb trigger, never a subject.
    bool object_of_trigger(const Mention* m) const;

    // The comma that opens an apposition or relative clause closed by the comma at `close`:
    // ", a Sony Music subsidiary,", ", now 70,", ", who is married to …,".
    std::optional<std::size_t> appositive_start(std::size_t close) const;

    // ", Beverly Young Nelson, came forward": the name between two commas after a noun.
    const Mention* appositive_name(std::size_t comma) const;

    // "a nun in the Missionaries of Jesus congregation": the mention sits in a prepositional phrase.
    bool in_prepositional_phrase(const Mention* m) const;

    // "the head of media giant CBS": the mention names whose head is meant, not who acts.
    bool head_of(const Mention* m) const;

    // The noun a relative "who" at token `who` follows: "Bill O'Reilly, the Fox News commentator who".
    const Mention* antecedent(std::size_t who) const;

    // The first mention after token e in the clause that is the direct object or the object of
    // one of `preps`; with `want` set, only those of that kind ("party" for persons and groups).
    // Prepositions before token `verb_end` belong to the verb phrase itself ("declined to charge X").
    // "the federation (RFEF) head, Luis Rubiales": the person an organization's name only qualifies, or null.
    const Mention* person_heading(const Mention* m) const;
    // True when the comma before token `k` closes a stretch that a relative pronoun opened.
    bool in_relative_clause(std::size_t k) const;
    const Mention* object_after(std::size_t e, std::string_view preps, bool direct, std::string_view want,
                                std::size_t verb_end = 0) const;

    // "by CBS News": the agent of a passive verb, within a few words after it.
    const Mention* by_agent(std::size_t e, std::size_t reach = 10) const;

    // A passive verb: "was suspended", "has been accused", "it's suspended"; a reduced "Rose, fired by CBS".
    bool passive_at(const TriggerMatch& m) const;

    // The speech verb ("said", "announced") whose report contains token h, if any.
    std::optional<std::size_t> speech_before(std::size_t h) const;

    // One of `words` (a clause boundary list) among tokens [from, to), commas around a name excepted.
    bool boundary_between(std::size_t from, std::size_t to, std::string_view words) const;

    // A comma that opens or closes an apposition naming someone: "fired its director, Paul Meyer, last week".
    bool encloses_name(std::size_t comma) const;

    // "Prosecutors have decided not to file charges …, the district attorney's office said Tuesday".
    std::vector<const Mention*> trailing_speaker(const TriggerMatch& m) const;

    // Who says the words of the trigger: the subject of a speech verb before it, or after it (", X said").
    std::vector<const Mention*> speaker_of(const TriggerMatch& m) const;

    // "The Academy announced on Saturday he would be expelled": the announcing organization acts.
    std::vector<const Mention*> speaker_organization(std::size_t h) const;

protected:
    const SentenceContext& s_;
    const std::vector<Token>& t_;
    std::vector<TriggerMatch> matches_;
};

}  // namespace allegraph
