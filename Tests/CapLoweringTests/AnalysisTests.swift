import Diagnostics
import Frontend
import XCTest

@testable import CapLowering

final class AnalysisTests: XCTestCase {
  private func analyze(
    _ text: String, goal: SourceGoal = .commonJS, held: Set<CapabilityKind>? = [],
    builtins: [String: String] = [:]
  ) throws -> (AST, ModuleCapabilities) {
    guard case .success(let ast) = Frontend.parse(SourceFile(path: "m.js", text: text), goal: goal) else {
      XCTFail("does not parse")
      throw XCTSkip()
    }
    let analysis = CapabilityAnalysis.analyze(
      ast, scopes: ScopeAnalysis.analyze(ast), builtinImports: builtins, held: held, packageName: "p")
    return (ast, analysis)
  }

  private func rewritten(_ text: String, held: Set<CapabilityKind> = []) throws -> [String] {
    let (ast, analysis) = try analyze(text, held: held)
    return analysis.substitutions.sorted { $0.key < $1.key }.map {
      "\(ast.sourceText($0.key)) -> \($0.value)"
    }
  }

  func testGlobalObjectAndClockAreRewritten() throws {
    XCTAssertEqual(
      try rewritten(
        "globalThis.setup = true; const d = new Date(); const n = Date.now(); const s = Date(); Date(Date.now());"
      ),
      [
        "globalThis -> $globalThis", "new Date() -> $clock.date()", "Date.now -> $clock.now",
        "Date -> $clock.string", "Date -> $clock.string", "Date.now -> $clock.now",
      ])
  }
}

extension AnalysisTests {
  private func uses(_ text: String, goal: SourceGoal = .commonJS) throws -> [String] {
    try analyze(text, goal: goal).1.uses.map {
      "\($0.kind.rawValue) \($0.via)" + ($0.detail.map { " [\($0)]" } ?? "")
    }
  }

  func testAliasesAndDestructuringAreFollowed() throws {
    XCTAssertEqual(
      try uses("const p = process; const { env: { HOME } } = process; const x = p.env.LANG;", goal: .module),
      ["env process.env.HOME [HOME]", "env process.env.LANG [LANG]"])
    XCTAssertEqual(
      try uses("const { readFileSync: r } = require('fs'); r('x');", goal: .commonJS).count, 0,
      "without the builtin edge, require('fs') is not known to be the builtin")
  }
}
