/// How many elements a reader may still create, so that a small file cannot make it allocate
/// out of proportion to its size: a Verilog vector `[1048576:0]`, a replication, a module
/// hierarchy that doubles at every level, or a Tcl variable doubled by `set x $x$x`.
struct ElementBudget {
    /// The whole budget.
    let limit: Int
    private(set) var remaining: Int
    /// What to do when a real file needs more, for the error message.
    private let advice: String

    /// A budget of `limit` elements. - Complexity: O(1)
    init(limit: Int, advice: String) {
        self.limit = limit
        remaining = limit
        self.advice = advice
    }

    /// `base + perByte × bytes`, saturating at `Int.max`. - Complexity: O(1)
    static func limit(bytes: Int, base: Int, perByte: Int) -> Int {
        let (product, overflow) = bytes.multipliedReportingOverflow(by: perByte)
        let (sum, overflowed) = base.addingReportingOverflow(product)
        return overflow || overflowed ? Int.max : sum
    }

    /// Takes `count` elements, or throws naming `what` and where when the budget is spent.
    /// - Complexity: O(1)
    mutating func spend(_ count: Int, for what: @autoclosure () -> String, at location: NetlistLocation?) throws {
        guard count <= remaining else {
            throw NetlistError(.unsupported("\(what()) exceeds the limit of \(limit) elements for a file of this size; \(advice)"), at: location)
        }
        remaining -= count
    }
}
