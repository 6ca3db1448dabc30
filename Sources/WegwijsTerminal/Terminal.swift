import CNCursesW
import CSignals
import WegwijsApp
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal delivers, before the app gives it a meaning.
public enum TerminalInput: Equatable {
    case key(Key)
    case click(column: Int, row: Int)
    case wheel(Int)
    case resize(Size)
    case signal(Int32)
    case timeout
    /// The terminal is gone (its window closed, the pty's other end hung up).
    case hangup
}

/// The ncurses backend: the only place that calls curses. It draws frames (redrawing
/// only rows that changed) and reads keys, mouse events and resizes. Not thread-safe,
/// like ncurses itself: use it from one thread.
public final class Terminal {
    private var previous: Frame?
    private var stylesAttributes: [Style: (attr_t, Int16)] = [:]
    private var isOpen = false
    private let turnedOffTerminalBidi: Bool
    /// Whether the terminal's cursor is shown (on the search screen's query line).
    private var cursorShown = false
    /// Between the terminal's bracketed-paste markers: a line break in pasted text is a
    /// space, not Enter, so pasting "huisarts" and its newline into the search does not
    /// open the first result.
    private var pasting = false

    /// - Parameter appDoesBidi: the app reorders and shapes right-to-left text itself,
    ///   so a VTE terminal (GNOME Terminal) must not do it a second time.
    /// - Parameter raw: raw mode (the kiosk): Ctrl-C, Ctrl-Z and Ctrl-\ arrive as
    ///   characters instead of signals.
    public init(useColor: Bool, appDoesBidi: Bool = true, raw: Bool = false) {
        // Before curses changes them: the modes a crash handler puts back (audit D12).
        ww_install_crash_restore()
        initscr()
        isOpen = true
        turnedOffTerminalBidi = appDoesBidi
        // BDSM, "CSI 8 l": VTE's explicit bidi mode (the application's order is the
        // visual order). Other terminals ignore a mode they do not know.
        if appDoesBidi { Terminal.writeRaw("\u{1B}[8l") }
        if raw { CNCursesW.raw() } else { cbreak() }
        noecho()
        nonl()
        intrflush(ww_stdscr(), false)
        keypad(ww_stdscr(), true)
        // Bracketed paste (xterm, VTE, kitty, tmux...): the terminal marks pasted text
        // with these sequences; ncurses reports them as two keys of our own.
        define_key("\u{1B}[200~", ww_key_paste_start())
        define_key("\u{1B}[201~", ww_key_paste_end())
        Terminal.writeRaw("\u{1B}[?2004h")
        set_escdelay(25)
        curs_set(0)
        mousemask(ww_button1_pressed() | ww_button4_pressed() | ww_button5_pressed(), nil)
        mouseinterval(0)
        stylesAttributes = Terminal.makeStyles(useColor: useColor && has_colors())
    }

    deinit { close() }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        Terminal.writeRaw("\u{1B}[?2004l")
        // Back to VTE's default, implicit bidi, for the shell that follows.
        if turnedOffTerminalBidi { Terminal.writeRaw("\u{1B}[8h") }
    }

    /// True when the terminal behind standard input has hung up: reads would fail at
    /// once forever, and a loop waiting for keys would spin.
    public static func inputIsGone() -> Bool {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) >= 0 else { return true }
        return poller.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Bytes straight to the terminal, outside ncurses' screen model.
    static func writeRaw(_ sequence: String) {
        fflush(nil) // whatever C stdio still buffers goes first
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    public var size: Size {
        Size(columns: Int(ww_cols()), rows: Int(ww_lines()))
    }

    /// Draws a frame, writing only rows that differ from the previous one.
    public func draw(_ frame: Frame) {
        let full = previous.map { $0.width != frame.width || $0.height != frame.height } ?? true
        if full { werase(ww_stdscr()) }
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<frame.height {
            if !full, let previous, previous.row(y) == frame.row(y) { continue }
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.text.isEmpty { continue } // second half of a wide character
                let (attributes, pair) = stylesAttributes[cell.style] ?? (0, 0)
                buffer.removeAll(keepingCapacity: true)
                for scalar in cell.text.unicodeScalars.prefix(5) { buffer.append(wchar_t(bitPattern: scalar.value)) }
                buffer.append(0)
                _ = ww_put_cluster(Int32(y), Int32(x), buffer, attributes, pair)
            }
        }
        if let cursor = frame.cursor, cursor.x >= 0, cursor.x < frame.width, cursor.y >= 0, cursor.y < frame.height {
            wmove(ww_stdscr(), Int32(cursor.y), Int32(cursor.x))
            if !cursorShown { curs_set(1) }
            cursorShown = true
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wrefresh(ww_stdscr())
        previous = frame
    }

    /// Forget what is on screen: the next draw repaints everything.
    public func invalidate() {
        previous = nil
        clearok(ww_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` for input.
    public func next(timeoutMilliseconds: Int32) -> TerminalInput {
        let signal = ww_take_pending_signal()
        if signal != 0 { return .signal(signal) }
        wtimeout(ww_stdscr(), timeoutMilliseconds)
        var character: wint_t = 0
        let status = wget_wch(ww_stdscr(), &character)
        let caught = ww_take_pending_signal()
        if caught != 0 { return .signal(caught) }
        if status == ERR { return Terminal.inputIsGone() ? .hangup : .timeout }
        if status == ww_key_code_yes() { return keyCode(Int32(character)) }
        return typed(UInt32(character))
    }

    private func typed(_ value: UInt32) -> TerminalInput {
        if pasting && (value == 9 || value == 10 || value == 13) { return .key(.character(" ")) }
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return .timeout }
            return .key(.character(Character(scalar)))
        }
    }

    private func keyCode(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case ww_key_paste_start():
            pasting = true
            return .timeout
        case ww_key_paste_end():
            pasting = false
            return .timeout
        case ww_key_resize():
            invalidate()
            return .resize(size)
        case ww_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .timeout }
            if event.bstate & ww_button4_pressed() != 0 { return .wheel(-3) }
            if ww_button5_pressed() != 0 && event.bstate & ww_button5_pressed() != 0 { return .wheel(3) }
            if event.bstate & ww_button1_pressed() != 0 { return .click(column: Int(event.x), row: Int(event.y)) }
            return .timeout
        default:
            if code >= ww_key_f(1) && code <= ww_key_f(12) { return .key(.function(Int(code - ww_key_f(0)))) }
            return .timeout
        }
    }

    /// Colours where the terminal has them; attributes alone must stay readable
    /// (NO_COLOR, monochrome terminals), so every style also differs in attributes.
    static func makeStyles(useColor: Bool) -> [Style: (attr_t, Int16)] {
        let bold = attr_t(ww_a_bold()), reverse = attr_t(ww_a_reverse())
        let underline = attr_t(ww_a_underline()), dim = attr_t(ww_a_dim())
        var styles: [Style: (attr_t, Int16)] = [
            .normal: (0, 0), .header: (reverse | bold, 0), .title: (bold, 0), .heading: (bold | underline, 0),
            .selected: (reverse | bold, 0), .dim: (dim, 0), .note: (bold, 0), .keybar: (reverse, 0),
            .key: (bold, 0), .number: (0, 0), .link: (underline, 0), .warning: (bold, 0),
            .input: (underline, 0), .cursor: (reverse, 0), .highlight: (bold | underline, 0),
        ]
        guard useColor else { return styles }
        start_color()
        use_default_colors()
        let pairs: [(Style, Int16, Int16, attr_t)] = [
            (.header, Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold),
            (.title, Int16(COLOR_CYAN), -1, bold),
            (.heading, Int16(COLOR_YELLOW), -1, bold),
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold),
            (.note, Int16(COLOR_MAGENTA), -1, bold),
            (.keybar, Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0),
            (.key, Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold),
            (.number, Int16(COLOR_CYAN), -1, 0),
            (.link, Int16(COLOR_CYAN), -1, underline),
            (.warning, Int16(COLOR_YELLOW), -1, bold),
            (.highlight, Int16(COLOR_YELLOW), -1, bold | underline),
        ]
        for (index, (style, foreground, background, attributes)) in pairs.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, foreground, background)
            styles[style] = (attributes, pair)
        }
        return styles
    }
}
