import Foundation

extension TimingAnalysis {
    /// The columns of `pinsTable()`, as OpenSTA's label pipeline (`sta_dump_labels.tcl`)
    /// writes them.
    public static let pinsTableColumns = ["pin", "kind", "cell", "level", "is_endpoint",
                                          "at_r_max", "at_f_max", "at_r_min", "at_f_min", "rat_r_max", "rat_f_max",
                                          "slack_r_max", "slack_f_max", "slack_r_min", "slack_f_min", "slew_r_max", "slew_f_max"]

    /// The name of a node as timing reports write it: the port, or `instance/pin`. - Complexity: O(name)
    public func name(of node: Int) -> String { Self.name(of: node, graph: graph, netlist: context.netlist) }

    /// The name of `node` of `graph`, the timing graph of `netlist`. - Complexity: O(name)
    public static func name(of node: Int, graph: TimingGraph, netlist: CellNetlist) -> String {
        node < graph.portCount ? netlist.ports[node].name : netlist.pinPath(node - graph.portCount)
    }

    /// One row per port and per pin of a library cell (power pins left out), tab-separated
    /// with a header: arrivals, required times, slacks and slews in ps with three decimals,
    /// `NA` where nothing arrives or nothing is required. - Complexity: O(nodes × tags)
    public func pinsTable() -> String {
        let ps = context.library.units.time / 1e-12
        return Self.pinsTable(graph: graph, netlist: context.netlist, library: context.library, endpoints: Set(endpoints)) { node in
            [arrival(node, .rise, .max), arrival(node, .fall, .max), arrival(node, .rise, .min), arrival(node, .fall, .min),
             required(node, .rise, .max), required(node, .fall, .max),
             slack(node, .rise, .max), slack(node, .fall, .max), slack(node, .rise, .min), slack(node, .fall, .min),
             slew(node, .rise, .max), slew(node, .fall, .max)].map { $0.map { $0 * ps } }
        }
    }

    /// The `pinsTable()` text of any timing of `graph`: `values(node)` gives the twelve time
    /// columns from `at_r_max` on, in ps, `nil` for `NA`. - Complexity: O(nodes × the cost of `values`)
    public static func pinsTable(graph: TimingGraph, netlist: CellNetlist, library: LibertyLibrary, endpoints: Set<Int>,
                                 values: (Int) -> [Double?]) -> String {
        func format(_ value: Double?) -> String { value.map(threeDecimals) ?? "NA" }
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
            let cell = node < graph.portCount ? "-" : library.cells[Int(graph.libraryCell[node])].name
            var fields = [name(of: node, graph: graph, netlist: netlist), kind, cell, String(graph.levels[node]), endpoints.contains(node) ? "1" : "0"]
            fields += values(node).map(format)
            lines.append(fields.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with three decimals, exactly as `String(format: "%.3f", value)` writes it,
    /// without Foundation's formatting machinery except near a rounding tie (or for huge or
    /// non-finite values), where the exact decimal expansion decides. - Complexity: O(digits)
    static func threeDecimals(_ value: Double) -> String {
        let scaled = value * 1000, rounded = scaled.rounded(.toNearestOrEven)
        // `scaled` is within half an ulp of the exact product: away from a tie it rounds alike.
        guard abs(scaled) < 1e15, abs(abs(scaled - rounded) - 0.5) > max(1e-6, 4 * scaled.ulp) else { return String(format: "%.3f", value) }
        let thousandths = Int64(abs(rounded)), fraction = Int(thousandths % 1000)
        let digits = [fraction / 100, fraction / 10 % 10, fraction % 10].map { Character(Unicode.Scalar(UInt8(48 + $0))) }
        return (value.sign == .minus ? "-" : "") + String(thousandths / 1000) + "." + String(digits)
    }
}
