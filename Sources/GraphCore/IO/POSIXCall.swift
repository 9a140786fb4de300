import Foundation

/// Whether a failing system call was reading or writing, which picks the error case.
enum _IODirection {
    case reading, writing
}

/// Runs one system call, retrying on `EINTR`, and turns a `-1` result into a `GraphIOError`
/// naming `path` and the call. Every C call of the I/O layer goes through here.
@discardableResult
func _posix<Result: BinaryInteger>(
    _ call: String, path: String, _ direction: _IODirection, _ body: () -> Result
) throws -> Result {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = errno
        if code == EINTR { continue }
        let reason = "\(call) failed: \(String(cString: strerror(code)))"
        switch direction {
        case .reading: throw GraphIOError.unreadable(path: path, reason: reason)
        case .writing: throw GraphIOError.unwritable(path: path, reason: reason)
        }
    }
}
