extension AIG {
    /// Literal 0, constant false. - Complexity: O(1)
    public static let constantFalse: UInt32 = 0
    /// Literal 1, constant true. - Complexity: O(1)
    public static let constantTrue: UInt32 = 1

    /// The literal of `variable`, complemented when asked. - Complexity: O(1)
    @inlinable public static func literal(_ variable: UInt32, complemented: Bool = false) -> UInt32 {
        variable << 1 | (complemented ? 1 : 0)
    }

    /// The variable a literal refers to. - Complexity: O(1)
    @inlinable public static func variable(of literal: UInt32) -> UInt32 { literal >> 1 }

    /// Whether a literal is the complement of its variable. - Complexity: O(1)
    @inlinable public static func isComplemented(_ literal: UInt32) -> Bool { literal & 1 == 1 }

    /// The complement of a literal. - Complexity: O(1)
    @inlinable public static func not(_ literal: UInt32) -> UInt32 { literal ^ 1 }

    /// Whether `literal` names a variable of this AIG. - Complexity: O(1)
    @inlinable public func isValid(_ literal: UInt32) -> Bool {
        Int(literal >> 1) < kinds.count
    }

    /// The kind of the variable `literal` refers to. - Complexity: O(1)
    @inlinable public func kind(of literal: UInt32) -> VariableKind { kinds[Int(literal >> 1)] }

    /// Every combinational-output literal: outputs, latch next states, then bad, constraint,
    /// justice and fairness literals. - Complexity: O(number of such literals)
    public var combinationalOutputs: [UInt32] {
        outputs + latchNext + bad + constraints + justice.flatMap { $0 } + fairness
    }
}
