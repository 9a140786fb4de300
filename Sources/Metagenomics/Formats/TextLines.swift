import Foundation
import GraphCore

/// The lines of a small tabular text file (depths, contig tables, pairs, markers, binnings),
/// split into fields at tabs or runs of spaces, each field kept as a byte range so a line costs
/// no `String` until a field is asked for. Errors name the file, line and column
/// (`GraphIOError.malformedText`).
struct TextLines: Sequence {
    let bytes: [UInt8]
    let path: String

    /// The lines of `bytes`; `\r\n` endings and a UTF-8 byte order mark are accepted.
    init(_ bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The bytes of the file at `path` (gzip decompressed), as lines.
    /// - Throws: `GraphIOError.unreadable` or `.malformedBinary` (corrupt gzip).
    init(contentsOf path: String) throws {
        self.init(try FileIO.readAll(path), path: path)
    }

    func makeIterator() -> Iterator { Iterator(lines: self) }

    struct Iterator: IteratorProtocol {
        let lines: TextLines
        var position = 0
        var number = 0

        init(lines: TextLines) {
            self.lines = lines
            let b = lines.bytes
            if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { position = 3 }
        }

        /// The next line (blank lines included, so numbers stay right). - Complexity: O(line)
        mutating func next() -> TextLine? {
            let b = lines.bytes
            guard position < b.count else { return nil }
            number += 1
            let start = position
            var end = start
            while end < b.count && b[end] != UInt8(ascii: "\n") { end += 1 }
            position = end + 1
            var stop = end
            if stop > start && b[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            var fields: [Range<Int>] = []
            var i = start
            while i < stop {
                while i < stop && (b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t")) { i += 1 }
                guard i < stop else { break }
                let fieldStart = i
                while i < stop && b[i] != UInt8(ascii: " ") && b[i] != UInt8(ascii: "\t") { i += 1 }
                fields.append(fieldStart ..< i)
            }
            return TextLine(bytes: b, path: lines.path, number: number, start: start, end: stop, fields: fields)
        }
    }
}

/// One line of a `TextLines` file.
struct TextLine {
    let bytes: [UInt8]
    let path: String
    /// 1-based line number.
    let number: Int
    /// Byte range of the whole line, without its ending.
    let start: Int, end: Int
    /// Byte ranges of the fields.
    let fields: [Range<Int>]

    var isBlank: Bool { fields.isEmpty }
    /// The first byte of the line's first field, or `nil` for a blank line.
    var firstByte: UInt8? { fields.first.map { bytes[$0.lowerBound] } }
    /// The whole line as text.
    var text: String { String(decoding: bytes[start ..< end], as: UTF8.self) }

    /// Field `i` as text. - Precondition: `i < fields.count`.
    func string(_ i: Int) -> String { String(decoding: bytes[fields[i]], as: UTF8.self) }

    /// Requires at least `count` fields, naming what they hold in the error.
    func require(_ count: Int, _ what: @autoclosure () -> String) throws {
        guard fields.count >= count else {
            throw error(at: fields.count, expected: what(), found: fields.isEmpty ? "an empty line" : "\(fields.count) field\(fields.count == 1 ? "" : "s")")
        }
    }

    /// Field `i` as a finite, non-negative decimal number.
    func nonNegative(_ i: Int, _ what: @autoclosure () -> String) throws -> Float {
        guard let value = Float(string(i)), value.isFinite, value >= 0 else {
            throw error(at: i, expected: what(), found: "\"\(string(i).prefix(40))\"")
        }
        return value
    }

    /// Field `i` as an integer in `range`.
    func integer(_ i: Int, in range: ClosedRange<Int>, _ what: @autoclosure () -> String) throws -> Int {
        guard let value = Int(string(i)), range.contains(value) else {
            throw error(at: i, expected: what(), found: "\"\(string(i).prefix(40))\"")
        }
        return value
    }

    /// An error at field `i` (the end of the line when `i` is past the last field).
    func error(at i: Int, expected: String, found: String) -> GraphIOError {
        let column = (i < fields.count ? fields[i].lowerBound : end) - start + 1
        return .malformedText(path: path, line: number, column: column, expected: expected, found: found)
    }
}
