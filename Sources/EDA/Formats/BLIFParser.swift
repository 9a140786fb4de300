/// Parses BLIF (Berkeley Logic Interchange Format) and reports each element to a
/// `NetlistVisitor`: `.model`, `.inputs`, `.outputs`, `.names` with its single-output cover
/// (cubes of `0`/`1`/`-` with output column `1` for an ON-set or `0` for an OFF-set; no
/// cubes is constant 0), `.latch` and `.end`. Lines continue after a trailing `\`; `#` starts
/// a comment. Timing directives (`.input_arrival`, `.area`, …) are skipped; hierarchy
/// (`.subckt`, several models), mapped gates (`.gate`, `.mlatch`) and `.exdc` are rejected.
/// A `.latch` without an initial value is uninitialised (BLIF's default 3; ABC reads it as
/// don't-care, value 2, too).
public enum BLIFParser {
    /// Directives that only carry timing or physical data, skipped.
    static let ignored: Set<String> = [
        ".default_input_arrival", ".default_output_required", ".input_arrival", ".output_required",
        ".default_input_drive", ".input_drive", ".default_output_load", ".output_load",
        ".default_max_input_load", ".max_input_load", ".area", ".delay", ".wire_load_slope", ".wire", ".clock",
    ]

    /// Parses `bytes`, calling `visitor` in file order.
    /// - Throws: `NetlistError` (without a file name; `BLIFReader` adds it), or what `visitor` throws.
    /// - Complexity: O(n) in the file size.
    public static func parse<V: NetlistVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, into visitor: inout V) throws {
        var lines = NetlistLines(bytes, continuation: true)
        var cover: (output: NetlistToken, fanins: [String], cubes: [[UInt8]], onSet: Bool?)?
        var sawModel = false, ended = false

        func flush() throws {
            guard let c = cover else { return }
            try visitor.gate(c.output.text, .cover(SOPCover(cubes: c.cubes, onSet: c.onSet ?? true)),
                             fanins: c.fanins, at: c.output.at)
            cover = nil
        }

        while let tokens = lines.next() {
            let command = tokens[0]
            if ended {
                guard command.text == ".model" else {
                    throw NetlistError(.expected("nothing after '.end' but comments", found: command.shown), at: command.at)
                }
                throw NetlistError(.unsupported("a second '.model': hierarchical BLIF is not supported; flatten it with ABC ('read F; strash; write_blif G')"), at: command.at)
            }
            guard command.text.hasPrefix(".") else {
                guard cover != nil else {
                    throw NetlistError(.expected("a BLIF command starting with '.' (.model, .inputs, .outputs, .names, .latch, .end)", found: command.shown), at: command.at)
                }
                try cube(tokens, into: &cover!)
                continue
            }
            try flush()
            let arguments = tokens.dropFirst()
            switch command.text {
            case ".model":
                if sawModel {
                    throw NetlistError(.unsupported("a second '.model': hierarchical BLIF is not supported; flatten it with ABC ('read F; strash; write_blif G')"), at: command.at)
                }
                sawModel = true
                try visitor.model(arguments.first?.text ?? "", at: command.at)
            case ".inputs":
                for token in arguments { try visitor.input(token.text, at: token.at) }
            case ".outputs":
                for token in arguments { try visitor.output(token.text, at: token.at) }
            case ".names":
                guard let output = arguments.last else {
                    throw NetlistError(.expected("the signals of '.names' (inputs, then the output)", found: "end of line"), at: lines.location)
                }
                cover = (output, arguments.dropLast().map(\.text), [], nil)
            case ".latch":
                try latch(command, Array(arguments), lines.location, into: &visitor)
            case ".end":
                ended = true
            case ".subckt", ".gate", ".mlatch", ".exdc", ".search", ".start_kiss", ".cname":
                throw NetlistError(.unsupported("'\(command.text)' is not supported: this reader takes one flat model of .names and .latch (convert with ABC: 'read F; strash; write_blif G')"), at: command.at)
            default:
                guard ignored.contains(command.text) else {
                    throw NetlistError(.expected("a BLIF command (.model, .inputs, .outputs, .names, .latch, .end)", found: command.shown), at: command.at)
                }
            }
        }
        try flush()
    }

    /// One cover line: `PLANE OUT` (or just `OUT` for a cover without inputs).
    private static func cube(_ tokens: [NetlistToken], into cover: inout (output: NetlistToken, fanins: [String], cubes: [[UInt8]], onSet: Bool?)) throws {
        let n = cover.fanins.count
        let plane: [UInt8]
        let value: NetlistToken
        if n == 0 {
            guard tokens.count == 1 else {
                throw NetlistError(.expected("a single output value 0 or 1 (the cover of '\(cover.output.text)' has no inputs)", found: tokens[1].shown), at: tokens[1].at)
            }
            plane = []
            value = tokens[0]
        } else {
            guard tokens.count == 2 else {
                let at = tokens.count > 2 ? tokens[2] : nil
                throw NetlistError(.expected("a cube of \(n) characters (0, 1, -), a space and an output value 0 or 1",
                                             found: at?.shown ?? "end of line"), at: at?.at ?? tokens[0].at)
            }
            plane = Array(tokens[0].text.utf8)
            guard plane.count == n, plane.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "-") }) else {
                throw NetlistError(.expected("a cube of \(n) characters from 0, 1, - (one per input of '\(cover.output.text)')", found: tokens[0].shown), at: tokens[0].at)
            }
            value = tokens[1]
        }
        guard value.text == "0" || value.text == "1" else {
            throw NetlistError(.expected("an output value 0 or 1", found: value.shown), at: value.at)
        }
        let onSet = value.text == "1"
        if let previous = cover.onSet, previous != onSet {
            throw NetlistError(.invalid("the cover of '\(cover.output.text)' mixes output values 0 and 1; BLIF covers list either the ON-set or the OFF-set"), at: value.at)
        }
        cover.onSet = onSet
        cover.cubes.append(plane)
    }

    /// `.latch IN OUT [TYPE CONTROL] [INIT]` with INIT 0, 1, 2 (don't care) or 3 (unknown).
    private static func latch<V: NetlistVisitor>(_ command: NetlistToken, _ a: [NetlistToken], _ end: NetlistLocation, into visitor: inout V) throws {
        guard a.count >= 2 && a.count <= 5 else {
            throw NetlistError(.expected("'.latch INPUT OUTPUT [TYPE CONTROL] [INIT]'", found: a.count < 2 ? "end of line" : a[5].shown),
                               at: a.count < 2 ? end : a[5].at)
        }
        var reset = AIG.LatchReset.uninitialized
        if a.count == 3 || a.count == 5 {
            let initial = a[a.count - 1]
            switch initial.text {
            case "0": reset = .zero
            case "1": reset = .one
            case "2", "3": reset = .uninitialized
            default: throw NetlistError(.expected("a latch initial value 0, 1, 2 or 3", found: initial.shown), at: initial.at)
            }
        }
        if a.count >= 4 {
            let types: Set<String> = ["fe", "re", "ah", "al", "as"]
            guard types.contains(a[2].text) else {
                throw NetlistError(.expected("a latch type (fe, re, ah, al, as)", found: a[2].shown), at: a[2].at)
            }
        }
        try visitor.latch(a[1].text, next: a[0].text, reset: reset, at: command.at)
    }
}
