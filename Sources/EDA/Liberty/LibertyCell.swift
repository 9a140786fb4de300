/// A cell of a Liberty library: its pins, the timing arcs between them, and its flip-flops or
/// latches.
public struct LibertyCell: Sendable {
    /// The cell's name.
    public var name: String
    /// `area`.
    public var area = 0.0
    /// Its pins (power and ground pins are not kept), bus bits one by one.
    public var pins: [LibertyPin] = []
    /// Its timing arcs, from the `timing` groups of its pins.
    public var arcs: [LibertyTimingArc] = []
    /// Its `ff` and `latch` groups.
    public var sequentials: [LibertySequential] = []
    /// `dont_use`.
    public var dontUse = false

    /// An empty cell named `name`. - Complexity: O(1)
    public init(name: String) { self.name = name }

    /// The index in `pins` of the pin named `name`, or `nil`. - Complexity: O(pins)
    public func pinIndex(named name: String) -> Int? { pins.firstIndex { $0.name == name } }

    /// The pin named `name`, or `nil`. - Complexity: O(pins)
    public func pin(named name: String) -> LibertyPin? { pinIndex(named: name).map { pins[$0] } }

    /// Whether the cell stores state (has an `ff` or `latch` group). - Complexity: O(1)
    public var isSequential: Bool { !sequentials.isEmpty }
}

/// A signal pin of a Liberty cell.
public struct LibertyPin: Sendable, Equatable {
    /// Which way a pin points.
    public enum Direction: String, Sendable, Equatable {
        case input, output, `inout`, `internal`
    }

    /// The pin's name (`A`, `D[3]` for a bus bit).
    public var name: String
    /// `direction`.
    public var direction: Direction = .input
    /// `capacitance`.
    public var capacitance = 0.0
    /// `rise_capacitance`, if given (else `capacitance`).
    public var riseCapacitance: Double?
    /// `fall_capacitance`, if given (else `capacitance`).
    public var fallCapacitance: Double?
    /// `function`, the Boolean function of an output.
    public var function: String?
    /// `clock : true`.
    public var isClock = false
    /// `max_capacitance`, `max_transition`, if given.
    public var maxCapacitance: Double?
    public var maxTransition: Double?

    /// A pin named `name`. - Complexity: O(1)
    public init(name: String) { self.name = name }

    /// The capacitance seen by a rising (`.rise`) or falling (`.fall`) signal. - Complexity: O(1)
    public func capacitance(_ riseFall: RiseFall) -> Double {
        (riseFall == .rise ? riseCapacitance : fallCapacitance) ?? capacitance
    }

    /// Whether a signal can leave the cell here. - Complexity: O(1)
    public var isOutput: Bool { direction == .output || direction == .inout }
    /// Whether a signal can enter the cell here. - Complexity: O(1)
    public var isInput: Bool { direction == .input || direction == .inout }
}

/// An `ff` or `latch` group: the state variables and how they change.
public struct LibertySequential: Sendable, Equatable {
    /// A flip-flop (edge-triggered) or a latch (level-sensitive).
    public enum Kind: String, Sendable, Equatable {
        case flipFlop = "ff", latch
    }

    public var kind: Kind
    /// The state variables (`IQ`, `IQN`).
    public var variables: [String]
    /// `clocked_on` (ff) or `enable` (latch).
    public var clock: String?
    /// `next_state` (ff) or `data_in` (latch).
    public var data: String?
    /// `clear`, `preset`.
    public var clear: String?
    public var preset: String?

    /// A group of `kind` with state `variables`. - Complexity: O(1)
    public init(kind: Kind, variables: [String]) {
        self.kind = kind
        self.variables = variables
    }
}
