// Mentions: who each sentence of an article talks about. The entities of an article
// are found in two passes. The first reads every name in the article (importers/
// name_finder.hpp) and looks each up in the store (names and aliases, case- and
// accent-insensitively); a name the store does not know becomes a proposal. The
// second walks the sentences in order and links every mention to one of those
// entities: full names; short forms of a name used elsewhere in the article (a
// surname, an acronym, "Dartmouth" for Dartmouth College, "the Met" for the
// Metropolitan Opera, "the Academy"); pronouns ("he", "its", "they") and
// descriptions ("the conductor", "the label") to the person or organization they
// most likely stand for. A mention never cuts a longer name: a stored alias inside
// "Academy of Motion Picture Arts and Sciences" is not a mention.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <string>
#include <vector>

#include "graph/writer.hpp"
#include "importers/article_tokens.hpp"
#include "importers/name_finder.hpp"

namespace allegraph {

// An entity of the article: one already in the store (`id` set), or a proposal to create.
struct ArticleEntity {
    std::string id;        // a stored entity's id; empty for a proposal
    std::string name;      // display name (stored or proposed)
    std::string kind;      // person, organization, group, work, campaign
    std::string category;  // organizations
    std::string size;      // groups
    std::string reason;    // proposals: why this kind
    std::vector<std::string> forms;  // other ways the article wrote it (aliases of a proposal)
    bool descriptive = false;        // named by a description ("lower court"): never matched by name elsewhere
    int owner = -1;                  // a board: the organization whose board it is
    std::size_t first_sentence = 0;  // where the article first names it
    char gender = 0;                 // persons: 'm' or 'f' when a given name, title or pronoun tells
    std::vector<std::string> described;  // persons: nouns the article names them with ("actor", "attorney")
    int count = 0;                   // mentions in the article
};

struct Mention {
    enum class Via { name, short_form, pronoun, description };
    std::size_t first = 0, last = 0;  // token indices in the sentence, last exclusive
    int entity = -1;                  // index in ArticleEntities
    std::string kind;
    Via via = Via::name;
    bool oblique = false;  // after a preposition or naming a report's publisher: a poor antecedent
};

// One analysed sentence of an article.
struct SentenceTokens {
    std::size_t begin = 0, end = 0;  // byte span in the article
    std::vector<Token> tokens;
    bool headline = false;   // title case: capitals prove nothing
    int paragraph = 0;
};

class ArticleEntities {
public:
    ArticleEntities(GraphWriter& writer, std::string_view text) : writer_(writer), text_(text) {}

    // Reads every sentence's names, then links the mentions of each: call once, before mentions().
    void analyse(const std::vector<SentenceTokens>& sentences);

    // The mentions of sentence `i` (in token order).
    const std::vector<Mention>& mentions(std::size_t i) const { return mentions_[i]; }

    const ArticleEntity& at(int index) const { return entities_[static_cast<std::size_t>(index)]; }
    std::size_t size() const { return entities_.size(); }

    // The person the article mentions most (at least twice), or -1.
    int dominant_person() const { return dominant_; }

private:
    struct Known {
        std::size_t first, last;
        int entity;
    };
    const std::vector<GraphWriter::NamedEntity>& lookup(std::string_view name);  // the store's, remembered
    std::vector<Known> stored_mentions(const SentenceTokens& s, const std::vector<FoundName>& names);
    int entity_for(const FoundName& name);
    int stored(const GraphWriter::NamedEntity& found, const std::string& name);
    int short_form(const SentenceTokens& s, const FoundName& name, std::size_t sentence) const;
    void link_sentence(std::size_t i, const SentenceTokens& s);
    int reference(const SentenceTokens& s, std::size_t k, const std::vector<Mention>& before, std::size_t i,
                  const std::vector<bool>& covered, Mention::Via& via, std::size_t& last) const;
    int recent(std::size_t sentence, const std::vector<Mention>& before, const std::string& kind,
               const std::string& head = "") const;
    int recent_pass(std::size_t sentence, const std::vector<Mention>& before, const std::string& kind,
                    const std::string& head, bool oblique_too) const;
    void note_descriptions(const SentenceTokens& s, const std::vector<Mention>& names);
    int described(std::size_t sentence, const std::vector<Mention>& before, const std::string& noun) const;
    int board(const SentenceTokens& s, const FoundName& name, const std::vector<Mention>& before, std::size_t i);
    void redirect_contained();
    bool names_apart(const std::string& shorter, const std::string& longer) const;
    void keep_groups_in_their_case();
    int final(int entity) const;

    GraphWriter& writer_;
    std::string_view text_;
    std::vector<ArticleEntity> entities_;
    std::vector<std::vector<FoundName>> names_;       // per sentence
    std::vector<std::vector<int>> name_entities_;     // per sentence, per name: entity or -1
    std::vector<std::vector<Mention>> mentions_;      // per sentence
    std::vector<int> redirect_;                       // per entity: the longer proposal it is part of, or -1
    // fold_key and its words, remembered: the names of an article are folded over and over
    const std::string& fold(const std::string& name) const;
    const std::vector<std::string>& words_of(const std::string& name) const;

    std::unordered_map<std::string, std::vector<GraphWriter::NamedEntity>> lookups_;
    mutable std::unordered_map<std::string, std::string> folds_;
    mutable std::unordered_map<std::string, std::vector<std::string>> words_;
    bool references_ = false;  // link pronouns and descriptions too (the second pass)
    int dominant_ = -1;
};

}  // namespace allegraph
