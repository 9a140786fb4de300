/// A driver's RC load reduced to a π: capacitance `near` at the driver pin, then `resistance`,
/// then capacitance `far` — the π whose admittance matches the load's first three moments
/// (O'Brien, Savarino, "Modeling the driving-point characteristic of resistive interconnect for
/// accurate delay estimation", ICCAD 1989). Capacitances in library units, the resistance in
/// library time per library capacitance.
public struct PiModel: Equatable, Sendable {
    public var near: Double
    public var resistance: Double
    public var far: Double

    /// The π with these values. - Complexity: O(1)
    public init(near: Double, resistance: Double, far: Double) {
        (self.near, self.resistance, self.far) = (near, resistance, far)
    }

    /// The π of a load whose admittance is `y1·s + y2·s² + y3·s³ + …`: `far = y2²/y3`,
    /// `near = y1 − far`, `resistance = −y3²/y2³`; all capacitance near the driver when the
    /// load is purely capacitive (`y2 = y3 = 0`). - Complexity: O(1)
    public init(moments y1: Double, _ y2: Double, _ y3: Double) {
        if y2 == 0 && y3 == 0 {
            self.init(near: y1, resistance: 0, far: 0)
        } else {
            let far = y2 * y2 / y3
            self.init(near: y1 - far, resistance: -y3 * y3 / (y2 * y2 * y2), far: far)
        }
    }

    /// The whole capacitance. - Complexity: O(1)
    public var total: Double { near + far }

    /// The admittance moments of a load `(y1, y2, y3)` seen through a series resistance `r`:
    /// `Y/(1 + r·Y)` expanded to third order. - Complexity: O(1)
    public static func moments(_ y: (Double, Double, Double), through r: Double) -> (Double, Double, Double) {
        (y.0, y.1 - r * y.0 * y.0, y.2 - 2 * r * y.0 * y.1 + r * r * y.0 * y.0 * y.0)
    }
}

/// A net's wires as its driver sees them: its load as a π, and the Elmore delay of the wire to
/// each load (NaN where the wires do not reach it). `isExtracted` for a reduced network from a
/// parasitics file (an input port without a driving cell then delays and degrades its slew by
/// the network's step response; with estimated wires its loads get the Elmore delay and the
/// port's slew, as OpenSTA does).
public struct DriverWires: Sendable {
    public var pi: PiModel
    public var elmore: [Double]
    public var isExtracted: Bool

    /// The wires. - Complexity: O(1)
    public init(pi: PiModel, elmore: [Double], isExtracted: Bool) {
        (self.pi, self.elmore, self.isExtracted) = (pi, elmore, isExtracted)
    }
}
