import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WegwijsApp
import WegwijsContent
import WegwijsSearch
import Logging
import WegwijsKiosk
import WegwijsProgram
import WegwijsTerminal
import WegwijsText

/// Options every command shares: where the content is.
struct ContentOptions: ParsableArguments {
    @Option(help: "Folder with the Dutch source content (default: the bundled Content/).")
    var content: String?

    @Option(help: "Folder with the PO files (default: Translations/ next to Content/).")
    var translations: String?

    @Flag(help: "Parse the content files even when a snapshot of them is cached (see README, Performance).")
    var noCache = false

    /// Parses every file: for `check` and `translations`, which read more than the
    /// interface needs and must never depend on a cache.
    func load(today: String? = Today.string) -> ContentLoader.Result {
        let location = ContentLocation.resolve(content: content, translations: translations)
        return ContentLoader.load(content: location.content, translations: location.translations, today: today)
    }

    /// The same result, from the cached snapshot while the files are unchanged: for
    /// the interface and the plain-text commands, where start-up time counts.
    func loadForReading(today: String? = Today.string) -> ContentCache.Outcome {
        let location = ContentLocation.resolve(content: content, translations: translations)
        return ContentCache.load(content: location.content, translations: location.translations, today: today,
                                 directory: cacheDirectory)
    }

    /// Where content snapshots are kept; nil with --no-cache.
    var cacheDirectory: URL? {
        noCache ? nil : ContentCache.defaultDirectory(environment: ProcessInfo.processInfo.environment)
    }

    var location: (content: URL, translations: URL) { ContentLocation.resolve(content: content, translations: translations) }
}

/// Language and target group, for the TUI and the plain-text commands.
struct PersonOptions: ParsableArguments {
    @Option(help: "Language code, e.g. nl, en, pl, uk, ar, ti.")
    var lang: String?

    @Option(help: "Target group: asylum-seeker, unaccompanied-minor, permit-holder, ukrainian or labour-migrant.")
    var audience: String?

    func validate(against store: ContentStore) throws {
        if let lang, store.language(lang) == nil {
            throw ValidationError("unknown language '\(lang)'; known: \(store.languages.map(\.code).joined(separator: ", "))")
        }
        if let audience, store.audience(audience) == nil {
            throw ValidationError("unknown target group '\(audience)'; known: \(store.audiences.map(\.id).joined(separator: ", "))")
        }
    }
}

/// Today's date as YYYY-MM-DD in the machine's time zone (the kiosk's is the
/// Netherlands'). With the C library, not DateFormatter: a formatter with a named time
/// zone loads ICU's data, which cost several megabytes of memory at every start.
enum Today {
    static var string: String {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return "1970-01-01" }
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))"
    }
}

func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// "12.346": a score with three decimals (String(format:) is not in FoundationEssentials).
func threeDecimals(_ value: Double) -> String {
    let thousandths = Int((abs(value) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return (value < 0 && thousandths > 0 ? "-" : "") + "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

@main
struct Wegwijs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wegwijs",
        abstract: "Information for newcomers in Noordoostpolder, in six languages.",
        subcommands: [Browse.self, Check.self, List.self, Show.self, Search.self, Translations.self,
                      Export.self, Report.self],
        defaultSubcommand: Browse.self
    )
}

/// The terminal interface.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Browse in the terminal (the default).")

    @OptionGroup var source: ContentOptions
    @OptionGroup var person: PersonOptions

    @Flag(help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: "Who does bidi: 'app' (default; for xterm, foot, kitty, alacritty, tmux, VTE) or 'terminal' (Konsole, mlterm).")
    var bidi: BidiMode = .app

    @Option(help: .hidden)
    var benchmarkExit: TerminalSession.BenchmarkExit?

    @Flag(help: "Unattended kiosk: idle reset, no way out but SIGTERM or the administrator's key sequence, live content updates.")
    var kiosk = false

    @Option(help: "The kiosk's settings (default \(KioskConfig.defaultPath)).")
    var kioskConfig: String?

    func run() throws {
        let loaded = source.loadForReading()
        let result = loaded.result
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        if !result.errors.isEmpty {
            printError("wegwijs: left out what is listed above; starting with \(result.store.topics.count) valid topics.")
        }
        let store = result.store
        guard !store.languages.isEmpty, !store.topics.isEmpty else {
            printError("wegwijs: no usable content in \(source.location.content.path): nothing to show.")
            throw ExitCode(1)
        }
        try person.validate(against: store)
        if let warning = TerminalLocale.ensureUTF8() { printError(warning) }
        let environment = ProcessInfo.processInfo.environment
        let useColor = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let language = person.lang ?? store.sourceLanguage
        let state = App.start(language: language, audience: person.audience, size: Size(columns: 80, rows: 24), content: store)
        // The search index, built once from the content (deterministic), right after the
        // first frame is drawn. Without it (SQLite failed) search finds nothing and offers
        // the categories; everything else works.
        let makeSearch = { () -> (any TopicSearch)? in
            do { return try SearchIndex(content: store) } catch {
                printError("wegwijs: search is not available: \(error)")
                return nil
            }
        }
        guard kiosk else {
            let effects = Effects(writeSnapshot: { loaded.saveSnapshot?() }, buildSearch: makeSearch)
            TerminalSession.run(state: state, env: Environment(content: store, config: AppConfig(allowQuit: true, bidiMode: bidi)),
                                reducer: AppReducer(), effects: effects, useColor: useColor, benchmarkExit: benchmarkExit)
            return
        }
        let settings = try loadKioskConfig()
        KioskLogging.bootstrap(logFile: settings.logFile)
        let logger = Logger(label: "wegwijs.kiosk")
        logger.info("kiosk started", metadata: ["topics": "\(store.topics.count)", "languages": "\(store.languages.count)"])
        let usage = UsageRecorder(settings: settings, logger: logger)
        defer { usage.close() }
        let location = source.location
        let reloader = ContentReloader(content: location.content, translations: location.translations, logger: logger,
                                       cacheDirectory: source.cacheDirectory, today: { Today.string },
                                       loadedFilesKey: loaded.filesKey, loaded: loaded.result)
        let effects = Effects(
            writeSnapshot: { loaded.saveSnapshot?() },
            buildSearch: makeSearch,
            reload: { force in
                guard let fresh = reloader.check(force: force) else { return nil }
                return (fresh, try? SearchIndex(content: fresh))
            },
            log: { logger.info("\($0)") },
            count: { usage.record($0) })
        TerminalSession.run(state: state, env: Environment(content: store, config: settings.appConfig(bidiMode: bidi)),
                            reducer: settings.reducer, effects: effects,
                            useColor: useColor, kiosk: true)
        logger.info("kiosk stopped")
    }

    func loadKioskConfig() throws -> KioskConfig {
        do {
            let (settings, warnings) = try KioskConfig.load(path: kioskConfig)
            for warning in warnings { printError(warning) }
            return settings
        } catch let failure as KioskConfig.LoadFailure {
            if case .unreadable = failure { throw ValidationError(failure.description) }
            printError(failure.description)
            throw ExitCode(1)
        }
    }
}

extension BidiMode: ExpressibleByArgument {}
extension TerminalSession.BenchmarkExit: ExpressibleByArgument {}

/// Validates the content; exit status 1 on any error.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check content and translations; print each problem as file:line: message.")

    @OptionGroup var source: ContentOptions

    @Flag(help: "Also print the target group × category matrix and fail on an empty required cell.")
    var coverage = false

    func run() throws {
        var result = source.load()
        // The publishing rules (fresh facts, sources, contact descriptions, term lists)
        // on top of the loader's; see EditorialChecks for why they are apart.
        let (termLists, termDiagnostics) = TermList.loadAll(translations: source.location.translations)
        result.diagnostics += termDiagnostics
            + EditorialChecks.run(result.store, today: Today.string, termLists: termLists, fold: SearchNormalizer.normalize)
        for diagnostic in result.diagnostics { print(ControlCharacters.escapedForLog(diagnostic.description)) }
        var failed = !result.errors.isEmpty
        if coverage {
            let report = Coverage.report(result.store)
            print(report.text)
            failed = failed || !report.emptyRequiredCells.isEmpty
        }
        let errors = result.errors.count, warnings = result.diagnostics.count - errors
        print("\(result.store.topics.count) topics, \(result.store.languages.count) languages: \(errors) errors, \(warnings) warnings")
        if failed { throw ExitCode(1) }
    }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List topics: id, category and title, tab-separated.")

    @OptionGroup var source: ContentOptions
    @OptionGroup var person: PersonOptions

    func run() throws {
        let loaded = source.loadForReading()
        defer { loaded.saveSnapshot?() }
        let store = loaded.result.store
        try person.validate(against: store)
        print(ControlCharacters.stripped(PlainText.list(content: store, language: person.lang ?? store.sourceLanguage, audience: person.audience)))
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one topic as plain text.")

    @OptionGroup var source: ContentOptions
    @OptionGroup var person: PersonOptions

    @Argument(help: "The topic id (see 'wegwijs list').")
    var topic: String

    func run() throws {
        let loaded = source.loadForReading()
        defer { loaded.saveSnapshot?() }
        let store = loaded.result.store
        try person.validate(against: store)
        guard let found = store.topic(topic) else {
            throw ValidationError("no topic '\(topic)'; 'wegwijs list' shows them")
        }
        if let audience = person.audience, !found.isFor(audience) {
            printError("wegwijs: note: '\(topic)' is not written for \(audience); showing the parts for everyone.")
        }
        print(ControlCharacters.stripped(PlainText.topic(found, content: store, language: person.lang ?? store.sourceLanguage, audience: person.audience)))
    }
}

/// Search as the search screen does, for scripts and for checking the ranking.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the topics, in any language: id, title, score and 'other-group' for a topic of another target group, tab-separated, best first.")

    @OptionGroup var source: ContentOptions
    @OptionGroup var person: PersonOptions

    @Argument(help: "What to look for; several words are one query.")
    var query: [String]

    @Option(help: "At most this many results.")
    var limit = 20

    func run() throws {
        let loaded = source.loadForReading()
        defer { loaded.saveSnapshot?() }
        let store = loaded.result.store
        try person.validate(against: store)
        let language = person.lang ?? store.sourceLanguage
        let index: SearchIndex
        do { index = try SearchIndex(content: store) } catch {
            printError("wegwijs: cannot build the search index: \(error)")
            throw ExitCode(1)
        }
        for result in index.search(query.joined(separator: " "), language: language, audience: person.audience, limit: limit) {
            guard let topic = store.topic(result.topicID) else { continue }
            let title = store.topicText(topic, .title, topic.title, language).text
            let score = threeDecimals(result.score)
            print(ControlCharacters.stripped([topic.id, title, score, result.isForAudience ? "" : "other-group"].joined(separator: "\t")))
        }
    }
}
