#include "cli/correction_output.hpp"

#include <iostream>

#include "exporters/history_output.hpp"
#include "queries/history.hpp"

namespace allegraph::cli {

int report_correction(const GlobalOptions& global, Store& store, const std::string& verb,
                      const Result<CorrectionReport>& done, FieldOptions options) {
    if (!done) throw Failure{kBadInput, said_with_options(done.error(), options)};
    const CorrectionReport& report = done.value();
    Privacy privacy(store, global.include_private);
    std::vector<ChangeEntry> changes;
    if (report.change)
        if (auto entry = change_entry(store, report.change, privacy)) changes.push_back(std::move(*entry));
    if (global.json) {
        write_history_json(std::cout, changes);
    } else if (changes.empty()) {
        std::cout << "nothing changed: the values given are those already stored\n";
    } else {
        std::cout << verb << " (change #" << report.change << ")\n";
        write_history_text(std::cout, changes);
    }
    return changes.empty() ? kNothingFound : kFound;
}

}  // namespace allegraph::cli
