/// Reads and writes circuits by file extension, so every command accepts every format:
/// `.aig` / `.aag` (AIGER), `.blif`, `.bench`, `.v` (structural Verilog). Reads also take them
/// gzip-compressed (`.v.gz`; the file layer decompresses); writes are uncompressed.
///
/// ```swift
/// let aig = try CircuitFile.read("c17.bench")
/// try CircuitFile.write(aig, to: "c17.aig")
/// ```
public enum CircuitFile {
    /// A circuit file format.
    public enum Format: String, Sendable, CaseIterable {
        case aiger, blif, bench, verilog

        /// The format the extension of `path` names (case-insensitive), before a final `.gz`
        /// (`x.aig.gz` is AIGER), or `nil`. - Complexity: O(path)
        public init?(path: String) {
            var name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            if CircuitFile.isGzipName(path) { name = name.dropLast(3) }
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
        /// The path whose extension names no supported format, or a compressed file to write.
        public var path: String
        /// Whether `path` was to be written (compressed files are read, not written).
        public var writing: Bool

        /// Creates the error for `path`. - Complexity: O(1)
        public init(path: String, writing: Bool = false) {
            self.path = path
            self.writing = writing
        }

        public var description: String {
            let lower = path.lowercased()
            if writing, CircuitFile.isGzipName(path) {
                return "\(path): circuits are written uncompressed; name the file without .gz and compress it afterwards (gzip FILE)"
            }
            if lower.hasSuffix(".xz") || lower.hasSuffix(".bz2") || lower.hasSuffix(".zst") {
                return "\(path): of compressed files only gzip (.gz) is read directly; decompress first (e.g. 'xz -dk \(path)')"
            }
            return "\(path): unknown circuit file type; use .aig or .aag (AIGER), .blif, .bench or .v (structural Verilog), optionally gzipped (.gz) to read"
        }
    }

    /// Whether `path` ends in `.gz` (case-insensitive). - Complexity: O(1)
    public static func isGzipName(_ path: String) -> Bool { path.lowercased().hasSuffix(".gz") }

    /// The extensions `read` and `write` accept.
    public static let extensions = [".aig", ".aag", ".blif", ".bench", ".v"]

    /// Reads the circuit at `path` in the format its extension names.
    /// - Throws: `UnsupportedFile` for other extensions, `AIGERError` or `NetlistError`.
    /// - Complexity: O(file size + ANDs)
    public static func read(_ path: String) throws -> AIG {
        switch try format(of: path) {
        case .aiger: return try AIGERReader.read(contentsOf: path)
        case .blif: return try BLIFReader.read(contentsOf: path)
        case .bench: return try BenchReader.read(contentsOf: path)
        case .verilog: return try VerilogReader.read(contentsOf: path)
        }
    }

    /// Writes `aig` to `path` in the format its extension names (AIGER: `.aag` ASCII, `.aig`
    /// binary), atomically. BLIF models and Verilog modules are named after the file. What the
    /// format cannot hold (see `FormatLoss`) is refused unless `dropping` allows its kind.
    /// `writeChecked` also reads the file back and compares it before it replaces `path`.
    ///
    /// - Returns: what was dropped (empty for AIGER, or when the AIG has nothing the format lacks).
    /// - Throws: `UnsupportedFile`; `LossyWriteError` naming the refused loss (nothing is
    ///   written); `AIGERError`/`NetlistError` for I/O, or latches in Verilog.
    /// - Complexity: O(M)
    @discardableResult
    public static func write(_ aig: AIG, to path: String, dropping: Set<FormatLoss.Kind> = []) throws -> FormatLoss {
        let format = try writingFormat(of: path)
        try write(aig, to: path, as: format, name: stem(of: path), dropping: dropping)
        return FormatLoss(writing: aig, as: format).restricted(to: dropping)
    }

    /// The format `path`'s extension names. - Throws: `UnsupportedFile`. - Complexity: O(path)
    static func format(of path: String) throws -> Format {
        guard let format = Format(path: path) else { throw UnsupportedFile(path: path) }
        return format
    }

    /// The format to write `path` in: as `format(of:)`, refusing `.gz` names.
    /// - Throws: `UnsupportedFile`. - Complexity: O(path)
    public static func writingFormat(of path: String) throws -> Format {
        guard !isGzipName(path) else { throw UnsupportedFile(path: path, writing: true) }
        return try format(of: path)
    }

    /// The file name up to its first dot, naming a BLIF model or Verilog module. - Complexity: O(path)
    static func stem(of path: String) -> String {
        String(path.split(separator: "/").last?.split(separator: ".").first ?? "top")
    }

    /// Writes `aig` to `path` as `format`, the model or module called `name`; a refused loss
    /// names `path`. - Complexity: O(M)
    static func write(_ aig: AIG, to path: String, as format: Format, name: String, dropping: Set<FormatLoss.Kind>) throws {
        switch format {
        case .aiger: try AIGERWriter.write(aig, to: path)
        case .blif: try BLIFWriter.write(aig, to: path, model: name, dropping: dropping)
        case .bench: try BenchWriter.write(aig, to: path, dropping: dropping)
        case .verilog: try VerilogWriter.write(aig, to: path, module: name, dropping: dropping)
        }
    }
}
