import Provenance
import XCTest

@testable import GraphCheck

final class LockfileTests: XCTestCase {
  private func sample() -> Lockfile {
    let files = [
      "index.js": SHA512Digest(of: Array("a".utf8)).integrity, "lib/b.js": SHA512Digest(of: []).integrity,
    ]
    return Lockfile(
      entries: [".:index.js"],
      packages: [
        ".": Lockfile.Package(
          key: ".", name: "app", version: "1.0.0", integrity: Lockfile.integrity(of: files), files: files,
          dependencies: ["node_modules/dep"], builtins: ["fs", "path"]),
        "node_modules/dep": Lockfile.Package(
          key: "node_modules/dep", name: "dep", version: "2.0.0", integrity: Lockfile.integrity(of: [:]),
          files: [:],
          dependencies: [], builtins: []),
      ])
  }

  func testCanonicalFormRoundTripsAndIsStable() throws {
    let lockfile = sample()
    let text = lockfile.serialized()
    XCTAssertEqual(try Lockfile.parse(Data(text.utf8)), lockfile)
    XCTAssertEqual(try Lockfile.parse(Data(text.utf8)).serialized(), text)
    // Keys are sorted at every level.
    let entries = text.range(of: "\"entries\"")!.lowerBound
    let version = text.range(of: "\"lockfileVersion\"")!.lowerBound
    XCTAssertLessThan(entries, version)
    XCTAssertTrue(text.hasSuffix("}\n"))
    XCTAssertEqual(lockfile.digest, SHA512Digest(of: Array(text.utf8)))
  }

  func testMalformedLockfilesAreRejectedWithAReason() {
    XCTAssertThrowsError(try Lockfile.parse(Data("[]".utf8)))
    XCTAssertThrowsError(
      try Lockfile.parse(Data(#"{"lockfileVersion": 9, "entries": [], "packages": {}}"#.utf8))
    ) {
      XCTAssertTrue(($0 as? LockfileError)?.message.contains("lockfileVersion 9") ?? false)
    }
    XCTAssertThrowsError(
      try Lockfile.parse(Data(#"{"lockfileVersion": 1, "entries": [], "packages": {"x": {"name": 1}}}"#.utf8))
    )
  }

  func testChangesNameEveryKindOfDifference() {
    let old = sample()
    var new = sample()
    new.packages["."]!.files["index.js"] = SHA512Digest(of: Array("b".utf8)).integrity
    new.packages["."]!.files["lib/c.js"] = SHA512Digest(of: []).integrity
    new.packages["."]!.files["lib/b.js"] = nil
    new.packages["."]!.builtins = ["child_process", "fs", "path"]
    new.packages["node_modules/dep"]!.version = "2.0.1"
    new.packages["node_modules/evil"] = Lockfile.Package(
      key: "node_modules/evil", name: "evil", version: "0.0.1", integrity: "", files: [:], dependencies: [],
      builtins: [])
    let changes = LockfileChanges(from: old, to: new)
    XCTAssertEqual(
      changes.summary,
      [
        "+ node_modules/evil evil@0.0.1 (0 files)",
        "~ node_modules/dep version 2.0.0 -> 2.0.1",
        "~ .:index.js digest changed",
        "+ .:lib/c.js",
        "- .:lib/b.js",
        "~ . builtins +child_process",
      ])
    XCTAssertTrue(LockfileChanges(from: old, to: old).isEmpty)
  }
}
