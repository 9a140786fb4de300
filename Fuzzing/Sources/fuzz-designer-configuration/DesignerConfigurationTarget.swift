import AgentTopology
import Foundation
import FuzzSupport

/// The designer configuration stored in a checkpoint's metadata (`graphtool topology sample
/// --model`): `DesignerConfiguration.decoding(json:)`. An accepted configuration must lie inside
/// the limits a designer is rebuilt with; rejections must be `DecodingError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDesignerConfiguration(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    do {
        let c = try DesignerConfiguration.decoding(json: text)
        let l = DesignerConfiguration.limits
        Fuzz.require(l.width.contains(c.hiddenSize) && l.width.contains(c.latentSize) && l.width.contains(c.sketchHiddenSize),
                     "a width outside the limits was accepted")
        Fuzz.require(l.rounds.contains(c.rounds) && l.samplesPerQuery.contains(c.samplesPerQuery), "rounds or M outside the limits")
        Fuzz.require(c.temperature > 0 && c.temperature.isFinite, "a non-positive temperature was accepted")
    } catch {
        Fuzz.checkRejection(error, is: DecodingError.self)
    }
    return 0
}
