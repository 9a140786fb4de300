import GNN

/// How close a timing is to the SPEF timing: R² and mean absolute error (ps) of the late
/// arrivals at the data pins and ports (every node off the clock network, and transition, that
/// the SPEF timing and both baselines — ideal wires, wire-load model — time), of their slews,
/// and of the endpoint slacks (worst of rise and fall) under the tight clock; `nil` where
/// undefined. The pins counted depend on the samples alone, so every method that predicts them
/// all (`arrivals`, `endpoints`) is scored on the same pins.
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
            let (ideal, wireLoad) = (sample.ideal, sample.wireLoad)
            let isData = { (i: Int) in !sample.clockNetwork[i / 2] && ideal.arrivals[i].isFinite && wireLoad.arrivals[i].isFinite }
            add(prediction.arrivals, truth.arrivals, to: &arrival, where: isData)
            add(prediction.slews, truth.slews, to: &slew, where: { isData($0) && ideal.slews[$0].isFinite && wireLoad.slews[$0].isFinite })
            let (idealSlacks, wireLoadSlacks) = (ideal.endpointSlacks, wireLoad.endpointSlacks)
            add(prediction.endpointSlacks, truth.endpointSlacks, to: &slack, where: { idealSlacks[$0].isFinite && wireLoadSlacks[$0].isFinite })
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
