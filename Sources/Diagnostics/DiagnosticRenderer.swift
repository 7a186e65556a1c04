/// The output formats every command that reports diagnostics accepts with `--format`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
  case text
  case json
  case sarif
}

/// Turns diagnostics into text for a person, JSON for scripts, or SARIF 2.1.0 for code-scanning tools.
public struct DiagnosticRenderer: Sendable {
  public var toolName: String
  public var toolVersion: String
  /// ANSI colours; the driver turns them on only when standard error is a terminal.
  public var colors: Bool
  /// Descriptors for the codes that may appear, used for SARIF rules.
  public var descriptors: [DiagnosticDescriptor]

  public init(
    toolName: String = "cruftc", toolVersion: String, colors: Bool = false,
    descriptors: [DiagnosticDescriptor] = []
  ) {
    self.toolName = toolName
    self.toolVersion = toolVersion
    self.colors = colors
    self.descriptors = descriptors
  }

  public func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat) -> String {
    switch format {
    case .text: diagnostics.map(text).joined()
    case .json: json(diagnostics).serialized() + "\n"
    case .sarif: sarif(diagnostics).serialized() + "\n"
    }
  }

  // MARK: Text

  /// The longest stretch of a source line shown; a 10 MB minified line is cut around the caret.
  static let maximumShownColumns = 120

  public func text(_ diagnostic: Diagnostic) -> String {
    var out = ""
    let severityWord = diagnostic.severity.rawValue
    let header = "\(severityWord)[\(diagnostic.code)]"
    let painted = colors ? paint(header, diagnostic.severity == .error ? "1;31" : "1;33") : header
    if let file = diagnostic.file {
      let start = file.location(of: diagnostic.range.lowerBound)
      out += "\(file.path):\(start.line):\(start.column): \(painted): \(diagnostic.message)\n"
      out += snippet(file, range: diagnostic.range)
      for note in diagnostic.notes {
        let location = file.location(of: note.range.lowerBound)
        let noteHeader = colors ? paint("note", "1;36") : "note"
        out += "\(file.path):\(location.line):\(location.column): \(noteHeader): \(note.message)\n"
        out += snippet(file, range: note.range)
      }
    } else {
      let subject = diagnostic.subject.map { "\($0): " } ?? ""
      out += "\(subject)\(painted): \(diagnostic.message)\n"
    }
    if let help = diagnostic.help {
      out += (colors ? paint("help", "1;32") : "help") + ": \(help)\n"
    }
    return out
  }

  /// The source line with a caret (and tildes) under the range, trimmed to a window if long.
  func snippet(_ file: SourceFile, range: Range<Int>) -> String {
    let start = file.location(of: range.lowerBound)
    let lineRange = file.lineRange(start.line)
    let caretStart = max(lineRange.lowerBound, min(range.lowerBound, lineRange.upperBound))
    let caretEnd = max(caretStart, min(range.upperBound, lineRange.upperBound))

    // Choose a window of bytes around the caret so that huge lines stay readable.
    var windowStart = lineRange.lowerBound
    var windowEnd = lineRange.upperBound
    var prefix = ""
    var suffix = ""
    if file.utf16Length(from: windowStart, to: caretStart) > Self.maximumShownColumns / 2 {
      windowStart = scalarBoundary(file, before: caretStart - Self.maximumShownColumns / 2)
      prefix = "..."
    }
    if windowEnd - windowStart > Self.maximumShownColumns {
      windowEnd = scalarBoundary(file, before: max(caretEnd, windowStart + Self.maximumShownColumns))
      if windowEnd < lineRange.upperBound { suffix = "..." }
    }

    let lineText = String(decoding: file.bytes[windowStart..<windowEnd], as: UTF8.self)
    var underline = String(repeating: " ", count: prefix.count)
    // Reproduce tabs so the caret lines up whatever the terminal's tab width.
    for byte in file.bytes[windowStart..<caretStart] where !(byte >= 0x80 && byte < 0xC0) {
      underline += byte == 0x09 ? "\t" : " "
    }
    let width = max(1, file.utf16Length(from: caretStart, to: min(caretEnd, windowEnd)))
    var marks = "^" + String(repeating: "~", count: width - 1)
    if colors { marks = paint(marks, "1;31") }
    underline += marks

    let gutter = String(start.line)
    let pad = String(repeating: " ", count: gutter.count)
    let shown = sanitize(prefix + lineText + suffix)
    return " \(gutter) | \(shown)\n \(pad) | \(underline)\n"
  }

  private func scalarBoundary(_ file: SourceFile, before offset: Int) -> Int {
    var i = max(0, min(offset, file.bytes.count))
    while i > 0 && i < file.bytes.count && file.bytes[i] >= 0x80 && file.bytes[i] < 0xC0 { i -= 1 }
    return i
  }

  /// Control characters other than tab would corrupt a terminal; show them as U+FFFD.
  private func sanitize(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
        out.append("\u{FFFD}")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private func paint(_ s: String, _ code: String) -> String {
    "\u{1B}[\(code)m\(s)\u{1B}[0m"
  }

  // MARK: JSON

  public func json(_ diagnostics: [Diagnostic]) -> JSONValue {
    .record([
      ("tool", .string(toolName)),
      ("version", .string(toolVersion)),
      ("diagnostics", .array(diagnostics.map(jsonValue))),
      ("errorCount", .int(diagnostics.count { $0.severity == .error })),
      ("warningCount", .int(diagnostics.count { $0.severity == .warning })),
    ])
  }

  private func jsonValue(_ d: Diagnostic) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("code", .string(d.code)),
      ("severity", .string(d.severity.rawValue)),
      ("message", .string(d.message)),
    ]
    if let file = d.file {
      members.append(("file", .string(file.path)))
      members.append(("start", location(file.location(of: d.range.lowerBound))))
      members.append(("end", location(file.location(of: d.range.upperBound))))
    }
    if let subject = d.subject { members.append(("subject", .string(subject))) }
    if let help = d.help { members.append(("help", .string(help))) }
    if !d.notes.isEmpty, let file = d.file {
      members.append(
        (
          "notes",
          .array(
            d.notes.map {
              .record([
                ("message", .string($0.message)), ("start", location(file.location(of: $0.range.lowerBound))),
              ])
            })
        ))
    }
    return .record(members)
  }

  private func location(_ l: SourceLocation) -> JSONValue {
    .record([("offset", .int(l.offset)), ("line", .int(l.line)), ("column", .int(l.column))])
  }

  // MARK: SARIF 2.1.0

  public func sarif(_ diagnostics: [Diagnostic]) -> JSONValue {
    // Rules: every code that appears, in first-appearance order, described from the catalog.
    var ruleIndex: [String: Int] = [:]
    var rules: [JSONValue] = []
    for d in diagnostics where ruleIndex[d.code] == nil {
      ruleIndex[d.code] = rules.count
      let descriptor = descriptors.first { $0.code == d.code }
      var rule: [(String, JSONValue)] = [("id", .string(d.code))]
      if let descriptor {
        rule.append(("shortDescription", .record([("text", .string(descriptor.title))])))
        rule.append(("fullDescription", .record([("text", .string(descriptor.explanation))])))
        rule.append(
          ("defaultConfiguration", .record([("level", .string(sarifLevel(descriptor.severity)))])))
      }
      rules.append(.record(rule))
    }

    let results: [JSONValue] = diagnostics.map { d in
      var message = d.message
      if let help = d.help { message += "\nhelp: \(help)" }
      var result: [(String, JSONValue)] = [
        ("ruleId", .string(d.code)),
        ("ruleIndex", .int(ruleIndex[d.code] ?? 0)),
        ("level", .string(sarifLevel(d.severity))),
        ("message", .record([("text", .string(message))])),
      ]
      if let file = d.file {
        let start = file.location(of: d.range.lowerBound)
        let end = file.location(of: d.range.upperBound)
        var region: [(String, JSONValue)] = [
          ("startLine", .int(start.line)),
          ("startColumn", .int(start.column)),
          ("endLine", .int(end.line)),
          ("endColumn", .int(end.column)),
          ("byteOffset", .int(d.range.lowerBound)),
          ("byteLength", .int(d.range.count)),
        ]
        if d.range.count <= 200 {
          let text = String(decoding: file.bytes[d.range.clamped(to: 0..<file.bytes.count)], as: UTF8.self)
          region.append(("snippet", .record([("text", .string(text))])))
        }
        result.append(
          (
            "locations",
            .array([
              .record([
                (
                  "physicalLocation",
                  .record([
                    ("artifactLocation", .record([("uri", .string(sarifURI(file.path)))])),
                    ("region", .record(region)),
                  ])
                )
              ])
            ])
          ))
      } else if let subject = d.subject {
        result.append(
          (
            "locations",
            .array([.record([("logicalLocations", .array([.record([("name", .string(subject))])]))])])
          ))
      }
      return .record(result)
    }

    return .record([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .record([
            (
              "tool",
              .record([
                (
                  "driver",
                  .record([
                    ("name", .string(toolName)),
                    ("version", .string(toolVersion)),
                    ("informationUri", .string("https://cruft.invalid/docs/diagnostics.md")),
                    ("rules", .array(rules)),
                  ])
                )
              ])
            ),
            ("columnKind", .string("utf16CodeUnits")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
  }

  private func sarifLevel(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// SARIF wants URI references: relative paths stay relative, with reserved characters escaped.
  private func sarifURI(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
        out.append(c)
      } else {
        out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return path.hasPrefix("/") ? "file://" + out : out
  }
}
