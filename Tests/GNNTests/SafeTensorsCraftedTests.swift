import Foundation
import GNN
import GraphCore
import Testing

/// Crafted safetensors files: each gets one `CheckpointError.malformed`, never a trap or an
/// allocation sized by the header rather than the file.
@Suite struct SafeTensorsCraftedTests {
    /// A file with the 8-byte length `length` (the JSON's own by default), the JSON header and `data` bytes.
    static func file(_ json: String, data: Int, length: UInt64? = nil) -> Data {
        var bytes = Data()
        let header = Data(json.utf8)
        withUnsafeBytes(of: (length ?? UInt64(header.count)).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(header)
        bytes.append(Data(count: data))
        return bytes
    }

    static func tensor(_ name: String, shape: String, offsets: String) -> String {
        #""\#(name)":{"dtype":"F32","shape":\#(shape),"data_offsets":\#(offsets)}"#
    }

    static func expectMalformed(_ bytes: Data, mentions fragment: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: CheckpointError.self, sourceLocation: sourceLocation) {
            try SafeTensors.decode(bytes, path: "crafted.safetensors")
        }
        guard case let .malformed(path, reason)? = error else {
            Issue.record("expected .malformed, got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(path == "crafted.safetensors", sourceLocation: sourceLocation)
        #expect(reason.contains(fragment), "\(reason)", sourceLocation: sourceLocation)
    }

    @Test func aHeaderLengthPastTheEndIsRefused() {
        let json = "{" + Self.tensor("w", shape: "[1]", offsets: "[0,4]") + "}"
        for length in [UInt64.max, UInt64(Int.max), 1 << 40, UInt64(json.count + 5)] {
            Self.expectMalformed(Self.file(json, data: 4, length: length), mentions: "runs past the end of the file")
        }
    }

    @Test(arguments: [
        ("[1099511627776,1099511627776]", "[0,16]", "sizes in 0...2147483647"), // 2^80 elements
        ("[2147483647,2147483647]", "[0,16]", "does not fit"),               // 2^62 elements, 2^64 bytes
        ("[4611686018427387904]", "[0,16]", "sizes in 0...2147483647"),      // one dimension of 2^62
        ("[2,3,4]", "[0,16]", "only ranks 0 to 2"),
        ("[-1,4]", "[0,16]", "sizes in 0..."),
        ("[4]", "[0,9223372036854775807]", "outside the 16 data bytes"),     // offsets past the end
        ("[4]", "[16,32]", "outside the 16 data bytes"),
        ("[4]", "[-16,0]", "outside"),
        ("[4]", "[16,0]", "outside"),
        ("[2]", "[0,16]", "does not fit its 16 bytes"),
    ])
    func impossibleShapesAndOffsetsAreRefused(input: (String, String, String)) {
        let json = "{" + Self.tensor("w", shape: input.0, offsets: input.1) + "}"
        Self.expectMalformed(Self.file(json, data: 16), mentions: input.2)
    }

    /// Many entries aliasing the same bytes would allocate the data many times over; the tensors
    /// must tile the data exactly.
    @Test func overlapsAndGapsAreRefused() {
        let aliases = (0 ..< 1_000).map { Self.tensor("t\($0)", shape: "[1024]", offsets: "[0,4096]") }
        Self.expectMalformed(Self.file("{" + aliases.joined(separator: ",") + "}", data: 4_096), mentions: "overlaps")
        let gap = "{" + Self.tensor("a", shape: "[1]", offsets: "[0,4]") + "," + Self.tensor("b", shape: "[1]", offsets: "[8,12]") + "}"
        Self.expectMalformed(Self.file(gap, data: 12), mentions: "data bytes 4..<8")
        let tail = "{" + Self.tensor("a", shape: "[1]", offsets: "[0,4]") + "}"
        Self.expectMalformed(Self.file(tail, data: 12), mentions: "data bytes 4..<12")
    }

    @Test func tilingTensorsInAnyOrderAndEmptyOnesDecode() throws {
        let json = "{" + [Self.tensor("b", shape: "[2]", offsets: "[4,12]"), Self.tensor("a", shape: "[]", offsets: "[0,4]"),
                          Self.tensor("e", shape: "[0,7]", offsets: "[12,12]")].joined(separator: ",") + "}"
        var bytes = Self.file(json, data: 0)
        for value: Float in [1, 2, 3] { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        let contents = try SafeTensors.decode(bytes)
        #expect(contents.tensors == ["a": Matrix([[1]]), "b": Matrix([[2, 3]]), "e": Matrix(rows: 0, columns: 7)])
    }

    @Test func deeplyNestedOrBrokenHeadersAreRefused() {
        Self.expectMalformed(Self.file(String(repeating: "[", count: 100_000), data: 0), mentions: "not a JSON object")
        Self.expectMalformed(Self.file(#"{"w":{"dtype":"F32","shape":[1e300],"data_offsets":[0,4]}}"#, data: 4),
                             mentions: "lacks dtype, shape or data_offsets")
        Self.expectMalformed(Self.file("{}", data: 0, length: 1), mentions: "not a JSON object")
    }
}
