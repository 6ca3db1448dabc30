import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// ncursesw draws nothing but blanks for non-ASCII text unless the process locale is
/// UTF-8. Kiosks and service managers often start programs under LANG=C or with no
/// locale at all, so pick a UTF-8 locale ourselves when the environment gives none.
public enum TerminalLocale {
    /// Returns a warning to print on stderr when no UTF-8 locale could be set.
    @discardableResult
    public static func ensureUTF8() -> String? {
        if setlocale(LC_ALL, "") != nil, isUTF8() { return nil }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "nl_NL.UTF-8"] {
            if setlocale(LC_ALL, candidate) != nil, isUTF8() { return nil }
        }
        return "wegwijs: no UTF-8 locale is installed (tried the environment, C.UTF-8 and en_US.UTF-8); "
            + "text outside ASCII may not show. Install the 'locales' package or set LANG=C.UTF-8."
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
