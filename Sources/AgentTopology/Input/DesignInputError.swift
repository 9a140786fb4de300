/// A problem with an agents or task file: the file, where in it, and what was expected.
public struct DesignInputError: Error, CustomStringConvertible, Equatable {
    public let path: String
    /// The JSON location (`agents[2].features`), or a line and column from the JSON parser.
    public let location: String
    public let expected: String

    public var description: String { "\(path): \(location): \(expected)" }
}
