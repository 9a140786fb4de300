#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
private let RUSAGE_SELF_ID = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_ID = RUSAGE_SELF
#endif

/// The process's peak resident memory, from `getrusage`.
enum PeakMemory {
    /// Peak resident set size in bytes so far (0 if the system does not say).
    static func residentBytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_ID, &usage) == 0 else { return 0 }
        #if os(Linux)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        return usage.ru_maxrss  // bytes on Darwin
        #endif
    }
}
