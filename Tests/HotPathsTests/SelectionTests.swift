import Diagnostics
import Foundation
import Frontend
import HotPaths
import XCTest

final class SelectionTests: XCTestCase {
  func assertSelected(
    _ source: String, _ expected: [String: String], goal: SourceGoal = .script,
    file: StaticString = #filePath,
    line: UInt = #line
  ) {
    guard let (module, _) = hotModule(source, goal: goal, file: file, line: line) else { return }
    for (name, reason) in expected {
      guard let found = entry(module, name, file: file, line: line) else { continue }
      XCTAssertTrue(found.selected, "\(name): \(found.reason)", file: file, line: line)
      XCTAssertEqual(found.reason, reason, name, file: file, line: line)
    }
    XCTAssertFalse(module.bitcode.isEmpty, file: file, line: line)
  }

  func assertRejected(
    _ source: String, _ name: String, _ reason: String, goal: SourceGoal = .script,
    file: StaticString = #filePath,
    line: UInt = #line
  ) {
    guard let (module, _) = hotModule(source, goal: goal, file: file, line: line),
      let found = entry(module, name, file: file, line: line)
    else { return }
    XCTAssertFalse(found.selected, file: file, line: line)
    XCTAssertEqual(found.reason, reason, file: file, line: line)
    XCTAssertFalse(module.functions.contains { $0.symbol.isEmpty }, file: file, line: line)
  }

  func testFibonacci() throws {
    let source = "function fib(n) {\n  return n < 2 ? n : fib(n - 1) + fib(n - 2);\n}\n"
    let (module, ast) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(
      module.report,
      [
        HotReportEntry(
          name: "fib", line: 1, column: 1, selected: true, reason: "numeric: 1 parameter, returns a number")
      ])
    XCTAssertEqual(module.functions.count, 1)
    let function = try XCTUnwrap(module.functions.first)
    XCTAssertEqual(ast.kind(function.node), .functionDeclaration)
    XCTAssertEqual(function.functionIndex, 0)
    XCTAssertEqual(function.symbol, "cruft_fn_0")
    XCTAssertEqual(function.arity, 1)
    XCTAssertFalse(function.returnsBoolean)
  }

  /// Without a profile a parameter is a number; a profile that saw only booleans for it makes it a
  /// boolean (the VM then guards for a boolean), which selects a function that compares it with `true`.
  func testProfileMarksBooleanParameters() throws {
    let source = """
      function step(x, forward) { return forward === true ? x + 1 : x - 1; }
      function walk(n, forward) { let x = 0; for (let i = 0; i < n; i++) x = step(x, forward); return x; }
      function mixed(flag) { return flag ? 1 : 2; }

      """
    let (plain, _) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(
      plain.report.map(\.reason),
      [
        "compares a number with a boolean at 1:36", "calls 'step' (2:72), which is not a selected function",
        "numeric: 1 parameter, returns a number",
      ])
    let profile = HotProfile(functions: [
      0: ProfiledFunction(calls: 3, parameterKinds: [["int32"], ["boolean"]]),
      1: ProfiledFunction(calls: 1, parameterKinds: [["int32"], ["boolean"]]),
      2: ProfiledFunction(calls: 2, parameterKinds: [["boolean", "int32"]]),
    ])
    let (profiled, _) = try XCTUnwrap(hotModule(source, profile: profile))
    XCTAssertEqual(
      profiled.report.map(\.reason),
      [
        "numeric: 2 parameters (1 boolean, from the profile), returns a number; called 3 times in the profile",
        "numeric: 2 parameters (1 boolean, from the profile), returns a number; called once in the profile",
        "numeric: 1 parameter, returns a number; called 2 times in the profile",
      ])
    XCTAssertEqual(profiled.functions.map(\.booleanParameters), [[false, true], [false, true], [false]])
    XCTAssertTrue(profiled.irText.contains("fcmp une double %3, 0.000000e+00"), profiled.irText)
  }

  /// `var x;` is typed by its first assignment and may be read only where every path has assigned it
  /// (js-yaml's fromHexCode is the model).
  func testLocalsDeclaredWithoutAValue() throws {
    assertSelected(
      """
      function fromHexCode(c) {
        var lc;
        if ((0x30 <= c) && (c <= 0x39)) { return c - 0x30; }
        lc = c | 0x20;
        if ((0x61 <= lc) && (lc <= 0x66)) { return lc - 0x61 + 10; }
        return -1;
      }
      function branches(a) {
        let x, flag;
        if (a > 0) { x = a; flag = true; } else if (a < 0) { x = -a; flag = false; } else { return 0; }
        return flag ? x : -x;
      }
      function afterLoop(n) {
        let total;
        total = 0;
        for (let i = 0; i < n; i++) total += i;
        return total;
      }

      """,
      [
        "fromHexCode": "numeric: 1 parameter, returns a number",
        "branches": "numeric: 1 parameter, returns a number",
        "afterLoop": "numeric: 1 parameter, returns a number",
      ])
    assertRejected(
      "function f(a) { let x; if (a > 0) x = 1; return x; }\n", "f",
      "reads 'x' at 1:49 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function f(a) { let x; while (a > 0) { x = a; a--; } return x; }\n", "f",
      "reads 'x' at 1:61 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function f(a) { let x; a > 0 ? (x = 1) : 0; return x; }\n", "f",
      "reads 'x' at 1:52 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function f(a) { let x; x += 1; return x; }\n", "f",
      "reads 'x' at 1:24 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function f(a) { let x; switch (a) { case 1: x = 2; case 2: return x; } return 0; }\n", "f",
      "reads 'x' at 1:67 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function f(a) { let x; x = a > 0; x = 1; return 0; }\n", "f",
      "assigns a number to 'x' (a boolean) at 1:35")
  }

  func testMandelbrotKernel() {
    let source = """
      function mandel(cx, cy, maxIter) {
        let x = 0, y = 0, i = 0;
        while (i < maxIter) {
          const xx = x * x, yy = y * y;
          if (xx + yy > 4) break;
          y = 2 * x * y + cy;
          x = xx - yy + cx;
          i++;
        }
        return i;
      }
      function render(w, h) {
        let total = 0;
        outer: for (let py = 0; py < h; py++) {
          for (let px = 0; px < w; px++) {
            const n = mandel(px / w * 3.5 - 2.5, py / h * 2 - 1, 100);
            if (n < 0) continue outer;
            total += n;
          }
        }
        return total;
      }
      """
    assertSelected(
      source,
      [
        "mandel": "numeric: 3 parameters, returns a number",
        "render": "numeric: 2 parameters, returns a number",
      ])
  }

  func testGcdAndBitOperations() {
    let source = """
      function gcd(a, b) {
        while (b !== 0) { const t = b; b = a % b; a = t; }
        return a;
      }
      function bits(x, y) {
        let h = (x >>> 0) ^ (y << 5);
        h = h | 0;
        h = ~h & 0xff;
        h >>= 1;
        h >>>= 0;
        return (h >>> 0) + Math.imul(x, y) + Math.clz32(x) + (-x | 0);
      }
      function classify(n) {
        switch (n) {
          case 0: return 10;
          case -1:
          case 2.5: return 20;
          default: return n ** 2 + Math.pow(n, 0.5) + Math.max(n, 1, 2) + Math.round(n) + Math.PI;
        }
      }
      """
    assertSelected(
      source,
      [
        "gcd": "numeric: 2 parameters, returns a number", "bits": "numeric: 2 parameters, returns a number",
        "classify": "numeric: 1 parameter, returns a number",
      ])
  }

  func testBooleanResults() throws {
    let source = """
      function isPrime(n) {
        if (n < 2) return false;
        for (let d = 2; d * d <= n; d++) {
          if (n % d === 0) return false;
        }
        return true;
      }
      function countPrimes(limit) {
        let count = 0;
        let i = 0;
        do { if (isPrime(i) && i !== 4) count++; i += 1; } while (i < limit);
        return count;
      }
      function both(a, b) { const x = isPrime(a); return x === isPrime(b) || !x; }
      """
    let (module, _) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(module.report.map(\.selected), [true, true, true], "\(module.report)")
    XCTAssertEqual(module.report.map(\.reason).first, "numeric: 1 parameter, returns a boolean")
    XCTAssertEqual(module.functions.map(\.returnsBoolean), [true, false, true])
    XCTAssertEqual(module.functions.map(\.symbol), ["cruft_fn_0", "cruft_fn_1", "cruft_fn_2"])
  }

  func testExportedFunctionsInAModule() throws {
    let source =
      "export function sq(x) { return x * x; }\nexport default function cube(x) { return sq(x) * x; }\n"
    let (module, _) = try XCTUnwrap(hotModule(source, goal: .module))
    XCTAssertEqual(module.report.map(\.name), ["sq", "cube"])
    XCTAssertEqual(module.report.map(\.selected), [true, true])
  }

  func testRejectionReasons() {
    assertRejected("function t(a) { return this.x + a; }", "t", "reads 'this' at 1:24")
    assertRejected("function s(a) { return a + \"x\"; }", "s", "uses a string at 1:28")
    assertRejected("function c(a) { const g = () => a; return a; }", "c", "creates a closure at 1:27")
    assertRejected(
      "const N = 10;\nfunction m(a) { return a * N; }", "m",
      "reads 'N' at 2:28, which is not a parameter or local of 'm'")
    let reassigned = "function f(a) { return a; }\nfunction g(a) { return f(a); }\nf = null;"
    assertRejected(reassigned, "f", "'f' is assigned at 3:1")
    assertRejected(reassigned, "g", "calls 'f' (2:24), which is not a selected function")
    assertRejected(
      "function p(a) { if (a) return 1; }", "p",
      "does not return a value on every path (the end of the function is reachable)")
    assertRejected(
      "function one(a) { return a; }\nfunction two(b) { return one(b, b); }", "two",
      "calls 'one' with 2 arguments at 2:26, but 'one' has 1 parameter")
    assertRejected(
      "function r(a) { return Math.sqrt(a); }\nfunction other() { let Math = 1; return Math; }", "r",
      "uses 'Math' at 1:24, but 'Math' is declared at 2:24")
    assertSelected(
      "function r(a) { return Math.sqrt(a); }\nfunction other() { let Math = 1; return Math; }",
      ["other": "numeric: no parameters, returns a number"])
    assertRejected(
      "function u(a) { var x; return x + a; }", "u",
      "reads 'x' at 1:31 before it is assigned on every path (it would be undefined)")
    assertRejected(
      "function t(a) { let x = 1; { let y = x; let x = 2; return y + x; } }", "t",
      "uses 'x' before its declaration at 1:38")
    assertRejected(
      "function v(a) { if (a) { var x = 1; } return x; }", "v",
      "uses 'x' at 1:46 outside the block that declares it")
    assertRejected(
      "function h(i) { for (let i = i; i < 3; i++) {} return 0; }", "h",
      "uses 'i' before its declaration at 1:30")
    assertRejected("async function af(a) { return a; }", "af", "is an async function")
    assertRejected("function* gen(a) { return a; }", "gen", "is a generator")
    assertRejected("function d(a = 1) { return a; }", "d", "has default, rest or destructured parameters")
    assertRejected(
      "function mix(a) { if (a) return true; return a; }", "mix",
      "returns a number at 1:46 and a boolean at 1:33")
    assertRejected(
      "function b(a) { let x = a > 1; x = 2; return a; }", "b", "assigns a number to 'x' (a boolean) at 1:32")
    assertRejected(
      "function k(a) { const x = 1; x++; return x; }", "k", "assigns to the constant 'x' at 1:30")
    assertRejected(
      "function o(a) { return a.length; }", "o",
      "reads 'a.length' at 1:24, but 'a' is a number unless a profile shows a typed array")
    assertRejected("function o(a) { return a.size; }", "o", "reads a property at 1:24")
    assertRejected("function q(a) { return Math.random(); }", "q", "calls 'Math.random' at 1:24")
    assertRejected("function w(a) { try { return a; } catch { return 0; } }", "w", "uses try at 1:17")
    assertRejected("function x(a) { return typeof a; }", "x", "uses 'typeof' at 1:24")
    assertRejected("function y(a) { return a ?? 1; }", "y", "uses '??' at 1:24")
    assertRejected("function z(a) { return a == true; }", "z", "compares a number with a boolean at 1:24")
    assertRejected("function loop(a) { while (true) {} }", "loop", "never returns")
    assertRejected(
      "function two(a) { return a; }\nfunction two(b) { return b; }", "two", "'two' is declared again at 2:10"
    )
  }

  func testCallsAreAGreatestFixpoint() throws {
    // even and odd call each other; bad reads 'this', so its caller goes too.
    let source = """
      function even(n) { return n === 0 ? true : odd(n - 1); }
      function odd(n) { return n === 0 ? false : even(n - 1); }
      function bad(n) { return this.n; }
      function usesBad(n) { return bad(n) + 1; }
      function usesUsesBad(n) { return usesBad(n) * 2; }
      """
    let (module, _) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(module.report.map(\.selected), [true, true, false, false, false], "\(module.report)")
    XCTAssertEqual(module.report[4].reason, "calls 'usesBad' (5:34), which is not a selected function")
    XCTAssertEqual(module.functions.map(\.returnsBoolean), [true, true])
  }

  func testNestedAndNonTopLevelFunctionsAreNotConsidered() throws {
    let source =
      "function outer(a) { function inner(b) { return b; } return a; }\n{ function blockFn(c) { return c; } }\n"
    let (module, _) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(module.report.map(\.name), ["outer"])
    XCTAssertEqual(module.report[0].reason, "declares a nested function at 1:21")
  }

  /// Whatever the parser accepts, the stage reports and does not crash.
  func testArbitraryProgramsDoNotCrash() throws {
    let sources = [
      "", ";", "function f() {}", "function f() { return; }",
      "function g(a, b, c, d, e, f, g2, h, i) { return a; }",
      "class A { m() { return 1; } }\nfunction f(a) { return new A(a); }",
      "function f(a) { l: { break l; } return a; }", "function f(a) { for (;;) { if (a) break; } return 1; }",
      "function f(a) { for (var i = 0; i < a; i++) {} return i; }",
      "function f(a) { a: b: while (a) { continue a; } return 0; }",
      "function f(a) { switch (a) { case 1: let x = 2; } return 0; }", "function f(a) { return [...a]; }",
      "function f({a}) { return a; }", "function f(a, ...r) { return a; }", "function f(a) { return a?.b; }",
      "function f(a) { label: for (const x of a) {} return 0; }", "function f(a) { return `${a}`; }",
      "function f(a) { return -(-(-(-a))); }", "function f(a) { do continue; while (false); return a; }",
      "function f(a) { while (1) { return a; } }", "function f(a) { for (;;) {} }",
      "function f(a) { switch (a) { default: return 1; } }",
      "function f(a) { switch (a) { case 1: return 1; } }",
      "function f(a) { return NaN + Infinity; }", "var NaN; function f(a) { return NaN; }",
      "function f(a) { return Math.hypot(a, 1) + Math.sign(a) + Math.fround(a) + Math.min(a, 2, 3); }",
      "function f(a) { return f; }", "function f(a) { return f(a)(a); }",
      "function f(a) { arguments; return 1; }",
      String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500),
      "function deep(a) { return " + String(repeating: "- ", count: 600) + "a; }",
    ]
    for source in sources {
      guard let (module, _) = hotModule(source) else { continue }
      XCTAssertEqual(module.functions.isEmpty, module.bitcode.isEmpty, source)
    }
  }
}

/// `HOTPATHS_CORPUS=DIR swift test --filter HotPathsTests.CorpusTests`: every .js/.mjs file under DIR
/// that parses goes through the stage without crashing, and the output is self-consistent.
final class CorpusTests: XCTestCase {
  func testCorpus() throws {
    guard let root = ProcessInfo.processInfo.environment["HOTPATHS_CORPUS"] else { return }
    let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    var parsed = 0
    var selected = 0
    for path in files.sorted() where path.hasSuffix(".js") || path.hasSuffix(".mjs") {
      guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
      for goal in [SourceGoal.script, .module] {
        guard case .success(let ast) = Frontend.parse(SourceFile(path: path, bytes: Array(data)), goal: goal)
        else { continue }
        parsed += 1
        var indices: [NodeID: Int] = [:]
        for (position, node) in ast.nodes.enumerated() where node.kind == .functionDeclaration {
          indices[NodeID(UInt32(position))] = indices.count
        }
        var module = HotModule()
        Frontend.withParserStack { module = HotPaths.compile(ast) { indices[$0] } }
        XCTAssertEqual(module.functions.isEmpty, module.bitcode.isEmpty, path)
        selected += module.functions.count
        if ProcessInfo.processInfo.environment["HOTPATHS_CORPUS_VERBOSE"] != nil {
          for entry in module.report where entry.selected { print("\(path):\(entry.line): \(entry.name)") }
        }
        break
      }
    }
    print("corpus: \(parsed) files parsed, \(selected) functions selected")
  }
}
