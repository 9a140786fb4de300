import ArgumentParser
import GraphCore

/// A `--threads` value whose default, all cores, reads as such in the help (not as the number
/// of cores of the machine that printed it).
struct ThreadCount: ExpressibleByArgument {
    /// The number of threads.
    var count: Int

    /// Every core of this machine (`Parallel.coreCount`).
    static let allCores = ThreadCount(count: Parallel.coreCount)

    init(count: Int) { self.count = count }

    init?(argument: String) {
        guard let count = Int(argument) else { return nil }
        self.count = count
    }

    var defaultValueDescription: String { "all cores" }

    /// The help of every `--threads` option.
    static let help = ArgumentHelp("Threads.", valueName: "threads")
}
