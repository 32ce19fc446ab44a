// Event triggers as vocabulary data (graph/vocabulary.hpp, importers/event_triggers.hpp): the triggers
// of a type a database adds are found in text like the built-in ones, and a malformed one is refused.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/vocabulary.hpp"
#include "importers/article_tokens.hpp"
#include "importers/event_triggers.hpp"

using namespace allegraph;

namespace {

EventTypeDefinition censure(std::string pattern) {
    EventTypeDefinition t;
    t.id = kFirstAddedId;
    t.word = "censure";
    t.category = "response";
    t.label = "Censure";
    t.roles = {"actor", "subject"};
    t.required = {"subject"};
    TriggerDefinition trigger;
    trigger.pattern = std::move(pattern);
    trigger.status = "completed";
    trigger.institution_agent = true;
    t.triggers.push_back(std::move(trigger));
    return t;
}

std::vector<std::string> types_in(const std::string& text, const Vocabulary& vocabulary) {
    std::vector<std::string> out;
    for (const auto& m : find_triggers(tokenize(text, 0, text.size()), vocabulary)) out.emplace_back(m.trigger->type);
    return out;
}

}  // namespace

TEST_CASE("a trigger of an event type a database added is found in a sentence") {
    Vocabulary vocabulary = builtin_vocabulary();
    REQUIRE(vocabulary.add_event_type(censure("censure|censured|censures")));
    std::string text = "The Senate censured the senator on Tuesday.";
    auto tokens = tokenize(text, 0, text.size());
    auto matches = find_triggers(tokens, vocabulary);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].trigger->type == "censure");
    CHECK(matches[0].trigger->definition->id == kFirstAddedId);
    CHECK(matches[0].trigger->institution_agent);
    CHECK(tokens[matches[0].head].lower == "censured");
    CHECK(types_in(text, builtin_vocabulary()).empty());
    CHECK(types_in("The Senate censured and suspended him.", vocabulary) == std::vector<std::string>{"censure", "suspension"});
}

TEST_CASE("of triggers that match the same words, the one of higher precedence wins") {
    // "found … guilty" (a conviction) also matches "found … not guilty" (an acquittal, precedence 1)
    CHECK(types_in("The jury found him not guilty.", builtin_vocabulary()) == std::vector<std::string>{"acquittal"});
    CHECK(types_in("The jury found him guilty.", builtin_vocabulary()) == std::vector<std::string>{"conviction"});
}

TEST_CASE("check_event_type refuses a malformed trigger") {
    const Vocabulary& vocabulary = builtin_vocabulary();
    CHECK(vocabulary.check_event_type(censure("censured|reprimanded ~3 by the? senate")));
    auto refused = [&](const EventTypeDefinition& type) {
        auto checked = vocabulary.check_event_type(type);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().field == "triggers");
    };
    for (const char* pattern : {"", "censured  by", "~2 censured", "censured ~0", "censured ~100", "Censured", "censured|",
                                "censured ?", "censured "})
        refused(censure(pattern));
    auto frame = censure("censured");
    frame.triggers[0].frame = "adjective";
    refused(frame);
    auto status = censure("censured");
    status.triggers[0].status = "finished";
    refused(status);
    auto prep = censure("censured");
    prep.triggers[0].patient_prep = "on||against";
    refused(prep);
}
