// edit_fact (graph/corrections.hpp): new values for an event's, entity's or relation's own fields.
#include <string>
#include <vector>

#include "graph/citation_records.hpp"
#include "graph/column_update.hpp"
#include "graph/correction_run.hpp"
#include "graph/date.hpp"
#include "graph/editor_values.hpp"
#include "graph/entity_records.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/source_records.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

Result<void> refuse_fields(const FactEdit& edit, FactKind kind) {
    auto refuse = [&](const char* field, const char* kinds) -> Result<void> {
        return subject_error(field, std::string("applies to ") + kinds + ", not to this " +
                                        std::string(fact_kind_name(kind)));
    };
    bool event = kind == FactKind::event, entity = kind == FactKind::entity, relation = kind == FactKind::relation;
    if (edit.date && !event && !relation) return refuse("date", "events and relations");
    if (edit.status && !event) return refuse("status", "events");
    if (edit.summary && !event) return refuse("summary", "events");
    if (edit.name && !entity) return refuse("name", "entities");
    if (edit.description && !entity) return refuse("description", "entities");
    if (edit.is_public && !entity) return refuse("public", "entities");
    if (edit.kind && !entity) return refuse("kind", "entities");
    if (edit.category && !entity) return refuse("category", "entities");
    return {};
}

// The checks a change of kind or category needs: a kind of the vocabulary; a category only for an
// organization, one of the vocabulary's (an entity made an organization without one gets "other");
// a person may not be made anything else while events name it in a person's role (an accuser).
Result<void> check_kind(Store& store, std::int64_t key, FactEdit& edit) {
    const EntityClass row = entity_class(store, key).value_or(EntityClass{});
    const std::string was = row.kind, category = row.category;
    const std::string kind = edit.kind.value_or(was);
    if (!in_vocabulary(entity_kinds(), kind))
        return field_error("kind", in_quotes(kind) + " is not one of " + join_vocabulary(entity_kinds()));
    if (kind == "organization") {
        if (!edit.category) edit.category = category.empty() ? "other" : category;
        const auto& categories = store_vocabulary(store).organization_categories();
        if (!in_vocabulary(categories, *edit.category))
            return field_error("category", in_quotes(*edit.category) + " is not one of " + join_vocabulary(categories));
    } else {
        if (edit.category && !edit.category->empty()) return field_error("category", "only organizations have a category");
        edit.category = "";
    }
    if (was == "person" && kind != "person") {
        if (auto role = person_role_held(store, key))
            return field_error("kind", "the entity is named as " + *role + " in events; only a person (or a group) can be");
    }
    return {};
}

Result<std::vector<ColumnValue>> assignments(const FactEdit& edit) {
    std::vector<ColumnValue> out;
    if (edit.date) {
        auto date = parse_date(*edit.date);
        if (!date) return field_error("date", date.error().message);
        out.push_back({"date", date->text});
        out.push_back({"date_lo", date->lo});
        out.push_back({"date_hi", date->hi});
    }
    if (edit.status) {
        if (!edit.status->empty() && !in_vocabulary(statuses(), *edit.status))
            return field_error("status", in_quotes(*edit.status) + " is not one of " + join_vocabulary(statuses()) + " (or \"\")");
        out.push_back({"status", *edit.status});
    }
    if (edit.summary) {
        if (auto problem = free_text_problem(*edit.summary, 1 << 20); !problem.empty()) return field_error("summary", problem);
        out.push_back({"summary", *edit.summary});
    }
    if (edit.name) {
        if (auto problem = free_text_problem(*edit.name, 4096); !problem.empty()) return field_error("name", problem);
        if (edit.name->find_first_of("\n\t\r") != std::string::npos) return field_error("name", "one line, please");
        if (edit.name->find_first_not_of(' ') == std::string::npos) return field_error("name", "must not be blank");
        out.push_back({"name", *edit.name});
        out.push_back({"name_key", fold_key(*edit.name)});
    }
    if (edit.description) {
        if (auto problem = free_text_problem(*edit.description, 1 << 20); !problem.empty())
            return field_error("description", problem);
        out.push_back({"description", *edit.description});
    }
    if (edit.is_public) out.push_back({"public", std::int64_t{*edit.is_public ? 1 : 0}});
    if (edit.kind) out.push_back({"kind", *edit.kind});
    if (edit.category) out.push_back({"category", *edit.category});
    if (out.empty() && !edit.cite_source)
        return Error{"nothing to edit: give a new date, status, summary, name, description, public, kind or a citation"};
    return out;
}

// Adds the citation backing the edit: the source must be stored and not retracted, and the quote
// verbatim in its text when the text is at hand.
Result<void> cite(Store& store, const FactRef& fact, const std::string& source, const std::string& quote) {
    if (auto problem = free_text_problem(quote, 1 << 20); !problem.empty()) return field_error("quote", problem);
    if (quote.find_first_not_of(" \t\n") == std::string::npos) return field_error("quote", "give the words the source says");
    auto found = source_state(store, source);
    if (!found) return field_error("source", "no source has the id " + in_quotes(source));
    if (found->retracted) return field_error("source", source + " is retracted");
    std::optional<std::pair<std::int64_t, std::int64_t>> span;
    if (found->text) {
        auto at = found->text->find(quote);
        if (at == std::string::npos) return field_error("quote", "not a verbatim substring of the text of " + source);
        const auto start = static_cast<std::int64_t>(code_point_offset(*found->text, at));
        span = std::pair{start, start + static_cast<std::int64_t>(code_point_offset(quote, quote.size()))};
    }
    add_citation(store, fact.kind, fact.key, found->key, quote, span);
    return {};
}

}  // namespace

Result<CorrectionReport> edit_fact(Store& store, const std::string& id, const FactEdit& edit, const std::string& reason,
                                   bool include_private) {
    return run_correction(store, "edit", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        auto fact = find_visible_fact(store, id, include_private);
        if (!fact) return Error{"no event, entity or relation has the id " + in_quotes(id)};
        if (fact->kind == FactKind::source)
            return Error{id + " is a source: correct it by importing it again, or retract it"};
        if (auto refused = refuse_fields(edit, fact->kind); !refused) return refused.error();
        FactEdit checked = edit;
        if (fact->kind == FactKind::entity && (edit.kind || edit.category))
            if (auto kind = check_kind(store, fact->key, checked); !kind) return kind.error();
        auto values = assignments(checked);
        if (!values) return values.error();
        recorder.before_change(fact->kind, fact->key);
        update_columns(store, fact->kind, fact->key, *values);
        mark_edited(store, fact->kind, fact->key, *values);
        if (edit.cite_source)
            if (auto cited = cite(store, *fact, *edit.cite_source, edit.cite_quote.value_or("")); !cited)
                return cited.error();
        return fact_label(store, fact->kind, fact->key);
    });
}

}  // namespace allegraph
