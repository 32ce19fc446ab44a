#include "graph/vocabulary.hpp"

#include <algorithm>
#include <utility>

namespace allegraph {
namespace {

struct TypeCategory {
    std::string_view type;
    std::string_view category;
};

const std::vector<TypeCategory>& type_categories() {
    static const std::vector<TypeCategory> table = {
        {"allegation", "allegation"},
        {"denial", "response"},        {"apology", "response"},
        {"expulsion", "response"},     {"suspension", "response"},
        {"termination_proceedings", "response"},
        {"termination", "response"},   {"revocation", "response"},
        {"resignation", "response"},   {"firing", "response"},
        {"investigation", "response"}, {"task_force", "response"},
        {"policy_change", "response"}, {"vote", "response"},
        {"settlement", "legal"},       {"complaint", "legal"},
        {"charge", "legal"},           {"arrest", "legal"},
        {"trial", "legal"},            {"conviction", "legal"},
        {"acquittal", "legal"},        {"sentence", "legal"},
        {"report", "media"},           {"statement", "media"},
        {"interview", "media"},
        {"campaign_launch", "campaign"}, {"campaign_post", "campaign"},
        {"divorce_filing", "personal"},  {"separation", "personal"},
    };
    return table;
}

}  // namespace

const std::vector<std::string_view>& entity_kinds() {
    static const std::vector<std::string_view> v = {"person", "organization", "work", "campaign", "group"};
    return v;
}

const std::vector<std::string_view>& organization_categories() {
    static const std::vector<std::string_view> v = {"academy", "guild",  "honour",   "police",  "prosecutor", "court",
                                                    "media",   "platform", "company", "government", "other"};
    return v;
}

const std::vector<std::string_view>& event_types() {
    static const std::vector<std::string_view> v = [] {
        std::vector<std::string_view> types;
        for (const auto& row : type_categories()) types.push_back(row.type);
        return types;
    }();
    return v;
}

const std::vector<std::string_view>& event_categories() {
    static const std::vector<std::string_view> v = {"allegation", "response", "legal", "media", "campaign", "personal"};
    return v;
}

std::optional<std::string_view> category_of(std::string_view event_type) {
    for (const auto& row : type_categories())
        if (row.type == event_type) return row.category;
    return std::nullopt;
}

const std::vector<std::string_view>& roles() {
    static const std::vector<std::string_view> v = {"actor",        "subject",   "object",    "accuser",    "accused",
                                                    "investigator", "publisher", "initiator", "participant"};
    return v;
}

const std::vector<std::string_view>& statuses() {
    static const std::vector<std::string_view> v = {"started", "pending", "completed"};
    return v;
}

const std::vector<std::string_view>& link_types() {
    static const std::vector<std::string_view> v = {"responds_to", "part_of", "follows_up"};
    return v;
}

const std::vector<std::string_view>& relation_types() {
    static const std::vector<std::string_view> v = {"spouse_of",  "friend_of",    "co_star_of",  "colleague_of", "member_of",
                                                    "employee_of", "recipient_of", "founder_of", "represents"};
    return v;
}

const std::vector<std::string_view>& allegation_natures() {
    static const std::vector<std::string_view> v = {"rape", "assault", "harassment", "misconduct"};
    return v;
}

bool is_symmetric_relation(std::string_view relation_type) {
    return relation_type == "spouse_of" || relation_type == "friend_of" || relation_type == "co_star_of" ||
           relation_type == "colleague_of";
}

bool in_vocabulary(const std::vector<std::string_view>& vocabulary, std::string_view word) {
    return std::find(vocabulary.begin(), vocabulary.end(), word) != vocabulary.end();
}

std::string join_vocabulary(const std::vector<std::string_view>& vocabulary) {
    std::string out;
    for (auto word : vocabulary) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

}  // namespace allegraph
