/// Reads and writes circuits by file extension, so every command accepts every format:
/// `.aig` / `.aag` (AIGER), `.blif`, `.bench`, `.v` (structural Verilog).
///
/// ```swift
/// let aig = try CircuitFile.read("c17.bench")
/// try CircuitFile.write(aig, to: "c17.aig")
/// ```
public enum CircuitFile {
    /// A circuit file format.
    public enum Format: String, Sendable, CaseIterable {
        case aiger, blif, bench, verilog

        /// The format the extension of `path` names (case-insensitive), or `nil`. - Complexity: O(path)
        public init?(path: String) {
            let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            guard let dot = name.lastIndex(of: ".") else { return nil }
            switch name[name.index(after: dot)...].lowercased() {
            case "aig", "aag": self = .aiger
            case "blif": self = .blif
            case "bench": self = .bench
            case "v": self = .verilog
            default: return nil
            }
        }
    }

    /// Why a path cannot be handled before any format is involved.
    public struct UnsupportedFile: Error, Equatable, CustomStringConvertible {
        /// The path whose extension names no supported format.
        public var path: String

        /// Creates the error for `path`. - Complexity: O(1)
        public init(path: String) { self.path = path }

        public var description: String {
            let lower = path.lowercased()
            if lower.hasSuffix(".gz") || lower.hasSuffix(".xz") || lower.hasSuffix(".bz2") {
                return "\(path): compressed files are not read directly; decompress first (e.g. 'gunzip -k \(path)')"
            }
            return "\(path): unknown circuit file type; use .aig or .aag (AIGER), .blif, .bench or .v (structural Verilog)"
        }
    }

    /// The extensions `read` and `write` accept.
    public static let extensions = [".aig", ".aag", ".blif", ".bench", ".v"]

    /// Reads the circuit at `path` in the format its extension names.
    /// - Throws: `UnsupportedFile` for other extensions (and `.gz`), `AIGERError` or `NetlistError`.
    /// - Complexity: O(file size + ANDs)
    public static func read(_ path: String) throws -> AIG {
        guard let format = Format(path: path) else { throw UnsupportedFile(path: path) }
        switch format {
        case .aiger: return try AIGERReader.read(contentsOf: path)
        case .blif: return try BLIFReader.read(contentsOf: path)
        case .bench: return try BenchReader.read(contentsOf: path)
        case .verilog: return try VerilogReader.read(contentsOf: path)
        }
    }

    /// Writes `aig` to `path` in the format its extension names (AIGER: `.aag` ASCII, `.aig` binary).
    /// - Throws: `UnsupportedFile`; `AIGERError`/`NetlistError` for I/O, or latches in Verilog.
    /// - Complexity: O(M)
    public static func write(_ aig: AIG, to path: String) throws {
        guard let format = Format(path: path) else { throw UnsupportedFile(path: path) }
        let stem = String(path.split(separator: "/").last?.split(separator: ".").first ?? "top")
        switch format {
        case .aiger: try AIGERWriter.write(aig, to: path)
        case .blif: try BLIFWriter.write(aig, to: path, model: stem)
        case .bench: try BenchWriter.write(aig, to: path)
        case .verilog: try VerilogWriter.write(aig, to: path, module: stem)
        }
    }
}
