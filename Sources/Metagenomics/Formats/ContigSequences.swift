/// Contig sequences in flat storage: all bases in one array, contig `i` at
/// `bases[offsets[i] ..< offsets[i + 1]]`, with no object per contig.
public struct ContigSequences: Sendable {
    /// Contig names (the first word of each FASTA header), in file order.
    public private(set) var names: [String] = []
    /// `count + 1` offsets into `bases`.
    public internal(set) var offsets: [Int] = [0]
    /// The bases as written (letters; case kept).
    public internal(set) var bases: [UInt8] = []
    /// Records shorter than the minimum length, left out: how many and their bases.
    public internal(set) var skipped = (records: 0, bases: 0)

    /// An empty set of contigs. - Complexity: O(1)
    public init() {}

    /// Number of contigs kept. - Complexity: O(1)
    public var count: Int { names.count }

    /// Length of contig `i` in bases. - Complexity: O(1)
    public func length(of i: Int) -> Int { offsets[i + 1] - offsets[i] }

    /// The bases of contig `i`. - Complexity: O(1)
    public func sequence(of i: Int) -> ArraySlice<UInt8> { bases[offsets[i] ..< offsets[i + 1]] }

    /// Appends a contig. - Complexity: O(sequence length), amortised.
    public mutating func append<S: Sequence>(name: String, sequence: S) where S.Element == UInt8 {
        names.append(name)
        bases.append(contentsOf: sequence)
        offsets.append(bases.count)
    }

    /// Removes the last contig (a record found too short once read). - Complexity: O(1)
    mutating func removeLast() {
        names.removeLast()
        offsets.removeLast()
        bases.removeSubrange(offsets.last! ..< bases.count)
    }
}
