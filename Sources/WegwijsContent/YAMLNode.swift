/// One node of a parsed YAML document. Every scalar is a string: the parsers read the
/// types they expect themselves (no guessing of ints, dates or floats per scalar).
/// Aliases are already resolved to the node they name.
public indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Where a node starts; 1-based, as diagnostics show it.
    public struct Mark: Sendable, Equatable {
        public let line: Int
        public let column: Int
    }

    public struct Scalar: Sendable {
        public let string: String
        public let mark: Mark
    }

    public struct Sequence: RandomAccessCollection, Sendable {
        public let nodes: [YAMLNode]
        public let mark: Mark
        public var startIndex: Int { nodes.startIndex }
        public var endIndex: Int { nodes.endIndex }
        public subscript(index: Int) -> YAMLNode { nodes[index] }
    }

    /// Key-value pairs in the file's order.
    public struct Mapping: Swift.Sequence, Sendable {
        public let pairs: [(key: YAMLNode, value: YAMLNode)]
        public let mark: Mark

        /// The value of the first key that is this text.
        public subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.string == key }?.value
        }

        public func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    public var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    public var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    public var sequence: Sequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// YAML 1.1's words for true and false (what the files have always accepted).
    public var bool: Bool? {
        switch string?.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }
}
