// GraphWriter's lookups for the article importer: which stored source holds a text,
// which stored names contain a proposed one, and what an editor already rejected.
#include "graph/sql/writer_statements.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

std::string like_pattern(const std::string& key) {
    std::string out = "%";
    for (char c : key) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// True when `inner` occurs in `outer` as whole words.
bool holds_words(const std::string& outer, const std::string& inner) {
    for (std::size_t at = outer.find(inner); at != std::string::npos; at = outer.find(inner, at + 1)) {
        bool starts = at == 0 || outer[at - 1] == ' ';
        std::size_t end = at + inner.size();
        bool ends = end == outer.size() || outer[end] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> GraphWriter::source_with_text(std::string_view sha256) {
    sql::Statement find(sql_->db, "SELECT text_id FROM sources WHERE sha256 = ? AND body IS NOT NULL ORDER BY id LIMIT 1");
    find.bind(1, std::string(sha256));
    if (!find.executeStep()) return std::nullopt;
    return find.getColumn(0).getString();
}

Result<void> GraphWriter::link_entity_id(std::string_view id, std::string_view existing) {
    auto key = visible_entity_key(existing);
    if (!key) return Error{"unknown entity id " + in_quotes(existing)};
    if (auto free = check_id_free(id, "entity"); !free) return free.error();
    recorder_.before_change(FactKind::entity, *key);
    sql::Statement redirect(sql_->db, "INSERT INTO entity_redirects(text_id, entity) VALUES (?, ?)");
    redirect.bind(1, std::string(id));
    redirect.bind(2, *key);
    redirect.exec();
    return {};
}

std::optional<std::int64_t> GraphWriter::same_document(const Source& source, const IdOwners& owners) {
    if (owners.source) return std::nullopt;  // a source record of its own: updated in place
    if (owners.merged_source) return owners.merged_source;
    if (!source.text) return std::nullopt;
    sql::Statement same(sql_->db, "SELECT id FROM sources WHERE sha256 = ? AND body IS NOT NULL ORDER BY id LIMIT 1");
    same.bind(1, source.text_sha256);
    if (!same.executeStep()) return std::nullopt;
    std::int64_t key = same.getColumn(0).getInt64();
    recorder_.before_change(FactKind::source, key);
    sql::Statement redirect(sql_->db, "INSERT INTO source_redirects(text_id, source) VALUES (?, ?)");
    redirect.bind(1, source.id);
    redirect.bind(2, key);
    redirect.exec();
    return key;
}

std::vector<GraphWriter::NamedEntity> GraphWriter::entities_containing(std::string_view name) {
    std::string key = fold_key(name);
    sql::Statement find(sql_->db, R"(SELECT text_id, kind, name_key, category, id FROM entities
        WHERE name_key LIKE ?1 ESCAPE '\'
        UNION SELECT e.text_id, e.kind, a.alias_key, e.category, e.id FROM aliases a JOIN entities e ON e.id = a.entity
        WHERE a.alias_key LIKE ?1 ESCAPE '\' ORDER BY 1)");
    find.bind(1, like_pattern(key));
    std::vector<NamedEntity> out;
    while (find.executeStep()) {
        std::string longer = find.getColumn(2).getString();
        if (longer == key || !holds_words(longer, key) || !visible(find.getColumn(4).getInt64())) continue;
        std::string id = find.getColumn(0).getString();
        if (out.empty() || out.back().id != id)
            out.push_back({id, find.getColumn(1).getString(), find.getColumn(3).getString()});
    }
    return out;
}

bool GraphWriter::entity_cites_source(std::string_view entity_id, std::string_view source_id) {
    sql::Statement find(sql_->db, R"(SELECT 1 FROM citations c JOIN entities e ON e.id = c.entity
        JOIN sources s ON s.id = c.source WHERE e.text_id = ? AND s.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    find.bind(2, std::string(source_id));
    return find.executeStep();
}

bool GraphWriter::has_events(std::string_view entity_id) {
    sql::Statement find(sql_->db, R"(SELECT 1 FROM participants p JOIN entities e ON e.id = p.entity
        WHERE e.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    return find.executeStep();
}

bool GraphWriter::shares_event(std::string_view entity_id, std::string_view other_id) {
    sql::Statement find(sql_->db, R"(SELECT 1 FROM participants p JOIN entities e ON e.id = p.entity
        JOIN participants q ON q.event = p.event JOIN entities f ON f.id = q.entity
        WHERE e.text_id = ? AND f.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    find.bind(2, std::string(other_id));
    return find.executeStep();
}

std::vector<NamedRecord> GraphWriter::named_records(bool include_private) {
    return load_named_records(store_, include_private);
}

std::optional<EventStatement> GraphWriter::same_fact(const EventStatement& statement, bool with_unreviewed) {
    return same_fact_on_record(store_, statement, with_unreviewed);
}

Result<void> GraphWriter::add_event_citations(std::string_view event_id, const std::vector<Citation>& citations) {
    auto key = event_key(event_id);
    if (!key) return Error{"unknown event id \"" + std::string(event_id) + "\""};
    recorder_.before_change(FactKind::event, *key);
    return put_citations(Owner::event, *key, citations);
}

bool GraphWriter::rejected_candidate(std::string_view source_id, std::string_view quote, std::string_view type) {
    sql::Statement find(sql_->db, R"(SELECT 1 FROM events ev JOIN citations c ON c.event = ev.id
        JOIN sources s ON s.id = c.source
        WHERE ev.review = 'rejected' AND ev.type = ? AND s.text_id = ? AND c.quote = ? LIMIT 1)");
    find.bind(1, std::string(type));
    find.bind(2, std::string(source_id));
    find.bind(3, std::string(quote));
    return find.executeStep();
}

}  // namespace allegraph
