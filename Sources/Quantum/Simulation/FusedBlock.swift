import GraphCore

/// Gates fused into one dense unitary over a few qubits, for ``GateFusion``. The `2ᵘ × 2ᵘ`
/// matrix (u = `qubits.count`) is kept column by column as a state of `2u` qubits — bits 0..<u
/// the row, bits u..<2u the column — so a gate multiplies it from the left by acting on the
/// low qubits with the simulator's own kernels.
struct FusedBlock: Sendable {
    /// The circuit qubits, in the order of the matrix's local basis bits.
    let qubits: [Int]
    private var columns: Statevector

    /// The identity on `qubits`. - Complexity: O(4ᵘ)
    private init(qubits: [Int]) {
        self.qubits = qubits
        let size = 1 << qubits.count
        columns = Statevector(amplitudes: (0 ..< size * size).map { $0 % size == $0 / size ? .one : .zero })
    }

    /// `gate` times `blocks` (on distinct qubits, so their order does not matter), over their
    /// qubits and the gate's. - Complexity: O(4ᵘ · (2ᵗ + Σ 2^(block qubits))), none for the
    /// blocks when one block already holds every qubit of the gate.
    init(merging blocks: [FusedBlock], times gate: ControlledMatrix) {
        if blocks.count == 1, Set(gate.qubits).isSubset(of: blocks[0].qubits) {
            self = blocks[0]
        } else {
            let held = Set(blocks.flatMap(\.qubits))
            self.init(qubits: (Array(held) + gate.qubits.filter { !held.contains($0) }).sorted())
            for block in blocks { multiply(by: block.step) }
        }
        multiply(by: gate)
    }

    /// `gate · self`; every qubit of `gate` must be one of ``qubits``. - Complexity: O(4ᵘ · 2ᵗ),
    /// t the gate's targets.
    mutating func multiply(by gate: ControlledMatrix) {
        let position = { (qubit: Int) in self.qubits.firstIndex(of: qubit)! }
        columns.apply(gate.matrix, targets: gate.targets.map(position), controls: gate.controls.map(position), threads: 1)
    }

    /// The unitary, row-major over ``qubits``. - Complexity: O(4ᵘ)
    var matrix: GateMatrix {
        let size = 1 << qubits.count
        return GateMatrix((0 ..< size).map { row in (0 ..< size).map { column in columns[row + size * column] } })
    }

    /// The block as one step of the simulation.
    var step: ControlledMatrix { ControlledMatrix(matrix: matrix, targets: qubits, controls: []) }
}
