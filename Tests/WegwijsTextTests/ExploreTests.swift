import XCTest
@testable import WegwijsText

final class ExploreTests: XCTestCase {
    func testExplore() {
        let samples = [
            "اتصل بـ Veilig Thuis على الرقم 0800-2000 (مجاني، 24/7).",
            "موقع الويب: https://www.nlarbeidsinspectie.nl للإبلاغ عن الاستغلال.",
            "اتصل بـ Nederlandse Arbeidsinspectie على الرقم +31 70 333 5678 (من الاثنين إلى الجمعة).",
        ]
        for s in samples {
            for w in [20, 40, 80] {
                print("== \(w)")
                for l in TextLayout.wrap(s, width: w, direction: .rightToLeft) {
                    print("[\(l.text)] \(l.width) " + l.text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
            }
        }
    }
}
