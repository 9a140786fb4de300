import Foundation

/// Finds a shipped file (the circuit-encoder model by default) when no path is given.
enum ModelLocator {
    /// The circuit encoder's path inside the repository.
    static let relativePath = "models/circuit-encoder.safetensors"

    /// Where `relativePath` is looked for, in order: `$GRAPHTOOL_MODEL` (for the circuit encoder
    /// only), the path beside the executable or in any of its parent directories (a release
    /// build in `.build/release/`), then in the package this executable was built from.
    /// - Complexity: O(depth of the path)
    static func candidates(_ relativePath: String = ModelLocator.relativePath) -> [String] {
        var paths: [String] = []
        if relativePath == Self.relativePath, let env = ProcessInfo.processInfo.environment["GRAPHTOOL_MODEL"], !env.isEmpty {
            paths.append(env)
        }
        var executables = [CommandLine.arguments[0]]
        if let main = Bundle.main.executablePath { executables.append(main) }
        for executable in executables {
            var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0 ..< 6 {
                paths.append(directory.appendingPathComponent(relativePath).path)
                directory.deleteLastPathComponent()
            }
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        paths.append(package.appendingPathComponent(relativePath).path)
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// The first existing candidate of the circuit encoder.
    /// - Throws: `CLIError.invalidValues` listing where it looked and how to fix it.
    static func locate() throws -> String {
        try locate(relativePath, fix: "pass --model PATH, set GRAPHTOOL_MODEL, or train one with 'graphtool pretrain --corpus DIR --save \(relativePath)'")
    }

    /// The first existing candidate of `relativePath`.
    /// - Throws: `CLIError.invalidValues` listing where it looked, then `fix`.
    static func locate(_ relativePath: String, fix: String) throws -> String {
        let all = candidates(relativePath)
        if let hit = all.first(where: { FileManager.default.fileExists(atPath: $0) }) { return hit }
        throw CLIError.invalidValues(path: relativePath, reason: "not found (looked in \(all.joined(separator: ", "))); \(fix)")
    }
}
