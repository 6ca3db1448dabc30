import Foundation
import WegwijsText

/// `logical` with its scalars in reverse: how a right-to-left run of it is drawn, left
/// to right. Golden lines are written with it, so Arabic stays readable in the source.
func r(_ logical: String) -> String {
    String(String.UnicodeScalarView(logical.unicodeScalars.reversed()))
}

/// A visual line with the Arabic presentation forms taken back to the letters they
/// show. A lam-alef ligature is drawn with the lam on the right, so it becomes alef
/// then lam, as `r` writes it.
func unshaped(_ visual: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in visual.unicodeScalars {
        if (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFC).contains(scalar.value) {
            result.append(contentsOf: String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.reversed())
        } else {
            result.append(scalar)
        }
    }
    return String(result)
}

/// The lines of `wrap`, unshaped (see `unshaped`).
func wrapped(_ text: String, _ width: Int, _ direction: TextDirection = .rightToLeft) -> [String] {
    TextLayout.wrap(text, width: width, direction: direction).map { unshaped($0.text) }
}

/// Scalar values in hex, for messages about invisible characters.
func hex(_ text: String) -> String {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}

enum Samples {
    static let veiligThuis = "اتصل بـ Veilig Thuis على الرقم 0800-2000 (مجاني، 24/7)."
    static let website = "موقع الويب: https://www.nlarbeidsinspectie.nl للإبلاغ عن الاستغلال."
    static let inspectie = "اتصل بـ Nederlandse Arbeidsinspectie على الرقم +31 70 333 5678 (من الاثنين إلى الجمعة)."

    /// Every script and trap at once: Arabic with harakat, lam-alef and numbers, Latin,
    /// decomposed Polish and Ukrainian, Tigrinya, wide CJK, an emoji with a skin tone,
    /// tabs, newlines, controls and bidi marks.
    static let mixed = """
        Welkom!\tWitaj, \("zażółć gęślą jaźń".decomposedStringWithCanonicalMapping) — \
        \("Ласкаво просимо, зверніться до гарячої лінії".decomposedStringWithCanonicalMapping).
        ሓበሬታ ብዛዕባ ስራሕ፣ ገዛን ጥዕናን ኣብ ኔዘርላንድ። \u{0007}\u{200F}مَرْحَبًا بكم في هولندا: \
        السلام عليكم، اتصل بـ Veilig Thuis على 0800-2000 أو +31 70 333 5678 👍🏽 \
        東京 https://www.nlarbeidsinspectie.nl/melden (مجاني)\u{200B}.
        """
}
