import Backend
import CapLowering
import Diagnostics
import Foundation
import GraphCheck
import Provenance
import VM

/// How one test ended.
enum Outcome: String, Codable {
  case pass, fail, crash
  case notApplicable = "n/a"
}

/// One line of the results: the test, its family, its outcome and, when it did not pass, why.
struct TestResult: Codable {
  /// The path below test262's `test/` directory, e.g. `built-ins/Array/length.js`.
  var path: String
  var outcome: Outcome
  /// For `n/a`: the category (`NotApplicable`'s raw value).
  var reason: String?
  /// For `fail` and `crash`: the first line of the error; for `n/a`: the feature, flag or hook.
  var message: String?
  /// Compile and run time, in milliseconds.
  var milliseconds: Int?

  /// The first directory below `built-ins/` (or below the top directory for other parts of test262).
  var family: String {
    let parts = path.split(separator: "/")
    return parts.count > 2 ? String(parts[1]) : String(parts.first ?? "")
  }
}

/// Compiles and runs tests in this process, one at a time, through the same stages as `cruftc
/// build` (GraphCheck, CapLowering, Backend, BundleAssembly) and `cruftvm run` (BundleLoader,
/// BundleRunner): each test becomes a one-package project in a scratch directory, sealed with a key
/// made for this process and verified against it.
final class TestExecutor {
  let testRoot: String
  let harnessRoot: String
  let freezesIntrinsics: Bool
  let limits: RunLimits
  private let scratch: String
  private let key = SecretKey()
  private var harnessCache: [String: [UInt8]] = [:]

  /// Lines the runner adds before the harness: `print`, which doneprintHandle.js reports through,
  /// and the members of `$262` that need neither eval nor a second realm.
  static let prelude = """
    "use strict";
    function print(message) { console.log(String(message)); }
    var $262 = { global: globalThis, gc: function gc() {} };

    """

  /// The entry module of a script test: it requires the test and reports what the test threw as
  /// `Test262:Error:NAME: MESSAGE`, NAME being the constructor's name (test262's `negative.type`).
  static let entrySource = """
    "use strict";
    try {
      require("./test.js");
    } catch (error) {
      var name = typeof error;
      var message = "";
      try {
        if (error !== null && (typeof error === "object" || typeof error === "function")) {
          name = typeof error.constructor === "function" ? String(error.constructor.name) : String(error.name);
          message = String(error.message);
        } else {
          message = String(error);
        }
      } catch (inner) {
        message = "(the thrown value could not be described)";
      }
      console.log("Test262:Error:" + name + ": " + message);
    }

    """

  init(test262 root: String, freezesIntrinsics: Bool, limits: RunLimits) throws {
    testRoot = root + "/test"
    harnessRoot = root + "/harness"
    self.freezesIntrinsics = freezesIntrinsics
    self.limits = limits
    let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath().path
    scratch = base + "/cruft-test262-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: scratch) }

  /// A harness file's bytes, with the runner's two adaptations: fnGlobalObject.js returns
  /// `globalThis` instead of calling `Function("return this;")`, and asyncHelpers.js asks whether
  /// `$DONE` is defined instead of whether it is a property of the global object (a script's
  /// top-level functions are module-scoped in cruft).
  func harness(_ name: String) -> [UInt8]? {
    if let cached = harnessCache[name] { return cached }
    guard let data = FileManager.default.contents(atPath: harnessRoot + "/" + name) else { return nil }
    var text = String(decoding: data, as: UTF8.self)
    switch name {
    case "fnGlobalObject.js":
      text = "var __globalObject = globalThis;\nfunction fnGlobalObject() {\n  return __globalObject;\n}\n"
    case "asyncHelpers.js":
      text = text.replacingOccurrences(
        of: "Object.prototype.hasOwnProperty.call(globalThis, \"$DONE\")",
        with: "typeof $DONE === \"function\"")
    default: break
    }
    let bytes = Array(text.utf8) + [0x0A]
    harnessCache[name] = bytes
    return bytes
  }

  func run(_ path: String) -> TestResult {
    let started = DispatchTime.now()
    var result = runTimed(path)
    result.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
    return result
  }

  private func runTimed(_ path: String) -> TestResult {
    func failed(_ message: String) -> TestResult { TestResult(path: path, outcome: .fail, message: message) }
    guard let data = FileManager.default.contents(atPath: testRoot + "/" + path) else {
      return failed("runner: cannot read the test")
    }
    let testBytes = [UInt8](data)
    let metadata = TestMetadata(parsing: String(decoding: testBytes, as: UTF8.self))
    var names = ["assert.js", "sta.js"]
    if metadata.isAsync { names.append("doneprintHandle.js") }
    names += metadata.includes.filter { !names.contains($0) }
    var source = Array(Self.prelude.utf8)
    for name in names {
      guard let bytes = harness(name) else { return failed("runner: no harness file \(name)") }
      source += bytes
    }
    if Self.readsTopLevelThis(testBytes, metadata: metadata) {
      source += Array("(function () {\n".utf8) + testBytes + Array("\n}).call(globalThis);\n".utf8)
    } else {
      source += testBytes
    }
    let scanned = String(decoding: source, as: UTF8.self)
    if let (reason, detail) = Applicability.reason(metadata, source: scanned) {
      return TestResult(path: path, outcome: .notApplicable, reason: reason.rawValue, message: detail)
    }

    let compiled: LoadedBundle
    switch compile(source, path: path, metadata: metadata) {
    case .success(let loaded): compiled = loaded
    case .failure(let failure):
      let codes = Set(failure.diagnostics.map(\.code))
      if metadata.negativePhase == "parse" || metadata.negativePhase == "resolution" {
        let expected = metadata.negativePhase == "parse" ? "E0" : "E1"
        if codes.contains(where: { $0.hasPrefix(expected) }) {
          return TestResult(path: path, outcome: .pass)
        }
      }
      if codes.contains("E1004") || codes.contains("E1005") {
        return TestResult(
          path: path, outcome: .notApplicable, reason: NotApplicable.evalOrFunction.rawValue,
          message: codes.contains("E1004") ? "eval" : "Function")
      }
      return failed(failure.summary)
    }
    if let phase = metadata.negativePhase, phase != "runtime" {
      return failed("expected a \(phase)-phase \(metadata.negativeType ?? "error"), but the test compiled")
    }

    var options = RunOptions()
    options.limits = limits
    options.grants.clock = true
    options.grants.random = true
    options.arguments = [(path as NSString).lastPathComponent]
    options.freezesIntrinsics = freezesIntrinsics
    options.endsOnUnhandledRejection = false
    let output = CapturedOutput()
    let outcome = BundleRunner.run(
      compiled, options: options, standardOutput: { output.append($0) }, standardError: { _ in })
    return judge(path, metadata: metadata, outcome: outcome, lines: output.lines)
  }

  /// What the run printed and how it ended, against what the test expects.
  func judge(_ path: String, metadata: TestMetadata, outcome: RunOutcome, lines: [String]) -> TestResult {
    func failed(_ message: String) -> TestResult { TestResult(path: path, outcome: .fail, message: message) }
    var thrown: (name: String, message: String)?
    switch outcome {
    case .finished(let status):
      if let line = lines.first(where: { $0.hasPrefix("Test262:Error:") }) {
        thrown = Self.split(String(line.dropFirst("Test262:Error:".count)))
      } else if status != 0 {
        return failed("the test exited with status \(status)")
      }
    case .uncaught(let text):
      // Module tests have no entry module around them: their exception is the VM's report.
      var first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
      if first.hasPrefix("Uncaught ") { first.removeFirst("Uncaught ".count) }
      thrown = Self.split(first)
    case .stepLimit(let steps): return failed("runner: step limit (\(steps) instructions) exceeded")
    case .heapLimit(let bytes): return failed("runner: heap limit (\(bytes >> 20) MB) exceeded")
    case .stackLimit(let depth): return failed("runner: depth limit (\(depth) calls) exceeded")
    case .linkFailure(let message): return failed("link failure: \(message)")
    }
    if metadata.negativePhase == "runtime" {
      guard let thrown else {
        return failed("expected a runtime \(metadata.negativeType ?? "error"), none thrown")
      }
      if thrown.name == metadata.negativeType { return TestResult(path: path, outcome: .pass) }
      return failed(
        "expected a runtime \(metadata.negativeType ?? "error"), got \(thrown.name): \(thrown.message)")
    }
    if let thrown {
      // GeneratorFunction and its kin, reached through a prototype, are refused when called (the
      // compiler can only see the Function constructor by name).
      if thrown.message.contains("code from strings cannot run") {
        return TestResult(
          path: path, outcome: .notApplicable, reason: NotApplicable.evalOrFunction.rawValue,
          message: "a function constructor at run time")
      }
      return failed("\(thrown.name): \(thrown.message)")
    }
    if metadata.isAsync {
      if let failure = lines.first(where: { $0.hasPrefix("Test262:AsyncTestFailure:") }) {
        return failed(String(failure.dropFirst("Test262:AsyncTestFailure:".count)))
      }
      if !lines.contains("Test262:AsyncTestComplete") {
        return failed("runner: the async test never called $DONE")
      }
    }
    return TestResult(path: path, outcome: .pass)
  }

  /// Whether the test's code (after its frontmatter) mentions `this`. A script's top-level `this`
  /// is the global object, a CommonJS module's is `module.exports`; such a test runs inside a
  /// function called with `globalThis` as `this`. Tests expecting a parse error keep their text.
  static func readsTopLevelThis(_ bytes: [UInt8], metadata: TestMetadata) -> Bool {
    guard !metadata.isModule, metadata.negativePhase == nil else { return false }
    let text = String(decoding: bytes, as: UTF8.self)
    let code = text.range(of: "---*/").map { text[$0.upperBound...] } ?? text[...]
    var rest = code
    while let found = rest.range(of: "this") {
      let before = rest[..<found.lowerBound].last
      let after = rest[found.upperBound...].first
      func isNamePart(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_" || character == "$"
      }
      if !isNamePart(before) && !isNamePart(after) { return true }
      rest = rest[found.upperBound...]
    }
    return false
  }

  /// `NAME: MESSAGE` as its two parts (NAME alone when there is no message).
  static func split(_ text: String) -> (name: String, message: String) {
    guard let colon = text.range(of: ": ") else { return (text, "") }
    return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
  }

  // MARK: Compiling

  struct CompileFailure: Error {
    var diagnostics: [Diagnostic]

    /// The first error as `CODE: message`, and how many more there were.
    var summary: String {
      let errors = diagnostics.filter { $0.severity == .error }
      guard let first = errors.first else { return "compile error" }
      let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
      return "compile error \(first.code): \(first.message)\(more)"
    }
  }

  /// Writes the test as a project (an entry module that requires it, or for module tests the test
  /// itself with its fixtures), then checks, lowers, compiles, seals and verifies it.
  func compile(_ source: [UInt8], path: String, metadata: TestMetadata) -> Result<
    LoadedBundle, CompileFailure
  > {
    let fileManager = FileManager.default
    let directory = scratch + "/project"
    try? fileManager.removeItem(atPath: directory)
    let entry: String
    do {
      try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let type = metadata.isModule ? "module" : "commonjs"
      try Data(#"{ "name": "test262-case", "version": "0.0.0", "type": "\#(type)" }"#.utf8)
        .write(to: URL(fileURLWithPath: directory + "/package.json"))
      if metadata.isModule {
        // Module tests import fixtures next to them, and sometimes themselves, by file name.
        let testDirectory = (testRoot + "/" + path as NSString).deletingLastPathComponent
        for name in (try? fileManager.contentsOfDirectory(atPath: testDirectory)) ?? []
        where name.contains("_FIXTURE") {
          try fileManager.copyItem(atPath: testDirectory + "/" + name, toPath: directory + "/" + name)
        }
        entry = directory + "/" + (path as NSString).lastPathComponent
        try Data(source).write(to: URL(fileURLWithPath: entry))
      } else {
        try Data(source).write(to: URL(fileURLWithPath: directory + "/test.js"))
        entry = directory + "/main.js"
        try Data(Self.entrySource.utf8).write(to: URL(fileURLWithPath: entry))
      }
    } catch {
      return .failure(
        CompileFailure(diagnostics: [
          Diagnostic(
            code: "runner", message: "cannot write the project: \(error)", file: nil, range: 0..<0, help: nil)
        ]))
    }
    let project = Project(directory: directory, entries: [entry], layout: .nodeModules)
    let (graph, graphDiagnostics) = GraphBuilder.build(project)
    var diagnostics = graphDiagnostics
    if diagnostics.contains(where: { $0.severity == .error }) {
      return .failure(CompileFailure(diagnostics: diagnostics))
    }
    let report = CapLowering.analyze(graph, project: project)
    diagnostics += report.diagnostics + report.notGranted
    if diagnostics.contains(where: { $0.severity == .error }) {
      return .failure(CompileFailure(diagnostics: diagnostics))
    }
    let backend = Backend.compile(graph, report: report, options: BackendOptions(nativeCode: false))
    if backend.hasErrors { return .failure(CompileFailure(diagnostics: backend.diagnostics)) }
    let lockfile = Lockfile(graph: graph)
    do {
      let bytes = try BundleAssembly.bundle(
        graph: graph, report: report, compiled: backend.modules.compactMap { $0 }, lockfile: lockfile,
        compilerVersion: "test262-runner", key: key)
      return .success(
        try BundleLoader.load(
          bytes: bytes, trusting: [TrustedBuilder(fingerprint: key.fingerprint)],
          expectedLockfileDigest: lockfile.digest))
    } catch {
      return .failure(
        CompileFailure(diagnostics: [
          Diagnostic(code: "bundle", message: "\(error)", file: nil, range: 0..<0, help: nil)
        ]))
    }
  }
}

/// Standard output of a run, as lines (bounded: a test printing in a loop cannot exhaust memory).
final class CapturedOutput {
  private var text = ""
  private static let limit = 1 << 20

  func append(_ chunk: String) {
    guard text.utf8.count < Self.limit else { return }
    text += chunk
  }

  var lines: [String] { text.split(whereSeparator: \.isNewline).map(String.init) }
}
