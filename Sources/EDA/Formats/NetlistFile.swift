import GraphCore

/// What the text-netlist readers and writers share: reading and writing a file, and labelling
/// errors with its name.
enum NetlistFile {
    /// The bytes of `path`, with I/O failures as `NetlistError.io`. - Complexity: O(n)
    static func readAll(_ path: String) throws -> [UInt8] {
        do {
            return try FileIO.readAll(path)
        } catch let error as GraphIOError {
            throw NetlistError(error)
        }
    }

    /// Writes `bytes` atomically, with I/O failures as `NetlistError.io`. - Complexity: O(n)
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        do {
            try FileIO.writeAtomically(bytes, to: path)
        } catch let error as GraphIOError {
            throw NetlistError(error)
        }
    }

    /// Runs `body`, adding `fileName` to the `NetlistError` or `LossyWriteError` it throws.
    static func naming<T>(_ fileName: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as NetlistError {
            error.file = error.file ?? fileName
            throw error
        } catch var error as LossyWriteError {
            error.file = error.file ?? fileName
            throw error
        }
    }

    /// Runs `parse` into a fresh `NetlistBuilder` and finishes it, adding `fileName` to errors.
    static func build(_ fileName: String?, _ parse: (inout NetlistBuilder) throws -> Void) throws -> AIG {
        try naming(fileName) {
            var builder = NetlistBuilder()
            try parse(&builder)
            return try builder.finish()
        }
    }
}
