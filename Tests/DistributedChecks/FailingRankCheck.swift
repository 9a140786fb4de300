import Distributed

/// The last rank throws while the others wait in an all-reduce: the job must end (not hang)
/// with the failing rank and its error on stderr.
enum FailingRankCheck {
    static func run(_ world: Communicator) throws -> String {
        if world.rank == world.size - 1 {
            throw CheckFailure(description: "deliberate failure before the all-reduce")
        }
        var values: [Float] = [1]
        try world.allReduceSum(&values)
        return "unexpectedly survived"
    }
}
