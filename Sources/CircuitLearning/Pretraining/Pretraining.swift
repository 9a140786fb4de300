import EDA
import Foundation
import GNN
import GraphCore

/// Pretraining of a ``CircuitModel`` on a corpus: each step encodes one circuit and sums the
/// signal-probability loss (weighted), the masked-gate loss at a fresh seeded mask (the circuit
/// encoded a second time with the masked gates hidden, ``MaskedGateModel/Visibility/hidden``), the
/// truth-table similarity loss of seeded gate pairs (``TruthTableSimilarity``, weighted) and,
/// when the circuit has an equivalent in the corpus, the functional-alignment loss of the two
/// circuits' graph embeddings (``FunctionalAlignment``, weighted; the partner is encoded too),
/// then one Adam step with global gradient-norm clipping. A truth-table or alignment term with
/// weight 0 is skipped and draws nothing from the seeded generator.
public enum Pretraining {
    /// The knobs of ``run(_:corpus:equivalents:options:report:)``, with their defaults.
    public struct Options: Sendable {
        /// Passes over the corpus.
        public var epochs = 20
        /// Peak Adam learning rate, decayed to 5% of it over the epochs by a cosine schedule
        /// (Loshchilov & Hutter, "SGDR", ICLR 2017, without restarts).
        public var learningRate: Float = 3e-3
        /// Share of gates masked per step.
        public var maskRatio = 0.3
        /// Weight of the signal-probability loss (the masked-gate loss has weight 1).
        public var probabilityWeight: Float = 4
        /// Weight of the truth-table similarity loss (L1 between distances in [0, 1]; 0 turns it off).
        public var truthTableWeight: Float = 2
        /// Gate pairs drawn per step for the truth-table similarity loss.
        public var truthTablePairs = 256
        /// Weight of the functional-alignment loss on the steps whose circuit has an equivalent
        /// (0 turns it off).
        public var alignmentWeight: Float = 1
        /// InfoNCE temperature of the functional-alignment loss.
        public var alignmentTemperature: Float = 0.1
        /// Graph embeddings of recent circuits kept as the alignment's negatives.
        public var alignmentNegatives = 32
        /// Gradient-norm clip.
        public var maxGradientNorm: Float = 1
        /// Seed of the corpus order, the masks, the gate pairs and the alignment partners.
        public var seed: UInt64 = 1
        /// Data-parallel training only: this process's seed of the masks, gate pairs and
        /// alignment partners (the corpus order stays on `seed`, shared by every process).
        public var processSeed: UInt64? = nil
        /// Stop after this many seconds (at the end of a step), `nil` for no limit.
        public var timeLimit: Double? = nil
        /// Keep the encoder at its initialisation and train only the heads: the untrained-encoder
        /// baseline of masked gate modeling and signal probability. Needs the truth-table and
        /// alignment weights at 0 (those terms train nothing but the encoder).
        public var freezeEncoder = false

        /// The defaults. - Complexity: O(1)
        public init() {}
    }

    /// The options of adapting a pretrained model to one circuit (`graphtool embed --fit`):
    /// `epochs` of masked gate modeling and signal probability at learning rate 1e-3, without
    /// the truth-table term (the circuit is labelled without signatures) and the alignment (one
    /// circuit has no equivalent). - Complexity: O(1)
    public static func adaptationOptions(epochs: Int) -> Options {
        var options = Options()
        options.epochs = epochs
        options.learningRate = 1e-3
        options.truthTableWeight = 0
        options.alignmentWeight = 0
        return options
    }

    /// What one epoch achieved (averaged over its steps).
    public struct EpochReport: Sendable, Codable {
        /// 1-based epoch.
        public var epoch: Int
        /// Mean total loss.
        public var loss: Double
        /// Mean signal-probability loss (BCE).
        public var probabilityLoss: Double
        /// Mean masked-gate loss (sum of three cross-entropies).
        public var maskedLoss: Double
        /// Mean truth-table similarity loss (L1) over the steps that drew pairs (0 when off).
        public var truthTableLoss: Double
        /// Mean functional-alignment loss over the steps whose circuit had an equivalent (0 when
        /// none or off).
        public var alignmentLoss: Double
        /// Mean absolute probability error on the steps' circuits (training data).
        public var probabilityMAE: Double
        /// Wall time so far.
        public var seconds: Double
    }

    /// Trains `model` in place (its parameters are shared tensors). `equivalents` are classes of
    /// functionally equivalent circuits, as indices into `corpus` (``EquivalentCircuits``).
    ///
    /// With a `synchronizer` (data-parallel training over `size` processes), each step is a global
    /// batch of `size` circuits: every process shuffles the corpus alike, takes the circuit at its
    /// rank within the step's slice, and the gradients are averaged before the (clipped) update;
    /// in the last step of an epoch a process without a circuit contributes weight 0. Reports
    /// cover this process's circuits.
    /// - Throws: `TrainingError.nonFinite` when a loss or gradient goes NaN.
    /// - Complexity: O(epochs × Σ circuit cost) where a circuit costs O(A × H²) in `2L` steps,
    ///   twice (plain and with the masked gates hidden), three times for circuits with an
    ///   equivalent while the alignment is on.
    @discardableResult
    public static func run(_ model: CircuitModel, corpus: [TrainingCircuit], equivalents: [[Int]] = [],
                           options: Options = .init(), synchronizer: (any GradientSynchronizer)? = nil,
                           report: (EpochReport) -> Void = { _ in }) throws -> [EpochReport] {
        precondition(!corpus.isEmpty, "the corpus is empty; give at least one circuit")
        precondition(!options.freezeEncoder || (options.truthTableWeight == 0 && options.alignmentWeight == 0),
                     "a frozen encoder needs truth-table and alignment weights 0: those terms train only the encoder")
        var classOf = Array(corpus.indices).map { $0 + corpus.count }  // a class of its own
        var partners = [[Int]](repeating: [], count: corpus.count)
        for (c, members) in equivalents.enumerated() {
            for i in members {
                precondition(corpus.indices.contains(i), "equivalence class \(c) names circuit \(i) of \(corpus.count)")
                classOf[i] = c
                partners[i] = members.filter { $0 != i }
            }
        }
        var rng = SeededGenerator(seed: options.processSeed ?? options.seed)
        // Data-parallel processes shuffle the corpus alike, from the shared seed.
        var sharedOrder = options.processSeed.map { _ in SeededGenerator(seed: options.seed) }
        let (rank, size) = synchronizer.map { ($0.rank, $0.size) } ?? (0, 1)
        var optimizer = Adam(learningRate: options.learningRate)
        var bank = FunctionalAlignment.MemoryBank(capacity: options.alignmentNegatives)
        let parameters = options.freezeEncoder ? model.headParameters : model.namedParameters
        let encode = { (circuit: PreparedCircuit) in options.freezeEncoder ? Tensor.withoutTape { model(circuit) } : model(circuit) }
        let clock = ContinuousClock(), start = clock.now
        var reports: [EpochReport] = []
        try synchronizer?.synchronize(parameters)
        var step = 0
        epochs: for epoch in 1 ... max(1, options.epochs) {
            let progress = Double(epoch - 1) / Double(max(1, options.epochs - 1))
            optimizer.learningRate = options.learningRate * Float(0.05 + 0.95 * 0.5 * (1 + cos(Double.pi * progress)))
            var order = Array(corpus.indices)
            if sharedOrder != nil { order.shuffle(using: &sharedOrder!) } else { order.shuffle(using: &rng) }
            var totals = Totals()
            for slice in stride(from: 0, to: order.count, by: size) {
                let position = slice + rank
                if position < order.count {
                    let index = order[position]
                    let sample = corpus[index]
                    let z = encode(sample.circuit)
                    let probabilityLoss = model.probability.loss(z, rows: sample.rows, targets: sample.targets,
                                                                 prior: sample.circuit.priorProbabilities)
                    let maskedRows = MaskedGateModel.choose(ratio: options.maskRatio, of: sample.attributes.candidates, using: &rng)
                    let hidden = encode(sample.circuit.hiding(maskedRows))
                    let maskedLoss = model.masked.loss(model.masked((hidden, maskedRows, sample.circuit.graph)),
                                                       masked: maskedRows, attributes: sample.attributes)
                    var loss = options.probabilityWeight * probabilityLoss + maskedLoss
                    if options.truthTableWeight > 0 {
                        guard let signatures = sample.signatures else {
                            preconditionFailure("\(sample.name): labelled without signatures, but the truth-table weight is \(options.truthTableWeight)")
                        }
                        let pairs = TruthTableSimilarity.samplePairs(sample.gateOrder, count: options.truthTablePairs, using: &rng)
                        if pairs.count > 0 {
                            let part = TruthTableSimilarity.loss(z.sliceColumns(model.functionalColumns), pairs, signatures)
                            loss = loss + options.truthTableWeight * part
                            totals.truthTable += Double(part.value.values[0])
                            totals.truthTableSteps += 1
                        }
                    }
                    if options.alignmentWeight > 0 {
                        let graph = model.encoder.graphEmbedding(z, sample.circuit)
                        if !partners[index].isEmpty {
                            let partner = corpus[partners[index][rng.nextIndex(below: partners[index].count)]].circuit
                            let other = model.encoder.graphEmbedding(model(partner), partner)
                            let part = FunctionalAlignment.loss(graph, other, negatives: bank.negatives(excluding: classOf[index], width: graph.columns),
                                                                temperature: options.alignmentTemperature)
                            loss = loss + options.alignmentWeight * part
                            totals.alignment += Double(part.value.values[0])
                            totals.alignedSteps += 1
                        }
                        bank.push(graph.value, equivalenceClass: classOf[index])
                    }
                    let predicted = model.predictedProbabilities(z.detached(), sample.circuit)
                    try loss.backward(step: step)
                    totals.steps += 1
                    totals.loss += Double(loss.value.values[0])
                    totals.probability += Double(probabilityLoss.value.values[0])
                    totals.masked += Double(maskedLoss.value.values[0])
                    totals.mae += CircuitModel.meanAbsoluteError(predicted, sample.probabilities, rows: sample.rows)
                }
                try synchronizer?.averageGradients(parameters, weight: position < order.count ? 1 : 0)
                clipGradientNorm(parameters, maxNorm: options.maxGradientNorm)
                optimizer.step(parameters)
                step += 1
                let overTime = options.timeLimit.map { seconds(clock.now - start) > $0 } ?? false
                if try synchronizer?.anyProcess(overTime) ?? overTime {
                    reports.append(totals.report(epoch, seconds(clock.now - start)))
                    report(reports.last!)
                    break epochs
                }
            }
            reports.append(totals.report(epoch, seconds(clock.now - start)))
            report(reports.last!)
        }
        return reports
    }

    /// Sums over one epoch's steps.
    private struct Totals {
        var steps = 0, truthTableSteps = 0, alignedSteps = 0
        var loss = 0.0, probability = 0.0, masked = 0.0, truthTable = 0.0, alignment = 0.0, mae = 0.0

        func report(_ epoch: Int, _ time: Double) -> EpochReport {
            let n = Double(max(steps, 1))
            return EpochReport(epoch: epoch, loss: loss / n, probabilityLoss: probability / n, maskedLoss: masked / n,
                               truthTableLoss: truthTable / Double(max(truthTableSteps, 1)), alignmentLoss: alignment / Double(max(alignedSteps, 1)),
                               probabilityMAE: mae / n, seconds: time)
        }
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
