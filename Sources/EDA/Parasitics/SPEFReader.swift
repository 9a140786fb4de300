import GraphCore

/// Reads SPEF files (IEEE 1481, as OpenROAD/OpenRCX and other extractors write them), plain or
/// gzipped, into `Parasitics` (see `SPEFParser` for what is read).
///
/// ```swift
/// let parasitics = try SPEFReader.read(contentsOf: "gcd.spef.gz")
/// let netlist = try CellNetlistReader.read(contentsOf: "gcd.v")
/// let mapping = parasitics.mapping(to: netlist)   // SPEF nets and pins → netlist, with counts
/// ```
public enum SPEFReader {
    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column, and what was expected.
    /// - Complexity: O(n) expected, n the file size.
    public static func read(contentsOf path: String) throws -> Parasitics {
        try read(bytes: NetlistFile.readAll(path), fileName: path)
    }

    /// Reads SPEF held in memory; `fileName` only labels errors. The entry point for fuzzing.
    /// - Throws: `NetlistError`. - Complexity: O(n) expected, n = `bytes.count`
    public static func read(bytes: [UInt8], fileName: String? = nil) throws -> Parasitics {
        do {
            return try bytes.withUnsafeBufferPointer { try SPEFParser.parse($0) }
        } catch var error as NetlistError {
            error.file = fileName
            throw error
        }
    }
}
