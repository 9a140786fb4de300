/// What the BLIF, bench and Verilog writers share: refusing a write that would lose what the
/// caller did not allow, and the opening comment lines.
enum NetlistWriting {
    /// Throws unless writing `aig` as `format` loses only kinds in `allowed`.
    /// - Throws: `LossyWriteError` with the refused part of the loss. - Complexity: O(L)
    static func requireAllowed(_ aig: AIG, as format: CircuitFile.Format, dropping allowed: Set<FormatLoss.Kind>) throws {
        let loss = FormatLoss(writing: aig, as: format)
        let refused = loss.restricted(to: Set(loss.kinds).subtracting(allowed))
        if !refused.isEmpty { throw LossyWriteError(file: nil, loss: refused) }
    }

    /// "written by graphtool", then the AIGER comment section's text, one comment line each
    /// after `marker` (control characters other than tab shown as `?`), so the comment reaches
    /// the reader of the file even though the format has no comment section.
    /// - Complexity: O(comment bytes)
    static func header(_ aig: AIG, marker: String) -> String {
        var text = "\(marker) written by graphtool\n"
        guard var comment = aig.comment?[...] else { return text }
        if comment.first == 0x0A { comment = comment.dropFirst() }  // the end of the `c` line
        var lines = String(decoding: comment, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            let shown = line.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? "?" : String($0) }.joined()
            text += shown.isEmpty ? "\(marker)\n" : "\(marker) \(shown)\n"
        }
        return text
    }
}
