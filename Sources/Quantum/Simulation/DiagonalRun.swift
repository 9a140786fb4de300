import GraphCore

/// A run of diagonal gates (phases, Z rotations, controlled phases, CZ, RZZ …) applied in one
/// pass over the state. Diagonal gates commute, so their product is one diagonal: it is kept as
/// a few lookup tables, each over at most ``tableQubits`` qubits, and every amplitude is
/// multiplied by the product of its entries in them.
struct DiagonalRun: Sendable {
    /// Qubits per lookup table: 2¹¹ entries (32 KiB) stay in the first-level cache.
    static let tableQubits = 11
    /// Low bits of the basis index handled per block (their table offsets are precomputed).
    static let blockBits = 10

    /// The tables: the qubits each reads (bit k of its index is `qubits[k]`) and its entries.
    private(set) var tables: [(qubits: [Int], phases: [Complex])] = []
    /// Every qubit some table reads.
    private(set) var qubitMask = 0

    /// Whether the run holds no gate. - Complexity: O(1)
    var isEmpty: Bool { tables.isEmpty }

    /// Multiplies a diagonal gate into the run. - Complexity: O(2ᵗ × gate qubits), t the qubits
    /// of the table it joins.
    mutating func append(_ gate: ControlledMatrix) {
        let qubits = gate.qubits, phases = gate.phases
        let index = tables.firstIndex { Set($0.qubits).union(qubits).count <= Self.tableQubits }
            ?? { tables.append(([], [.one])); return tables.count - 1 }()
        for qubit in qubits where !tables[index].qubits.contains(qubit) {
            tables[index].phases += tables[index].phases  // the new bit k: entries repeat
            tables[index].qubits.append(qubit)
        }
        let frame = tables[index].qubits
        let positions = qubits.map { frame.firstIndex(of: $0)! }
        for entry in tables[index].phases.indices {
            var local = 0
            for (k, bit) in positions.enumerated() { local |= (entry >> bit & 1) << k }
            tables[index].phases[entry] = tables[index].phases[entry] * phases[local]
        }
        qubitMask |= qubits.reduce(0) { $0 | 1 << $1 }
    }

    /// Multiplies every amplitude of `state` by the run's phase. - Complexity: O(2ⁿ × tables),
    /// one pass over memory.
    func apply(to state: inout Statevector, threads: Int) {
        let n = state.qubitCount, low = min(n, Self.blockBits)
        let blocks = 1 << (n - low), blockSize = 1 << low
        // Per table: the index each low offset contributes, and the qubits above the block.
        let lowIndex: [[Int]] = tables.map { table in
            (0 ..< blockSize).map { offset in Self.gather(offset, table.qubits) }
        }
        let tables = self.tables
        let workers = blocks >= 8 && (1 << n) >= Statevector.parallelThreshold ? threads : 1
        state.storage.withUnsafeMutableBufferPointer { buffer in
            let s = buffer.baseAddress!
            Parallel.forEachChunk(count: blocks, threads: workers) { range in
                var phases = [Complex](repeating: .one, count: blockSize)
                for block in range {
                    let high = block << low
                    for (t, table) in tables.enumerated() {
                        let base = Self.gather(high, table.qubits)
                        table.phases.withUnsafeBufferPointer { entries in
                            lowIndex[t].withUnsafeBufferPointer { offsets in
                                if t == 0 {
                                    for k in 0 ..< blockSize { phases[k] = entries[offsets[k] | base] }
                                } else {
                                    for k in 0 ..< blockSize { phases[k] = phases[k] * entries[offsets[k] | base] }
                                }
                            }
                        }
                    }
                    phases.withUnsafeBufferPointer { p in
                        let a = s + 2 * high
                        for k in 0 ..< blockSize {
                            let re = a[2 * k], im = a[2 * k + 1], f = p[k]
                            a[2 * k] = f.re * re - f.im * im
                            a[2 * k + 1] = f.re * im + f.im * re
                        }
                    }
                }
            }
        }
    }

    /// The table index of basis state `basis`: bit k is the bit of `qubits[k]`.
    @inline(__always)
    private static func gather(_ basis: Int, _ qubits: [Int]) -> Int {
        var index = 0
        for (k, qubit) in qubits.enumerated() { index |= (basis >> qubit & 1) << k }
        return index
    }
}
