/// Reads an ISCAS `.bench` netlist into an `AIG` (`BenchParser` events built by `NetlistBuilder`).
public enum BenchReader {
    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column. - Complexity: O(n + ANDs)
    public static func read(contentsOf path: String) throws -> AIG {
        try read(bytes: NetlistFile.readAll(path), fileName: path)
    }

    /// Reads bench text held in memory; `fileName` only labels errors.
    /// - Throws: `NetlistError`. - Complexity: O(n + ANDs)
    public static func read(bytes: [UInt8], fileName: String? = nil) throws -> AIG {
        try NetlistFile.build(fileName) { builder in
            try bytes.withUnsafeBufferPointer { try BenchParser.parse($0, into: &builder) }
        }
    }
}
