// edit_candidate and unreviewed_candidate (graph/candidate_review.hpp).
#include "graph/candidate_review.hpp"

#include "graph/column_update.hpp"
#include "graph/editor_values.hpp"
#include "graph/date.hpp"
#include "graph/event_records.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

struct CandidateRow {
    std::int64_t key = 0;
    std::string type, nature;
};

Result<CandidateRow> candidate_row(Store& store, const std::string& id) {
    auto key = unreviewed_candidate(store, id);
    if (!key) return key.error();
    EventKind kind = event_kind(store, *key);
    return CandidateRow{*key, std::move(kind.type), std::move(kind.nature)};
}

Result<void> check_word(const char* field, const std::optional<std::string>& value,
                        const std::vector<std::string_view>& vocabulary, bool may_be_empty) {
    if (!value || (may_be_empty && value->empty()) || in_vocabulary(vocabulary, *value)) return {};
    return field_error(field, in_quotes(*value) + " is not one of " + join_vocabulary(vocabulary) +
                                  (may_be_empty ? " (or \"\" for none)" : ""));
}

// The date columns `prefix`, `prefix`_lo and `prefix`_hi for `text` (EDTF), or NULL for "" when `may_clear`.
Result<std::vector<ColumnValue>> date_columns(const std::string& prefix, const std::string& text,
                                              bool may_clear) {
    if (may_clear && text.empty()) return std::vector<ColumnValue>{{prefix, nullptr}, {prefix + "_lo", nullptr},
                                                                   {prefix + "_hi", nullptr}};
    auto date = parse_date(text);
    if (!date) return field_error(prefix, date.error().message);
    return std::vector<ColumnValue>{{prefix, date->text}, {prefix + "_lo", date->lo}, {prefix + "_hi", date->hi}};
}

Result<std::vector<ColumnValue>> field_values(const CandidateEdit& edit, const CandidateRow& row,
                                              const Vocabulary& vocabulary) {
    if (auto bad = check_word("type", edit.type, vocabulary.event_types(), false); !bad) return bad.error();
    if (auto bad = check_word("status", edit.status, statuses(), true); !bad) return bad.error();
    if (auto bad = check_word("nature", edit.nature, allegation_natures(), true); !bad) return bad.error();
    const std::string type = edit.type.value_or(row.type);
    const auto definition = vocabulary.event_type(type);
    const bool has_nature = definition && definition->nature;
    if (edit.nature && !edit.nature->empty() && !has_nature)
        return subject_error("nature", "applies to allegations, and this candidate's type is " + type);
    std::vector<ColumnValue> out;
    for (const auto& [prefix, text, may_clear] : {std::tuple{"date", &edit.date, false}, std::tuple{"due", &edit.due, true}}) {
        if (!*text) continue;
        auto columns = date_columns(prefix, **text, may_clear);
        if (!columns) return columns.error();
        out.insert(out.end(), columns->begin(), columns->end());
    }
    if (edit.type) {
        out.push_back({"type", *edit.type});
        out.push_back({"category", definition->category});
    }
    if (edit.status) out.push_back({"status", *edit.status});
    if (edit.nature) out.push_back({"nature", *edit.nature});
    else if (!has_nature && !row.nature.empty()) out.push_back({"nature", std::string()});
    if (edit.negated) out.push_back({"negated", std::int64_t{*edit.negated ? 1 : 0}});
    return out;
}

}  // namespace

Result<std::int64_t> unreviewed_candidate(Store& store, const std::string& id) {
    auto event = event_review(store, id);
    if (!event) return Error{"no event has the id " + in_quotes(id)};
    if (event->review == "reviewed") return Error{id + " is already accepted: correct it with `allegraph edit`"};
    if (event->review != "unreviewed") return Error{id + " is " + event->review + ", not an unreviewed candidate"};
    return event->key;
}

Result<void> edit_candidate(Store& store, ChangeRecorder& recorder, const std::string& id,
                            const CandidateEdit& edit) {
    auto row = candidate_row(store, id);
    if (!row) return row.error();
    auto values = field_values(edit, *row, store_vocabulary(store));
    if (!values) return values.error();
    recorder.before_change(FactKind::event, row->key);
    update_columns(store, FactKind::event, row->key, *values);
    mark_edited(store, FactKind::event, row->key, *values);
    if (edit.participants.empty()) return {};
    mark_edited(store, FactKind::event, row->key, "participants");
    return change_participants(store, row->key, id, edit.participants);
}

}  // namespace allegraph
