// The PostgreSQL schema and roles (graph/sql/postgres/schema.sql, graph_index_dirty.sql, roles.sql), compiled in by the
// build. Internal to graph/sql/.
#pragma once

namespace allegraph::postgres_text {

// The whole schema at the current version, in schema `allegraph`, but for graph_index_dirty_sql().
const char* schema_sql();
// The adjacency index's dirty keys, the triggers that record them and the reporter's view of them.
const char* graph_index_dirty_sql();
// The roles allegraph_editor and allegraph_reporter, their grants and the reporter's views.
const char* roles_sql();

}  // namespace allegraph::postgres_text
