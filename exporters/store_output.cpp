#include "exporters/store_output.hpp"

#include <iomanip>

#include "exporters/json_writer.hpp"

namespace allegraph {

using json::key;
using json::str;
using json::Writer;

void write_init_text(std::ostream& out, const InitializedStore& store) {
    if (store.created)
        out << "initialized a " << store.engine << " store at " << store.address << " (schema " << store.schema_version << ")\n";
    else
        out << store.address << " already holds an allegraph store (schema " << store.schema_version << ")\n";
}

void write_init_json(std::ostream& out, const InitializedStore& store) {
    json::document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "store", store.address);
        str(w, "engine", store.engine);
        key(w, "schema_version");
        w.Int(store.schema_version);
        key(w, "created");
        w.Bool(store.created);
        w.EndObject();
    });
}

void write_copy_text(std::ostream& out, const std::string& from, const std::string& to,
                     const std::vector<CopiedTable>& tables) {
    out << "copied " << from << " to " << to << ":\n";
    for (const auto& table : tables) out << "  " << std::left << std::setw(18) << table.table << table.rows << '\n';
}

void write_copy_json(std::ostream& out, const std::string& from, const std::string& to,
                     const std::vector<CopiedTable>& tables) {
    json::document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "from", from);
        str(w, "to", to);
        key(w, "tables");
        w.StartArray();
        for (const auto& table : tables) {
            w.StartObject();
            str(w, "table", table.table);
            key(w, "rows");
            w.Int64(table.rows);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
