import GraphCore

/// An and-inverter graph (AIG) in flat arrays: the in-memory form of an AIGER 1.9 file.
///
/// A *literal* is a `UInt32` equal to `variable << 1 | complement`; variable 0 is the constant,
/// so literal 0 is false and literal 1 is true (see `AIG+Literals.swift`). Every variable has a
/// `kind`; an AND variable's two fanin literals are `fanin0[v]` and `fanin1[v]` (0 for other
/// kinds). There are no per-node objects: a 13.7M-AND graph is three arrays of 13.7M entries.
///
/// Invariant: every AND's fanins name smaller variables, so increasing variable order is a
/// topological order and every algorithm here is a single forward or backward sweep (no
/// recursion, whatever the depth). Inputs and latches may sit anywhere in the numbering;
/// `isCanonical` tells whether the layout is AIGER's binary one (inputs, latches, then ANDs).
///
/// Build one with `and(_:_:)` (structural hashing and constant propagation), `addInput()`,
/// `addLatch(reset:)` and `addOutput(_:)`; read one with `AIGERReader`.
public struct AIG: Sendable {
    /// What a variable is.
    public enum VariableKind: UInt8, Sendable {
        /// Variable 0, constant false.
        case constant
        /// A primary input.
        case input
        /// A latch output (the current state).
        case latch
        /// A two-input AND of `fanin0[v]` and `fanin1[v]`.
        case and
        /// A variable number below the maximum that nothing defines (legal in ASCII AIGER).
        case unused
    }

    /// The initial value of a latch.
    public enum LatchReset: UInt8, Sendable, Equatable {
        /// Starts at 0 (AIGER's default).
        case zero
        /// Starts at 1.
        case one
        /// Starts at an arbitrary value (AIGER writes the latch's own literal).
        case uninitialized
    }

    /// The kind of each variable; `kinds[0] == .constant`.
    public internal(set) var kinds: [VariableKind]
    /// First fanin literal of each AND variable (0 for other kinds).
    public internal(set) var fanin0: [UInt32]
    /// Second fanin literal of each AND variable (0 for other kinds).
    public internal(set) var fanin1: [UInt32]
    /// The variable of each primary input, in input order.
    public internal(set) var inputs: [UInt32]
    /// The variable of each latch, in latch order.
    public internal(set) var latches: [UInt32]
    /// The next-state literal of each latch, parallel to `latches`.
    public internal(set) var latchNext: [UInt32]
    /// The reset value of each latch, parallel to `latches`.
    public internal(set) var latchReset: [LatchReset]
    /// The literal of each primary output (duplicates and constants allowed).
    public internal(set) var outputs: [UInt32]
    /// Bad-state property literals (AIGER 1.9 `B`).
    public internal(set) var bad: [UInt32]
    /// Invariant-constraint literals (AIGER 1.9 `C`).
    public internal(set) var constraints: [UInt32]
    /// Justice properties, each a set of literals (AIGER 1.9 `J`).
    public internal(set) var justice: [[UInt32]]
    /// Fairness-constraint literals (AIGER 1.9 `F`).
    public internal(set) var fairness: [UInt32]
    /// Symbol-table entries in file order.
    public var symbols: [AIGSymbol]
    /// The bytes after the `c` that opens the comment section, to the end of the file, or `nil`
    /// when there is no comment section. Opaque: may hold NULs or binary extension sections.
    public var comment: [UInt8]?
    /// Number of AND variables.
    public internal(set) var andCount: Int
    /// The structural-hashing table, built on the first `and(_:_:)` call.
    var strash: StrashTable?

    /// Creates an empty AIG holding only the constant. - Complexity: O(1)
    public init() {
        self.init(variableCount: 1)
    }

    /// Creates an AIG with `variableCount` variables: the constant, then `.unused` slots that a
    /// reader fills in place. - Complexity: O(variableCount)
    init(variableCount: Int) {
        kinds = LargeArray.make(repeating: .unused, count: max(1, variableCount))
        kinds[0] = .constant
        fanin0 = LargeArray.make(repeating: 0, count: kinds.count)
        fanin1 = LargeArray.make(repeating: 0, count: kinds.count)
        inputs = []; latches = []; latchNext = []; latchReset = []
        outputs = []; bad = []; constraints = []; justice = []; fairness = []
        symbols = []; comment = nil; andCount = 0; strash = nil
    }

    /// Number of variables including the constant; the largest literal is `2 * variableCount - 1`.
    /// - Complexity: O(1)
    @inlinable public var variableCount: Int { kinds.count }

    /// AIGER's `M`: the largest variable number. - Complexity: O(1)
    @inlinable public var maxVariable: Int { kinds.count - 1 }

    /// Whether the numbering is AIGER's binary layout: inputs `1...I`, latches `I+1...I+L`,
    /// ANDs `I+L+1...M`, no unused variables. - Complexity: O(I + L)
    public var isCanonical: Bool {
        guard kinds.count == 1 + inputs.count + latches.count + andCount else { return false }
        for (i, v) in inputs.enumerated() where v != UInt32(i + 1) { return false }
        for (i, v) in latches.enumerated() where v != UInt32(inputs.count + i + 1) { return false }
        return true
    }
}

extension AIG: Equatable {
    /// Structural equality of every section (the hashing table is ignored). - Complexity: O(M)
    public static func == (lhs: AIG, rhs: AIG) -> Bool {
        lhs.kinds == rhs.kinds && lhs.fanin0 == rhs.fanin0 && lhs.fanin1 == rhs.fanin1
            && lhs.inputs == rhs.inputs && lhs.latches == rhs.latches
            && lhs.latchNext == rhs.latchNext && lhs.latchReset == rhs.latchReset
            && lhs.outputs == rhs.outputs && lhs.bad == rhs.bad
            && lhs.constraints == rhs.constraints && lhs.justice == rhs.justice
            && lhs.fairness == rhs.fairness && lhs.symbols == rhs.symbols
            && lhs.comment == rhs.comment && lhs.andCount == rhs.andCount
    }
}
