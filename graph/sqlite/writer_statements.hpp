// GraphWriter's prepared statements (graph/writer.hpp), shared by the files of the engine that
// implement it (graph/sqlite/writer.cpp, graph/sqlite/writer_lookups.cpp).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/writer.hpp"

namespace allegraph {

// The writer's prepared statements, on the connection they run on.
struct GraphWriter::Statements {
    // Prepares every statement on `db`.
    explicit Statements(SQLite::Database& db);
    SQLite::Database& db;
    SQLite::Statement source_upsert, source_lookup, source_text;
    SQLite::Statement entity_upsert, entity_lookup, alias_insert, entity_by_name;
    SQLite::Statement event_upsert, event_lookup, participants_clear, participant_insert;
    SQLite::Statement link_insert;
    SQLite::Statement relation_upsert, relation_lookup, redirect_lookup;
    SQLite::Statement citation_entity, citation_event, citation_relation;
    SQLite::Statement citation_fresh_entity, citation_fresh_event;
    SQLite::Statement entity_public;
};

}  // namespace allegraph
