// merge_events and merge_sources (graph/merge_records.hpp).
#include "graph/merge_records.hpp"

#include <string>
#include <utility>

#include "graph/citation_records.hpp"
#include "graph/correction_run.hpp"
#include "graph/merge_moves.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// Both records, or why not; `what` is "event" or "source".
template <class Find>
Result<std::pair<MergedRecord, MergedRecord>> both(Store& store, Find find, const char* what, const std::string& keep_id,
                                                   const std::string& gone_id) {
    auto keep = find(store, keep_id);
    if (!keep) return Error{std::string("no ") + what + " has the id " + in_quotes(keep_id)};
    auto gone = find(store, gone_id);
    if (!gone) return Error{std::string("no ") + what + " has the id " + in_quotes(gone_id)};
    if (gone->id != gone_id) return Error{gone_id + " was already merged into " + gone->id};
    if (keep->key == gone->key) return Error{std::string("a ") + what + " cannot be merged with itself"};
    return std::pair{*keep, *gone};
}

}  // namespace

Result<CorrectionReport> merge_events(Store& store, const std::string& keep_id, const std::string& gone_id,
                                      const std::string& reason) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        auto rows = both(store, event_for_merge, "event", keep_id, gone_id);
        if (!rows) return rows.error();
        const auto& [keep, gone] = rows.value();
        if (keep.type != gone.type || keep.negated != gone.negated)
            return Error{"cannot merge " + gone.id + " (" + (gone.negated ? "no " : "") + gone.type + ") into " + keep.id +
                         " (" + (keep.negated ? "no " : "") + keep.type + "): not one fact"};
        recorder.before_change(FactKind::event, keep.key);
        recorder.before_change(FactKind::event, gone.key);
        for (auto other : events_linking_to(store, gone.key)) recorder.before_change(FactKind::event, other);
        copy_participants(store, keep.key, gone.key);
        copy_citations(store, FactKind::event, gone.key, keep.key);
        copy_links(store, keep.key, gone.key);
        move_redirects(store, FactKind::event, keep.key, gone.key);
        remove_fact(store, FactKind::event, gone.key);
        add_redirect(store, FactKind::event, gone.id, keep.key);
        return keep.id;
    });
}

Result<CorrectionReport> merge_sources(Store& store, const std::string& keep_id, const std::string& gone_id,
                                       const std::string& reason) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        auto rows = both(store, source_for_merge, "source", keep_id, gone_id);
        if (!rows) return rows.error();
        const auto& [keep, gone] = rows.value();
        if (!gone.text_sha.empty() && gone.text_sha != keep.text_sha)
            return Error{gone.id + " holds a text and " + keep.id + (keep.text_sha.empty() ? " holds none" : " another") +
                         (keep.text_sha.empty() ? ": keep the one with the text (merge " + gone.id + " " + keep.id + ")"
                                                : ": they are not one document")};
        recorder.before_change(FactKind::source, keep.key);
        recorder.before_change(FactKind::source, gone.key);
        for (FactKind kind : {FactKind::entity, FactKind::event, FactKind::relation})
            for (auto fact : facts_citing(store, kind, gone.key)) recorder.before_change(kind, fact);
        for (auto other : sources_syndicating(store, gone.key)) recorder.before_change(FactKind::source, other);
        move_source_references(store, keep.key, gone.key);
        move_redirects(store, FactKind::source, keep.key, gone.key);
        remove_fact(store, FactKind::source, gone.key);
        add_redirect(store, FactKind::source, gone.id, keep.key);
        return keep.id;
    });
}

}  // namespace allegraph
