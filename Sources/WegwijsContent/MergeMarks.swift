/// Keeps machine translations honest across `msgmerge --previous`.
///
/// msgmerge records the previous msgid (`#|`) only for entries that were *not* fuzzy.
/// Our machine translations are fuzzy, so when their Dutch source changed, msgmerge
/// silently attached the old translation to the new text and a reader would see a
/// translation of what the Dutch used to say. So before merging, machine translations
/// lose their fuzzy flag and get a marker comment; after merging, the ones whose source
/// did not change get their flag back, and the ones msgmerge made fuzzy keep the `#|`
/// it wrote: outdated, never shown as current.
public enum MergeMarks {
    static let marker = "wegwijs: machine translation"

    /// Before msgmerge.
    public static func prepare(_ file: POFile) -> POFile {
        var file = file
        for index in file.entries.indices {
            let entry = file.entries[index]
            guard !entry.obsolete, entry.isFuzzy, entry.isTranslated,
                  entry.previousID == nil, entry.previousContext == nil else { continue }
            file.entries[index].flags.removeAll { $0 == "fuzzy" }
            file.entries[index].translatorComments.append(marker)
        }
        return file
    }

    /// After msgmerge.
    public static func restore(_ file: POFile) -> POFile {
        var file = file
        for index in file.entries.indices where file.entries[index].translatorComments.contains(marker) {
            file.entries[index].translatorComments.removeAll { $0 == marker }
            // Unchanged source: still a machine translation. Changed: msgmerge made it
            // fuzzy with the previous msgid, which is what "outdated" means.
            if !file.entries[index].isFuzzy { file.entries[index].flags.append("fuzzy") }
        }
        return file
    }
}
