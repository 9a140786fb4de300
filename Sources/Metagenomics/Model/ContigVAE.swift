import Foundation
import GNN
import GraphCore

/// The variational autoencoder of VAMB (Nissen et al., "Improved metagenome binning and assembly
/// using deep variational autoencoders", Nature Biotechnology 2021) over `ContigFeatures`:
/// the input row `[abundance ‖ total abundance ‖ TNF]` goes through hidden layers (Linear →
/// LeakyReLU → BatchNorm → dropout) to a latent mean μ; training decodes `z = μ + ε`, ε ~ N(0, I),
/// back through mirrored layers. Per contig the loss is
///
///     w_ce · CE(abundance) + w_ab · (total − t̂)² + w_tnf · ‖TNF − T̂‖² + w_kl · ½‖μ‖²
///
/// with VAMB's weights for S samples, T TNF columns, latent size L, α (TNF share) and β:
/// `w_ce = (1 − α)(S − 1)/(S log S)` (0 for one sample), `w_ab = (1 − α)/S`, `w_tnf = α/T`,
/// `w_kl = 1/(L β)`; the contig's loss is multiplied by its weight (`ContigFeatures.weights`).
/// The embedding of a contig is μ, computed without dropout and with the running BatchNorm
/// statistics.
public final class ContigVAE: Parameterized {
    /// Sizes and training schedule.
    public struct Options: Sendable {
        /// Hidden layer widths (VAMB: 512, 512).
        public var hidden = [512, 512]
        /// Latent size (VAMB: 32).
        public var latent = 32
        /// Dropout after each hidden layer (VAMB: 0.2).
        public var dropout: Float = 0.2
        /// Share of the loss given to TNF (VAMB: 0.15).
        public var alpha: Float = 0.15
        /// Weight of the reconstruction against the KL term (VAMB: 200).
        public var beta: Float = 200
        /// Epochs (VAMB: 300).
        public var epochs = 300
        /// First batch size (VAMB: 256), doubled at each epoch of `batchSteps`.
        public var batchSize = 256
        /// Epochs at which the batch size doubles (VAMB: 25, 75, 150, 225).
        public var batchSteps = [25, 75, 150, 225]
        /// Adam's step size (VAMB: 1e-3).
        public var learningRate: Float = 1e-3

        /// VAMB's defaults. - Complexity: O(1)
        public init() {}
    }

    let options: Options
    let samples: Int, tnfColumns: Int
    let encoder: [Linear], encoderNorms: [BatchNorm]
    let mu: Linear
    let decoder: [Linear], decoderNorms: [BatchNorm]
    let output: Linear

    /// A freshly initialised model for `samples` abundance columns and `tnfColumns` TNF columns.
    /// - Complexity: O(parameters)
    public init(samples: Int, tnfColumns: Int, options: Options = .init(), generator: inout SeededGenerator) {
        self.options = options
        self.samples = samples
        self.tnfColumns = tnfColumns
        let input = samples + 1 + tnfColumns
        var widths = [input] + options.hidden
        encoder = (0 ..< options.hidden.count).map { Linear(inputSize: widths[$0], outputSize: widths[$0 + 1], generator: &generator) }
        encoderNorms = options.hidden.map { BatchNorm(features: $0) }
        mu = Linear(inputSize: widths.last!, outputSize: options.latent, generator: &generator)
        widths = [options.latent] + options.hidden.reversed()
        decoder = (0 ..< options.hidden.count).map { Linear(inputSize: widths[$0], outputSize: widths[$0 + 1], generator: &generator) }
        decoderNorms = options.hidden.reversed().map { BatchNorm(features: $0) }
        output = Linear(inputSize: widths.last!, outputSize: input, generator: &generator)
    }

    public var namedParameters: [NamedParameter] {
        var all: [NamedParameter] = []
        for (k, layer) in encoder.enumerated() {
            all += layer.namedParameters.prefixed("encoder.\(k)") + encoderNorms[k].namedParameters.prefixed("encoder.\(k).norm")
        }
        all += mu.namedParameters.prefixed("mu")
        for (k, layer) in decoder.enumerated() {
            all += layer.namedParameters.prefixed("decoder.\(k)") + decoderNorms[k].namedParameters.prefixed("decoder.\(k).norm")
        }
        return all + output.namedParameters.prefixed("output")
    }

    /// One hidden block: Linear → LeakyReLU → BatchNorm → dropout.
    private func block(_ x: Tensor, _ layer: Linear, _ norm: BatchNorm, training: Bool, _ generator: inout SeededGenerator) -> Tensor {
        norm(layer(x).leakyRelu(), training: training).dropout(options.dropout, using: &generator, training: training)
    }

    /// μ of the rows of `input`. - Complexity: O(rows × parameters)
    func encode(_ input: Tensor, training: Bool, _ generator: inout SeededGenerator) -> Tensor {
        var h = input
        for (layer, norm) in zip(encoder, encoderNorms) { h = block(h, layer, norm, training: training, &generator) }
        return mu(h)
    }

    /// The weighted loss of a batch, `1 × 1`. - Complexity: O(rows × parameters)
    /// `latentPenalty` adds a term on the batch's latent means (`nil`: none).
    func loss(_ input: Matrix, weights: Matrix, _ generator: inout SeededGenerator,
              latentPenalty: (Tensor) -> Tensor? = { _ in nil }) -> Tensor {
        let mean = encode(Tensor(input, name: "contigs"), training: true, &generator)
        let noise = Matrix(rows: mean.rows, columns: mean.columns).map { _ in generator.nextGaussian() }
        var h = mean + Tensor(noise, name: "ε")
        for (layer, norm) in zip(decoder, decoderNorms) { h = block(h, layer, norm, training: true, &generator) }
        let out = output(h)
        let (s, t) = (samples, tnfColumns)
        let target = Tensor(input, name: "target")
        let (alpha, rows) = (options.alpha, Float(max(input.rows, 1)))
        var perContig = (out.sliceColumns(s ..< s + 1) - target.sliceColumns(s ..< s + 1)).squared() * ((1 - alpha) / Float(s))
        perContig = perContig + (out.sliceColumns(s + 1 ..< s + 1 + t) - target.sliceColumns(s + 1 ..< s + 1 + t)).squared().sumRows() * (alpha / Float(t))
        if s > 1 {
            let ce = -(out.sliceColumns(0 ..< s).logSoftmax() * target.sliceColumns(0 ..< s)).sumRows()
            perContig = perContig + ce * ((1 - alpha) * Float(s - 1) / (Float(s) * Foundation.log(Float(s))))
        }
        perContig = perContig + mean.squared().sumRows() * (0.5 / (Float(options.latent) * options.beta))
        let reconstruction = (perContig * Tensor(weights, name: "weights")).sum() * (1 / rows)
        return latentPenalty(mean).map { reconstruction + $0 } ?? reconstruction
    }

    /// The input rows `[abundance ‖ total ‖ TNF]` of `features`. - Complexity: O(contigs × width)
    static func inputRows(_ features: ContigFeatures) -> Matrix {
        let (n, s, t) = (features.count, features.abundance.columns, features.tnf.columns)
        var x = Matrix(rows: n, columns: s + 1 + t)
        for i in 0 ..< n {
            for j in 0 ..< s { x[i, j] = features.abundance[i, j] }
            x[i, s] = features.totalAbundance[i, 0]
            for j in 0 ..< t { x[i, s + 1 + j] = features.tnf[i, j] }
        }
        return x
    }

    /// Trains with Adam over shuffled batches, doubling the batch size at `batchSteps`; the
    /// batches of an epoch are near-equal in size (none below 2 rows, for BatchNorm). Calls
    /// `progress(epoch, loss)` after each epoch. `constraints` add their penalty on the pairs
    /// within each batch. Returns the mean loss of each epoch.
    /// - Throws: `TrainingError` when the loss stops being finite.
    /// - Complexity: O(epochs × (contigs × parameters + batches × constraint pairs))
    @discardableResult
    public func train(_ features: ContigFeatures, constraints: LatentConstraints? = nil, generator: inout SeededGenerator,
                      progress: (Int, Float) -> Void = { _, _ in }) throws -> [Float] {
        let x = ContigVAE.inputRows(features)
        let n = x.rows
        guard n >= 2 else { return [] }
        var adam = Adam(learningRate: options.learningRate)
        var batchSize = options.batchSize
        var losses: [Float] = []
        var slot = [Int32](repeating: -1, count: n)
        for epoch in 0 ..< options.epochs {
            if options.batchSteps.contains(epoch) { batchSize *= 2 }
            var order = Array(0 ..< Int32(n))
            order.shuffle(using: &generator)
            let batches = max(1, min(n / 2, (n + batchSize - 1) / batchSize))
            var total: Float = 0
            for b in 0 ..< batches {
                let rows = Array(order[n * b / batches ..< n * (b + 1) / batches])
                let loss = self.loss(x.gatherRows(rows), weights: features.weights.gatherRows(rows), &generator) { mean in
                    constraints.flatMap { $0.isActive ? $0.penalty(mean, rows: rows, slot: &slot) : nil }
                }
                try loss.backward(step: epoch)
                adam.step(namedParameters)
                total += loss.value[0, 0] * Float(rows.count)
            }
            losses.append(total / Float(n))
            progress(epoch + 1, total / Float(n))
        }
        return losses
    }

    /// The latent means μ of every contig, `contigs × latent` (no dropout, running BatchNorm
    /// statistics). - Complexity: O(contigs × parameters)
    public func embed(_ features: ContigFeatures) -> Matrix {
        var unused = SeededGenerator(seed: 0)
        return Tensor.withoutTape { encode(Tensor(ContigVAE.inputRows(features)), training: false, &unused).value }
    }
}
