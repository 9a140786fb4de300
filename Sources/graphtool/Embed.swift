import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import Render

/// `graphtool embed`: an embedding for every gate of a circuit, and one for the circuit.
struct Embed: ParsableCommand {
    /// Whether to write gate rows or only the circuit's row.
    enum Level: String, ExpressibleByArgument, CaseIterable { case gate, graph }

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
            """
    )

    @Argument(help: "The circuit file.") var file: String
    @Option(name: .shortAndLong, help: "Output file (default FILE.embeddings.<format>, or FILE.graph-embedding.<format> with --level graph).") var output: String?
    @Option(help: "Output format: npy, csv or json.") var format: EmbeddingFormat = .npy
    @Option(help: "Model checkpoint (default: the shipped models/circuit-encoder.safetensors).") var model: String?
    @Option(help: "gate: a row per AIG variable plus the circuit's row; graph: only the circuit's row.") var level: Level = .gate
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
            let modelPath = try model ?? ModelLocator.locate()
            guard FileManager.default.fileExists(atPath: modelPath) else { throw CLIError.missingFile(modelPath) }
            let (encoder, _) = try CircuitModel.load(from: URL(fileURLWithPath: modelPath))
            let aig = try CircuitFile.read(file)
            let circuit = try PreparedCircuit(aig, estimate: nil, withGraph: encoder.architecture != .deepgate)
            let progress = progressOptions.line()
            if fit > 0 {
                var options = Pretraining.Options()
                options.epochs = fit
                options.learningRate = 1e-3
                options.truthTableWeight = 0  // as documented: masked gates and probability only
                options.alignmentWeight = 0   // one circuit has no equivalent to align with
                let sample = try TrainingCircuit(name: file, aig: aig, estimate: encoder.probabilityEstimate, withSignatures: false)
                try Pretraining.run(encoder, corpus: [sample], options: options) { epoch in
                    progress.update(String(format: "fitting %@: epoch %d/%d, loss %.4f", file, epoch.epoch, fit, epoch.loss))
                }
                progress.finish()
            }
            let report = { (done: Int, total: Int) in
                progress.update("embedding \(file): step \(done)/\(total) (\(100 * done / max(total, 1))%)")
            }
            let (nodes, graph): (Matrix, Matrix)
            if let deepgate = encoder.encoder as? CircuitEncoder {
                nodes = deepgate.embeddings(circuit, progress: report)
                graph = CircuitEncoder.graphEmbedding(nodes, circuit)
            } else {
                (nodes, graph) = Tensor.withoutTape {
                    let z = encoder.encoder.encode(circuit, progress: report)
                    return (z.value, encoder.encoder.graphEmbedding(z, circuit).value)
                }
            }
            progress.finish()

            let document = EmbeddingOutput.Document(file: file, model: modelPath, width: graph.columns, graph: graph.values,
                                                    nodes: level == .gate && format == .json ? (0 ..< nodes.rows).map { Array(nodes.row($0)) } : nil)
            var written: [String] = []
            switch level {
            case .gate:
                let out = output ?? "\(file).embeddings.\(format.rawValue)"
                try EmbeddingOutput.write(nodes, to: out, format: format, document: document)
                written.append(out)
                if format != .json {
                    let graphOut = EmbeddingOutput.graphPath(besides: out)
                    try EmbeddingOutput.write(graph, to: graphOut, format: format)
                    written.append(graphOut)
                }
            case .graph:
                let out = output ?? "\(file).graph-embedding.\(format.rawValue)"
                try EmbeddingOutput.write(graph, to: out, format: format, document: document)
                written.append(out)
            }
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
