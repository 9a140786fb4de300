import ArgumentParser
import Foundation
import GraphCore
import Quantum

/// `graphtool qas`: quantum architecture search in the latent space of the circuit autoencoder.
struct QAS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qas",
        abstract: "Search circuit architectures for a task in the circuit autoencoder's latent space (or at random).",
        discussion: """
            Draws --pool distinct random circuits of the task's space (4 qubits: 10 gates at most \
            5 deep; 8 qubits: 20 gates at most 10 deep; seeded by --pool-seed), embeds them with \
            the circuit autoencoder (default models/quantum-4q.safetensors or quantum-8q), and \
            runs --seeds searches of --budget distinct circuits each. Every evaluated circuit has \
            its angles trained (Adagrad 0.5 from random angles, 50 iterations, 100 for h2 and \
            tfim-8) and earns a reward: energy over the exact ground energy (maxcut-4, maxcut-8, \
            h2, tfim-8) or the fidelity to a target state (stateprep-4, stateprep-8). A \
            circuit's reward depends on it alone, so it is trained once per process. Methods: \
            random (uniform over the pool, the baseline), reinforce (a Gaussian policy over the \
            latent space, each proposal mapped to the nearest unvisited circuit) and bo \
            (Bayesian optimisation, a Bayesian linear surrogate on random Fourier features with \
            expected improvement). Prints candidates per run (reward at least \
            the task's threshold: 0.95 at 4 qubits, 0.925 maxcut-8, 0.9 tfim-8, 0.75 \
            stateprep-8) as mean, min and max, the best reward and the seconds (with --json as one \
            versioned JSON object); a progress line on stderr.
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case random, reinforce, bo
        var search: ArchitectureSearch.Method { ArchitectureSearch.Method(rawValue: rawValue)! }
    }

    @Option(help: ArgumentHelp("The task: \(SearchTask.names.joined(separator: ", ")).", valueName: "task")) var task: String
    @Option(help: "The search: random, reinforce or bo.") var method: Method = .reinforce
    @Option(help: "Independent runs (seeds 1 … N).") var seeds = 50
    @Option(help: "Distinct circuits evaluated per run.") var budget = 1000
    @Option(help: "Circuits in the pool (default 100,000 at 4 qubits, 20,000 at 8).") var pool: Int?
    @Option(help: "Seed of the pool's circuits.") var poolSeed: UInt64 = 1
    @Option(help: "Autoencoder checkpoint (default models/quantum-4q.safetensors or models/quantum-8q.safetensors).") var model: String?
    @Option(help: "Pauli sum of H2 for --task h2 (default examples/quantum/h2-sto3g-0.7A.paulis).") var hamiltonian: String?
    @Flag(help: "Print the result as one JSON object.") var json = false
    @Option(help: ArgumentHelp("Also write the pool to this directory for analysis: embeddings.npy (the standardised latent points, float32), rewards.npy (every circuit's reward, float32; trains the whole pool) and gates.npy (int32, per gate its kind in the QAS pool and its qubits, -1 where it has one).", valueName: "dir"))
    var exportPool: String?
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard SearchTask.names.contains(task) else {
            throw ValidationError("--task must be one of \(SearchTask.names.joined(separator: ", ")), got '\(task)'")
        }
        guard seeds >= 1, budget >= 1 else { throw ValidationError("--seeds and --budget must be at least 1") }
        if let pool, pool < budget { throw ValidationError("--pool (\(pool)) must hold at least --budget (\(budget)) circuits") }
    }

    func run() throws {
        do {
            let clock = ContinuousClock(), start = clock.now
            let searchTask = try SearchTask.named(task) {
                let path = try hamiltonian ?? ModelLocator.locate("examples/quantum/h2-sto3g-0.7A.paulis",
                                                                  fix: "pass --hamiltonian PATH (make one with scripts/make-h2-hamiltonian.py)")
                return try PauliSum(contentsOf: path)
            }
            let qubits = searchTask.space.qubits
            let modelPath = try model ?? ModelLocator.locate("models/quantum-\(qubits)q.safetensors",
                                                             fix: "pass --model PATH or train one with 'graphtool qpretrain --qubits \(qubits) --save FILE'")
            let autoencoder = try CircuitAutoencoder.load(from: URL(fileURLWithPath: modelPath))
            guard autoencoder.qubitCount == qubits else {
                throw CLIError.invalidValues(path: modelPath, reason: "the model embeds \(autoencoder.qubitCount)-qubit circuits, the task has \(qubits); pass the quantum-\(qubits)q model")
            }
            let line = progress.line()
            line.update("qas: embedding the pool")
            var generator = SeededGenerator(seed: poolSeed)
            let circuits = try searchTask.space.circuits(count: pool ?? (qubits == 4 ? 100_000 : 20_000), using: &generator)
            let oracle = RewardOracle(task: searchTask, pool: try SearchPool(circuits: circuits, model: autoencoder))
            var candidates: [Int] = [], best = -Double.infinity
            for seed in 1 ... seeds {
                line.update("qas: \(task) \(method.rawValue) run \(seed)/\(seeds), \(oracle.trainedCount) circuits trained")
                let run = try ArchitectureSearch.run(method.search, oracle: oracle, budget: budget, seed: UInt64(seed))
                candidates.append(run.candidates(threshold: searchTask.threshold))
                best = max(best, run.best)
            }
            if let exportPool {
                line.update("qas: training the whole pool for --export-pool")
                try Self.export(oracle, to: URL(fileURLWithPath: exportPool, isDirectory: true))
            }
            line.finish()
            let elapsed = clock.now - start
            let report = QASReport(task: task, method: method.rawValue, seeds: seeds, budget: budget, pool: circuits.count,
                                   threshold: searchTask.threshold, groundEnergy: searchTask.groundEnergy,
                                   candidatesMean: Double(candidates.reduce(0, +)) / Double(seeds),
                                   candidatesMin: candidates.min()!, candidatesMax: candidates.max()!, bestReward: best,
                                   circuitsTrained: oracle.trainedCount,
                                   seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            guard json else {
                print("\(task) \(method.rawValue): " + String(format: "%.2f candidates per run (min %d, max %d) over %d runs of %d circuits, best reward %.4f, %.1f s",
                      report.candidatesMean, report.candidatesMin, report.candidatesMax, seeds, budget, best, report.seconds))
                return
            }
            print(try JSONText.of(report, snakeCaseKeys: true))
        } catch {
            StandardError.line("graphtool qas: \(error)")
            throw ExitCode.failure
        }
    }
}

extension QAS {
    /// Writes `embeddings.npy`, `rewards.npy` and `gates.npy` of the oracle's pool into `directory`.
    static func export(_ oracle: RewardOracle, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = oracle.pool
        let rewards = try (0 ..< pool.count).map { Float(try oracle.reward($0)) }
        let width = pool.circuits.map(\.operations.count).max() ?? 0
        var gates = [Int32](repeating: -1, count: pool.count * width * 3)
        for (index, circuit) in pool.circuits.enumerated() {
            for (g, operation) in circuit.operations.enumerated() {
                let base = (index * width + g) * 3
                gates[base] = Int32(GatePool.qas.kind(of: operation) ?? -1)
                for (k, qubit) in operation.qubits.prefix(2).enumerated() { gates[base + 1 + k] = Int32(qubit) }
            }
        }
        try NPYWriter.write(NPYArray(shape: [pool.count, pool.dimension], values: .float32(pool.embeddings)),
                            to: directory.appendingPathComponent("embeddings.npy"))
        try NPYWriter.write(rewards, to: directory.appendingPathComponent("rewards.npy"))
        try NPYWriter.write(NPYArray(shape: [pool.count, width * 3], values: .int32(gates)), to: directory.appendingPathComponent("gates.npy"))
    }
}

/// The JSON document of `graphtool qas`; bump `format` when fields change meaning.
struct QASReport: Codable {
    static let currentFormat = 1
    var format = QASReport.currentFormat
    var task: String
    var method: String
    var seeds: Int
    var budget: Int
    var pool: Int
    var threshold: Double
    var groundEnergy: Double
    var candidatesMean: Double
    var candidatesMin: Int
    var candidatesMax: Int
    var bestReward: Double
    var circuitsTrained: Int
    var seconds: Double
}
