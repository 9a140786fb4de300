import ArgumentParser
import Foundation
import GNN
import GraphCore
import Quantum

/// The DAG encodings `qpretrain --encoding` names.
enum DAGEncodingChoice: String, ExpressibleByArgument, CaseIterable {
    case occupancy, signed

    var encoding: CircuitDAGEncoding { self == .occupancy ? .occupancy : .signedOccupancy }
}

/// `graphtool qpretrain`: train the arch2vec-style circuit autoencoder on random QAS circuits.
struct QPretrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qpretrain",
        abstract: "Pretrain the circuit autoencoder (arch2vec-style VGAE) on random QAS circuits and report its held-out accuracy.",
        discussion: """
            Draws --circuits distinct random circuits of QAS's gate pool (X Y Z H RX RY RZ CNOT CZ \
            U3 SWAP) with the generator seeded by --seed: 10 gates at most 5 layers deep on 4 \
            qubits, 20 gates at most 10 deep on 8. Each becomes a DAG (START, one node per gate, \
            END; an edge per wire to the next gate), holds out 10 % for the test and 10 % for \
            validation (the numbers to choose options on), and trains a 4-layer GIN \
            variational autoencoder (hidden 128, latent 16 at 4 qubits and 32 at 8) with Adam on \
            BCE of node kinds and qubits, BCE of the adjacency and the KL divergence (its factor \
            --kl-scale, reached after --kl-warmup epochs). Prints one versioned JSON object: the \
            validation and test accuracy of kinds, qubits and adjacency, the share of circuits \
            rebuilt exactly, and the validity and uniqueness of --prior-samples circuits decoded \
            from N(0, I). The model is saved atomically to --save.
            """
    )

    @Option(help: "Qubits: 4 or 8 (QAS's two spaces).") var qubits = 4
    @Option(help: "Distinct random circuits (10 % test, 10 % validation).") var circuits = 100_000
    @Option(help: "Passes over the training circuits.") var epochs = 16
    @Option(help: "Circuits per step.") var batchSize = 32
    @Option(help: "Adam learning rate.") var learningRate: Float = 1e-3
    @Option(help: "Factor on the KL term (arch2vec's weight is 1 / batch size; chosen on validation circuits).")
    var klScale: Float = CircuitAutoencoder.TrainingOptions().klScale
    @Option(help: "Factor on the node decoder's loss (kinds and qubits) against the adjacency's.")
    var nodeWeight: Float = CircuitAutoencoder.TrainingOptions().nodeWeight
    @Option(help: "Epochs over which the KL factor rises from 0 to --kl-scale.")
    var klWarmup: Double = CircuitAutoencoder.TrainingOptions().klWarmupEpochs
    @Option(help: "Latent width per node (default 16 at 4 qubits, 32 at 8).") var latent: Int?
    @Option(help: "Node features: occupancy (0/1 qubit columns) or signed (controls −1, edges weighted by their qubits).")
    var encoding: DAGEncodingChoice = .occupancy
    @Option(help: "Circuits decoded from the prior for validity and uniqueness.") var priorSamples = 10_000
    @Option(help: "Seed of circuits, split, initialisation and sampling.") var seed: UInt64 = 1
    @Option(help: "Where to write the model (.safetensors).") var save: String?
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard qubits == 4 || qubits == 8 else { throw ValidationError("--qubits must be 4 or 8, got \(qubits)") }
        guard circuits >= 10 else { throw ValidationError("--circuits must be at least 10, got \(circuits)") }
        guard epochs >= 1, batchSize >= 1 else { throw ValidationError("--epochs and --batch-size must be at least 1") }
        guard klScale >= 0, klScale.isFinite, klWarmup >= 0, klWarmup.isFinite, nodeWeight > 0, nodeWeight.isFinite else {
            throw ValidationError("--kl-scale and --kl-warmup must be finite and not negative, --node-weight finite and positive")
        }
    }

    func run() throws {
        let clock = ContinuousClock(), start = clock.now
        var generator = SeededGenerator(seed: seed)
        let space = qubits == 4 ? RandomCircuitGenerator.fourQubits : RandomCircuitGenerator.eightQubits
        let drawn = try space.circuits(count: circuits, using: &generator)
        let encoded = try drawn.map { try EncodedCircuit(CircuitDAG($0, pool: .qas), encoding: encoding.encoding) }
        let heldOut = circuits / 10
        let test = Array(encoded.prefix(heldOut)), validation = Array(encoded.dropFirst(heldOut).prefix(heldOut))
        let train = Array(encoded.dropFirst(2 * heldOut))
        let model = CircuitAutoencoder(pool: .qas, encoding: encoding.encoding, qubits: qubits,
                                       latent: latent ?? (qubits == 4 ? 16 : 32), generator: &generator)
        var options = CircuitAutoencoder.TrainingOptions()
        options.epochs = epochs
        options.batchSize = batchSize
        options.learningRate = learningRate
        options.klScale = klScale
        options.klWarmupEpochs = klWarmup
        options.nodeWeight = nodeWeight
        let line = progress.line()
        let losses = try model.train(on: train, options: options, generator: &generator) { epoch, step, steps, loss in
            line.update(String(format: "qpretrain: epoch %d/%d  step %d/%d  loss %.4f", epoch + 1, epochs, step, steps, loss))
        }
        line.finish()
        let trained = clock.now
        let validationReport = try model.evaluate(validation, generator: &generator)
        let report = try model.evaluate(test, priorSamples: priorSamples, priorNodes: space.gates + 2, generator: &generator)
        let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        let result = QPretrainReport(qubits: qubits, circuits: circuits, heldOut: heldOut, epochs: epochs, seed: seed,
                                     encoding: encoding.rawValue, klScale: klScale, klWarmup: klWarmup, nodeWeight: nodeWeight, epochLosses: losses,
                                     validation: validationReport, report: report,
                                     trainingSeconds: seconds(trained - start), seconds: seconds(clock.now - start))
        if let save {
            var configuration = ["model": "circuit-vgae", "qubits": "\(qubits)", "encoding": encoding.rawValue,
                                 "latent": "\(model.latentSize)", "seed": "\(seed)", "circuits": "\(circuits)", "epochs": "\(epochs)",
                                 "kl_scale": "\(klScale)", "kl_warmup": "\(klWarmup)", "node_weight": "\(nodeWeight)"]
            configuration["kind_accuracy"] = "\(report.kindAccuracy)"
            configuration["qubit_accuracy"] = "\(report.qubitAccuracy)"
            configuration["adjacency_accuracy"] = "\(report.adjacencyAccuracy)"
            configuration["exact_circuits"] = "\(report.exactCircuits)"
            configuration["prior_validity"] = report.priorValidity.map { "\($0)" }
            try model.saveCheckpoint(to: URL(fileURLWithPath: save), configuration: configuration)
            progress.reporting.note("graphtool qpretrain: saved \(save)")
        }
        print(try JSONText.of(result))
    }
}

/// The JSON document of `graphtool qpretrain`; bump `format` when fields change meaning.
struct QPretrainReport: Codable {
    static let currentFormat = 3
    var format = QPretrainReport.currentFormat
    var qubits: Int
    var circuits: Int
    var heldOut: Int
    var epochs: Int
    var seed: UInt64
    var encoding: String
    var klScale: Float
    var klWarmup: Double
    var nodeWeight: Float
    var epochLosses: [Float]
    /// On the validation circuits (no prior samples): what options are chosen on.
    var validation: AutoencoderReport
    /// On the test circuits, with the prior samples.
    var report: AutoencoderReport
    var trainingSeconds: Double
    var seconds: Double
}
