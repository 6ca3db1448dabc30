/// What people type, and the topic of the shipped content they expect to find: the
/// acceptance table of the search (the tests require 95 % hits) and the workload of
/// the search benchmark. Data only: the engine never reads it.
///
/// Rows cover all six languages, with and without diacritics and harakat, typos,
/// words still being typed, Dutch words from official letters read in another
/// language, and names. A row says `.topThree` where several topics answer the query
/// equally (Veilig Thuis has its own section in the emergency, family and safety
/// topics), never to turn a miss into a hit.
public enum SearchAcceptanceQueries {
    public struct Row: Sendable {
        public enum Expectation: Sendable {
            case first
            case topThree
        }

        public var query: String
        public var language: String
        public var audience: String?
        public var topicID: String
        public var expectation: Expectation

        init(_ query: String, _ language: String, _ topicID: String, _ expectation: Expectation = .first,
             audience: String? = nil) {
            self.query = query
            self.language = language
            self.audience = audience
            self.topicID = topicID
            self.expectation = expectation
        }
    }

    public static let rows: [Row] = dutch + crossLanguage + names + english + polish + ukrainian + arabic + tigrinya
        + usabilityTest

    static let dutch: [Row] = [
        Row("huisarts", "nl", "health-huisarts"),
        Row("huisartsenpost", "nl", "health-huisarts", .topThree),
        Row("huisar", "nl", "health-huisarts", .topThree),                  // still typing
        Row("hausarts", "nl", "health-huisarts"),                           // typo (German spelling)
        Row("huisarst", "nl", "health-huisarts"),                           // swapped letters
        Row("zorgverzekring", "nl", "health-zorgverzekering"),
        Row("eigen risico", "nl", "health-zorgverzekering"),
        Row("inburgering", "nl", "language-nederlands-leren"),
        Row("taalles", "nl", "language-nederlands-leren"),
        Row("DigiD", "nl", "registration-brp-bsn"),
        Row("verhuizing doorgeven", "nl", "registration-brp-bsn"),
        Row("rijbewijs omwisselen", "nl", "transport-rijbewijs"),
        Row("ov-chipkaart", "nl", "transport-bus-en-ov"),
        Row("fietslicht", "nl", "transport-fietsen"),
        Row("minimumloon", "nl", "work-loon-en-rechten"),
        Row("werkvergunning", "nl", "work-mag-ik-werken"),
        Row("voogd", "nl", "registration-amv-voogd", audience: "unaccompanied-minor"),
        Row("psycholoog", "nl", "health-psychische-hulp"),
        Row("zwanger", "nl", "health-zwanger-en-baby"),
        Row("tandarst", "nl", "health-tandarts"),                           // swapped letters
        Row("KvK", "nl", "work-eigen-bedrijf"),
        Row("loonstrook", "nl", "work-loonstrook-en-pensioen"),
        Row("ik ben ziek", "nl", "health-huisarts"),                        // a sentence
        Row("waar kan ik Nederlands leren", "nl", "language-nederlands-leren"),
    ]

    /// Dutch words from letters and official papers, typed by someone reading another language.
    static let crossLanguage: [Row] = [
        Row("verwijsbrief", "ar", "health-huisarts"),
        Row("verwijsbrief", "pl", "health-huisarts"),
        Row("huisartsenpost", "pl", "health-huisarts", .topThree),
        Row("eigen risico", "pl", "health-zorgverzekering"),
        Row("zorgtoeslag", "ar", "health-zorgverzekering"),
        Row("inburgering", "ar", "language-nederlands-leren"),
        Row("BSN", "pl", "registration-brp-bsn", audience: "labour-migrant"),
        Row("BSN", "ar", "registration-amv-voogd", audience: "unaccompanied-minor"),
        Row("DigiD", "ar", "registration-brp-bsn"),
        Row("tewerkstellingsvergunning", "ar", "work-mag-ik-werken"),
        Row("tewerkstelingsvergunning", "pl", "work-mag-ik-werken"),        // one l missing
    ]

    static let names: [Row] = [
        Row("Veilig Thuis", "ar", "health-spoed-112", .topThree),      // also family and safety
        Row("veilig thuis", "uk", "health-spoed-112", .topThree),
        Row("FairWork", "pl", "work-loon-en-rechten", .topThree),
        Row("fairwrok", "en", "work-loon-en-rechten", .topThree),
        Row("Juridisch Loket", "nl", "help-waar-vragen"),
    ]

    static let english: [Row] = [
        Row("GP", "en", "health-huisarts"),
        Row("family doctor", "en", "health-huisarts"),
        Row("famly doctr", "en", "health-huisarts", .topThree),
        Row("health insurance", "en", "health-zorgverzekering"),
        Row("insurence", "en", "health-zorgverzekering"),
        Row("driving licence", "en", "transport-rijbewijs"),
        Row("driving license", "en", "transport-rijbewijs"),
        Row("bicycle lights", "en", "transport-fietsen"),
        Row("minimum wage", "en", "work-loon-en-rechten"),
        Row("work permit", "en", "work-mag-ik-werken"),
        Row("learn Dutch", "en", "language-nederlands-leren"),
        Row("emergency", "en", "health-spoed-112"),
        Row("domestic violence", "en", "health-spoed-112", .topThree), // also family and safety
        Row("guardian", "en", "registration-amv-voogd"),
        Row("bus ticket", "en", "transport-bus-en-ov"),
        Row("change of address", "en", "registration-brp-bsn"),
        Row("dentist", "en", "health-tandarts"),
        Row("pregnant", "en", "health-zwanger-en-baby"),
        Row("pension", "en", "work-loonstrook-en-pensioen"),
        Row("I am sick", "en", "health-huisarts"),
    ]

    static let polish: [Row] = [
        Row("lekarz", "pl", "health-huisarts"),
        Row("lekazr", "pl", "health-huisarts"),
        Row("dentysta", "pl", "health-tandarts"),
        Row("jestem chory", "pl", "health-huisarts"),
        Row("consultatiebureau", "pl", "health-zwanger-en-baby"),
        Row("ubezpieczenie", "pl", "health-zorgverzekering"),
        Row("ubezpieczenei", "pl", "health-zorgverzekering"),
        Row("ubezp", "pl", "health-zorgverzekering", .topThree),
        Row("prawo jazdy", "pl", "transport-rijbewijs"),
        Row("zameldowanie", "pl", "registration-brp-bsn"),
        Row("płaca minimalna", "pl", "work-loon-en-rechten"),
        Row("placa minimalna", "pl", "work-loon-en-rechten"),
        Row("rower", "pl", "transport-fietsen"),
        Row("pozwolenie na prace", "pl", "work-mag-ik-werken"),
        Row("nauka jezyka", "pl", "language-nederlands-leren"),
        Row("pogotowie", "pl", "health-spoed-112"),
    ]

    static let ukrainian: [Row] = [
        Row("лікар", "uk", "health-huisarts"),
        Row("лiкар", "uk", "health-huisarts"),                              // Latin i typed for і
        Row("страхування", "uk", "health-zorgverzekering"),
        Row("депресія", "uk", "health-psychische-hulp"),
        Row("стоматолог", "uk", "health-tandarts"),
        Row("страхуваня", "uk", "health-zorgverzekering"),
        Row("посвідчення водія", "uk", "transport-rijbewijs"),
        Row("посвід", "uk", "transport-rijbewijs", .topThree),
        Row("реєстрація", "uk", "registration-brp-bsn"),
        Row("велосипед", "uk", "transport-fietsen"),
        Row("зарплата", "uk", "work-loon-en-rechten"),
        Row("дозвіл на роботу", "uk", "work-mag-ik-werken"),
        Row("нідерландська мова", "uk", "language-nederlands-leren"),
        Row("прийомна сімʼя", "uk", "registration-amv-voogd"),               // U+02BC apostrophe
        Row("прийомна сім'я", "uk", "registration-amv-voogd"),               // typewriter apostrophe
    ]

    static let arabic: [Row] = [
        Row("طبيب", "ar", "health-huisarts"),
        Row("طَبِيب", "ar", "health-huisarts"),
        Row("الطبيب", "ar", "health-huisarts", .topThree),
        Row("حامل", "ar", "health-zwanger-en-baby"),                        // pregnant
        Row("اكتئاب", "ar", "health-psychische-hulp"),                      // depression
        Row("طبيت", "ar", "health-huisarts", .topThree),
        Row("تأمين صحي", "ar", "health-zorgverzekering"),
        Row("تامين صحى", "ar", "health-zorgverzekering"),                   // no hamza, alef maksura
        Row("التَّأْمِين الصِّحِّي", "ar", "health-zorgverzekering"),
        Row("رخصة قيادة", "ar", "transport-rijbewijs"),
        Row("رخصه قياده", "ar", "transport-rijbewijs"),
        Row("دراجة", "ar", "transport-fietsen"),
        Row("راتب", "ar", "work-loon-en-rechten"),
        Row("تصريح عمل", "ar", "work-mag-ik-werken"),
        Row("تعلم اللغة الهولندية", "ar", "language-nederlands-leren"),
        Row("١١٢", "ar", "health-spoed-112"),
        Row("الشرطة", "ar", "health-spoed-112", .topThree),
    ]

    static let tigrinya: [Row] = [
        Row("huisarts", "ti", "health-huisarts"),
        Row("health insurance", "ti", "health-zorgverzekering"),
        Row("DigiD", "ti", "registration-brp-bsn", audience: "permit-holder"),
        Row("112", "ti", "health-spoed-112"),
        Row("Nidos", "ti", "registration-amv-voogd", audience: "unaccompanied-minor"),
        Row("ሓኪም ስድራቤት", "ti", "health-huisarts"),                       // family doctor
        Row("ሓኪም", "ti", "health-huisarts"),                              // doctor
        Row("ሓኪም ስኒ", "ti", "health-tandarts"),                           // dentist
        Row("ጥንሲ", "ti", "health-zwanger-en-baby"),                       // pregnancy
        Row("ብሽክለታ", "ti", "transport-fietsen"),                         // bicycle
        Row("ብሽክሌታ", "ti", "transport-fietsen"),                         // bicycle, other spelling
        Row("ኣውቶቡስ", "ti", "transport-bus-en-ov"),                        // bus
        Row("ሆላንድኛ", "ti", "language-nederlands-leren"),                  // Dutch (language)
        Row("መንጃ ፍቓድ", "ti", "transport-rijbewijs"),                      // driving licence
        Row("ሞግዚት", "ti", "registration-amv-voogd", audience: "unaccompanied-minor"), // guardian
    ]

    /// Queries the December 2026 usability test (../shared/audits/ux-2026-12.md,
    /// table (d)) found wrong, with the reader's group it was typed in.
    static let usabilityTest: [Row] = [
        Row("tandarts kosten", "nl", "health-tandarts", audience: "asylum-seeker"),
        Row("fiets kopen", "nl", "transport-fietsen", audience: "asylum-seeker"),
        Row("nauka holenderskiego", "pl", "language-nederlands-leren", audience: "labour-migrant"),
        Row("робота", "uk", "work-werk-zoeken", audience: "ukrainian"),
        Row("طبيب", "ar", "health-huisarts", audience: "asylum-seeker"),
        Row("دكتور", "ar", "health-huisarts", audience: "asylum-seeker"),
        Row("بيت", "ar", "housing-wonen", audience: "permit-holder"),
        Row("ሓኪም", "ti", "health-huisarts", audience: "unaccompanied-minor"),
        Row("ሐኪም", "ti", "health-huisarts", audience: "unaccompanied-minor"),
        Row("ሞግዚተይ መን እዩ", "ti", "registration-amv-voogd", audience: "unaccompanied-minor"),
        Row("ስራሕ", "ti", "work-mag-ik-werken", audience: "unaccompanied-minor"),
        Row("hoe kan ik een huisarts vinden", "nl", "health-huisarts", audience: "asylum-seeker"),
        Row("ik woon in het azc en ik wil graag weten waar ik nederlands kan leren", "nl", "language-nederlands-leren", audience: "asylum-seeker"),
        Row("where do I find a doctor at night", "en", "health-huisarts", audience: "permit-holder"),
        Row("jak znaleźć mieszkanie w emmeloord", "pl", "housing-wonen", audience: "labour-migrant"),
        Row("gdzie dostanę numer bsn", "pl", "registration-brp-bsn", audience: "labour-migrant"),
        Row("pracodawca nie płaci", "pl", "work-loon-en-rechten", audience: "labour-migrant"),
        Row("де знайти лікаря вночі", "uk", "health-huisarts", audience: "ukrainian"),
        Row("ሓኪም ኣበይ ይረክብ", "ti", "health-huisarts", audience: "unaccompanied-minor"),
        Row("ሞግዚተይ", "ti", "registration-amv-voogd", audience: "unaccompanied-minor"),
        Row("ሓኪመይ", "ti", "health-huisarts", audience: "unaccompanied-minor"),
    ]
}
