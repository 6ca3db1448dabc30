// TEMPORARY until WegwijsText gains BidiMode: delete this file then.
import WegwijsText
public enum BidiMode: String, Sendable { case app, terminal }
extension TextLayout {
    static func wrap(_ p: String, width: Int, direction: TextDirection, mode: BidiMode) -> [VisualLine] {
        wrap(p, width: width, direction: direction)
    }
    static func singleLine(_ p: String, width: Int, direction: TextDirection, mode: BidiMode) -> VisualLine {
        singleLine(p, width: width, direction: direction)
    }
}
