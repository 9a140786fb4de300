import AgentTopology
import Foundation
import FuzzSupport

/// Agents and task files of `graphtool topology`: `DesignInput.parseAgents`, then
/// `parseQueries` on the same bytes. Accepted agents must make a consistent problem; rejections
/// must be one-line `DesignInputError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTopologyAgents(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Data(Fuzz.bytes(data, size))
    do {
        let agents = try DesignInput.parseAgents(bytes, path: "agents.json")
        let problem = agents.problem
        Fuzz.require(problem.agentFeatures.rows == problem.agentCount && problem.anchor.rows == problem.agentCount,
                     "one feature row and one anchor row per agent")
        Fuzz.require(agents.liars.allSatisfy { (0 ..< problem.agentCount).contains($0) }, "a liar outside the agents")
    } catch {
        Fuzz.checkRejection(error, is: DesignInputError.self)
    }
    do {
        let queries = try DesignInput.parseQueries(bytes, path: "task.json", width: 3)
        Fuzz.require(queries.allSatisfy { $0.task.columns == 3 }, "a task vector of the wrong width")
    } catch {
        Fuzz.checkRejection(error, is: DesignInputError.self)
    }
    return 0
}
