import AgentTopology
import Foundation
import GraphCore
import Testing

@Suite("The utility-command line protocol")
struct CommandUtilityTests {
    private let query = DesignQuery(id: "q7", task: Matrix([[1, 0]]))
    private let topology = Topology(agentCount: 2, edges: [.init(0, 1)])

    @Test func sendsThePlanAndReadsTheAnswer() throws {
        // Echoes the number of edges as tokens and 1 as utility when the query id came through.
        let program = try CommandUtility(command: """
            while IFS= read -r line; do
              case "$line" in *'"query":"q7"'*'"receives_from":[0]'*) echo '{"utility": 1, "tokens": 42}' ;;
                              *) echo '{"utility": 0, "tokens": 0}' ;; esac
            done
            """)
        let outcome = try program.evaluate(topology, query, agentNames: ["a", "b"])
        #expect(outcome == UtilityOutcome(utility: 1, cost: 42))
        #expect(try program.evaluate(topology, query, agentNames: ["a", "b"]) == outcome)
    }

    @Test func sendsTheQueryInstance() throws {
        // Answers the instance it was sent as the utility: the number must come through as is.
        let program = try CommandUtility(command: """
            while IFS= read -r line; do
              n=$(printf '%s' "$line" | sed -n 's/.*"instance":\\([0-9]*\\).*/\\1/p')
              printf '{"utility": %s, "tokens": 0}\\n' "${n:--1}"
            done
            """)
        for instance: UInt64 in [0, 3, 12_345_678_901] {
            let outcome = try program.evaluate(topology, query.instance(instance), agentNames: ["a", "b"])
            #expect(outcome.utility == Double(instance))
        }
    }

    @Test func aMalformedAnswerNamesTheCommandAndRequest() throws {
        let program = try CommandUtility(command: "read line; echo 'not json'")
        #expect {
            try program.evaluate(topology, query, agentNames: ["a", "b"])
        } throws: { error in
            "\(error)".contains("request 1") && "\(error)".contains("not json")
        }
    }

    @Test func anExitedProgramIsAnError() throws {
        let program = try CommandUtility(command: "exit 0")
        #expect(throws: CommandUtility.Failure.self) { try program.evaluate(topology, query, agentNames: ["a", "b"]) }
    }
}
