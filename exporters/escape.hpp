// Escaping for every text format an export writes. Names and quotes come from
// strangers' files: each string is escaped for the format it lands in.
#pragma once

#include <string>
#include <string_view>

namespace allegraph {

// Text safe inside an XML 1.0 element or double-quoted attribute: & < > " ' escaped,
// tab/newline/carriage return as character references, other control characters and the
// noncharacters U+FFFE and U+FFFF as U+FFFD.
std::string xml_escape(std::string_view text);
// The same, appended to `out` (for writers that build large blocks).
void append_xml_escaped(std::string& out, std::string_view text);

// Appends an id as an XML NMTOKEN, which GraphML requires of node, edge and key ids: ASCII
// letters, digits, '.', '-' and ':' stay; '_' becomes "__" and every other byte "_XX" (hex), so
// two different ids never give the same token and readable ids ("person:harvey-weinstein")
// stay as they are. Returns true when the token differs from the id.
bool append_xml_token(std::string& out, std::string_view id);

// The body of a Graphviz DOT double-quoted string: " and \ escaped, line breaks as \n.
std::string dot_escape(std::string_view text);

// Text that Markdown renders as written: \ ` * _ [ ] < > # | ~ ! escaped with a backslash, line
// breaks as spaces (Kumu renders descriptions as Markdown).
std::string markdown_escape(std::string_view text);

}  // namespace allegraph
