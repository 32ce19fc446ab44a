#include "queries/neighbourhood.hpp"

#include <algorithm>
#include <map>

namespace allegraph {
namespace {

bool wanted(const GraphView& view, const Step& step, const std::vector<std::string>& types) {
    if (types.empty()) return true;
    std::string_view type = step.event ? view.graph()[*step.event].type : step.relation_type;
    return std::find(types.begin(), types.end(), type) != types.end();
}

}  // namespace

std::vector<Neighbour> neighbourhood(Store& store, const GraphView& view, Vertex center,
                                     const NeighbourhoodOptions& options, const QueryScope& scope,
                                     const Privacy& privacy) {
    std::map<Vertex, std::size_t> depth{{center, 0}};
    std::map<Vertex, std::vector<Step>> reached_by;
    std::vector<Vertex> ring{center};
    for (std::size_t d = 1; d <= options.depth && !ring.empty(); ++d) {
        std::vector<Vertex> next;
        for (Vertex u : ring) {
            if (u != center && is_hub(view, u, options.hubs)) continue;
            for (Step& step : steps_from(view, u)) {
                if (!wanted(view, step, options.types)) continue;
                auto [at, inserted] = depth.emplace(step.to, d);
                if (inserted) next.push_back(step.to);
                if (at->second == d) reached_by[step.to].push_back(std::move(step));
            }
        }
        ring = std::move(next);
    }
    std::vector<Neighbour> out;
    for (auto& [vertex, steps] : reached_by)
        out.push_back(
            {entity_ref(store, view, vertex, privacy), depth[vertex], describe_steps(store, view, steps, scope, privacy)});
    std::sort(out.begin(), out.end(), [](const Neighbour& a, const Neighbour& b) {
        return a.depth != b.depth ? a.depth < b.depth : a.entity.name < b.entity.name;
    });
    return out;
}

}  // namespace allegraph
