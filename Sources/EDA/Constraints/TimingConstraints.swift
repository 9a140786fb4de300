/// The timing constraints of a design, resolved against its ports: clocks, input and output
/// delays, driving cells, input transitions and loads per port, clock uncertainties and
/// transitions, and derates. `SDCReader` makes one from an SDC file and a `CellNetlist`.
///
/// Ports are indices into the netlist's `ports` (`portNames` keeps their names). Values are in
/// the units the SDC was written in, which are the Liberty library's (ns and pF for sky130).
///
/// ```swift
/// let constraints = try SDCReader.read(contentsOf: "gcd.sdc", netlist: netlist)
/// for warning in constraints.warnings { print(warning) }  // to stderr in a CLI
/// ```
public struct TimingConstraints: Equatable, Sendable {
    /// A clock and its properties.
    public struct Clock: Equatable, Sendable {
        /// Its name.
        public var name: String
        /// Its period.
        public var period: Double
        /// Edge times within the period: rising, falling (and further pairs), from `-waveform`
        /// or `0, period / 2`.
        public var waveform: [Double]
        /// The ports it is defined on; none for a virtual clock.
        public var sources: [Int]
        /// Whether its latency is propagated through the clock network (`set_propagated_clock`)
        /// rather than ideal.
        public var isPropagated = false
        /// `set_clock_uncertainty -setup`, if set.
        public var setupUncertainty: Double?
        /// `set_clock_uncertainty -hold`, if set.
        public var holdUncertainty: Double?
        /// `set_clock_transition`: the slew of an ideal clock.
        public var transition = RiseFallMinMax<Double>()

        /// Creates a clock. - Complexity: O(1)
        public init(name: String, period: Double, waveform: [Double], sources: [Int]) {
            self.name = name
            self.period = period
            self.waveform = waveform
            self.sources = sources
        }

        /// Whether it has no source port. - Complexity: O(1)
        public var isVirtual: Bool { sources.isEmpty }
    }

    /// An input or output delay of one port relative to one clock edge.
    public struct PortDelay: Equatable, Sendable {
        /// The port.
        public var port: Int
        /// The clock, an index into `clocks`; `nil` when no clock was given.
        public var clock: Int?
        /// Whether the delay counts from the clock's falling edge (`-clock_fall`).
        public var clockFall: Bool
        /// The delays.
        public var delay: RiseFallMinMax<Double>

        /// Creates a port delay. - Complexity: O(1)
        public init(port: Int, clock: Int?, clockFall: Bool, delay: RiseFallMinMax<Double>) {
            (self.port, self.clock, self.clockFall, self.delay) = (port, clock, clockFall, delay)
        }
    }

    /// The cell assumed to drive an input port (`set_driving_cell`).
    public struct DrivingCell: Equatable, Sendable {
        /// The library cell.
        public var cell: String
        /// Its output pin that drives the port; `nil` lets the library's only output decide.
        public var pin: String?
        /// The input pin whose arc to `pin` is used; `nil` for the worst arc.
        public var fromPin: String?
        /// The transition at the cell's input, rising and falling.
        public var inputTransitionRise: Double
        public var inputTransitionFall: Double

        /// Creates a driving cell. - Complexity: O(1)
        public init(cell: String, pin: String? = nil, fromPin: String? = nil, inputTransitionRise: Double = 0, inputTransitionFall: Double = 0) {
            (self.cell, self.pin, self.fromPin) = (cell, pin, fromPin)
            (self.inputTransitionRise, self.inputTransitionFall) = (inputTransitionRise, inputTransitionFall)
        }
    }

    /// The external load on a port (`set_load`).
    public struct PortLoad: Equatable, Sendable {
        /// `-pin_load` (the default): the capacitance of external pins.
        public var pin = RiseFallMinMax<Double>()
        /// `-wire_load`: the capacitance of the external wire.
        public var wire = RiseFallMinMax<Double>()

        /// No load. - Complexity: O(1)
        public init() {}
    }

    /// The design the constraints were read for.
    public var design: String
    /// The names of the netlist's ports, which the port indices below name.
    public var portNames: [String]
    /// The clocks, in order of definition.
    public var clocks: [Clock] = []
    /// `set_input_delay`, one entry per port and clock edge.
    public var inputDelays: [PortDelay] = []
    /// `set_output_delay`, one entry per port and clock edge.
    public var outputDelays: [PortDelay] = []
    /// Per port: its driving cell.
    public var drivingCells: [RiseFallMinMax<DrivingCell>]
    /// Per port: `set_input_transition`.
    public var inputTransitions: [RiseFallMinMax<Double>]
    /// Per port: `set_load`.
    public var loads: [PortLoad]
    /// `set_timing_derate`.
    public var derates = TimingDerates()
    /// What the SDC asked for that the reader skipped or could not honour.
    public var warnings: [SDCWarning] = []

    /// No constraints on a design with the given ports. - Complexity: O(ports)
    public init(design: String, portNames: [String]) {
        self.design = design
        self.portNames = portNames
        drivingCells = Array(repeating: RiseFallMinMax(), count: portNames.count)
        inputTransitions = Array(repeating: RiseFallMinMax(), count: portNames.count)
        loads = Array(repeating: PortLoad(), count: portNames.count)
    }

    /// The clock named `name`, or `nil`. - Complexity: O(clocks)
    public func clock(named name: String) -> Int? { clocks.firstIndex { $0.name == name } }
}
