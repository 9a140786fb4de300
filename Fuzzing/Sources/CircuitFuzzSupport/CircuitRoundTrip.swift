import EDA
import FuzzSupport

/// The check every circuit target runs on an accepted file: the AIG the reader built must be a
/// valid one, so it writes as AIGER and reads back equal (ASCII keeps the numbering; binary is
/// the canonical renumbering, as `AIGERWriter` documents).
public enum CircuitRoundTrip {
    /// Aborts unless `aig` survives both AIGER encodings. - Complexity: O(M + sections)
    public static func check(_ aig: AIG) {
        do {
            let ascii = try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .ascii))
            Fuzz.require(ascii == aig, "the ASCII AIGER of an accepted circuit reads back different")
            let binary = try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .binary))
            Fuzz.require(binary == aig.canonicalized(), "the binary AIGER of an accepted circuit reads back different")
        } catch {
            Fuzz.require(false, "an accepted circuit written as AIGER is rejected: \(error)")
        }
    }
}
