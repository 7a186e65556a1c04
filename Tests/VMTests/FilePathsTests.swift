import Foundation
import XCTest

@testable import VM

/// Path canonicalization and the grant check of the fs handle, on a real directory tree with
/// symbolic links (made fresh in a temporary directory for each test).
final class FilePathsTests: XCTestCase {
  var root = ""

  override func setUpWithError() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cruft-paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    // The temporary directory may itself sit behind a link (/tmp on some systems): start from its
    // canonical form so that expectations can be written as plain strings.
    root = try PathCanonicalizer.canonicalize(base.path, relativeTo: "/").path
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/app/data/sub", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
    try "x".write(toFile: root + "/app/data/file.txt", atomically: false, encoding: .utf8)
    try "s".write(toFile: root + "/outside/secret.txt", atomically: false, encoding: .utf8)
    try manager.createSymbolicLink(atPath: root + "/app/data/out", withDestinationPath: "../../outside")
    try manager.createSymbolicLink(
      atPath: root + "/app/data/secret", withDestinationPath: root + "/outside/secret.txt")
    try manager.createSymbolicLink(atPath: root + "/app/data/inside", withDestinationPath: "sub")
    try manager.createSymbolicLink(
      atPath: root + "/app/data/dangling", withDestinationPath: "../../outside/new.txt")
    try manager.createSymbolicLink(atPath: root + "/app/data/loop", withDestinationPath: "loop")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  func canonical(_ path: String, follow: Bool = true) throws -> String {
    try PathCanonicalizer.canonicalize(path, relativeTo: root + "/app", followFinalLink: follow).path
  }

  func testDotsAndSlashesResolveLexicallyWithinExistingDirectories() throws {
    XCTAssertEqual(try canonical("data/file.txt"), root + "/app/data/file.txt")
    XCTAssertEqual(try canonical("./data//sub/./../file.txt"), root + "/app/data/file.txt")
    XCTAssertEqual(try canonical("data/../../outside/secret.txt"), root + "/outside/secret.txt")
    XCTAssertEqual(try canonical("/../../" + root + "/app"), root + "/app")
    XCTAssertEqual(try canonical(""), root + "/app")
  }

  func testNothingIsDecodedAndBackslashIsOrdinary() throws {
    XCTAssertEqual(try canonical("data/%2e%2e/secret.txt"), root + "/app/data/%2e%2e/secret.txt")
    XCTAssertEqual(try canonical("data\\..\\file.txt"), root + "/app/data\\..\\file.txt")
  }

  func testSymbolicLinksAreResolvedEverywhereInTheExistingPart() throws {
    XCTAssertEqual(try canonical("data/out/secret.txt"), root + "/outside/secret.txt")
    XCTAssertEqual(try canonical("data/secret"), root + "/outside/secret.txt")
    XCTAssertEqual(try canonical("data/inside/new.txt"), root + "/app/data/sub/new.txt")
    // `..` after a link goes up from the link's target, as the kernel does.
    XCTAssertEqual(try canonical("data/out/../app/data"), root + "/app/data")
    // A dangling link is followed to where a write would create the file.
    XCTAssertEqual(try canonical("data/dangling"), root + "/outside/new.txt")
  }

  func testTheFinalLinkItselfWhenNotFollowed() throws {
    XCTAssertEqual(try canonical("data/secret", follow: false), root + "/app/data/secret")
    XCTAssertEqual(try canonical("data/out/secret.txt", follow: false), root + "/outside/secret.txt")
  }

  func testMissingComponentsAreAppendedAndAParentAfterOneIsFlagged() throws {
    let missing = try PathCanonicalizer.canonicalize("data/none/more.txt", relativeTo: root + "/app")
    XCTAssertEqual(missing, CanonicalPath(path: root + "/app/data/none/more.txt", missingBeforeParent: false))
    let parent = try PathCanonicalizer.canonicalize("data/none/../file.txt", relativeTo: root + "/app")
    XCTAssertEqual(parent, CanonicalPath(path: root + "/app/data/file.txt", missingBeforeParent: true))
  }

  func testNulBytesAndLinkLoopsAreRefused() {
    XCTAssertThrowsError(try canonical("data/file.txt\0.png")) { error in
      XCTAssertEqual(error as? PathCanonicalizer.Failure, .nulByte)
    }
    XCTAssertThrowsError(try canonical("data/loop/x")) { error in
      XCTAssertEqual(error as? PathCanonicalizer.Failure, .tooManyLinks)
    }
  }

  func testGrantsCoverWholeComponentsOfTheCanonicalPath() throws {
    let grant = PathGrant(packagePrefixes: ["./data"], runPrefixes: ["*"], root: root + "/app")
    XCTAssertNil(grant.missing(try canonical("data/file.txt")))
    XCTAssertNil(grant.missing(try canonical("data")))
    XCTAssertNil(grant.missing(try canonical("data/inside/x")))
    XCTAssertEqual(grant.missing(try canonical("data/out/secret.txt")), .package)
    XCTAssertEqual(grant.missing(try canonical("data/secret")), .package)
    XCTAssertEqual(grant.missing(try canonical("data/dangling")), .package)
    XCTAssertEqual(grant.missing(try canonical("data-other/x")), .package)
    XCTAssertEqual(grant.missing(try canonical("data/../data-other")), .package)
  }

  func testTheRunNarrowsThePackageGrant() throws {
    let grant = PathGrant(packagePrefixes: ["./data"], runPrefixes: ["./data/sub"], root: root + "/app")
    XCTAssertNil(grant.missing(try canonical("data/sub/x")))
    XCTAssertEqual(grant.missing(try canonical("data/file.txt")), .run)
    let none = PathGrant(packagePrefixes: ["./data"], runPrefixes: [], root: root + "/app")
    XCTAssertFalse(none.isGranted)
    XCTAssertEqual(none.missing(try canonical("data/file.txt")), .run)
    let everything = PathGrant(packagePrefixes: ["*"], runPrefixes: ["./data"], root: root + "/app")
    XCTAssertNil(everything.missing(try canonical("data/file.txt")))
    XCTAssertEqual(everything.missing(try canonical("../outside/secret.txt")), .run)
  }

  func testTheWalkNeverLooksOutsideTheGrant() throws {
    let grant = PathGrant(packagePrefixes: ["./data"], runPrefixes: ["*"], root: root + "/app")
    func walk(_ path: String) -> Result<String, PathCanonicalizer.Failure> {
      do {
        return .success(
          try PathCanonicalizer.canonicalize(path, relativeTo: root + "/app", mayInspect: grant.mayInspect)
            .path)
      } catch {
        return .failure(error)
      }
    }
    // Whether `outside/missing` exists cannot change the answer: the walk stops at `outside`.
    let stopped = Result<String, PathCanonicalizer.Failure>.failure(.notInspectable(root + "/outside"))
    XCTAssertEqual(walk(root + "/outside/missing/../../app/data/file.txt"), stopped)
    XCTAssertEqual(walk(root + "/outside/../app/data/file.txt"), stopped)
    XCTAssertEqual(walk("data/out/secret.txt"), stopped)
    XCTAssertEqual(walk("../outside"), stopped)
    // The ancestors of the prefix and the grant itself are walked as usual.
    XCTAssertEqual(walk(root + "/app/../app/data/inside/x"), .success(root + "/app/data/sub/x"))
    XCTAssertEqual(walk("data/secret"), .failure(.notInspectable(root + "/outside")))
    XCTAssertEqual(walk("secret.txt"), .failure(.notInspectable(root + "/app/secret.txt")))
  }

  func testAPrefixThatIsALinkIsReachedThroughIt() throws {
    // ./data/out is a link to ../../outside: granting it grants the directory it names.
    let grant = PathGrant(packagePrefixes: ["./data/out"], runPrefixes: ["./data/out"], root: root + "/app")
    let reached = try PathCanonicalizer.canonicalize(
      "data/out/secret.txt", relativeTo: root + "/app", mayInspect: grant.mayInspect)
    XCTAssertEqual(reached.path, root + "/outside/secret.txt")
    XCTAssertNil(grant.missing(reached.path))
    // Its siblings are not reachable.
    XCTAssertThrowsError(
      try PathCanonicalizer.canonicalize(
        "data/file.txt", relativeTo: root + "/app", mayInspect: grant.mayInspect))
  }

  func testRunGrantsParseAllowFlagsAndGrantFiles() throws {
    var flags = RunGrants()
    try flags.allow("fs:./data")
    try flags.allow("fs-read:./in")
    try flags.allow("fs-write=./out")
    try flags.allow("env:HOME,LANG")
    try flags.allow("clock")
    var file = RunGrants()
    try file.allow(
      grantFile: Data(
        #"{"fs": {"read": ["./data", "./in"], "write": ["./data", "./out"]}, "env": ["HOME", "LANG"], "clock": true}"#
          .utf8), named: "grants.json")
    XCTAssertEqual(flags, file)
    XCTAssertThrowsError(try flags.allow("fs-read:"))
    XCTAssertThrowsError(try flags.allow("disk"))
    XCTAssertThrowsError(try file.allow(grantFile: Data(#"{"fs": "./data"}"#.utf8), named: "grants.json"))
  }
}
