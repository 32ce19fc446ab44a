#include "exporters/neo4j_import.hpp"

namespace allegraph {
namespace {

// A field: empty and unquoted when absent (no property), else quoted with quotes doubled.
std::string field(std::string_view value) {
    if (value.empty()) return "";
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string boolean(bool value) { return value ? "true" : "false"; }

// "campaign_post" → "CAMPAIGN_POST": Neo4j's convention for relationship types.
std::string capitals(std::string_view word) {
    std::string out(word);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) c = '_';
    return out;
}

// "organization" → "Organization": a node label.
std::string label_word(std::string_view word) {
    std::string out(word);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string day(const std::optional<Date>& date, bool low) {
    if (!date || (low ? date->open_start() : date->open_end())) return "";
    return iso_day(low ? date->lo : date->hi);
}

void line(std::ostream& out, std::initializer_list<std::string> fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out << ',';
        out << f;
        first = false;
    }
    out << '\n';
}

constexpr const char* kReadme = R"(allegraph export for Neo4j 5: neo4j-admin database import full

Files (UTF-8, comma-separated, values in double quotes with quotes doubled, a header row each):
  entities.csv   nodes :Entity (and :Person, :Organization, :Work, :Campaign, :Group; :Redacted for a
                 private person shown without a name), id space Entity
  events.csv     nodes :Event (and the category: :Allegation, :Response, :Legal, :Media, :Campaign,
                 :Personal; the marks :Unreviewed, :Unsupported, :Negated), id space Event
  roles.csv      (:Entity)-[:ACTOR|SUBJECT|ACCUSER|...]->(:Event), with the event's marks
  relations.csv  (:Entity)-[:SPOUSE_OF|CO_STAR_OF|...]->(:Entity); CONTEXT edges lead from each end of
                 a relation to the work or setting it is about (property relation)
  links.csv      (:Event)-[:RESPONDS_TO|PART_OF|FOLLOWS_UP]->(:Event)

Import into a database that does not exist yet (here "allegraph"), from this folder:

  neo4j-admin database import full allegraph --nodes=entities.csv --nodes=events.csv --relationships=roles.csv --relationships=relations.csv --relationships=links.csv --multiline-fields=true --delimiter="," --array-delimiter=";" --quote="\""

then, in cypher-shell or the Browser (system database): CREATE DATABASE allegraph
On Community Edition, which has one database: stop Neo4j and import into the default one,
  neo4j-admin database import full neo4j --overwrite-destination=true (and the same options).

--multiline-fields=true: summaries and quotes may hold line breaks. Dates are Neo4j dates
(date_lo, date_hi: the first and last day the source's date allows; date keeps the EDTF text:
2017-10, ../2017-10-16). An absent value is an empty field and sets no property.
)";

class Neo4jWriter : public GraphFormatWriter {
public:
    explicit Neo4jWriter(const std::function<std::ostream&(const std::string&)>& file)
        : entities_(file("entities.csv")),
          events_(file("events.csv")),
          roles_(file("roles.csv")),
          relations_(file("relations.csv")),
          links_(file("links.csv")),
          readme_(file("README.txt")) {}

    void begin() override {
        entities_ << "id:ID(Entity),:LABEL,name,kind,category,redacted:boolean,unsupported:boolean,citations:long,"
                     "first_source\n";
        events_ << "id:ID(Event),:LABEL,label,type,category,date,date_lo:date,date_hi:date,status,due,due_lo:date,"
                   "due_hi:date,nature,summary,negated:boolean,unreviewed:boolean,unsupported:boolean,citations:long,"
                   "first_source\n";
        roles_ << ":START_ID(Entity),:END_ID(Event),:TYPE,date,date_lo:date,date_hi:date,status,negated:boolean,"
                  "unreviewed:boolean,unsupported:boolean,citations:long,first_source\n";
        relations_ << ":START_ID(Entity),:END_ID(Entity),:TYPE,relation,date,date_lo:date,date_hi:date,"
                      "unsupported:boolean,citations:long,first_source\n";
        links_ << ":START_ID(Event),:END_ID(Event),:TYPE\n";
    }

    void node(const NodeRow& n) override {
        if (!n.is_event) {
            std::string labels = "Entity;" + label_word(n.kind) + (n.redacted ? ";Redacted" : "");
            line(entities_, {field(n.id), field(labels), field(n.label), field(n.kind), field(n.category),
                             boolean(n.redacted), boolean(n.unsupported), std::to_string(n.citations),
                             field(n.first_source)});
            return;
        }
        std::string labels = "Event;" + label_word(n.category);
        if (n.unreviewed) labels += ";Unreviewed";
        if (n.unsupported) labels += ";Unsupported";
        if (n.negated) labels += ";Negated";
        line(events_, {field(n.id), field(labels), field(n.label), field(n.type), field(n.category),
                       field(n.date ? n.date->text : ""), day(n.date, true), day(n.date, false), field(n.status),
                       field(n.due ? n.due->text : ""), day(n.due, true), day(n.due, false), field(n.nature),
                       field(n.summary), boolean(n.negated), boolean(n.unreviewed), boolean(n.unsupported),
                       std::to_string(n.citations), field(n.first_source)});
    }

    void edge(const EdgeRow& e) override {
        if (e.kind == "role") {
            line(roles_, {field(e.source), field(e.target), field(capitals(e.type)), field(e.date ? e.date->text : ""),
                          day(e.date, true), day(e.date, false), field(e.status), boolean(e.negated),
                          boolean(e.unreviewed), boolean(e.unsupported), std::to_string(e.citations),
                          field(e.first_source)});
        } else if (e.kind == "link") {
            line(links_, {field(e.source), field(e.target), field(capitals(e.type))});
        } else {  // a relation, or a relation's context
            bool context = e.kind == "context";
            line(relations_, {field(e.source), field(e.target), field(context ? "CONTEXT" : capitals(e.type)),
                              field(e.type), field(e.date ? e.date->text : ""), day(e.date, true), day(e.date, false),
                              boolean(e.unsupported), std::to_string(e.citations), field(e.first_source)});
        }
    }

    void end() override { readme_ << kReadme; }

private:
    std::ostream &entities_, &events_, &roles_, &relations_, &links_, &readme_;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_neo4j_writer(const std::function<std::ostream&(const std::string&)>& file) {
    return std::make_unique<Neo4jWriter>(file);
}

}  // namespace allegraph
