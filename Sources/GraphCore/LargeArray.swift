import CMalloc
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Allocation of big flat arrays: feature matrices, graphs, AIGs (hundreds of MB at scale).
///
/// Most of the time of reading a large AIGER file into an AIG and its graph went to page faults
/// of fresh memory. For arrays of `adviceThreshold` bytes and more, on Linux, this asks for
/// transparent huge pages (`madvise(MADV_HUGEPAGE)`) before the first write, so filling 100 MB
/// takes 50 faults instead of 25,000, and everywhere it faults the pages in on all cores before
/// `fill` runs. Small arrays are plain arrays. Huge pages also spare the TLB misses of random
/// row gathers (SpMM reads a random neighbour row per edge).
public enum LargeArray {
    /// Arrays smaller than this get no advice (one huge page is 2 MiB).
    public static let adviceThreshold = 4 << 20

    /// `count` copies of `value`. - Complexity: O(count)
    @inlinable public static func make<T>(repeating value: T, count: Int) -> [T] {
        make(count: count) { $0.initialize(repeating: value) }
    }

    /// An array of `count` elements that `fill` initialises, every one of them; its pages are
    /// faulted in on `threads` threads first.
    /// - Complexity: O(count) plus the work of `fill`.
    @inlinable public static func make<T>(count: Int, threads: Int = Parallel.coreCount,
                                          _ fill: (UnsafeMutableBufferPointer<T>) throws -> Void) rethrows -> [T] {
        try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            prefault(UnsafeMutableRawBufferPointer(buffer), threads: threads)
            try fill(buffer)
            initialized = count
        }
    }

    /// Touches one byte per page of a large `region` on `threads` threads (every core by
    /// default), so the page faults of a fresh allocation (zeroing, and on a VM the host's own
    /// faults) run in parallel rather than in `fill`'s order. The bytes written are overwritten
    /// by `fill`.
    public static func prefault(_ region: UnsafeMutableRawBufferPointer, threads: Int = Parallel.coreCount) {
        guard region.count >= adviceThreshold, let base = region.baseAddress else { return }
        let page = 4096, pages = (region.count + page - 1) / page
        Parallel.forEachChunk(count: pages, threads: threads) { range in
            for p in range { base.storeBytes(of: 0, toByteOffset: p * page, as: UInt8.self) }
        }
    }

    /// Makes this process keep the memory of freed large arrays for its next allocations instead
    /// of returning it to the kernel. By default glibc maps every block of 32 MiB and more afresh
    /// and unmaps it when freed, so a training loop that makes and drops tensors of hundreds of
    /// MB pays the kernel's zeroing of every page on every step (half the time of a 1M-node GCN
    /// epoch went there). After this call such blocks come from the heap and go back to it; the
    /// resident size stays at its peak. Call once at process start, before large allocations;
    /// a no-op where the C library is not glibc.
    /// - Complexity: O(1)
    public static func retainFreedMemory() {
        graphcore_retain_freed_memory()
    }

    /// Marks the whole pages inside `region` for transparent huge pages; a no-op where unsupported.
    public static func adviseHugePages(_ region: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard region.count >= adviceThreshold, let base = region.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: base) + page - 1) / page * page
        let end = (Int(bitPattern: base) + region.count) / page * page
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)  // advice only: failure changes nothing
        #endif
    }
}
