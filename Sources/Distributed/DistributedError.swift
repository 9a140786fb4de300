/// What went wrong in a distributed run: an MPI call that failed, or ranks that disagree.
public enum DistributedError: Error, CustomStringConvertible, Equatable {
    /// An MPI call returned `code`; `message` is MPI's own text for it.
    case mpi(call: String, code: Int32, message: String)
    /// The ranks' inputs do not fit together (different parameter shapes, a partition for another
    /// rank count…); `reason` says what differs and how to fix it.
    case mismatch(reason: String)

    public var description: String {
        switch self {
        case let .mpi(call, code, message):
            return "\(call) failed (MPI error \(code)): \(message)"
        case let .mismatch(reason):
            return reason
        }
    }
}
