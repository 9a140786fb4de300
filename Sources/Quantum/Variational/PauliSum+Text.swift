import Foundation
import GraphCore

/// Why a Pauli-sum text was rejected: `file:line: message`.
public struct PauliSumError: Error, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int
    public var message: String

    /// One line: control characters quoted from the file are escaped.
    public var description: String { _oneLineMessage("\(file ?? "<text>"):\(line): \(message)") }
}

extension PauliSum {
    /// The widest Pauli label read: the masks are bits of an `Int`, and states past 30 qubits
    /// would not fit in memory anyway.
    public static let maximumQubits = 30

    /// Reads one term per line, `coefficient LABEL` (`-0.5 XZIY`, the label highest qubit first
    /// as Qiskit writes it); `#` starts a comment, blank lines are skipped, every label has the
    /// same length.
    /// - Throws: `PauliSumError` naming the line and what was expected there.
    /// - Complexity: O(text)
    public init(text: String, file: String? = nil) throws {
        var terms: [Term] = [], width: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            func fail(_ message: String) -> PauliSumError { PauliSumError(file: file, line: line, message: message) }
            let content = raw.prefix { $0 != "#" }
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            guard fields.count == 2 else {
                throw fail("expected 'coefficient LABEL' (two fields, e.g. '-0.5 XZIY'), found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            guard let coefficient = Double(fields[0]), coefficient.isFinite else {
                throw fail("expected a finite real coefficient, found '\(fields[0].prefix(40))'")
            }
            let label = String(fields[1])
            guard (1 ... Self.maximumQubits).contains(label.count) else {
                throw fail("expected a Pauli label of 1 to \(Self.maximumQubits) letters, found \(label.count)")
            }
            guard let term = Term(coefficient: coefficient, label: label) else {
                throw fail("expected a Pauli label of the letters I, X, Y, Z, found '\(label.prefix(40))'")
            }
            if let width, width != label.count {
                throw fail("expected a label of \(width) letters like the lines before, found \(label.count)")
            }
            width = label.count
            terms.append(term)
        }
        guard let width else { throw PauliSumError(file: file, line: 1, message: "expected at least one 'coefficient LABEL' line, found none") }
        self.init(qubits: width, terms: terms)
    }

    /// Reads a Pauli-sum file (see ``init(text:file:)``).
    /// - Throws: `PauliSumError` for an unreadable file or bad text.
    /// - Complexity: O(file size)
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PauliSumError(file: path, line: 0, message: "cannot read the file; check the path")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), file: path)
    }
}
