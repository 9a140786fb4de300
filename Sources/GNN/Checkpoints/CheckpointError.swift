import GraphCore

/// Errors from reading, writing and loading safetensors checkpoints.
public enum CheckpointError: Error, Equatable, CustomStringConvertible {
    /// A parameter whose stored shape differs from the model's.
    public struct ShapeMismatch: Equatable, Sendable {
        public let name: String
        public let expected: [Int]
        public let found: [Int]

        /// A mismatch of `name`: the model expects `expected`, the file has `found`.
        public init(name: String, expected: [Int], found: [Int]) {
            self.name = name
            self.expected = expected
            self.found = found
        }
    }

    /// The file could not be read, written or renamed; `reason` is the system's message.
    case io(path: String, reason: String)
    /// The bytes are not a valid safetensors file; `reason` says what is wrong and where.
    case malformed(path: String, reason: String)
    /// A tensor uses a dtype other than `F32`, the only one graphtool stores.
    case unsupportedDType(name: String, dtype: String)
    /// The checkpoint does not fit the model: names missing from the file, names the model does
    /// not have, and shapes that differ.
    case mismatch(missing: [String], unexpected: [String], wrongShapes: [ShapeMismatch])

    /// What is wrong, on one line (see `_oneLineMessage`). - Complexity: O(message length)
    public var description: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .io(path, reason): return "\(path): \(reason)"
        case let .malformed(path, reason):
            return "\(path) is not a valid safetensors file: \(reason); write it with `SafeTensors.write` or `safetensors.numpy.save_file`"
        case let .unsupportedDType(name, dtype):
            return "tensor `\(name)` has dtype \(dtype), but checkpoints hold F32 only; convert it with `tensor.astype(numpy.float32)` before saving"
        case let .mismatch(missing, unexpected, wrongShapes):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing from the file: \(missing.joined(separator: ", "))") }
            if !unexpected.isEmpty { parts.append("not in the model: \(unexpected.joined(separator: ", "))") }
            for m in wrongShapes { parts.append("`\(m.name)` has shape \(m.found) in the file but \(m.expected) in the model") }
            return "the checkpoint does not match the model (\(parts.joined(separator: "; "))); build the model with the configuration stored in the file's __metadata__"
        }
    }
}
