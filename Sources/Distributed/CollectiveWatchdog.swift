import Foundation

/// Bounds how long one MPI call of this rank may wait. MPI has no timeout of its own: a rank that
/// hangs without throwing (a deadlock, an endless loop) leaves the others blocked in their next
/// collective for ever. While a call runs, a background thread watches the clock; when the call
/// has waited longer than ``timeout``, it prints this rank, the call and the wait to stderr and
/// ends the process with exit status 124 (as `timeout(1)`), without finalising MPI, so `mpirun`
/// ends every other rank too.
final class CollectiveWatchdog: @unchecked Sendable {
    /// The exit status of a process the watchdog ends.
    static let exitStatus: Int32 = 124

    private let lock = NSLock()
    private let rank: Int, size: Int
    private var limit: Double?
    private var call: String?
    private var since: UInt64 = 0
    private var watching = false

    init(rank: Int, size: Int) {
        self.rank = rank
        self.size = size
    }

    /// The longest one call may wait, in seconds, or `nil` to wait for ever.
    var timeout: Double? {
        get { lock.withLock { limit } }
        set {
            lock.withLock {
                limit = newValue
                guard newValue != nil, !watching else { return }
                watching = true
                Thread.detachNewThread { [self] in watch() }
            }
        }
    }

    /// Runs `body`, one MPI call named `name`, under the watch. - Complexity: that of `body`.
    func run(_ name: String, _ body: () -> Int32) -> Int32 {
        lock.withLock {
            call = name
            since = DispatchTime.now().uptimeNanoseconds
        }
        defer { lock.withLock { call = nil } }
        return body()
    }

    /// Checks the running call a few times per timeout (at least every second) until the process ends.
    private func watch() {
        while true {
            let (name, waited, limit) = lock.withLock { () -> (String?, Double, Double?) in
                (call, Double(DispatchTime.now().uptimeNanoseconds - since) / 1e9, self.limit)
            }
            if let name, let limit, waited > limit {
                let line = "graphtool: rank \(rank) of \(size): \(name) waited more than \(limit) s (the collective timeout); another rank is hung or far behind, so the job ends\n"
                FileHandle.standardError.write(Data(line.utf8))
                _exit(Self.exitStatus)
            }
            Thread.sleep(forTimeInterval: min(max((limit ?? 1) / 10, 0.01), 1))
        }
    }
}
