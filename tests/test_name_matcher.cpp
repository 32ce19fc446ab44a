#include <doctest/doctest.h>

#include <random>

#include "queries/name_matcher.hpp"

using namespace allegraph;

namespace {

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

// The obvious quadratic reference: at each position, the longest name starting there.
Spans naive(const std::vector<std::string>& names, const std::string& text) {
    Spans out;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t best = 0;
        for (const auto& name : names)
            if (!name.empty() && text.compare(at, name.size(), name) == 0) best = std::max(best, name.size());
        if (best) {
            out.emplace_back(at, at + best);
            at += best;
        } else {
            ++at;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("names are found leftmost first, longest at each start, without overlap") {
    NameMatcher m({"dana doe", "doe", "dana", "ann", "annabel"});
    CHECK(m.find_all("dana doe and doe") == Spans{{0, 8}, {13, 16}});
    CHECK(m.find_all("annabel and anna") == Spans{{0, 7}, {12, 15}});
    CHECK(m.find_all("nothing here").empty());
    CHECK(NameMatcher({}).empty());
    CHECK(NameMatcher({""}).empty());
}

TEST_CASE("the matcher agrees with the naive search on random texts") {
    std::mt19937 random(7);
    auto word = [&](std::size_t max) {
        std::string w;
        for (std::size_t i = 0, n = 1 + random() % max; i < n; ++i) w += static_cast<char>('a' + random() % 3);
        return w;
    };
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> names;
        for (int i = 0; i < 6; ++i) names.push_back(word(4));
        std::string text = word(40);
        CAPTURE(text);
        CHECK(NameMatcher(names).find_all(text) == naive(names, text));
    }
}
