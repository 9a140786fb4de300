/// The objects an SDC command names, unresolved: queries (`get_ports`, `all_inputs`, …) and
/// bare names (a brace list `{a b}` or a string), which match ports or clocks by where the
/// command uses them. `TimingConstraintsBuilder` resolves them against the netlist's ports and
/// the clocks defined so far.
public struct SDCObjects: Equatable, Sendable {
    /// How `get_ports` and `get_clocks` match their patterns.
    public struct Matching: Equatable, Sendable {
        /// `-regexp`: patterns are regular expressions matching whole names.
        public var regexp = false
        /// `-nocase`: letters match either case.
        public var nocase = false
        /// `-quiet`: no warning when a pattern matches nothing.
        public var quiet = false

        /// Glob patterns, case-sensitive, warning on no match. - Complexity: O(1)
        public init(regexp: Bool = false, nocase: Bool = false, quiet: Bool = false) {
            (self.regexp, self.nocase, self.quiet) = (regexp, nocase, quiet)
        }
    }

    /// One query or name.
    public enum Item: Equatable, Sendable {
        /// `get_ports patterns`: glob (`*`, `?`) over port names and bus names.
        case ports([String], Matching)
        /// `all_inputs` (input and inout ports), without clock sources when `noClocks`.
        case allInputs(noClocks: Bool)
        /// `all_outputs` (output and inout ports).
        case allOutputs
        /// `get_clocks patterns`.
        case clocks([String], Matching)
        /// `all_clocks`.
        case allClocks
        /// A bare name or pattern: a port where ports are expected, a clock where clocks are.
        case name(String)
    }

    /// The items, in order.
    public var items: [Item]

    /// Creates an object list. - Complexity: O(1)
    public init(_ items: [Item]) { self.items = items }
}
