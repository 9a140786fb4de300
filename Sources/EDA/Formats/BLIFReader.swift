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
