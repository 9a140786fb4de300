import CBLAS

/// The thread count of OpenBLAS, which otherwise starts one thread per core whatever a command's
/// `--threads` says (and spins them on small products).
public enum BLASThreads {
    /// Lets OpenBLAS use at most `count` threads (at least one) in this process.
    public static func limit(to count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
    }
}
