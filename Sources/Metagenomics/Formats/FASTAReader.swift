import GraphCore

/// Reads contigs from FASTA (plain or gzip): `>name description` headers, each followed by
/// sequence lines. The name is the header's first word. Records shorter than a minimum length
/// (2,000 bp by default, as VAMB) are counted in `skipped` and left out.
///
/// Bad input — text before the first header, an empty name, a character that is not a base
/// letter (IUPAC codes, `-` and `*` are accepted), a name given twice — is a
/// `GraphIOError.malformedText` or `BinningInputError.duplicateContig` naming the line.
public enum FASTAReader {
    /// VAMB's default minimum contig length.
    public static let defaultMinimumLength = 2000

    /// Reads the FASTA file at `path`.
    /// - Throws: `GraphIOError`, `BinningInputError.duplicateContig`.
    /// - Complexity: O(file size)
    public static func read(path: String, minimumLength: Int = defaultMinimumLength) throws -> ContigSequences {
        try parse(FileIO.readAll(path), path: path, minimumLength: minimumLength)
    }

    /// Parses FASTA held in memory; `path` names it in errors.
    /// - Throws: as `read(path:minimumLength:)`.
    /// - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>",
                             minimumLength: Int = defaultMinimumLength) throws -> ContigSequences {
        var contigs = ContigSequences()
        var seen = Set<String>()
        var line = 0, position = 0
        var open = false
        func closeRecord() {
            guard open else { return }
            let length = contigs.length(of: contigs.count - 1)
            if length < minimumLength {
                contigs.removeLast()
                contigs.skipped.records += 1
                contigs.skipped.bases += length
            }
            open = false
        }
        while position < bytes.count {
            line += 1
            var end = position
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var stop = end
            if stop > position && bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            defer { position = end + 1 }
            guard stop > position else { continue }
            if bytes[position] == UInt8(ascii: ">") {
                closeRecord()
                var nameEnd = position + 1
                while nameEnd < stop && !isSpace(bytes[nameEnd]) { nameEnd += 1 }
                guard nameEnd > position + 1 else {
                    throw GraphIOError.malformedText(path: path, line: line, column: 2,
                                                     expected: "a contig name right after '>'", found: "nothing")
                }
                let name = String(decoding: bytes[position + 1 ..< nameEnd], as: UTF8.self)
                if !seen.insert(name).inserted {
                    throw BinningInputError.duplicateContig(path: path, line: line, name: name)
                }
                contigs.append(name: name, sequence: EmptyCollection())
                open = true
                continue
            }
            guard open else {
                throw GraphIOError.malformedText(path: path, line: line, column: 1,
                                                 expected: "a FASTA header ('>name')", found: found(bytes, position, stop))
            }
            for k in position ..< stop where !isBase(bytes[k]) {
                if isSpace(bytes[k]) { continue }
                throw GraphIOError.malformedText(path: path, line: line, column: k - position + 1,
                                                 expected: "a base letter (IUPAC code, '-' or '*')",
                                                 found: found(bytes, k, k + 1))
            }
            contigs.appendToLast(bytes[position ..< stop].lazy.filter { !isSpace($0) })
        }
        closeRecord()
        return contigs
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
    }

    private static func isBase(_ c: UInt8) -> Bool {
        (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: "-") || c == UInt8(ascii: "*")
    }

    private static func found(_ bytes: [UInt8], _ start: Int, _ stop: Int) -> String {
        let text = String(decoding: bytes[start ..< min(stop, start + 40)], as: UTF8.self)
        return "\"\(text)\(stop > start + 40 ? "…" : "")\""
    }
}

extension ContigSequences {
    /// Appends bases to the last contig. - Complexity: O(bases), amortised.
    mutating func appendToLast<S: Sequence>(_ more: S) where S.Element == UInt8 {
        bases.append(contentsOf: more)
        offsets[offsets.count - 1] = bases.count
    }
}
