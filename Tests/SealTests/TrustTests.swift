import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

final class TrustTests: XCTestCase {
  var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "seal-trust-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: directory + "/keys", withIntermediateDirectories: true)
    try KeyFiles.writeKeyPair(
      SampleBundles.builderKey, basePath: directory + "/keys/builder", name: "builder")
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func testEntriesAreKeyFilesOrFingerprints() throws {
    let fingerprint = SampleBundles.otherKey.fingerprint
    XCTAssertEqual(try BuilderTrust.entry(fingerprint.text), TrustedBuilder(fingerprint: fingerprint))
    let fromFile = try BuilderTrust.entry(directory + "/keys/builder.pub")
    XCTAssertEqual(fromFile.fingerprint, SampleBundles.builderKey.fingerprint)
    XCTAssertEqual(fromFile.keyFile, directory + "/keys/builder.pub")
    XCTAssertThrowsError(try BuilderTrust.entry("ed25519:nope")) { error in
      XCTAssertEqual((error as? BundleError)?.code, .invalidTrustEntry)
    }
    // A secret key is not a public key file, and its contents never reach the message.
    XCTAssertThrowsError(try BuilderTrust.entry(directory + "/keys/builder.key")) { error in
      let message = (error as? BundleError)?.message ?? ""
      XCTAssertTrue(message.contains("a secret key"), message)
      XCTAssertFalse(message.contains("cruft-secret-key-v1 ed25519 "), message)
    }
  }

  func testTrustFile() throws {
    let text = """
      # builders we trust
      keys/builder.pub

        \(SampleBundles.otherKey.fingerprint.text)
      """
    let entries = try BuilderTrust.parse(trustFile: Array(text.utf8), path: directory + "/trusted-builders")
    XCTAssertEqual(
      entries.map(\.fingerprint), [SampleBundles.builderKey.fingerprint, SampleBundles.otherKey.fingerprint])
    XCTAssertEqual(entries[0].keyFile, directory + "/keys/builder.pub")
    XCTAssertThrowsError(
      try BuilderTrust.parse(trustFile: Array("# x\n\nmissing.pub\n".utf8), path: "/t/trusted")
    ) {
      error in
      let failure = error as? BundleError
      XCTAssertEqual(failure?.code, .invalidTrustEntry)
      XCTAssertTrue(failure?.message.hasPrefix("/t/trusted:3: ") ?? false, failure?.message ?? "")
    }
  }

  func testConfigurationLocation() {
    XCTAssertEqual(
      BuilderTrust.configurationPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]),
      "/x/cruft/trusted-builders")
    XCTAssertEqual(
      BuilderTrust.configurationPath(environment: ["HOME": "/h"]), "/h/.config/cruft/trusted-builders")
    // A relative XDG_CONFIG_HOME is invalid by the XDG specification and ignored.
    XCTAssertEqual(
      BuilderTrust.configurationPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]),
      "/h/.config/cruft/trusted-builders")
    XCTAssertNil(BuilderTrust.configurationPath(environment: [:]))
  }

  func testConfigurationFile() throws {
    let environment = ["XDG_CONFIG_HOME": directory]
    XCTAssertEqual(try BuilderTrust.loadConfiguration(environment: environment), [])
    try FileManager.default.createDirectory(atPath: directory + "/cruft", withIntermediateDirectories: true)
    let path = directory + "/cruft/trusted-builders"
    try Data("\(directory)/keys/builder.pub\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o644)
    XCTAssertEqual(
      try BuilderTrust.loadConfiguration(environment: environment).map(\.fingerprint),
      [SampleBundles.builderKey.fingerprint])
    chmod(path, 0o664)
    XCTAssertThrowsError(try BuilderTrust.loadConfiguration(environment: environment)) { error in
      XCTAssertEqual((error as? BundleError)?.code, .invalidTrustEntry)
      XCTAssertEqual((error as? BundleError)?.help, "run chmod go-w \(path)")
    }
  }
}

final class CatalogTests: XCTestCase {
  func testCodesAndStatusesAreUniqueAndDocumented() throws {
    let codes = BundleCode.allCases
    XCTAssertEqual(Set(codes.map(\.rawValue)).count, codes.count)
    XCTAssertEqual(Set(codes.map(\.exitStatus)).count, codes.count)
    let path = Fixture.repositoryRoot + "/docs/bundle-format.md"
    let docs = try String(contentsOfFile: path, encoding: .utf8)
    for code in codes {
      XCTAssertTrue(code.rawValue.hasPrefix("E4"))
      // Clear of success, usage (2), the shell's 126-127 and signals (128 and up).
      XCTAssertTrue((3..<126).contains(code.exitStatus), code.rawValue)
      XCTAssertEqual(
        (60..<70).contains(code.exitStatus), code == .invalidBytecode, "60-69 are the bytecode verifier's")
      XCTAssertFalse(code.descriptor.title.isEmpty)
      XCTAssertGreaterThan(code.descriptor.explanation.count, 80)
      let row = "| \(code.rawValue) | \(code.exitStatus) | \(code.descriptor.title) |"
      XCTAssertTrue(docs.contains(row), "docs/bundle-format.md lacks the row \(row)")
    }
  }
}
