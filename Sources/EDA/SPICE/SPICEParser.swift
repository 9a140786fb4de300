import Foundation

/// Parses SPICE statements into a `SPICEDeck`: `.subckt`/`.ends`, element lines (`M R C L D V I
/// X`), `.include`/`.inc` (read in place, relative to the including file), `.global`, `.end`;
/// `.model`, `.param`, `.option`, analyses and `.control … .endc` blocks are skipped (counted).
/// Nested `.subckt` definitions and `.lib` sections are refused with an error saying so.
struct SPICEParser {
    private var deck = SPICEDeck()
    private let options: SPICEReader.Options
    /// The subcircuit being defined, and the include depth it was opened at.
    private var open: (subcircuit: SPICEDeck.Subcircuit, depth: Int)?
    /// The files being read, outermost first (their cycle keys).
    private var stack: [String] = []
    private var includesRead = 0

    private init(options: SPICEReader.Options) { self.options = options }

    /// The deck of `bytes`, named `file` in errors and for resolving its includes.
    /// - Throws: `NetlistError` naming the file (the included one for errors inside it), line and
    ///   what was expected. - Complexity: O(bytes read, includes included)
    static func parse(_ bytes: [UInt8], file: String?, options: SPICEReader.Options) throws -> SPICEDeck {
        var parser = SPICEParser(options: options)
        try parser.read(bytes, file: file, key: file.map(parser.key) ?? "<spice>", isTop: true)
        return parser.deck
    }

    /// What tells files apart for cycles: the resolved path on disk, the name in memory.
    private func key(_ path: String) -> String {
        if case .files = options.includes { return SPICEReader.cycleKey(path) }
        return path
    }

    private mutating func read(_ bytes: [UInt8], file: String?, key: String, isTop: Bool) throws {
        stack.append(key)
        defer { stack.removeLast() }
        deck.bytesRead += bytes.count
        try NetlistFile.naming(file) {
            let statements = try bytes.withUnsafeBufferPointer {
                try SPICEStatements.split($0, skippingTitle: isTop && options.firstLineIsTitle)
            }
            var k = 0
            while k < statements.count {
                let statement = statements[k]
                k += 1
                let source = SPICEDeck.Source(file: file, location: statement.location)
                let head = statement.tokens[0]
                guard !head.isQuoted, head.parameter == nil, let letter = head.text.first else {
                    throw NetlistError(.expected("a SPICE element or a dot command", found: "'\(head.text)'"), at: head.location)
                }
                if letter == "." {
                    switch try command(statement, source: source) {
                    case .next: break
                    case .end: return
                    case .skipControlBlock:
                        while k < statements.count, statements[k].tokens[0].key != ".endc" { k += 1 }
                        guard k < statements.count else {
                            throw NetlistError(.expected(".endc closing the .control block opened at line \(statement.location.line)",
                                                         found: "the end of the file"), at: nil)
                        }
                        k += 1
                    }
                } else {
                    let element = try SPICEElementParser.element(statement, source: source)
                    if open != nil { open!.subcircuit.elements.append(element) } else { deck.elements.append(element) }
                }
            }
            if let open, open.depth == stack.count {
                throw NetlistError(.expected(".ends closing .subckt \(open.subcircuit.name) (line \(open.subcircuit.source.location.line))",
                                             found: "the end of the file"), at: nil)
            }
        }
    }

    private enum Continuation { case next, end, skipControlBlock }

    private mutating func command(_ statement: SPICEStatement, source: SPICEDeck.Source) throws -> Continuation {
        let tokens = statement.tokens, head = tokens[0]
        switch head.key {
        case ".subckt":
            if let open {
                throw NetlistError(.unsupported("a .subckt inside .subckt \(open.subcircuit.name) (line \(open.subcircuit.source.location.line)): nested definitions are not supported; define it at the top level"),
                                   at: head.location)
            }
            guard tokens.count >= 2, tokens[1].parameter == nil, !tokens[1].isQuoted else {
                throw NetlistError(.expected("a subcircuit name after .subckt", found: tokens.count >= 2 ? "'\(tokens[1].text)'" : "none"),
                                   at: head.location)
            }
            var ports: [String] = []
            for token in tokens.dropFirst(2) {
                if token.parameter != nil || token.key == "params:" { break }
                guard !token.isQuoted else { throw NetlistError(.expected("a port name", found: "'\(token.text)'"), at: token.location) }
                ports.append(token.text)
            }
            open = (SPICEDeck.Subcircuit(name: tokens[1].text, ports: ports, elements: [], source: source), stack.count)
        case ".ends":
            guard let definition = open?.subcircuit else {
                throw NetlistError(.expected(".subckt before .ends", found: "no open subcircuit"), at: head.location)
            }
            if tokens.count >= 2, tokens[1].key != definition.name.lowercased() {
                throw NetlistError(.expected(".ends \(definition.name) (or .ends alone) closing .subckt \(definition.name) of line \(definition.source.location.line)",
                                             found: ".ends \(tokens[1].text)"), at: head.location)
            }
            open = nil
            try define(definition)
        case ".include", ".inc":
            guard tokens.count == 2, tokens[1].parameter == nil else {
                throw NetlistError(.expected("one file name after \(head.text)", found: "\(tokens.count - 1) words"), at: head.location)
            }
            try include(tokens[1].text, from: source)
        case ".global":
            deck.globals += tokens.dropFirst().map(\.text)
        case ".end":
            return .end
        case ".control":
            deck.ignoredStatements += 1
            return .skipControlBlock
        case ".lib", ".endl":
            throw NetlistError(.unsupported("\(head.text) sections are not supported: .include the model or subcircuit file instead"), at: head.location)
        default:
            deck.ignoredStatements += 1
        }
        return .next
    }

    /// Adds a definition. A definition without elements only declares a black box: another
    /// definition of the name with the same port count (before or after) replaces it.
    private mutating func define(_ definition: SPICEDeck.Subcircuit) throws {
        let key = definition.name.lowercased()
        guard let k = deck.subcircuitIndex[key] else {
            deck.subcircuitIndex[key] = deck.subcircuits.count
            deck.subcircuits.append(definition)
            return
        }
        let first = deck.subcircuits[k]
        guard first.ports.count == definition.ports.count, first.elements.isEmpty || definition.elements.isEmpty else {
            throw NetlistError(.invalid("subcircuit '\(definition.name)' is defined twice (first at \(first.source)); rename one or remove the duplicate"),
                               at: definition.source.location)
        }
        if first.elements.isEmpty { deck.subcircuits[k] = definition }
    }

    private mutating func include(_ name: String, from source: SPICEDeck.Source) throws {
        let location = source.location
        guard stack.count <= options.maxIncludeDepth else {
            throw NetlistError(.unsupported(".include nested more than \(options.maxIncludeDepth) files deep"), at: location)
        }
        includesRead += 1
        guard includesRead <= options.maxIncludes else {
            throw NetlistError(.unsupported("more than \(options.maxIncludes) .include reads in one deck"), at: location)
        }
        let path: String
        switch options.includes {
        case .refuse:
            throw NetlistError(.unsupported(".include \(name): includes are turned off for this read"), at: location)
        case .files:
            path = name.hasPrefix("/") || source.file == nil ? name
                : ((source.file! as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        case .memory:
            path = name
        }
        let key = key(path)
        if let k = stack.firstIndex(of: key) {
            throw NetlistError(.invalid(".include \(name) includes itself (\((stack[k...] + [key]).joined(separator: " -> ")))"), at: location)
        }
        let bytes: [UInt8]
        switch options.includes {
        case .refuse: return
        case .files:
            // A device or a pipe (`.include /dev/zero`) would be read without end.
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let type = (try? FileManager.default.attributesOfItem(atPath: resolved)[.type]) as? FileAttributeType
            guard type == nil || type == .typeRegular else {
                throw NetlistError(.unsupported(".include \(name): not a regular file"), at: location).in(source)
            }
            do { bytes = try NetlistFile.readAll(path) } catch var error as NetlistError {
                error.reason = .io(".include \(name) (line \(location.line)): \(error.message)")
                error.location = location
                error.file = source.file
                throw error
            }
        case .memory(let files):
            guard let found = files[name] else {
                throw NetlistError(.io(".include \(name): no such file"), at: location)
            }
            bytes = found
        }
        try SPICEBudget.check(bytes: deck.bytesRead + bytes.count, limit: options.maxBytes, at: location)
        try read(bytes, file: path, key: key, isTop: false)
    }
}

/// The limit on the bytes a deck may read through its includes.
enum SPICEBudget {
    static func check(bytes: Int, limit: Int, at location: NetlistLocation) throws {
        guard bytes <= limit else {
            throw NetlistError(.unsupported("the deck and its includes exceed \(limit) bytes; raise SPICEReader.Options.maxBytes for such a deck"),
                               at: location)
        }
    }
}
