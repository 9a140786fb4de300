/// Errors raised while differentiating or training.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    /// Which pass found the non-finite number.
    public enum Pass: String, Sendable {
        /// The forward value of the op.
        case forward
        /// A gradient computed by the op's backward rule.
        case backward
    }

    /// A NaN or infinity appeared at training step `step`, produced by `op` in `pass`.
    case nonFinite(step: Int, op: String, pass: Pass)
    /// `backward` reached a node whose graph an earlier `backward` already released.
    case graphReleased(op: String)

    public var description: String {
        switch self {
        case let .nonFinite(step, op, .forward):
            return "step \(step): the value computed by `\(op)` is NaN or infinite, so the loss and every gradient are meaningless; check the inputs of `\(op)` (log of 0, division by 0, overflowing exp) or lower the learning rate, e.g. `Adam(learningRate: 1e-3)`"
        case let .nonFinite(step, op, .backward):
            return "step \(step): the gradient computed by the backward rule of `\(op)` is NaN or infinite, so the update would destroy the parameters; lower the learning rate or clip with `clipGradientNorm(model.namedParameters(), maxNorm: 1)`"
        case let .graphReleased(op):
            return "backward reached `\(op)`, whose graph an earlier backward already released; run the forward pass again before calling `backward()` a second time"
        }
    }
}
