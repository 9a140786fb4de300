/// Errors the command line reports about its own arguments and files.
enum CLIError: Error, CustomStringConvertible {
    case missingFile(String)
    case unknownFormat(path: String, known: String)
    case unknownNode(name: String, path: String)
    case invalidValues(path: String, reason: String)

    var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): no such file or directory"
        case let .unknownFormat(path, known):
            return "\(path): unknown file type; graphtool reads \(known)"
        case let .unknownNode(name, path):
            return "\(path): no node named '\(name)'; name an output or give a node number"
        case let .invalidValues(path, reason):
            return "\(path): \(reason)"
        }
    }
}
