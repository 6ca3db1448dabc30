// swift-tools-version:6.0
import PackageDescription

// Wegwijs: a pure core (content, text layout, app state/update/view) and a thin
// ncurses backend. See README.md ("Architecture").
let package = Package(
    name: "Wegwijs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wegwijs", targets: ["wegwijs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // ncursesw (wide-character ncurses). The shim defines NCURSES_WIDECHAR and wraps
        // the macros and globals Swift cannot see.
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libfribidi: bidi algorithm and Arabic shaping.
        .systemLibrary(
            name: "CFriBidi",
            pkgConfig: "fribidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        // Display width, wrapping, bidi reordering and shaping of text in any script. No terminal here.
        .target(name: "WegwijsText", dependencies: ["CFriBidi"]),
        // libyaml: the YAML parser, through its document API (no Foundation, no ICU data).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Content store: languages, audiences, categories, topics, PO catalogs, fallback, validation.
        .target(
            name: "WegwijsContent",
            dependencies: ["WegwijsText", "CYAML"]
        ),
        // SQLite with FTS5, for search.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Multilingual, typo-tolerant search: normalisation in front of an FTS5 index.
        .target(name: "WegwijsSearch", dependencies: ["WegwijsContent", "WegwijsText", "CSQLite"]),
        // The pure application: State, Event, update, view -> Frame. No terminal, no files, no clock.
        // Search reaches it through WegwijsContent's TopicSearch protocol: no SQLite here.
        .target(name: "WegwijsApp", dependencies: ["WegwijsContent", "WegwijsText"]),
        // The program loop: State, effects and the kept page, over a Backend and a clock
        // (ncurses in WegwijsTerminal, TestBackend here). No terminal, SQLite or files.
        .target(name: "WegwijsProgram", dependencies: ["WegwijsApp", "WegwijsContent"]),
        // The town-hall kiosk: configuration, the administrator's key sequence, content
        // change detection and structured logging. No terminal here either.
        .target(
            name: "WegwijsKiosk",
            dependencies: ["WegwijsApp", "WegwijsProgram", "WegwijsContent", "WegwijsText",
                           .product(name: "Logging", package: "swift-log")]
        ),
        // libqrencode: QR code symbols.
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // QR codes: a module matrix, Unicode half-block lines for a frame, SVG and PGM images.
        .target(name: "WegwijsQR", dependencies: ["CQREncode", "WegwijsText"]),
        // Printable handouts: a topic resolved for one group and language, HTML, PDF
        // (WeasyPrint), the QR codes as files, printing through CUPS `lp`.
        .target(name: "WegwijsHandout", dependencies: ["WegwijsContent", "WegwijsApp", "WegwijsQR"]),
        // Anonymous usage counts per day (SQLite, privacy first), the report renderers and
        // the fleet-health metrics file. No terminal, no Foundation (FoundationEssentials at most).
        .target(name: "WegwijsInsights", dependencies: ["CSQLite", "WegwijsText"]),
        // Signal flags for the main loop (C: handlers must be async-signal-safe).
        .target(name: "CSignals"),
        // The only code that talks to the terminal.
        .target(name: "WegwijsTerminal", dependencies: ["CNCursesW", "CSignals", "WegwijsApp", "WegwijsProgram"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "wegwijs",
            dependencies: [
                "WegwijsContent", "WegwijsApp", "WegwijsProgram", "WegwijsTerminal", "WegwijsKiosk", "WegwijsTranslations",
                "WegwijsHandout", "WegwijsInsights",
                .product(name: "Logging", package: "swift-log"), "WegwijsSearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The translators' workflow: the template from the content, msgmerge/msgcat through
        // a small process runner. FoundationEssentials only.
        .target(name: "WegwijsTranslations", dependencies: ["WegwijsContent"]),
        // A pseudo-terminal for the start-up benchmark (C: feature macros).
        .target(name: "CPseudoTerminal"),
        // `make bench`: start-up, key press, memory, text layout and search figures.
        .executableTarget(
            name: "wegwijs-bench",
            dependencies: ["WegwijsText", "WegwijsContent", "WegwijsApp", "WegwijsSearch", "CPseudoTerminal"]
        ),
        // libFuzzer's entry point, or a replay of saved inputs when libFuzzer is not
        // linked in (C: a weak symbol the runtime overrides).
        .target(name: "CFuzzDriver"),
        // `make fuzz`: coverage-guided fuzzing of the parsers, the snapshot decoder and
        // text layout. In other builds it replays the input files it is given.
        .executableTarget(
            name: "wegwijs-fuzz",
            dependencies: ["CFuzzDriver", "WegwijsContent", "WegwijsSearch", "WegwijsText"]
        ),
        .testTarget(name: "WegwijsTextTests", dependencies: ["WegwijsText"]),
        .testTarget(name: "WegwijsKioskTests", dependencies: ["WegwijsKiosk", "WegwijsApp", "WegwijsProgram", "WegwijsContent",
                                                            .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "WegwijsTranslationsTests", dependencies: ["WegwijsTranslations", "WegwijsContent"]),
        .testTarget(name: "WegwijsProgramTests", dependencies: ["WegwijsProgram", "WegwijsApp", "WegwijsContent"]),
        .testTarget(name: "WegwijsHandoutTests", dependencies: ["WegwijsHandout", "WegwijsQR", "WegwijsContent"]),
        .testTarget(name: "WegwijsInsightsTests", dependencies: ["WegwijsInsights"]),
        .testTarget(name: "WegwijsSearchTests", dependencies: ["WegwijsSearch", "WegwijsContent"]),
        .testTarget(
            name: "WegwijsContentTests",
            dependencies: ["WegwijsContent"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "WegwijsAppTests", dependencies: ["WegwijsApp", "WegwijsContent", "WegwijsSearch"],
                    exclude: ["Golden"]),
        // Drive the real binary in tmux; depends on it so `swift build --build-tests` builds it.
        .testTarget(name: "EndToEndTests", dependencies: ["wegwijs", "WegwijsInsights"]),
    ]
)
