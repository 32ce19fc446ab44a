// GraphWriter's prepared statements (graph/writer.hpp), shared by the files of the engine that
// implement it (graph/sql/writer.cpp, graph/sql/writer_lookups.cpp).
#pragma once

#include "graph/sql/connection.hpp"

#include "graph/writer.hpp"

namespace allegraph {

// The writer's prepared statements, on the connection they run on.
struct GraphWriter::Statements {
    // Prepares every statement on `db`.
    explicit Statements(sql::Connection& db);
    sql::Connection& db;
    sql::Statement source_upsert, source_lookup, source_text;
    sql::Statement entity_upsert, entity_lookup, alias_insert, entity_by_name;
    sql::Statement event_upsert, event_insert_keyed, event_lookup, participants_clear, participant_insert;
    sql::Statement link_insert;
    sql::Statement relation_upsert, relation_lookup, redirect_lookup;
    sql::Statement citation_entity, citation_event, citation_relation;
    sql::Statement citation_fresh_entity, citation_fresh_event;
    sql::Statement entity_public, id_owners;
};

}  // namespace allegraph
