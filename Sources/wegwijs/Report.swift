import ArgumentParser
import WegwijsInsights

/// `wegwijs report`: the anonymous usage counts of one or more kiosks, for the council.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Usage counts from one or more kiosks' usage files: text bar charts, CSV or an offline HTML page.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, html }

    @Option(help: "First day to include, YYYY-MM-DD.") var from: String?
    @Option(help: "Last day to include, YYYY-MM-DD.") var to: String?
    @Option(help: "text (default), csv or html.") var format: Format = .text
    @Argument(help: "Usage files (usage-file in each kiosk's kiosk.yaml).") var files: [String]

    func run() throws {
        func day(_ text: String?, _ name: String) throws -> Day? {
            guard let text else { return nil }
            guard let day = Day(text) else { throw ValidationError("--\(name) must be a date YYYY-MM-DD") }
            return day
        }
        let report: UsageReport
        do {
            report = try UsageReport.load(files: files, from: try day(from, "from"), to: try day(to, "to"))
        } catch let error as UsageStoreError {
            printError("wegwijs report: \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .text: print(ReportRenderer.text(report), terminator: "")
        case .csv: print(ReportRenderer.csv(report), terminator: "")
        case .html: print(ReportRenderer.html(report), terminator: "")
        }
    }
}
