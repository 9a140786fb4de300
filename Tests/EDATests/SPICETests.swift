import Foundation
import Testing
@testable import EDA

/// The SPICE reader on small hand-written decks with hand-worked answers.
@Suite struct SPICETests {
    static func read(_ text: String, file: String = "t.sp", _ configure: (inout SPICEReader.Options) -> Void = { _ in },
                     includes: [String: String] = [:]) throws -> SPICENetlist {
        var options = SPICEReader.Options()
        options.includes = .memory(includes.mapValues { Array($0.utf8) })
        configure(&options)
        return try SPICEReader.read(bytes: Array(text.utf8), fileName: file, options: options)
    }

    static func error(_ text: String, _ configure: (inout SPICEReader.Options) -> Void = { _ in },
                      includes: [String: String] = [:]) -> NetlistError? {
        do {
            _ = try read(text, configure, includes: includes)
            return nil
        } catch {
            return error as? NetlistError
        }
    }

    /// The nets of device `name`'s terminals, by name.
    static func terminals(_ netlist: SPICENetlist, _ name: String) -> [String] {
        guard let d = netlist.devices.firstIndex(where: { $0.name == name }) else { return [] }
        return netlist.terminals(of: d).map { netlist.netNames[Int(netlist.terminalNet[$0])] }
    }

    @Test(arguments: [
        ("1k", 1e3), ("1K", 1e3), ("1meg", 1e6), ("1MEG", 1e6), ("2Meg", 2e6), ("1M", 1e-3), ("1m", 1e-3),
        ("2.5u", 2.5e-6), ("0.0123fF", 1.23e-17), ("1F", 1e-15), ("3pF", 3e-12), ("1e3", 1e3), ("1e-3k", 1),
        ("10mil", 254e-6), ("3", 3), ("-2p", -2e-12), (".5n", 5e-10), ("1g", 1e9), ("1T", 1e12), ("4a", 4e-18),
        ("10Ohm", 10), ("1eV", 1),
    ])
    func numbers(text: String, value: Double) throws {
        let parsed = try #require(SPICENumber.parse(text))
        #expect(abs(parsed - value) <= 1e-12 * abs(value), "\(text)")
    }

    @Test(arguments: ["1k5", "abc", "", "-", ".", "e3", "{w*2}", "1.5.3", "1e+"])
    func notNumbers(text: String) {
        #expect(SPICENumber.parse(text) == nil, "\(text)")
    }

    /// Continuation across a comment line, inline `$` and `;` comments, `name = value`.
    @Test func statements() throws {
        let netlist = try Self.read("""
            * a comment
            M1 out in vss
            * between a line and its continuation
            + vss nfet W = 2u l=0.18u ; inline comment
            C1 out 0 1.5fF $ a magic-style comment
            R1 in,out (1k)
            """)
        #expect(netlist.devices.map(\.name) == ["M1", "C1", "R1"])
        #expect(Self.terminals(netlist, "M1") == ["out", "in", "vss", "vss"])
        #expect(netlist.devices[0].model == "nfet")
        #expect(netlist.devices[0].number("w") == 2e-6 && netlist.devices[0].number("L") == 0.18e-6)
        #expect(abs(netlist.devices[1].value! - 1.5e-15) < 1e-27 && netlist.devices[2].value == 1e3)
        #expect(netlist.terminalName[0 ..< 4] == ["d", "g", "s", "b"])
        #expect(netlist.groundNet == netlist.net(named: "0"))
    }

    /// A buffer of two inverters, instantiated twice; names case-insensitive; `.global vdd`.
    @Test func flattening() throws {
        let netlist = try Self.read("""
            .global VDD
            .subckt INV a y gnd
            Mp y a vdd vdd pfet w=2u l=0.2u
            Mn y a gnd gnd nfet w=1u l=0.2u
            .ends inv
            .subckt buf in out gnd
            Xi1 in mid gnd Inv
            Xi2 mid OUT gnd INV
            .ends
            Xb1 A b 0 BUF
            xb2 B c 0 buf
            R1 a C 10
            """)
        #expect(netlist.devices.map(\.name) == ["Xb1/Xi1/Mp", "Xb1/Xi1/Mn", "Xb1/Xi2/Mp", "Xb1/Xi2/Mn",
                                                "xb2/Xi1/Mp", "xb2/Xi1/Mn", "xb2/Xi2/Mp", "xb2/Xi2/Mn", "R1"])
        #expect(Self.terminals(netlist, "Xb1/Xi1/Mp") == ["Xb1/mid", "A", "vdd", "vdd"])
        #expect(Self.terminals(netlist, "Xb1/Xi2/Mn") == ["b", "Xb1/mid", "0", "0"])
        #expect(Self.terminals(netlist, "xb2/Xi2/Mp") == ["c", "xb2/mid", "vdd", "vdd"])
        #expect(Self.terminals(netlist, "R1") == ["A", "c"])
        // A, b/B, c/C, 0, Xb1/mid, vdd (global: the first spelling met), xb2/mid.
        #expect(netlist.netCount == 7)
        #expect(netlist.instances.map(\.path) == ["Xb1", "Xb1/Xi1", "Xb1/Xi2", "xb2", "xb2/Xi1", "xb2/Xi2"])
        #expect(netlist.instances[2].ports.map(\.name) == ["a", "y", "gnd"])
        #expect(netlist.instances[2].ports.map { netlist.netNames[Int($0.net)] } == ["Xb1/mid", "b", "0"])
    }

    /// A top subcircuit is implied (it instantiates, none instantiates it); its ports are top nets.
    @Test func impliedTopAndBlackBoxes() throws {
        let netlist = try Self.read("""
            .subckt top x y vdd gnd
            Xc1 x n1 vdd gnd INVX1
            Xc2 n1 y vdd gnd NAND2X1
            .ends
            .subckt INVX1 A Y vdd gnd
            .ends
            """) { $0.undefinedSubcircuitsAreBlackBoxes = true }
        #expect(netlist.top == "top")
        #expect(netlist.ports.map(\.name) == ["x", "y", "vdd", "gnd"])
        #expect(netlist.devices.map(\.kind) == [.instance, .instance])
        #expect(netlist.terminalName[0 ..< 4] == ["A", "Y", "vdd", "gnd"])  // the declared black box's ports
        #expect(netlist.terminalName[4 ..< 8] == ["1", "2", "3", "4"])      // undefined: by position
        #expect(Self.terminals(netlist, "Xc2") == ["n1", "y", "vdd", "gnd"])
    }

    /// An empty duplicate of a definition (as magic writes after the top cell) declares only.
    @Test func emptyDuplicateDefinition() throws {
        let netlist = try Self.read("""
            .subckt t a
            R1 a 0 1
            .ends
            .subckt t a
            .ends
            """) { $0.top = "T" }
        #expect(netlist.deviceCount == 1)
        let twice = Self.error(".subckt t a\nR1 a 0 1\n.ends\n.subckt t a\nR2 a 0 1\n.ends\n")
        #expect(twice?.description == "t.sp:4:1: subcircuit 't' is defined twice (first at t.sp:1); rename one or remove the duplicate")
    }

    @Test func includes() throws {
        let netlist = try Self.read(".include cells.sp\nX1 a b inv\n", includes: [
            "cells.sp": "* cells\n.subckt inv a y\n.include body.sp\n.ends\n",
            "body.sp": "R1 a y 1k\n",
        ])
        #expect(netlist.devices.map(\.name) == ["X1/R1"])
        #expect(netlist.devices[0].source == SPICEDeck.Source(file: "body.sp", location: NetlistLocation(line: 1, column: 1)))
        let cycle = Self.error(".include a.sp\n", includes: ["a.sp": "\n.include b.sp\n", "b.sp": ".inc 'a.sp'\n"])
        #expect(cycle?.description == "b.sp:1:1: .include a.sp includes itself (a.sp -> b.sp -> a.sp)")
        let inner = Self.error(".include a.sp\n", includes: ["a.sp": "R1 a\n"])
        #expect(inner?.description == "a.sp:1:1: expected two nodes for R1, found 1 words")
        let missing = Self.error("\n.include nothere.sp\n")
        #expect(missing?.description == "t.sp:2:1: .include nothere.sp: no such file")
        let deep = Self.error(".include a.sp\n", { $0.maxIncludeDepth = 3 },
                              includes: ["a.sp": ".include b.sp\n", "b.sp": ".include c.sp\n", "c.sp": ".include d.sp\n", "d.sp": ""])
        #expect(deep?.description == "c.sp:1:1: .include nested more than 3 files deep")
    }

    /// Includes on disk resolve against the including file's folder.
    @Test func includesOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lib"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ".include lib/cells.sp\nX1 a b inv\n".write(to: folder.appendingPathComponent("top.sp"), atomically: true, encoding: .utf8)
        try ".include res.sp\n.subckt inv a y\nXr a y res\n.ends\n".write(to: folder.appendingPathComponent("lib/cells.sp"), atomically: true, encoding: .utf8)
        try ".subckt res p n\nR1 p n 2k\n.ends\n".write(to: folder.appendingPathComponent("lib/res.sp"), atomically: true, encoding: .utf8)
        let netlist = try SPICEReader.read(contentsOf: folder.appendingPathComponent("top.sp").path)
        #expect(netlist.devices.map(\.name) == ["X1/Xr/R1"] && netlist.devices[0].value == 2e3)
        let zero = folder.appendingPathComponent("zero.sp").path
        do {
            _ = try SPICEReader.deck(bytes: Array("\n.include /dev/zero\n".utf8), fileName: zero)
            Issue.record("read an include of /dev/zero")
        } catch let error as NetlistError {
            #expect(error.description == "\(zero):2:1: .include /dev/zero: not a regular file")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero-link.sp").path, withDestinationPath: "/dev/zero")
        #expect(throws: NetlistError.self) { try SPICEReader.deck(bytes: Array(".include zero-link.sp\n".utf8), fileName: zero) }
        try ".include top.sp\n".write(to: folder.appendingPathComponent("lib/res.sp"), atomically: true, encoding: .utf8)
        #expect(throws: NetlistError.self) { try SPICEReader.read(contentsOf: folder.appendingPathComponent("top.sp").path) }
    }

    @Test(arguments: [
        ("+ R1 a b 1\n", "t.sp:1:1: expected a statement before this '+' continuation line, found none"),
        ("\nM1 d g s nfet\n", "t.sp:2:1: expected drain, gate, source and bulk nodes and a model for M1, found 4 words"),
        ("M1 d g s b nfet 1u\n", "t.sp:1:17: expected name=value parameters after the model of M1, found '1u'"),
        ("C1 a b\n", "t.sp:1:1: expected a value (or a model) for C1, found none"),
        ("Q1 c b e npn\n", "t.sp:1:1: element 'Q1': graphtool reads M, R, C, L, D, V, I and X elements (the first letter gives the kind)"),
        ("X1 a b nosuch\n", "t.sp:1:1: X1 instantiates subcircuit 'nosuch', which is not defined; .include its definition, or read with undefinedSubcircuitsAreBlackBoxes"),
        (".subckt s a b\nR1 a b 1\n.ends\nX1 a s\n", "t.sp:4:1: X1 connects 1 nodes, but subcircuit 's' (t.sp:1) has 2 ports"),
        (".subckt s a\nR1 a 0 1\n", "t.sp: expected .ends closing .subckt s (line 1), found the end of the file"),
        (".subckt s a\nR1 a 0 1\n.ends t\n", "t.sp:3:1: expected .ends s (or .ends alone) closing .subckt s of line 1, found .ends t"),
        (".subckt s a\n.subckt t b\n", "t.sp:2:1: a .subckt inside .subckt s (line 1): nested definitions are not supported; define it at the top level"),
        (".subckt s a\nX1 a t\n.ends\n.subckt t a\nX1 a s\n.ends\nX0 n s\n", "t.sp:5:1: subcircuit 's' instantiates itself (s -> t -> s); a hierarchy must not loop"),
        ("R1 a b 1 'x' = 3\n", "t.sp:1:14: expected a parameter name before '=', found 'x'"),
        ("M1 d g s b n w=\n", "t.sp:1:15: expected a value after 'w=', found the end of the statement"),
        ("R1 a b {1k\n", "t.sp:1:8: expected a closing } on the same line, found the end of the line"),
        (".lib models.lib tt\n", "t.sp:1:1: .lib sections are not supported: .include the model or subcircuit file instead"),
        (".control\nrun\n", "t.sp: expected .endc closing the .control block opened at line 1, found the end of the file"),
        ("\"R1\" a b 1\n", "t.sp:1:1: expected a SPICE element or a dot command, found 'R1'"),
    ])
    func errors(text: String, message: String) {
        #expect(Self.error(text)?.description == message)
    }

    /// A hierarchy that doubles at every level stops at the element budget, not in memory.
    @Test func doublingHierarchyIsBounded() {
        var text = ".subckt l0 a\nR1 a 0 1\n.ends\n"
        for level in 1 ... 40 { text += ".subckt l\(level) a\nX1 a l\(level - 1)\nX2 a l\(level - 1)\n.ends\n" }
        text += "X1 top l40\n"
        let error = Self.error(text) { $0.maxElements = 20_000 }
        #expect(error?.message.hasPrefix("the flattened devices exceeds the limit of 20000 elements") == true)
        #expect(Self.error(text) { $0.maxDepth = 8 }?.message.hasPrefix("subcircuit hierarchy deeper than 8 levels") == true)
    }

    /// `.end` stops the deck; analyses and `.control` blocks are skipped; the title option.
    @Test func deckCommands() throws {
        let netlist = try Self.read("""
            inverter test deck
            .model nfet nmos level=1
            .param w=1u
            V1 in 0 dc 0 pulse(0 1.8 0 10p 10p 1n 2n)
            .control
            tran 1p 4n
            .endc
            .tran 1p 4n
            M1 out in 0 0 nfet w={w} l=0.18u
            .end
            R9 never read 1
            """) { $0.firstLineIsTitle = true }
        #expect(netlist.devices.map(\.name) == ["V1", "M1"])
        #expect(netlist.devices[1].number("w") == nil && netlist.devices[1].number("l") == 0.18e-6)
    }

    /// The OSU 0.18 µm cell library qflow ships: every cell flattens to its `M` lines.
    @Test func osu018CellLibrary() throws {
        let path = "/usr/share/qflow/tech/osu018/osu018_stdcells.sp"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let deck = try SPICEReader.deck(contentsOf: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(deck.subcircuits.count == text.components(separatedBy: "\n").filter { $0.hasPrefix(".subckt") }.count)
        #expect(deck.subcircuits.reduce(0) { $0 + $1.elements.count } == text.components(separatedBy: "\n").filter { $0.hasPrefix("M") }.count)
        var options = SPICEReader.Options()
        options.top = "NAND2X1"
        let nand = try deck.flattened(options: options)
        #expect(nand.ports.map(\.name) == ["vdd", "Y", "gnd", "A", "B"])
        #expect(nand.devices.count == 4 && nand.devices.allSatisfy { $0.kind == .mosfet })
        #expect(nand.net(named: "Gnd") == nand.net(named: "gnd"))  // the bulk spelled `Gnd`
    }
}
