import FuzzSupport
import GraphCore

/// gzip decompression of the file layer: `Gunzip.decompress` with a 16 MiB limit. Accepted
/// input decompresses to at most the limit, and the input twice over (two members) to the
/// output twice over; rejections must be one-line `GraphIOError`s naming an offset inside the
/// input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size), limit = 1 << 24
    do {
        let plain = try Gunzip.decompress(bytes, path: "fuzz.gz", limit: limit)
        Fuzz.require(plain.count <= limit, "\(plain.count) bytes beyond the limit of \(limit)")
        if plain.count <= limit / 2 {
            let twice = try Gunzip.decompress(bytes + bytes, path: "fuzz.gz", limit: limit)
            Fuzz.require(twice == plain + plain, "two members did not decompress to the output twice")
        }
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
        let offset = (error as? GraphIOError)?.byteOffset ?? -1
        Fuzz.require((0 ... 2 * bytes.count).contains(offset), "offset \(offset) outside the input of \(bytes.count) bytes")
    }
    return 0
}
