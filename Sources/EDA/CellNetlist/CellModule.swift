/// One module of a cell netlist with its names resolved (`CellNetlistBuilder` makes it at
/// `endmodule`): every bit of every net gets a local number, and each connection and `assign`
/// side is a run of terms — local bit numbers, or `zero`, `one`, `open` for constant bits.
/// `CellNetlistFlattener` instantiates it.
struct CellModule {
    /// Terms for constant bits (local bit numbers are ≥ 0).
    static let zero: Int32 = -1, one: Int32 = -2, open: Int32 = -3

    var name: String
    var at: NetlistLocation

    /// The header's ports are signals `0 ..< portCount`, in header order.
    var portCount = 0
    var signalIndex: [String: Int32] = [:]
    var signalNames: [String] = []
    var signalRanges: [BitRange?] = []
    /// `.input`, `.output`, `.inout`, or `.wire` for a signal that is not a port.
    var signalDirections: [NetDeclarationKind] = []
    /// `.supply0`, `.supply1`, or `nil`.
    var signalSupplies: [NetDeclarationKind?] = []
    /// Signal `s`'s bits are local bits `signalFirstBit[s] ..< signalFirstBit[s + 1]`, left to right.
    var signalFirstBit: [Int32] = [0]

    var instanceCells: [String] = []
    var instanceNames: [String] = []
    var instanceAt: [NetlistLocation] = []
    /// Instance `i`'s connections are `instanceConnectionStart[i] ..< instanceConnectionStart[i + 1]`.
    var instanceConnectionStart: [Int32] = [0]
    /// Per connection: the pin of a named connection, `nil` for a positional one.
    var connectionPins: [String?] = []
    var connectionAt: [NetlistLocation] = []
    /// Per connection: whether it is one unsized number (one bit on a cell pin).
    var connectionIsUnsizedConstant: [Bool] = []
    /// Connection `c`'s terms are `terms[connectionTermStart[c] ..< connectionTermStart[c + 1]]`, left to right.
    var connectionTermStart: [Int32] = [0]

    /// Assign `a` sets `terms[assignTargetStart[a] ..< assignValueStart[a]]` to
    /// `terms[assignValueStart[a] ..< assignTargetStart[a + 1]]`.
    var assignTargetStart: [Int32] = [0]
    var assignValueStart: [Int32] = []
    var assignAt: [NetlistLocation] = []

    var terms: [Int32] = []

    /// The number of local bits. - Complexity: O(1)
    var bitCount: Int { Int(signalFirstBit[signalFirstBit.count - 1]) }

    /// A module with no instances and no assigns declares a leaf cell (a black box): its
    /// instances stay cells, and its header orders their positional connections. - Complexity: O(1)
    var isLeaf: Bool { instanceCells.isEmpty && assignAt.isEmpty }

    /// The terms of connection `c`. - Complexity: O(1)
    func connectionTerms(_ c: Int) -> ArraySlice<Int32> {
        terms[Int(connectionTermStart[c]) ..< Int(connectionTermStart[c + 1])]
    }

    /// The width of signal `s`. - Complexity: O(1)
    func width(of s: Int) -> Int { Int(signalFirstBit[s + 1] - signalFirstBit[s]) }

    /// The name of the bit at `position` (from the left) of signal `s`: `a` or `a[3]`. - Complexity: O(name)
    func bitName(_ s: Int, _ position: Int) -> String {
        guard let range = signalRanges[s] else { return signalNames[s] }
        return "\(signalNames[s])[\(range.index(at: position))]"
    }

    /// `bitName(s, position)` with the hierarchy and bus characters of the signal's escaped
    /// identifier escaped (`CellNetlist.escapedName(ofNet:)`), or `nil` when it has none.
    /// - Complexity: O(name)
    func escapedBitName(_ s: Int, _ position: Int) -> String? {
        guard let escaped = CellNetlist.escapingStructure(of: signalNames[s]) else { return nil }
        guard let range = signalRanges[s] else { return escaped }
        return "\(escaped)[\(range.index(at: position))]"
    }
}
