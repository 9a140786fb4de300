import EDA
import Foundation

/// What a circuit shows without looking at its logic: its interface (inputs, latches, outputs)
/// and its size. Equivalent circuits share the interface and usually have similar sizes, so the
/// nearest circuit by ``distance(to:)`` is the trivial baseline of ``EquivalenceRetrieval``: an
/// embedding is only worth its cost where it retrieves better than this.
public struct CircuitShape: Sendable, Hashable, Codable {
    /// Primary inputs.
    public var inputs: Int
    /// Latches.
    public var latches: Int
    /// Primary outputs.
    public var outputs: Int
    /// AND gates.
    public var ands: Int

    /// A shape from its counts. - Complexity: O(1)
    public init(inputs: Int, latches: Int = 0, outputs: Int, ands: Int) {
        self.inputs = inputs
        self.latches = latches
        self.outputs = outputs
        self.ands = ands
    }

    /// The shape of `aig`. - Complexity: O(1)
    public init(_ aig: AIG) {
        self.init(inputs: aig.inputs.count, latches: aig.latches.count, outputs: aig.outputs.count, ands: aig.andCount)
    }

    /// Whether `other` has the same numbers of inputs, latches and outputs: circuits that only
    /// their logic can tell apart. - Complexity: O(1)
    public func hasSameInterface(as other: CircuitShape) -> Bool {
        inputs == other.inputs && latches == other.latches && outputs == other.outputs
    }

    /// Euclidean distance between `(inputs, latches, outputs, ln(1 + ANDs))` of the two shapes.
    /// Interface counts differ by whole units, so a different interface almost always weighs
    /// more than a different size; between equal interfaces it is `|ln((1 + a) / (1 + b))|`.
    /// - Complexity: O(1)
    public func distance(to other: CircuitShape) -> Double {
        let d = [Double(inputs - other.inputs), Double(latches - other.latches), Double(outputs - other.outputs),
                 log1p(Double(ands)) - log1p(Double(other.ands))]
        return d.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
