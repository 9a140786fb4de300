import Foundation
import Testing
@testable import EDA

/// SDC: the Tcl subset (words, `expr`, lists), a hand-worked file with every command, variable,
/// glob and warning, every error with its line, and fuzzing. `SDCRealFileTests` reads the gcd
/// SDC and a `flat_sdc.py` output, and checks them against OpenSTA's own reading.
@Suite struct SDCTests {
    /// Ports 0…8: clk, rst, a[1], a[0], b (inputs); y, z[2], z[1], z[0] (outputs).
    static let netlist: CellNetlist = {
        let text = "module d (clk, rst, a, b, y, z);\n  input clk, rst, b;\n  input [1:0] a;\n  output y;\n  output [2:0] z;\nendmodule\n"
        return try! CellNetlistReader.read(bytes: Array(text.utf8), fileName: "d.v")
    }()

    static func read(_ text: String) throws -> TimingConstraints {
        try SDCReader.read(bytes: Array(text.utf8), fileName: "t.sdc", netlist: netlist)
    }

    static func expr(_ text: String) throws -> String { try TclExpression.evaluate(text).text }

    @Test func exprFollowsTclArithmetic() throws {
        let cases = [("5/2", "2"), ("-7/2", "-4"), ("7 % -3", "-2"), ("-7 % 3", "2"), ("1.5*2", "3.0"), ("(1+2)*3", "9"),
                     (".2", "0.2"), ("1e-3*1000", "1.0"), ("0x10 + 1", "17"), ("- -3", "3"), ("10/4.0", "2.5"),
                     ("2 - 3 - 4", "-5"), ("2 * (3 + 4) / 7", "2"), ("1.0 / 3", String(1.0 / 3))]
        for (text, value) in cases { #expect(try Self.expr(text) == value, "\(text)") }
        for bad in ["1/0", "1.0/0", "1 +", "(1", "abc", "1 2", "", "5 % 2.0", "9223372036854775807 + 1", "1e999"] {
            #expect(throws: SDCParser.Failure.self, "\(bad)") { try Self.expr(bad) }
        }
        #expect(TclExpression.number(" -0.5 ") == .real(-0.5) && TclExpression.number("12") == .integer(12))
        #expect(TclExpression.number("1.5ns") == nil && TclExpression.number("nan") == nil)
    }

    @Test func scriptsSplitLikeTcl() throws {
        let text = "set a {x {y z} w}; set b \"q $a [expr 1]\"\n# comment \\\n still comment\nlong \\\n   word {br\\\n ace}\n"
        let commands = try Array(text.utf8).withUnsafeBufferPointer { try TclScript.parse($0) }
        #expect(commands.count == 3)
        #expect(commands[0].words == [.parts([.text("set")]), .parts([.text("a")]), .braced("x {y z} w")])
        #expect(commands[1].at == NetlistLocation(line: 1, column: 20))
        #expect(commands[1].words[2] == .parts([.text("q "), .variable("a"), .text(" "), .script([TclScript.Command(words: [.parts([.text("expr")]), .parts([.text("1")])], at: NetlistLocation(line: 1, column: 33))])]))
        #expect(commands[2].words == [.parts([.text("long")]), .parts([.text("word")]), .braced("br ace")])
        #expect(commands[2].at.line == 4)
        #expect(TclScript.listElements("a {b c} \"d e\" f\\ g {h{i}}") == ["a", "b c", "d e", "f g", "h{i}"])
        #expect(TclScript.list(["a", "b c", "r[0]", ""]) == "a {b c} {r[0]} {}")
        #expect(TclScript.listElements(TclScript.list(["a", "b c", "r[0]", ""])) == ["a", "b c", "r[0]", ""])
    }

    /// Every modelled command, variables, `expr` (with Tcl's integer division), globs and
    /// brace lists, and a warning for each thing skipped.
    static let handWorked = """
        # hand-worked constraints
        set period 10
        set half [expr {$period / 4}]   ;# integer division: 2
        set io [expr $period * 0.2]
        create_clock -name core -period $period -waveform [list 0 [expr $period / 2.0]] [get_ports clk]
        create_clock -name virt -period [expr {($period + 2) * 1.5}]
        set_clock_uncertainty -setup 0.25 [get_clocks core]
        set_clock_uncertainty -hold 0.1 core
        set_clock_transition -rise 0.15 [all_clocks]
        set_propagated_clock [get_clocks c*]
        set_input_delay $io -clock core [all_inputs -no_clocks]
        set_input_delay -max 3 -clock core {a[*]}
        set_input_delay 1 -clock virt -clock_fall -add_delay [get_ports b]
        set_output_delay $half -clock [get_clocks core] [all_outputs]
        set_output_delay 0.5 -clock core -min -add_delay {z[?] y}
        set_driving_cell -lib_cell INV_X1 -pin ZN [get_ports {a b}]
        set_input_transition -fall 0.2 [get_ports rst]
        set_load 0.01 [get_ports z]
        set_load -wire_load -max 0.02 y
        set_timing_derate -early 0.95
        set_timing_derate -late -cell_delay 1.1
        current_design d
        foreach p [all_inputs] {
          puts $p
        }
        if {$period > 5} { set x 1 }
        set_false_path -from [get_ports rst]
        frobnicate 1 2
        set_input_delay 1 -clock core [get_pins u1/A]
        set_load 0.1 [get_ports nope]
        set_input_delay $undefined -clock core [get_ports b]

        """

    @Test func handWorkedConstraints() throws {
        let c = try Self.read(Self.handWorked)
        #expect(c.design == "d" && c.portNames == ["clk", "rst", "a[1]", "a[0]", "b", "y", "z[2]", "z[1]", "z[0]"])
        #expect(c.clocks.map(\.name) == ["core", "virt"])
        let core = c.clocks[0], virt = c.clocks[1]
        #expect(core.period == 10 && core.waveform == [0, 5] && core.sources == [0] && core.isPropagated)
        #expect(core.setupUncertainty == 0.25 && core.holdUncertainty == 0.1)
        #expect(core.transition[.rise, .max] == 0.15 && core.transition[.rise, .min] == 0.15 && core.transition[.fall, .max] == nil)
        #expect(virt.period == 18 && virt.waveform == [0, 9] && virt.isVirtual && !virt.isPropagated && virt.transition[.rise, .min] == 0.15)

        func delays(_ list: [TimingConstraints.PortDelay], _ port: Int) -> [String] {
            list.filter { $0.port == port }.map { d in
                let values = [RiseFall.rise, .fall].flatMap { rf in [MinMax.min, .max].map { d.delay[rf, $0].map { "\($0)" } ?? "-" } }
                return "\(d.clock.map { c.clocks[$0].name } ?? "none")\(d.clockFall ? "/fall" : "") " + values.joined(separator: " ")
            }
        }
        #expect(delays(c.inputDelays, 0).isEmpty)  // the clock port
        #expect(delays(c.inputDelays, 1) == ["core 2.0 2.0 2.0 2.0"])
        #expect(delays(c.inputDelays, 2) == ["core 2.0 3.0 2.0 3.0"] && delays(c.inputDelays, 3) == delays(c.inputDelays, 2))
        #expect(delays(c.inputDelays, 4) == ["core 2.0 2.0 2.0 2.0", "virt/fall 1.0 1.0 1.0 1.0"])
        for port in 5 ... 8 { #expect(delays(c.outputDelays, port) == ["core 0.5 2.0 0.5 2.0"], "port \(port)") }
        #expect(c.inputDelays.count == 5 && c.outputDelays.count == 4)

        let inverter = TimingConstraints.DrivingCell(cell: "INV_X1", pin: "ZN")
        #expect((0 ..< 9).map { c.drivingCells[$0][.fall, .min] == inverter } == [false, false, true, true, true, false, false, false, false])
        #expect(c.inputTransitions[1][.fall, .min] == 0.2 && c.inputTransitions[1][.fall, .max] == 0.2 && c.inputTransitions[1][.rise, .max] == nil)
        #expect((6 ... 8).allSatisfy { c.loads[$0].pin[.rise, .min] == 0.01 && c.loads[$0].wire.isEmpty })
        #expect(c.loads[5].wire[.fall, .max] == 0.02 && c.loads[5].wire[.fall, .min] == nil && c.loads[5].pin.isEmpty)
        for path in TimingDerates.Path.allCases {
            for rf in RiseFall.allCases {
                #expect(c.derates[.cellDelay, path, rf, .min] == 0.95 && c.derates[.netDelay, path, rf, .min] == 0.95 && c.derates[.cellCheck, path, rf, .min] == 1)
                #expect(c.derates[.cellDelay, path, rf, .max] == 1.1 && c.derates[.netDelay, path, rf, .max] == 1 && c.derates[.cellCheck, path, rf, .max] == 1)
            }
        }
        let warnings = c.warnings.map { "\($0.line): \($0.message)" }
        #expect(warnings.count == 7, "\(warnings)")
        let expected = [(23, "Tcl 'foreach' is not supported"), (26, "Tcl 'if' is not supported"), (27, "'set_false_path' is not modelled"),
                        (28, "unknown command 'frobnicate'"), (29, "'get_pins' is not supported"), (30, "get_ports: no port matches 'nope'"),
                        (31, "variable 'undefined' is not set")]
        for (warning, (line, text)) in zip(c.warnings, expected) {
            #expect(warning.line == line && warning.message.hasPrefix(text), "\(warning)")
        }
        #expect(c.warnings[0].description.hasPrefix("t.sdc:23: warning: "))
    }

    /// A clock redefined without `-add` takes its port; delays without `-add_delay` replace
    /// those relative to other clock edges; `-regexp` and `-nocase` patterns (a pattern
    /// argument is a Tcl list, so backslashes in it are list escapes, as in OpenSTA); a bus by
    /// its name.
    @Test func redefinitionsAndMatchingOptions() throws {
        let c = try Self.read("""
            create_clock -name a -period 4 {clk}
            create_clock -name b -period 6 clk
            create_clock -name a -period 8
            set_input_delay 1 -clock a [get_ports -regexp {a.[01].}]
            set_input_delay 2 -clock b [get_ports -nocase {A[1]}]
            set_output_delay 1 -clock a [get_ports -quiet {q* z}]
            set_propagated_clock [get_ports clk]
            """)
        #expect(c.clocks.map(\.name) == ["a", "b"] && c.clocks[0].sources.isEmpty && c.clocks[0].period == 8 && c.clocks[1].sources == [0])
        #expect(!c.clocks[0].isPropagated && c.clocks[1].isPropagated)
        #expect(c.inputDelays.map(\.port) == [2, 3] && c.inputDelays.map(\.clock) == [1, 0])
        #expect(c.outputDelays.map(\.port) == [6, 7, 8] && c.warnings.isEmpty)
    }

    @Test(arguments: [
        ("create_clock -period abc [get_ports clk]", "t.sdc:1:1: create_clock: expected a period after -period (a number), found 'abc'"),
        ("create_clock [get_ports clk]", "t.sdc:1:1: create_clock: -period is required"),
        ("create_clock -period 5", "t.sdc:1:1: create_clock: a clock without source ports (a virtual clock) needs -name"),
        ("create_clock -name c -period 5 -waveform {1 0}", "t.sdc:1:1: create_clock: -waveform takes an even number"),
        ("\n  set_load 0.1", "t.sdc:2:3: set_load takes a capacitance and a list of ports; found 1 argument besides options"),
        ("set_input_delay -foo 1 a", "t.sdc:1:1: set_input_delay: unknown option -foo; it takes"),
        ("set_input_delay 1 -clock", "t.sdc:1:1: set_input_delay: -clock needs a value"),
        ("set_driving_cell -pin Y a", "t.sdc:1:1: set_driving_cell: -lib_cell is required"),
        ("set_load -pin_load -wire_load 1 y", "t.sdc:1:1: set_load: give -pin_load or -wire_load, not both"),
        ("set x [expr 1 +]", "t.sdc:1:1: expr: expected a number or '(', found the end"),
        ("set x [expr {$y * 2}]\nset y 2\nset x [expr 1 / 0]", "t.sdc:3:1: expr: divide by zero"),
        ("set x [expr {2 * [list 1 2]}]", "t.sdc:1:1: expr: an operand of '2 * [list 1 2]' is not a number"),
        ("create_clock -period 5 {clk", "t.sdc:1:28: expected '}' closing the brace at 1:24, found end of file"),
        ("set x [get_ports a", "t.sdc:1:19: expected ']' closing the '[' at 1:7"),
        ("set x \"abc", "t.sdc:1:11: expected '\"' closing the quote at 1:7"),
        ("set x {a}b", "t.sdc:1:10: expected a blank or the end of the command after the close-brace"),
        ("set", "t.sdc:1:1: set: expected 'set NAME' or 'set NAME VALUE'"),
        ("set_input_delay 1 [get_ports -regexp {(}]", "t.sdc:1:1: '(' is not a valid regular expression"),
    ])
    func errorsSayWhereAndWhat(text: String, prefix: String) {
        do {
            _ = try Self.read(text)
            Issue.record("read: \(text)")
        } catch {
            #expect("\(error)".hasPrefix(prefix), "\(error)")
        }
    }

    @Test func valuesCannotGrowOutOfProportion() {
        let doubling = "set x abcdefgh\n" + String(repeating: "set x $x$x\n", count: 40)
        let lists = "set x [get_ports a]\n" + String(repeating: "set x [list $x $x]\n", count: 40)
        for text in [doubling, lists] {
            do {
                _ = try Self.read(text)
                Issue.record("read: \(text.prefix(40))")
            } catch {
                #expect("\(error)".contains("exceeds the limit of"), "\(error)")
            }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let nested = String(repeating: "expr {[", count: 5000) + "1" + String(repeating: "]}", count: 5000)
        for text in ["set x [" + nested + "]", "set x [expr " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "]",
                     String(repeating: "[", count: 5000)] {
            do {
                _ = try Self.read(text)
                Issue.record("read: \(text.prefix(40))")
            } catch {
                #expect("\(error)".contains("nested deeper than"), "\(error)")
            }
        }
    }

    @Test func everyPrefixAndMutationIsHandled() throws {
        let samples = [Array(Self.handWorked.utf8)]
        for bytes in NetlistFuzz.inputs(samples, seed: 19, mutations: 800, interesting: Array("\n\\ {}[]\"$;#-*?.0123()".utf8)) {
            do {
                let constraints = try SDCReader.read(bytes: bytes, fileName: "fuzz", netlist: Self.netlist)
                let oneLine = constraints.warnings.allSatisfy { !$0.description.contains { $0.isNewline } }
                #expect(oneLine, "\(constraints.warnings)")
            } catch let error as NetlistError {
                let oneLine = !error.description.contains { $0.isNewline }
                #expect(oneLine, "\(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
