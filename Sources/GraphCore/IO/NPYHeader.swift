import Foundation

/// The header of an `.npy` file (format versions 1.0, 2.0 and 3.0):
///
///     \x93NUMPY  major minor  header-length (UInt16 LE in 1.0, UInt32 LE after)
///     {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }   padded with spaces, ends in \n
///
/// followed by the raw data. See numpy.lib.format.
struct _NPYHeader {
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    var dtype: NPYDType
    var fortranOrder: Bool
    var shape: [Int]
    /// Byte offset of the first data byte.
    var dataOffset: Int
    /// Byte offsets of the `descr` and `shape` values, for errors about them.
    var dtypeOffset: Int
    var shapeOffset: Int

    /// The number of elements and data bytes, or `nil` when they overflow `Int`.
    var byteCount: Int? {
        var total = dtype.byteCount
        for dimension in shape {
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            if overflow { return nil }
            total = product
        }
        return total
    }

    /// `(3, 4)` / `(5,)`, as NumPy writes shapes.
    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    // MARK: - Reading

    /// Parses and checks the header at the start of `raw`.
    /// - Throws: `GraphIOError.malformedBinary` naming the byte offset and what was expected.
    static func parse(_ raw: UnsafeRawBufferPointer, path: String) throws -> _NPYHeader {
        func fail(_ offset: Int, _ expected: String, _ found: String) -> GraphIOError {
            .malformedBinary(path: path, offset: offset, expected: expected, found: found)
        }
        func truncated(_ offset: Int, _ expected: String) -> GraphIOError {
            fail(offset, expected, "the end of the file (\(raw.count) bytes; the file is truncated)")
        }
        for (i, byte) in magic.enumerated() {
            guard i < raw.count else { throw truncated(i, "the NPY magic string \\x93NUMPY") }
            guard raw[i] == byte else {
                let shown = raw.prefix(6).map { String(format: "%02x", $0) }.joined(separator: " ")
                throw fail(i, "the NPY magic string \\x93NUMPY (93 4e 55 4d 50 59)", "bytes \(shown); this is not an .npy file")
            }
        }
        guard raw.count >= 8 else { throw truncated(raw.count, "the 2-byte format version") }
        let major = raw[6], minor = raw[7]
        guard (1 ... 3).contains(major), minor == 0 else {
            throw fail(6, "format version 1.0, 2.0 or 3.0", "version \(major).\(minor)")
        }
        let lengthBytes = major == 1 ? 2 : 4
        guard raw.count >= 8 + lengthBytes else {
            throw truncated(raw.count, "the \(lengthBytes)-byte header length")
        }
        var headerLength = 0
        for k in (0 ..< lengthBytes).reversed() { headerLength = headerLength << 8 | Int(raw[8 + k]) }
        let headerStart = 8 + lengthBytes
        let dataOffset = headerStart + headerLength
        guard raw.count >= dataOffset else {
            throw truncated(raw.count, "a header of \(headerLength) bytes ending at byte \(dataOffset)")
        }
        var parser = _NPYDictParser(raw: raw, position: headerStart, end: dataOffset, path: path)
        return try parser.header(dataOffset: dataOffset)
    }

    // MARK: - Writing

    /// The header bytes for an array of `dtype` and `shape`: version 1.0 unless the dictionary
    /// needs more than 65535 bytes, padded so the data starts at a multiple of 64.
    static func encode(dtype: NPYDType, shape: [Int]) -> [UInt8] {
        let dictionary = Array("{'descr': '\(dtype.rawValue)', 'fortran_order': False, 'shape': \(describe(shape)), }".utf8)
        for (major, lengthBytes) in [(UInt8(1), 2), (UInt8(2), 4)] {
            let prefix = magic.count + 2 + lengthBytes
            let unpadded = prefix + dictionary.count + 1 // + "\n"
            let total = (unpadded + 63) / 64 * 64
            let headerLength = total - prefix
            guard headerLength < 1 << (8 * lengthBytes) else { continue }
            var bytes = magic + [major, 0]
            for k in 0 ..< lengthBytes { bytes.append(UInt8(truncatingIfNeeded: headerLength >> (8 * k))) }
            bytes += dictionary
            bytes += [UInt8](repeating: UInt8(ascii: " "), count: total - unpadded)
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        }
        preconditionFailure("an NPY header of \(dictionary.count) bytes does not fit in version 2.0")
    }
}

/// Parses the Python dict literal of an NPY header, tracking byte offsets for errors.
private struct _NPYDictParser {
    let raw: UnsafeRawBufferPointer
    var position: Int
    let end: Int
    let path: String

    private func peek() -> UInt8? { position < end ? raw[position] : nil }

    private mutating func skipSpace() {
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\t") {
            position += 1
        }
    }

    /// What is at the cursor, for error messages.
    private func found() -> String {
        guard position < end else { return "the end of the header" }
        let stop = min(end, position + 20)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[position ..< stop]), as: UTF8.self)
        return "\"\(text.split(separator: "\n").first.map(String.init) ?? text)\""
    }

    private func fail(_ expected: String, at offset: Int? = nil) -> GraphIOError {
        var copy = self
        if let offset { copy.position = offset }
        return .malformedBinary(path: path, offset: copy.position, expected: expected + " in the NPY header",
                                found: copy.found())
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard peek() == c.asciiValue else { throw fail("'\(c)'") }
        position += 1
    }

    private mutating func string() throws -> String {
        skipSpace()
        guard let quote = peek(), quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else {
            throw fail("a quoted string")
        }
        let start = position
        position += 1
        while let c = peek(), c != quote {
            guard c != UInt8(ascii: "\\"), c != UInt8(ascii: "\n") else { throw fail("a plain quoted string") }
            position += 1
        }
        guard peek() == quote else { throw fail("a closing quote", at: start) }
        position += 1
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[(start + 1) ..< (position - 1)]), as: UTF8.self)
    }

    private mutating func boolean() throws -> Bool {
        skipSpace()
        for (word, value) in [("True", true), ("False", false)] {
            let bytes = Array(word.utf8)
            if position + bytes.count <= end && raw[position ..< position + bytes.count].elementsEqual(bytes) {
                position += bytes.count
                return value
            }
        }
        throw fail("True or False")
    }

    private mutating func dimensions() throws -> [Int] {
        try expect("(")
        var shape: [Int] = []
        while true {
            skipSpace()
            if peek() == UInt8(ascii: ")") { break }
            let start = position
            var value = 0
            while let c = peek(), c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                guard value <= (Int.max - 9) / 10 else { throw fail("a dimension that fits in 64 bits", at: start) }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
                position += 1
            }
            guard position > start else { throw fail("a non-negative integer dimension or ')'") }
            if peek() == UInt8(ascii: "L") { position += 1 } // Python 2 long literal
            shape.append(value)
            skipSpace()
            if peek() == UInt8(ascii: ",") { position += 1 } else { break }
        }
        try expect(")")
        return shape
    }

    mutating func header(dataOffset: Int) throws -> _NPYHeader {
        let dictStart = position
        try expect("{")
        var dtype: NPYDType?, fortranOrder: Bool?, shape: [Int]?
        var dtypeOffset = 0, shapeOffset = 0, fortranOffset = 0
        while true {
            skipSpace()
            if peek() == UInt8(ascii: "}") { break }
            let keyOffset = position
            let key = try string()
            try expect(":")
            skipSpace()
            switch key {
            case "descr":
                dtypeOffset = position
                let descr = try string()
                guard let type = NPYDType(rawValue: descr) else {
                    throw fail("dtype '<f4' (float32), '<i4' (int32), '<i8' (int64) or '<c16' (complex128); convert with arr.astype(np.float32) or similar",
                               at: dtypeOffset)
                }
                dtype = type
            case "fortran_order":
                fortranOffset = position
                fortranOrder = try boolean()
            case "shape":
                shapeOffset = position
                shape = try dimensions()
            default:
                throw fail("a key 'descr', 'fortran_order' or 'shape'", at: keyOffset)
            }
            skipSpace()
            if peek() == UInt8(ascii: ",") { position += 1 } else { break }
        }
        try expect("}")
        skipSpace()
        guard position == end else { throw fail("only spaces and a newline after the dictionary") }
        guard let dtype, let fortranOrder, let shape else {
            let missing = [("descr", dtype == nil), ("fortran_order", fortranOrder == nil), ("shape", shape == nil)]
                .filter(\.1).map { "'\($0.0)'" }.joined(separator: ", ")
            throw fail("the keys 'descr', 'fortran_order' and 'shape' (missing: \(missing))", at: dictStart)
        }
        guard shape.count == 1 || shape.count == 2 else {
            throw fail("a 1-D or 2-D shape; reshape the array before saving", at: shapeOffset)
        }
        guard !fortranOrder || shape.count == 1 || shape.contains(where: { $0 <= 1 }) else {
            throw fail("fortran_order False (C order); save np.ascontiguousarray(arr)", at: fortranOffset)
        }
        return _NPYHeader(dtype: dtype, fortranOrder: fortranOrder, shape: shape, dataOffset: dataOffset,
                          dtypeOffset: dtypeOffset, shapeOffset: shapeOffset)
    }
}
