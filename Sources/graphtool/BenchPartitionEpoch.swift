import ArgumentParser
import Distributed
import Foundation
import GNN
import GraphCore
import GraphPartition

/// `graphtool bench partition-epoch`: partition-parallel full-graph GCN epochs under mpirun.
struct BenchPartitionEpoch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partition-epoch",
        abstract: "Time partition-parallel full-graph GCN epochs (run under mpirun, one rank per part).",
        discussion: """
            Each rank reads DIR/part-R (from 'graphtool partition --parts N'), draws seeded random \
            features of --features columns for its nodes, and runs --epochs epochs of a two-layer \
            GCN (features → hidden → 1): forward with a halo exchange per layer, a mean-squared \
            loss against seeded random targets, backward (the halo gradients sent back), a summed \
            gradient all-reduce and an Adam step. Rank 0 prints the median epoch seconds (slowest \
            rank), the median seconds spent inside MPI calls, the bytes each rank sent per epoch \
            (largest and total) and the bytes the partition predicts: halo rows × layer widths × 4 \
            bytes × 2 (forward and backward) plus the gradient all-reduce.
            """
    )

    @Argument(help: "Directory written by 'graphtool partition'.") var directory: String
    @Option(help: "Input feature columns.") var features = 64
    @Option(help: "Hidden width.") var hidden = 64
    @Option(help: "Timed epochs (after one warm-up epoch).") var epochs = 5
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = ThreadCount(count: 1)
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard features > 0, hidden > 0, epochs > 0, threadCount.count > 0 else {
            throw ValidationError("--features, --hidden, --epochs and --threads must be positive")
        }
    }

    func run() throws {
        let world = try Communicator.world()
        world.endingJobOnError { try measure(world) }
    }

    private func measure(_ world: Communicator) throws {
        let part = try LocalPartition.read(from: URL(fileURLWithPath: directory), rank: world.rank)
        let graph = try PartitionedGraph(part, communicator: world, threads: threadCount.count)
        var generator = SeededGenerator(seed: UInt64(world.rank) &+ 1)
        let x = Tensor(try Matrix(rows: part.ownedCount, columns: features,
                                  values: (0 ..< part.ownedCount * features).map { _ in generator.nextGaussian() }))
        let targets = try Matrix(rows: part.ownedCount, columns: 1, values: (0 ..< part.ownedCount).map { _ in generator.nextGaussian() })
        var layers = SeededGenerator(seed: 7)
        let first = GCNConv(inputSize: features, outputSize: hidden, generator: &layers)
        let second = GCNConv(inputSize: hidden, outputSize: 1, generator: &layers)
        let parameters = first.namedParameters.prefixed("first") + second.namedParameters.prefixed("second")
        var optimizer = Adam(learningRate: 0.01)
        let share = Float(part.ownedCount) / Float(part.globalNodeCount)

        var epochSeconds: [Double] = [], bytes: [Int] = []
        for epoch in 0 ... epochs {
            try world.barrier()
            let sentBefore = world.bytesSent, start = DispatchTime.now().uptimeNanoseconds
            let out = second(first(x, graph).relu(), graph)
            try (Losses.meanSquaredError(out, targets: targets) * share).backward()
            try world.sumGradients(parameters)
            optimizer.step(parameters)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let sent = world.bytesSent - sentBefore
            if epoch > 0 {
                epochSeconds.append(try world.allReduceMax(seconds))
                bytes.append(sent)
            }
        }
        let parameterCount = parameters.reduce(0) { $0 + $1.tensor.rows * $1.tensor.columns }
        // Forward: the first layer exchanges X W₁ (hidden wide), the second H W₂ (1 wide); backward the same.
        let predictedHalo = part.haloCount * (hidden + 1) * 4 * 2
        let predictedGradient = (parameterCount + parameters.count) * 4
        let bytesMedian = median(bytes.map(Double.init))
        let report = PartitionEpochReport(
            ranks: world.size, nodes: part.globalNodeCount, features: features, hidden: hidden, epochs: epochs,
            threads: threadCount.count, epochSecondsMedian: median(epochSeconds),
            haloNodesTotal: Int(try world.allReduceSum(Double(part.haloCount))),
            bytesPerEpochMax: Int(try world.allReduceMax(bytesMedian)),
            bytesPerEpochTotal: Int(try world.allReduceSum(bytesMedian)),
            predictedBytesPerEpochTotal: Int(try world.allReduceSum(Double(predictedHalo + predictedGradient))),
            predictedHaloBytesTotal: Int(try world.allReduceSum(Double(predictedHalo))),
            gradientBytesPerRank: predictedGradient)
        guard world.isRoot else { return }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(String(format: "%d ranks, %d nodes: %.4f s per epoch, %d bytes per epoch sent in total (predicted %d)",
                         report.ranks, report.nodes, report.epochSecondsMedian, report.bytesPerEpochTotal,
                         report.predictedBytesPerEpochTotal))
        }
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// The JSON line of `graphtool bench partition-epoch --json`.
struct PartitionEpochReport: Codable {
    var format = 1
    let ranks: Int, nodes: Int, features: Int, hidden: Int, epochs: Int, threads: Int
    let epochSecondsMedian: Double
    let haloNodesTotal: Int
    let bytesPerEpochMax: Int, bytesPerEpochTotal: Int
    let predictedBytesPerEpochTotal: Int, predictedHaloBytesTotal: Int, gradientBytesPerRank: Int

    enum CodingKeys: String, CodingKey {
        case format, ranks, nodes, features, hidden, epochs, threads
        case epochSecondsMedian = "epoch_seconds_median", haloNodesTotal = "halo_nodes_total"
        case bytesPerEpochMax = "bytes_per_epoch_max", bytesPerEpochTotal = "bytes_per_epoch_total"
        case predictedBytesPerEpochTotal = "predicted_bytes_per_epoch_total", predictedHaloBytesTotal = "predicted_halo_bytes_total"
        case gradientBytesPerRank = "gradient_bytes_per_rank"
    }
}
