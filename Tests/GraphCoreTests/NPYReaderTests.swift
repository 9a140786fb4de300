import Foundation
import GraphCore
import Testing

/// An `.npy` file built by hand: magic, version, little-endian header length, the dictionary
/// padded with spaces to a multiple of 64 and a newline, then `data`.
func handMadeNPY(_ dictionary: String, data: [UInt8], major: UInt8 = 1) -> [UInt8] {
    let prefix = major == 1 ? 10 : 12
    let total = (prefix + dictionary.utf8.count + 1 + 63) / 64 * 64
    let length = total - prefix
    var bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, major, 0]
    bytes += major == 1 ? [UInt8(length & 0xFF), UInt8(length >> 8)]
                        : [UInt8(length & 0xFF), UInt8(length >> 8), 0, 0]
    bytes += Array(dictionary.utf8)
    bytes += [UInt8](repeating: 0x20, count: total - prefix - dictionary.utf8.count - 1) + [0x0A]
    return bytes + data
}

/// Little-endian bytes of `values`.
func littleEndianBytes<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
    values.flatMap { value in (0 ..< MemoryLayout<T>.size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}

@Suite struct NPYReaderTests {
    @Test func float32MatrixByHand() throws {
        // 1.0 = 0x3F800000, 2.0 = 0x40000000, -0.5 = 0xBF000000, 0 …
        let data = littleEndianBytes([0x3F80_0000, 0x4000_0000, 0xBF00_0000, 0, 0x4040_0000, 0x4080_0000] as [UInt32])
        let file = handMadeNPY("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", data: data)
        #expect(file.count == 128 + 24) // 10 + 59 + 1 header bytes pad to 128
        let array = try NPYReader.parse(file)
        #expect(array.shape == [2, 3])
        #expect(array.values == .float32([1, 2, -0.5, 0, 3, 4]))
    }

    @Test func integerVectorsByHandInEveryVersion() throws {
        for major: UInt8 in [1, 2, 3] {
            let i32 = handMadeNPY("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }",
                                  data: littleEndianBytes([7, -1, Int32.max]), major: major)
            #expect(try NPYReader.parse(i32) == NPYArray([7, -1, Int32.max] as [Int32]))
            // Keys in another order, double quotes, no trailing comma, Python 2 long.
            let i64 = handMadeNPY("{\"shape\": (2L,), \"fortran_order\": False, \"descr\": \"<i8\"}",
                                  data: littleEndianBytes([Int64.min, 1 << 40]), major: major)
            #expect(try NPYReader.parse(i64) == NPYArray([Int64.min, 1 << 40] as [Int64]))
        }
    }

    @Test func emptyArraysAndOneDimensionalFortranOrder() throws {
        let empty = handMadeNPY("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 5), }", data: [])
        #expect(try NPYReader.parse(empty).shape == [0, 5])
        let fortran = handMadeNPY("{'descr': '<i4', 'fortran_order': True, 'shape': (2,), }",
                                  data: littleEndianBytes([1, 2] as [Int32]))
        #expect(try NPYReader.parse(fortran).values == .int32([1, 2]))
    }

    /// (file bytes, byte offset of the error, words the message must contain)
    static let malformed: [(String, [UInt8], Int, String)] = {
        let f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"
        let good = handMadeNPY(f4, data: [UInt8](repeating: 0, count: 24))
        var badMagic = good
        badMagic[5] = UInt8(ascii: "X")
        var badVersion = good
        badVersion[6] = 4
        return [
            ("bad magic", badMagic, 5, "the NPY magic string"),
            ("zip file", Array("PK\u{3}\u{4}rest of a zip".utf8), 0, "not an .npy file"),
            ("bad version", badVersion, 6, "format version 1.0, 2.0 or 3.0"),
            ("wrong dtype f8", handMadeNPY(f4.replacingOccurrences(of: "<f4", with: "<f8"), data: []), 20,
             "dtype '<f4' (float32), '<i4' (int32), '<i8' (int64) or '<c16' (complex128)"),
            ("big-endian", handMadeNPY(f4.replacingOccurrences(of: "<f4", with: ">f4"), data: []), 20, "'<f4'"),
            ("fortran order", handMadeNPY(f4.replacingOccurrences(of: "False", with: "True"), data: []), 44,
             "fortran_order False (C order)"),
            ("3-D shape", handMadeNPY(f4.replacingOccurrences(of: "(2, 3)", with: "(2, 3, 1)"), data: []), 60,
             "a 1-D or 2-D shape"),
            ("scalar", handMadeNPY(f4.replacingOccurrences(of: "(2, 3)", with: "()"), data: []), 60,
             "a 1-D or 2-D shape"),
            ("truncated data", Array(good.dropLast(4)), 148, "24 data bytes for shape (2, 3) of '<f4'"),
            ("trailing data", good + [1, 2], 152, "the end of the file after 24 data bytes"),
            ("missing key", handMadeNPY("{'descr': '<f4', 'shape': (2, 3), }", data: []), 10,
             "(missing: 'fortran_order')"),
            ("unknown key", handMadeNPY("{'descr': '<f4', 'order': 'C', }", data: []), 27,
             "a key 'descr', 'fortran_order' or 'shape'"),
            ("bad shape", handMadeNPY(f4.replacingOccurrences(of: "(2, 3)", with: "(2, x)"), data: []), 64,
             "a non-negative integer dimension"),
            ("bad boolean", handMadeNPY(f4.replacingOccurrences(of: "False", with: "false"), data: []), 44,
             "True or False"),
            ("header past end", Array(good.prefix(40)), 40, "a header of 118 bytes"),
        ]
    }()

    @Test(arguments: malformed)
    func malformedFilesNameTheByteOffset(input: (String, [UInt8], Int, String)) {
        let error = #expect(throws: GraphIOError.self, "\(input.0)") {
            try NPYReader.parse(input.1, path: "x.npy")
        }
        expectBinaryError(error, path: "x.npy", offset: input.2, mentions: input.3)
    }

    /// Found by fuzz-npy: a carriage return after a key reached the message, which must stay
    /// on one line (control characters escaped).
    @Test func carriageReturnInTheHeaderIsQuotedOnOneLine() {
        let file = handMadeNPY("{'descr': '<i8', 'fortran_order':\r False, 'shape': (2,), }",
                               data: littleEndianBytes([1, 2] as [Int64]))
        let error = #expect(throws: GraphIOError.self) { try NPYReader.parse(file, path: "cr.npy") }
        expectBinaryError(error, path: "cr.npy", offset: 43, mentions: "True or False")
        #expect(error?.description.contains("found \"\\u{D} False, 'shape': (2\"") == true, "\(String(describing: error))")
        #expect(error?.description.contains(where: \.isNewline) == false)
    }

    @Test func typedReadersCheckDtypeAndShape() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let int64 = directory.appendingPathComponent("i8.npy")
            try NPYWriter.write([1, 5_000_000_000, 3] as [Int64], to: int64)
            let notMatrix = #expect(throws: GraphIOError.self) { try NPYReader.readMatrix(contentsOf: int64) }
            expectBinaryError(notMatrix, path: int64.path, offset: 20, mentions: "dtype '<f4' (float32) for a Matrix")
            #expect(notMatrix?.description.contains("found dtype '<i8'") == true)
            let tooWide = #expect(throws: GraphIOError.self) { try NPYReader.readInt32(contentsOf: int64) }
            expectBinaryError(tooWide, path: int64.path, offset: 128 + 8, mentions: "within Int32 range (element 1)")
            #expect(try NPYReader.readInt64(contentsOf: int64) == [1, 5_000_000_000, 3])

            let vector = directory.appendingPathComponent("f4.npy")
            try NPYWriter.write([1, 2] as [Float], to: vector)
            let notTwoD = #expect(throws: GraphIOError.self) { try NPYReader.readMatrix(contentsOf: vector) }
            expectBinaryError(notTwoD, path: vector.path, mentions: "a 2-D shape for a Matrix")
            let notInts = #expect(throws: GraphIOError.self) { try NPYReader.readInt64(contentsOf: vector) }
            expectBinaryError(notInts, path: vector.path, offset: 20, mentions: "'<i4' or '<i8'")

            let int32 = directory.appendingPathComponent("i4.npy")
            try NPYWriter.write([4, -4] as [Int32], to: int32)
            #expect(try NPYReader.readInt64(contentsOf: int32) == [4, -4])
            #expect(try NPYReader.readInt32(contentsOf: int32) == [4, -4])
        }
    }

    /// Every proper prefix of a valid file must throw a binary error naming the file; none may
    /// crash. Files: a small matrix (v1.0 header), an int64 vector with a v2.0 header.
    @Test func everyTruncationThrows() throws {
        let matrix = NPYWriter.encode(NPYArray(Matrix([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])))
        let vector = handMadeNPY("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }",
                                 data: littleEndianBytes([1, 2, 3] as [Int64]), major: 2)
        for file in [matrix, vector] {
            #expect(throws: Never.self) { try NPYReader.parse(file) }
            for length in 0 ..< file.count {
                let error = #expect(throws: GraphIOError.self, "prefix of \(length) bytes") {
                    try NPYReader.parse(file.prefix(length), path: "cut.npy")
                }
                #expect(error?.path == "cut.npy" && error?.byteOffset != nil, "prefix \(length): \(String(describing: error))")
            }
        }
    }

    /// Random byte changes in the header either still parse or throw `GraphIOError`; never crash.
    @Test func headerMutationsNeverCrash() {
        var rng = SeededGenerator(seed: 2024)
        let file = NPYWriter.encode(NPYArray(Matrix([[1, 2], [3, 4]])))
        let interesting = Array("(){}',:0123456789 \nTrueFalse<>if48L".utf8) + [0, 0x93, 0xFF]
        for _ in 0 ..< 3_000 {
            var mutated = file
            for _ in 0 ... rng.nextIndex(below: 3) {
                mutated[rng.nextIndex(below: 64)] = interesting[rng.nextIndex(below: interesting.count)]
            }
            do {
                _ = try NPYReader.parse(mutated, path: "m.npy")
            } catch let error as GraphIOError {
                #expect(error.path == "m.npy" && error.byteOffset != nil)
            } catch {
                Issue.record("unexpected error \(error) (seed 2024)")
            }
        }
    }
}
