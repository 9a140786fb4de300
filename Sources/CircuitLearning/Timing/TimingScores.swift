import GNN

/// How close a timing is to the SPEF timing: R² and mean absolute error (ps) of the late
/// arrivals at the data pins and ports (every node off the clock network and transition both
/// have), of their slews, and of the endpoint slacks (worst of rise and fall) under the tight
/// clock; `nil` where undefined.
public struct TimingScores: Sendable, Equatable, Codable {
    public var r2Arrival: Double?, maeArrival: Double?
    public var r2Slew: Double?, maeSlew: Double?
    public var r2Slack: Double?, maeSlack: Double?
    /// The arrivals and endpoints scored.
    public var arrivals: Int, endpoints: Int

    /// Scores `predictions` of `samples` (one per sample, pooled) against their SPEF timing.
    /// - Complexity: O(nodes + endpoints)
    public init(_ predictions: [TimingValues], samples: [TimingSample]) {
        var arrival = ([Float](), [Float]()), slew = ([Float](), [Float]()), slack = ([Float](), [Float]())
        func add(_ predicted: [Float], _ truth: [Float], to pair: inout ([Float], [Float]), where counted: (Int) -> Bool = { _ in true }) {
            for (i, (p, t)) in zip(predicted, truth).enumerated() where p.isFinite && t.isFinite && counted(i) {
                pair.0.append(p)
                pair.1.append(t)
            }
        }
        for (prediction, sample) in zip(predictions, samples) {
            guard let truth = sample.truth else { continue }
            let isData = { (i: Int) in !sample.clockNetwork[i / 2] }
            add(prediction.arrivals, truth.arrivals, to: &arrival, where: isData)
            add(prediction.slews, truth.slews, to: &slew, where: isData)
            add(prediction.endpointSlacks, truth.endpointSlacks, to: &slack)
        }
        r2Arrival = Metrics.r2(predictions: arrival.0, truth: arrival.1)
        maeArrival = Metrics.meanAbsoluteError(predictions: arrival.0, truth: arrival.1)
        r2Slew = Metrics.r2(predictions: slew.0, truth: slew.1)
        maeSlew = Metrics.meanAbsoluteError(predictions: slew.0, truth: slew.1)
        r2Slack = Metrics.r2(predictions: slack.0, truth: slack.1)
        maeSlack = Metrics.meanAbsoluteError(predictions: slack.0, truth: slack.1)
        arrivals = arrival.0.count
        endpoints = slack.0.count
    }

    enum CodingKeys: String, CodingKey {
        case r2Arrival = "r2_arrival", maeArrival = "mae_arrival_ps", r2Slew = "r2_slew", maeSlew = "mae_slew_ps"
        case r2Slack = "r2_slack", maeSlack = "mae_slack_ps", arrivals, endpoints
    }
}
