import Foundation

/// Writes a `Graph` in Graphviz's DOT language: `digraph` with `->` edges for a directed
/// graph, `graph` with `--` edges written once (`u <= v`) for an undirected one. Every node is
/// declared, so isolated nodes show; labels and attributes come from optional closures.
///
/// Names and values are quoted only when DOT needs it (see `quoted(_:)`).
///
/// ```swift
/// var dot = DOTWriter(graphName: "cora")
/// dot.nodeLabel = { "n\($0)" }
/// dot.edgeAttributes = { _, _, e in [("weight", "\(graph.weight(ofEdge: e))")] }
/// try dot.write(graph, to: url)
/// ```
public struct DOTWriter {
    /// Attribute `name=value` pairs, written in order.
    public typealias Attributes = [(name: String, value: String)]

    /// The graph's name after `digraph` / `graph`.
    public var graphName: String
    /// Graph-wide attributes (e.g. `("rankdir", "LR")`), written first.
    public var graphAttributes: Attributes
    /// The label of each node, or `nil` for none (Graphviz then shows the node number).
    public var nodeLabel: ((_ node: Int) -> String?)?
    /// More attributes of each node (e.g. `("shape", "box")`).
    public var nodeAttributes: ((_ node: Int) -> Attributes)?
    /// Attributes of each written edge; `edge` indexes `graph.targets`, `edgeWeights`, …
    public var edgeAttributes: ((_ source: Int, _ target: Int, _ edge: Int) -> Attributes)?
    /// Groups of nodes drawn on one rank each (`{rank=same; …}`), e.g. a circuit's levels.
    public var sameRankGroups: [[Int]] = []
    /// Extra DOT statements written before the closing brace (e.g. a legend subgraph).
    public var extraStatements: [String] = []

    /// A writer with the given name, attributes and closures (all optional). - Complexity: O(1)
    public init(graphName: String = "G", graphAttributes: Attributes = [],
                nodeLabel: ((Int) -> String?)? = nil,
                nodeAttributes: ((Int) -> Attributes)? = nil,
                edgeAttributes: ((Int, Int, Int) -> Attributes)? = nil) {
        self.graphName = graphName
        self.graphAttributes = graphAttributes
        self.nodeLabel = nodeLabel
        self.nodeAttributes = nodeAttributes
        self.edgeAttributes = edgeAttributes
    }

    /// The DOT text of `graph`. - Complexity: O(V + E) plus the closures' cost.
    public func string(for graph: Graph) -> String {
        var writer = _ByteWriter()
        // An in-memory writer never flushes, so it cannot throw.
        try! encode(graph, into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes the DOT text of `graph` to `url` atomically (a temporary file, then a rename).
    /// - Throws: `GraphIOError.unwritable`.
    /// - Complexity: O(V + E) plus the closures' cost.
    public func write(_ graph: Graph, to url: URL) throws {
        try FileIO.writeAtomically(to: url.path) { try encode(graph, into: &$0) }
    }

    private func encode(_ graph: Graph, into out: inout _ByteWriter) throws {
        out.append(graph.isDirected ? "digraph " : "graph ")
        out.append(DOTWriter.quoted(graphName))
        out.append(" {\n")
        for (name, value) in graphAttributes {
            out.append("  \(DOTWriter.quoted(name))=\(DOTWriter.quoted(value));\n")
        }
        for node in 0 ..< graph.nodeCount {
            out.append("  ")
            out.append(decimal: node)
            var attributes: Attributes = []
            if let label = nodeLabel?(node) { attributes.append(("label", label)) }
            if let nodeAttributes { attributes += nodeAttributes(node) }
            append(attributes, to: &out)
            try out.flushIfNeeded()
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        for source in 0 ..< graph.nodeCount {
            for edge in graph.edgeRange(of: source) {
                let target = Int(graph.targets[edge])
                guard graph.isDirected || source <= target else { continue }
                out.append("  ")
                out.append(decimal: source)
                out.append(arrow)
                out.append(decimal: target)
                append(edgeAttributes?(source, target, edge) ?? [], to: &out)
                try out.flushIfNeeded()
            }
        }
        for group in sameRankGroups where !group.isEmpty {
            out.append("  { rank=same;")
            for node in group {
                out.append(" ")
                out.append(decimal: node)
                out.append(";")
            }
            out.append(" }\n")
        }
        for statement in extraStatements {
            out.append("  ")
            out.append(statement)
            out.append("\n")
        }
        out.append("}\n")
    }

    /// ` [a=b, c="d e"];\n`, or `;\n` without attributes.
    private func append(_ attributes: Attributes, to out: inout _ByteWriter) {
        if !attributes.isEmpty {
            out.append(" [")
            out.append(attributes.map { "\(DOTWriter.quoted($0.name))=\(DOTWriter.quoted($0.value))" }
                .joined(separator: ", "))
            out.append("]")
        }
        out.append(";\n")
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// `text` as a DOT ID: unchanged when it is a plain identifier (letters, digits, `_`, not
    /// starting with a digit, not a keyword, no U+FEFF, which Graphviz skips as a byte-order
    /// mark outside quotes) or a numeral (`-1`, `2.5`, `.5`); otherwise in
    /// double quotes, with `"` and `\` escaped and line breaks (`\r\n` counting as one) written
    /// as `\n`. The other C0 control characters but tab, which DOT (NUL ends Graphviz's C string)
    /// or the SVG Graphviz writes (XML forbids them) cannot hold, become their Unicode control
    /// pictures (NUL `␀`, ESC `␛`), and the noncharacters U+FFFE and U+FFFF, which XML forbids
    /// too, become U+FFFD. `&` becomes the entity `&amp;`, which Graphviz reads back as `&`:
    /// Graphviz reads entities in strings and copies an entity-like `&…;` (`&;`, `&x;`) into its
    /// SVG unescaped, which is then not XML. The text is escaped scalar by scalar, so a quote
    /// that a combining mark follows is escaped too.
    /// - Complexity: O(length of `text`)
    public static func quoted(_ text: String) -> String {
        if isIdentifier(text) && !keywords.contains(text.lowercased())
            && !text.unicodeScalars.contains(where: { isNoncharacter($0) || $0 == "\u{FEFF}" }) { return text }
        if isNumeral(text) { return text }
        var result = "\""
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "\n" where afterCarriageReturn: continue
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
            case "\t": result += "\t"
            case "\u{0}" ... "\u{1F}": result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case _ where isNoncharacter(scalar): result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// U+FFFE or U+FFFF, which no XML (so no SVG) may hold.
    private static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FFFE}" || scalar == "\u{FFFF}"
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return text.utf8.allSatisfy { c in
            c == UInt8(ascii: "_") || c >= 0x80
                || (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(c)
                || (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(c)
                || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(c)
        }
    }

    /// `[-]?(.[0-9]+ | [0-9]+(.[0-9]*)?)`, the DOT numeral.
    private static func isNumeral(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (c: UInt8) in (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(c) }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        if bytes.isEmpty { return !integer.isEmpty }
        guard bytes.first == UInt8(ascii: ".") else { return false }
        let fraction = bytes.dropFirst()
        return fraction.allSatisfy(isDigit) && !(integer.isEmpty && fraction.isEmpty)
    }
}
