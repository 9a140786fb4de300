import EDA
import Foundation

/// A directory of extracted designs, `NAME.v[.gz]` beside `NAME.spef[.gz]` (the layout of
/// `../shared/data/tt06`): finds them and loads them.
public enum ParasiticCorpus {
    /// The netlist and SPEF paths of one design.
    public struct Entry: Sendable, Equatable {
        public var design: String
        public var netlist: String
        public var spef: String
    }

    /// The designs of `directory` that have both a netlist and a SPEF, sorted by name.
    /// - Throws: `ParasiticError.noDesigns` when there is none.
    /// - Complexity: O(files)
    public static func entries(in directory: String) throws -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let files = Set(names)
        func existing(_ base: String, _ extensions: [String]) -> String? {
            extensions.map { base + $0 }.first { files.contains($0) }.map { (directory as NSString).appendingPathComponent($0) }
        }
        var entries: [Entry] = []
        for name in names.sorted() {
            let design: String
            if name.hasSuffix(".v.gz") { design = String(name.dropLast(5)) }
            else if name.hasSuffix(".v") && !files.contains(name + ".gz") { design = String(name.dropLast(2)) }
            else { continue }
            guard let spef = existing(design, [".spef.gz", ".spef"]) else { continue }
            entries.append(Entry(design: design, netlist: (directory as NSString).appendingPathComponent(name), spef: spef))
        }
        guard !entries.isEmpty else { throw ParasiticError.noDesigns(directory: directory) }
        return entries
    }

    /// Loads `entries` in order, calling `progress` with the count done after each.
    /// - Throws: the first reader error, naming its file.
    /// - Complexity: O(file sizes)
    public static func load(_ entries: [Entry], library: LibertyLibrary, progress: (Int) -> Void = { _ in }) throws -> [ParasiticDesign] {
        var designs: [ParasiticDesign] = []
        for (k, entry) in entries.enumerated() {
            designs.append(try ParasiticDesign.load(netlist: entry.netlist, spef: entry.spef, library: library))
            progress(k + 1)
        }
        return designs
    }
}
