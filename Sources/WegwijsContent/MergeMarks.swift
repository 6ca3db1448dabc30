/// Keeps translation states honest across `msgmerge --previous`.
///
/// msgmerge records the previous msgid (`#|`) only when it makes a *translated*
/// (non-fuzzy) entry fuzzy, and it drops the `#|` lines of entries that were fuzzy
/// already. Our machine translations are fuzzy, and outdated entries are fuzzy with a
/// `#|`: left alone, a second update would turn an outdated translation into a
/// "current" machine translation, and a machine translation of changed Dutch would be
/// attached silently to the new text.
///
/// So before merging, both lose their fuzzy flag (and the outdated ones their `#|`)
/// and get marker comments; msgmerge then treats them as translations and marks the
/// changed ones. After merging:
/// - a machine translation whose Dutch did not change is fuzzy again (machine);
/// - one whose Dutch changed keeps msgmerge's fuzzy and `#|`: outdated;
/// - an outdated entry is fuzzy again with the previous msgid it had: still outdated.
public enum MergeMarks {
    static let machine = "wegwijs: machine translation"
    static let previousPrefix = "wegwijs: previous msgid "
    static let previousContextPrefix = "wegwijs: previous msgctxt "

    /// Before msgmerge.
    public static func prepare(_ file: POFile) -> POFile {
        var file = file
        for index in file.entries.indices {
            let entry = file.entries[index]
            guard !entry.obsolete, entry.isFuzzy, entry.isTranslated else { continue }
            file.entries[index].flags.removeAll { $0 == "fuzzy" }
            if entry.previousID == nil && entry.previousContext == nil {
                file.entries[index].translatorComments.append(machine)
            } else {
                if let previous = entry.previousID {
                    file.entries[index].translatorComments.append(previousPrefix + escape(previous))
                }
                if let previous = entry.previousContext {
                    file.entries[index].translatorComments.append(previousContextPrefix + escape(previous))
                }
                file.entries[index].previousID = nil
                file.entries[index].previousContext = nil
            }
        }
        return file
    }

    /// After msgmerge.
    public static func restore(_ file: POFile) -> POFile {
        var file = file
        for index in file.entries.indices {
            var entry = file.entries[index]
            let comments = entry.translatorComments
            let storedPrevious = comments.first { $0.hasPrefix(previousPrefix) }.map { unescape(String($0.dropFirst(previousPrefix.count))) }
            let storedContext = comments.first { $0.hasPrefix(previousContextPrefix) }.map { unescape(String($0.dropFirst(previousContextPrefix.count))) }
            let wasMachine = comments.contains(machine)
            guard wasMachine || storedPrevious != nil || storedContext != nil else { continue }
            entry.translatorComments.removeAll { $0 == machine || $0.hasPrefix(previousPrefix) || $0.hasPrefix(previousContextPrefix) }
            if storedPrevious != nil || storedContext != nil {
                // Outdated before, outdated now: what the translation was made from.
                entry.previousID = storedPrevious ?? entry.previousID
                entry.previousContext = storedContext ?? entry.previousContext
            }
            if !entry.isFuzzy { entry.flags.append("fuzzy") }
            file.entries[index] = entry
        }
        return file
    }

    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
