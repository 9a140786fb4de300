/// The index range of a Verilog vector as written, `[msb:lsb]`: the left index is the most
/// significant bit; either may be the larger (`[7:0]` and `[0:7]` are both 8 bits wide).
/// A bit-select `a[3]` is the range `[3:3]`.
public struct BitRange: Equatable, Hashable, Sendable {
    /// The left (most significant) index.
    public var msb: Int
    /// The right (least significant) index.
    public var lsb: Int

    /// Creates `[msb:lsb]`. - Complexity: O(1)
    public init(msb: Int, lsb: Int) {
        self.msb = msb
        self.lsb = lsb
    }

    /// The number of bits. - Complexity: O(1)
    public var width: Int { abs(msb - lsb) + 1 }

    /// Whether `index` lies in the range. - Complexity: O(1)
    public func contains(_ index: Int) -> Bool { min(msb, lsb) <= index && index <= max(msb, lsb) }

    /// The index of the bit `position` places right of the left end (0 is `msb`). - Complexity: O(1)
    public func index(at position: Int) -> Int { msb >= lsb ? msb - position : msb + position }

    /// How many places right of the left end `index` lies, or `nil` outside the range. - Complexity: O(1)
    public func position(of index: Int) -> Int? {
        guard contains(index) else { return nil }
        return abs(index - msb)
    }

    /// Whether a part-select `part` of a vector declared `self` runs in the same direction
    /// (Verilog requires it; single bits run either way). - Complexity: O(1)
    public func agrees(with part: BitRange) -> Bool {
        part.msb == part.lsb || msb == lsb || (msb > lsb) == (part.msb > part.lsb)
    }

    /// `[msb:lsb]`, as written in Verilog.
    public var written: String { "[\(msb):\(lsb)]" }
}
