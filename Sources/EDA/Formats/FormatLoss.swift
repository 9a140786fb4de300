/// What writing an AIG in a format would lose, counted: the parts of AIGER 1.9 that a BLIF,
/// bench or Verilog file cannot hold. Writers refuse a lossy write unless the caller allows
/// each kind of loss by name, and report what they dropped with this value.
///
/// ```swift
/// let loss = FormatLoss(writing: aig, as: .bench)
/// if !loss.isEmpty { print("bench would drop \(loss)") }
/// ```
public struct FormatLoss: Equatable, Sendable, CustomStringConvertible {
    /// A kind of information that a format may be allowed to drop.
    public enum Kind: String, CaseIterable, Sendable, Comparable {
        /// AIGER's bad-state, invariant-constraint, justice and fairness sections (and their
        /// symbols): BLIF, bench and Verilog have no property sections.
        case properties
        /// The initial value "uninitialised" of latches: bench flip-flops always start at 0, so
        /// such latches are written as starting at 0.
        case latchInit = "latch-init"

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// The format the counts are for.
    public let format: CircuitFile.Format
    /// Bad-state properties (AIGER `B`) the format cannot hold.
    public var badProperties = 0
    /// Invariant constraints (AIGER `C`) the format cannot hold.
    public var constraints = 0
    /// Justice properties (AIGER `J`) the format cannot hold.
    public var justiceProperties = 0
    /// Fairness constraints (AIGER `F`) the format cannot hold.
    public var fairnessConstraints = 0
    /// Uninitialised latches the format would start at 0.
    public var uninitializedLatches = 0

    /// What writing `aig` as `format` loses; empty for AIGER, which holds everything.
    /// - Complexity: O(L)
    public init(writing aig: AIG, as format: CircuitFile.Format) {
        self.format = format
        guard format != .aiger else { return }
        badProperties = aig.bad.count
        constraints = aig.constraints.count
        justiceProperties = aig.justice.count
        fairnessConstraints = aig.fairness.count
        if format == .bench { uninitializedLatches = aig.latchReset.filter { $0 == .uninitialized }.count }
    }

    /// The kinds of information lost, in name order. - Complexity: O(1)
    public var kinds: [Kind] {
        var kinds: [Kind] = []
        if uninitializedLatches > 0 { kinds.append(.latchInit) }
        if badProperties + constraints + justiceProperties + fairnessConstraints > 0 { kinds.append(.properties) }
        return kinds
    }

    /// Whether nothing is lost. - Complexity: O(1)
    public var isEmpty: Bool { kinds.isEmpty }

    /// The part of this loss whose kind is in `allowed`. - Complexity: O(1)
    public func restricted(to allowed: Set<Kind>) -> FormatLoss {
        var part = self
        if !allowed.contains(.properties) {
            (part.badProperties, part.constraints, part.justiceProperties, part.fairnessConstraints) = (0, 0, 0, 0)
        }
        if !allowed.contains(.latchInit) { part.uninitializedLatches = 0 }
        return part
    }

    /// The loss in words, e.g. "2 bad-state properties (bench has no property sections) and
    /// 1 uninitialised latch (bench flip-flops start at 0)"; "nothing" when empty.
    public var description: String {
        let name = FormatLoss.formatName(format)
        var parts: [String] = []
        let properties = [(badProperties, "bad-state property", "bad-state properties"),
                          (constraints, "invariant constraint", "invariant constraints"),
                          (justiceProperties, "justice property", "justice properties"),
                          (fairnessConstraints, "fairness constraint", "fairness constraints")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        if !properties.isEmpty {
            parts.append(FormatLoss.list(properties) + " (\(name) has no property sections)")
        }
        if uninitializedLatches > 0 {
            parts.append("\(uninitializedLatches) uninitialised latch\(uninitializedLatches == 1 ? "" : "es") (\(name) flip-flops start at 0)")
        }
        return parts.isEmpty ? "nothing" : FormatLoss.list(parts)
    }

    /// The name a user knows the format by. - Complexity: O(1)
    static func formatName(_ format: CircuitFile.Format) -> String {
        switch format {
        case .aiger: return "AIGER"
        case .blif: return "BLIF"
        case .bench: return "bench"
        case .verilog: return "Verilog"
        }
    }

    /// "a", "a and b", "a, b and c". - Complexity: O(n)
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
