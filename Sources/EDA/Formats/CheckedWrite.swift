/// What `CircuitFile.writeChecked` wrote and how the file read back compared with the circuit.
public struct CheckedWrite: Equatable, Sendable, CustomStringConvertible {
    /// What the format could not hold and the caller allowed to drop (empty when nothing was).
    public var dropped: FormatLoss
    /// The simulation verdict over what the file holds: never `.notEquivalent`, which is
    /// thrown as `WriteCheckError` instead.
    public var verdict: EquivalenceResult
    /// Outputs compared.
    public var outputs: Int
    /// Latches whose next-state functions and initial values were compared.
    public var latches: Int
    /// Property literals (bad, constraint, justice, fairness) compared; dropped ones are not.
    public var properties: Int

    /// E.g. "equivalent (exhaustive simulation) over 5 outputs and the next states and
    /// initial values of 2 latches".
    public var description: String {
        var compared = ["\(outputs) output\(outputs == 1 ? "" : "s")"]
        if latches > 0 { compared.append("the next states and initial values of \(latches) latch\(latches == 1 ? "" : "es")") }
        if properties > 0 { compared.append("\(properties) propert\(properties == 1 ? "y" : "ies")") }
        return "\(verdict) over " + FormatLoss.list(compared)
    }
}
