/// Turns a sequence of gates into fewer passes over the state, as state-vector simulators do
/// (qiskit-aer's and qsim's gate fusion): runs of diagonal gates become one ``DiagonalRun``, and
/// other gates are multiplied into dense blocks (``FusedBlock``) of up to ``width`` qubits, each
/// one pass. The product of the steps is the product of the gates.
///
/// The pending work is kept in one order: what is emitted, then the diagonal run, then the open
/// blocks (on distinct qubits, so they commute with each other); a new gate is placed after all
/// of them on its qubits, emitting only what it does not commute with or cannot join.
struct GateFusion {
    /// One pass over the state.
    enum Step: Sendable {
        case matrix(ControlledMatrix)
        case diagonal(DiagonalRun)
    }

    /// Most qubits of one dense block (1 ... ``Statevector/maxDenseTargets``).
    let width: Int
    private(set) var steps: [Step] = []
    private var run = DiagonalRun()
    private var blocks: [FusedBlock] = []

    /// Fusion into blocks of up to `width` qubits. - Complexity: O(1)
    init(width: Int = StatevectorSimulator.defaultFusionWidth) {
        precondition((1 ... Statevector.maxDenseTargets).contains(width), "a block width from 1 to \(Statevector.maxDenseTargets)")
        self.width = width
    }

    /// Adds `gate` with `parameters` on circuit qubits `qubits`. - Complexity: O(4ʷ · 2ᵗ) for a
    /// gate joining a block of w qubits, up to O(2¹¹) for a diagonal one.
    mutating func append(_ gate: StandardGate, parameters: [Double], qubits: [Int]) {
        switch gate.action(parameters) {
        case let .matrix(matrix, targets, controls):
            if gate == .id || gate == .u0 { return }
            append(ControlledMatrix(matrix: matrix, targets: targets.map { qubits[$0] }, controls: controls.map { qubits[$0] }))
        case .sequence(let inner):
            for step in inner {
                guard case .gate(let innerGate) = step.kind else { continue }
                append(innerGate, parameters: step.parameters, qubits: step.qubits.map { qubits[$0] })
            }
        }
    }

    /// The steps, with everything still pending emitted last. - Complexity: O(pending)
    mutating func finish() -> [Step] {
        flushRun()
        for block in blocks { steps.append(.matrix(block.step)) }
        blocks = []
        return steps
    }

    private mutating func append(_ gate: ControlledMatrix) {
        let qubits = gate.qubits
        var touched = blocks.filter { $0.qubits.contains(where: qubits.contains) }
        blocks.removeAll { $0.qubits.contains(where: qubits.contains) }
        let covered = Set(touched.flatMap(\.qubits))
        if gate.matrix.isDiagonal {
            // Into the blocks it lies in when they fit one block; else into the run.
            if covered.isSuperset(of: qubits), covered.count <= width {
                blocks.append(FusedBlock(merging: touched, times: gate))
            } else {
                emit(touched)
                run.append(gate)
            }
            return
        }
        if qubits.contains(where: { run.qubitMask >> $0 & 1 == 1 }) { flushRun() }
        guard qubits.count <= width else {
            emit(touched)
            steps.append(.matrix(gate))
            return
        }
        // Emit the widest touched blocks until the rest and the gate fit one block.
        touched.sort { $0.qubits.count > $1.qubits.count }
        var emitted: [FusedBlock] = []
        while Set(qubits).union(touched.flatMap(\.qubits)).count > width { emitted.append(touched.removeFirst()) }
        emit(emitted)
        blocks.append(FusedBlock(merging: touched, times: gate))
    }

    /// Emits `closed` (blocks no longer open), after the run when it touches any of them.
    private mutating func emit(_ closed: [FusedBlock]) {
        if closed.contains(where: { $0.qubits.contains { run.qubitMask >> $0 & 1 == 1 } }) { flushRun() }
        steps += closed.map { .matrix($0.step) }
    }

    private mutating func flushRun() {
        guard !run.isEmpty else { return }
        steps.append(.diagonal(run))
        run = DiagonalRun()
    }
}
