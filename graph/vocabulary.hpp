// The controlled vocabularies of the data model (DESIGN §2): entity kinds, organization
// categories, event types and their categories, roles, statuses, event-link types and relation
// types, as data/vocabulary.json declares them (compiled in and checked at build time), with
// everything the program knows about an event type — its roles, wording, CAMEO code — read from
// that document, not spelled out in code. A Vocabulary is the built-in document plus what a
// database added (graph/vocabulary_store.hpp); the free functions below are the built-in lists.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/result.hpp"

namespace allegraph {

// A database's own entries take stable ids from here up; the built-in document's stay below.
inline constexpr int kFirstAddedId = 10000;

// An entry of a list: its stable id (never reused; stored data refers to it), its word and what
// the list says about it (relation types: symmetric; kinds and categories: their colour and shapes).
struct VocabularyEntry {
    int id = 0;
    std::string word;
    bool symmetric = false;
    std::string colour, dot_shape, yed_shape;
    bool built_in = true;
};

// A wording template: alternatives, of which the first whose bare placeholders all have names is
// used (the document's wording_help says the syntax).
using WordingTemplate = std::vector<std::string>;

// Words of news English that state an event of a type, for the article importer
// (importers/event_triggers.hpp says the pattern grammar and what each field means).
struct TriggerDefinition {
    std::string pattern;             // "placed ~4 on paid|administrative? leave"
    std::string frame = "verb";      // how the sentence gives the roles: verb, noun or intransitive
    std::string status;              // the status the words state, or ""
    std::string patient_prep;        // the prepositions before the patient ("to", "on|against"), or "" for the object
    bool institution_agent = false;  // only an organization (or a person deciding for it) can be the agent
    bool negative = false;           // the words state that something did not happen
    bool report_only = false;        // an act stated only in reported speech makes an allegation
    bool patient_first = false;      // the subject is the one acted on
    int precedence = 0;              // where triggers match the same words equally long, the higher wins
};

// Everything the program knows about an event type.
struct EventTypeDefinition {
    int id = 0;
    std::string word, category, label;
    std::vector<std::string> roles;     // the roles it takes
    std::vector<std::string> required;  // the roles an event of it must name
    std::string actor_role = "actor", subject_role = "subject";  // what a sheet's actor and subject columns mean
    std::string cameo;                  // its CAMEO event code, or ""
    bool nature = false;                // its events carry an allegation nature
    std::string answer;                 // "Denied": shown before such an event that responds to another
    bool disputes = false;              // such an answer contradicts what it responds to
    std::map<std::string, WordingTemplate, std::less<>> wording;  // by status key: affirmative, started, ...
    bool punctual = false;                  // done at a moment: "he is resigning" in a report is about to happen
    std::vector<TriggerDefinition> triggers;  // the words that state it, for the article importer
    std::string note;
    bool built_in = true;

    // Whether `role` is one it must name.
    bool requires_role(std::string_view role) const;
};

// A party of the wording: the participants of some roles ("actors": actor, initiator, ...).
struct WordingParty {
    std::string word;
    std::vector<std::string> roles;
    std::optional<bool> organizations;  // only organizations (true), only others (false), or all
    bool including = false;             // named members beside one group read "GROUP, including A and B,"
};

// The vocabulary in effect: the built-in document, plus what a database added.
class Vocabulary {
public:
    // The document `text` (data/vocabulary.json's layout) as a vocabulary; an error names the entry at fault.
    static Result<Vocabulary> from_document(std::string_view text);

    // The words of each list, in order (a database's additions after the built-in entries).
    const std::vector<std::string_view>& entity_kinds() const { return lists_.at(kEntityKinds).words; }
    const std::vector<std::string_view>& organization_categories() const { return lists_.at(kCategories).words; }
    const std::vector<std::string_view>& event_categories() const { return lists_.at(kEventCategories).words; }
    const std::vector<std::string_view>& roles() const { return lists_.at(kRoles).words; }
    const std::vector<std::string_view>& statuses() const { return lists_.at(kStatuses).words; }
    const std::vector<std::string_view>& link_types() const { return lists_.at(kLinkTypes).words; }
    const std::vector<std::string_view>& relation_types() const { return lists_.at(kRelationTypes).words; }
    const std::vector<std::string_view>& allegation_natures() const { return lists_.at(kNatures).words; }
    const std::vector<std::string_view>& event_types() const { return event_type_words_; }

    // Every event type, in order, built-in ones first.
    const std::vector<std::shared_ptr<const EventTypeDefinition>>& event_type_definitions() const { return event_types_; }

    // The entries of a list by its name in the document ("entity_kinds", "organization_categories",
    // "event_categories", "roles", "statuses", "link_types", "relation_types", "allegation_natures"),
    // in order; empty for another name.
    std::vector<const VocabularyEntry*> entries(std::string_view list) const;

    // The definition of an event type, or null for an unknown word or id.
    std::shared_ptr<const EventTypeDefinition> event_type(std::string_view word) const;
    std::shared_ptr<const EventTypeDefinition> event_type(int id) const;

    // The entry of the entity kinds, organization or event categories, roles, link or relation types.
    const VocabularyEntry* entity_kind(std::string_view word) const { return lists_.at(kEntityKinds).find(word); }
    const VocabularyEntry* organization_category(std::string_view word) const { return lists_.at(kCategories).find(word); }
    const VocabularyEntry* event_category(std::string_view word) const { return lists_.at(kEventCategories).find(word); }
    const VocabularyEntry* relation_type(std::string_view word) const { return lists_.at(kRelationTypes).find(word); }

    // A role's place in the roles list, the order in which outputs name an event's participants
    // (actor and initiator first, participants last); past the end for an unknown role.
    std::size_t role_rank(std::string_view role) const;

    // Stable ids of roles, relation and link types, and their words back (empty for an unknown id).
    int role_id(std::string_view word) const { return lists_.at(kRoles).id_of(word); }
    int relation_type_id(std::string_view word) const { return lists_.at(kRelationTypes).id_of(word); }
    int link_type_id(std::string_view word) const { return lists_.at(kLinkTypes).id_of(word); }
    std::string_view role_word(int id) const { return lists_.at(kRoles).word_of(id); }
    std::string_view relation_type_word(int id) const { return lists_.at(kRelationTypes).word_of(id); }
    std::string_view link_type_word(int id) const { return lists_.at(kLinkTypes).word_of(id); }

    // The parties wording templates name, and the wording of a type that lacks its own.
    const std::vector<WordingParty>& wording_parties() const { return parties_; }
    const std::map<std::string, WordingTemplate, std::less<>>& default_wording() const { return default_wording_; }

    // Checks an event type a database adds (a word not yet known, a declared category, known
    // roles, well-formed wording, CAMEO code and triggers); the error's field names what is wrong.
    Result<void> check_event_type(const EventTypeDefinition& type) const;

    // Adds an event type (its id stable: kFirstAddedId or above for a database's own) once checked.
    Result<void> add_event_type(EventTypeDefinition type);

    // Adds an organization category with stable id `id`; fails on a known or malformed word or a taken id.
    Result<void> add_organization_category(std::string word, int id);

private:
    enum List { kEntityKinds, kCategories, kEventCategories, kRoles, kStatuses, kLinkTypes, kRelationTypes, kNatures };
    struct WordList {
        std::vector<std::shared_ptr<const VocabularyEntry>> entries;
        std::vector<std::string_view> words;
        const VocabularyEntry* find(std::string_view word) const;
        int id_of(std::string_view word) const;
        std::string_view word_of(int id) const;
        void add(std::shared_ptr<const VocabularyEntry> entry);
    };

    static constexpr std::pair<List, std::string_view> kListNames[] = {
        {kEntityKinds, "entity_kinds"}, {kCategories, "organization_categories"}, {kEventCategories, "event_categories"},
        {kRoles, "roles"}, {kStatuses, "statuses"}, {kLinkTypes, "link_types"}, {kRelationTypes, "relation_types"},
        {kNatures, "allegation_natures"}};

    std::map<List, WordList> lists_;
    std::vector<std::shared_ptr<const EventTypeDefinition>> event_types_;
    std::vector<std::string_view> event_type_words_;
    std::vector<WordingParty> parties_;
    std::map<std::string, WordingTemplate, std::less<>> default_wording_;
};

// Fills the roles a sheet's actor and subject columns mean when a definition leaves them out and the
// defaults (actor, subject) are not roles it takes: its first role, and its second (or first).
void settle_sheet_roles(EventTypeDefinition& type, bool actor_given, bool subject_given);

// The built-in vocabulary: data/vocabulary.json as compiled in.
const Vocabulary& builtin_vocabulary();

// An event type as a native file's `vocabulary` section and the store write it: one JSON object,
// keys in a fixed order, defaults and the id left out, so that the same definition is the same text.
std::string event_type_json(const EventTypeDefinition& type);

// The definition event_type_json wrote (id 0); nullopt when `json` is not an object.
std::optional<EventTypeDefinition> event_type_from_json(std::string_view json);

// Checks a wording template against the placeholders `allowed`: brackets that pair up and are not
// nested, braces that pair up, known placeholders; the problem in words, or empty.
std::string wording_template_problem(std::string_view text, const std::vector<std::string>& allowed);

// The placeholders a type's templates may name: the parties, nature, label, due.
std::vector<std::string> wording_placeholders(const Vocabulary& vocabulary);

// Checks a trigger's pattern against the grammar of importers/event_triggers.hpp: elements separated
// by single spaces, each `~N` or `~~N` (N from 1 to 99) or alternatives `a|b|c` of lower-case words with
// an optional trailing `?`, the first of them alternatives; the problem in words, or empty.
std::string trigger_pattern_problem(std::string_view pattern);

// The status keys a type's wording may have: affirmative, started, pending, negated, short, and *_due.
const std::vector<std::string_view>& wording_keys();

// The built-in lists (the same as builtin_vocabulary()'s).
const std::vector<std::string_view>& entity_kinds();
const std::vector<std::string_view>& organization_categories();
const std::vector<std::string_view>& event_types();
const std::vector<std::string_view>& event_categories();
const std::vector<std::string_view>& roles();
const std::vector<std::string_view>& statuses();
const std::vector<std::string_view>& link_types();
const std::vector<std::string_view>& relation_types();
const std::vector<std::string_view>& allegation_natures();

// The category a built-in event type belongs to, or nullopt for an unknown type.
std::optional<std::string_view> category_of(std::string_view event_type);

// True for relation types that read the same both ways (spouse_of, friend_of, ...).
bool is_symmetric_relation(std::string_view relation_type);

// True when `word` is in `vocabulary`.
bool in_vocabulary(const std::vector<std::string_view>& vocabulary, std::string_view word);

// The vocabulary joined with ", " for error messages that list valid words.
std::string join_vocabulary(const std::vector<std::string_view>& vocabulary);

// The vocabulary word `given` stands for: itself, or the same word in another case, with accents,
// or with spaces or hyphens for underscores ("Expulsion", "Termination proceedings"); nullopt when none.
std::optional<std::string_view> vocabulary_word(const std::vector<std::string_view>& vocabulary, std::string_view given);

// Up to three words of `vocabulary` close to `given` in spelling or by their stem ("Fired" ->
// "firing", "Resigned" -> "resignation"), nearest first; empty when none is close.
std::vector<std::string_view> nearest_vocabulary(const std::vector<std::string_view>& vocabulary, std::string_view given);

// "unknown WHAT \"GIVEN\" (expected one of: ...); nearest: firing", for any word not in `vocabulary`.
std::string unknown_word_message(const std::string& what, const std::vector<std::string_view>& vocabulary,
                                 std::string_view given);

}  // namespace allegraph
