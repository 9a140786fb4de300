/// What went wrong when partitioning a graph or reading a partition: a METIS call that failed, or
/// inputs that do not fit together (a membership for another graph, an inconsistent part on disk).
public enum PartitionError: Error, CustomStringConvertible, Equatable {
    /// A METIS call returned a status other than `METIS_OK`.
    case metis(call: String, status: Int32)
    /// The input is inconsistent; `reason` names where (file or field), what differs and how to fix it.
    case invalid(reason: String)

    public var description: String {
        switch self {
        case let .metis(call, status):
            let meaning = [-2: "invalid input", -3: "out of memory"][status] ?? "error"
            return "\(call) failed with status \(status) (\(meaning))"
        case let .invalid(reason):
            return reason
        }
    }
}
