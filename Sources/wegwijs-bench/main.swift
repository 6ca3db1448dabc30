import Foundation

// `make bench`: the performance figures the issues ask for, on the bundled content,
// in a release build. Usage: wegwijs-bench [--binary PATH-TO-wegwijs]
let arguments = CommandLine.arguments
let binary = arguments.firstIndex(of: "--binary").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }

/// The checkout: the folder above the current one that holds Content/languages.yaml.
var repositoryRoot = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
while !FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("Content/languages.yaml").path),
      repositoryRoot.path != "/" {
    repositoryRoot.deleteLastPathComponent()
}

if let binary {
    // The release binary's size: Foundation's ICU data alone was 34 MB of it (issue 10).
    if let bytes = (try? FileManager.default.attributesOfItem(atPath: binary))?[.size] as? Int {
        print(String(format: "binary size: %.1f MB (%@)", Double(bytes) / 1_000_000, binary))
    }
    benchmarkStartup(binary: binary).forEach { print($0) }
}
benchmarkKeyPress(repositoryRoot: repositoryRoot).forEach { print($0) }
benchmarkSearchKeyPress(repositoryRoot: repositoryRoot).forEach { print($0) }
benchmarkTextLayout().forEach { print($0) }
benchmarkSearch().forEach { print($0) }
