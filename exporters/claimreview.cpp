#include "exporters/claimreview.hpp"

#include <sstream>

#include "exporters/json_writer.hpp"
#include "exporters/wording.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

using json::key;
using json::str;
using json::Writer;

constexpr std::size_t kShortClaim = 75;  // Google: "try to keep this less than 75 characters"

std::size_t characters(const std::string& text) { return code_point_offset(text, text.size()); }


// The evidence the verdict rests on: supporting events for a supported verdict, contradicting ones otherwise.
std::vector<const Evidence*> verdict_evidence(const CheckResult& result) {
    std::string bearing = result.verdict == "supported" ? "supports" : "contradicts";
    std::vector<const Evidence*> out;
    for (const auto& e : result.evidence)
        if (e.bearing == bearing) out.push_back(&e);
    return out;
}

// "[Unreviewed candidate] …", as the timelines mark an event's headline.
std::string marked_headline(const EventRow& e) {
    std::string marks;
    if (e.unreviewed) marks += "[Unreviewed candidate] ";
    if (e.unsupported) marks += "[Unsupported: every source retracted] ";
    return marks + headline(e) + " (" + display_date(e.date) + ")";
}

// A schema.org Date only for a day the source gives; never an invented one.
void day_field(Writer& w, const char* name, const std::optional<Date>& date) {
    if (date && date->precision == Precision::day && !date->approximate && !date->uncertain)
        str(w, name, iso_day(date->lo));
}

void named_thing(Writer& w, const char* name, const std::string& type, const std::string& value) {
    key(w, name);
    w.StartObject();
    str(w, "@type", type);
    str(w, "name", value);
    w.EndObject();
}

void write_citations(Writer& w, const CheckResult& result) {
    key(w, "citation");
    w.StartArray();
    for (const auto& e : result.evidence) {
        std::string bearing = e.bearing == "supports" ? "Supports" : e.bearing == "contradicts" ? "Contradicts" : "Related";
        for (const auto& c : e.event.citations) {
            w.StartObject();
            str(w, "@type", "CreativeWork");
            str(w, "name", c.title.empty() ? source_line(c) : c.title);
            if (!c.publisher.empty()) named_thing(w, "publisher", "Organization", c.publisher);
            day_field(w, "datePublished", c.published);
            if (!c.url.empty()) str(w, "url", c.url);
            str(w, "text", c.quote);
            str(w, "description", bearing + ": " + marked_headline(e.event) + "; " + e.reason + "; source: " +
                                      source_line(c));
            w.EndObject();
        }
    }
    w.EndArray();
}

void write_rating(Writer& w, const CheckResult& result) {
    key(w, "reviewRating");
    w.StartObject();
    str(w, "@type", "Rating");
    str(w, "alternateName", rating_words(result));
    str(w, "name", result.summary);
    if (result.verdict != "not_found") {  // never a number for "not found": it would read as a falsity score
        key(w, "ratingValue");
        w.Int(result.verdict == "contradicted" ? 1 : result.holds_less.empty() ? 5 : 4);
        key(w, "bestRating");
        w.Int(5);
        key(w, "worstRating");
        w.Int(1);
    }
    w.EndObject();
}

void write_claim(Writer& w, const ClaimReviewPage& page) {
    key(w, "itemReviewed");
    w.StartObject();
    str(w, "@type", "Claim");
    if (!page.claim_url.empty()) {
        key(w, "appearance");
        w.StartArray();
        w.StartObject();
        str(w, "@type", "CreativeWork");
        str(w, "url", page.claim_url);
        w.EndObject();
        w.EndArray();
        key(w, "firstAppearance");
        w.StartObject();
        str(w, "@type", "CreativeWork");
        str(w, "url", page.claim_url);
        w.EndObject();
    }
    if (!page.claim_author.empty()) named_thing(w, "author", page.claim_author_type, page.claim_author);
    if (!page.claim_date.empty()) str(w, "datePublished", page.claim_date);
    w.EndObject();
}

// JSON with <, > and & as \u escapes: they appear only inside strings, and so escaped they cannot
// close the <script> element a page embeds the document in. U+2028 and U+2029 likewise.
std::string script_safe(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else if (json.compare(i, 3, "\u2028") == 0) out += "\\u2028", i += 2;
        else if (json.compare(i, 3, "\u2029") == 0) out += "\\u2029", i += 2;
        else out += c;
    }
    return out;
}

}  // namespace

std::string claim_sentence(const Claim& claim, const std::string& actor, const std::string& subject) {
    EventRow e;
    e.type = claim.type;
    e.definition = claim.definition;
    e.status = claim.status;
    e.nature = claim.nature;
    e.negated = claim.negated;
    e.due = claim.due;
    const std::string actor_role = claim.definition ? claim.definition->actor_role : "actor";
    const std::string subject_role = claim.definition ? claim.definition->subject_role : "subject";
    e.participants.push_back({EntityRef{claim.actor.key, claim.actor.id, actor, claim.actor.kind, false}, actor_role});
    if (claim.subject && claim.subject->key != claim.actor.key)
        e.participants.push_back(
            {EntityRef{claim.subject->key, claim.subject->id, subject, claim.subject->kind, false}, subject_role});
    if (claim.negated) {  // "As of 16 October 2017, … had not been charged"; without a date, "As reported, …"
        e.date = claim.date ? *claim.date : date_from_days(kOpenStart, kOpenEnd);
        return headline(e);
    }
    std::string out = headline(e);
    if (claim.date) {
        const Date& d = *claim.date;
        out += (d.precision == Precision::day ? " on " : d.precision == Precision::interval ? ", " : " in ") +
               display_date(d);
    }
    return out;
}

std::string short_claim_sentence(const Claim& claim, const ClaimNames& names) {
    std::string subject_name = claim.subject ? claim.subject->name : "";
    std::string full = claim_sentence(claim, claim.actor.name, subject_name);
    if (characters(full) < kShortClaim) return full;
    std::vector<std::string> actors = names.actor, subjects = names.subject;
    if (actors.empty()) actors.push_back(claim.actor.name);
    if (subjects.empty()) subjects.push_back(subject_name);
    // the fewest parties named otherwise than by their display name, then the shortest sentence
    std::string best = full;
    std::pair<int, std::size_t> best_rank{3, characters(full)};
    for (const auto& a : actors)
        for (const auto& s : subjects) {
            std::string candidate = claim_sentence(claim, a, s);
            int renamed = (a != claim.actor.name) + (s != subject_name);
            std::pair<int, std::size_t> rank{characters(candidate) < kShortClaim ? renamed : 3, characters(candidate)};
            if (rank < best_rank) best = candidate, best_rank = rank;
        }
    return best;
}

std::string rating_words(const CheckResult& result) {
    std::string words;
    if (result.verdict == "supported") {
        words = "Supported";
        for (std::size_t i = 0; i < result.holds_less.size(); ++i)
            words += (i ? "; " : "; the record holds less: ") + result.holds_less[i];
    } else if (result.verdict == "contradicted") {
        words = "Contradicted";
    } else {
        return "Not found in the record (not evidence that it did not happen)";
    }
    bool unreviewed = false, unsupported = false;
    for (const Evidence* e : verdict_evidence(result)) {
        unreviewed = unreviewed || e->event.unreviewed;
        unsupported = unsupported || e->event.unsupported;
    }
    if (unreviewed) words += " (rests on unreviewed candidates)";
    if (unsupported || !result.retracted_sources.empty()) words += " (rests on retracted sources)";
    return words;
}

void write_claimreview(std::ostream& out, const Claim& claim, const CheckResult& result, const ClaimReviewPage& page,
                       const ClaimNames& names) {
    std::ostringstream text;
    json::document(text, [&](Writer& w) {
        w.StartObject();
        str(w, "@context", "https://schema.org");
        str(w, "@type", "ClaimReview");
        str(w, "url", page.url);
        str(w, "datePublished", page.date);
        named_thing(w, "author", "Organization", page.organization);
        str(w, "claimReviewed", short_claim_sentence(claim, names));
        write_claim(w, page);
        write_rating(w, result);
        str(w, "reviewBody", result.summary);
        write_citations(w, result);
        w.EndObject();
    });
    out << script_safe(text.str());
}

}  // namespace allegraph
