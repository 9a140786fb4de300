import EDA
import Foundation

/// A directory of extracted designs, `NAME.v[.gz]` beside `NAME.spef[.gz]` (the layout of
/// `../shared/data/tt06`), or folders `NAME/` holding `NAME.v` and magic's `NAME.pex.spice`
/// (`.gz` too, and the SPICE netlist `NAME.spc`; the layout of `benchmarks/qflow-parasitics-data.sh`):
/// finds them and loads them.
public enum ParasiticCorpus {
    /// The netlist and SPEF paths of one design.
    public struct Entry: Sendable, Equatable {
        public var design: String
        public var netlist: String
        /// The parasitics: a SPEF, or an extracted SPICE netlist (`.spice`).
        public var spef: String
        /// The design as a SPICE netlist, when there is one.
        public var spice: String?
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
        for name in names.sorted() where !files.contains(name + ".v") && !files.contains(name + ".v.gz") {
            let folder = (directory as NSString).appendingPathComponent(name)
            func path(_ suffixes: String...) -> String? {
                suffixes.map { (folder as NSString).appendingPathComponent(name + $0) }.first { FileManager.default.fileExists(atPath: $0) }
            }
            guard let netlist = path(".v", ".v.gz"), let extraction = path(".pex.spice", ".pex.spice.gz") else { continue }
            entries.append(Entry(design: name, netlist: netlist, spef: extraction, spice: path(".spc")))
        }
        entries.sort { $0.design < $1.design }
        guard !entries.isEmpty else { throw ParasiticError.noDesigns(directory: directory) }
        return entries
    }

    /// Loads `entries` in order (from their SPICE netlists with `spice`), calling `progress`
    /// with the count done after each.
    /// - Throws: the first reader error, naming its file.
    /// - Complexity: O(file sizes)
    public static func load(_ entries: [Entry], library: LibertyLibrary, spice: Bool = false, progress: (Int) -> Void = { _ in }) throws -> [ParasiticDesign] {
        var designs: [ParasiticDesign] = []
        for (k, entry) in entries.enumerated() {
            designs.append(try load(entry, library: library, spice: spice))
            progress(k + 1)
        }
        return designs
    }

    /// Loads one design: from its SPICE netlist with `spice` (an error when it has none), else
    /// from its Verilog. - Throws: the readers' errors. - Complexity: O(file sizes)
    public static func load(_ entry: Entry, library: LibertyLibrary, spice: Bool) throws -> ParasiticDesign {
        guard spice else { return try ParasiticDesign.load(netlist: entry.netlist, spef: entry.spef, library: library) }
        guard let netlist = entry.spice else { throw ParasiticError.noSPICENetlist(design: entry.design, netlist: entry.netlist) }
        return try ParasiticDesign.load(spice: netlist, parasitics: entry.spef)
    }
}
