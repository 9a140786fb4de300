import Foundation

/// Finds the shipped circuit-encoder model when `--model` is not given.
enum ModelLocator {
    /// The model's path inside the repository.
    static let relativePath = "models/circuit-encoder.safetensors"

    /// Where the model is looked for, in order: `$GRAPHTOOL_MODEL`, `models/` beside the
    /// executable or in any of its parent directories (a release build in `.build/release/`),
    /// then the package this executable was built from. - Complexity: O(depth of the path)
    static func candidates() -> [String] {
        var paths: [String] = []
        if let env = ProcessInfo.processInfo.environment["GRAPHTOOL_MODEL"], !env.isEmpty { paths.append(env) }
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

    /// The first existing candidate.
    /// - Throws: `CLIError.invalidValues` listing where it looked and how to fix it.
    static func locate() throws -> String {
        let all = candidates()
        if let hit = all.first(where: { FileManager.default.fileExists(atPath: $0) }) { return hit }
        throw CLIError.invalidValues(path: relativePath, reason: "no circuit-encoder model found (looked in \(all.joined(separator: ", "))); pass --model PATH, set GRAPHTOOL_MODEL, or train one with 'graphtool pretrain --corpus DIR --save \(relativePath)'")
    }
}
