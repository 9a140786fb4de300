/// Why `CircuitFile.writeChecked` wrote nothing: the file, read back, is not the circuit.
public struct WriteCheckError: Error, Equatable, CustomStringConvertible {
    /// How the file read back differs.
    public enum Reason: Equatable, Sendable {
        /// The written file could not be read back; the reader's message.
        case unreadable(String)
        /// The file has other input, latch, output or property counts.
        case interface(String)
        /// Latch `latch` starts at `found` in the file but at `expected` in the circuit.
        case latchReset(latch: Int, expected: AIG.LatchReset, found: AIG.LatchReset)
        /// Simulation found a difference (a `.notEquivalent` verdict).
        case function(EquivalenceResult)
    }

    /// The file that was to be written.
    public var file: String
    /// How it differs.
    public var reason: Reason

    /// Creates the error. - Complexity: O(1)
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        let what: String
        switch reason {
        case .unreadable(let message): what = "the written file does not read back: \(message)"
        case .interface(let message): what = "read back, its interface differs: \(message)"
        case let .latchReset(latch, expected, found):
            what = "read back, latch \(latch) starts at \(found) instead of \(expected)"
        case .function(let verdict): what = "read back, it differs from the circuit: \(verdict)"
        }
        return "\(file): not written: \(what)"
    }
}
