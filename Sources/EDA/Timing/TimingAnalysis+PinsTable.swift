import Foundation

extension TimingAnalysis {
    /// The columns of `pinsTable()`, as OpenSTA's label pipeline (`sta_dump_labels.tcl`)
    /// writes them.
    public static let pinsTableColumns = ["pin", "kind", "cell", "level", "is_endpoint",
                                          "at_r_max", "at_f_max", "at_r_min", "at_f_min", "rat_r_max", "rat_f_max",
                                          "slack_r_max", "slack_f_max", "slack_r_min", "slack_f_min", "slew_r_max", "slew_f_max"]

    /// The name of a node as timing reports write it: the port, or `instance/pin`. - Complexity: O(name)
    public func name(of node: Int) -> String {
        node < graph.portCount ? context.netlist.ports[node].name : context.netlist.pinPath(node - graph.portCount)
    }

    /// One row per port and per pin of a library cell (power pins left out), tab-separated
    /// with a header: arrivals, required times, slacks and slews in ps with three decimals,
    /// `NA` where nothing arrives or nothing is required. - Complexity: O(nodes × tags)
    public func pinsTable() -> String {
        let ps = context.library.units.time / 1e-12
        func format(_ value: Double?) -> String { value.map { String(format: "%.3f", $0 * ps) } ?? "NA" }
        let graph = self.graph, endpointSet = Set(endpoints)
        var lines = [Self.pinsTableColumns.joined(separator: "\t")]
        for node in 0 ..< graph.nodeCount {
            let kind: String
            switch graph.kinds[node] {
            case .inputPort: kind = "port_input"
            case .outputPort: kind = "port_output"
            case .inoutPort: kind = "port_bidirect"
            case .cellInput: kind = "cell_input"
            case .cellOutput: kind = "cell_output"
            case .cellInout: kind = "cell_bidirect"
            case .cellInternal: kind = "cell_internal"
            case .unmapped: continue
            }
            let cell = node < graph.portCount ? "-" : context.library.cells[Int(graph.libraryCell[node])].name
            var fields = [name(of: node), kind, cell, String(graph.levels[node]), endpointSet.contains(node) ? "1" : "0"]
            fields += [arrival(node, .rise, .max), arrival(node, .fall, .max), arrival(node, .rise, .min), arrival(node, .fall, .min)].map(format)
            fields += [required(node, .rise, .max), required(node, .fall, .max)].map(format)
            fields += [slack(node, .rise, .max), slack(node, .fall, .max), slack(node, .rise, .min), slack(node, .fall, .min)].map(format)
            fields += [slew(node, .rise, .max), slew(node, .fall, .max)].map(format)
            lines.append(fields.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
