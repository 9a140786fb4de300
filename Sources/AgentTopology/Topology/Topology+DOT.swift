import Foundation
import GraphCore

extension Topology {
    /// DOT text of a designed topology: the agents in speaking order, each chosen edge drawn
    /// with a width growing with its probability (labelled with it), and the task node as a
    /// shaded box linked to every agent by dotted lines.
    /// - Precondition: `probabilities` is `N × N` and there is one name per agent.
    /// - Complexity: O(N + edges)
    public func dot(probabilities: Matrix, agentNames: [String], task: String) -> String {
        precondition(agentNames.count == agentCount && probabilities.rows == agentCount, "one name and one probability row per agent")
        var lines = ["digraph topology {", "  rankdir=LR;", "  node [shape=ellipse, fontname=Helvetica];",
                     "  task [label=\(DOTWriter.quoted("task: " + task)), shape=box, style=filled, fillcolor=\"#fde68a\"];"]
        for i in 0 ..< agentCount { lines.append("  a\(i) [label=\(DOTWriter.quoted(agentNames[i]))];") }
        for i in 0 ..< agentCount { lines.append("  task -> a\(i) [style=dotted, arrowhead=none, color=\"#9ca3af\"];") }
        for e in edges {
            let p = Double(probabilities[e.source, e.target])
            lines.append(String(format: "  a%d -> a%d [penwidth=%.2f, label=\"%.2f\"];", e.source, e.target, 0.5 + 4 * p, p))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
