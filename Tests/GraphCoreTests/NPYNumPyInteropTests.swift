import Foundation
import GraphCore
import Testing

/// Files written by graphtool are read by NumPy and the other way round. Skipped when
/// `python3 -c "import numpy"` fails.
@Suite(.enabled(if: IOTestSupport.numpyIsAvailable, "needs python3 with numpy"))
struct NPYNumPyInteropTests {
    @Test func numpyReadsGraphtoolFiles() throws {
        // 1.2 MB, more than one write chunk
        let matrix = try Matrix(rows: 300, columns: 1_000, values: (0 ..< 300_000).map { Float($0) * 0.25 - 7 })
        try IOTestSupport.withTemporaryDirectory { directory in
            let paths = ["m.npy", "i4.npy", "i8.npy", "empty.npy"].map { directory.appendingPathComponent($0) }
            try NPYWriter.write(matrix, to: paths[0])
            try NPYWriter.write([3, -1, Int32.max, Int32.min] as [Int32], to: paths[1])
            try NPYWriter.write([Int64.max, -5, 1 << 40] as [Int64], to: paths[2])
            try NPYWriter.write(Matrix(rows: 0, columns: 4), to: paths[3])
            let script = """
            import sys, numpy as np
            m, i4, i8, e = (np.load(p) for p in sys.argv[1:])
            assert m.dtype == np.float32 and m.shape == (300, 1000), (m.dtype, m.shape)
            assert m.flags['C_CONTIGUOUS']
            assert np.array_equal(m, (np.arange(300000, dtype=np.float32) * np.float32(0.25) - np.float32(7)).reshape(300, 1000))
            assert i4.dtype == np.int32 and i4.tolist() == [3, -1, 2**31 - 1, -2**31], i4
            assert i8.dtype == np.int64 and i8.tolist() == [2**63 - 1, -5, 2**40], i8
            assert e.dtype == np.float32 and e.shape == (0, 4), e.shape
            print("ok")
            """
            let result = try IOTestSupport.python(script, paths.map(\.path))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "ok\n")
        }
    }

    /// complex128 both ways: graphtool's vector read by NumPy, NumPy's read back bit for bit.
    @Test func complexVectorsBothWays() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let ours = directory.appendingPathComponent("ours.npy"), theirs = directory.appendingPathComponent("theirs.npy")
            try NPYWriter.write(NPYArray(complexInterleaved: [0.5, -1, 0, 2, -0.0, 1e-300]), to: ours)
            let script = """
            import sys, numpy as np
            a = np.load(sys.argv[1])
            assert a.dtype == np.complex128 and a.shape == (3,), (a.dtype, a.shape)
            assert a.tolist() == [0.5 - 1j, 2j, complex(-0.0, 1e-300)], a
            np.save(sys.argv[2], np.array([1 + 2j, -3.25j], dtype=np.complex128))
            print("ok")
            """
            let result = try IOTestSupport.python(script, [ours.path, theirs.path])
            #expect(result.status == 0 && result.stdout == "ok\n", "\(result.stderr)")
            #expect(try NPYReader.read(contentsOf: theirs) == NPYArray(complexInterleaved: [1, 2, 0, -3.25]))
            #expect(throws: GraphIOError.self) { try NPYReader.readMatrix(contentsOf: theirs) }
        }
    }

    @Test func graphtoolReadsNumpyFiles() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let script = """
            import sys, os, numpy as np
            d = sys.argv[1]
            np.save(os.path.join(d, 'f4.npy'), (np.arange(12, dtype=np.float32) / 8 - 1).reshape(3, 4))
            np.save(os.path.join(d, 'i4.npy'), np.array([5, -6, 7], dtype=np.int32))
            np.save(os.path.join(d, 'i8.npy'), np.array([2**62, -3], dtype=np.int64))
            np.save(os.path.join(d, 'col.npy'), np.ones((4, 1), dtype=np.float32, order='F'))
            with open(os.path.join(d, 'v2.npy'), 'wb') as f:
                np.lib.format.write_array(f, np.array([[1.5, 2.5]], dtype=np.float32), version=(2, 0))
            np.save(os.path.join(d, 'f8.npy'), np.zeros((2, 2)))
            np.save(os.path.join(d, 'fortran.npy'), np.asfortranarray(np.zeros((2, 3), dtype=np.float32)))
            np.save(os.path.join(d, 'big.npy'), np.zeros(3, dtype='>f4'))
            np.save(os.path.join(d, 'cube.npy'), np.zeros((2, 2, 2), dtype=np.float32))
            """
            let result = try IOTestSupport.python(script, [directory.path])
            try #require(result.status == 0, "\(result.stderr)")
            let url = { directory.appendingPathComponent($0) }

            let f4 = try NPYReader.readMatrix(contentsOf: url("f4.npy"))
            #expect(f4 == (try Matrix(rows: 3, columns: 4, values: (0 ..< 12).map { Float($0) / 8 - 1 })))
            #expect(try NPYReader.readInt32(contentsOf: url("i4.npy")) == [5, -6, 7])
            #expect(try NPYReader.readInt64(contentsOf: url("i8.npy")) == [1 << 62, -3])
            #expect(try NPYReader.readMatrix(contentsOf: url("col.npy")) == Matrix(rows: 4, columns: 1, repeating: 1))
            #expect(try NPYReader.readMatrix(contentsOf: url("v2.npy")) == Matrix([[1.5, 2.5]]))

            for (name, fragment) in [("f8.npy", "dtype '<f4' (float32), '<i4' (int32), '<i8' (int64) or '<c16' (complex128)"),
                                     ("fortran.npy", "fortran_order False (C order)"),
                                     ("big.npy", "'>f4'"),
                                     ("cube.npy", "a 1-D or 2-D shape")] {
                let error = #expect(throws: GraphIOError.self, "\(name)") { try NPYReader.read(contentsOf: url(name)) }
                expectBinaryError(error, path: url(name).path, mentions: fragment)
            }
        }
    }
}
