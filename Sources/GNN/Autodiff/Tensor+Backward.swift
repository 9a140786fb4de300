import GraphCore

extension Tensor {
    /// Reverse-mode differentiation: seeds this tensor's gradient with ones (for a 1×1 loss, the
    /// usual `dL/dL = 1`), visits the nodes that need a gradient in reverse topological order and
    /// applies each node's local backward rule, accumulating into its parents with `+=`.
    /// Parameters keep their gradients in ``gradient`` (summed over calls until cleared);
    /// intermediate nodes release their saved values, so the graph can be run backward once.
    ///
    /// - Parameters:
    ///   - step: the training step, named in errors.
    ///   - checkFinite: check the loss and every gradient for NaN and infinity.
    /// - Throws: `TrainingError.nonFinite` naming the step and the op whose value or gradient
    ///   first went non-finite; `TrainingError.graphReleased` on a second pass.
    /// - Complexity: O(nodes + edges) for the sort, plus the cost of the backward rules (about
    ///   twice the forward cost) and O(size) per gradient for the finiteness check.
    public func backward(step: Int = 0, checkFinite: Bool = true) throws {
        let order = try Tensor.topologicalOrder(from: node)
        if checkFinite, !node.value.isFinite {
            throw TrainingError.nonFinite(step: step, op: Tensor.firstNonFiniteOp(order), pass: .forward)
        }
        guard node.requiresGradient else { return }
        var position = [ObjectIdentifier: Int](minimumCapacity: order.count)
        for (i, n) in order.enumerated() { position[ObjectIdentifier(n)] = i }
        var gradients = [Matrix?](repeating: nil, count: order.count)
        gradients[order.count - 1] = Matrix(rows: node.value.rows, columns: node.value.columns, repeating: 1)

        for i in stride(from: order.count - 1, through: 0, by: -1) {
            let current = order[i]
            guard let outputGradient = gradients[i] else { continue }
            gradients[i] = nil
            guard let rule = current.backward else {
                if current.gradient == nil { current.gradient = outputGradient } else { current.gradient! += outputGradient }
                continue
            }
            let parents = current.parents
            let inputGradients = rule(outputGradient, parents.map(\.requiresGradient))
            current.backward = nil
            current.parents = []
            current.released = true
            for (parent, gradient) in zip(parents, inputGradients) {
                guard parent.requiresGradient, let gradient else { continue }
                if checkFinite, !gradient.isFinite {
                    throw TrainingError.nonFinite(step: step, op: current.op, pass: .backward)
                }
                let p = position[ObjectIdentifier(parent)]!
                if gradients[p] == nil { gradients[p] = gradient } else { gradients[p]! += gradient }
            }
        }
    }

    /// Nodes reachable from `root` through nodes that need a gradient, parents before children,
    /// `root` last. Iterative depth-first search (no recursion, so deep tapes cannot overflow the
    /// stack). - Complexity: O(nodes + edges)
    static func topologicalOrder(from root: TapeNode) throws -> [TapeNode] {
        var order: [TapeNode] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(node: TapeNode, nextParent: Int)] = [(root, 0)]
        visited.insert(ObjectIdentifier(root))
        while let (top, next) = stack.last {
            if top.released { throw TrainingError.graphReleased(op: top.op) }
            if next < top.parents.count {
                stack[stack.count - 1].nextParent += 1
                let parent = top.parents[next]
                if parent.requiresGradient, visited.insert(ObjectIdentifier(parent)).inserted {
                    stack.append((parent, 0))
                }
            } else {
                order.append(top)
                stack.removeLast()
            }
        }
        return order
    }

    /// The op of the first node (in forward order) with a non-finite value whose parents are all
    /// finite: the op that produced the first NaN or infinity. - Complexity: O(total size)
    static func firstNonFiniteOp(_ order: [TapeNode]) -> String {
        for n in order where !n.value.isFinite {
            if let bad = n.parents.first(where: { !$0.value.isFinite }), bad.isLeaf { return bad.op }
            return n.op
        }
        return order.last?.op ?? "loss"
    }
}

extension Matrix {
    /// Whether every entry is finite (no NaN, no ±∞). - Complexity: O(rows × columns)
    var isFinite: Bool {
        values.withUnsafeBufferPointer { v in
            // x·0 is 0 for finite x and NaN for NaN or ±∞, so the sums are 0 exactly when all are
            // finite; sixteen independent lanes let the loop vectorise.
            guard let base = v.baseAddress else { return true }
            let n = v.count, raw = UnsafeRawPointer(base)
            var lanes = SIMD16<Float>()
            var i = 0
            while i + 16 <= n {
                lanes += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self) * 0
                i += 16
            }
            var acc = lanes.sum()
            while i < n {
                acc += v[i] * 0
                i += 1
            }
            return acc == 0
        }
    }
}
