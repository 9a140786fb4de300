import GraphCore

/// Reads a flat BLIF model into an `AIG` (`BLIFParser` events built by `NetlistBuilder`).
///
/// ```swift
/// let aig = try BLIFReader.read(contentsOf: "counter.blif")
/// ```
public enum BLIFReader {
    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column. - Complexity: O(n + ANDs)
    public static func read(contentsOf path: String) throws -> AIG {
        try read(bytes: NetlistFile.readAll(path), fileName: path)
    }

    /// Reads BLIF held in memory; `fileName` only labels errors.
    /// - Throws: `NetlistError`. - Complexity: O(n + ANDs)
    public static func read(bytes: [UInt8], fileName: String? = nil) throws -> AIG {
        try NetlistFile.build(fileName) { builder in
            try bytes.withUnsafeBufferPointer { try BLIFParser.parse($0, into: &builder) }
        }
    }
}

/// What the text-netlist readers share: reading a file and labelling errors with its name.
enum NetlistFile {
    /// The bytes of `path`, with I/O failures as `NetlistError.io`. - Complexity: O(n)
    static func readAll(_ path: String) throws -> [UInt8] {
        do {
            return try FileIO.readAll(path)
        } catch let error as GraphIOError {
            throw NetlistError(error)
        }
    }

    /// Writes `bytes` atomically, with I/O failures as `NetlistError.io`. - Complexity: O(n)
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        do {
            try FileIO.writeAtomically(bytes, to: path)
        } catch let error as GraphIOError {
            throw NetlistError(error)
        }
    }

    /// Runs `parse` into a fresh `NetlistBuilder` and finishes it, adding `fileName` to errors.
    static func build(_ fileName: String?, _ parse: (inout NetlistBuilder) throws -> Void) throws -> AIG {
        do {
            var builder = NetlistBuilder()
            try parse(&builder)
            return try builder.finish()
        } catch var error as NetlistError {
            error.file = fileName
            throw error
        }
    }
}
