import EDA
import FuzzSupport

/// Liberty: `LibertyReader.read(bytes:)`. Every table of an accepted library must look up
/// inside, below and above its grid without trapping; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLiberty(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        let library = try LibertyReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.lib")
        for cell in library.cells {
            for arc in cell.arcs {
                Fuzz.require(cell.pins.indices.contains(arc.pin) && cell.pins.indices.contains(arc.relatedPin), "arc pins out of range in \(cell.name)")
                for table in [arc.cellRise, arc.cellFall, arc.riseTransition, arc.fallTransition, arc.riseConstraint, arc.fallConstraint].compactMap({ $0 }) {
                    for x in [-1.0, 0, 0.5, 1e9] { _ = table.value(inputTransition: x, load: x) }
                }
            }
        }
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
    }
    return 0
}
