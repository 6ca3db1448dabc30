import ArgumentParser
import FoundationEssentials
import WegwijsApp
import WegwijsContent
import WegwijsHandout

/// `wegwijs export`: a folder to print or mail, for one target group in one language.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a handout for one target group: HTML with QR codes, and a PDF (A4) or plain text.")

    @OptionGroup var source: ContentOptions

    @Option(help: "The reader's language: nl, en, pl, uk, ar, ti.")
    var lang: String

    @Option(help: "Target group: asylum-seeker, unaccompanied-minor, permit-holder, ukrainian or labour-migrant.")
    var audience: String

    @Option(help: "Only these topics, comma-separated, in this order (default: every topic of the group).")
    var topics: String?

    @Option(help: "A second language after each block, e.g. nl for a volunteer.")
    var second: String?

    @Option(help: "html, pdf (through WeasyPrint) or txt.")
    var format: HandoutFolder.Format = .pdf

    @Option(help: "The folder to write (created if missing).")
    var out: String

    func run() throws {
        let loaded = source.loadForReading()
        defer { loaded.saveSnapshot?() }
        let store = loaded.result.store
        let topicIDs = topics.map { $0.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty } }
        let handout: Handout
        do {
            handout = try HandoutBuilder.build(content: store, language: lang, audience: audience, topicIDs: topicIDs,
                                               second: second, date: Today.string)
        } catch let failure as HandoutBuilder.Failure {
            throw ValidationError(failure.description)
        }
        let plainText = {
            let topics = handout.topics.compactMap { store.topic($0.id) }
            let header = "\(store.ui(UIKey.appTitle.rawValue, lang)) · \(handout.audienceLabel.text) · \(handout.date)"
            return ([header] + topics.map { PlainText.topic($0, content: store, language: lang, audience: audience) })
                .joined(separator: "\n\n" + String(repeating: "-", count: 40) + "\n\n") + "\n"
        }
        do {
            let written = try HandoutFolder.write(handout, format: format, to: URL(fileURLWithPath: out), plainText: plainText)
            print(written.path)
        } catch {
            printError("wegwijs: \(error)")
            throw ExitCode(1)
        }
    }
}

extension HandoutFolder.Format: ExpressibleByArgument {}
