import Foundation

/// CircuitGCL's label normalisation and classes: capacitances are learned as `log10` of fF
/// (floored at `floor`, so a 0 fF coupling stays finite), and put in five log-scale classes by
/// half-decades from 1 fF: below 1 fF, 1–3.16, 3.16–10, 10–31.6, and 31.6 fF or more; the
/// last holds the long, rare nets.
public enum CapacitanceScale {
    /// The smallest capacitance told apart (fF).
    public static let floor: Float = 1e-3
    /// The class bounds (fF), ascending.
    public static let classBounds: [Float] = [1, 3.162_277_7, 10, 31.622_776]
    /// The number of classes.
    public static var classCount: Int { classBounds.count + 1 }

    /// `log10(max(fF, floor))`. - Complexity: O(1)
    public static func normalized(_ femtofarads: Float) -> Float { log10(max(femtofarads, floor)) }

    /// The largest capacitance a prediction may give (fF): 10 pF, far beyond any net of a
    /// standard-cell block, so an untrained head cannot overflow.
    public static let ceiling: Float = 1e4

    /// The capacitance (fF) of a normalised value, within `floor ... ceiling`. - Complexity: O(1)
    public static func femtofarads(_ normalized: Float) -> Float { pow(10, min(max(normalized, log10(floor)), log10(ceiling))) }

    /// The class of a capacitance (fF). - Complexity: O(classes)
    public static func classIndex(_ femtofarads: Float) -> Int { classBounds.firstIndex { femtofarads < $0 } ?? classBounds.count }
}
