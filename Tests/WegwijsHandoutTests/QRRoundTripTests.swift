import Foundation
import WegwijsHandout
import WegwijsQR
import XCTest

/// Every kind of QR code Wegwijs makes, read back by a real decoder (zbarimg).
final class QRRoundTripTests: XCTestCase {
    let payloads = [
        QRPayload.website("https://www.gzasielzoekers.nl"),
        QRPayload.phone("0800-2000")!,
        QRPayload.map("Nijenbeek 4a, 8303 ZX Emmeloord"),
    ]

    func testPayloadsAreLinksAPhoneOpens() {
        XCTAssertEqual(QRPayload.phone("0800 - 2000"), "tel:08002000")
        XCTAssertEqual(QRPayload.phone("+31 (0)527 123"), "tel:+310527123")
        XCTAssertNil(QRPayload.phone("geen nummer"))
        XCTAssertEqual(QRPayload.map("Straat 1, Emmeloord"), "https://www.openstreetmap.org/search?query=Straat%201%2C%20Emmeloord")
        XCTAssertEqual(QRPayload.map("Ééndracht"), "https://www.openstreetmap.org/search?query=%C3%89%C3%A9ndracht")
    }

    func testEachKindDecodesFromAnImageToTheSameText() throws {
        let folder = try temporaryFolder("qr")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, payload) in payloads.enumerated() {
            let code = try XCTUnwrap(QRCode(payload))
            let file = folder.appendingPathComponent("\(index).pgm")
            try Data(QRImage.pgm(code, scale: 4)).write(to: file)
            XCTAssertEqual(try decodeQRCodes(in: file.path), [payload])
        }
    }

    /// The text a terminal shows, turned back into pixels as the terminal would draw
    /// it (each cell one pixel wide and two high: upper and lower half).
    func testHalfBlockTextDecodesToTheSameText() throws {
        let folder = try temporaryFolder("qr-text")
        defer { try? FileManager.default.removeItem(at: folder) }
        for ink in [HalfBlocks.Ink.light, .dark] {
            for (index, payload) in payloads.enumerated() {
                let code = try XCTUnwrap(QRCode(payload))
                let lines = HalfBlocks.lines(code, ink: ink).map(Array.init)
                XCTAssertEqual(lines.count, (code.sizeWithQuietZone + 1) / 2)
                XCTAssertTrue(lines.allSatisfy { $0.count == code.sizeWithQuietZone }, "every line as wide as the code")
                let image = QRImage.pgm(width: code.sizeWithQuietZone, height: lines.count * 2, scale: 4) { row, column in
                    let cell = lines[row / 2][column]
                    let drawn = row % 2 == 0 ? (cell == "█" || cell == "▀") : (cell == "█" || cell == "▄")
                    // Light ink (white on black): a drawn half is a light module.
                    return ink == .light ? !drawn : drawn
                }
                let file = folder.appendingPathComponent("\(index)-\(ink).pgm")
                try Data(image).write(to: file)
                XCTAssertEqual(try decodeQRCodes(in: file.path), [payload], "\(ink) ink")
            }
        }
    }

    func testTheQuietZoneIsFourLightModulesOnEverySide() throws {
        let code = try XCTUnwrap(QRCode("https://www.coa.nl"))
        let side = code.sizeWithQuietZone
        XCTAssertEqual(side, code.size + 8)
        for i in 0..<side {
            for edge in 0..<4 {
                XCTAssertFalse(code.isDarkWithQuietZone(row: edge, column: i))
                XCTAssertFalse(code.isDarkWithQuietZone(row: side - 1 - edge, column: i))
                XCTAssertFalse(code.isDarkWithQuietZone(row: i, column: edge))
                XCTAssertFalse(code.isDarkWithQuietZone(row: i, column: side - 1 - edge))
            }
        }
        // The first text line is quiet zone: in light ink, all drawn.
        XCTAssertEqual(HalfBlocks.lines(code).first, String(repeating: "█", count: side))
    }

    func testTheSVGHoldsTheSameModules() throws {
        let code = try XCTUnwrap(QRCode("tel:112"))
        let svg = QRImage.svg(code, title: "tel:112")
        XCTAssertTrue(svg.contains("viewBox=\"0 0 \(code.sizeWithQuietZone) \(code.sizeWithQuietZone)\""))
        XCTAssertTrue(svg.contains("<title>tel:112</title>"))
        // One unit square per dark module, in runs: the areas add up.
        let runs = svg.split(separator: "h").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertEqual(runs.reduce(0, +), code.modules.filter { $0 }.count)
    }

    func testTooMuchTextIsNoCode() {
        XCTAssertNil(QRCode(String(repeating: "x", count: 5_000)))
        XCTAssertNil(QRCode(""))
    }
}
