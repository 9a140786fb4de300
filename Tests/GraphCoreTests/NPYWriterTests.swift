import Foundation
import GraphCore
import Testing

@Suite struct NPYWriterTests {
    @Test func headerLayoutByHand() {
        let bytes = NPYWriter.encode(NPYArray([1, 2, 3] as [Int32]))
        #expect(bytes.count == 128 + 12)
        #expect(Array(bytes.prefix(10)) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, 118, 0])
        let header = String(decoding: bytes[10 ..< 128], as: UTF8.self)
        #expect(header.hasPrefix("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }   "))
        #expect(header.hasSuffix(" \n"))
        #expect(Array(bytes[128...]) == [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])
    }

    @Test(arguments: [
        NPYArray(Matrix([[1, -2.5, .pi], [0, 1e-30, -0]])),
        NPYArray(Matrix(rows: 0, columns: 3)),
        NPYArray([Float.greatestFiniteMagnitude, -.leastNonzeroMagnitude]),
        NPYArray([Int32.min, 0, Int32.max]),
        NPYArray([Int64.min, -1, Int64.max]),
        NPYArray([] as [Int64]),
    ])
    func roundTripInMemory(array: NPYArray) throws {
        #expect(try NPYReader.parse(NPYWriter.encode(array)) == array)
    }

    @Test func roundTripThroughFiles() throws {
        var rng = SeededGenerator(seed: 99)
        // 1.4 MB: streams through more than one flush
        let matrix = try Matrix(rows: 700, columns: 500, values: (0 ..< 350_000).map { _ in rng.nextGaussian() })
        let labels = (0 ..< 1_000).map { _ in Int32(rng.nextIndex(below: 7)) - 1 }
        let ids = (0 ..< 1_000).map { _ in Int64(bitPattern: rng.next()) }
        try IOTestSupport.withTemporaryDirectory { directory in
            let x = directory.appendingPathComponent("x.npy")
            let y = directory.appendingPathComponent("y.npy")
            let z = directory.appendingPathComponent("z.npy")
            try NPYWriter.write(matrix, to: x)
            try NPYWriter.write(labels, to: y)
            try NPYWriter.write(ids, to: z)
            #expect(try NPYReader.readMatrix(contentsOf: x) == matrix)
            #expect(try NPYReader.readInt32(contentsOf: y) == labels)
            #expect(try NPYReader.readInt64(contentsOf: z) == ids)
            #expect(try IOTestSupport.listing(directory) == ["x.npy", "y.npy", "z.npy"])
            // Overwrite in place.
            try NPYWriter.write([5] as [Int32], to: y)
            #expect(try NPYReader.readInt32(contentsOf: y) == [5])
        }
    }

    @Test func shapesMustMatchTheValues() {
        #expect(throws: GraphError.self) { try NPYArray(shape: [2, 2], values: .int32([1, 2, 3])) }
        #expect(throws: GraphError.self) { try NPYArray(shape: [1, 1, 1], values: .int32([1])) }
        #expect(throws: GraphError.self) { try NPYArray(shape: [], values: .int32([1])) }
    }
}
