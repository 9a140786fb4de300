import Foundation
import GraphCore
import Metagenomics
import Render

extension RenderCommand {
    /// Draws the contig graph of `file` (an edge list of contig names, as `graphtool bin` writes
    /// `contig-graph.tsv`) with every contig of the binning `bins`, isolated ones too, filled by
    /// bin (in the legend as the number N of `bin_N`, or the bin's rank by size for other names).
    func renderContigGraph(bins path: String) throws {
        let binning = try CAMIBinningFile.read(path: path)
        let contigs = Dictionary(binning.sequences.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let pairs = try ContigPairReader.read(path: file, contigs: contigs, weighted: true)
        if !pairs.unknownNames.isEmpty {
            reporting.warn("graphtool render: \(file): \(pairs.unknownNames.count) contigs are not in \(path); their edges are left out")
        }
        let graph = try pairs.graph(nodeCount: binning.sequences.count)
        let names = binning.sequences
        var style = DrawingStyle(coloring: .categories(Self.binNumbers(binning.bins), title: "bin"))
        style.label = { names[$0] }
        let plan = try DrawingPlan(graph: graph, style: style, maxNodes: maxNodes)
        if let note = plan.note { reporting.note("graphtool render: \(note)") }
        try plan.render(to: output, engine: engine, name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        reporting.note("graphtool render: wrote \(output) (\(binning.sequences.count) contigs in \(Set(binning.bins).count) bins, \(pairs.count) edges)")
    }

    /// The category of each contig: N for bins all named `bin_N`, else bins numbered by size
    /// (largest first). - Complexity: O(contigs log contigs)
    static func binNumbers(_ bins: [String]) -> [Int32] {
        let numbers = bins.map { $0.hasPrefix("bin_") ? Int32($0.dropFirst(4)) : nil }
        if numbers.allSatisfy({ $0 != nil && $0! >= 0 }) { return numbers.map { $0! } }
        var count: [String: Int] = [:]
        for b in bins { count[b, default: 0] += 1 }
        let rank = Dictionary(uniqueKeysWithValues: count.keys.sorted { (count[$0]!, $1) > (count[$1]!, $0) }.enumerated().map { ($1, Int32($0)) })
        return bins.map { rank[$0]! }
    }
}
