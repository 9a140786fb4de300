/// A timing arc of a cell, from one `timing` group: from `relatedPin` to `pin`, its kind, its
/// unateness and its NLDM tables (delay and output transition for propagation arcs, constraint
/// for timing checks).
public struct LibertyTimingArc: Sendable, Equatable {
    /// `timing_type`.
    public enum Kind: String, Sendable, Equatable {
        case combinational
        case combinationalRise = "combinational_rise"
        case combinationalFall = "combinational_fall"
        case threeStateEnable = "three_state_enable"
        case threeStateDisable = "three_state_disable"
        case risingEdge = "rising_edge"
        case fallingEdge = "falling_edge"
        case preset, clear
        case setupRising = "setup_rising"
        case setupFalling = "setup_falling"
        case holdRising = "hold_rising"
        case holdFalling = "hold_falling"
        case recoveryRising = "recovery_rising"
        case recoveryFalling = "recovery_falling"
        case removalRising = "removal_rising"
        case removalFalling = "removal_falling"
        case minPulseWidth = "min_pulse_width"
        case other

        /// Whether the arc is a timing check (setup, hold, recovery, removal) rather than a delay.
        public var isCheck: Bool { checkEdge != nil }

        /// For a check: the clock edge it is relative to. - Complexity: O(1)
        public var checkEdge: RiseFall? {
            switch self {
            case .setupRising, .holdRising, .recoveryRising, .removalRising: .rise
            case .setupFalling, .holdFalling, .recoveryFalling, .removalFalling: .fall
            default: nil
            }
        }

        /// For a check: whether it bounds late data (setup, recovery: `.max`) or early data
        /// (hold, removal: `.min`). - Complexity: O(1)
        public var checkCorner: MinMax? {
            switch self {
            case .setupRising, .setupFalling, .recoveryRising, .recoveryFalling: .max
            case .holdRising, .holdFalling, .removalRising, .removalFalling: .min
            default: nil
            }
        }

        /// For an arc launched by a clock edge (`rising_edge`, `falling_edge`): that edge.
        public var launchEdge: RiseFall? {
            switch self {
            case .risingEdge: .rise
            case .fallingEdge: .fall
            default: nil
            }
        }
    }

    /// `timing_sense`.
    public enum Sense: String, Sendable, Equatable {
        case positiveUnate = "positive_unate"
        case negativeUnate = "negative_unate"
        case nonUnate = "non_unate"
    }

    /// The pin the arc starts at (`related_pin`), an index into the cell's `pins`.
    public var relatedPin: Int
    /// The pin the arc ends at (the enclosing pin), an index into the cell's `pins`.
    public var pin: Int
    public var kind: Kind
    public var sense: Sense
    /// `cell_rise`, `cell_fall`: the delay to a rising and falling output.
    public var cellRise: LibertyTable?
    public var cellFall: LibertyTable?
    /// `rise_transition`, `fall_transition`: the output's transition.
    public var riseTransition: LibertyTable?
    public var fallTransition: LibertyTable?
    /// `rise_constraint`, `fall_constraint`: a check's time for rising and falling data.
    public var riseConstraint: LibertyTable?
    public var fallConstraint: LibertyTable?

    /// An arc without tables. - Complexity: O(1)
    public init(relatedPin: Int, pin: Int, kind: Kind, sense: Sense) {
        (self.relatedPin, self.pin, self.kind, self.sense) = (relatedPin, pin, kind, sense)
    }

    /// The delay table for an output transition `riseFall`. - Complexity: O(1)
    public func delay(_ riseFall: RiseFall) -> LibertyTable? { riseFall == .rise ? cellRise : cellFall }
    /// The transition table for an output transition `riseFall`. - Complexity: O(1)
    public func transition(_ riseFall: RiseFall) -> LibertyTable? { riseFall == .rise ? riseTransition : fallTransition }
    /// The constraint table for a data transition `riseFall`. - Complexity: O(1)
    public func constraint(_ riseFall: RiseFall) -> LibertyTable? { riseFall == .rise ? riseConstraint : fallConstraint }

    /// The input transitions that cause the output transition `output` through this arc:
    /// the same for positive unate, the opposite for negative, both for non-unate; a clock
    /// edge arc is caused by its edge only. - Complexity: O(1)
    public func inputTransitions(causing output: RiseFall) -> [RiseFall] {
        RiseFall.allCases.filter { causes($0, output) }
    }

    /// Whether an `input` transition causes an `output` transition through this arc (one of
    /// `inputTransitions(causing: output)`), without building the list. - Complexity: O(1)
    @inline(__always) public func causes(_ input: RiseFall, _ output: RiseFall) -> Bool {
        if let edge = kind.launchEdge { return input == edge }
        switch kind {
        case .combinationalRise where output != .rise, .combinationalFall where output != .fall:
            return false
        default:
            break
        }
        switch sense {
        case .positiveUnate: return input == output
        case .negativeUnate: return input != output
        case .nonUnate: return true
        }
    }
}
