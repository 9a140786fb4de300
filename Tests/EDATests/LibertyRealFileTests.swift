import Foundation
import Testing
@testable import EDA

/// The three shipped libraries read whole; their cells are those a plain pattern match finds,
/// and sample values are those written in the file.
@Suite(.enabled(if: SharedData.opensta != nil, "../shared/data is absent"))
struct LibertyRealFileTests {
    @Test(arguments: [("sky130hd_tt.lib.gz", 428), ("nangate45_typ.lib.gz", 134), ("asap7_small_ff.lib.gz", 3)])
    func readsEveryCell(file: String, cells: Int) throws {
        let bytes = try SharedData.gunzip(try #require(SharedData.opensta).appendingPathComponent(file))
        let library = try LibertyReader.read(bytes: bytes, fileName: file)
        #expect(library.cells.count == cells)
        #expect(library.cellNames == (try SharedData.libertyCellNames(bytes)))
        // Every flip-flop has a setup check and an arc from its clock.
        for cell in library.cells where cell.sequentials.contains(where: { $0.kind == .flipFlop }) {
            #expect(cell.arcs.contains { $0.kind.checkCorner == .max }, "\(cell.name)")
            #expect(cell.arcs.contains { $0.kind.launchEdge != nil }, "\(cell.name)")
        }
    }

    @Test func sky130InverterValuesAreThoseOfTheFile() throws {
        let bytes = try SharedData.gunzip(try #require(SharedData.opensta).appendingPathComponent("sky130hd_tt.lib.gz"))
        let library = try LibertyReader.read(bytes: bytes)
        #expect(library.units == LibertyUnits())  // 1ns, 1pf, 1kohm
        #expect(library.defaultWireLoad == "Small")
        #expect(library.defaultWireLoadModel?.wire(fanout: 1).capacitance == 23.2746 * 1.42e-05)
        let inv = try #require(library.cell(named: "sky130_fd_sc_hd__inv_1"))
        let a = try #require(inv.pin(named: "A"))
        #expect(a.capacitance == 0.002302 && a.capacitance(.rise) == 0.00239 && a.capacitance(.fall) == 0.002214)
        let arc = try #require(inv.arcs.first { inv.pins[$0.relatedPin].name == "A" && inv.pins[$0.pin].name == "Y" })
        #expect(arc.sense == .negativeUnate)
        #expect(arc.cellRise?.value(inputTransition: 0.01, load: 0.0005) == 0.0203433)
        #expect(arc.cellFall?.value(inputTransition: 0.01, load: 0.181284) == 0.6168033)
        #expect(arc.cellRise?.axes.map(\.values.count) == [7, 7])
    }
}
