/// A write refused because the target format cannot hold part of the circuit and the caller
/// did not allow dropping it (see `FormatLoss`). Nothing is written.
public struct LossyWriteError: Error, Equatable, CustomStringConvertible {
    /// The file that was to be written, when known.
    public var file: String?
    /// What the write would have lost: only the kinds the caller did not allow.
    public var loss: FormatLoss

    /// Creates the error. - Complexity: O(1)
    public init(file: String?, loss: FormatLoss) {
        self.file = file
        self.loss = loss
    }

    public var description: String {
        let name = FormatLoss.formatName(loss.format)
        let allow = loss.kinds.map { ".\($0)" }.joined(separator: ", ")
        return "\(file ?? "<\(name) output>"): a \(name) file cannot hold \(loss); nothing was written. "
            + "Write AIGER (.aig or .aag) to keep everything, or allow the loss with `dropping: [\(allow)]`"
    }
}
