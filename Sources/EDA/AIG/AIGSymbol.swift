/// One entry of an AIGER symbol table: a name for the `index`-th input, latch, output or property.
public struct AIGSymbol: Sendable, Hashable {
    /// Which list `index` counts in; the raw value is the AIGER prefix character.
    public enum Kind: UInt8, Sendable, CaseIterable {
        case input = 0x69       // i
        case latch = 0x6C       // l
        case output = 0x6F      // o
        case bad = 0x62         // b
        case constraint = 0x63  // c
        case justice = 0x6A     // j
        case fairness = 0x66    // f
    }

    /// The list the symbol names an entry of.
    public var kind: Kind
    /// Position in that list (0-based).
    public var index: Int
    /// The name: the rest of the symbol line, without its newline (decoded as UTF-8).
    public var name: String

    /// Creates a symbol-table entry. - Complexity: O(1)
    public init(kind: Kind, index: Int, name: String) {
        self.kind = kind
        self.index = index
        self.name = name
    }
}

extension AIG {
    /// How many entries the list named by `kind` has. - Complexity: O(1)
    public func count(of kind: AIGSymbol.Kind) -> Int {
        switch kind {
        case .input: return inputs.count
        case .latch: return latches.count
        case .output: return outputs.count
        case .bad: return bad.count
        case .constraint: return constraints.count
        case .justice: return justice.count
        case .fairness: return fairness.count
        }
    }

    /// The first name given to entry `index` of list `kind`, if any. - Complexity: O(S) symbols
    public func name(of kind: AIGSymbol.Kind, at index: Int) -> String? {
        symbols.first { $0.kind == kind && $0.index == index }?.name
    }
}
