import Distributed
import Foundation

// Checks of the Distributed module that need several processes: run under
// `mpirun -np N distributed-checks CHECK`. Rank 0 prints one line `ok CHECK …` and every rank
// exits 0 when the check holds; otherwise the job ends with the failing rank's error.
// Tests/DistributedTests runs them with 2 and 4 ranks.

let checks: [String: (Communicator) throws -> String] = [
    "data-parallel": DataParallelCheck.run,
    "partition-parallel": PartitionParallelCheck.run,
    "failing-rank": FailingRankCheck.run,
    "hanging-rank": HangingRankCheck.run,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let check = checks[name] else {
    FileHandle.standardError.write(Data("usage: distributed-checks \(checks.keys.sorted().joined(separator: "|"))\n".utf8))
    exit(64)
}
do {
    let world = try Communicator.world()
    let summary = world.endingJobOnError { try check(world) }
    if world.isRoot { print("ok \(name) ranks \(world.size) \(summary)") }
} catch {
    FileHandle.standardError.write(Data("distributed-checks: \(error)\n".utf8))
    exit(1)
}
