import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import Render

extension EmbeddingFormat: ExpressibleByArgument {}
extension EmbeddingOutput.Level: ExpressibleByArgument {}

/// `graphtool embed`: an embedding for every gate of a circuit, and one for the circuit.
struct Embed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Embed every gate of a circuit (and the circuit) with the pretrained circuit encoder.",
        discussion: """
            Reads any circuit format (.aig, .aag, .blif, .bench, .v), encodes its AIG with the \
            shipped model (models/circuit-encoder.safetensors, found beside the executable or the \
            package; or --model, or $GRAPHTOOL_MODEL) and writes one row per AIG variable in \
            variable order (row 0 is the constant; unused variables get rows too) to OUT, default \
            FILE.embeddings.npy, plus the circuit's embedding (the mean of its gates' rows) to \
            FILE.graph-embedding.npy. With --level graph only the circuit's row is written. JSON \
            puts both in one versioned document. Files are replaced atomically. Prints one \
            summary line on stdout; progress goes to stderr only when it is a terminal.

            An OpenQASM 2 file (.qasm, up to 8 qubits, gates of QAS's pool: x y z h rx ry rz cx \
            cz u3 swap) is embedded by the circuit autoencoder instead (models/quantum-4q or \
            quantum-8q.safetensors by its qubits, or --model): one row per node of its gate DAG \
            (START, each gate in program order, END), the circuit's row their mean.
            """
    )

    @Argument(help: "The circuit file.") var file: String
    @Option(name: .shortAndLong, help: "Output file (default FILE.embeddings.<format>, or FILE.graph-embedding.<format> with --level graph).") var output: String?
    @Option(help: "Output format: npy, csv or json.") var format: EmbeddingFormat = .npy
    @Option(help: "Model checkpoint (default: the shipped models/circuit-encoder.safetensors).") var model: String?
    @Option(help: "gate: a row per AIG variable plus the circuit's row; graph: only the circuit's row.") var level: EmbeddingOutput.Level = .gate
    @OptionGroup var progressOptions: ProgressOptions
    @Option(help: "Also draw the circuit coloured by embedding cluster (k-means) to this .svg, .png or .pdf.")
    var render: String?
    @Option(help: "Clusters for --render.") var clusters = 8
    @Option(help: "First adapt the model to this circuit: EPOCHS of its pretraining objectives (masked gates, signal probability from simulation) on the circuit itself; the model file is not changed.")
    var fit = 0

    func validate() throws {
        guard clusters > 0 else { throw ValidationError("--clusters must be positive") }
        guard fit >= 0 else { throw ValidationError("--fit takes a number of epochs, 0 or more") }
        if let render, RenderFormat(pathExtension: URL(fileURLWithPath: render).pathExtension) == nil {
            throw ValidationError("--render must end in .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        let clock = ContinuousClock(), start = clock.now
        do {
            if file.hasSuffix(".qasm") { return try embedQuantum() }
            let modelPath = try model ?? ModelLocator.locate()
            guard FileManager.default.fileExists(atPath: modelPath) else { throw CLIError.missingFile(modelPath) }
            let (encoder, _) = try CircuitModel.load(from: URL(fileURLWithPath: modelPath))
            let aig = try CircuitFile.read(file)
            let circuit = try PreparedCircuit(aig, estimate: nil, withGraph: encoder.needsGraphToEmbed)
            let progress = progressOptions.line()
            if fit > 0 {
                let options = Pretraining.adaptationOptions(epochs: fit)
                let sample = try TrainingCircuit(name: file, aig: aig, estimate: encoder.probabilityEstimate, withSignatures: false)
                try Pretraining.run(encoder, corpus: [sample], options: options) { epoch in
                    progress.update(String(format: "fitting %@: epoch %d/%d, loss %.4f", file, epoch.epoch, fit, epoch.loss))
                }
                progress.finish()
            }
            let report = { (done: Int, total: Int) in
                progress.update("embedding \(file): step \(done)/\(total) (\(100 * done / max(total, 1))%)")
            }
            let (nodes, graph) = encoder.embeddings(circuit, progress: report)
            progress.finish()
            var written = try EmbeddingOutput.write(nodes: nodes, graph: graph, circuit: file, model: modelPath, level: level,
                                                    format: format, to: output)
            if let render {
                try EmbeddingDrawing.draw(aig, embeddings: nodes, clusters: clusters, to: render)
                written.append(render)
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            print(String(format: "%@: %d nodes × %d (%@ H=%d, %d levels) → %@ in %.2f s", file, nodes.rows, nodes.columns,
                         encoder.architecture.rawValue, encoder.hidden, circuit.schedule.forward.count - 1,
                         written.joined(separator: ", "), seconds))
        } catch {
            FileHandle.standardError.write(Data("graphtool embed: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
