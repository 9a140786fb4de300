import Foundation
import GraphCore
@testable import EDA

/// Small hand-made AIGER files with hand-checked answers, and helpers shared by the tests.
enum Fixtures {
    /// sum = a xor b (literal 10), carry = a & b (literal 6):
    /// 6 = a & b, 8 = !a & !b, 10 = !6 & !8. Levels 1, 1, 2; depth 2.
    static let halfAdder = """
        aag 5 2 0 2 3
        2
        4
        10
        6
        6 4 2
        8 5 3
        10 9 7
        i0 a
        i1 b
        o0 sum
        o1 carry
        c
        half adder

        """

    /// A 1.9 file with every section: a toggle latch with reset 1, an uninitialised latch
    /// (reset = its own literal), an output, bad, constraint, justice (2 literals), fairness,
    /// symbols of every kind, and a comment holding a NUL.
    static let allSections: [UInt8] = Array("""
        aag 5 1 2 1 2 1 1 1 1
        2
        4 10 1
        6 8 6
        10
        8
        3
        2
        2
        4
        6
        8 4 2
        10 7 5
        i0 enable
        l0 toggle
        l1 free
        o0 out
        b0 never
        c0 assume
        j0 live
        f0 fair
        c
        top
        """.utf8) + [0] + Array("\nafter NUL\n".utf8)

    static func aig(_ text: String) throws -> AIG {
        try AIGERReader.read(bytes: Array(text.utf8), fileName: "test.aag")
    }

    /// The error reading `bytes` throws, or `nil` if it parses.
    static func error(_ bytes: [UInt8], file: String = "t.aig") -> AIGERError? {
        do {
            _ = try AIGERReader.read(bytes: bytes, fileName: file)
            return nil
        } catch let error as AIGERError {
            return error
        } catch {
            return AIGERError(.io("unexpected error type: \(error)"), at: nil)
        }
    }

    static func error(_ text: String) -> AIGERError? { error(Array(text.utf8), file: "t.aag") }

    /// The package root, found from this file's path (Tests/EDATests/Fixtures.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The EPFL benchmarks beside the package (`../shared/data/epfl`), when present.
    static let epflDirectory = packageRoot.appendingPathComponent("../shared/data/epfl").standardizedFileURL

    static var epflFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: epflDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".aig") }.sorted().map { epflDirectory.appendingPathComponent($0) }
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("eda-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Values of every output of `aig` for 64 seeded random patterns per round, for equivalence checks.
func outputSignature(_ aig: AIG, seed: UInt64, rounds: Int = 4) throws -> [UInt64] {
    var generator = SeededGenerator(seed: seed)
    func next() -> UInt64 { generator.next() }
    var signature: [UInt64] = []
    for _ in 0 ..< rounds {
        let words = aig.inputs.map { _ in next() }
        let values = try aig.simulate(inputWords: words)
        signature += aig.outputs.map { AIG.word(of: $0, in: values) }
    }
    return signature
}
