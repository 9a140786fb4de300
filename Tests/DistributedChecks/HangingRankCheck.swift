import Distributed
import Foundation

/// The last rank hangs without throwing (it sleeps far longer than the test waits) while the
/// others wait in an all-reduce under a 2-second collective timeout: the job must end in bounded
/// time, a waiting rank naming itself and the call.
enum HangingRankCheck {
    static func run(_ world: Communicator) throws -> String {
        world.collectiveTimeout = 2
        if world.rank == world.size - 1 { sleep(600) }
        var values: [Float] = [1]
        try world.allReduceSum(&values)
        return "unexpectedly survived"
    }
}
