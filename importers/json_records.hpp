// Converters from one JSON object of the native format (DESIGN §5,
// data/schema.json) to a model record. They check types, vocabularies, dates
// and required fields; references to other ids are checked when writing.
#pragma once

#include <string>

#include "graph/model.hpp"
#include "graph/vocabulary.hpp"
#include "importers/field_reader.hpp"

namespace allegraph {

// A source record, with the path of its text file as written (resolved by the importer).
struct SourceRecord {
    Source source;
    std::string text_file;
};

// Each reads the record `fields` is over; on failure fields.failed() holds the first error. Words are
// checked against `vocabulary`, the store's (built in and added).
SourceRecord read_source(FieldReader& fields);
Entity read_entity(FieldReader& fields, bool allow_uncited, const Vocabulary& vocabulary);
Event read_event(FieldReader& fields, bool allow_uncited, const Vocabulary& vocabulary);
Relation read_relation(FieldReader& fields, bool allow_uncited);

// An event type of a `vocabulary` section (graph/vocabulary_store.hpp checks the whole of it).
EventTypeDefinition read_event_type(FieldReader& fields, const Vocabulary& vocabulary);

}  // namespace allegraph
