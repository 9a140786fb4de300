import GraphCore

/// Which designs train, choose defaults (validation) and measure (test): a seeded split by
/// design, so no net of a test design is seen in training or pre-training. Written and read
/// as TSV, `design<TAB>train|validation|test`, one design a line.
public struct ParasiticSplit: Sendable, Equatable {
    /// A part of the split.
    public enum Part: String, Sendable, CaseIterable {
        case train, validation, test
    }

    /// Design name → part.
    public private(set) var parts: [String: Part]

    /// The designs of `part`, sorted. - Complexity: O(designs log designs)
    public func designs(in part: Part) -> [String] { parts.filter { $0.value == part }.map(\.key).sorted() }

    /// `designs` shuffled with `seed` (after sorting, so the order given does not matter) and
    /// cut into `validation` and `test` shares, the rest for training.
    /// - Complexity: O(designs log designs)
    public init(designs: [String], seed: UInt64, validation: Double = 0.15, test: Double = 0.15) {
        var generator = SeededGenerator(seed: seed)
        var order = designs.sorted()
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, generator.nextIndex(below: i + 1)) }
        let testCount = Int((Double(order.count) * test).rounded()), validationCount = Int((Double(order.count) * validation).rounded())
        parts = [:]
        for (k, design) in order.enumerated() {
            parts[design] = k < testCount ? .test : k < testCount + validationCount ? .validation : .train
        }
    }

    /// The split a TSV file lists.
    /// - Throws: `ParasiticError.malformedSplit` naming the line and what was expected.
    /// - Complexity: O(text)
    public init(tsv text: String, path: String) throws {
        parts = [:]
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let part = Part(rawValue: String(fields[1])) else {
                throw ParasiticError.malformedSplit(path: path, line: k + 1, found: String(line.prefix(80)))
            }
            parts[String(fields[0])] = part
        }
    }

    /// The TSV text, sorted by design. - Complexity: O(designs log designs)
    public var tsv: String { parts.keys.sorted().map { "\($0)\t\(parts[$0]!.rawValue)\n" }.joined() }
}
