import ArgumentParser
import WegwijsContent
import WegwijsTranslations

/// The translators' workflow, on GNU gettext's own tools.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Update the PO files from the content, or show how far each language is.",
        subcommands: [Update.self, Status.self]
    )

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate Translations/wegwijs.pot from Content/ and merge it into every PO file (msgmerge --previous).")

        @OptionGroup var source: ContentOptions

        func run() throws {
            let location = source.location
            do {
                let report = try TranslationWorkflow.update(source.load(today: nil), content: location.content,
                                                            translations: location.translations, today: Today.string)
                for line in report { print(line) }
            } catch let failure as TranslationWorkflow.Failure {
                printError(failure.description)
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Per language: reviewed, machine-translated, outdated and missing entries.")

        @OptionGroup var source: ContentOptions

        func run() throws {
            let store = source.load(today: nil).store
            print(TranslationStatus.report(store))
        }
    }
}
