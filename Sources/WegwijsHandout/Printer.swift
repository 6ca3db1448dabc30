/// A CUPS printer the kiosk can send a handout to (`printer:` in kiosk.yaml; off when
/// not set). Through `lp`, so every printer CUPS knows works and nothing here speaks IPP.
public struct Printer: Equatable, Sendable {
    /// The CUPS destination name (`lpstat -p` lists them).
    public var destination: String
    /// The `lp` program; a test puts a stand-in here.
    public var command: String

    public init(destination: String, command: String = "lp") {
        self.destination = destination
        self.command = command
    }

    /// Queues the PDF; returns lp's answer ("request id is ..."). One copy, A4, both
    /// sides when the printer can (a handout of many pages is then half the paper).
    @discardableResult
    public func print(pdfPath: String, title: String) throws(ProcessRunner.Failure) -> String {
        let outcome = try ProcessRunner.run([command, "-d", destination, "-n", "1", "-t", title,
                                             "-o", "media=A4", "-o", "sides=two-sided-long-edge", "--", pdfPath])
        guard outcome.succeeded else {
            throw ProcessRunner.Failure(description: "lp failed (exit \(outcome.status)): \(outcome.output)")
        }
        return outcome.output
    }
}
