/// Non-negative integers stored at a fixed bit width in 64-bit words: CSR offsets at 32 bits,
/// node types at 4, an AIG's inverted-edge flags at 1.
///
/// The width `w` is 1, 2, 4, 8, 16, 32 or 64, so no element straddles two words: element `i`
/// is bits `i * w ..< (i + 1) * w` of the words in order (element 0 in the low bits of word 0),
/// and one multiply, one shift and one mask read it at every width. Arrays of 4 MB and more
/// come from `LargeArray` (huge pages).
///
/// ```swift
/// var types = try PackedIntegers([0, 1, 1, 0])     // width 1: one bit each
/// types[3] = 1
/// var offsets = PackedIntegers(repeating: 0, count: 5, width: 32)
/// ```
///
/// A value type; copies share storage until mutated. Writing elements of one word from several
/// threads at once is a data race (they share the word); reading from many threads is safe.
public struct PackedIntegers: Sendable {
    /// Where element `i` lives, for a given width.
    @usableFromInline struct Layout: Sendable {
        /// Bits per element.
        @usableFromInline let width: Int
        /// The low `width` bits.
        @usableFromInline let mask: UInt64

        init(width: Int) {
            precondition(PackedIntegers.widths.contains(width), "width \(width) must be one of \(PackedIntegers.widths)")
            self.width = width
            mask = width == 64 ? .max : (1 << UInt64(width)) - 1
        }

        /// Words for `count` elements, at least one.
        func wordCount(_ count: Int) -> Int { Swift.max(1, (count * width + 63) / 64) }

        /// Element `i` of `words`: bits `i * width ..< (i + 1) * width` of the words in order.
        @inlinable @inline(__always)
        func element(_ i: Int, in words: UnsafePointer<UInt64>) -> Int {
            let bit = i &* width
            return Int(truncatingIfNeeded: (words[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63)) & mask)
        }

        /// Sets element `i` of `words` to `value`, which fits in `width` bits.
        @inlinable @inline(__always)
        func set(_ i: Int, to value: Int, in words: UnsafeMutablePointer<UInt64>) {
            let bit = i &* width, shift = UInt64(truncatingIfNeeded: bit & 63)
            words[bit &>> 6] = words[bit &>> 6] & ~(mask &<< shift) | UInt64(truncatingIfNeeded: value) &<< shift
        }
    }

    @usableFromInline let layout: Layout
    /// Number of elements. - Complexity: O(1)
    public let count: Int
    /// The elements, `64 / width` per word, element 0 in the low bits; unused bits are 0 (so
    /// equal elements at equal widths mean equal words), and there is always at least one word.
    @usableFromInline var words: [UInt64]

    /// The widths an element may have.
    public static let widths = [1, 2, 4, 8, 16, 32, 64]

    /// Bits per element: 1, 2, 4, 8, 16, 32 or 64. - Complexity: O(1)
    public var width: Int { layout.width }

    /// Bytes held by the elements' words. - Complexity: O(1)
    public var byteCount: Int { words.count * MemoryLayout<UInt64>.stride }

    /// The narrowest width that holds `value` (1 for 0). - Complexity: O(1)
    public static func width(toHold value: Int) -> Int {
        precondition(value >= 0, "PackedIntegers holds non-negative integers, not \(value)")
        let bits = Int.bitWidth - value.leadingZeroBitCount
        return widths.first { $0 >= bits }!
    }

    /// `count` copies of `value` at `width` bits each.
    /// - Precondition: `width` is one of `widths`, `count >= 0`, and `value` fits in `width` bits.
    /// - Complexity: O(count / (64 / width))
    public init(repeating value: Int, count: Int, width: Int) {
        precondition(count >= 0, "count \(count) must not be negative")
        let layout = Layout(width: width)
        precondition(value >= 0 && UInt64(value) <= layout.mask, "\(value) does not fit in \(width) bits")
        var pattern: UInt64 = 0
        if value != 0 { for slot in 0 ..< 64 / width { pattern |= UInt64(value) << UInt64(slot * width) } }
        var words = LargeArray.make(repeating: pattern, count: layout.wordCount(count))
        let usedBits = count * width % 64  // of a partly used last word
        if usedBits != 0 || count == 0 { words[words.count - 1] &= (1 << UInt64(usedBits)) &- 1 }
        self.init(layout: layout, count: count, words: words)
    }

    /// The elements of `values` at `width` bits each.
    /// - Throws: `GraphError.invalidArgument` for a negative value or one wider than `width`.
    /// - Precondition: `width` is one of `widths`.
    /// - Complexity: O(n)
    public init<S: Sequence>(_ values: S, width: Int) throws where S.Element: BinaryInteger {
        let layout = Layout(width: width)
        var words = LargeArray.make(repeating: UInt64(0), count: layout.wordCount(values.underestimatedCount))
        var n = 0
        for value in values {
            guard value >= 0, let bits = UInt64(exactly: value), bits <= layout.mask else {
                throw GraphError.invalidArgument(
                    "value \(value) at index \(n) cannot be packed: \(width)-bit elements hold 0...\(layout.mask)")
            }
            let word = n * width / 64
            if word == words.count { words.append(0) }
            words[word] |= bits << UInt64(n * width % 64)
            n += 1
        }
        self.init(layout: layout, count: n, words: words)
    }

    /// The elements of `values` at the narrowest width that holds the largest.
    /// - Throws: `GraphError.invalidArgument` for a negative value or one above `Int.max`.
    /// - Complexity: O(n)
    public init<C: Collection>(_ values: C) throws where C.Element: BinaryInteger {
        var largest = 0
        for (index, value) in values.enumerated() {
            guard value >= 0, let v = Int(exactly: value) else {
                throw GraphError.invalidArgument(
                    "value \(value) at index \(index) cannot be packed: elements are in 0...\(Int.max)")
            }
            largest = Swift.max(largest, v)
        }
        try self.init(values, width: Self.width(toHold: largest))
    }

    /// `indices.map { source[$0] }` at `source`'s width, e.g. edge types following a permutation;
    /// every index must be in `source.indices` (unchecked).
    /// - Complexity: O(n)
    init<C: Collection>(gathering indices: C, from source: PackedIntegers) where C.Element == Int {
        self.init(repeating: 0, count: indices.count, width: source.width)
        withUnsafeMutableBuffer { out in
            source.withUnsafeBuffer { from in
                for (k, i) in indices.enumerated() { out[k] = from[i] }
            }
        }
    }

    private init(layout: Layout, count: Int, words: [UInt64]) {
        self.layout = layout
        self.count = count
        self.words = words
    }
}

extension PackedIntegers: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    /// 0. - Complexity: O(1)
    @inlinable public var startIndex: Int { 0 }
    /// `count`. - Complexity: O(1)
    @inlinable public var endIndex: Int { count }

    /// Element `i`; a new value must fit in `width` bits. - Complexity: O(1)
    @inlinable public subscript(i: Int) -> Int {
        get {
            precondition(i >= 0 && i < count, "index \(i) out of range 0..<\(count)")
            return words.withUnsafeBufferPointer { layout.element(i, in: $0.baseAddress!) }
        }
        set {
            precondition(i >= 0 && i < count, "index \(i) out of range 0..<\(count)")
            precondition(newValue >= 0 && UInt64(newValue) <= layout.mask, "\(newValue) does not fit in \(width) bits")
            let layout = layout
            words.withUnsafeMutableBufferPointer { layout.set(i, to: newValue, in: $0.baseAddress!) }
        }
    }
}

extension PackedIntegers: Equatable {
    /// Whether both hold the same elements in the same order, whatever their widths.
    /// - Complexity: O(n)
    public static func == (lhs: PackedIntegers, rhs: PackedIntegers) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.width == rhs.width { return lhs.words == rhs.words }
        return lhs.elementsEqual(rhs)
    }
}

extension PackedIntegers: ExpressibleByArrayLiteral {
    /// The elements at the narrowest width that holds the largest.
    /// - Precondition: no element is negative. - Complexity: O(n)
    public init(arrayLiteral elements: Int...) {
        do {
            try self.init(elements)
        } catch {
            preconditionFailure("\(error)")
        }
    }
}

extension PackedIntegers: CustomStringConvertible {
    /// The elements as an array literal, e.g. `[0, 2, 3]`. - Complexity: O(n)
    public var description: String { "[" + map(String.init).joined(separator: ", ") + "]" }
}

extension PackedIntegers {
    /// Read access to the elements through a pointer, for hot loops: no bounds checks.
    public struct UnsafeBuffer {
        @usableFromInline let base: UnsafePointer<UInt64>
        @usableFromInline let layout: Layout
        /// Number of elements.
        public let count: Int

        @usableFromInline init(_ base: UnsafePointer<UInt64>, _ layout: Layout, _ count: Int) {
            (self.base, self.layout, self.count) = (base, layout, count)
        }

        /// Element `i`, for `i` in `0 ..< count`. - Complexity: O(1)
        @inlinable public subscript(i: Int) -> Int { layout.element(i, in: base) }
    }

    /// Read and write access to the elements through a pointer, for hot loops: no bounds checks,
    /// and a written value is not checked to fit `width` (it must).
    public struct UnsafeMutableBuffer {
        @usableFromInline let base: UnsafeMutablePointer<UInt64>
        @usableFromInline let layout: Layout
        /// Number of elements.
        public let count: Int

        @usableFromInline init(_ base: UnsafeMutablePointer<UInt64>, _ layout: Layout, _ count: Int) {
            (self.base, self.layout, self.count) = (base, layout, count)
        }

        /// Element `i`, for `i` in `0 ..< count`. - Complexity: O(1)
        @inlinable public subscript(i: Int) -> Int {
            get { layout.element(i, in: base) }
            nonmutating set { layout.set(i, to: newValue, in: base) }
        }
    }

    /// Calls `body` with read access to the elements; the view must not escape `body`.
    /// - Complexity: O(1) plus the work of `body`.
    @inlinable public func withUnsafeBuffer<R>(_ body: (UnsafeBuffer) throws -> R) rethrows -> R {
        try words.withUnsafeBufferPointer { try body(UnsafeBuffer($0.baseAddress!, layout, count)) }
    }

    /// Calls `body` with read and write access to the elements; the view must not escape `body`.
    /// - Complexity: O(1) plus the work of `body` (plus a copy first when the storage is shared).
    @inlinable public mutating func withUnsafeMutableBuffer<R>(_ body: (UnsafeMutableBuffer) throws -> R) rethrows -> R {
        let (layout, count) = (layout, count)
        return try words.withUnsafeMutableBufferPointer { try body(UnsafeMutableBuffer($0.baseAddress!, layout, count)) }
    }
}
