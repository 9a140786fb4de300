import Foundation
import GraphCore

/// Reads OpenQASM 2.0 programs into a ``QuantumCircuit`` (see ``QASMParser`` for the grammar and
/// the leniencies, ``QASMCircuitBuilder`` for the expansion).
///
/// ```swift
/// let circuit = try QASMReader.read("netlists/bell.qasm")
/// ```
public enum QASMReader {
    /// Reads the program at `path`; `include "file"` (other than `qelib1.inc`) is read relative to
    /// the program's directory. `warn` hears of what was skipped (see ``QASMCircuitBuilder``: a
    /// measurement of an undeclared register).
    /// - Throws: `QASMError` naming the file, line, column and what was expected.
    /// - Complexity: O(file size + operations of the expanded circuit)
    public static func read(_ path: String, warn: @escaping (QASMError) -> Void = { _ in }) throws -> QuantumCircuit {
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(path) } catch let error as GraphIOError { throw QASMError(error) }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(bytes, file: path, warn: warn) { included, location in
            let resolved = included.hasPrefix("/") ? included : directory.appendingPathComponent(included).path
            do {
                return (try FileIO.readAll(resolved), resolved)
            } catch let error as GraphIOError {
                throw QASMError(.invalid("cannot read the included file '\(included)': \(error.message)"), at: location, file: path)
            }
        }
    }

    /// Parses a program held in memory; `file` names it in errors. Includes other than
    /// `qelib1.inc` are rejected.
    /// - Throws: `QASMError`. - Complexity: O(bytes + operations of the expanded circuit)
    public static func parse(_ bytes: [UInt8], file: String? = nil, warn: @escaping (QASMError) -> Void = { _ in }) throws -> QuantumCircuit {
        try parse(bytes, file: file, warn: warn) { included, location in
            throw QASMError(.invalid("cannot include '\(included)' when reading from memory; read the program from its file"),
                            at: location, file: file)
        }
    }

    /// Parses `text`. - Throws: `QASMError`. - Complexity: O(text + operations)
    public static func parse(_ text: String, file: String? = nil, warn: @escaping (QASMError) -> Void = { _ in }) throws -> QuantumCircuit {
        try parse(Array(text.utf8), file: file, warn: warn)
    }

    /// At most this many operations and qubit references per byte of the main file (plus a
    /// base), so that nested gate definitions cannot expand a small file without bound.
    static func elementLimit(bytes: Int) -> Int {
        let (product, overflow) = bytes.multipliedReportingOverflow(by: 32)
        return overflow ? Int.max : (1 << 21) + product
    }

    private static func parse(_ bytes: [UInt8], file: String?, warn: @escaping (QASMError) -> Void,
                              resolveInclude: @escaping QASMParser.IncludeResolver) throws -> QuantumCircuit {
        var builder = QASMCircuitBuilder(file: file, elementLimit: elementLimit(bytes: bytes.count), warn: warn)
        var parser = try QASMParser(bytes, file: file, resolveInclude: resolveInclude)
        try parser.parse(into: &builder)
        return builder.circuit
    }
}
