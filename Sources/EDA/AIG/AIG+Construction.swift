extension AIG {
    /// Adds a primary input and returns its (positive) literal. - Complexity: amortised O(1)
    @discardableResult
    public mutating func addInput(name: String? = nil) -> UInt32 {
        let variable = appendVariable(.input, 0, 0)
        if let name { symbols.append(AIGSymbol(kind: .input, index: inputs.count, name: name)) }
        inputs.append(variable)
        return variable << 1
    }

    /// Adds a latch with next state constant false (set it with `setLatchNext(_:to:)`) and
    /// returns the literal of its output. - Complexity: amortised O(1)
    @discardableResult
    public mutating func addLatch(reset: LatchReset = .zero, name: String? = nil) -> UInt32 {
        let variable = appendVariable(.latch, 0, 0)
        if let name { symbols.append(AIGSymbol(kind: .latch, index: latches.count, name: name)) }
        latches.append(variable)
        latchNext.append(AIG.constantFalse)
        latchReset.append(reset)
        return variable << 1
    }

    /// Sets the next-state function of latch `index`.
    /// - Throws: `AIGError` for an unknown latch or literal. - Complexity: O(1)
    public mutating func setLatchNext(_ index: Int, to literal: UInt32) throws {
        guard latches.indices.contains(index) else {
            throw AIGError.latchOutOfRange(index: index, latchCount: latches.count)
        }
        try check(literal)
        latchNext[index] = literal
    }

    /// The AND of two literals, with constant propagation (`x&0 = 0`, `x&1 = x`, `x&x = x`,
    /// `x&!x = 0`) and structural hashing: an existing AND with the same fanins is reused. The
    /// fanins of a new AND are stored larger literal first, as AIGER's binary format wants.
    ///
    /// - Precondition: `a` and `b` are literals of this AIG (`isValid`).
    /// - Complexity: O(1) expected; the first call after loading builds the table in O(A).
    public mutating func and(_ a: UInt32, _ b: UInt32) -> UInt32 {
        precondition(isValid(a) && isValid(b), "and(\(a), \(b)): literal out of range")
        let (hi, lo) = a >= b ? (a, b) : (b, a)
        if lo == AIG.constantFalse { return AIG.constantFalse }
        if lo == AIG.constantTrue || hi == lo { return hi }
        if hi == lo ^ 1 { return AIG.constantFalse }
        if strash == nil { rebuildStrash() }
        if let existing = strash!.find(hi, lo) { return existing << 1 }
        let variable = appendVariable(.and, hi, lo)
        andCount += 1
        strash!.insert(hi, lo, variable: variable)
        return variable << 1
    }

    /// Appends an AND with the fanins exactly as given: no hashing, no simplification, so a file
    /// read this way writes back byte for byte. Returns the new AND's literal.
    ///
    /// - Throws: `AIGError.literalOutOfRange` when a fanin is not an existing variable.
    /// - Complexity: amortised O(1)
    @discardableResult
    public mutating func appendAndVerbatim(_ rhs0: UInt32, _ rhs1: UInt32) throws -> UInt32 {
        try check(rhs0)
        try check(rhs1)
        let variable = appendVariable(.and, rhs0, rhs1)
        andCount += 1
        strash?.insert(rhs0, rhs1, variable: variable)
        return variable << 1
    }

    /// Adds a primary output driven by `literal`. - Throws: `AIGError`. - Complexity: amortised O(1)
    public mutating func addOutput(_ literal: UInt32, name: String? = nil) throws {
        try check(literal)
        if let name { symbols.append(AIGSymbol(kind: .output, index: outputs.count, name: name)) }
        outputs.append(literal)
    }

    /// Adds a bad-state property. - Throws: `AIGError`. - Complexity: amortised O(1)
    public mutating func addBad(_ literal: UInt32) throws {
        try check(literal)
        bad.append(literal)
    }

    /// Adds an invariant constraint. - Throws: `AIGError`. - Complexity: amortised O(1)
    public mutating func addConstraint(_ literal: UInt32) throws {
        try check(literal)
        constraints.append(literal)
    }

    /// Adds a justice property (a set of literals). - Throws: `AIGError`. - Complexity: O(k)
    public mutating func addJustice(_ literals: [UInt32]) throws {
        for literal in literals { try check(literal) }
        justice.append(literals)
    }

    /// Adds a fairness constraint. - Throws: `AIGError`. - Complexity: amortised O(1)
    public mutating func addFairness(_ literal: UInt32) throws {
        try check(literal)
        fairness.append(literal)
    }

    /// Throws unless `literal` names an existing variable. - Complexity: O(1)
    func check(_ literal: UInt32) throws {
        guard isValid(literal) else {
            throw AIGError.literalOutOfRange(literal: literal, variableCount: kinds.count)
        }
    }

    /// Rebuilds the hashing table from the ANDs present (the first of duplicates wins).
    /// - Complexity: O(M)
    mutating func rebuildStrash() {
        var table = StrashTable(capacity: max(andCount, 1024))
        for v in 0 ..< kinds.count where kinds[v] == .and {
            table.insert(fanin0[v], fanin1[v], variable: UInt32(v))
        }
        strash = table
    }

    private mutating func appendVariable(_ kind: VariableKind, _ f0: UInt32, _ f1: UInt32) -> UInt32 {
        let variable = UInt32(kinds.count)
        kinds.append(kind)
        fanin0.append(f0)
        fanin1.append(f1)
        return variable
    }
}
