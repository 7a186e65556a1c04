import Backend
import Bytecode
import CapLowering
import Foundation
import Frontend
import GraphCheck
import XCTest

/// Compiles the differential suite and the benchmark programs: no diagnostics, structurally sound
/// code, and an encoding that decodes to the same module.
final class BackendTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Compiles a project's graph; fails the test on any compiler diagnostic or structural problem.
  func compileProject(directory: String, entries: [String], label: String) -> [CompiledModule] {
    let project = Project(directory: directory, entries: entries, layout: .nodeModules)
    let checked = GraphCheck.check(project)
    let report = CapLowering.analyze(checked.graph, project: project)
    let result = Backend.compile(checked.graph, report: report)
    for diagnostic in result.diagnostics {
      XCTFail(
        "\(label): \(diagnostic.code) \(diagnostic.message) at \(diagnostic.start.map(String.init(describing:)) ?? "?")"
      )
    }
    var modules: [CompiledModule] = []
    for (index, module) in result.modules.enumerated() {
      guard let module else {
        if checked.graph.modules[index].ast != nil || checked.graph.modules[index].format == .json {
          XCTFail("\(label): module \(checked.graph.modules[index].relativePath) was not compiled")
        }
        continue
      }
      let problems = StructuralCheck.problems(
        in: module.code, imports: module.imports.count, handles: module.handles.count)
      for problem in problems.prefix(5) { XCTFail("\(label): \(module.name): \(problem)") }
      let bytes = BytecodeEncoding.encode(module.code)
      XCTAssertEqual(
        try? BytecodeEncoding.decode(bytes), module.code, "\(label): round trip of \(module.name)")
      modules.append(module)
    }
    return modules
  }

  func testDifferentialProgramsCompile() throws {
    let root = BackendTests.repository.appendingPathComponent("tests/differential")
    let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
    var count = 0
    for file in files where (file.hasSuffix(".mjs") || file.hasSuffix(".cjs")) && !file.contains(".lib.") {
      let path = root.appendingPathComponent(file)
      let modules = compileProject(
        directory: path.deletingLastPathComponent().path, entries: [path.path], label: file)
      XCTAssertFalse(modules.isEmpty, file)
      count += 1
    }
    XCTAssertGreaterThan(count, 400)
  }

  func testBenchmarkProgramsCompile() throws {
    let programs = URL(fileURLWithPath: "/work/shared/bench/programs")
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: programs.path) else {
      throw XCTSkip("the benchmark programs are not on this machine")
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("backend-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    var count = 0
    for file in files.sorted() where file.hasSuffix(".js") {
      // As the benchmark instructions say: the program with a line printing run()'s result.
      let source = try String(contentsOf: programs.appendingPathComponent(file), encoding: .utf8)
      let directory = scratch.appendingPathComponent(file + ".d")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let entry = directory.appendingPathComponent(file)
      try (source + "\nconsole.log(run());\n").write(to: entry, atomically: true, encoding: .utf8)
      let modules = compileProject(directory: directory.path, entries: [entry.path], label: file)
      XCTAssertEqual(modules.count, 1, file)
      count += 1
    }
    XCTAssertEqual(count, 10)
  }

  /// The DEV corpus packages, each required from a throwaway project with the Debian store as its
  /// layout. Capability grants are not this test's concern: every module is compiled regardless.
  func testCorpusPackagesCompile() throws {
    let store = "/usr/share/nodejs"
    guard let list = try? String(contentsOfFile: "/work/shared/corpus-dev.txt", encoding: .utf8),
      FileManager.default.fileExists(atPath: store)
    else { throw XCTSkip("the DEV corpus is not installed here") }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("backend-corpus-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var compiled = 0
    for line in list.split(separator: "\n") where line.hasPrefix("node-") {
      let name = String(line.dropFirst(5))
      guard FileManager.default.fileExists(atPath: "\(store)/\(name)/package.json") else { continue }
      let directory = scratch.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let entry = directory.appendingPathComponent("index.js")
      try "require(\"\(name)\");\n".write(to: entry, atomically: true, encoding: .utf8)
      let project = Project(directory: directory.path, entries: [entry.path], layout: .store(root: store))
      let checked = GraphCheck.check(project)
      // Packages the static-import gate rejects (tests/corpus/expected-rejections.txt) are never built.
      if checked.diagnostics.contains(where: { $0.severity == .error && $0.code != "E1011" }) { continue }
      let report = CapLowering.analyze(checked.graph, project: project)
      let result = Backend.compile(checked.graph, report: report)
      for diagnostic in result.diagnostics where diagnostic.severity == .error {
        XCTFail("\(name): \(diagnostic.code) \(diagnostic.message) in \(diagnostic.file?.path ?? "?")")
      }
      for module in result.modules.compactMap({ $0 }) {
        let problems = StructuralCheck.problems(
          in: module.code, imports: module.imports.count, handles: module.handles.count)
        for problem in problems.prefix(3) { XCTFail("\(name): \(module.name): \(problem)") }
        compiled += 1
      }
    }
    XCTAssertGreaterThan(compiled, 100)
  }

  func testStructuralCheckCatchesFallingOffTheEnd() {
    let function = BytecodeFunction(
      name: [], kind: .normal, length: 0, parameterCount: 0, registerCount: 1, inlineCacheCount: 0,
      code: [UInt32(Opcode.loadUndefined.rawValue), 0])
    let module = BytecodeModule(functions: [function])
    XCTAssertFalse(StructuralCheck.problems(in: module, imports: 0, handles: 0).isEmpty)
  }
}
