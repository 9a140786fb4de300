/// A SPICE deck as written, before flattening: the subcircuit definitions, the elements outside
/// any of them, and the `.global` nodes, with the files of every `.include` read in place.
/// Names keep their spelling; they are compared case-insensitively (`key`).
public struct SPICEDeck: Sendable {
    /// Where something was written: the file (as named to the reader or resolved by `.include`)
    /// and the line.
    public struct Source: Sendable, Equatable, CustomStringConvertible {
        public var file: String?
        public var location: NetlistLocation
        public var description: String { "\(file ?? "<spice>"):\(location.line)" }
    }

    /// One element line (`M`, `R`, `C`, `L`, `D`, `V`, `I` or `X`).
    public struct Element: Sendable {
        /// The element's name as written, its letter first (`M1`, `Xinv3`).
        public var name: String
        public var kind: SPICEDevice.Kind
        /// The nodes, in the order written.
        public var nodes: [String]
        /// The model (`M`, `D`, optional for `R`, `C`, `L`) or, for `X`, the subcircuit's name.
        public var model: String?
        /// The value of an `R`, `C` or `L` when it is a number (Ω, F, H).
        public var value: Double?
        /// `name=value` parameters, as written (values are not evaluated).
        public var parameters: [(name: String, value: String)]
        public var source: Source
    }

    /// One `.subckt … .ends`.
    public struct Subcircuit: Sendable {
        public var name: String
        public var ports: [String]
        public var elements: [Element]
        public var source: Source
    }

    /// The subcircuits by definition order.
    public internal(set) var subcircuits: [Subcircuit] = []
    /// The elements outside every subcircuit.
    public internal(set) var elements: [Element] = []
    /// The `.global` nodes (ground `0` is always global).
    public internal(set) var globals: [String] = []
    /// Statements read and ignored (`.model`, `.param`, `.option`, analyses, `.control` blocks).
    public internal(set) var ignoredStatements = 0
    /// The bytes read, included files counted each time they are read.
    public internal(set) var bytesRead = 0
    /// Lower-case name → index in `subcircuits`.
    var subcircuitIndex: [String: Int] = [:]

    /// The subcircuit named `name` (any case). - Complexity: O(name) expected
    public func subcircuit(named name: String) -> Subcircuit? {
        subcircuitIndex[name.lowercased()].map { subcircuits[$0] }
    }
}
