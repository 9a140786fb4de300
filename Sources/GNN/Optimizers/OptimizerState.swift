import GraphCore

/// An optimizer's state: its per-parameter buffers (moments, velocities) as named tensors and
/// its counters as text, the form checkpoints store (tensors beside the parameters, counters in
/// the safetensors `__metadata__`).
public struct OptimizerState: Sendable, Equatable {
    /// Buffers, keyed `<buffer>.<parameter name>` (e.g. `m.conv1.weight`).
    public var tensors: [String: Matrix]
    /// Counters and settings, e.g. `step`.
    public var scalars: [String: String]

    /// A state of the given parts. - Complexity: O(1)
    public init(tensors: [String: Matrix] = [:], scalars: [String: String] = [:]) {
        self.tensors = tensors
        self.scalars = scalars
    }
}

/// An optimizer whose state can be saved and restored, so training resumes exactly.
public protocol StatefulOptimizer: Optimizer {
    /// The state after the steps taken so far. - Complexity: O(total parameter count)
    var state: OptimizerState { get }

    /// Replaces the state with `state`, checked against `parameters` (each buffer must belong
    /// to one of them and have its size).
    /// - Throws: `CheckpointError.mismatch` naming unknown and mis-sized buffers.
    /// - Complexity: O(total parameter count)
    mutating func restore(_ state: OptimizerState, for parameters: [NamedParameter]) throws
}

extension OptimizerState {
    /// The buffers `prefix.<name>` as flat arrays keyed by parameter name, each checked against
    /// the parameter's size.
    /// - Throws: `CheckpointError.mismatch` for buffers of unknown or mis-sized parameters.
    /// - Complexity: O(total buffer size)
    func buffers(_ prefix: String, for parameters: [NamedParameter]) throws -> [String: [Float]] {
        let sizes = Dictionary(parameters.map { ($0.name, ($0.tensor.rows, $0.tensor.columns)) }, uniquingKeysWith: { a, _ in a })
        var out: [String: [Float]] = [:], unexpected: [String] = [], wrong: [CheckpointError.ShapeMismatch] = []
        for (key, matrix) in tensors where key.hasPrefix(prefix + ".") {
            let name = String(key.dropFirst(prefix.count + 1))
            guard let (rows, columns) = sizes[name] else {
                unexpected.append(key)
                continue
            }
            guard matrix.rows * matrix.columns == rows * columns else {
                wrong.append(.init(name: key, expected: [rows, columns], found: [matrix.rows, matrix.columns]))
                continue
            }
            out[name] = matrix.values
        }
        guard unexpected.isEmpty, wrong.isEmpty else {
            throw CheckpointError.mismatch(missing: [], unexpected: unexpected.sorted(), wrongShapes: wrong)
        }
        return out
    }

    /// The integer counter `key`. - Throws: `CheckpointError.malformed` when absent or not an integer.
    func integer(_ key: String) throws -> Int {
        guard let text = scalars[key], let value = Int(text) else {
            throw CheckpointError.malformed(path: "optimizer state", reason: "`\(key)` is \(scalars[key].map { "\"\($0)\"" } ?? "missing"), expected an integer")
        }
        return value
    }
}
