// The controlled vocabularies of the data model (DESIGN §2): entity kinds,
// organization categories, event types and their categories, roles, statuses,
// event-link types and relation types, as data/vocabulary.json declares them (compiled in and
// checked at build time). Importers validate against these lists and queries use them to classify.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allegraph {

// Entity kinds: person, organization, work, campaign, group.
const std::vector<std::string_view>& entity_kinds();

// Organization categories: academy, guild, honour, police, ...
const std::vector<std::string_view>& organization_categories();

// Every event type, in the order of DESIGN §2.
const std::vector<std::string_view>& event_types();

// Event categories: allegation, response, legal, media, campaign, personal.
const std::vector<std::string_view>& event_categories();

// The category an event type belongs to, or nullopt for an unknown type.
std::optional<std::string_view> category_of(std::string_view event_type);

// Participant roles: actor, subject, object, accuser, accused, ...
const std::vector<std::string_view>& roles();

// Event statuses: started, pending, completed.
const std::vector<std::string_view>& statuses();

// Event-to-event link types: responds_to, part_of, follows_up.
const std::vector<std::string_view>& link_types();

// Entity-to-entity relation types: spouse_of, friend_of, ...
const std::vector<std::string_view>& relation_types();

// Allegation natures: rape, assault, harassment, misconduct.
const std::vector<std::string_view>& allegation_natures();

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
