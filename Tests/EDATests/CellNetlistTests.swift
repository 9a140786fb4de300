import Foundation
import Testing
@testable import EDA

/// Gate-level Verilog of cells: hand-worked netlists (connections, buses, constants, assigns,
/// escaped names, hierarchy, power), every error with line and column, the size limits, and
/// fuzzing. `CellNetlistRealFileTests` reads the shipped designs; yosys cross-checks them.
@Suite struct CellNetlistTests {
    /// Named connections, escaped names, buses, a part-select inside a concatenation, constants,
    /// an open pin, assigns to a port and to a constant, and an implicit net.
    static let flat = """
        // hand-worked: 5 instances, 14 nets
        module top (clk, a, y, \\bus/x );
          input clk;
          input [3:0] a;
          output [1:0] y;
          output \\bus/x ;
          wire n1, \\n/2 ;
          wire [2:0] w;
          (* keep *) INV u1 (.A(a[0]), .Y(n1));
          NAND2 u2 (.A(n1), .B(a[3]), .Y(\\n/2 ));
          DFF \\r[0]  (.CK(clk), .D({a[2:1], 1'b0}), .Q(w[2]), .QN());
          BUF u3 (.A(\\n/2 ), .X(y[1]));
          assign y[0] = w[2];
          assign \\bus/x  = 1'b1;
          TIE t (.LO(implicit_n));
        endmodule

        """

    static func read(_ text: String, _ options: CellNetlistReader.Options = .init()) throws -> CellNetlist {
        try CellNetlistReader.read(bytes: Array(text.utf8), fileName: "t.v", options: options)
    }

    /// `instance/pin` → net name, for every pin.
    static func connections(_ netlist: CellNetlist) -> [String: String] {
        var map: [String: String] = [:]
        for p in 0 ..< netlist.pinCount { map[netlist.pinPath(p)] = netlist.netNames[Int(netlist.pinNet[p])] }
        return map
    }

    @Test func flatNetlistIsHandWorked() throws {
        let netlist = try Self.read(Self.flat)
        #expect(netlist.invariantViolation() == nil)
        #expect(netlist.design == "top")
        #expect(netlist.instanceNames == ["u1", "u2", "r[0]", "u3", "t"])
        #expect((0 ..< 5).map { netlist.cellType(of: $0) } == ["INV", "NAND2", "DFF", "BUF", "TIE"])
        #expect(netlist.ports.map(\.name) == ["clk", "a[3]", "a[2]", "a[1]", "a[0]", "y[1]", "y[0]", "bus/x"])
        #expect(netlist.ports.map(\.direction) == [.input, .input, .input, .input, .input, .output, .output, .output])
        #expect(netlist.ports[2].bus == "a" && netlist.ports[2].bit == 2 && netlist.ports[0].bus == nil)
        // 8 port bits + n1, n/2, w[2:0] + implicit_n + 1'b0 + 1'b1, less the two assigned away.
        #expect(netlist.netCount == 14)
        #expect(Self.connections(netlist) == [
            "u1/A": "a[0]", "u1/Y": "n1", "u2/A": "n1", "u2/B": "a[3]", "u2/Y": "n/2",
            "r[0]/CK": "clk", "r[0]/D[2]": "a[2]", "r[0]/D[1]": "a[1]", "r[0]/D[0]": "1'b0", "r[0]/Q": "y[0]",
            "u3/A": "n/2", "u3/X": "y[1]", "t/LO": "implicit_n",
        ])
        // y[0] and w[2] are one net, named after the port; `bus/x` is tied high.
        let y0 = try #require(netlist.net(named: "y[0]"))
        #expect(netlist.net(named: "w[2]") == y0 && netlist.ports[6].net == Int32(y0))
        #expect(netlist.pins(on: y0).map { netlist.pinPath(Int($0)) } == ["r[0]/Q"])
        let high = try #require(netlist.net(named: "bus/x"))
        #expect(netlist.netKinds[high] == .constantOne && netlist.net(named: "1'b1") == high)
        #expect(netlist.netKinds[try #require(netlist.net(named: "1'b0"))] == .constantZero)
        #expect(netlist.netKinds[try #require(netlist.net(named: "n1"))] == .signal)
        #expect(netlist.ports(on: high) == [7])
        #expect(netlist.pin("D[1]", of: 2) == 7 && netlist.pin("QN", of: 2) == nil)
    }

    /// Two half adders make a full adder; one is connected by position.
    static let fullAdder = """
        module half (input a, b, output s, c);
          XOR2 x (.A(a), .B(b), .Y(s));
          AND2 n (.A(a), .B(b), .Y(c));
        endmodule
        module full (a, b, ci, s, co);
          input a, b, ci;
          output s, co;
          wire s1, c1, c2;
          half h1 (.a(a), .b(b), .s(s1), .c(c1));
          half h2 (s1, ci, s, c2);
          OR2 o (.A(c1), .B(c2), .Y(co));
        endmodule

        """

    @Test func hierarchyIsFlattenedWithSlashNames() throws {
        let netlist = try Self.read(Self.fullAdder)
        #expect(netlist.design == "full")
        #expect(netlist.instanceNames == ["h1/x", "h1/n", "h2/x", "h2/n", "o"])
        #expect(netlist.netCount == 8)  // the half adders' ports are the full adder's nets
        #expect(Self.connections(netlist) == [
            "h1/x/A": "a", "h1/x/B": "b", "h1/x/Y": "s1", "h1/n/A": "a", "h1/n/B": "b", "h1/n/Y": "c1",
            "h2/x/A": "s1", "h2/x/B": "ci", "h2/x/Y": "s", "h2/n/A": "s1", "h2/n/B": "ci", "h2/n/Y": "c2",
            "o/A": "c1", "o/B": "c2", "o/Y": "co",
        ])
        #expect(try Self.read(Self.fullAdder, .init(top: "half")).instanceNames == ["x", "n"])
    }

    /// Inner nets get prefixed names; a narrow connection to an input port is zero-extended and
    /// an open output bit gets a fresh net; an assign inside joins the parent's nets.
    @Test func innerNetsWidthsAndAssignsAcrossPorts() throws {
        let netlist = try Self.read("""
            module inner (input [2:0] d, output [1:0] q, output pass);
              wire t;
              INV i (.A(d[2]), .Y(t));
              NAND2 g (.A(t), .B(d[0]), .Y(q[1]));
              assign pass = d[1];
            endmodule
            module outer (input x, input y, output z, output p);
              inner u (.d({x, y}), .q({z}), .pass(p));
            endmodule
            """)
        #expect(Self.connections(netlist) == ["u/i/A": "1'b0", "u/i/Y": "u/t", "u/g/A": "u/t", "u/g/B": "y", "u/g/Y": "u/q[1]"])
        #expect(netlist.net(named: "p") == netlist.net(named: "x"))
        #expect(netlist.netKinds[try #require(netlist.net(named: "1'b0"))] == .constantZero)
        #expect(netlist.ports.map(\.name) == ["x", "y", "z", "p"])
        // z is q[0], which nothing drives: it stays its own net.
        #expect(netlist.pins(on: try #require(netlist.net(named: "z"))).isEmpty)
    }

    /// VPWR/VGND pins are kept; their nets are power and ground, as are supply nets; a
    /// physical-only cell is dropped against a set of known cells.
    @Test func poweredNetlistMarksSuppliesAndDropsUnknownCells() throws {
        var netlist = try Self.read("""
            module p (VPWR, VGND, a, y);
              input VPWR, VGND, a;
              output y;
              supply1 vdd;
              supply0 gnd;
              wire h;
              INV_1 i1 (.A(a), .Y(y), .VPWR(VPWR), .VGND(VGND), .VPB(VPWR), .VNB(VGND));
              FILL_1 f1 (.VPWR(VPWR), .VGND(VGND), .VPB(VPWR), .VNB(VGND));
              TAP_1 f2 (.VPWR(VPWR), .VGND(VGND));
              TIEHI t (.HI(h), .VPWR(vdd), .VGND(gnd));
            endmodule
            """)
        let kind = { (name: String) in netlist.net(named: name).map { netlist.netKinds[$0] } }
        #expect(kind("VPWR") == .power && kind("VGND") == .ground && kind("vdd") == .power && kind("gnd") == .ground)
        #expect(kind("a") == .signal && kind("h") == .signal)
        #expect(netlist.pinCount == 6 + 4 + 2 + 3)
        #expect(netlist.removeInstances(ofCellsNotIn: ["INV_1", "TIEHI"]) == 2)
        #expect(netlist.invariantViolation() == nil)
        #expect(netlist.instanceNames == ["i1", "t"] && netlist.cellTypes == ["INV_1", "TIEHI"])
        let vpwr = try #require(netlist.net(named: "VPWR"))
        #expect(netlist.pinCount == 9 && netlist.pins(on: vpwr).count == 2)
        #expect(Self.connections(netlist)["t/HI"] == "h" && netlist.pinInstance.last == 1)
        #expect(netlist.removeInstances(ofCellsNotIn: ["INV_1", "TIEHI"]) == 0)
    }

    @Test func constantsOfEveryBaseAndWidth() throws {
        let netlist = try Self.read("""
            module c (y);
              output y;
              K k1 (.A(4'b10x1), .B(3'o5), .C('hA), .D(6'd5), .E(0), .F(2'b1), .G(8 'h_F0), .H({2{1'b1, 1'b0}}), .I(1'bz));
            endmodule
            """)
        let pins = Self.connections(netlist)
        func value(_ pin: String, _ width: Int) -> String {
            (0 ..< width).reversed().map { bit in
                let name = width == 1 ? "k1/\(pin)" : "k1/\(pin)[\(bit)]"
                return pins[name].map { $0 == "1'b1" ? "1" : "0" } ?? "-"
            }.joined()
        }
        #expect(value("A", 4) == "10-1" && value("B", 3) == "101" && value("D", 6) == "000101")
        #expect(value("C", 1) == "0" && value("E", 1) == "0")  // unsized: one bit on a cell pin
        #expect( value("F", 2) == "01" && value("G", 8) == "11110000" && value("H", 4) == "1010")
        #expect(pins["k1/I"] == nil)
    }

    /// Positional connections to a library cell need its pin order (from Liberty), or a stub
    /// module declaring it; the stub's instances stay cells.
    @Test func positionalPinsComeFromThePinOrderOrAStub() throws {
        let text = "module m (input a, output y);\n  INV u (y, a);\nendmodule\n"
        var options = CellNetlistReader.Options()
        options.pinOrder = ["INV": ["Y", "A"]]
        #expect(Self.connections(try Self.read(text, options)) == ["u/Y": "y", "u/A": "a"])
        let stub = "module INV (output [0:0] Y, input A);\nendmodule\n" + text
        let netlist = try Self.read(stub, .init(top: "m"))
        #expect(Self.connections(netlist) == ["u/Y[0]": "y", "u/A": "a"] && netlist.cellTypes == ["INV"])
        #expect(try Self.read(stub).design == "m")  // the stub is instantiated, so m is the top
        // Parsed first, flattened once the pin order is known (how sta reads the library meanwhile).
        let parsed = try CellNetlistReader.parse(bytes: Array(text.utf8), fileName: "t.v")
        #expect(Self.connections(try parsed.flatten(options: options)) == ["u/Y": "y", "u/A": "a"])
        #expect(throws: NetlistError.self) { try parsed.flatten() }
    }

    @Test(arguments: [
        ("module m (a);\n  input a\n  INV u (.A(a));\nendmodule\n", "t.v:3:3: expected ';', found 'INV'"),
        ("module m (a, y);\n  input a;\nendmodule\n", "t.v:1:14: port 'y' of module 'm' has no input, output or inout declaration"),
        ("module m;\n  input a;\nendmodule\n", "t.v:2:9: 'a' is declared input but is not in the port list"),
        ("module m;\n  wire [3:0] w;\n  INV u (.A(w[4]));\nendmodule\n", "t.v:3:13: [4:4] is outside 'w', declared [3:0]"),
        ("module m;\n  wire [3:0] w;\n  INV u (.A(w[1:2]));\nendmodule\n", "t.v:3:13: part-select [1:2] runs against"),
        ("module m;\n  wire w;\n  INV u (.A(w[0]));\nendmodule\n", "t.v:3:13: 'w' is a scalar: it has no bit [0:0]"),
        ("module m;\n  INV u (.A(a), .A(b));\nendmodule\n", "t.v:2:17: pin 'A' of instance 'u' is connected twice"),
        ("module m;\n  INV u (.A(a));\n  INV u (.A(b));\nendmodule\n", "t.v:3:7: instance 'u' is defined twice in module 'm' (first at line 2)"),
        ("module m;\n  INV u (.A(a), b);\nendmodule\n", "t.v:2:17: expected a named connection '.pin(net)'"),
        ("module m;\n  INV u (a, b);\nendmodule\n", "t.v:2:10: positional connections to cell 'INV' need its pin order"),
        ("module m;\n  INV u (.A(a & b));\nendmodule\n", "t.v:2:15: expected ')', found '&'"),
        ("module m;\n  assign x = ~y;\nendmodule\n", "t.v:2:14: expected a net, a constant (1'b0) or a concatenation"),
        ("module m;\n  assign 1'b0 = y;\nendmodule\n", "t.v:2:10: the left side of an assign must be nets"),
        ("module m;\n  assign x = 1'b0;\n  assign x = 1'b1;\nendmodule\n", "t.v:3:10: assign ties net 'x' to both 1'b0 and 1'b1"),
        ("module m;\n  always @(posedge c) q <= d;\nendmodule\n", "t.v:2:3: 'always' is not supported"),
        ("module m;\n  and g (y, a, b);\nendmodule\n", "t.v:2:3: gate primitive 'and' is not a library cell"),
        ("module m #(parameter W = 2) ();\nendmodule\n", "t.v:1:10: module parameters"),
        ("module m;\n  INV #(.X(1)) u (.A(a));\nendmodule\n", "t.v:2:7: parameters on instance of 'INV'"),
        ("module m;\nendmodule\nmodule m;\nendmodule\n", "t.v:3:8: module 'm' is defined twice (first at line 1)"),
        ("module a;\n  b u ();\nendmodule\nmodule b;\n  a v ();\nendmodule\n", "t.v: cannot tell the top module"),
        ("module a;\n  b u ();\nendmodule\nmodule b;\n  a v ();\nendmodule\nmodule t;\n  a w ();\nendmodule\n", "t.v:1:8: module 'a' instantiates itself (a -> b -> a)"),
        ("module m;\n  INV u (.A(8'q1));\nendmodule\n", "t.v:2:13: expected a base b, o, d or h"),
        ("module m;\n  INV u (.A(4'b102));\nendmodule\n", "t.v:2:13: expected a base-2 digit in 4'b102, found '2'"),
        ("module m;\n  INV u (.A({3{}}));\nendmodule\n", "t.v:2:16: expected a net, a constant"),
        ("module m;\n  INV u (.A(a));\n", "t.v:3:1: expected 'endmodule', found end of file"),
        ("module m (input a);\n  sub s (.b(a));\nendmodule\nmodule sub (input c);\n  INV i (.A(c));\nendmodule\n", "t.v:2:10: module 'sub' has no port 'b'"),
        ("wire x;\n", "t.v:1:1: expected 'module', found 'wire'"),
        ("", "t.v: expected a module, found none in the file"),
    ])
    func errorsSayWhereAndWhat(text: String, prefix: String) {
        do {
            _ = try Self.read(text, text.contains("module t;") ? .init(top: "t") : .init())
            Issue.record("parsed: \(text)")
        } catch {
            #expect("\(error)".hasPrefix(prefix), "\(error)")
        }
    }

    @Test func hugeVectorsConstantsAndHierarchiesHitTheLimit() {
        let cases = [
            "module m;\n  wire [1048576:0] w;\nendmodule\n",
            "module m;\n  INV u (.A(1048576'b0));\nendmodule\n",
            "module m;\n  INV u (.A({1000000{1'b0}}));\nendmodule\n",
            // 2^30 instances from a few hundred bytes.
            (0 ..< 30).map { "module m\($0);\n  m\($0 + 1) a ();\n  m\($0 + 1) b ();\nendmodule\n" }.joined()
                + "module m30;\n  INV u (.A(x));\nendmodule\n",
        ]
        for text in cases {
            do {
                _ = try Self.read(text)
                Issue.record("read: \(text.prefix(60))")
            } catch {
                #expect("\(error)".contains("limit of"), "\(error)")
            }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let concatenation = "module m;\n  INV u (.A(" + String(repeating: "{", count: 5000) + "a" + String(repeating: "}", count: 5000) + "));\nendmodule\n"
        let chain = (0 ..< 150).map { "module m\($0);\n  m\($0 + 1) u ();\nendmodule\n" }.joined() + "module m150;\n  INV u (.A(x));\nendmodule\n"
        for text in [concatenation, chain] {
            do {
                _ = try Self.read(text)
                Issue.record("read: \(text.prefix(40))")
            } catch {
                #expect("\(error)".contains("deeper than"), "\(error)")
            }
        }
    }

    @Test func everyPrefixAndMutationIsHandled() throws {
        let samples = [Array(Self.flat.utf8), Array(Self.fullAdder.utf8)]
        for bytes in NetlistFuzz.inputs(samples, seed: 17, mutations: 800, interesting: Array("\n\\ .()[]{},;:'01bhx=/*".utf8)) {
            do {
                let netlist = try CellNetlistReader.read(bytes: bytes, fileName: "fuzz")
                #expect(netlist.invariantViolation() == nil)
            } catch let error as NetlistError {
                let oneLine = !error.description.contains { $0.isNewline }
                #expect(oneLine, "\(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
