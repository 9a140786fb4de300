/// Coupled pairs as CircuitGCL poses them: which pairs of pin and net nodes couple by at least
/// `threshold` (link prediction), and by how much (regression on the true pairs).
public enum ParasiticCoupling {
    /// The capacitance above which a pair counts as coupled (fF).
    public static let threshold: Float = 0.1

    /// `pin-pin`, `net-net` or `pin-net` (in that order of kinds). - Complexity: O(1)
    public static func kindName(_ graph: ParasiticGraph, _ pair: ParasiticTargets.Coupling) -> String {
        kindName(graph.kind(of: Int(pair.first)), graph.kind(of: Int(pair.second)))
    }

    /// The name of a pair of node kinds. - Complexity: O(1)
    public static func kindName(_ a: ParasiticGraph.NodeKind, _ b: ParasiticGraph.NodeKind) -> String {
        a == b ? "\(a)-\(b)" : "pin-net"
    }
}
