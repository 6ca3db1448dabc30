/// Words that say nothing about what a person looks for: "ik ben ziek", "where can I
/// learn Dutch", "jestem chory". A query in whole sentences otherwise ranks first the
/// topic that happens to contain "ik" and "ben" along with "ziek" (a topic that
/// speaks to the reader), not the one about being ill.
///
/// One list for all languages, because a query may be in any of them. Only words
/// that are never what someone searches for in any of the six languages: no word
/// that is a topic word elsewhere ("die", "bus", "post" stay). Tigrinya joins these
/// words to the next one (ብ-, ኣብ-), so it has no separate list.
///
/// Used for queries only: the index keeps every word, so a search made of nothing
/// but these words still finds something.
enum StopWords {
    static let normalized: Set<String> = {
        let lists = [
            // Dutch
            "ik ben je jij u uw mijn we wij ze zij hij het de een en of in op aan van voor met bij naar om te "
                + "is zijn was heb heeft hebben kan kun kunt mag moet wil waar hoe wat wie wanneer welke er "
                + "dat dit niet geen ook nog al dan als maar hier daar iets mijn onze "
                // Verbs every question has ("hoe kan ik ... vinden"): "werk vinden" is a
                // keyword of the jobs topic, and would outrank the huisarts asked for.
                + "vinden krijgen graag weten",
            // English
            "i me my am is are was be the a an and or in on at of for to with from by about how where "
                + "what who when which can could do does i'm im it this that there not no any some you your "
                + "find get",
            // Polish
            "jestem jest się sie w we na do z ze i a o jak gdzie co kto kiedy czy mogę moge mój moj moja "
                + "mam ma to ten ta nie tak znaleźć znalezc znajdę znajde dostać dostac dostanę dostane",
            // Ukrainian
            "я мені мене мій моя в у на до з із і й та як де що хто коли чи можу є це не так знайти отримати",
            // Arabic (normalised: hamza and ta marbuta are folded by SearchNormalizer)
            "أنا انا في من إلى الى على عن مع هل كيف أين اين ما ماذا متى هذا هذه أن ان لا لي عندي أجد اجد",
            // Tigrinya: the question words that stand alone (where, who, what, how, is,
            // "I find"); prepositions are joined to the word and handled by TigrinyaAffixes.
            "ኣበይ መን እንታይ ከመይ እዩ እየ ይረክብ ክረክብ",
        ]
        var set: Set<String> = []
        for list in lists {
            for word in SearchNormalizer.words(list) { set.insert(word) }
        }
        return set
    }()

    static func contains(_ normalizedWord: String) -> Bool { normalized.contains(normalizedWord) }
}
