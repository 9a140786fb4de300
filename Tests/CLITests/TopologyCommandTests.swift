import Foundation
import Testing

/// `graphtool topology`: designing against a utility program (the line protocol), sampling a
/// saved designer, and clean failures on bad agents files.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct TopologyCommandTests {
    /// Three agents with one-hot features and one query.
    private func writeInputs() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("topology-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("""
            {"agents": [{"name": "planner", "features": [1, 0, 0]}, {"name": "solver", "features": [0, 1, 0]},
                        {"name": "critic", "features": [0, 0, 1]}]}
            """.utf8).write(to: dir.appendingPathComponent("agents.json"))
        try Data(#"{"queries": [{"id": "q1", "features": [0.5, 0.5, 0.5]}]}"#.utf8)
            .write(to: dir.appendingPathComponent("task.json"))
        // The utility program: 1 for exactly planner → critic, else 0; one token per message,
        // and every request logged so the test can read what it was sent.
        try Data("""
            #!/bin/sh
            while IFS= read -r line; do
              printf '%s\\n' "$line" >> "$(dirname "$0")/requests.log"
              case "$line" in
                *'"edges":[[0,2]],'*) echo '{"utility": 1, "tokens": 1}' ;;
                *) echo '{"utility": 0, "tokens": 2}' ;;
              esac
            done
            """.utf8).write(to: dir.appendingPathComponent("utility.sh"))
        return dir
    }

    @Test func designsAgainstAUtilityProgramAndSamplesTheSavedDesigner() throws {
        let dir = try writeInputs()
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        let design = try GraphToolBinary.run([
            "topology", "design", "--agents", path("agents.json"), "--task", path("task.json"),
            "--utility-command", "sh \(path("utility.sh"))", "--save", path("designer.safetensors"),
            "--steps", "150", "--anchor-weight", "0", "--sparsity-weight", "0", "--kl-weight", "0", "--json",
        ], timeout: 300)
        #expect(design.status == 0, "\(design.stderr)")
        let requests = try String(contentsOfFile: path("requests.log"), encoding: .utf8).split(separator: "\n")
        // 150 steps × 10 graphs, and the checkpoints after steps 100 and 150 scored on 16 calls
        // each, on instances from 2^62 on that no step uses.
        #expect(requests.count == 1500 + 2 * 16)
        let first = try JSONSerialization.jsonObject(with: Data(requests[0].utf8)) as? [String: Any]
        #expect(first?["query"] as? String == "q1" && (first?["agents"] as? [String])?.count == 3)
        #expect(first?["steps"] != nil && first?["rounds"] as? Int == 1)
        // The M = 10 graphs of a step share the step's instance number.
        let instances = try requests.map { try (JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["instance"] as? Int }
        let selection = (0 ..< 16).map { (1 << 62) + $0 }
        #expect(instances == (0 ..< 1000).map { $0 / 10 } + selection + (1000 ..< 1500).map { $0 / 10 } + selection)

        let sample = try GraphToolBinary.run([
            "topology", "sample", "--agents", path("agents.json"), "--task", path("task.json"),
            "--model", path("designer.safetensors"), "--json", "--dot", path("designed.dot"),
        ])
        #expect(sample.status == 0, "\(sample.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(sample.stdout.utf8)) as? [String: Any]
        let query = (object?["queries"] as? [[String: Any]])?.first
        let plan = (query?["plans"] as? [[String: Any]])?.first
        #expect(plan?["edges"] as? [[Int]] == [[0, 2]], "the rewarded topology is designed: \(sample.stdout)")
        let dot = try String(contentsOfFile: path("designed.dot"), encoding: .utf8)
        #expect(dot.contains("a0 -> a2") && dot.contains("task: q1"))
    }

    @Test func badAgentsFileIsOneLineOnStderr() throws {
        let dir = try writeInputs()
        let agents = dir.appendingPathComponent("bad.json").path
        try Data(#"{"agents": [{"name": "a", "features": [1]}, {"name": "b", "features": [1, 2]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: agents))
        let result = try GraphToolBinary.run([
            "topology", "design", "--agents", agents, "--task", dir.appendingPathComponent("task.json").path,
            "--simulate", "dcm", "--save", dir.appendingPathComponent("x.safetensors").path,
        ])
        expectCleanFailure(result, naming: agents)
        #expect(result.stderr.contains("agents[1].features"))
    }
}
