/// Reads one element line into a `SPICEDeck.Element`:
///
///     Mname d g s b model [name=value …]
///     Rname n+ n- [value] [model] [name=value …]      (C and L alike; r=, c=, l= give the value too)
///     Dname n+ n- model [name=value …]
///     Vname n+ n- [anything]                          (I alike: the source's specification is not read)
///     Xname node … subcircuit [params:] [name=value …]
enum SPICEElementParser {
    static func element(_ statement: SPICEStatement, source: SPICEDeck.Source) throws -> SPICEDeck.Element {
        let tokens = statement.tokens, head = tokens[0]
        guard let kind = head.text.first.flatMap(SPICEDevice.Kind.init(letter:)) else {
            throw NetlistError(.unsupported("element '\(head.text)': graphtool reads M, R, C, L, D, V, I and X elements (the first letter gives the kind)"),
                               at: head.location)
        }
        // Positional words up to the first parameter (`params:` only separates).
        var words: [SPICEToken] = [], parameters: [(name: String, value: String)] = []
        for token in tokens.dropFirst() {
            if let name = token.parameter {
                parameters.append((name, token.text))
            } else if token.key == "params:" {
                continue
            } else if parameters.isEmpty || kind == .voltageSource || kind == .currentSource {
                words.append(token)
            } else {
                throw NetlistError(.expected("name=value parameters after the first one", found: "'\(token.text)'"), at: token.location)
            }
        }
        var element = SPICEDeck.Element(name: head.text, kind: kind, nodes: [], model: nil, value: nil, parameters: parameters, source: source)
        func node(_ token: SPICEToken, _ role: String) throws -> String {
            guard !token.isQuoted else { throw NetlistError(.expected("\(role) node name", found: "'\(token.text)'"), at: token.location) }
            return token.text
        }
        func needs(_ count: Int, _ what: String) throws {
            guard words.count >= count else {
                throw NetlistError(.expected("\(what) for \(head.text)", found: "\(words.count) words"), at: head.location)
            }
        }
        switch kind {
        case .mosfet:
            try needs(5, "drain, gate, source and bulk nodes and a model")
            guard words.count == 5 else {
                throw NetlistError(.expected("name=value parameters after the model of \(head.text)", found: "'\(words[5].text)'"), at: words[5].location)
            }
            element.nodes = try zip(words.prefix(4), ["a drain", "a gate", "a source", "a bulk"]).map { try node($0, $1) }
            element.model = words[4].text
        case .resistor, .capacitor, .inductor:
            try needs(2, "two nodes")
            element.nodes = try [node(words[0], "a"), node(words[1], "a")]
            let rest = words.dropFirst(2)
            guard rest.count <= 2 else {
                throw NetlistError(.expected("a value and a model at most after the nodes of \(head.text)", found: "'\(rest.last!.text)'"),
                                   at: rest.last!.location)
            }
            for token in rest {
                if token.isQuoted || SPICENumber.parse(token.text) != nil, element.value == nil, element.model == nil {
                    element.value = SPICENumber.parse(token.text)
                    if token.isQuoted { element.parameters.append(("value", token.text)) }
                } else if element.model == nil {
                    element.model = token.text
                } else {
                    throw NetlistError(.expected("one model for \(head.text)", found: "'\(token.text)'"), at: token.location)
                }
            }
            let valueName = String(kind.rawValue).lowercased()
            if let given = parameters.first(where: { [valueName, "value"].contains($0.name.lowercased()) }) {
                element.value = SPICENumber.parse(given.value)
            } else if rest.isEmpty {
                throw NetlistError(.expected("a value (or a model) for \(head.text)", found: "none"), at: head.location)
            }
        case .diode:
            try needs(3, "two nodes and a model")
            guard words.count == 3 else {
                throw NetlistError(.expected("name=value parameters after the model of \(head.text)", found: "'\(words[3].text)'"), at: words[3].location)
            }
            element.nodes = try [node(words[0], "a"), node(words[1], "a")]
            element.model = words[2].text
        case .voltageSource, .currentSource:
            try needs(2, "two nodes")
            element.nodes = try [node(words[0], "a"), node(words[1], "a")]
        case .instance:
            try needs(1, "a subcircuit name")
            element.nodes = try words.dropLast().map { try node($0, "a") }
            guard !words.last!.isQuoted else {
                throw NetlistError(.expected("a subcircuit name", found: "'\(words.last!.text)'"), at: words.last!.location)
            }
            element.model = words.last!.text
        }
        return element
    }
}
