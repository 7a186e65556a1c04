/// How serious a diagnostic is. Errors make a command fail; warnings do unless they are allowed.
public enum Severity: String, Sendable, Comparable {
  case note
  case warning
  case error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }
}

/// A message about the user's input, with a stable code and the exact place it concerns.
public struct Diagnostic: Sendable {
  /// A stable code such as `E0201`, listed in docs/diagnostics.md and explained by `cruftc explain`.
  public var code: String
  public var severity: Severity
  public var message: String
  /// The file the diagnostic points into; nil for diagnostics about a package or a key as a whole.
  public var file: SourceFile?
  /// Byte offsets into `file`; an empty range points between two characters.
  public var range: Range<Int>
  /// What to do about it, as one sentence.
  public var help: String?
  /// Related places, such as the first declaration of a duplicated name.
  public var notes: [RelatedLocation]
  /// Where the diagnostic concerns something other than a source position (a package, a key).
  public var subject: String?

  public init(
    code: String, severity: Severity = .error, message: String, file: SourceFile?, range: Range<Int>,
    help: String? = nil, notes: [RelatedLocation] = [], subject: String? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.file = file
    self.range = range
    self.help = help
    self.notes = notes
    self.subject = subject
  }

  public var start: SourceLocation? { file?.location(of: range.lowerBound) }
  public var end: SourceLocation? { file?.location(of: range.upperBound) }
}

/// A secondary place a diagnostic refers to.
public struct RelatedLocation: Sendable {
  public var message: String
  public var range: Range<Int>

  public init(message: String, range: Range<Int>) {
    self.message = message
    self.range = range
  }
}

/// The documentation of one diagnostic code: what `cruftc explain` prints and docs/diagnostics.md lists.
public struct DiagnosticDescriptor: Sendable {
  public var code: String
  public var severity: Severity
  /// A short title used in listings and as SARIF's short description.
  public var title: String
  /// The long explanation: why this is rejected and how to fix it, with an example.
  public var explanation: String

  public init(code: String, severity: Severity = .error, title: String, explanation: String) {
    self.code = code
    self.severity = severity
    self.title = title
    self.explanation = explanation
  }
}

/// A stage's set of diagnostic codes: each case's raw value is its stable code ("E1004"), and it
/// has a title and a long explanation. Codes beginning with W are warnings.
public protocol DiagnosticCodeSet: CaseIterable, RawRepresentable, Sendable where RawValue == String {
  var title: String { get }
  var explanation: String { get }
}

extension DiagnosticCodeSet {
  public var severity: Severity { rawValue.hasPrefix("W") ? .warning : .error }

  /// The catalog entry: what `cruftc explain` prints and docs/diagnostics.md lists.
  public var descriptor: DiagnosticDescriptor {
    DiagnosticDescriptor(code: rawValue, severity: severity, title: title, explanation: explanation)
  }

  public static var descriptors: [DiagnosticDescriptor] { allCases.map(\.descriptor) }
}
