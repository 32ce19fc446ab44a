// attach_candidate (graph/candidate_review.hpp): a candidate that repeats an event on record lends it
// its citations and is retired.
#include "graph/candidate_review.hpp"
#include "graph/citation_records.hpp"
#include "graph/event_records.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// The key of the reviewed event `id`, or an error saying why it cannot take a candidate's citations.
Result<std::int64_t> event_on_record(Store& store, const std::string& id) {
    auto event = event_review(store, id);
    if (!event) return field_error("attach", "no event has the id " + in_quotes(id));
    if (event->review == "unreviewed")
        return field_error("attach", id + " is an unreviewed candidate too; attach to an event on record");
    if (event->review != "reviewed")
        return field_error("attach", id + " is " + event->review + "; attach to an event on record");
    return event->key;
}

}  // namespace

Result<void> attach_candidate(Store& store, ChangeRecorder& recorder, const std::string& candidate,
                              const std::string& event) {
    auto from = unreviewed_candidate(store, candidate);
    if (!from) return field_error("attach", from.error().message);
    auto to = event_on_record(store, event);
    if (!to) return to.error();
    recorder.before_change(FactKind::event, *from);
    recorder.before_change(FactKind::event, *to);
    copy_citations(store, FactKind::event, *from, *to);
    set_event_review(store, *from, "rejected");
    return {};
}

}  // namespace allegraph
