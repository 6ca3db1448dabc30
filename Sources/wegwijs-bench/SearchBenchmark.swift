/// Placeholder: replaced by the search benchmark.
func benchmarkSearch() -> [String] { [] }
