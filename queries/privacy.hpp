// Privacy: how private persons (`public: false`) are shown. Unless the scope includes private
// entities, a private entity's id and name become placeholders, and every private name, alias or
// id inside free text (quotes, summaries, descriptions, source titles, publishers, authors and
// addresses, reasons) becomes "[redacted]", in every spelling queries/redactor.hpp finds. A name
// is redacted as whole words, never cut out of a word; where its words are part of a longer public
// name written out in full ("Motion Picture Arts" in "the Academy of Motion Picture Arts and
// Sciences"), that public name is left whole. A word that holds a private name run together or as
// part of a hashtag ("#JusticeForRoseSmith") is redacted whole, even as a public entity's name.
// Queries pass every row through it; the store's reads redact through it as graph/redaction.hpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/public_names.hpp"
#include "graph/redaction.hpp"
#include "graph/rows.hpp"
#include "graph/store.hpp"
#include "queries/redactor.hpp"

namespace allegraph {

class Privacy final : public Redaction {
public:
    // Loads the names, aliases and ids of private entities (none when `include_private`).
    Privacy(Store& store, bool include_private);

    // The entity as it may be shown: a placeholder when it is private; a public entity's name as
    // shown_name gives it.
    EntityRef entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                     bool is_public) const override;

    // `text` with every private name in it replaced by "[redacted]" (overlapping ones as one), unless
    // it lies inside a longer public name written out in full.
    std::string scrub(const std::string& text) const override;

    // The byte ranges of `text` that scrub() replaces, by start, none overlapping.
    std::vector<std::pair<std::size_t, std::size_t>> hidden_ranges(const std::string& text) const;

    // A public entity's name or alias as shown: whole, unless a private name is run together inside
    // one of its words, which is then "[redacted]". A public name equal to a private one stays.
    std::string shown_name(const std::string& name) const;

    bool include_private() const { return include_private_; }

    // Whether no private name can be found in any text (there is none, or they may all be shown).
    bool hides_nothing() const { return redactor_.empty(); }

private:
    // Whether the whole-word span lies inside an occurrence of a longer public name or alias.
    bool inside_public_name(const std::vector<FoldedWord>& words, const NameSpan& span) const;

    // The public names and aliases, as words, holding the words of `phrase`: asked of the store
    // once per phrase, and only for texts that hold a private name.
    const std::vector<std::vector<std::string>>& public_names_holding(const std::string& phrase) const;

    // Whether some name or alias in the store holds the folded words of `phrase`; asked once per phrase.
    bool in_some_name(const std::string& phrase) const;

    PublicNames& public_names() const;

    Store& store_;
    bool include_private_;
    Redactor redactor_;
    mutable std::unique_ptr<PublicNames> public_names_;  // prepared on first need
    mutable std::unordered_map<std::string, std::vector<std::vector<std::string>>> public_names_by_phrase_;
    mutable std::unordered_map<std::string, bool> name_phrases_;
    mutable std::unordered_map<std::string, std::string> shown_names_;
};

}  // namespace allegraph
