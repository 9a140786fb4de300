/// One timing of a design, as a prediction target or a baseline, in ps: late (setup) arrivals
/// and slews per node and transition (`node * 2 + rf`), and the setup slack of each endpoint
/// and transition (`k * 2 + rf`) under the tight clock. NaN where nothing arrives or nothing
/// is constrained.
public struct TimingValues: Sendable, Equatable {
    public var arrivals: [Float]
    public var slews: [Float]
    public var slacks: [Float]

    /// Values from arrays. - Complexity: O(1)
    public init(arrivals: [Float], slews: [Float], slacks: [Float]) {
        (self.arrivals, self.slews, self.slacks) = (arrivals, slews, slacks)
    }

    /// Per endpoint: the worst slack over rise and fall, NaN when neither is constrained.
    /// - Complexity: O(endpoints)
    public var endpointSlacks: [Float] {
        (0 ..< slacks.count / 2).map { k in
            let (r, f) = (slacks[2 * k], slacks[2 * k + 1])
            return r.isNaN ? f : f.isNaN ? r : min(r, f)
        }
    }
}
