// EntityWriter: gives each entity an import read from text (an article, a timeline sheet's row)
// its stored id — the stored entity it names, or a proposal written now: needs_review, a person
// private until reviewed (a person named in passing may be a survivor), never a fragment of a
// longer stored name, listed in the import's report with the reason for its kind. A name the same as
// one on record once punctuation and "&" are set aside links to it; a name near one on record (a
// typo, an acronym, a title: importers/name_linker.hpp) is refused with the candidates unless
// --new-name says it is new.
#pragma once

#include <map>
#include <string>

#include "graph/result.hpp"
#include "graph/writer.hpp"
#include "importers/event_rules.hpp"
#include "importers/import.hpp"
#include "importers/mentions.hpp"
#include "importers/name_linker.hpp"

namespace allegraph {

class EntityWriter {
public:
    // Proposals cite `source`; created entities are added to `report`.
    EntityWriter(GraphWriter& writer, const ArticleEntities& entities, const std::string& source, ImportReport& report,
                 const ImportOptions& options)
        : writer_(writer), entities_(entities), source_(source), report_(report), linker_(writer, options) {}

    // The stored id of article entity `index` (created if it is a proposal, citing `quote`), or ""
    // when it cannot be told apart from stored entities.
    Result<std::string> id_of(int index, const std::string& quote);

    // The event candidate `c` proposes, without id, date and citations: its type, status,
    // negation, nature and due date, and its participants as stored ids, each once (none when
    // no participant can be told apart); participants created as proposals cite `quote`.
    Result<Event> proposed_event(const Candidate& c, const std::string& quote);

private:
    Result<std::string> proposal(const ArticleEntity& e, const std::string& quote);

    GraphWriter& writer_;
    const ArticleEntities& entities_;
    const std::string& source_;
    ImportReport& report_;
    NameLinker linker_;
    std::map<int, std::string> ids_;
};

}  // namespace allegraph
