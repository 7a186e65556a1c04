import Diagnostics
import Frontend
import XCTest

@testable import GraphCheck

final class ImportScannerTests: XCTestCase {
  private func scan(_ text: String, goal: SourceGoal = .commonJS) throws -> ModuleImports {
    let file = SourceFile(path: "test.js", text: text)
    guard case .success(let ast) = Frontend.parse(file, goal: goal) else {
      XCTFail("does not parse")
      throw XCTSkip()
    }
    return ImportScanner.scan(ast, scopes: ScopeAnalysis.analyze(ast))
  }

  private func codes(_ text: String, goal: SourceGoal = .commonJS) throws -> [String] {
    try scan(text, goal: goal).violations.map(\.code)
  }

  func testStaticEdgesOfEveryKind() throws {
    let module = try scan(
      """
      import a from "./a.js"; import "./side.js"; export * from "./all.js"; export { x } from "x";
      const lazy = import("./lazy.js"); const t = import(`./tpl.js`);
      """, goal: .module)
    XCTAssertEqual(
      module.edges.map(\.specifier), ["./a.js", "./side.js", "./all.js", "x", "./lazy.js", "./tpl.js"])
    XCTAssertEqual(
      module.edges.map(\.kind),
      [.importDeclaration, .importDeclaration, .exportFrom, .exportFrom, .dynamicImport, .dynamicImport])
    XCTAssertTrue(module.violations.isEmpty)
    let common = try scan(#"const fs = require("node:fs"), b = require('./b');"#)
    XCTAssertEqual(common.edges.map(\.specifier), ["node:fs", "./b"])
    XCTAssertEqual(common.edges.first?.range, 19..<28)
  }

  func testShadowedNamesAreNotTheRealOnes() throws {
    XCTAssertEqual(try codes("function f(require) { return require(x); }"), [])
    XCTAssertEqual(try codes("{ let eval = (s) => s; eval(code); }"), [])
    XCTAssertEqual(try codes("function g() { var Function = Object; return new Function(); }"), [])
    XCTAssertEqual(try codes("const o = { require, eval: 1 }; o.eval; o.require('x' + y);"), ["E1003"])
  }

  func testEveryDynamicFormIsRejected() throws {
    XCTAssertEqual(try codes("require(name);"), ["E1002"])
    XCTAssertEqual(try codes("require('a', 'b');"), ["E1002"])
    XCTAssertEqual(try codes("require(`./${name}`);"), ["E1002"])
    XCTAssertEqual(try codes("const r = require;"), ["E1003"])
    XCTAssertEqual(try codes("use(require);"), ["E1003"])
    XCTAssertEqual(try codes("require.cache[k] = 1;"), ["E1003"])
    XCTAssertEqual(try codes("module.require('x');"), ["E1003"])
    XCTAssertEqual(try codes("require.resolve(name);"), ["E1003"])
    XCTAssertEqual(try codes("const resolve = require.resolve;"), ["E1003"])
    XCTAssertEqual(try codes("eval('1');"), ["E1004"])
    XCTAssertEqual(try codes("(0, eval)('this');"), ["E1004"])
    XCTAssertEqual(try codes("const e = eval;"), ["E1004"])
    XCTAssertEqual(try codes("Function('return this')();"), ["E1005"])
    XCTAssertEqual(try codes("new Function('a', 'b', 'return a + b');"), ["E1005"])
    XCTAssertEqual(try codes("Function.call(null, 'x');"), ["E1005"])
    XCTAssertEqual(try codes("import(name);", goal: .module), ["E1001"])
  }

  func testFeatureDetectionAndLiteralsPass() throws {
    XCTAssertEqual(try codes("if (typeof require === 'function' && typeof eval !== 'undefined') {}"), [])
    XCTAssertEqual(try codes("const p = require.resolve('./x');"), [])
    XCTAssertEqual(try codes("x instanceof Function; Function.prototype.call.bind(f);"), [])
    XCTAssertEqual(try codes("module.exports = {}; exports.a = 1;"), [])
  }

  func testViolationsCarryTheGlobalObjectHint() throws {
    let result = try scan("var g = Function('return this')();")
    XCTAssertEqual(result.violations.first?.help?.contains("globalThis"), true)
  }
}
