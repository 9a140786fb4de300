import CircuitLearning
import EDA
import GNN
import GraphCore
import Testing

/// Masked gate modeling must not hand the decoder the answer: a masked gate's own kind and the
/// inversion bits of its fanins may not reach any other variable's embedding. Each test changes
/// exactly one such attribute of the masked gate and compares the embeddings with the gate
/// hidden (equal) and, as the control that shows the test can fail, visible (different).
@Suite("Masked gate modeling: no leak of the masked gate's attributes")
struct MaskedGateLeakageTests {
    /// Inputs a, b, c, d (1–4); g = AND(a ⊕ invertA, b) (5); f = AND(g, c) (6); h = AND(f, ¬d) (7);
    /// outputs h and g.
    static func chain(invertA: Bool) throws -> AIG {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput(), d = aig.addInput()
        let g = try aig.appendAndVerbatim(invertA ? AIG.not(a) : a, b)
        let f = try aig.appendAndVerbatim(g, c)
        let h = try aig.appendAndVerbatim(f, AIG.not(d))
        try aig.addOutput(h)
        try aig.addOutput(g)
        return aig
    }

    /// Inputs x, y (1, 2); g (3) an input or a latch (next state 0); f = AND(g, ¬x) (4);
    /// e = AND(f, y) (5); output e. The two versions have the same graph.
    static func sourceKind(latch: Bool) throws -> AIG {
        var aig = AIG()
        let x = aig.addInput(), y = aig.addInput()
        let g = latch ? aig.addLatch() : aig.addInput()
        let f = try aig.appendAndVerbatim(g, AIG.not(x))
        try aig.addOutput(try aig.appendAndVerbatim(f, y))
        return aig
    }

    static func embeddings(_ model: CircuitModel, _ aig: AIG, hiding: [Int32]?, mode: CircuitSchedule.Mode = .levels) throws -> Matrix {
        let circuit = try PreparedCircuit(aig, estimate: nil, mode: mode)
        return Tensor.withoutTape { model(hiding.map { circuit.hiding($0) } ?? circuit).value }
    }

    /// Largest absolute difference over the rows `rows` (all when `nil`).
    static func difference(_ x: Matrix, _ y: Matrix, rows: [Int]? = nil) -> Float {
        (rows ?? Array(0 ..< x.rows)).flatMap { r in zip(x.row(r), y.row(r)).map { abs($0 - $1) } }.max() ?? 0
    }

    @Test("Flipping a masked AND's fanin inversion changes no embedding when hidden", arguments: CircuitModel.Architecture.allCases)
    func inversionBitsStayHidden(_ architecture: CircuitModel.Architecture) throws {
        let model = CircuitModel(architecture: architecture, hidden: 8, seed: 5)
        let plain = try Self.chain(invertA: false), flipped = try Self.chain(invertA: true)
        let g: Int32 = 5
        let hiddenDifference = Self.difference(try Self.embeddings(model, plain, hiding: [g]), try Self.embeddings(model, flipped, hiding: [g]))
        #expect(hiddenDifference < 1e-6, "\(architecture): hidden g still changes the embeddings by \(hiddenDifference)")
        // The control: visible to the encoder, the flip reaches g's neighbours a (1), b (2), f (6).
        let neighbours = [1, 2, 6]
        let visibleDifference = Self.difference(try Self.embeddings(model, plain, hiding: nil), try Self.embeddings(model, flipped, hiding: nil),
                                                rows: neighbours)
        #expect(visibleDifference > 1e-3, "\(architecture): the visible flip should reach the neighbours")
        // And the decoder reads the same input for g, so it predicts the same.
        let logits = { (aig: AIG) in
            Tensor.withoutTape { model.maskedGateLogits(try! PreparedCircuit(aig, estimate: nil), masked: [g]).inversions.value }
        }
        #expect(Self.difference(logits(plain), logits(flipped)) < 1e-6)
    }

    @Test("Turning a masked input into a latch changes no embedding when hidden", arguments: CircuitModel.Architecture.allCases)
    func sourceKindStaysHidden(_ architecture: CircuitModel.Architecture) throws {
        let model = CircuitModel(architecture: architecture, hidden: 8, seed: 6)
        let input = try Self.sourceKind(latch: false), latch = try Self.sourceKind(latch: true)
        let g: Int32 = 3
        // Row 0 (the constant) is left out: the latch's next state makes it drive an output.
        let rows = Array(1 ... 5)
        let hidden = Self.difference(try Self.embeddings(model, input, hiding: [g]), try Self.embeddings(model, latch, hiding: [g]), rows: rows)
        #expect(hidden < 1e-6, "\(architecture): hidden g's kind still changes the embeddings by \(hidden)")
        let visible = Self.difference(try Self.embeddings(model, input, hiding: nil), try Self.embeddings(model, latch, hiding: nil), rows: [4])
        #expect(visible > 1e-3, "\(architecture): the visible kind should reach g's fanout f")
    }

    /// g is an AND (of inputs a, b) or an input; its fanout f = AND(g, c) and everything f
    /// leads to must not tell which. (Only the DeepGate encoder: the GIN baseline reads a and
    /// b two hops away through g, which is the graph, not g's kind.)
    @Test("A masked AND and a masked input look the same to the DeepGate encoder's fanouts")
    func andAndInputLookAlike() throws {
        func circuit(gIsAnd: Bool) throws -> AIG {
            var aig = AIG()
            let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
            let g = gIsAnd ? try aig.appendAndVerbatim(a, AIG.not(b)) : aig.addInput()
            let f = try aig.appendAndVerbatim(g, c)
            try aig.addOutput(try aig.appendAndVerbatim(AIG.not(f), c))
            return aig
        }
        let model = CircuitModel(architecture: .deepgate, hidden: 8, seed: 7)
        let and = try circuit(gIsAnd: true), input = try circuit(gIsAnd: false)
        let g: Int32 = 4, rows = [0, 3, 4, 5, 6]  // the constant, c, g itself, f, the output gate
        let hidden = Self.difference(try Self.embeddings(model, and, hiding: [g]), try Self.embeddings(model, input, hiding: [g]), rows: rows)
        #expect(hidden < 1e-6, "a hidden g's kind still changes its fanouts' embeddings by \(hidden)")
        let visible = Self.difference(try Self.embeddings(model, and, hiding: nil), try Self.embeddings(model, input, hiding: nil), rows: [5])
        #expect(visible > 1e-3)
    }

    @Test("Hiding gives the same embeddings level by level as one variable at a time")
    func hidingAgreesAcrossSchedules() throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: 3)
        let model = CircuitModel(architecture: .deepgate, hidden: 8, seed: 8)
        var rng = SeededGenerator(seed: 8)
        let rows = MaskedGateModel.choose(ratio: 0.3, of: GateAttributes(aig).candidates, using: &rng)
        let levels = try Self.embeddings(model, aig, hiding: rows), sequential = try Self.embeddings(model, aig, hiding: rows, mode: .sequential)
        #expect(Self.difference(levels, sequential) < 1e-5)
        #expect(Self.difference(levels, try Self.embeddings(model, aig, hiding: nil)) > 1e-3, "hiding changes something")
        let circuit = try PreparedCircuit(aig, estimate: nil)
        let deepgate = try #require(model.encoder as? CircuitEncoder)
        #expect(Self.difference(deepgate.embeddings(circuit.hiding(rows)), levels) < 1e-6, "the inference path hides the same way")
    }

    @Test("A frozen encoder stays at its initialisation while the heads train")
    func frozenEncoderStaysPut() throws {
        let corpus = [try TrainingCircuit(name: "adder-3", aig: CircuitGenerator.make(.adder, bits: 3), estimate: .independence)]
        let model = CircuitModel(hidden: 4, seed: 9)
        let before = model.namedParameters.map(\.tensor.value)
        var options = Pretraining.Options()
        options.epochs = 3
        options.freezeEncoder = true
        options.truthTableWeight = 0
        options.alignmentWeight = 0
        try Pretraining.run(model, corpus: corpus, options: options)
        let encoderCount = model.encoder.namedParameters.count
        let after = model.namedParameters.map(\.tensor.value)
        #expect(zip(before, after).prefix(encoderCount).allSatisfy { $0 == $1 })
        #expect(zip(before, after).dropFirst(encoderCount).contains { $0 != $1 })
    }
}
