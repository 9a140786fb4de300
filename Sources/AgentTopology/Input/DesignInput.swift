import Foundation
import GraphCore

/// The agents and tasks files of `graphtool topology`.
///
/// Agents (`agents.json`):
///
///     {"agents": [{"name": "solver", "features": [0.1, …], "liar": false,
///                  "priors": [[α over answers] per query type]}, …],
///      "anchor": [[0, 1], [1, 2]],          // optional edges, default the chain
///      "permitted": [[0, 1], …],            // optional candidate edges
///      "all_pairs": false}                  // optional: any DAG, not only the agent order
///
/// `priors` and `liar` are read only for the debate simulator. Tasks (`task.json`):
///
///     {"queries": [{"id": "q1", "features": [0.3, …], "type": 0}, …]}
public enum DesignInput {
    /// The agents file parsed.
    public struct Agents {
        public let problem: DesignProblem
        /// Each agent's priors per query type, when every agent has them.
        public let priors: [[[Double]]]?
        public let liars: Set<Int>
    }

    /// Most agents a file may list (the designer is dense in N²).
    public static let maxAgents = 64
    /// Most features per agent or query.
    public static let maxFeatures = 1 << 16

    /// Reads an agents file. - Throws: `DesignInputError`, or `GraphIOError` when unreadable.
    /// - Complexity: O(file size + N²)
    public static func readAgents(_ path: String) throws -> Agents {
        try parseAgents(Data(FileIO.readAll(path)), path: path)
    }

    /// Reads a task file for agents with `width` features. - Throws: as ``readAgents(_:)``.
    /// - Complexity: O(file size)
    public static func readQueries(_ path: String, width: Int) throws -> [DesignQuery] {
        try parseQueries(Data(FileIO.readAll(path)), path: path, width: width)
    }

    /// Parses agents-file bytes (`path` names them in errors).
    public static func parseAgents(_ data: Data, path: String) throws -> Agents {
        let root = try object(json(data, path), path, "the top level")
        guard let list = root["agents"] as? [Any], list.count >= 2, list.count <= maxAgents else {
            throw DesignInputError(path: path, location: "agents", expected: "an array of 2 to \(maxAgents) agent objects")
        }
        var names: [String] = [], rows: [[Float]] = [], priors: [[[Double]]] = [], liars = Set<Int>()
        var allPriors = true
        for (i, item) in list.enumerated() {
            let at = "agents[\(i)]"
            let agent = try object(item, path, at)
            names.append(try (agent["name"] as? String) ?? { throw DesignInputError(path: path, location: "\(at).name", expected: "a string") }())
            let features = try numbers(agent["features"], path, "\(at).features", count: rows.first?.count)
            rows.append(features.map { Float($0) })
            if let liar = agent["liar"] {
                guard isBoolean(liar), let flag = liar as? Bool else { throw DesignInputError(path: path, location: "\(at).liar", expected: "true or false") }
                if flag { liars.insert(i) }
            }
            if let p = agent["priors"] {
                guard let perType = p as? [Any], !perType.isEmpty, perType.count <= maxFeatures else {
                    throw DesignInputError(path: path, location: "\(at).priors", expected: "an array with one array of answer weights per query type")
                }
                let parsed = try perType.enumerated().map { t, v in
                    try numbers(v, path, "\(at).priors[\(t)]", count: nil, positive: true)
                }
                if let first = priors.first, first.count != parsed.count || first[0].count != parsed[0].count {
                    throw DesignInputError(path: path, location: "\(at).priors", expected: "\(first.count) query types of \(first[0].count) answers, as agents[0]")
                }
                guard parsed.allSatisfy({ $0.count == parsed[0].count && $0.count >= 2 }) else {
                    throw DesignInputError(path: path, location: "\(at).priors", expected: "the same number (≥ 2) of answers for every query type")
                }
                priors.append(parsed)
            } else {
                allPriors = false
            }
        }
        let n = names.count
        let anchor = try root["anchor"].map { try edgeMatrix($0, n, path, "anchor") }
        let permitted = try root["permitted"].map { v -> [[Bool]] in
            try edgeMatrix(v, n, path, "permitted").values.chunked(n).map { $0.map { $0 != 0 } }
        }
        let allPairs = try root["all_pairs"].map { v -> Bool in
            guard isBoolean(v), let b = v as? Bool else { throw DesignInputError(path: path, location: "all_pairs", expected: "true or false") }
            return b
        } ?? false
        let features = try! Matrix(rows: n, columns: rows[0].count, values: rows.flatMap { $0 })
        return Agents(problem: DesignProblem(agentNames: names, agentFeatures: features, anchor: anchor,
                                             forwardOnly: !allPairs, permitted: permitted),
                      priors: allPriors ? priors : nil, liars: liars)
    }

    /// Parses task-file bytes for agents with `width` features.
    public static func parseQueries(_ data: Data, path: String, width: Int) throws -> [DesignQuery] {
        let root = try object(json(data, path), path, "the top level")
        guard let list = root["queries"] as? [Any], !list.isEmpty else {
            throw DesignInputError(path: path, location: "queries", expected: "a non-empty array of query objects")
        }
        return try list.enumerated().map { i, item in
            let at = "queries[\(i)]"
            let query = try object(item, path, at)
            let id = (query["id"] as? String) ?? "query-\(i)"
            let features = try numbers(query["features"], path, "\(at).features", count: width)
            var kind = 0
            if let t = query["type"] {
                guard let number = t as? NSNumber, let k = Int(exactly: number.doubleValue), k >= 0, !isBoolean(t) else {
                    throw DesignInputError(path: path, location: "\(at).type", expected: "a non-negative integer query type")
                }
                kind = k
            }
            return DesignQuery(id: id, task: try! Matrix(rows: 1, columns: width, values: features.map { Float($0) }), kind: kind)
        }
    }

    /// Whether a parsed JSON value is `true` or `false` (numbers 0 and 1 also cast to `Bool`).
    private static func isBoolean(_ value: Any) -> Bool {
        "\(type(of: value))".contains("Boolean") || type(of: value) == Bool.self
    }

    private static func json(_ data: Data, _ path: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw DesignInputError(path: path, location: "JSON syntax", expected: "valid JSON (\(reason))")
        }
    }

    private static func object(_ value: Any, _ path: String, _ at: String) throws -> [String: Any] {
        guard let object = value as? [String: Any] else { throw DesignInputError(path: path, location: at, expected: "a JSON object") }
        return object
    }

    private static func numbers(_ value: Any?, _ path: String, _ at: String, count: Int?, positive: Bool = false) throws -> [Double] {
        let what = "an array of \(count.map { "\($0) " } ?? "")\(positive ? "positive " : "")finite numbers"
        guard let list = value as? [Any], !list.isEmpty, list.count <= maxFeatures, count.map({ $0 == list.count }) ?? true else {
            throw DesignInputError(path: path, location: at, expected: what)
        }
        return try list.map { v in
            guard let n = v as? NSNumber, !isBoolean(v), n.doubleValue.isFinite, Float(n.doubleValue).isFinite,
                  !positive || n.doubleValue > 0 else {
                throw DesignInputError(path: path, location: at, expected: what)
            }
            return n.doubleValue
        }
    }

    private static func edgeMatrix(_ value: Any, _ n: Int, _ path: String, _ at: String) throws -> Matrix {
        let expected = "an array of [source, target] pairs of different agents in 0..<\(n)"
        guard let list = value as? [Any], list.count <= n * n else { throw DesignInputError(path: path, location: at, expected: expected) }
        var m = Matrix(rows: n, columns: n)
        for (k, item) in list.enumerated() {
            guard let pair = item as? [Any], pair.count == 2,
                  let s = (pair[0] as? NSNumber).flatMap({ Int(exactly: $0.doubleValue) }),
                  let t = (pair[1] as? NSNumber).flatMap({ Int(exactly: $0.doubleValue) }),
                  !isBoolean(pair[0]), !isBoolean(pair[1]), (0 ..< n).contains(s), (0 ..< n).contains(t), s != t else {
                throw DesignInputError(path: path, location: "\(at)[\(k)]", expected: expected)
            }
            m[s, t] = 1
        }
        return m
    }
}

extension Array {
    /// Consecutive slices of `size` elements.
    fileprivate func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0 ..< Swift.min($0 + size, count)]) }
    }
}
