import ArgumentParser
import Distributed

/// `--distributed`, shared by the commands that train data-parallel over MPI: started as
/// `mpirun -np N graphtool COMMAND … --distributed`, each rank trains on its shard and rank 0
/// alone prints and writes; a rank that fails ends the job with its rank and error.
struct DistributedOption: ParsableArguments {
    @Flag(help: "Train data-parallel over MPI: start with 'mpirun -np N graphtool … --distributed'; rank 0 prints and writes.")
    var distributed = false
    @Option(help: "With --distributed: end the job when one MPI call waits longer than this many seconds (0: wait for ever).")
    var collectiveTimeout: Double = 600

    func validate() throws {
        guard collectiveTimeout >= 0 else { throw ValidationError("--collective-timeout must be non-negative") }
    }

    /// Runs `body` with the job's data parallelism (`nil` without `--distributed`). Under
    /// `--distributed` an error on any rank ends the whole job, naming the rank.
    func run(_ body: (DataParallel?) throws -> Void) throws {
        guard distributed else { return try body(nil) }
        let world = try Communicator.world()
        world.collectiveTimeout = collectiveTimeout > 0 ? collectiveTimeout : nil
        world.endingJobOnError { try body(DataParallel(world)) }
    }
}
