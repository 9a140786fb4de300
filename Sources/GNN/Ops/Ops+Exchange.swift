import GraphCore

/// A process's share of a graph split across processes: its own rows, and the rows of other
/// processes' nodes its edges reach (the halo). Implemented by the `Distributed` module over MPI;
/// GNN knows only this contract, so it depends on no transport.
///
/// Every process of the job must call ``gather(_:)`` (and later ``scatterBack(_:)``) together, in
/// the same order: they are collective. They cannot throw; an implementation whose transport fails
/// ends the job with an error naming the failed call.
public protocol RowExchange {
    /// Rows this process owns (the input of ``gather(_:)``).
    var ownedRowCount: Int { get }
    /// Owned rows followed by the halo rows (the output of ``gather(_:)``).
    var localRowCount: Int { get }
    /// The owned rows, followed by the halo rows received from the processes that own them.
    /// **Shapes:** `owned × C` → `local × C`.
    func gather(_ owned: Matrix) -> Matrix
    /// The adjoint of ``gather(_:)``: the owned rows' part of `local`, plus the halo-row parts
    /// other processes send back for rows this process owns (summed).
    /// **Shapes:** `local × C` → `owned × C`.
    func scatterBack(_ local: Matrix) -> Matrix
}

extension Tensor {
    /// This process's rows extended with its halo rows from other processes (partition-parallel
    /// message passing, as DistDGL's halo exchange). Backward sends each halo row's gradient back
    /// to its owner and sums what arrives. Collective: every process must call it in step.
    ///
    /// **Shapes:** `owned × C` → `local × C`.
    /// - Complexity: O(local × C) plus the exchange's traffic, forward and backward.
    public func exchangingRows(_ exchange: some RowExchange) -> Tensor {
        precondition(rows == exchange.ownedRowCount,
                     "\(rows) rows for an exchange of \(exchange.ownedRowCount) owned rows")
        return Tensor.record("exchangeRows", value: exchange.gather(value), parents: [self]) { g, _ in
            [exchange.scatterBack(g)]
        }
    }
}
