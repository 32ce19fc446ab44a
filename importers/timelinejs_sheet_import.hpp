// The TimelineJS sheet importer: a newsroom's existing timeline, kept in Knight Lab's
// TimelineJS Google-Sheet template and downloaded as CSV (Year, Month, Day, Time, End Year, End
// Month, End Day, End Time, Display Date, Headline, Text, Media, …, Type, Group, Background).
//
// The sheet becomes one source whose text is the sheet as TimelineJS shows it: each row's
// headline and text with the markup removed (importers/html_text.hpp), one paragraph each, in
// row order; the same sheet is always the same source. Each row's headline and text are read
// with the article importer's event rules (importers/article_candidates.hpp), names linked and
// proposed as an article's are, and every event found is stored `unreviewed` (a candidate for
// `allegraph review`), dated by the row — Year, Month, Day at their precision, an interval when
// the End columns are filled (a negated fact: up to the row's last day) — and citing its
// sentences verbatim from the source text. Time columns are read as the day they fall on.
//
// The title row (Type "title") names the source when --title is not given. A row that yields no
// event — an era (Type "era"), a row without headline or text, a row whose words the rules find
// no event in, or none with a known participant — is not imported, and the import's report says
// so, by file, line and row: never a silent skip. Bad input (a year that is not four digits, a
// month 13, an end before the start, a row of the wrong width, invalid UTF-8) is an error with
// file:line:column, row and column name, and nothing is written.
#pragma once

#include <string>

#include "graph/result.hpp"
#include "graph/vocabulary.hpp"
#include "graph/writer.hpp"
#include "importers/import.hpp"

namespace allegraph {

// Reads the TimelineJS sheet (CSV) at `path` and writes its source and the candidate events of
// `vocabulary`'s types.
Result<void> import_timelinejs_sheet(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                                     const Vocabulary& vocabulary, ImportReport& report);

}  // namespace allegraph
