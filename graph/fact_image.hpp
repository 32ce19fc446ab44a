// Fact images: one fact — a source, an entity, an event or a relation — with its row and
// everything it owns (aliases, participants, outgoing links, citations, redirects), as one
// JSON text. The change history stores the image a fact had before each change, which is
// enough to show what changed and to put the store back as it stood (graph/history.hpp).
// References are by surrogate key, which never changes, and by text id, for reading.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/store.hpp"

namespace allegraph {

// `vocabulary`: an entry a database added to the vocabulary (graph/vocabulary_store.hpp).
enum class FactKind { source, entity, event, relation, vocabulary };

// "source", "entity", "event", "relation", "vocabulary".
std::string_view fact_kind_name(FactKind kind);

// The kind named by `name`, if it is one of the five.
std::optional<FactKind> fact_kind_named(std::string_view name);

// The fact's image as it stands now, or nullopt when there is no such fact.
std::optional<std::string> fact_image(Store& store, FactKind kind, std::int64_t key);

// The same, with each kind's statement prepared once: for writers that take many images
// (re-importing a large file takes one of every fact before and after).
class FactImages {
public:
    explicit FactImages(Store& store);
    ~FactImages();

    // The image of fact `key` of `kind` as it stands now, or nullopt when there is no such fact.
    std::optional<std::string> of(FactKind kind, std::int64_t key);

    // Each kind's statement, once prepared (graph/sql/fact_images.hpp).
    struct Statements;

private:
    Store& store_;
    std::unique_ptr<Statements> statements_;
};

// How a fact is named in the history: its text id; a relation "FROM TYPE TO" in text ids.
std::string fact_label(Store& store, FactKind kind, std::int64_t key);

// Puts the fact back as `image` shows it, replacing what it owns. What it refers to must exist.
void restore_fact(Store& store, FactKind kind, const std::string& image);

// Deletes the fact and what it owns. Nothing else may still refer to it.
void remove_fact(Store& store, FactKind kind, std::int64_t key);

}  // namespace allegraph
