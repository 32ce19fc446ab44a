#include <doctest/doctest.h>

#include "graph/store.hpp"
#include "queries/privacy.hpp"

using namespace allegraph;

namespace {

std::unique_ptr<Store> store_with_private_person() {
    auto store = Store::open_in_memory();
    store->db().exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public)
                        VALUES ('person:p', 'person', 'Dana Doe', 'dana doe', 0),
                               ('person:q', 'person', 'Public Pat', 'public pat', 1);
                        INSERT INTO aliases(entity, alias, alias_key) VALUES (1, '@dana', '@dana'), (1, 'Doe', 'doe');)");
    return store;
}

}  // namespace

TEST_CASE("private entities become placeholders") {
    auto store = store_with_private_person();
    Privacy privacy(store->db(), false);
    EntityRef hidden = privacy.entity(1, "person:p", "Dana Doe", "person", false);
    CHECK(hidden.redacted);
    CHECK(hidden.name == "[redacted person]");
    CHECK(hidden.id.find("person:p") == std::string::npos);
    EntityRef shown = privacy.entity(2, "person:q", "Public Pat", "person", true);
    CHECK(shown.name == "Public Pat");
}

TEST_CASE("scrub removes private names and aliases from free text, longest first") {
    auto store = store_with_private_person();
    Privacy privacy(store->db(), false);
    CHECK(privacy.scrub("Another, DANA DOE, said so; @dana agreed.") == "Another, [redacted], said so; [redacted] agreed.");
    CHECK(privacy.scrub("Ms Doe wrote") == "Ms [redacted] wrote");
    CHECK(privacy.scrub("Public Pat spoke") == "Public Pat spoke");
}

TEST_CASE("include_private shows everything") {
    auto store = store_with_private_person();
    Privacy privacy(store->db(), true);
    CHECK(privacy.scrub("Dana Doe said") == "Dana Doe said");
    CHECK(privacy.entity(1, "person:p", "Dana Doe", "person", false).name == "Dana Doe");
}
