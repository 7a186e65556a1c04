// Test resources: Tests/GraphCheckTests/Fixtures/resolution/ holds plain fixture trees (an application
// with node_modules under app/, a Debian-style package store under store/, an application using the
// store under store-app/). They reach the tests through `resources: [.copy("Fixtures")]` on the test
// target; each run copies them to a temporary directory and adds the symlinks git would not keep
// portable (a symlinked package and a symlinked file).
//
// Every `check` line states what Node v20 does (verified with `node --no-addons` and Node's own
// resolver); checks under a `// cruft:` comment are deliberate differences, documented on
// `ModuleResolver`.

import Diagnostics
import Foundation
import XCTest

@testable import GraphCheck

/// Where this test process copies the fixtures; removed when the test class finishes.
private let fixtureCopy = FileManager.default.temporaryDirectory
  .appendingPathComponent("cruft-resolution-\(ProcessInfo.processInfo.processIdentifier)")

/// The fixture trees, copied once per test process into a fresh temporary directory (canonical path).
private let fixtureRoot: String = {
  let fileManager = FileManager.default
  var source = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/resolution").path ?? ""
  if !fileManager.fileExists(atPath: source) {
    // Running from a checkout without the resource bundle: use the fixtures next to this file.
    source =
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/resolution").path
  }
  let temporary = fixtureCopy
  try? fileManager.removeItem(at: temporary)
  try? fileManager.createDirectory(at: temporary, withIntermediateDirectories: true)
  let root = temporary.appendingPathComponent("resolution").path
  do {
    try fileManager.copyItem(atPath: source, toPath: root)
    try fileManager.createSymbolicLink(
      atPath: root + "/app/node_modules/linked", withDestinationPath: "../linked-src/real-pkg")
    try fileManager.createSymbolicLink(atPath: root + "/app/src/alias.js", withDestinationPath: "lib.js")
  } catch {
    fatalError("cannot prepare the resolution fixtures from \(source): \(error)")
  }
  return FileSystem.local.realpath(root) ?? root
}()

final class ModuleResolverTests: XCTestCase {
  /// Which fixture layout a check resolves in.
  enum Tree {
    /// `.nodeModules`, the app/ tree.
    case app
    /// `.store(root: store/)`.
    case store
  }

  override class func tearDown() {
    try? FileManager.default.removeItem(at: fixtureCopy)
    super.tearDown()
  }

  private let appResolver = ModuleResolver(layout: .nodeModules)
  private let storeResolver = ModuleResolver(layout: .store(root: fixtureRoot + "/store"))

  private func resolver(_ tree: Tree) -> ModuleResolver { tree == .app ? appResolver : storeResolver }

  /// Fixture paths are written relative to the fixture root; `$ROOT` in a specifier stands for it.
  private func absolute(_ path: String) -> String { fixtureRoot + "/" + path }

  private func expand(_ specifier: String) -> String {
    specifier.replacingOccurrences(of: "$ROOT", with: fixtureRoot)
  }

  @discardableResult
  private func check(
    _ mode: ResolutionMode, _ specifier: String, from referrer: String, _ expected: String,
    format: ModuleFormat? = nil, in tree: Tree = .app, file: StaticString = #filePath, line: UInt = #line
  ) -> ResolvedModule? {
    switch resolver(tree).resolve(expand(specifier), from: absolute(referrer), mode: mode) {
    case .success(let resolved):
      XCTAssertEqual(resolved.target, .file(absolute(expected)), "'\(specifier)'", file: file, line: line)
      if let format {
        XCTAssertEqual(resolved.format, format, "format of '\(specifier)'", file: file, line: line)
      }
      return resolved
    case .failure(let error):
      XCTFail(
        "'\(specifier)' from \(referrer) failed: \(error.kind): \(error.message)", file: file, line: line)
      return nil
    }
  }

  private func checkBuiltin(
    _ mode: ResolutionMode, _ specifier: String, from referrer: String, _ name: String, in tree: Tree = .app,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    switch resolver(tree).resolve(specifier, from: absolute(referrer), mode: mode) {
    case .success(let resolved):
      XCTAssertEqual(
        resolved, ResolvedModule(target: .builtin(name), format: .builtin), file: file, line: line)
    case .failure(let error):
      XCTFail("'\(specifier)' failed: \(error.kind): \(error.message)", file: file, line: line)
    }
  }

  private func checkError(
    _ mode: ResolutionMode, _ specifier: String, from referrer: String, _ kind: ResolutionError.Kind,
    message: String? = nil, in tree: Tree = .app, file: StaticString = #filePath, line: UInt = #line
  ) {
    switch resolver(tree).resolve(expand(specifier), from: absolute(referrer), mode: mode) {
    case .success(let resolved):
      XCTFail("'\(specifier)' resolved to \(resolved.target), expected \(kind)", file: file, line: line)
    case .failure(let error):
      XCTAssertEqual(error.kind, kind, "'\(specifier)': \(error.message)", file: file, line: line)
      XCTAssertTrue(
        specifier.isEmpty || error.message.contains(expand(specifier)),
        "message names the specifier: \(error.message)", file: file, line: line)
      if let message {
        XCTAssertTrue(
          error.message.contains(message), "\(error.message) lacks \(message)", file: file, line: line)
      }
    }
  }

  // MARK: - Builtins

  func testBuiltins() {
    let main = "app/src/main.js"
    checkBuiltin(.require, "fs", from: main, "fs")
    checkBuiltin(.require, "node:fs", from: main, "fs")
    checkBuiltin(.require, "fs/promises", from: main, "fs/promises")
    checkBuiltin(.import, "node:fs/promises", from: main, "fs/promises")
    checkBuiltin(.import, "path", from: main, "path")
    checkBuiltin(.import, "path/posix", from: main, "path/posix")
    checkBuiltin(.require, "_http_agent", from: main, "_http_agent")
    checkBuiltin(.require, "node:test", from: main, "test")
    checkBuiltin(.import, "node:test/reporters", from: main, "test/reporters")
    checkError(.require, "test", from: main, .notFound)
    checkError(.require, "node:xyz", from: main, .unsupportedBuiltin)
    checkError(.import, "node:sqlite", from: main, .unsupportedBuiltin)
    // An unprefixed builtin wins over a package of the same name, as Node does for `punycode`.
    checkBuiltin(.require, "events", from: "store-app/main.js", "events", in: .store)
    checkBuiltin(.import, "events", from: "store-app/main.js", "events", in: .store)
    XCTAssertEqual(NodeBuiltins.modules.count, 68)
  }

  // MARK: - require: files and directories

  func testRequireRelativeFiles() {
    let main = "app/src/main.js"
    check(.require, "./lib", from: main, "app/src/lib.js", format: .commonjs)
    check(.require, "./lib.js", from: main, "app/src/lib.js")
    check(.require, "./lib/", from: main, "app/src/lib/index.js")
    check(.require, "./data", from: main, "app/src/data.json", format: .json)
    // Extensions are tried in Node's order: .js, .json, .node; a file wins over a directory.
    check(.require, "./both", from: main, "app/src/both.js")
    check(.require, "./both/", from: main, "app/src/both/index.js")
    check(.require, "./util", from: main, "app/src/util/index.js")
    check(.require, "./jsonindex", from: main, "app/src/jsonindex/index.json", format: .json)
    check(.require, "./withmain", from: main, "app/src/withmain/entry.js")
    check(.require, "../src/lib", from: main, "app/src/lib.js")
    check(.require, ".", from: "app/src/util/index.js", "app/src/util/index.js")
    check(.require, "./dotted.name", from: main, "app/src/dotted.name.js")
    check(.require, "./space dir/file", from: main, "app/src/space dir/file.js")
    check(.require, "$ROOT/app/src/lib", from: main, "app/src/lib.js")
    checkError(.require, "./missing", from: main, .notFound, message: "missing.js")
    checkError(.require, "$ROOT/app/src/missing", from: main, .notFound)
    checkError(.require, "./addon", from: main, .notFound, message: "native addon")
    checkError(.require, "./addon.node", from: main, .notFound, message: "native addon")
    checkError(.require, "", from: main, .invalidSpecifier)
    // cruft: Node looks for a package.
    checkError(.require, "file:///etc/passwd", from: main, .invalidSpecifier)
  }

  func testFormats() {
    let main = "app/src/main.js"
    check(.require, "./cjs.cjs", from: main, "app/src/cjs.cjs", format: .commonjs)
    check(.require, "./esm.mjs", from: main, "app/src/esm.mjs", format: .module)
    check(.require, "./noext", from: main, "app/src/noext", format: .commonjs)
    check(.require, "./typed/file", from: main, "app/src/typed/file.js", format: .module)
    check(.require, "./typed/other.cjs", from: main, "app/src/typed/other.cjs", format: .commonjs)
    check(.import, "./typed/noext", from: main, "app/src/typed/noext", format: .module)
    XCTAssertEqual(appResolver.format(ofFile: absolute("app/src/typed/file.js")), .module)
    XCTAssertEqual(appResolver.format(ofFile: absolute("app/src/data.json")), .json)
  }

  func testSymlinksResolveToRealPaths() {
    let main = "app/src/main.js"
    check(.require, "./alias", from: main, "app/src/lib.js")
    let linked = check(.require, "linked", from: main, "app/linked-src/real-pkg/index.js")
    XCTAssertEqual(linked?.packageName, "real-pkg")
    XCTAssertEqual(linked?.packageRoot, absolute("app/linked-src/real-pkg"))
    check(.require, "linked/helper", from: main, "app/linked-src/real-pkg/helper.js")
    check(.import, "linked/helper.js", from: main, "app/linked-src/real-pkg/helper.js")
    // A symlinked package finds its dependencies from where it really lies.
    check(.require, "plain", from: "app/linked-src/real-pkg/index.js", "app/node_modules/plain/lib/main.js")
    // A referrer reached through a symlink is looked at from its real location too.
    check(.require, "./helper", from: "app/node_modules/linked/index.js", "app/linked-src/real-pkg/helper.js")
  }

  // MARK: - require: packages

  func testRequirePackagesWithoutExports() {
    let main = "app/src/main.js"
    let plain = check(.require, "plain", from: main, "app/node_modules/plain/lib/main.js")
    XCTAssertEqual(plain?.packageName, "plain")
    XCTAssertEqual(plain?.packageVersion, "1.2.3")
    XCTAssertEqual(plain?.packageRoot, absolute("app/node_modules/plain"))
    check(.require, "plain/lib/other", from: main, "app/node_modules/plain/lib/other.js")
    check(.require, "plain/index", from: main, "app/node_modules/plain/index.js")
    check(.require, "plain/package.json", from: main, "app/node_modules/plain/package.json", format: .json)
    check(.require, "main-dir", from: main, "app/node_modules/main-dir/lib/index.js")
    check(.require, "main-missing", from: main, "app/node_modules/main-missing/index.js")
    checkError(.require, "main-broken", from: main, .notFound, message: "\"main\"")
    check(.require, "no-manifest", from: main, "app/node_modules/no-manifest/index.js")
    check(.require, "json-main", from: main, "app/node_modules/json-main/data.json", format: .json)
    check(.require, "exports-null", from: main, "app/node_modules/exports-null/m.js")
    checkError(.require, "addon-pkg", from: main, .notFound, message: "native addon")
    checkError(.require, "invalid-json", from: main, .invalidPackageTarget, message: "not valid JSON")
    checkError(.require, "missing-pkg", from: main, .notFound, message: "node_modules")
    let scoped = check(.require, "@scope/pkg", from: main, "app/node_modules/@scope/pkg/index.js")
    XCTAssertEqual(scoped?.packageName, "@scope/pkg")
    check(.require, "@scope/pkg/sub/file", from: main, "app/node_modules/@scope/pkg/sub/file.js")
    check(.require, "@scope/exp/util", from: main, "app/node_modules/@scope/exp/util.js")
    checkError(.require, "@scope/exp/main.js", from: main, .packagePathNotExported)
  }

  func testNestedNodeModulesAndHoisting() {
    let top = check(.require, "hoisted-dep", from: "app/src/main.js", "app/node_modules/hoisted-dep/index.js")
    XCTAssertEqual(top?.packageVersion, "1.0.0")
    let nested = check(
      .require, "hoisted-dep", from: "app/node_modules/nested/index.js",
      "app/node_modules/nested/node_modules/hoisted-dep/index.js")
    XCTAssertEqual(nested?.packageVersion, "2.0.0")
    check(
      .import, "hoisted-dep", from: "app/node_modules/nested/lib/deep.js",
      "app/node_modules/nested/node_modules/hoisted-dep/index.js")
    check(
      .require, "plain", from: "app/node_modules/nested/lib/deep.js", "app/node_modules/plain/lib/main.js")
    check(.import, "plain", from: "app/node_modules/nested/lib/deep.js", "app/node_modules/plain/lib/main.js")
  }

  // MARK: - exports

  func testExportsConditions() {
    let main = "app/src/main.js"
    check(
      .require, "conditional", from: main, "app/node_modules/conditional/cjs/index.cjs", format: .commonjs)
    check(.import, "conditional", from: main, "app/node_modules/conditional/esm/index.mjs", format: .module)
    check(.require, "conditional/feature", from: main, "app/node_modules/conditional/cjs/feature.js")
    check(.import, "conditional/feature", from: main, "app/node_modules/conditional/esm/feature.mjs")
    checkError(.require, "conditional/browser-only", from: main, .packagePathNotExported)
    checkError(.import, "conditional/browser-only", from: main, .packagePathNotExported)
    check(.require, "conditional/package.json", from: main, "app/node_modules/conditional/package.json")
    checkError(.require, "conditional/src/unexported.js", from: main, .packagePathNotExported)
    checkError(.import, "conditional/src/unexported.js", from: main, .packagePathNotExported)
    // "node-addons" never matches: cruft cannot load native code (Node agrees under --no-addons).
    check(.require, "conditional/addon", from: main, "app/node_modules/conditional/src/ok.js")
    check(.import, "addons-cond", from: main, "app/node_modules/addons-cond/fallback.js")
    let dual = check(.import, "dual", from: main, "app/node_modules/dual/dist/esm/index.js", format: .module)
    XCTAssertEqual(dual?.packageName, "dual")
    XCTAssertEqual(dual?.packageRoot, absolute("app/node_modules/dual"))
    check(.require, "dual", from: main, "app/node_modules/dual/dist/cjs/index.js", format: .commonjs)
    check(.require, "sugar-string", from: main, "app/node_modules/sugar-string/main.js")
    checkError(.require, "sugar-string/other.js", from: main, .packagePathNotExported)
    check(.require, "sugar-conditions", from: main, "app/node_modules/sugar-conditions/c.js")
    check(.import, "sugar-conditions", from: main, "app/node_modules/sugar-conditions/m.mjs")
    checkError(.require, "mixed-exports", from: main, .invalidPackageTarget)
    checkError(.require, "subpath-only", from: main, .packagePathNotExported)
    check(.require, "subpath-only/sub", from: main, "app/node_modules/subpath-only/sub.js")
  }

  /// Node takes the first condition in the object's key order that matches, so the order of keys in
  /// package.json is part of the meaning (JSONSerialization would lose it).
  func testConditionKeyOrder() {
    let main = "app/src/main.js"
    check(.require, "order", from: main, "app/node_modules/order/node.js")
    check(.import, "order", from: main, "app/node_modules/order/node.js")
    check(.require, "order/default-first", from: main, "app/node_modules/order/default.js")
    check(.import, "order/default-first", from: main, "app/node_modules/order/default.js")
    check(.import, "order/import-first", from: main, "app/node_modules/order/import.mjs")
    check(.require, "order/import-first", from: main, "app/node_modules/order/require.js")
  }

  func testExportsPatterns() {
    let main = "app/src/main.js"
    check(.require, "conditional/features/a", from: main, "app/node_modules/conditional/src/features/a.js")
    check(.import, "conditional/features/a.js", from: main, "app/node_modules/conditional/src/features/a.js")
    check(
      .require, "conditional/features/b/c", from: main, "app/node_modules/conditional/src/features/b/c.js")
    checkError(.require, "conditional/features/internal/x", from: main, .packagePathNotExported)
    check(.require, "conditional/deep/one", from: main, "app/node_modules/conditional/src/deep/one/index.js")
    checkError(.require, "conditional/features/../src/unexported", from: main, .invalidSpecifier)
    checkError(.import, "conditional/features/../src/unexported", from: main, .invalidSpecifier)
    check(.require, "patterns/a", from: main, "app/node_modules/patterns/lib/a.js")
    check(.require, "patterns/x/b", from: main, "app/node_modules/patterns/lib/x/b.js")
    check(.import, "patterns/x/theme.css", from: main, "app/node_modules/patterns/styles/theme.css")
    check(.require, "patterns/x/special", from: main, "app/node_modules/patterns/lib/special.js")
    check(.require, "patterns/x/y/c", from: main, "app/node_modules/patterns/lib/y/c.js")
    check(.require, "patterns/many/m", from: main, "app/node_modules/patterns/lib/m/m.js")
    check(.require, "patterns/space name", from: main, "app/node_modules/patterns/lib/space name.js")
    // A key with two stars is ignored, so "./*" matches and names a file that does not exist.
    checkError(.require, "patterns/two/a/b", from: main, .notFound)
    // Targets are URLs: "%20" is a space, so the file literally named "a%20b.js" is not it.
    checkError(.import, "patterns/a%20b", from: main, .notFound, message: "a b.js")
    checkError(.import, "patterns/a%2Fb", from: main, .invalidSpecifier)
  }

  func testExportsArraysAndInvalidTargets() {
    let main = "app/src/main.js"
    // The first valid target wins even when its file is missing.
    checkError(.require, "array-exports", from: main, .notFound, message: "missing.js")
    check(.require, "array-exports/first-invalid", from: main, "app/node_modules/array-exports/ok.js")
    check(.import, "array-exports/unmatched-then-ok", from: main, "app/node_modules/array-exports/ok.js")
    checkError(.require, "array-exports/all-invalid", from: main, .invalidPackageTarget)
    checkError(.require, "array-exports/invalid-then-null", from: main, .packagePathNotExported)
    checkError(.require, "array-exports/empty", from: main, .packagePathNotExported)
    checkError(.require, "escape/up", from: main, .invalidPackageTarget)
    checkError(.require, "escape/abs", from: main, .invalidPackageTarget)
    checkError(.import, "escape/nm", from: main, .invalidPackageTarget)
    checkError(.require, "escape/bare", from: main, .invalidPackageTarget)
    checkError(.require, "escape/num", from: main, .invalidPackageTarget, message: "numeric")
    checkError(.require, "escape/bool", from: main, .invalidPackageTarget)
    checkError(.import, "escape/url", from: main, .invalidPackageTarget)
    checkError(.require, "escape/dot", from: main, .invalidPackageTarget)
    check(.require, "escape/empty-segment", from: main, "app/node_modules/escape/lib/a.js")
    check(.require, "escape/lib/a", from: main, "app/node_modules/escape/lib/a.js")
    checkError(.require, "escape/lib/../a", from: main, .invalidSpecifier)
  }

  // MARK: - Self-reference and imports

  func testSelfReference() {
    check(.require, "app", from: "app/src/lib.js", "app/src/main.js")
    check(.require, "app/lib", from: "app/src/main.js", "app/src/lib.js")
    check(.import, "app/lib", from: "app/src/main.js", "app/src/esm.mjs")
    checkError(.require, "app/src/lib.js", from: "app/src/main.js", .packagePathNotExported)
    check(.require, "selfish/feature", from: "app/selfish/lib/inner.js", "app/selfish/feature.js")
    check(.import, "selfish", from: "app/selfish/lib/inner.js", "app/selfish/index.js")
    checkError(.require, "selfish/lib/inner.js", from: "app/selfish/index.js", .packagePathNotExported)
    // Without "exports" a package cannot name itself.
    checkError(.require, "standalone", from: "app/standalone/index.js", .notFound)
    checkError(.import, "standalone", from: "app/standalone/index.js", .notFound)
  }

  func testPackageImports() {
    let main = "app/src/main.js"
    check(.require, "#internal/helper", from: main, "app/src/internal/helper.js")
    check(.import, "#internal/helper", from: main, "app/src/internal/helper.js")
    checkError(.require, "#internal/hidden", from: main, .importNotDefined)
    check(.require, "#config", from: main, "app/src/config.cjs", format: .commonjs)
    check(.import, "#config", from: main, "app/src/config.mjs", format: .module)
    check(.require, "#dep", from: main, "app/node_modules/plain/lib/main.js")
    check(.import, "#dep", from: main, "app/node_modules/plain/lib/main.js")
    check(.import, "#dep/other", from: main, "app/node_modules/plain/lib/other.js")
    checkBuiltin(.import, "#path", from: main, "path")
    // cruft: Node 20 throws ERR_INVALID_URL_SCHEME.
    checkBuiltin(.require, "#path", from: main, "path")
    checkError(.import, "#node-url", from: main, .invalidPackageTarget)
    checkError(.require, "#outside", from: main, .invalidPackageTarget)
    checkError(.import, "#missing", from: main, .notFound)
    checkError(.require, "#cond-only", from: main, .importNotDefined)
    checkError(.import, "#unknown", from: main, .importNotDefined)
    checkError(.import, "#", from: main, .invalidSpecifier)
    checkError(.require, "#/x", from: main, .invalidSpecifier)
    checkError(.import, "#internal/helper", from: "app/node_modules/plain/lib/main.js", .importNotDefined)
    checkError(.import, "#x", from: "store-app/main.js", .importNotDefined)
    // cruft: Node looks for a package.
    checkError(.require, "#x", from: "store-app/main.js", .importNotDefined)
  }

  // MARK: - import: the ES module algorithm

  func testImportNeedsExactFiles() {
    let main = "app/src/main.js"
    check(.import, "./lib.js", from: main, "app/src/lib.js")
    checkError(.import, "./lib", from: main, .notFound, message: "did you mean to import './lib.js'")
    checkError(.import, "./lib/", from: main, .notFound, message: "'./lib/index.js'")
    checkError(.import, "./util", from: main, .notFound, message: "directory")
    check(.import, "./data.json", from: main, "app/src/data.json", format: .json)
    check(.import, "./space%20dir/file.js", from: main, "app/src/space dir/file.js")
    check(.import, "./space dir/file.js", from: main, "app/src/space dir/file.js")
    check(.import, "./lib.js?query=1#fragment", from: main, "app/src/lib.js")
    check(.import, "../src/./lib.js", from: main, "app/src/lib.js")
    check(.import, "$ROOT/app/src/lib.js", from: main, "app/src/lib.js")
    check(.import, "file://$ROOT/app/src/lib.js", from: main, "app/src/lib.js")
    check(.import, "file://localhost$ROOT/app/src/lib.js", from: main, "app/src/lib.js")
    checkError(.import, "file:///nonexistent/file.js", from: main, .notFound)
    checkError(.import, "./lib%2Findex.js", from: main, .invalidSpecifier)
    checkError(.import, "./addon.node", from: main, .notFound, message: "native addon")
    checkError(.import, "https://example.com/x.js", from: main, .invalidSpecifier)
    checkError(.import, "data:text/javascript,export default 1", from: main, .invalidSpecifier)
    // cruft: Node looks for a package named "".
    checkError(.import, "", from: main, .invalidSpecifier)
  }

  func testImportBarePackages() {
    let main = "app/src/main.js"
    check(.import, "plain", from: main, "app/node_modules/plain/lib/main.js")
    check(.import, "plain/lib/other.js", from: main, "app/node_modules/plain/lib/other.js")
    checkError(.import, "plain/lib/other", from: main, .notFound, message: "'plain/lib/other.js'")
    check(.import, "main-dir", from: main, "app/node_modules/main-dir/lib/index.js")
    check(.import, "main-missing", from: main, "app/node_modules/main-missing/index.js")
    checkError(.import, "main-broken", from: main, .notFound)
    check(.import, "no-manifest", from: main, "app/node_modules/no-manifest/index.js")
    check(.import, "json-main", from: main, "app/node_modules/json-main/data.json")
    checkError(.import, "addon-pkg", from: main, .notFound, message: "native addon")
    check(.import, "esm-pkg", from: main, "app/node_modules/esm-pkg/index.js", format: .module)
    check(.require, "esm-pkg/lib/x", from: main, "app/node_modules/esm-pkg/lib/x.js", format: .module)
    check(.import, "@scope/pkg/sub/file.js", from: main, "app/node_modules/@scope/pkg/sub/file.js")
    checkError(.import, "missing-pkg", from: main, .notFound, message: "node_modules")
    checkError(.import, ".hidden", from: main, .invalidSpecifier)
    checkError(.import, "@scope", from: main, .invalidSpecifier)
    checkError(.import, "pkg%20x", from: main, .invalidSpecifier)
    checkError(.import, "invalid-json", from: main, .invalidPackageTarget)
  }

  // MARK: - The package store

  func testStoreLayout() {
    let app = "store-app/main.js"
    // node_modules folders come first, then the store root.
    let local = check(.require, "alpha", from: app, "store-app/node_modules/alpha/index.js", in: .store)
    XCTAssertEqual(local?.packageVersion, "2.0.0-local")
    check(.require, "beta", from: app, "store/beta/beta.cjs", in: .store)
    // cruft: Node's import ignores NODE_PATH.
    check(.import, "beta", from: app, "store/beta/beta.mjs", in: .store)
    check(.require, "@scope/gamma", from: app, "store/@scope/gamma/index.js", in: .store)
    check(
      .require, "alpha", from: "store/delta/index.js", "store/delta/node_modules/alpha/index.js", in: .store)
    let alpha = check(.require, "alpha", from: "store/beta/beta.cjs", "store/alpha/alpha.js", in: .store)
    XCTAssertEqual(alpha?.packageRoot, absolute("store/alpha"))
    // cruft: as above.
    check(.import, "esm-only", from: app, "store/esm-only/index.js", format: .module, in: .store)
    check(.require, "esm-only", from: app, "store/esm-only/index.js", format: .module, in: .store)
    // An entry point that does not exist yet still finds the store.
    check(.require, "alpha", from: "nowhere/index.js", "store/alpha/alpha.js", in: .store)
    checkError(.require, "beta", from: app, .notFound, in: .app)
    checkError(.require, "missing-pkg", from: app, .notFound, message: "package store", in: .store)
  }

  // MARK: - Manifests

  func testPackageLookup() throws {
    let esmFile = absolute("app/node_modules/dual/dist/esm/index.js")
    XCTAssertEqual(appResolver.package(containing: esmFile)?.name, "dual")
    XCTAssertEqual(
      appResolver.packageScope(containing: esmFile)?.directory, absolute("app/node_modules/dual/dist/esm"))
    XCTAssertEqual(appResolver.packageScope(containing: esmFile)?.moduleType, .module)
    // The lookup stops at node_modules: a package without package.json is not part of the app.
    XCTAssertNil(appResolver.package(containing: absolute("app/node_modules/no-manifest/index.js")))
    XCTAssertEqual(appResolver.package(containing: absolute("app/src/withmain/entry.js"))?.name, "app")
    XCTAssertEqual(appResolver.packageScope(containing: absolute("app/src/withmain/entry.js"))?.main, "entry")

    let alpha = try XCTUnwrap(storeResolver.package(containing: absolute("store/alpha/alpha.js")))
    XCTAssertEqual(alpha.manifestPath, absolute("store/alpha/package.json"))
    XCTAssertEqual(alpha.caps?["net"], .array([.string("registry.example.com:443")]))
    XCTAssertEqual(alpha.caps?.members?.map(\.key), ["net", "fs", "env"])
    XCTAssertEqual(alpha["version"], .string("1.0.0"))
    let caps = try XCTUnwrap(alpha.caps?.foundationValue as? [String: Any])
    XCTAssertEqual(caps["env"] as? [String], ["LANG"])
  }

  func testOrderedJSON() throws {
    let text =
      #"{"z": 1, "a": {"import": "x", "require": "y", "default": null}, "2": true, "1": [1.5, -2e3], "z": "last", "s": "\u00e9\ud83d\ude00\n"}"#
    let value = try JSONValue.parse(Data(text.utf8))
    // Integer-like keys come first, a repeated key keeps its place and takes the last value (as in V8).
    XCTAssertEqual(value.members?.map(\.key), ["1", "2", "z", "a", "s"])
    XCTAssertEqual(value["z"], .string("last"))
    XCTAssertEqual(value["a"]?.members?.map(\.key), ["import", "require", "default"])
    XCTAssertEqual(value["1"], .array([.number(1.5), .number(-2000)]))
    XCTAssertEqual(value["s"], .string("é😀\n"))
    for invalid in ["{", "{\"a\" 1}", "[1,]", "01", "\"\u{1}\"", "{\"a\":1} x", "nul", "\"\\x\""] {
      XCTAssertThrowsError(try JSONValue.parse(Data(invalid.utf8)), invalid)
    }
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    XCTAssertThrowsError(try JSONValue.parse(Data(deep.utf8)))
    XCTAssertEqual(try JSONValue.parse(Data("\u{FEFF}{}".utf8)), .object([]))
  }

  /// Node's EXPORTS_PATTERN, which decides which part of a require() request names the package.
  func testSplitPackageRequest() {
    func split(_ request: String) -> [String]? {
      ModuleResolver.splitPackageRequest(request).map { [$0.name, $0.expansion] }
    }
    XCTAssertEqual(split("pkg"), ["pkg", ""])
    XCTAssertEqual(split("pkg/a/b"), ["pkg", "/a/b"])
    XCTAssertEqual(split("@scope/pkg/a"), ["@scope/pkg", "/a"])
    XCTAssertEqual(split("@scope"), ["@scope", ""])
    XCTAssertEqual(split("@a/b%c"), ["@a", "/b%c"])
    XCTAssertEqual(split("@a/.x"), ["@a", "/.x"])
    XCTAssertNil(split(".pkg"))
    XCTAssertNil(split("pkg%20x"))
    XCTAssertNil(split("pkg\\x"))
  }

  func testPatternKeyCompare() {
    XCTAssertEqual(ModuleResolver.patternKeyCompare("./*", "./x/*"), 1)
    XCTAssertEqual(ModuleResolver.patternKeyCompare("./x/*", "./*"), -1)
    XCTAssertEqual(ModuleResolver.patternKeyCompare("./x/*", "./x/*.js"), 1)
    XCTAssertEqual(ModuleResolver.patternKeyCompare("./x/*", "./x/*"), 0)
    XCTAssertEqual(ModuleResolver.patternKeyCompare("", "./*"), 1)
  }

  func testConcurrentResolution() {
    let resolver = appResolver
    let root = fixtureRoot
    let results = ResultBox()
    DispatchQueue.concurrentPerform(iterations: 64) { index in
      let specifier = ["plain", "conditional", "#config", "dual"][index % 4]
      if case .success(let module) = resolver.resolve(
        specifier, from: root + "/app/src/main.js", mode: .require)
      {
        results.add(module.path ?? "")
      }
    }
    XCTAssertEqual(results.count, 64)
  }

  // MARK: - Differential tests against Node on Debian's package store

  private static let store = "/usr/share/nodejs"
  private static let entry = "/tmp/cruft-entry/index.js"

  /// `scripts/node-closure.mjs --all` over the store: one JSON object per package, computed once.
  private static let nodeClosures: Result<[JSONValue], NodeUnavailable> = {
    guard FileManager.default.fileExists(atPath: store) else {
      return .failure(NodeUnavailable("\(store) is not installed"))
    }
    guard let output = runNode(["--store", store, "--from", entry, "--all"]) else {
      return .failure(NodeUnavailable("node is not installed"))
    }
    return .success(
      output.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONValue.parse(Data($0)) })
  }()

  struct NodeUnavailable: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  /// Runs `node [--no-addons] scripts/node-closure.mjs arguments`, feeding `input` on stdin.
  private static func runNode(_ arguments: [String], noAddons: Bool = false, input: Data? = nil) -> Data? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let node = path.split(separator: ":").map({ "\($0)/node" })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { return nil }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../scripts/node-closure.mjs").standardizedFileURL.path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: node)
    process.arguments = (noAddons ? ["--no-addons"] : []) + [script] + arguments
    let output = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
    do { try process.run() } catch { return nil }
    if let input {
      // The script reads all of stdin before it writes, so writing first cannot deadlock.
      inputPipe.fileHandleForWriting.write(input)
      try? inputPipe.fileHandleForWriting.close()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
  }

  private func answer(_ result: Result<ResolvedModule, ResolutionError>) -> String? {
    switch result {
    case .success(let module):
      switch module.target {
      case .file(let path): return path
      case .builtin(let name): return name
      }
    case .failure: return nil
    }
  }

  /// For every package in /usr/share/nodejs, Node (`scripts/node-closure.mjs`, NODE_PATH set to the
  /// store) and the resolver must agree on `require.resolve(name)`: the same file, the same builtin, or
  /// both failing.
  func testStoreAgreesWithNode() throws {
    let records: [JSONValue]
    switch Self.nodeClosures {
    case .success(let value): records = value
    case .failure(let unavailable): throw XCTSkip(unavailable.reason)
    }
    let resolver = ModuleResolver(layout: .store(root: Self.store))
    var differences: [String] = []
    var requirable = 0
    for record in records {
      guard let name = record["package"]?.stringValue else { continue }
      if record["ok"] == .bool(true) { requirable += 1 }
      let nodeAnswer = record["main"]?.stringValue
      let cruftAnswer = answer(resolver.resolve(name, from: Self.entry, mode: .require))
      if cruftAnswer != nodeAnswer {
        differences.append("\(name): node \(nodeAnswer ?? "fails"), cruft \(cruftAnswer ?? "fails")")
      }
    }
    print(
      "ModuleResolverTests: \(records.count) store packages compared with Node, \(differences.count) differ")
    XCTAssertGreaterThan(records.count, 90, "node-closure.mjs reported too few packages")
    XCTAssertGreaterThan(requirable, 90, "node could require too few packages")
    XCTAssertEqual(differences, [], "packages where cruft and Node disagree")
  }

  /// Every `require('literal')` in every file Node loaded for the store's packages resolves as Node
  /// resolves it (`node --no-addons scripts/node-closure.mjs --resolve`): relative files with probed
  /// extensions, directory indexes, "exports", "#imports", dependencies via the store, builtins.
  func testStoreClosuresAgreeWithNode() throws {
    let records: [JSONValue]
    switch Self.nodeClosures {
    case .success(let value): records = value
    case .failure(let unavailable): throw XCTSkip(unavailable.reason)
    }
    let files = Set(records.flatMap { $0["files"]?.arrayValue?.compactMap(\.stringValue) ?? [] })
    let pattern = try NSRegularExpression(pattern: #"\brequire\(\s*(['"])([^'"\\\n]+)\1\s*\)"#)
    var pairs: [[String: String]] = []
    for file in files.sorted() {
      guard let source = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
      let text = source as NSString
      for match in pattern.matches(in: source, range: NSRange(location: 0, length: text.length)) {
        pairs.append(["from": file, "specifier": text.substring(with: match.range(at: 2))])
      }
    }
    let input = try JSONSerialization.data(withJSONObject: pairs)
    let output = try XCTUnwrap(
      Self.runNode(["--resolve", "--store", Self.store], noAddons: true, input: input),
      "node --resolve failed")
    let resolver = ModuleResolver(layout: .store(root: Self.store))
    var compared = 0
    var differences: [String] = []
    for line in output.split(separator: UInt8(ascii: "\n")) {
      let record = try JSONValue.parse(Data(line))
      guard let from = record["from"]?.stringValue, let specifier = record["specifier"]?.stringValue else {
        continue
      }
      compared += 1
      let nodeAnswer = record["resolved"]?.stringValue
      let cruftAnswer = answer(resolver.resolve(specifier, from: from, mode: .require))
      if cruftAnswer != nodeAnswer {
        differences.append(
          "'\(specifier)' from \(from): node \(nodeAnswer ?? "fails"), cruft \(cruftAnswer ?? "fails")")
      }
    }
    print(
      "ModuleResolverTests: \(compared) require() calls in \(files.count) files compared, \(differences.count) differ"
    )
    XCTAssertEqual(compared, pairs.count)
    XCTAssertGreaterThan(compared, 1000, "too few require() calls in the closures")
    XCTAssertEqual(differences, [], "require() calls that cruft and Node resolve differently")
  }
}

/// Collects results from concurrent closures.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []

  func add(_ item: String) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return items.count
  }
}
