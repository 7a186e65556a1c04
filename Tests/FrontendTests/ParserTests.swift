import Diagnostics
import XCTest

@testable import Frontend

final class ParserTests: XCTestCase {
  private func parse(_ text: String, goal: SourceGoal = .script) -> Result<AST, SyntaxError> {
    Frontend.parse(SourceFile(path: "test.js", text: text), goal: goal)
  }

  private func ast(
    _ text: String, goal: SourceGoal = .script, file: StaticString = #filePath, line: UInt = #line
  ) -> AST? {
    switch parse(text, goal: goal) {
    case .success(let ast): return ast
    case .failure(let error):
      XCTFail("unexpected \(error.code.rawValue): \(error.message)", file: file, line: line)
      return nil
    }
  }

  private func error(
    _ text: String, goal: SourceGoal = .script, file: StaticString = #filePath, line: UInt = #line
  )
    -> SyntaxError?
  {
    switch parse(text, goal: goal) {
    case .success:
      XCTFail("expected a syntax error", file: file, line: line)
      return nil
    case .failure(let error): return error
    }
  }

  /// The first node of a kind, in arena order.
  private func first(_ kind: NodeKind, in ast: AST) -> NodeID? {
    ast.nodes.indices.first { ast.nodes[$0].kind == kind }.map { NodeID(UInt32($0)) }
  }

  func testStringValuesDecodeEveryEscapeForm() throws {
    // A JavaScript string with hex, unicode, braced, control, null, octal and line-continuation escapes.
    let source = "x = \"a\\x41\\u0042\\u{1F600}\\n\\0\\101\\\nb\\u2028é\";"
    let tree = try XCTUnwrap(ast(source))
    let literal = try XCTUnwrap(first(.stringLiteral, in: tree))
    let expected: [UInt16] = [0x61, 0x41, 0x42, 0xD83D, 0xDE00, 0x0A, 0x00, 0x41, 0x62, 0x2028, 0xE9]
    XCTAssertEqual(tree.stringValue(literal), expected)
  }

  func testNumericValues() throws {
    let cases: [(String, Double)] = [
      ("1_000", 1000), ("0x1F", 31), ("0o17", 15), ("0b101", 5), ("017", 15), ("08", 8), ("1e3", 1000),
      (".5", 0.5), ("0.1", 0.1), ("0xFFFFFFFFFFFFFFFFF", 295_147_905_179_352_825_856),
      // 2^53 + 1 rounds to even (2^53); 2^53 + 3 rounds up to 2^53 + 4.
      ("0x20000000000001", 9_007_199_254_740_992), ("0x20000000000003", 9_007_199_254_740_996),
    ]
    for (text, value) in cases {
      let tree = try XCTUnwrap(ast("x = \(text);"))
      XCTAssertEqual(tree.numberValue(try XCTUnwrap(first(.numericLiteral, in: tree))), value, text)
    }
  }

  func testTemplateCookedAndRawValues() throws {
    let tree = try XCTUnwrap(ast("t = tag`a\\u{41}\r\nb\\unicode`;"))
    let element = try XCTUnwrap(first(.templateElement, in: tree))
    XCTAssertNil(tree.templateCookedValue(element), "an invalid escape has no cooked value")
    XCTAssertTrue(tree[element].flags.contains(.invalidCooked))
    XCTAssertEqual(String(decoding: tree.templateRawValue(element), as: UTF16.self), "a\\u{41}\nb\\unicode")
    let plain = try XCTUnwrap(ast("t = `x\\u{41}\r\ny`;"))
    let cooked = plain.templateCookedValue(try XCTUnwrap(first(.templateElement, in: plain)))
    XCTAssertEqual(cooked.map { String(decoding: $0, as: UTF16.self) }, "xA\ny")
  }

  func testErrorRangesPointAtTheOffendingText() throws {
    let duplicate = try XCTUnwrap(error("let alpha = 1;\nconst alpha = 2;"))
    XCTAssertEqual(duplicate.code, .duplicateDeclaration)
    XCTAssertEqual(duplicate.range, 21..<26)
    let octal = try XCTUnwrap(error("function f() { 'use strict'; return '\\07'; }"))
    XCTAssertEqual(octal.code, .legacyOctalInStrictMode)
    XCTAssertEqual(octal.range, 37..<39)
    let regexp = try XCTUnwrap(error("x = /a{2,1}/;"))
    XCTAssertEqual(regexp.code, .invalidRegExp)
  }

  func testGoalsDifferWhereTheSpecificationSaysSo() {
    XCTAssertNotNil(ast("return 1;", goal: .commonJS))
    XCTAssertEqual(error("return 1;", goal: .script)?.code, .returnOutsideFunction)
    XCTAssertNotNil(ast("var await = 1; <!-- comment", goal: .script))
    XCTAssertEqual(error("var await = 1;", goal: .module)?.code, .reservedWord)
    XCTAssertNotNil(ast("await Promise.resolve(1);", goal: .module))
    XCTAssertEqual(error("let require = 1;", goal: .commonJS)?.code, .duplicateDeclaration)
    XCTAssertNotNil(ast("let require = 1;", goal: .script))
  }

  func testHostileInputEndsInADiagnostic() {
    let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    XCTAssertEqual(error("x = " + deep)?.code, .nestingTooDeep)
    XCTAssertEqual(error("x = `abc")?.code, .unterminatedTemplate)
    XCTAssertEqual(error("/* never closed")?.code, .unterminatedComment)
    let nul = Frontend.parse(SourceFile(path: "nul.js", bytes: Array("x = 1;\u{0}".utf8)), goal: .script)
    if case .failure(let failure) = nul {
      XCTAssertEqual(failure.code, .unexpectedCharacter)
    } else {
      XCTFail()
    }
    let invalid = Frontend.parse(SourceFile(path: "bad.js", bytes: [0x78, 0x3D, 0xC3, 0x28]), goal: .script)
    if case .failure(let failure) = invalid { XCTAssertEqual(failure.range, 2..<3) } else { XCTFail() }
    let longLine = "x = [" + String(repeating: "1,", count: 300_000) + "];"
    XCTAssertNotNil(ast(longLine))
  }

  func testGoalDetectionFollowsNode() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cruft-goal-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let nested = root.appendingPathComponent("lib/deep")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try Data(#"{"type": "module"}"#.utf8).write(to: root.appendingPathComponent("package.json"))
    XCTAssertEqual(SourceGoal.detect(forPath: nested.appendingPathComponent("a.js").path), .module)
    XCTAssertEqual(SourceGoal.detect(forPath: nested.appendingPathComponent("a.cjs").path), .commonJS)
    try Data(#"{"name": "inner"}"#.utf8).write(to: nested.appendingPathComponent("package.json"))
    XCTAssertEqual(SourceGoal.detect(forPath: nested.appendingPathComponent("a.js").path), .commonJS)
    XCTAssertEqual(SourceGoal.detect(forPath: nested.appendingPathComponent("a.mjs").path), .module)
  }

  func testEveryCodeHasACatalogEntryWithHelp() {
    for code in DiagnosticCode.allCases {
      XCTAssertFalse(code.descriptor.title.isEmpty, code.rawValue)
      XCTAssertGreaterThan(code.descriptor.explanation.count, 60, code.rawValue)
    }
    XCTAssertEqual(Set(DiagnosticCode.allCases.map(\.rawValue)).count, DiagnosticCode.allCases.count)
  }
}
