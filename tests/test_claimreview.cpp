#include <doctest/doctest.h>

#include <sstream>

#include "exporters/claimreview.hpp"

using namespace allegraph;

namespace {

Claim expulsion() {
    Claim claim;
    claim.actor = EntityRef{1, "org:ampas", "Academy of Motion Picture Arts and Sciences", "organization", false};
    claim.type = "expulsion";
    claim.subject = EntityRef{2, "person:hw", "Harvey Weinstein", "person", false};
    claim.date = parse_date("2017-10-14").value();
    return claim;
}

}  // namespace

TEST_CASE("the claim in words, at its date's precision") {
    Claim claim = expulsion();
    CHECK(claim_sentence(claim, "AMPAS", "Harvey Weinstein") == "AMPAS expelled Harvey Weinstein on 14 October 2017");
    claim.date = parse_date("2017-10").value();
    CHECK(claim_sentence(claim, "AMPAS", "Harvey Weinstein") == "AMPAS expelled Harvey Weinstein in October 2017");
    claim.type = "charge";
    claim.negated = true;
    claim.date = parse_date("2017-10-16").value();
    CHECK(claim_sentence(claim, "Police", "Harvey Weinstein") == "As of 16 October 2017, Harvey Weinstein had not been charged");
}

TEST_CASE("claimReviewed stays under 75 characters where an alias allows, renaming as few parties as it can") {
    Claim claim = expulsion();
    ClaimNames names{{"Academy of Motion Picture Arts and Sciences", "the Academy", "AMPAS"},
                     {"Harvey Weinstein", "Weinstein"}};
    CHECK(short_claim_sentence(claim, names) == "AMPAS expelled Harvey Weinstein on 14 October 2017");
    CHECK(short_claim_sentence(claim, {}) ==
          "Academy of Motion Picture Arts and Sciences expelled Harvey Weinstein on 14 October 2017");
}

TEST_CASE("the rating words: not found is never a falsity, less on record is said") {
    CheckResult result;
    result.verdict = "not_found";
    CHECK(rating_words(result) == "Not found in the record (not evidence that it did not happen)");
    result.verdict = "supported";
    result.holds_less = {"started, not completed"};
    CHECK(rating_words(result) == "Supported; the record holds less: started, not completed");
    Evidence candidate;
    candidate.bearing = "supports";
    candidate.event.unreviewed = true;
    result.evidence.push_back(candidate);
    CHECK(rating_words(result) == "Supported; the record holds less: started, not completed (rests on unreviewed candidates)");

    ClaimReviewPage page;
    page.url = "https://e.org/r";
    page.organization = "Desk";
    page.date = "2017-10-21";
    std::ostringstream out;
    write_claimreview(out, expulsion(), result, page, {});
    CHECK(out.str().find("\"ratingValue\": 4") != std::string::npos);
    result.verdict = "not_found";
    std::ostringstream unrated;
    write_claimreview(unrated, expulsion(), result, page, {});
    CHECK(unrated.str().find("ratingValue") == std::string::npos);
}
