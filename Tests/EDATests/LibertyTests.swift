import Testing
@testable import EDA

/// A small library written by hand: every syntax form the reader must take, and tables whose
/// lookups are worked out below by hand.
enum LibertyFixture {
    static let text = #"""
    /* a hand-written library */
    library (tiny) {
      define (my_attribute, cell, string);
      time_unit : "1ps" ;
      capacitive_load_unit (1, ff);
      pulling_resistance_unit : "1kohm";
      default_wire_load : "w1"
      operating_conditions (typ) { tree_type : balanced_tree; }
      wire_load ("w1") {
        capacitance : 0.5; resistance : 2; slope : 10;
        fanout_length (2, 30); fanout_length (1, 20);
      }
      lu_table_template (delay_2x2) {
        variable_1 : input_net_transition;
        variable_2 : total_output_net_capacitance;
        index_1 ("1, 2"); index_2 ("1, 2");
      }
      lu_table_template (load_first) {
        variable_1 : total_output_net_capacitance;
        variable_2 : input_net_transition;
        index_1 ("1, 2"); index_2 ("1, 2");
      }
      lu_table_template (check) {
        variable_1 : related_pin_transition;
        variable_2 : constrained_pin_transition;
        index_1 ("10, 30"); index_2 ("10, 50");
      }
      cell (INV) {
        my_attribute : "a string \
    continued";
        area : 1.5;
        pg_pin (VDD) { pg_type : primary_power; }
        pin (A) { direction : input; capacitance : 2; rise_capacitance : 2.5; }
        pin (Y) {
          direction : output; function : "!A";
          timing () {
            related_pin : "A";
            timing_sense : negative_unate;
            cell_rise (delay_2x2) {
              index_1 ("10, 30");
              index_2 ("1, 5");
              values ("1, 2", \
                      "3, 5");
            }
            cell_fall (load_first) {
              index_1 ("1, 5");
              index_2 ("10, 30");
              values ("1, 3", "2, 5");
            }
            rise_transition (scalar) { values ("7"); }
          }
        }
      }
      cell (DFF) {
        ff (IQ, IQN) { clocked_on : "CK"; next_state : "D"; }
        pin (CK) { direction : input; clock : true; capacitance : 1; }
        pin (D) {
          direction : input; capacitance : 1;
          timing () {
            related_pin : CK; timing_type : setup_rising;
            rise_constraint (check) { values ("20, 40", "10, 30"); }
          }
        }
        pin (Q) {
          direction : output; function : "IQ";
          timing () { related_pin : "CK"; timing_type : rising_edge; timing_sense : non_unate;
            cell_rise (scalar) { values ("50"); } }
        }
      }
    }
    """#

    static func library() throws -> LibertyLibrary { try LibertyReader.read(bytes: Array(text.utf8), fileName: "tiny.lib") }
}

@Suite struct LibertyTests {
    @Test func readsUnitsCellsPinsAndArcs() throws {
        let library = try LibertyFixture.library()
        #expect(library.name == "tiny")
        #expect(library.units.time == 1e-12)
        #expect(library.units.capacitance == 1e-15)
        #expect(library.units.resistance == 1e3)
        #expect(library.cells.map(\.name) == ["INV", "DFF"])
        let inv = try #require(library.cell(named: "INV"))
        #expect(inv.area == 1.5)
        #expect(inv.pins.map(\.name) == ["A", "Y"])  // pg_pin ignored
        #expect(inv.pins[0].capacitance(.rise) == 2.5 && inv.pins[0].capacitance(.fall) == 2)
        #expect(inv.pins[1].function == "!A" && inv.pins[1].direction == .output)
        #expect(inv.arcs.count == 1)
        #expect(inv.arcs[0].sense == .negativeUnate && inv.arcs[0].kind == .combinational)
        #expect(inv.arcs[0].inputTransitions(causing: .rise) == [.fall])
        #expect(inv.arcs[0].riseTransition?.order == 0)
        let dff = try #require(library.cell(named: "DFF"))
        #expect(dff.sequentials == [{ var s = LibertySequential(kind: .flipFlop, variables: ["IQ", "IQN"]); s.clock = "CK"; s.data = "D"; return s }()])
        #expect(dff.pins[0].isClock)
        #expect(dff.arcs.map(\.kind) == [.setupRising, .risingEdge])
        #expect(dff.arcs[0].kind.checkCorner == .max && dff.arcs[0].kind.checkEdge == .rise)
        #expect(library.defaultWireLoadModel?.fanoutLengths.map(\.fanout) == [1, 2])
    }

    /// The table's own index overrides the template's: slew 10, 30 × load 1, 5 over 1 2 / 3 5.
    @Test func bilinearInterpolationInsideTheTable() throws {
        let table = try #require(LibertyFixture.library().cell(named: "INV")?.arcs[0].cellRise)
        #expect(table.value(inputTransition: 10, load: 1) == 1)
        #expect(table.value(inputTransition: 30, load: 5) == 5)
        // Midpoint: the mean of the four corners, (1 + 2 + 3 + 5) / 4.
        #expect(abs(table.value(inputTransition: 20, load: 3) - 2.75) < 1e-12)
        // Along the load axis only, at a quarter: 1 + 0.25 × (2 − 1).
        #expect(abs(table.value(inputTransition: 10, load: 2) - 1.25) < 1e-12)
    }

    /// Outside the grid the first or last two breakpoints extend linearly, as OpenSTA does.
    @Test func linearExtrapolationOutsideTheTable() throws {
        let table = try #require(LibertyFixture.library().cell(named: "INV")?.arcs[0].cellRise)
        // Slew 50: twice the span past 10 → 1 + 2 × (3 − 1) = 5 at load 1.
        #expect(abs(table.value(inputTransition: 50, load: 1) - 5) < 1e-12)
        // Slew 0 (half a span below), load 9 (twice past 1): rows give 1 + 2 × 1 = 3 and
        // 3 + 2 × 2 = 7, then 3 − 0.5 × (7 − 3) = 1.
        #expect(abs(table.value(inputTransition: 0, load: 9) - 1) < 1e-12)
    }

    /// A template whose first variable is the load: the lookup follows the variables.
    @Test func axesFollowTheTemplateVariables() throws {
        let table = try #require(LibertyFixture.library().cell(named: "INV")?.arcs[0].cellFall)
        #expect(table.axes.map(\.variable) == [.totalOutputNetCapacitance, .inputNetTransition])
        // load 1: slews 10, 30 give 1, 3; at slew 20 → 2. load 5 at slew 30 → 5.
        #expect(abs(table.value(inputTransition: 20, load: 1) - 2) < 1e-12)
        #expect(table.value(inputTransition: 30, load: 5) == 5)
        #expect(abs(table.value(inputTransition: 20, load: 3) - 2.75) < 1e-12)
    }

    @Test func constraintTableLooksUpClockThenData() throws {
        let table = try #require(LibertyFixture.library().cell(named: "DFF")?.arcs[0].riseConstraint)
        // related 10 / constrained 10, 50 → 20, 40; related 30 → 10, 30.
        #expect(table.value(relatedTransition: 10, constrainedTransition: 30) == 30)
        #expect(abs(table.value(relatedTransition: 20, constrainedTransition: 10) - 15) < 1e-12)
    }

    @Test func oneAxisAndScalarTables() {
        let oneAxis = LibertyTable(axes: [.init(.relatedPinTransition, [1, 3])], values: [10, 20])
        #expect(oneAxis.value(relatedTransition: 2, constrainedTransition: 0) == 15)
        #expect(oneAxis.value(relatedTransition: 5, constrainedTransition: 0) == 30)
        let scalar = LibertyTable(axes: [], values: [7])
        #expect(scalar.value(inputTransition: 100, load: 100) == 7)
        let three = LibertyTable(axes: [.init(.inputNetTransition, [0, 1]), .init(.totalOutputNetCapacitance, [0, 1]), .init(.other, [0])],
                                 values: [0, 1, 2, 3])
        #expect(three.value(inputTransition: 0.5, load: 0.5) == 1.5)
    }

    @Test func wireLoadInterpolatesAndExtrapolatesByFanout() throws {
        let model = try #require(LibertyFixture.library().defaultWireLoadModel)
        #expect(model.length(fanout: 1.5) == 25)
        #expect(model.length(fanout: 4) == 50)  // 30 + 2 × slope 10
        #expect(model.length(fanout: 0) == 10)
        #expect(model.wire(fanout: 2) == (15, 60))
    }

    @Test func numbersParseExactly() {
        for text in ["0.0230506", "1.5e-3", "-2", ".25", "2E+01", "0.000123456789012345678901", "123456789012345678901234"] {
            let parsed = Array(text.utf8).withUnsafeBufferPointer { LibertyNumber.parse($0) }
            #expect(parsed == Double(text), "\(text)")
        }
        for bad in ["", "-", "1e", "1.2.3", "abc", "1x"] {
            #expect(Array(bad.utf8).withUnsafeBufferPointer { LibertyNumber.parse($0) } == nil, "\(bad)")
        }
    }

    @Test(arguments: [
        ("library (x) {\n  cell (a) {\n", "t.lib:3:1: expected '}' closing the group, found the end of the file"),
        ("library (x) {\n  time_unit \"1ns\";\n}", "t.lib:2:13: expected ':' or '(' after 'time_unit', found '1ns'"),
        ("library (x) {\n  /* open\n", "t.lib:2:3: expected '*/' closing the comment opened here, found the end of the file"),
        ("library (x) { a : \"open\n }", "t.lib:1:19: expected '\"' closing the string opened here, found the end of the file"),
        ("}", "t.lib:1:1: expected a group or an attribute, found '}' with no open group"),
        ("cell (x) { }", "t.lib:1:1: expected 'library', found 'cell'"),
        ("", "t.lib: expected a 'library (name) { … }' group, found none"),
        ("library (x) { lu_table_template (t) { variable_1 : input_net_transition; index_1 (\"1, 2\"); }\n cell (c) { pin (y) { direction : output; timing () { related_pin : y;\n cell_rise (t) { values (\"1, 2, 3\"); } } } } }",
         "t.lib:3:2: expected 2 values in 'cell_rise' (2), found 3"),
        ("library (x) { cell (c) { pin (y) { direction : output; timing () { related_pin : z; } } } }",
         "t.lib:1:56: related_pin 'z' of a timing group of pin 'y' is not a pin of cell 'c'"),
        ("library (x) { cell (c) { pin (y) { direction : sideways; } } }",
         "t.lib:1:36: expected input, output, inout or internal, found 'sideways'"),
        ("library (x) { capacitive_load_unit (1, furlong); }", "t.lib:1:15: expected capacitive_load_unit (NUMBER, ff|pf|nf), found '1, furlong'"),
        ("library (x) { cell (c) { area : 1.2.3; } }", "t.lib:1:33: expected a number, found '1.2.3'"),
    ])
    func errorsNameFileLineAndWhatWasExpected(text: String, message: String) {
        #expect(throws: NetlistError.self) { try LibertyReader.read(bytes: Array(text.utf8), fileName: "t.lib") }
        do {
            _ = try LibertyReader.read(bytes: Array(text.utf8), fileName: "t.lib")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func deepNestingIsRefusedNotAStackOverflow() {
        let text = "library (x) {" + String(repeating: "g () {", count: 10_000)
        #expect(throws: NetlistError.self) { try LibertyReader.read(bytes: Array(text.utf8)) }
    }
}
