import GraphCore

/// Reads AIGER 1.9 files, ASCII (`aag`) or binary (`aig`), into an `AIG`.
///
/// ```swift
/// let aig = try AIGERReader.read(contentsOf: "adder.aig")
/// print(aig.inputs.count, aig.andCount, aig.depth())
/// ```
public enum AIGERReader {
    /// Reads the file at `path`.
    /// - Throws: `AIGERError` naming the file and the line or byte offset of the problem.
    /// - Complexity: O(n) in the file size (binary); O(n) expected (ASCII).
    public static func read(contentsOf path: String) throws -> AIG {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(path)
        } catch let error as GraphIOError {
            throw AIGERError(error)
        }
        return try read(bytes: bytes, fileName: path)
    }

    /// Reads an AIGER file held in memory; `fileName` only labels errors.
    /// - Throws: `AIGERError`. - Complexity: as `read(contentsOf:)`.
    public static func read(bytes: [UInt8], fileName: String? = nil) throws -> AIG {
        var builder = AIGBuilder(fileSize: bytes.count)
        try parse(bytes: bytes, fileName: fileName, into: &builder)
        do {
            return try builder.finish()
        } catch var error as AIGERError {
            error.file = fileName
            throw error
        }
    }

    /// Parses `bytes` into any visitor (for instance one that only counts); errors name `fileName`.
    /// - Throws: `AIGERError`, or what the visitor throws. - Complexity: O(n)
    public static func parse<V: AIGERVisitor>(bytes: [UInt8], fileName: String? = nil, into visitor: inout V) throws {
        do {
            try bytes.withUnsafeBufferPointer { try AIGERParser.parse($0, into: &visitor) }
        } catch var error as AIGERError {
            error.file = fileName
            throw error
        }
    }
}
