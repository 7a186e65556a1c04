import XCTest

@testable import Diagnostics

final class RendererTests: XCTestCase {
  func testLocationsCountUTF16Units() {
    let file = SourceFile(path: "a.js", text: "let é = 1;\nlet 😀x = 2;\r\nz")
    XCTAssertEqual(file.location(of: 0), SourceLocation(offset: 0, line: 1, column: 1))
    // "let é" is 6 bytes; the space after é is the 6th UTF-16 unit.
    XCTAssertEqual(file.location(of: 6).column, 6)
    let secondLine = file.lineStarts[1]
    // 😀 is 4 bytes but 2 UTF-16 units.
    XCTAssertEqual(
      file.location(of: secondLine + 8), SourceLocation(offset: secondLine + 8, line: 2, column: 7))
    XCTAssertEqual(file.line(containing: file.bytes.count - 1), 3)
    XCTAssertEqual(file.lineRange(2), secondLine..<secondLine + 14)  // without the CR LF
  }

  func testTextRenderingPointsAtTheRange() {
    let file = SourceFile(path: "src/a.js", text: "let x = 1;\nlet x = 2;\n")
    let diagnostic = Diagnostic(
      code: "E0200", message: "'x' has already been declared", file: file, range: 15..<16,
      help: "rename one of the declarations")
    let text = DiagnosticRenderer(toolVersion: "test").text(diagnostic)
    XCTAssertEqual(
      text,
      """
      src/a.js:2:5: error[E0200]: 'x' has already been declared
       2 | let x = 2;
         |     ^
      help: rename one of the declarations

      """)
  }

  func testLongLinesAreCutAroundTheCaret() {
    let line = String(repeating: "a", count: 100_000) + "?" + String(repeating: "b", count: 100_000)
    let file = SourceFile(path: "min.js", text: line)
    let diagnostic = Diagnostic(
      code: "E0100", message: "unexpected '?'", file: file, range: 100_000..<100_001)
    let text = DiagnosticRenderer(toolVersion: "test").text(diagnostic)
    let lines = text.split(separator: "\n")
    XCTAssertEqual(lines.count, 3)
    XCTAssertLessThan(lines[1].count, 200)
    XCTAssertTrue(lines[1].contains("...a"))
    let caretColumn = lines[2].firstIndex(of: "^").map {
      lines[2].distance(from: lines[2].startIndex, to: $0)
    }
    let questionColumn = lines[1].firstIndex(of: "?").map {
      lines[1].distance(from: lines[1].startIndex, to: $0)
    }
    XCTAssertEqual(caretColumn, questionColumn)
  }

  func testSARIFHasRulesResultsAndRegions() {
    let file = SourceFile(path: "lib/x y.js", text: "eval(s)\n")
    let diagnostic = Diagnostic(
      code: "E1001", message: "eval is not allowed", file: file, range: 0..<4, help: "remove it")
    let descriptor = DiagnosticDescriptor(code: "E1001", title: "dynamic code", explanation: "long text")
    let sarif = DiagnosticRenderer(toolVersion: "1.2.3", descriptors: [descriptor]).sarif([diagnostic])
      .serialized(pretty: false)
    XCTAssertTrue(sarif.contains(#""version":"2.1.0""#))
    XCTAssertTrue(sarif.contains(#""rules":[{"id":"E1001","shortDescription":{"text":"dynamic code"}"#))
    XCTAssertTrue(sarif.contains(#""uri":"lib/x%20y.js""#))
    XCTAssertTrue(sarif.contains(#""region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":5"#))
    XCTAssertTrue(sarif.contains(#""message":{"text":"eval is not allowed\nhelp: remove it"}"#))
  }

  func testJSONEscapesControlCharacters() {
    XCTAssertEqual(JSONValue.string("a\"b\\\n\u{1}").serialized(), #""a\"b\\\n\u0001""#)
    XCTAssertEqual(
      JSONValue.record([("b", .int(1)), ("a", .array([]))]).serialized(pretty: false), #"{"b":1,"a":[]}"#)
  }
}
