for line in benchmarkTextLayout() { print(line) }
