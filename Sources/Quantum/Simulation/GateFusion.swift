/// Turns a sequence of gates into fewer passes over the state, as state-vector simulators do
/// (qiskit-aer's and qsim's gate fusion): runs of diagonal gates become one ``DiagonalRun``,
/// gates on one qubit are multiplied together, and those before a two-qubit gate are folded
/// into its 4×4 matrix. The product of the steps is the product of the gates.
///
/// The pending work is kept in one order: what is emitted, then the diagonal run, then the
/// single-qubit products (on distinct qubits, so they commute with each other); a new gate is
/// placed after all of them on its qubits, flushing only what it does not commute with.
struct GateFusion {
    /// One pass over the state.
    enum Step: Sendable {
        case matrix(ControlledMatrix)
        case diagonal(DiagonalRun)
    }

    private(set) var steps: [Step] = []
    private var run = DiagonalRun()
    private var pending: [Int: GateMatrix] = [:]

    /// Adds `gate` with `parameters` on circuit qubits `qubits`. - Complexity: O(1) per matrix
    /// of its action, up to O(2¹¹) for a diagonal one.
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
        for qubit in pending.keys.sorted() { flushPending(qubit) }
        return steps
    }

    private mutating func append(_ gate: ControlledMatrix) {
        let qubits = gate.qubits
        if gate.controls.isEmpty, gate.targets.count == 1 {
            let qubit = gate.targets[0]
            if let before = pending[qubit] {
                pending[qubit] = gate.matrix * before
            } else if gate.matrix.isDiagonal {
                run.append(gate)
            } else {
                pending[qubit] = gate.matrix
            }
            return
        }
        if gate.matrix.isDiagonal {
            for qubit in qubits where pending[qubit] != nil {
                if run.qubitMask >> qubit & 1 == 1 { flushRun() }
                flushPending(qubit)
            }
            run.append(gate)
            return
        }
        if qubits.contains(where: { run.qubitMask >> $0 & 1 == 1 }) { flushRun() }
        if qubits.count == 2 {
            var full = gate.expanded(over: qubits)
            for qubit in qubits {
                if let before = pending.removeValue(forKey: qubit) {
                    full = full * ControlledMatrix(matrix: before, targets: [qubit], controls: []).expanded(over: qubits)
                }
            }
            steps.append(.matrix(ControlledMatrix(matrix: full, targets: qubits, controls: [])))
            return
        }
        for qubit in qubits { flushPending(qubit) }
        steps.append(.matrix(gate))
    }

    private mutating func flushRun() {
        guard !run.isEmpty else { return }
        steps.append(.diagonal(run))
        run = DiagonalRun()
    }

    private mutating func flushPending(_ qubit: Int) {
        guard let matrix = pending.removeValue(forKey: qubit) else { return }
        steps.append(.matrix(ControlledMatrix(matrix: matrix, targets: [qubit], controls: [])))
    }
}
