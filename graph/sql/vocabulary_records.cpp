// A database's own vocabulary (graph/vocabulary_store.hpp) in SQL: the `vocabulary` table.
#include "graph/vocabulary_store.hpp"

#include <limits>

#include "graph/sql/engine.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// The store's additions on top of the built-in vocabulary. An addition whose word a later
// allegraph made built-in is the built-in one now (facts name types by word, so they still read).
Vocabulary read_vocabulary(sql::Connection& db) {
    Vocabulary vocabulary = builtin_vocabulary();
    sql::Statement rows(db, "SELECT id, list, word, definition FROM vocabulary ORDER BY id");
    while (rows.executeStep()) {
        const int id = rows.getColumn(0).getInt();
        const std::string list = rows.getColumn(1).getString(), word = rows.getColumn(2).getString();
        if (list == "organization_categories") {
            (void)vocabulary.add_organization_category(word, id);
            continue;
        }
        auto type = event_type_from_json(rows.getColumn(3).getString());
        if (!type || vocabulary.event_type(word)) continue;
        type->id = id;
        (void)vocabulary.add_event_type(std::move(*type));
    }
    return vocabulary;
}

void forget_cached(Store& store) { store.engine().vocabulary.reset(); }

std::int64_t insert_entry(Store& store, const char* list, const std::string& word, const std::string& definition) {
    sql::Statement insert(sql_db(store),
                             "INSERT INTO vocabulary(text_id, list, word, definition) VALUES (?1 || ':' || ?2, ?1, ?2, ?3) RETURNING id");
    insert.bind(1, list);
    insert.bind(2, word);
    insert.bind(3, definition);
    insert.executeStep();
    forget_cached(store);
    return insert.getColumn(0).getInt64();
}

Error word_error(std::string detail) { return field_error("word", std::move(detail)); }

std::vector<std::string> column_of(Store& store, const char* sql) {
    sql::Statement st(sql_db(store), sql);
    std::vector<std::string> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

}  // namespace

const Vocabulary& store_vocabulary(Store& store) {
    auto& cached = store.engine().vocabulary;
    if (!cached) cached = std::make_shared<const Vocabulary>(read_vocabulary(sql_db(store)));
    return *cached;
}

Result<VocabularyAddition> add_event_type(Store& store, EventTypeDefinition type) {
    const std::string json = event_type_json(type);
    if (auto known = store_vocabulary(store).event_type(type.word)) {
        if (event_type_json(*known) == json) return VocabularyAddition::already_there;
        return word_error("event type " + in_quotes(type.word) + " is already defined" +
                          (known->built_in ? " (built in)" : " by this database") +
                          " otherwise; an added type is never redefined (`allegraph vocabulary` shows it)");
    }
    type.id = std::numeric_limits<int>::max();  // a stand-in for the check: the row's id becomes the type's
    Vocabulary trial = store_vocabulary(store);
    if (auto checked = trial.check_event_type(type); !checked) return checked.error();
    insert_entry(store, "event_types", type.word, json);
    return VocabularyAddition::added;
}

Result<VocabularyAddition> add_organization_category(Store& store, const std::string& word) {
    if (store_vocabulary(store).organization_category(word)) return VocabularyAddition::already_there;
    Vocabulary trial = store_vocabulary(store);
    if (auto checked = trial.add_organization_category(word, std::numeric_limits<int>::max()); !checked) return checked.error();
    insert_entry(store, "organization_categories", word, "{}");
    return VocabularyAddition::added;
}

Result<void> remove_vocabulary_entry(Store& store, ChangeRecorder& recorder, std::string_view list, std::string_view word) {
    sql::Connection& db = sql_db(store);
    sql::Statement entry(db, "SELECT id FROM vocabulary WHERE list = ? AND word = ?");
    entry.bind(1, std::string(list));
    entry.bind(2, std::string(word));
    if (!entry.executeStep()) {
        bool built_in = list == "event_types" ? builtin_vocabulary().event_type(word) != nullptr
                                              : builtin_vocabulary().organization_category(word) != nullptr;
        return word_error(in_quotes(word) + (built_in ? " is built in and cannot be removed" : " is not in this database's vocabulary"));
    }
    const std::int64_t key = entry.getColumn(0).getInt64();
    sql::Statement uses(db, list == "event_types" ? "SELECT count(*) FROM events WHERE type = ?"
                                                     : "SELECT count(*) FROM entities WHERE kind = 'organization' AND category = ?");
    uses.bind(1, std::string(word));
    uses.executeStep();
    if (const auto count = uses.getColumn(0).getInt64(); count > 0)
        return word_error(in_quotes(word) + " is in use by " + std::to_string(count) +
                          (list == "event_types" ? " event(s)" : " organization(s)") + "; it stays while facts use it");
    recorder.before_change(FactKind::vocabulary, key);
    sql::Statement remove(db, "DELETE FROM vocabulary WHERE id = ?");
    remove.bind(1, key);
    remove.exec();
    forget_cached(store);
    return {};
}

std::vector<std::string> added_event_types(Store& store) {
    return column_of(store, "SELECT definition FROM vocabulary WHERE list = 'event_types' ORDER BY id");
}

std::vector<std::string> added_organization_categories(Store& store) {
    return column_of(store, "SELECT word FROM vocabulary WHERE list = 'organization_categories' ORDER BY id");
}

}  // namespace allegraph
