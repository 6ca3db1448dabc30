import Yams

/// Reading typed values out of a YAML node, with the node's line for diagnostics.
struct YAMLReader {
    let file: String
    /// Added to Yams' line numbers: front matter starts after the opening `---`.
    let lineOffset: Int
    var log = DiagnosticLog()

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func line(of node: Node?) -> Int { (node?.mark?.line ?? 1) + lineOffset }

    /// Parses YAML text; a syntax error becomes a diagnostic with its line.
    mutating func compose(_ text: String) -> Node? {
        do {
            // Resolver.basic: every plain scalar stays a string (no regex per scalar to
            // guess ints, dates and floats); we read the types we expect ourselves.
            return try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            let (line, problem) = YAMLReader.describe(error)
            log.error(file, line + lineOffset, "invalid YAML: \(problem)")
        } catch {
            log.error(file, 1 + lineOffset, "invalid YAML: \(error)")
        }
        return nil
    }

    static func describe(_ error: YamlError) -> (Int, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // Point at where the broken construct starts (an unclosed bracket's line),
            // not at the end of the input where libyaml noticed it.
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return (min(context?.mark.line ?? mark.line, mark.line), text)
        case let .reader(problem, _, _, _): return (1, problem)
        default: return (1, "\(error)")
        }
    }

    /// A mapping's value as a string. Reports a missing or non-scalar value when `required`.
    mutating func string(_ mapping: Node.Mapping, _ key: String, required: Bool, owner: Node) -> String? {
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
    mutating func strings(_ mapping: Node.Mapping, _ key: String, required: Bool, owner: Node) -> [String]? {
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

    mutating func bool(_ mapping: Node.Mapping, _ key: String) -> Bool {
        guard let node = mapping[key] else { return false }
        if let value = node.bool { return value }
        log.error(file, line(of: node), "'\(key)' must be true or false")
        return false
    }

    /// Warns about keys nobody reads: usually a typo ("audience" for "audiences").
    mutating func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: Set<String>) {
        for (key, _) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                log.error(file, line(of: key), "unknown field '\(name)'; known fields: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }
}
