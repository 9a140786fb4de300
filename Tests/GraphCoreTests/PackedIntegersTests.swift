import Testing
@testable import GraphCore

@Suite struct PackedIntegersTests {
    /// Per width: values, and the first word they pack into (element 0 in the low bits).
    @Test(arguments: [
        (1, [1, 0, 1, 1], UInt64(0b1101)),
        (2, [3, 0, 2, 1], UInt64(0b01_10_00_11)),
        (4, [0xA, 0x5, 0xF], UInt64(0xF5A)),
        (8, [0x12, 0xFF, 0x00, 0x80], UInt64(0x80_00_FF_12)),
        (16, [0xBEEF, 0x1234], UInt64(0x1234_BEEF)),
        (32, [0xDEAD_BEEF, 7], UInt64(0x0000_0007_DEAD_BEEF)),
        (64, [Int.max], UInt64(Int.max)),
    ])
    func packsEachWidthByHand(width: Int, values: [Int], word: UInt64) throws {
        let packed = try PackedIntegers(values, width: width)
        #expect(packed.width == width && packed.count == values.count)
        #expect(packed.words == [word])
        #expect(Array(packed) == values)
        #expect(packed.byteCount == 8)
    }

    @Test func choosesTheNarrowestWidth() throws {
        #expect(PackedIntegers.width(toHold: 0) == 1)
        #expect(PackedIntegers.width(toHold: 1) == 1)
        #expect(PackedIntegers.width(toHold: 2) == 2)
        #expect(PackedIntegers.width(toHold: 15) == 4)
        #expect(PackedIntegers.width(toHold: 16) == 8)
        #expect(PackedIntegers.width(toHold: 65_535) == 16)
        #expect(PackedIntegers.width(toHold: 65_536) == 32)
        #expect(PackedIntegers.width(toHold: 1 << 32) == 64)
        #expect(try PackedIntegers([0, 5, 4]).width == 4)
        #expect(try PackedIntegers([Int32(0), 1, 0]).width == 1)
        let literal: PackedIntegers = [300, 2]
        #expect(literal.width == 16 && Array(literal) == [300, 2])
    }

    /// The largest value of each width, across the boundary of the first two words.
    @Test(arguments: PackedIntegers.widths)
    func holdsTheLargestValueAcrossWordBoundaries(width: Int) throws {
        let top = width == 64 ? Int.max : (1 << width) - 1
        let perWord = 64 / width
        var packed = PackedIntegers(repeating: top, count: perWord + 1, width: width)
        #expect(packed.words.count == 2)
        #expect(packed.words[1] == UInt64(top), "the unused slots of the last word are zero")
        #expect(packed.allSatisfy { $0 == top })
        packed[perWord - 1] = 0  // last slot of word 0
        packed[perWord] = 0      // first slot of word 1
        if perWord > 1 { #expect(packed[perWord - 2] == top) }
        #expect(packed[perWord - 1] == 0 && packed[perWord] == 0)
        #expect(packed.words[1] == 0)
        packed[perWord] = top
        #expect(packed[perWord] == top && packed[perWord - 1] == 0)
    }

    @Test func mutatesInPlaceToCountThenPrefixSum() {
        // The builders' pattern: count degrees at 1..., then prefix-sum into offsets.
        var offsets = PackedIntegers(repeating: 0, count: 5, width: 32)
        for source in [2, 0, 2, 3, 0, 2] { offsets[source + 1] += 1 }
        for i in 0 ..< 4 { offsets[i + 1] += offsets[i] }
        #expect(offsets == [0, 2, 2, 5, 6])
        offsets.withUnsafeMutableBuffer { view in
            view[2] = 9
            #expect(view[2] == 9 && view[3] == 5 && view.count == 5)
        }
        #expect(offsets == [0, 2, 9, 5, 6])
    }

    @Test func copiesAreIndependent() {
        let original = PackedIntegers(repeating: 1, count: 10, width: 2)
        var copy = original
        copy[3] = 2
        #expect(original[3] == 1 && copy[3] == 2)
        #expect(original != copy)
    }

    @Test func equalityComparesElementsWhateverTheWidth() throws {
        let narrow = try PackedIntegers([1, 0, 3], width: 2), wide = try PackedIntegers([1, 0, 3], width: 64)
        #expect(narrow == wide)
        #expect(narrow == [1, 0, 3])
        #expect(narrow != [1, 0, 2])
        #expect(narrow != [1, 0])
        #expect(PackedIntegers(repeating: 0, count: 0, width: 8) == [])
        #expect(narrow.description == "[1, 0, 3]")
    }

    @Test func rejectsNegativeAndTooWideValues() {
        #expect(throws: GraphError.invalidArgument("value -1 at index 2 cannot be packed: elements are in 0...\(Int.max)")) {
            try PackedIntegers([Int32(0), 4, -1])
        }
        #expect(throws: GraphError.invalidArgument("value 4 at index 1 cannot be packed: 2-bit elements hold 0...3")) {
            try PackedIntegers([1, 4], width: 2)
        }
        #expect(throws: GraphError.self) { try PackedIntegers([UInt64.max]) }
    }

    /// Random values at every width against a plain `[Int]`, through reads, writes and views.
    @Test func matchesAnArrayOnRandomValues() throws {
        let seed = UInt64.random(in: 0 ... .max)
        print("PackedIntegers property seed \(seed)")
        var rng = SeededGenerator(seed: seed)
        for _ in 0 ..< 50 {
            let width = PackedIntegers.widths[rng.nextIndex(below: PackedIntegers.widths.count)]
            let top = width == 64 ? Int.max : (1 << width) - 1
            func random() -> Int { Int(truncatingIfNeeded: rng.next()) & top }
            var plain = (0 ..< rng.nextIndex(below: 300)).map { _ in random() }
            var packed = try PackedIntegers(plain, width: width)
            #expect(Array(packed) == plain, "seed \(seed) width \(width)")
            for _ in 0 ..< plain.count {
                let i = rng.nextIndex(below: plain.count), value = random()
                plain[i] = value
                packed[i] = value
            }
            #expect(Array(packed) == plain, "seed \(seed) width \(width)")
            #expect(try packed == PackedIntegers(plain), "seed \(seed) width \(width)")
            packed.withUnsafeBuffer { view in
                #expect((0 ..< view.count).map { view[$0] } == plain, "seed \(seed) width \(width)")
            }
        }
    }
}
