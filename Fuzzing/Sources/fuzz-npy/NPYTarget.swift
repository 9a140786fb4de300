import FuzzSupport
import GraphCore

/// NumPy `.npy`: `NPYReader.parse` on the bytes in memory, and the typed readers that take a
/// path (`readMatrix`, `readInt32`, `readInt64`) on the same bytes in a scratch file. Each typed
/// reader must accept exactly the arrays of its dtype and rank, with the values `parse` found;
/// rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPY(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let array: NPYArray?
    do {
        array = try NPYReader.parse(bytes, path: "fuzz.npy")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
        array = nil
    }
    let url = Fuzz.scratchFile(bytes)
    let vector = array?.shape.count == 1
    switch array?.values {
    case .float32(let values) where array?.shape.count == 2:
        expect(try NPYReader.readMatrix(contentsOf: url).values.map(\.bitPattern), values.map(\.bitPattern))
    case .int32(let values) where vector:
        expect(try NPYReader.readInt32(contentsOf: url), values)
        expect(try NPYReader.readInt64(contentsOf: url), values.map(Int64.init))
    case .int64(let values) where vector:
        expect(try NPYReader.readInt64(contentsOf: url), values)
        let narrow = values.compactMap { Int32(exactly: $0) }
        expect(try NPYReader.readInt32(contentsOf: url), narrow.count == values.count ? narrow : nil)
    default:
        expect(try NPYReader.readMatrix(contentsOf: url).values.map(\.bitPattern), nil)
        expect(try NPYReader.readInt32(contentsOf: url), nil)
        expect(try NPYReader.readInt64(contentsOf: url), nil)
    }
    return 0
}

/// Requires `read` to return `expected` (floats compared as bit patterns), or to throw a one-line `GraphIOError` when
/// `expected` is `nil`.
private func expect<T: Equatable>(_ read: @autoclosure () throws -> [T], _ expected: [T]?) {
    do {
        let values = try read()
        Fuzz.require(values == expected, "a typed reader returned \(values.count) values, expected \(expected.map { "\($0.count)" } ?? "a rejection")")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
        Fuzz.require(expected == nil, "a typed reader rejected an array parse accepted: \(error)")
    }
}
