/// AMBER-style genome-binning scores (Meyer et al., "AMBER: Assessment of Metagenome
/// BinnERs", GigaScience 2018), in base pairs, as AMBER 2.0 computes them:
/// - each bin maps to the genome holding most of its bases; its purity is that share, its
///   completeness those bases over the genome's size (all its sequences in the gold standard);
/// - average purity is over bins; average completeness over all gold genomes, each taking its
///   best bin (0 when no bin holds any of it); F1 is their harmonic mean;
/// - accuracy is the bases of every bin's mapped genome over all gold bases;
/// - the adjusted Rand index is over the assigned bases (pairs counted on bases);
/// - a genome is recovered at `c`/`x` when a bin has completeness > c and purity > 1 − x.
/// Sequences of the binning that the gold standard lacks are left out and counted.
public struct BinningEvaluation: Sendable, Codable, Equatable {
    public var averagePurity: Double
    public var averageCompleteness: Double
    public var f1: Double
    public var accuracy: Double
    public var adjustedRandIndex: Double
    /// Share of the gold bases the binning assigns.
    public var assignedFraction: Double
    /// Bins with completeness > 90 % and contamination < 5 %.
    public var recovered90_5: Int
    /// Bins with completeness > 50 % and contamination < 10 %.
    public var recovered50_10: Int
    public var bins: Int
    public var genomes: Int
    /// Sequences of the binning absent from the gold standard (left out).
    public var unknownSequences: Int

    /// Scores `binning` against `gold`, which must carry lengths.
    /// - Throws: `BinningInputError.unusable` when the gold standard has no LENGTH column.
    /// - Complexity: O(sequences + bins × genomes)
    public init(binning: CAMIBinning, gold: CAMIBinning, goldPath: String = "gold standard") throws {
        guard let lengths = gold.lengths else {
            throw BinningInputError.unusable(path: goldPath, reason: "the gold standard has no LENGTH column; add one (@@SEQUENCEID\tBINID\tLENGTH)")
        }
        var genomeOf: [String: (genome: Int, length: Double)] = [:]
        var genomeIndex: [String: Int] = [:], genomeSize: [Double] = []
        for (i, name) in gold.sequences.enumerated() {
            let g = genomeIndex[gold.bins[i]] ?? {
                genomeIndex[gold.bins[i]] = genomeSize.count
                genomeSize.append(0)
                return genomeSize.count - 1
            }()
            genomeSize[g] += Double(lengths[i])
            genomeOf[name] = (g, Double(lengths[i]))
        }
        // Confusion table: bases of each genome in each bin, in order of first appearance.
        var binIndex: [String: Int] = [:]
        var confusion: [[Int: Double]] = []
        var binOrder: [[Int]] = []  // genomes of each bin in order of appearance (AMBER's tie rule)
        var unknown = 0
        for (i, name) in binning.sequences.enumerated() {
            guard let (g, length) = genomeOf[name] else {
                unknown += 1
                continue
            }
            let b = binIndex[binning.bins[i]] ?? {
                binIndex[binning.bins[i]] = confusion.count
                confusion.append([:])
                binOrder.append([])
                return confusion.count - 1
            }()
            if confusion[b][g] == nil { binOrder[b].append(g) }
            confusion[b][g, default: 0] += length
        }
        let totalGold = genomeSize.reduce(0, +)
        var purities: [Double] = [], bestOfGenome = [Double](repeating: 0, count: genomeSize.count)
        var truePositives = 0.0, assigned = 0.0, recovered90 = 0, recovered50 = 0
        for (b, row) in confusion.enumerated() {
            let size = row.values.reduce(0, +)
            var top = binOrder[b][0]
            for g in binOrder[b] where row[g]! > row[top]! { top = g }
            let purity = row[top]! / size, completeness = row[top]! / genomeSize[top]
            purities.append(purity)
            truePositives += row[top]!
            assigned += size
            if completeness > 0.9 && purity > 0.95 { recovered90 += 1 }
            if completeness > 0.5 && purity > 0.9 { recovered50 += 1 }
            for (g, bases) in row { bestOfGenome[g] = max(bestOfGenome[g], bases / genomeSize[g]) }
        }
        averagePurity = purities.isEmpty ? 0 : purities.reduce(0, +) / Double(purities.count)
        averageCompleteness = bestOfGenome.reduce(0, +) / Double(max(genomeSize.count, 1))
        f1 = averagePurity + averageCompleteness > 0 ? 2 * averagePurity * averageCompleteness / (averagePurity + averageCompleteness) : 0
        accuracy = totalGold > 0 ? truePositives / totalGold : 0
        assignedFraction = totalGold > 0 ? assigned / totalGold : 0
        adjustedRandIndex = BinningEvaluation.adjustedRandIndex(confusion, genomes: genomeSize.count)
        recovered90_5 = recovered90
        recovered50_10 = recovered50
        bins = confusion.count
        genomes = genomeSize.count
        unknownSequences = unknown
    }

    /// The adjusted Rand index of a bin × genome table of base counts (Hubert & Arabie 1985),
    /// pairs of bases as AMBER counts them. - Complexity: O(table entries)
    static func adjustedRandIndex(_ confusion: [[Int: Double]], genomes: Int) -> Double {
        func pairs(_ n: Double) -> Double { n * (n - 1) / 2 }
        var cells = 0.0, binPairs = 0.0, total = 0.0
        var genomeTotals = [Double](repeating: 0, count: genomes)
        for row in confusion {
            var size = 0.0
            for (g, n) in row {
                cells += pairs(n)
                genomeTotals[g] += n
                size += n
            }
            binPairs += pairs(size)
            total += size
        }
        let genomePairs = genomeTotals.reduce(0) { $0 + pairs($1) }
        let all = pairs(total)
        guard all > 0 else { return 0 }
        let expected = binPairs * genomePairs / all
        let denominator = (binPairs + genomePairs) / 2 - expected
        return denominator != 0 ? (cells - expected) / denominator : 0
    }
}
