import AgentTopology
import Foundation
import Testing

@Suite("Agents and task files")
struct DesignInputTests {
    @Test func readsAgentsWithPriorsAnchorAndLiars() throws {
        let agents = try DesignInput.parseAgents(Data("""
            {"agents": [{"name": "x", "features": [1, 0], "priors": [[2, 1]], "liar": true},
                        {"name": "y", "features": [0, 1], "priors": [[1, 1]]}],
             "anchor": [[1, 0]]}
            """.utf8), path: "a.json")
        #expect(agents.problem.agentNames == ["x", "y"] && agents.liars == [0])
        #expect(agents.priors! == [[[2, 1]], [[1, 1]]])
        #expect(agents.problem.anchor[1, 0] == 1 && agents.problem.anchor[0, 1] == 0)
        let queries = try DesignInput.parseQueries(Data(#"{"queries": [{"features": [1, 2], "type": 0}]}"#.utf8), path: "t.json", width: 2)
        #expect(queries[0].id == "query-0" && queries[0].task.values == [1, 2])
    }

    @Test(arguments: [
        (#"{"agents": [{"name": "x", "features": [1]}]}"#, "agents"),
        (#"{"agents": [{"name": "x", "features": [1]}, {"name": "y", "features": ["1"]}]}"#, "agents[1].features"),
        (#"{"agents": [{"name": "x", "features": [1]}, {"features": [1]}]}"#, "agents[1].name"),
        (#"{"agents": [{"name": "x", "features": [1]}, {"name": "y", "features": [2]}], "anchor": [[0, 0]]}"#, "anchor[0]"),
        (#"{"agents": [{"name": "x", "features": [1], "priors": [[1, -1]]}, {"name": "y", "features": [2]}]}"#, "agents[0].priors[0]"),
        (#"{"agents": ["#, "JSON syntax"),
    ])
    func badAgentsNameTheirPlace(text: String, location: String) {
        #expect(throws: DesignInputError.self) { try DesignInput.parseAgents(Data(text.utf8), path: "a.json") }
        do {
            _ = try DesignInput.parseAgents(Data(text.utf8), path: "a.json")
        } catch let error as DesignInputError {
            #expect(error.path == "a.json" && error.location == location, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
