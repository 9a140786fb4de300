import Foundation

/// One benchmark result, printed as a line of text or one JSON line.
struct BenchReport: Encodable {
    var format = 1
    let benchmark: String
    let parameters: [String: Int]
    let medianSeconds: Double
    /// Further results beside the median (e.g. per-step times, peak memory); omitted when `nil`.
    var measurements: [String: Double]? = nil

    enum CodingKeys: String, CodingKey {
        case format, benchmark, parameters, measurements
        case medianSeconds = "median_seconds"
    }

    func print(json: Bool) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Swift.print(String(decoding: try encoder.encode(self), as: UTF8.self))
        } else {
            let params = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            var line = "\(benchmark): median \(String(format: "%.6f", medianSeconds)) s (\(params.joined(separator: " ")))"
            if let measurements {
                line += " " + measurements.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.6g", $0.value))" }
                    .joined(separator: " ")
            }
            Swift.print(line)
        }
    }
}

/// Wall-clock timing with a monotonic clock, and CPU time of the process.
enum Stopwatch {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        try wallAndCPUSeconds(body).wall
    }

    /// Wall seconds of `body`, and the CPU seconds all threads of the process spent meanwhile
    /// (for a single-threaded `body`, its time on a core: unlike wall time, it does not grow
    /// while other processes hold the cores).
    static func wallAndCPUSeconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpuStart = processCPUSeconds(), start = DispatchTime.now().uptimeNanoseconds
        try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (wall, processCPUSeconds() - cpuStart)
    }

    private static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

extension Array where Element == Double {
    /// The median (mean of the middle two for even counts); 0 for an empty array.
    func median() -> Double {
        guard !isEmpty else { return 0 }
        let s = sorted()
        return count % 2 == 1 ? s[count / 2] : (s[count / 2 - 1] + s[count / 2]) / 2
    }
}
