import GraphCore

/// VAMB's 103-dimensional TNF (Nissen et al. 2021): the frequencies of all 256 4-mers, counted
/// on both strands, obey linear constraints, so 153 of their 256 directions carry no signal:
/// - they sum to one;
/// - a 4-mer and its reverse complement are equally frequent (120 equations);
/// - for each 3-mer, the 4-mers it begins and the 4-mers it ends are equally frequent (64
///   equations; exact on a circular sequence, nearly so on a long contig).
///
/// The projection maps a frequency row onto an orthonormal basis of the remaining 103-dimensional
/// null space of these equations, derived here by Gram–Schmidt (so its basis differs from
/// VAMB's by a rotation; distances between projected rows are the same).
public enum TNFProjection {
    /// Width of a projected row.
    public static let dimension = 103

    /// The map from a canonical 136-column frequency row to its 103 coordinates, `136 × 103`:
    /// the row read as both-strand frequencies of the 256 4-mers, times the null-space basis.
    /// (The uniform frequency 1/256, which VAMB subtracts first, lies in the constraint space
    /// and projects to zero, so it needs no subtracting.)
    public static let kernel: Matrix = {
        let basis = nullSpaceBasis()
        let columns = TetranucleotideFrequencies.canonicalColumn
        var map = Matrix(rows: TetranucleotideFrequencies.dimension, columns: dimension)
        // Both strands: a palindrome's canonical count is its full share; any other canonical
        // count is shared by the 4-mer and its reverse complement, half each.
        for kmer in 0 ..< 256 {
            let share: Double = TetranucleotideFrequencies.reverseComplement(kmer) == kmer ? 1 : 0.5
            for j in 0 ..< dimension { map[Int(columns[kmer]), j] += Float(share * basis[j][kmer]) }
        }
        return map
    }()

    /// `tnf` (`contigs × 136` canonical frequencies) projected to `contigs × 103`.
    /// - Complexity: O(contigs × 136 × 103)
    public static func project(_ tnf: Matrix) -> Matrix {
        precondition(tnf.columns == TetranucleotideFrequencies.dimension)
        var out = Matrix(rows: tnf.rows, columns: dimension)
        let map = kernel
        for i in 0 ..< tnf.rows {
            for k in 0 ..< tnf.columns {
                let f = tnf[i, k]
                guard f != 0 else { continue }
                for j in 0 ..< dimension { out[i, j] += f * map[k, j] }
            }
        }
        return out
    }

    /// The constraint rows over the 256 4-mers (A=0 … T=3, first base in the high bits).
    static func constraints() -> [[Double]] {
        var rows = [[Double](repeating: 1, count: 256)]
        for kmer in 0 ..< 256 {
            let complement = TetranucleotideFrequencies.reverseComplement(kmer)
            guard kmer < complement else { continue }
            var row = [Double](repeating: 0, count: 256)
            row[kmer] = 1
            row[complement] = -1
            rows.append(row)
        }
        for triple in 0 ..< 64 {
            var row = [Double](repeating: 0, count: 256)
            for base in 0 ..< 4 {
                row[triple << 2 | base] += 1  // the 3-mer followed by a base
                row[base << 6 | triple] -= 1  // a base followed by the 3-mer
            }
            rows.append(row)
        }
        return rows
    }

    /// An orthonormal basis (103 vectors of 256) of the null space of `constraints()`: the
    /// constraint rows orthonormalised, then the unit vectors e₀, e₁, … with their components
    /// along everything kept so far removed, kept while anything is left.
    static func nullSpaceBasis() -> [[Double]] {
        let tolerance = 1e-9
        func reduced(_ v: [Double], by basis: [[Double]]) -> [Double]? {
            var r = v
            for _ in 0 ..< 2 {  // twice, for numerical orthogonality
                for b in basis {
                    var dot = 0.0
                    for k in 0 ..< 256 { dot += r[k] * b[k] }
                    for k in 0 ..< 256 { r[k] -= dot * b[k] }
                }
            }
            let norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > tolerance ? r.map { $0 / norm } : nil
        }
        var span: [[Double]] = []
        for row in constraints() {
            let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if let r = reduced(row.map { $0 / norm }, by: span) { span.append(r) }
        }
        var null: [[Double]] = []
        for k in 0 ..< 256 where null.count < dimension {
            var unit = [Double](repeating: 0, count: 256)
            unit[k] = 1
            if let r = reduced(unit, by: span + null) { null.append(r) }
        }
        precondition(span.count == 256 - dimension && null.count == dimension, "TNF constraints of unexpected rank")
        return null
    }
}
