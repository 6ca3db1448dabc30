import WegwijsText

/// Placeholder: replaced by the text layout benchmark.
func benchmarkTextLayout() -> [String] { [] }
