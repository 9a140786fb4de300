/// Keeps the replicas of a model in step across processes for data-parallel training (PyTorch
/// DDP's contract): trainers call it, the `Distributed` module implements it over MPI, and GNN
/// knows no transport. Every process must make the same calls in the same order.
public protocol GradientSynchronizer {
    /// This process's index, `0 ..< size`.
    var rank: Int { get }
    /// Number of processes training together.
    var size: Int { get }
    /// Makes every process's parameter values equal to process 0's (once, before training).
    func synchronize(_ parameters: [NamedParameter]) throws
    /// Replaces each gradient by the mean over processes, weighting this process's by `weight`
    /// (the number of items its loss averaged over; 0 for a process without items this step).
    /// Called after `backward`, before the optimizer step.
    func averageGradients(_ parameters: [NamedParameter], weight: Double) throws
    /// Whether `flag` holds on any process (for decisions all must share, such as stopping).
    func anyProcess(_ flag: Bool) throws -> Bool
}
