#include "queries/graph_steps.hpp"

namespace allegraph {

std::vector<Step> steps_from(const GraphView& view, Vertex from) {
    const Graph& g = view.graph();
    std::vector<Step> relations, events;
    for (auto [e, end] = boost::out_edges(from, g); e != end; ++e) {
        const EdgeProps& edge = g[*e];
        Vertex target = boost::target(*e, g);
        if (edge.kind == EdgeKind::relation) {
            relations.push_back({from, target, std::nullopt, "", "", edge.relation, view.edge_type(edge), false});
        } else if (edge.kind == EdgeKind::role) {
            for (auto [in, in_end] = boost::in_edges(target, g); in != in_end; ++in) {
                Vertex other = boost::source(*in, g);
                if (other == from || g[*in].kind != EdgeKind::role) continue;
                events.push_back({from, other, target, view.edge_type(edge), view.edge_type(g[*in]), 0, "", false});
            }
        }
    }
    for (auto [e, end] = boost::in_edges(from, g); e != end; ++e)
        if (g[*e].kind == EdgeKind::relation)
            relations.push_back({from, boost::source(*e, g), std::nullopt, "", "", g[*e].relation, view.edge_type(g[*e]),
                                 !g[*e].symmetric});
    relations.insert(relations.end(), events.begin(), events.end());
    return relations;
}

bool is_hub(const GraphView& view, Vertex v, const HubPolicy& policy) {
    if (policy.through_hubs) return false;
    if (view.graph()[v].is_hub) return true;
    return policy.max_degree > 0 && steps_from(view, v).size() > policy.max_degree;
}

std::vector<Vertex> within_steps(const GraphView& view, Vertex center, std::size_t depth, const HubPolicy& policy) {
    std::vector<Vertex> reached{center};
    std::vector<bool> seen(boost::num_vertices(view.graph()), false);
    seen[center] = true;
    std::size_t ring_start = 0;
    for (std::size_t d = 0; d < depth; ++d) {
        std::size_t ring_end = reached.size();
        for (std::size_t i = ring_start; i < ring_end; ++i) {
            if (reached[i] != center && is_hub(view, reached[i], policy)) continue;
            for (const Step& step : steps_from(view, reached[i]))
                if (!seen[step.to]) {
                    seen[step.to] = true;
                    reached.push_back(step.to);
                }
        }
        ring_start = ring_end;
    }
    return reached;
}

std::string describe(const HubPolicy& policy) {
    if (policy.through_hubs) return "walks pass through every entity";
    std::string out = "walks do not pass through platforms, news media or campaigns";
    if (policy.max_degree > 0) out += ", nor through entities with more than " + std::to_string(policy.max_degree) + " connections";
    return out + " (--through-hubs to allow)";
}

}  // namespace allegraph
