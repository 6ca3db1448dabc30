import CYAML

/// A YAML syntax error: the 1-based line of the broken construct and libyaml's words.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let problem: String
    public var description: String { problem }
}

extension YAMLNode {
    /// Parses a single-document YAML text with libyaml's document API. Nil for a text
    /// without a document (empty, or only comments).
    public static func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError(line: 1, problem: "out of memory") }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var document = yaml_document_t()
            guard yaml_parser_load(&parser, &document) == 1 else { throw error(of: parser) }
            defer { yaml_document_delete(&document) }
            guard yaml_document_get_root_node(&document) != nil else { return nil }
            var builder = TreeBuilder(document: document)
            let root = try builder.node(1)
            // A second document would be silently ignored: refuse it, as Yams did.
            var next = yaml_document_t()
            guard yaml_parser_load(&parser, &next) == 1 else { throw error(of: parser) }
            defer { yaml_document_delete(&next) }
            if yaml_document_get_root_node(&next) != nil {
                throw YAMLError(line: Int(next.start_mark.line) + 1,
                                problem: "expected a single document in the stream but found another document")
            }
            return root
        }
    }

    private static func error(of parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR { return YAMLError(line: 1, problem: problem) }
        // Point at where the broken construct starts (an unclosed bracket's line), not
        // at the end of the input where libyaml noticed it. Marks are 0-based.
        let context = parser.context.map { String(cString: $0) }
        var line = Int(parser.problem_mark.line) + 1
        if context != nil { line = min(line, Int(parser.context_mark.line) + 1) }
        let text = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return YAMLError(line: line, problem: text)
    }
}

/// Turns libyaml's node table (1-based indices; an alias is a second reference to the
/// same index) into YAMLNode values, each index built once.
private struct TreeBuilder {
    /// Aliases can make a small file expand into a huge tree ("billion laughs").
    static let maximumNodes = 100_000

    let document: yaml_document_t
    var built: [Int: (node: YAMLNode, size: Int)] = [:]
    var open: Set<Int> = []

    init(document: yaml_document_t) { self.document = document }

    mutating func node(_ index: Int32) throws(YAMLError) -> YAMLNode { try entry(index).node }

    private mutating func entry(_ index: Int32) throws(YAMLError) -> (node: YAMLNode, size: Int) {
        let key = Int(index)
        if let done = built[key] { return done }
        let raw = document.nodes.start[key - 1]
        let mark = YAMLNode.Mark(line: Int(raw.start_mark.line) + 1, column: Int(raw.start_mark.column) + 1)
        // libyaml lets an anchored collection contain an alias to itself.
        guard open.insert(key).inserted else {
            throw YAMLError(line: mark.line, problem: "an alias refers to the collection that contains it")
        }
        defer { open.remove(key) }
        let result: (node: YAMLNode, size: Int)
        switch raw.type {
        case YAML_SEQUENCE_NODE:
            var nodes: [YAMLNode] = []
            var size = 1
            var item = raw.data.sequence.items.start
            while let current = item, current != raw.data.sequence.items.top {
                let child = try entry(current.pointee)
                nodes.append(child.node)
                size += child.size
                item = current + 1
            }
            result = (.sequence(.init(nodes: nodes, mark: mark)), size)
        case YAML_MAPPING_NODE:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: Set<String> = []
            var size = 1
            var pair = raw.data.mapping.pairs.start
            while let current = pair, current != raw.data.mapping.pairs.top {
                let key = try entry(current.pointee.key)
                let value = try entry(current.pointee.value)
                // A repeated key would hide the first value: refuse the file, as Yams did.
                if let name = key.node.string, !seen.insert(name).inserted {
                    throw YAMLError(line: key.node.mark?.line ?? mark.line, problem: "duplicate key '\(name)'")
                }
                pairs.append((key.node, value.node))
                size += key.size + value.size
                pair = current + 1
            }
            result = (.mapping(.init(pairs: pairs, mark: mark)), size)
        default:
            let bytes = UnsafeBufferPointer(start: raw.data.scalar.value, count: Int(raw.data.scalar.length))
            result = (.scalar(.init(string: String(decoding: bytes, as: UTF8.self), mark: mark)), 1)
        }
        guard result.size <= TreeBuilder.maximumNodes else {
            throw YAMLError(line: mark.line, problem: "aliases expand to more than \(TreeBuilder.maximumNodes) nodes")
        }
        built[key] = result
        return result
    }
}
