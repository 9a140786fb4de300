import Foundation

/// The JSON that `--json` prints: keys sorted, indented, slashes left unescaped.
enum JSONText {
    /// `value` as graphtool's JSON; `snakeCaseKeys` turns `groundEnergy` into `ground_energy`.
    static func of<T: Encodable>(_ value: T, snakeCaseKeys: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
