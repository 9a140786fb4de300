/// A check whose numbers disagree with the single-process truth.
struct CheckFailure: Error, CustomStringConvertible {
    let description: String
}
