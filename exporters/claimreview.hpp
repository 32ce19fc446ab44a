// ClaimReview: a check's verdict as schema.org ClaimReview JSON-LD, the markup fact-checkers
// publish on their review page for Google's Fact Check Explorer and the fact-check aggregators.
// Google's documentation (developers.google.com/search/docs/appearance/structured-data/factcheck)
// requires claimReviewed, reviewRating with alternateName, and url; it recommends author,
// datePublished, itemReviewed (a Claim with appearance, author, datePublished) and the rating's
// ratingValue, bestRating and worstRating. Only the schema.org context is declared.
//
// The rating scale (documented, as Google asks, for every numeric rating):
//   5 = "Supported"                       every field claimed is on record
//   4 = "Supported; the record holds less: …"  on record, but less than claimed (started, not
//                                          completed; a date known only to the week; …)
//   1 = "Contradicted"                    the records on file disagree
//   no number = "Not found in the record" a not_found verdict is never rated: it is not
//                                          evidence that the claim is false
// A verdict that rests on an unreviewed candidate or on a retracted source says so in its words.
// The evidence is a `citation` list: each cited source with its verbatim quote. Every string is
// escaped for JSON, and <, > and & as \u escapes too, so the document can be pasted inside an
// HTML <script type="application/ld+json"> element without closing it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "queries/check.hpp"

namespace allegraph {

// What the review page says about itself and about the claim's appearance.
struct ClaimReviewPage {
    std::string url;           // the review page (required by Google)
    std::string organization;  // the fact-checking organization (author)
    std::string date;          // the review's publication date, YYYY-MM-DD
    std::string claim_url;     // where the claim appeared
    std::string claim_author;  // who made the claim
    std::string claim_author_type = "Person";  // "Person" or "Organization"
    std::string claim_date;    // when the claim was made, YYYY-MM-DD
};

// The names a claim's party may be written with: its display name first, then shorter forms
// (aliases); a redacted party has only its placeholder.
struct ClaimNames {
    std::vector<std::string> actor, subject;
};

// The claim in words ("Academy of Motion Picture Arts and Sciences expelled Harvey Weinstein on
// 14 October 2017"), with the actor and subject written as `actor` and `subject`.
std::string claim_sentence(const Claim& claim, const std::string& actor, const std::string& subject);

// The claim in words under 75 characters where the names allow it: the display names, else the
// forms that fit renaming the fewest parties (the shortest such), else the shortest of all.
std::string short_claim_sentence(const Claim& claim, const ClaimNames& names);

// The rating words for a verdict (alternateName); see the scale above.
std::string rating_words(const CheckResult& result);

// Writes the ClaimReview JSON-LD document for `claim` and its check `result`.
void write_claimreview(std::ostream& out, const Claim& claim, const CheckResult& result, const ClaimReviewPage& page,
                       const ClaimNames& names);

}  // namespace allegraph
