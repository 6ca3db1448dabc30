import FoundationEssentials
import WegwijsApp
import WegwijsContent
import WegwijsText

extension KioskConfig {
    public enum LoadFailure: Error, CustomStringConvertible {
        case unreadable(String)
        case invalid([Diagnostic])

        public var description: String {
            switch self {
            case .unreadable(let path): return "cannot read the kiosk settings \(path)"
            case .invalid(let errors): return errors.map(\.description).joined(separator: "\n")
            }
        }
    }

    /// The kiosk's settings from `path`, or from the default file. A missing default file
    /// means the defaults; a file named but unreadable, or a broken one, stops the kiosk.
    /// - Returns: the settings and what the person starting it should know.
    public static func load(path: String?) throws -> (config: KioskConfig, warnings: [String]) {
        let file = path ?? defaultPath
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            if path != nil { throw LoadFailure.unreadable(file) }
            return (KioskConfig(), ["wegwijs: no \(file): kiosk defaults, and no administrator key sequence (only SIGTERM ends the kiosk)"])
        }
        let (settings, errors) = parse(text, file: file)
        if !errors.isEmpty { throw LoadFailure.invalid(errors) }
        let warnings = settings.adminSequence.isEmpty ? ["wegwijs: no admin-sequence in \(file): only SIGTERM ends the kiosk"] : []
        return (settings, warnings)
    }

    /// How the app behaves at this kiosk: no quitting.
    public func appConfig(bidiMode: BidiMode) -> AppConfig {
        AppConfig(allowQuit: false, bidiMode: bidiMode, countUsage: usageCounts)
    }

    /// The idle countdown and reset, from idle-seconds and countdown-seconds.
    public var idlePolicy: IdlePolicy {
        IdlePolicy(idleSeconds: Double(idleSeconds), countdownSeconds: Double(countdownSeconds))
    }

    /// The kiosk's rules around the app's update.
    public var reducer: KioskReducer {
        KioskReducer(adminSequence: adminSequence, pollSeconds: Double(contentPollSeconds), idle: idlePolicy)
    }
}
