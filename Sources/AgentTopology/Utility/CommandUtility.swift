import Foundation

/// A utility computed by a user's program, started once with `/bin/sh -c command` and kept
/// running: for each evaluation it receives one JSON object on a line of its standard input,
///
///     {"query": "q1", "instance": 3, "agents": ["math", "critic"], "edges": [[0, 1]], "rounds": 1,
///      "order": [0, 1], "steps": [{"round": 1, "agent": 1, "receives_from": [0]}, …]}
///
/// (the ``ExecutionPlan`` plus the query id and its ``DesignQuery/instance``: training asks the
/// `M` graphs of one step with the same instance, so a program that runs them on the same
/// question — say, the instance-th question of that kind — lets their rewards be compared on
/// equal terms, as the simulator's common random numbers do), runs the agents (for instance with a language
/// model), and answers one JSON object on a line of its standard output:
/// `{"utility": 0.8, "tokens": 1234}`. The tokens are the cost.
public final class CommandUtility {
    /// An error of the utility program: its command, the request number, and what went wrong.
    public struct Failure: Error, CustomStringConvertible {
        public let command: String
        public let request: Int
        public let reason: String
        public var description: String { "utility command '\(command)', request \(request): \(reason)" }
    }

    /// Longest answer line accepted.
    public static let maxLineBytes = 1 << 20

    public let command: String
    private let process = Process()
    private let input: FileHandle, output: FileHandle
    private var buffer: [UInt8] = []
    private var requests = 0

    /// Starts `command`. SIGPIPE is ignored from then on in this process, so a program that
    /// exits early makes a write fail with an error instead of killing the caller.
    /// - Throws: `Failure` when it cannot be started.
    public init(command: String) throws {
        signal(SIGPIPE, SIG_IGN)
        self.command = command
        let stdin = Pipe(), stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = stdin
        process.standardOutput = stdout
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        do {
            try process.run()
        } catch {
            throw Failure(command: command, request: 0, reason: "could not start: \(error)")
        }
    }

    deinit {
        try? input.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Asks the program for the utility of `topology` on `query`.
    /// - Throws: `Failure` when the program has exited or answers anything but the object above.
    /// - Complexity: the program's time, plus O(plan size).
    public func evaluate(_ topology: Topology, _ query: DesignQuery, agentNames: [String]) throws -> UtilityOutcome {
        requests += 1
        let plan = ExecutionPlan(topology, agentNames: agentNames)
        var request = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as! [String: Any]
        request["query"] = query.id
        request["instance"] = query.instance
        var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
        line.append(0x0A)
        guard process.isRunning else { throw fail("the program has exited (status \(process.terminationStatus))") }
        do {
            try input.write(contentsOf: line)
        } catch {
            throw fail("could not write the request: \(error)")
        }
        let answer = try readLine()
        guard let object = try? JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any],
              let utility = (object["utility"] as? NSNumber)?.doubleValue, utility.isFinite,
              let tokens = (object["tokens"] as? NSNumber)?.doubleValue, tokens.isFinite, tokens >= 0 else {
            let shown = String(decoding: answer.prefix(200), as: UTF8.self)
            throw fail("expected one line {\"utility\": number, \"tokens\": number ≥ 0}, got '\(shown)'")
        }
        return UtilityOutcome(utility: utility, cost: tokens)
    }

    /// This program as a ``UtilityFunction`` for agents named `agentNames`.
    public func function(agentNames: [String]) -> UtilityFunction {
        { [self] topology, query in try evaluate(topology, query, agentNames: agentNames) }
    }

    private func readLine() throws -> [UInt8] {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            guard buffer.count <= CommandUtility.maxLineBytes else {
                throw fail("an answer line longer than \(CommandUtility.maxLineBytes) bytes")
            }
            let chunk = output.availableData
            if chunk.isEmpty { throw fail("the program closed its output before answering") }
            buffer.append(contentsOf: chunk)
        }
    }

    private func fail(_ reason: String) -> Failure { Failure(command: command, request: requests, reason: reason) }
}
