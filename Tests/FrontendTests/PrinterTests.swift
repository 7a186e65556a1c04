import Diagnostics
import Foundation
import XCTest

@testable import Frontend

final class PrinterTests: XCTestCase {
  /// The tree of a program without positions: kinds, operators, flags, names and literal text,
  /// in order. Printing must preserve exactly this.
  private func shape(_ ast: AST) -> [String] {
    var out: [String] = []
    func walk(_ id: NodeID) {
      let n = ast[id]
      // A spread element's `.tail` only records a trailing comma, which printing may drop.
      let flags = n.kind == .spreadElement ? n.flags.subtracting(.tail) : n.flags
      var entry = "\(n.kind.rawValue) \(n.op) \(flags.rawValue)"
      switch n.kind {
      case .identifier, .privateIdentifier: entry += " " + ast.name(id)
      case .stringLiteral, .numericLiteral, .bigIntLiteral, .regExpLiteral, .templateElement:
        entry += " " + ast.sourceText(id)
      default: break
      }
      out.append(entry)
      for (_, field) in ast.childFields(of: id) {
        switch field {
        case .single(let c): if c.isNone { out.append("-") } else { walk(c) }
        case .list(let items): for item in items { if item.isNone { out.append("hole") } else { walk(item) } }
        }
      }
    }
    walk(ast.root)
    return out
  }

  private func roundTrip(_ text: String, goal: SourceGoal, path: String = "test.js") -> String? {
    guard case .success(let ast) = Frontend.parse(SourceFile(path: path, text: text), goal: goal) else {
      return "the original does not parse"
    }
    var printer = ASTPrinter(ast: ast)
    let printed = printer.print(ast.root)
    switch Frontend.parse(SourceFile(path: "printed", text: printed), goal: goal) {
    case .failure(let error):
      return "the printed program does not parse: \(error.message)\n\(printed)"
    case .success(let reparsed):
      let before = shape(ast)
      let after = shape(reparsed)
      guard before != after else { return nil }
      let index =
        zip(before, after).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(before.count, after.count)
      let was = index < before.count ? before[index] : "end"
      let now = index < after.count ? after[index] : "end"
      return "the printed program differs at node \(index): \(was) became \(now)"
    }
  }

  func testEveryConstructRoundTrips() {
    let program = """
      var a = 1, [b, , ...c] = d, { e, f: [g = 2], ...h } = i;
      label: for (let j = 0; j < 3; j++) { if (j) continue label; else break; }
      for (const k in o) ; for (x of y) { } async function af() { for await (const z of w) ; }
      while (a) a--; do { a++; } while (a < 3);
      try { f(); } catch ({ message }) { g(message); } finally { h(); }
      switch (a) { case 1: b(); default: c(); }
      x = a ? b : c ?? d, y = (-a) ** 2, z ||= a?.b?.[c]?.(d);
      const t = tag`a${1}b${c}`, u = `x${`y${z}`}`;
      class K extends (L || M) { static #p = 1; #q; get r() { return this.#q; } static { K.s = 1; } async *[Symbol.iterator]() { yield* []; } }
      const obj = { m() {}, get n() { return 1; }, set n(v) {}, [k]: 1, async *o() {}, p, ...q, "r": 2 };
      const arrow = async ({ a }, [b] = [], ...c) => ({ a, b, c });
      new Foo.Bar(...args); new (foo())(); delete o.p; void 0; typeof x === "undefined";
      export default function () {}
      """
    XCTAssertNil(
      roundTrip(program.replacingOccurrences(of: "export default function () {}", with: ""), goal: .script))
    XCTAssertNil(
      roundTrip(
        "import a, { b as c } from 'x'; export const d = 1; export { c }; export * from 'y';\n"
          + "export default class {}", goal: .module))
  }

  func testTheWholeCorpusRoundTrips() throws {
    let listing = "/usr/share/nodejs"
    guard FileManager.default.fileExists(atPath: listing) else {
      throw XCTSkip("the corpus is not installed")
    }
    let enumerator = FileManager.default.enumerator(atPath: listing)!
    var checked = 0
    var failures: [String] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".js") || relative.hasSuffix(".mjs") || relative.hasSuffix(".cjs") else {
        continue
      }
      let path = listing + "/" + relative
      guard let data = FileManager.default.contents(atPath: path), data.count < 2_000_000 else { continue }
      let text = String(decoding: data, as: UTF8.self)
      let goal = SourceGoal.detect(forPath: path)
      guard case .success = Frontend.parse(SourceFile(path: path, text: text), goal: goal) else { continue }
      checked += 1
      if let failure = roundTrip(text, goal: goal, path: path) {
        failures.append("\(relative): \(failure.prefix(300))")
      }
    }
    XCTAssertGreaterThan(checked, 1000)
    XCTAssertEqual(failures.count, 0, failures.prefix(5).joined(separator: "\n"))
  }
}
