import Diagnostics

/// A parse failure: the first error found in a file, with its stable code and a hint.
public struct SyntaxError: Error, Sendable {
  public var code: DiagnosticCode
  public var message: String
  public var range: Range<Int>
  public var help: String?
  public var notes: [RelatedLocation]

  init(
    _ code: DiagnosticCode, _ message: String, at range: Range<Int>, help: String? = nil,
    notes: [RelatedLocation] = []
  ) {
    self.code = code
    self.message = message
    self.range = range
    self.help = help
    self.notes = notes
  }

  public func diagnostic(in file: SourceFile) -> Diagnostic {
    Diagnostic(
      code: code.rawValue, severity: .error, message: message, file: file, range: range,
      help: help ?? code.defaultHelp, notes: notes)
  }
}
