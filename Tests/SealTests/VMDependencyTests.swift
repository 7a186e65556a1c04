import Foundation
import XCTest

/// The VM links no parser: not Frontend, not GraphCheck (which needs Frontend), not CapLowering. The
/// absence of any code that turns text into code is part of the security argument (docs/threat-model.md),
/// so these tests fail the moment such a dependency appears, in the package graph or in the binary.
final class VMDependencyTests: XCTestCase {
  static let forbidden = ["Frontend", "GraphCheck", "CapLowering"]

  /// Runs a command and returns its standard output; fails the test on a non-zero status.
  func output(_ arguments: [String], in directory: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "\(arguments.joined(separator: " ")) failed")
    return data
  }

  /// The targets each target of Package.swift depends on, from `swift package dump-package` (which
  /// reads the root manifest only: no build, no network, no lock on a build directory).
  func targetDependencies() throws -> [String: [String]] {
    let scratch = NSTemporaryDirectory() + "seal-dump-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let data = try output(
      ["swift", "package", "--scratch-path", scratch, "dump-package"], in: Fixture.repositoryRoot)
    let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let targets = try XCTUnwrap(root["targets"] as? [[String: Any]])
    var graph: [String: [String]] = [:]
    for target in targets {
      let name = try XCTUnwrap(target["name"] as? String)
      var dependencies: [String] = []
      for dependency in target["dependencies"] as? [[String: Any]] ?? [] {
        // {"byName": ["Seal", null]} or {"target": ["Seal", null]}; products live in other packages.
        for key in ["byName", "target"] {
          if let pair = dependency[key] as? [Any], let first = pair.first as? String {
            dependencies.append(first)
          }
        }
      }
      graph[name] = dependencies
    }
    return graph
  }

  func closure(of target: String, in graph: [String: [String]]) -> Set<String> {
    var seen: Set<String> = []
    var stack = [target]
    while let next = stack.popLast() {
      for dependency in graph[next] ?? [] where seen.insert(dependency).inserted { stack.append(dependency) }
    }
    return seen
  }

  func testPackageGraphKeepsParsersOutOfTheVM() throws {
    let graph = try targetDependencies()
    XCTAssertNotNil(graph["CruftVM"], "CruftVM is missing from Package.swift")
    for target in ["CruftVM", "VM", "Seal"] {
      let dependencies = closure(of: target, in: graph)
      XCTAssertTrue(
        dependencies.isDisjoint(with: Self.forbidden),
        "\(target) depends on \(dependencies.intersection(Self.forbidden).sorted())")
    }
    XCTAssertTrue(closure(of: "CruftVM", in: graph).contains("VM"))
    // The check would see a parser if there were one: the compiler's closure has it.
    XCTAssertTrue(closure(of: "Driver", in: graph).isSuperset(of: Self.forbidden))
  }

  /// No symbol of the three modules is in the cruftvm binary. Swift mangles a module name as its length
  /// and the name after `$s`, so `$s8Frontend` starts every Frontend symbol.
  func testCruftvmBinaryHasNoParserSymbols() throws {
    let cruftvm = Fixture.productsDirectory + "/cruftvm"
    guard FileManager.default.isExecutableFile(atPath: cruftvm) else {
      throw XCTSkip("cruftvm is not built next to the tests (\(cruftvm))")
    }
    let symbols = String(decoding: try output(["nm", cruftvm], in: "/"), as: UTF8.self)
    for module in Self.forbidden {
      XCTAssertFalse(symbols.contains("$s\(module.utf8.count)\(module)"), "cruftvm links \(module)")
    }
    // The check would see a module's symbols if it were linked: Seal's and the VM's are there.
    XCTAssertTrue(symbols.contains("$s4Seal"))
    XCTAssertTrue(symbols.contains("$s2VM"))
  }
}
