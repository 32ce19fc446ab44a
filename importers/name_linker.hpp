// NameLinker: how an import turns a name it meets (a CSV cell, an article's proposal, a JSON record
// linked by name) into an entity on record, so that no record is created silently beside one that
// exists. A name links to the entity it names exactly — an id, a name or an alias, in any case and
// with or without accents, or the same name once punctuation, "&" and a leading "the" are set aside.
// A name on record nowhere but "a small distance" from names that are (graph/name_index.hpp: a
// spelling slip, a surname or title, initials, an acronym, a single word of a name) is refused with
// those candidates unless the file or a flag says the name is new (--new-name). Private entities are
// compared only with --include-private: otherwise a private person is answered as an unknown one.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "graph/name_index.hpp"
#include "graph/result.hpp"
#include "graph/writer.hpp"
#include "importers/import.hpp"

namespace allegraph {

class NameLinker {
public:
    NameLinker(GraphWriter& writer, const ImportOptions& options);

    // The id of the entity `name` names, or nullopt when it names none and may be created. An error
    // lists the candidates: several entities share the name, or it is near names on record and not
    // declared new (`declared_new`, or --new-name); `other_ways` adds the input's own ways of saying
    // so to that message (", the file's new_names column").
    Result<std::optional<std::string>> find(std::string_view name, bool declared_new = false,
                                            const std::string& other_ways = "");

    // Whether --new-name declares `name` new.
    bool declared_new(std::string_view name) const;

    // Remembers an entity the import created, so that names met later are compared with it too.
    void created(const Entity& entity);

private:
    NameIndex& index();

    GraphWriter& writer_;
    const ImportOptions& options_;
    std::set<std::string> new_names_;  // loose keys
    std::unique_ptr<NameIndex> index_;  // loaded on the first name not on record exactly
};

// "person:harvey-weinstein “Harvey Weinstein” (spelling distance 1); ..." for an error message.
std::string candidate_list(const NameIndex& index, const std::vector<NameMatch>& matches);

}  // namespace allegraph
