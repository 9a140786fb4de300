import GraphCore

/// A handle to one node of the dynamic autodiff tape: a `Matrix` value, the name of the op that
/// produced it, and (when a gradient is needed) its parents and its local backward rule.
///
/// The tape is built as ops run, like PyTorch autograd or micrograd: every primitive op in
/// `Ops+*.swift` computes its value and records how to push a gradient back to its inputs, through
/// ``Tensor/record(_:value:parents:backward:)`` — the one place where edges are recorded.
/// ``Tensor/backward(step:checkFinite:)`` sorts the nodes topologically and sweeps them in reverse.
///
/// Leaves are either constants (no gradient) or parameters (`requiresGradient`), whose gradients
/// accumulate with `+=` in ``Tensor/gradient`` until cleared. Copies of a `Tensor` are handles to
/// the same node, so a layer and an optimizer see one parameter.
public struct Tensor {
    let node: TapeNode

    init(node: TapeNode) { self.node = node }

    /// A constant leaf: no gradient flows into it. - Complexity: O(1)
    public init(_ value: Matrix, name: String = "constant") {
        node = TapeNode(value: value, op: name, parents: [], backward: nil, requiresGradient: false)
    }

    /// A trainable leaf whose gradient is accumulated by `backward`. - Complexity: O(1)
    public static func parameter(_ value: Matrix, name: String = "parameter") -> Tensor {
        Tensor(node: TapeNode(value: value, op: name, parents: [], backward: nil, requiresGradient: true))
    }

    /// The forward value. Setting it (as optimizers do) replaces a leaf's value in place.
    /// - Complexity: O(1)
    public var value: Matrix {
        get { node.value }
        nonmutating set { node.value = newValue }
    }

    /// The accumulated gradient of a parameter, `nil` before any backward pass reached it.
    /// - Complexity: O(1)
    public var gradient: Matrix? {
        get { node.gradient }
        nonmutating set { node.gradient = newValue }
    }

    /// The op that produced this tensor (for errors and rendering), or the leaf's name.
    public var op: String { node.op }

    /// Whether a gradient flows into this tensor. - Complexity: O(1)
    public var requiresGradient: Bool { node.requiresGradient }

    /// Number of rows of the value. - Complexity: O(1)
    public var rows: Int { node.value.rows }
    /// Number of columns of the value. - Complexity: O(1)
    public var columns: Int { node.value.columns }

    /// The same value as a constant, cut off from the tape (`detach()` in PyTorch). - Complexity: O(1)
    public func detached() -> Tensor { Tensor(node.value, name: "detached(\(op))") }

    /// Whether two handles point at the same tape node. - Complexity: O(1)
    public func isSameNode(as other: Tensor) -> Bool { node === other.node }

    /// The local backward rule of a primitive: given the gradient of its output and which inputs
    /// need a gradient, the gradients of its inputs, in order (`nil` where none is needed), each
    /// of its input's shape.
    public typealias Backward = (_ outputGradient: Matrix, _ needs: [Bool]) -> [Matrix?]

    /// Records the result of a primitive op: **the only place where tape edges are made**, and
    /// the public way to add a primitive with its own backward rule. Compute the forward value
    /// from the parents' values, and hand over the rule that maps the output's gradient to the
    /// parents' gradients; `backward` accumulates them with `+=`. When no parent needs a gradient
    /// (or inside ``withoutTape(_:)``) the result is a constant and nothing is kept.
    ///
    /// A cube, `y = x³`, whose gradient is `3x² · g`:
    ///
    /// ```swift
    /// extension Tensor {
    ///     func cubed() -> Tensor {
    ///         let x = value
    ///         return Tensor.record("cube", value: x.map { $0 * $0 * $0 }, parents: [self]) { g, _ in
    ///             [try! Matrix(rows: x.rows, columns: x.columns,
    ///                          values: zip(x.values, g.values).map { 3 * $0 * $0 * $1 })]
    ///         }
    ///     }
    /// }
    /// ```
    ///
    /// Check a new primitive against finite differences before use (`GradientCheck` in the
    /// tests does it for any function of tensors).
    /// - Complexity: O(parents.count)
    public static func record(_ op: String, value: Matrix, parents: [Tensor], backward: @escaping Backward) -> Tensor {
        let needed = Tensor.isRecording && parents.contains { $0.node.requiresGradient }
        return Tensor(node: TapeNode(value: value, op: op,
                                     parents: needed ? parents.map(\.node) : [],
                                     backward: needed ? backward : nil,
                                     requiresGradient: needed))
    }
}

/// One node of the tape. Parents are kept only while a gradient can still flow through them;
/// `backward` releases them (and the saved values in the closure) once used.
final class TapeNode {
    var value: Matrix
    var gradient: Matrix?
    let op: String
    var parents: [TapeNode]
    var backward: Tensor.Backward?
    let requiresGradient: Bool
    /// Set once `backward` has consumed this node's rule; a second pass through it is an error.
    var released = false

    init(value: Matrix, op: String, parents: [TapeNode], backward: Tensor.Backward?, requiresGradient: Bool) {
        self.value = value
        self.op = op
        self.parents = parents
        self.backward = backward
        self.requiresGradient = requiresGradient
    }

    var isLeaf: Bool { backward == nil && !released }

    /// Frees the chain of parents iteratively. Left to ARC, dropping the head of a deep tape
    /// (one never run backward) would free each parent from inside its child's deinit: one
    /// stack frame per node, overflowing the stack near 10⁵ nodes. Here every parent this node
    /// alone keeps hands its own parents to a work list before it goes, so each dies with none.
    /// - Complexity: O(nodes freed)
    deinit {
        var pending: [TapeNode] = []
        swap(&pending, &parents)
        while var next = pending.popLast() {
            guard isKnownUniquelyReferenced(&next) else { continue }
            pending.append(contentsOf: next.parents)
            next.parents = []
            next.backward = nil
        }
    }
}

extension Tensor {
    /// Whether ops record tape edges in the current task (see ``withoutTape(_:)``).
    @TaskLocal static var isRecording = true

    /// Runs `body` with the tape off (PyTorch's `torch.no_grad()`): every op's result is a
    /// constant that keeps no parents, so inference over a deep circuit holds only the values it
    /// still uses. - Complexity: O(1) plus `body`.
    public static func withoutTape<T>(_ body: () throws -> T) rethrows -> T {
        try $isRecording.withValue(false) { try body() }
    }
}
