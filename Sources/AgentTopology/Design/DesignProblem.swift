import GraphCore

/// What the designer designs for: the agents (names and role feature vectors), the anchor
/// topology the refinement is pulled towards, and which pairs may become edges.
public struct DesignProblem: Sendable {
    /// Agent names, by number.
    public let agentNames: [String]
    /// Agent features `X`, `N × D` (e.g. embeddings of role descriptions).
    public let agentFeatures: Matrix
    /// `A_anchor`, `N × N` (G-Designer always uses the chain `0 → 1 → … → N−1`).
    public let anchor: Matrix
    /// How graphs are drawn from the edge probabilities.
    public let sampler: EdgeSampler

    /// Number of agents. - Complexity: O(1)
    public var agentCount: Int { agentNames.count }
    /// Feature width `D`. - Complexity: O(1)
    public var featureWidth: Int { agentFeatures.columns }

    /// A problem; the anchor defaults to the chain and candidate edges to the forward pairs of
    /// the agent order (``EdgeSampler/init(agentCount:forwardOnly:permitted:)``).
    /// - Precondition: one feature row per name, an `N × N` anchor and mask.
    /// - Complexity: O(N² + N × D)
    public init(agentNames: [String], agentFeatures: Matrix, anchor: Matrix? = nil,
                forwardOnly: Bool = true, permitted: [[Bool]]? = nil) {
        let n = agentNames.count
        precondition(n >= 2 && agentFeatures.rows == n, "a design problem needs at least two agents and one feature row per agent")
        var chain = Matrix(rows: n, columns: n)
        for i in 0 ..< n - 1 { chain[i, i + 1] = 1 }
        let anchor = anchor ?? chain
        precondition(anchor.rows == n && anchor.columns == n, "the anchor topology must be \(n)×\(n)")
        self.agentNames = agentNames
        self.agentFeatures = agentFeatures
        self.anchor = anchor
        sampler = EdgeSampler(agentCount: n, forwardOnly: forwardOnly, permitted: permitted)
    }
}

/// One query (task) the topology is designed for.
public struct DesignQuery: Sendable {
    /// Identifier passed to the utility.
    public let id: String
    /// `x_task`, `1 × D` (e.g. an embedding of the query text).
    public let task: Matrix
    /// A label a utility may use (the debate simulator's query type); 0 when unused.
    public let kind: Int
    /// Which instance of the query is asked: training sets it to the step number, so the `M`
    /// graphs of one step share it. A utility may use it to run them on the same question (the
    /// simulator: the same random draws).
    public let instance: UInt64

    /// A query. - Complexity: O(1)
    public init(id: String, task: Matrix, kind: Int = 0, instance: UInt64 = 0) {
        precondition(task.rows == 1, "a task vector is one row, not \(task.rows)")
        self.id = id
        self.task = task
        self.kind = kind
        self.instance = instance
    }

    /// This query as its instance `instance`. - Complexity: O(1)
    public func instance(_ instance: UInt64) -> DesignQuery {
        DesignQuery(id: id, task: task, kind: kind, instance: instance)
    }
}
