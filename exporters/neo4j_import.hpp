// Neo4j bulk import: the selected graph as the CSV files `neo4j-admin database import full`
// reads (Neo4j 5 operations manual, "CSV header format"), and a README.txt beside them with
// the exact command. Node files carry `id:ID(Entity)` or `id:ID(Event)` (two id spaces, so an
// entity id and an event id can never collide), `:LABEL` (Entity;Person, Event;Response, and
// the marks as labels: Unreviewed, Unsupported, Negated, Redacted) and typed columns
// (`unreviewed:boolean`, `date_lo:date`, `citations:long`); relationship files carry
// `:START_ID(space)`, `:END_ID(space)` and `:TYPE` (the role, relation or link type, in
// capitals). Every non-empty value is quoted, a quote doubled (RFC 4180, the importer's default
// quoting); an absent value is an empty unquoted field, which sets no property. Summaries and
// quotes may hold line breaks: the command passes --multiline-fields=true.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "exporters/graph_export.hpp"

namespace allegraph {

// A writer that streams the nodes and edges into the files `file(name)` returns, each asked for
// once: entities.csv, events.csv, roles.csv, relations.csv, links.csv and README.txt.
std::unique_ptr<GraphFormatWriter> make_neo4j_writer(const std::function<std::ostream&(const std::string&)>& file);

}  // namespace allegraph
