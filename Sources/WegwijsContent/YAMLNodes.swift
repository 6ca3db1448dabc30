/// Reading typed values out of a YAML node, with the node's line for diagnostics.
struct YAMLReader {
    let file: String
    /// Added to the YAML lines: front matter starts after the opening `---`.
    let lineOffset: Int
    var log = DiagnosticLog()

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func line(of node: YAMLNode?) -> Int { (node?.mark?.line ?? 1) + lineOffset }

    /// Parses YAML text; a syntax error becomes a diagnostic with its line.
    mutating func compose(_ text: String) -> YAMLNode? {
        do {
            return try YAMLNode.parse(text)
        } catch {
            log.error(file, error.line + lineOffset, "invalid YAML: \(error.problem)")
            return nil
        }
    }

    /// A mapping's value as a string. Reports a missing or non-scalar value when `required`.
    mutating func string(_ mapping: YAMLNode.Mapping, _ key: String, required: Bool, owner: YAMLNode) -> String? {
        guard let node = mapping[key] else {
            if required { log.error(file, line(of: owner), "missing '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            log.error(file, line(of: node), "'\(key)' must be text")
            return nil
        }
        let value = scalar.string.trimmingSpaces
        if value.isEmpty && required { log.error(file, line(of: node), "'\(key)' is empty") }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ mapping: YAMLNode.Mapping, _ key: String, required: Bool, owner: YAMLNode) -> [String]? {
        guard let node = mapping[key] else {
            if required { log.error(file, line(of: owner), "missing '\(key)'") }
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                if case .scalar(let scalar) = item { result.append(scalar.string.trimmingSpaces) }
                else { log.error(file, line(of: item), "every entry of '\(key)' must be text") }
            }
            return result
        default:
            log.error(file, line(of: node), "'\(key)' must be a list")
            return nil
        }
    }

    mutating func bool(_ mapping: YAMLNode.Mapping, _ key: String) -> Bool {
        guard let node = mapping[key] else { return false }
        if let value = node.bool { return value }
        log.error(file, line(of: node), "'\(key)' must be true or false")
        return false
    }

    /// Warns about keys nobody reads: usually a typo ("audience" for "audiences").
    mutating func rejectUnknownKeys(_ mapping: YAMLNode.Mapping, allowed: Set<String>) {
        for (key, _) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                log.error(file, line(of: key), "unknown field '\(name)'; known fields: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }
}
