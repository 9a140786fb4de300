/// Reads a Liberty (`.lib`) file into a `LibertyLibrary` (`LibertyParser` events built by
/// `LibertyLibraryBuilder`).
///
/// ```swift
/// let library = try LibertyReader.read(contentsOf: "sky130hd_tt.lib")
/// ```
public enum LibertyReader {
    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column. - Complexity: O(n)
    public static func read(contentsOf path: String) throws -> LibertyLibrary {
        try read(bytes: NetlistFile.readAll(path), fileName: path)
    }

    /// Reads Liberty text held in memory; `fileName` only labels errors. The entry point for fuzzing.
    /// - Throws: `NetlistError`. - Complexity: O(n), n = `bytes.count`
    public static func read(bytes: [UInt8], fileName: String? = nil) throws -> LibertyLibrary {
        try NetlistFile.naming(fileName) {
            var builder = LibertyLibraryBuilder()
            try bytes.withUnsafeBufferPointer { try LibertyParser.parse($0, into: &builder) }
            return try builder.finish()
        }
    }
}
