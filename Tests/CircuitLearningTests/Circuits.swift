import CircuitLearning
import EDA
import GNN
import GraphCore

/// Small seeded circuits and parameter rebinding for the embedding tests.
enum Circuits {
    /// A full adder: sum and carry of three inputs (3 levels of ANDs, inverted edges, fanout).
    static func fullAdder() -> AIG {
        var aig = AIG()
        let a = aig.addInput(name: "a"), b = aig.addInput(name: "b"), c = aig.addInput(name: "c")
        let sum = aig.xor(aig.xor(a, b), c)
        let carry = aig.majority(a, b, c)
        try! aig.addOutput(sum, name: "s")
        try! aig.addOutput(carry, name: "cout")
        return aig
    }

    /// A full adder built differently, with the same function as ``fullAdder()``:
    /// `s = a ⊕ (b ⊕ c)`, `cout = bc | a(b ⊕ c)`.
    static func otherFullAdder() -> AIG {
        var aig = AIG()
        let a = aig.addInput(name: "a"), b = aig.addInput(name: "b"), c = aig.addInput(name: "c")
        let bc = aig.xor(b, c)
        try! aig.addOutput(aig.xor(a, bc), name: "s")
        try! aig.addOutput(aig.or(aig.and(b, c), aig.and(a, bc)), name: "cout")
        return aig
    }

    /// Parity of `n` inputs as a chain `((x0 ⊕ x1) ⊕ x2) ⊕ …`, with input `inverted` (if any)
    /// complemented — then it is the complement of parity.
    static func parityChain(_ n: Int, inverted: Int? = nil) -> AIG {
        var aig = AIG()
        let x = (0 ..< n).map { i in i == inverted ? AIG.not(aig.addInput()) : aig.addInput() }
        try! aig.addOutput(x.dropFirst().reduce(x[0]) { aig.xor($0, $1) })
        return aig
    }
}

extension CircuitEncoder {
    /// The same architecture over `t`, given in ``namedParameters`` order.
    static func rebinding(_ t: [Tensor]) -> CircuitEncoder {
        CircuitEncoder(
            sourceEmbedding: t[0], gateState: t[1],
            forwardAggregation: EdgeAttention(message: Linear(weight: t[2], bias: t[3]), attention: t[4]),
            forwardUpdate: GRUCell(input: Linear(weight: t[5], bias: t[6]), recurrent: Linear(weight: t[7], bias: t[8])),
            reverseAggregation: EdgeAttention(message: Linear(weight: t[9], bias: t[10]), attention: t[11]),
            reverseUpdate: GRUCell(input: Linear(weight: t[12], bias: t[13]), recurrent: Linear(weight: t[14], bias: t[15])))
    }
}
