/// One device of a flattened SPICE netlist: a primitive element, or an instance of a subcircuit
/// kept whole (a black box).
public struct SPICEDevice: Sendable {
    /// What the element is, from its first letter.
    public enum Kind: String, Sendable, CaseIterable {
        case mosfet = "M", resistor = "R", capacitor = "C", inductor = "L", diode = "D"
        case voltageSource = "V", currentSource = "I"
        /// `X`: a subcircuit instance; after flattening, one whose subcircuit has no elements
        /// (a declared black box) or is not defined (when the options allow it).
        case instance = "X"

        /// The kind named by an element's first letter (any case), or `nil`. - Complexity: O(1)
        public init?(letter: Character) {
            self.init(rawValue: String(letter).uppercased())
        }

        /// The terminal names of a primitive: drain, gate, source, bulk for a MOSFET, `+` and `-`
        /// for the two-terminal elements; `nil` for an instance (its subcircuit's port names).
        /// - Complexity: O(1)
        public var terminalNames: [String]? {
            switch self {
            case .mosfet: ["d", "g", "s", "b"]
            case .instance: nil
            default: ["+", "-"]
            }
        }
    }

    /// The hierarchical name: the instance path and the element's name, joined by the divider
    /// (`Xcore/Xinv3/M1`).
    public var name: String
    public var kind: Kind
    /// The model, or the subcircuit of an instance.
    public var model: String?
    /// The value of an `R`, `C` or `L` when it is a number (Ω, F, H).
    public var value: Double?
    /// `name=value` parameters as written (not evaluated).
    public var parameters: [(name: String, value: String)]
    /// Where the element was written.
    public var source: SPICEDeck.Source

    /// The numeric value of parameter `name` (any case), or `nil`. - Complexity: O(parameters)
    public func number(_ name: String) -> Double? {
        parameters.first { $0.name.lowercased() == name.lowercased() }.flatMap { SPICENumber.parse($0.value) }
    }
}
