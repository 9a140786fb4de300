import CMPI
import Foundation

/// The processes of one MPI job (`MPI_COMM_WORLD`): this process's rank, the number of ranks, and
/// typed collectives over `Float` buffers, `Matrix` values and parameter sets
/// (`Communicator+Collectives.swift`, `Communicator+Parameters.swift`).
///
/// MPI is initialised on first use of ``world()`` and finalised at process exit. Errors are set to
/// return rather than abort, and every failing call throws ``DistributedError/mpi(call:code:message:)``
/// naming it. Run outside `mpirun`, the world is one rank and every collective is the identity.
///
/// Every rank must make the same collective calls in the same order (MPI's rule); a rank that
/// cannot continue calls ``abort(_:)`` so that the whole job ends instead of hanging.
public final class Communicator: @unchecked Sendable {
    /// This process's index, `0 ..< size`.
    public let rank: Int
    /// Number of processes in the job.
    public let size: Int
    /// Payload bytes this rank has sent through collectives and point-to-point calls so far
    /// (what it contributes, not MPI's protocol overhead), for communication-cost measurements.
    public internal(set) var bytesSent = 0

    let handle: MPI_Comm
    private let watchdog: CollectiveWatchdog

    private init(handle: MPI_Comm, rank: Int, size: Int) {
        self.handle = handle
        self.rank = rank
        self.size = size
        watchdog = CollectiveWatchdog(rank: rank, size: size)
    }

    /// The longest one MPI call of this rank may wait, in seconds, before the job ends; `nil`
    /// (the default) waits for ever. A rank that hangs without throwing leaves the others waiting
    /// in their next collective: with a timeout, the first of them to pass it prints its rank, the
    /// call and the wait, and exits with status 124, and `mpirun` ends the other ranks.
    /// - Complexity: O(1); the first timeout set starts one watching thread.
    public var collectiveTimeout: Double? {
        get { watchdog.timeout }
        set { watchdog.timeout = newValue }
    }

    nonisolated(unsafe) private static var shared: Communicator?
    private static let lock = NSLock()

    /// The job's world communicator, initialising MPI on first call.
    /// - Throws: ``DistributedError/mpi(call:code:message:)`` when MPI cannot start.
    /// - Complexity: O(1) after the first call; `MPI_Init` itself contacts the launcher.
    public static func world() throws -> Communicator {
        lock.lock()
        defer { lock.unlock() }
        if let shared { return shared }
        var initialized: Int32 = 0
        try check("MPI_Initialized", MPI_Initialized(&initialized))
        if initialized == 0 {
            try check("MPI_Init", MPI_Init(nil, nil))
            atexit { Communicator.finalize() }
        }
        guard let world = graphtool_mpi_comm_world() else {
            throw DistributedError.mpi(call: "MPI_COMM_WORLD", code: -1, message: "the MPI library has no world communicator")
        }
        try check("MPI_Comm_set_errhandler", MPI_Comm_set_errhandler(world, graphtool_mpi_errors_return()))
        var rank: Int32 = 0, size: Int32 = 0
        try check("MPI_Comm_rank", MPI_Comm_rank(world, &rank))
        try check("MPI_Comm_size", MPI_Comm_size(world, &size))
        let made = Communicator(handle: world, rank: Int(rank), size: Int(size))
        shared = made
        return made
    }

    /// Whether this process was started by an MPI launcher (`mpirun`), read from the environment
    /// Open MPI and PMI set, without initialising MPI. - Complexity: O(1)
    public static var isLaunchedByMPI: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["OMPI_COMM_WORLD_SIZE"] != nil || environment["PMI_SIZE"] != nil
            || environment["PMIX_RANK"] != nil
    }

    /// Whether this is rank 0, the rank that prints and writes outputs. - Complexity: O(1)
    public var isRoot: Bool { rank == 0 }

    /// Ends the whole job at once: prints `error` with this rank to stderr, then `MPI_Abort`s
    /// every rank with exit code `code`. Never returns, so no rank is left waiting in a collective.
    public func abort(_ error: Error, code: Int32 = 1) -> Never {
        let line = "graphtool: rank \(rank) of \(size) failed: \(error)\n"
        FileHandle.standardError.write(Data(line.utf8))
        MPI_Abort(handle, code)
        exit(code)
    }

    /// Runs `body`; if it throws, ends the whole job with ``abort(_:code:)``.
    /// - Complexity: that of `body`.
    public func endingJobOnError<T>(_ body: () throws -> T) -> T {
        do { return try body() } catch { abort(error) }
    }

    /// Waits until every rank reaches this call. - Complexity: O(log size) messages.
    public func barrier() throws {
        try call("MPI_Barrier") { MPI_Barrier(handle) }
    }

    /// Runs one MPI call named `name` under the ``collectiveTimeout`` and turns its return code
    /// into an error: every communication of the module goes through here.
    func call(_ name: String, _ body: () -> Int32) throws {
        try Communicator.check(name, watchdog.run(name, body))
    }

    private static func finalize() {
        var finalized: Int32 = 0
        MPI_Finalized(&finalized)
        if finalized == 0 { MPI_Finalize() }
    }

    /// Turns an MPI return code into ``DistributedError/mpi(call:code:message:)``: every MPI call
    /// of the module goes through here.
    static func check(_ call: String, _ code: Int32) throws {
        guard code != graphtool_mpi_success() else { return }
        var text = [CChar](repeating: 0, count: Int(graphtool_mpi_max_error_string()) + 1)
        var length: Int32 = 0
        let message = MPI_Error_string(code, &text, &length) == graphtool_mpi_success()
            ? String(decoding: text.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : "no message"
        throw DistributedError.mpi(call: call, code: code, message: message)
    }
}
