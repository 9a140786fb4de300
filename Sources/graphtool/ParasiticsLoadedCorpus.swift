import CircuitLearning
import EDA
import Foundation
import GraphCore

/// The designs of a corpus directory read and grouped by the split's parts.
struct ParasiticsLoadedCorpus {
    let split: ParasiticSplit
    let parts: [ParasiticSplit.Part: [ParasiticDesign]]

    /// Reads the split and the designs it names (all of them, or only `only`'s parts).
    init(options: ParasiticsCorpusOptions, entries: [ParasiticCorpus.Entry]? = nil, library: LibertyLibrary,
         only: Set<ParasiticSplit.Part> = Set(ParasiticSplit.Part.allCases), progress: ProgressLine) throws {
        let text = String(decoding: try FileIO.readAll(options.split), as: UTF8.self)
        split = try ParasiticSplit(tsv: text, path: options.split)
        let entries = try entries ?? ParasiticCorpus.entries(in: options.dataDirectory)
        let byName = Dictionary(entries.map { ($0.design, $0) }, uniquingKeysWith: { a, _ in a })
        var parts: [ParasiticSplit.Part: [ParasiticDesign]] = [:]
        let wanted = ParasiticSplit.Part.allCases.filter { only.contains($0) }
        let split = self.split
        let total = wanted.reduce(0) { $0 + split.designs(in: $1).count }
        var done = 0
        for part in wanted {
            var designs: [ParasiticDesign] = []
            for name in split.designs(in: part) {
                guard let entry = byName[name] else {
                    throw ParasiticError.missingDesign(directory: options.dataDirectory, design: name)
                }
                let design = try ParasiticCorpus.load(entry, library: library, spice: options.spice)
                designs.append(options.technologyIndependent ? design.technologyIndependent() : design)
                done += 1
                progress.update("reading designs \(done)/\(total)  \(name)")
            }
            parts[part] = designs
        }
        progress.finish()
        self.parts = parts
    }

    /// The designs of `part`. - Complexity: O(1)
    subscript(part: ParasiticSplit.Part) -> [ParasiticDesign] { parts[part] ?? [] }
}
