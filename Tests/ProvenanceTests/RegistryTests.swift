import Foundation
import XCTest

@testable import Provenance

let fixedTime = "2024-05-01T12:00:00Z"

func tarball(_ name: String, _ version: String, extra: [String: [UInt8]] = [:]) -> [UInt8] {
  var files = extra
  files["package.json"] = Array(#"{"name":"\#(name)","version":"\#(version)"}"#.utf8)
  files["index.js"] = Array("module.exports = '\(name)@\(version)';\n".utf8)
  return PackageTarball.create(files)
}

/// Every file under a directory with its contents: equal snapshots mean nothing was written.
func snapshot(_ directory: String) -> [String: Data] {
  var out: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(atPath: directory)
  while let path = enumerator?.nextObject() as? String {
    out[path] = FileManager.default.contents(atPath: directory + "/" + path) ?? Data("<dir>".utf8)
  }
  return out
}

final class RegistryTests: XCTestCase {
  let registryKey = fixedKey(10)
  let alice = fixedKey(11)
  let mallory = fixedKey(12)
  let aliceNewKey = fixedKey(13)
  let evilRegistryKey = fixedKey(20)
  var root = ""
  var registry = ""

  override func setUpWithError() throws {
    root = try temporaryDirectory()
    registry = root + "/registry"
    try Registry.create(directory: registry, name: "acme-registry", key: registryKey)
    _ = try Registry.allow(
      directory: registry, namespace: "@acme/*", publisher: alice.fingerprint, key: registryKey)
    try publish("@acme/util", "1.0.0", by: alice)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: root)
  }

  @discardableResult
  func publish(
    _ name: String, _ version: String, by key: SecretKey, ai: AIGeneration? = nil,
    to directory: String? = nil,
    registryKey: SecretKey? = nil, tarballBytes: [UInt8]? = nil
  ) throws -> Envelope {
    let submission = try Submission.make(
      tarball: tarballBytes ?? tarball(name, version), key: key, time: fixedTime, aiGeneration: ai)
    return try Registry.accept(
      submission, directory: directory ?? registry, key: registryKey ?? self.registryKey)
  }

  func verify(
    _ name: String = "@acme/util", _ version: String = "1.0.0", in directory: String? = nil,
    pin: Fingerprint? = nil,
    trusted: [Fingerprint]? = nil, pinned: Fingerprint? = nil, policy: AIPolicy = .allow
  ) -> Result<VerifiedArtifact, ProvenanceFailure> {
    ArtifactVerifier.verify(
      name: name, version: version, in: RegistryReader(directory: directory ?? registry),
      trustedRegistry: pin ?? registryKey.fingerprint, trustedPublishers: trusted,
      previouslyPinnedPublisher: pinned,
      aiPolicy: policy)
  }

  func expectFailure(
    _ result: Result<VerifiedArtifact, ProvenanceFailure>, _ code: ProvenanceCode,
    file: StaticString = #filePath,
    line: UInt = #line
  ) {
    switch result {
    case .success(let artifact):
      XCTFail("verified \(artifact.name)@\(artifact.version)", file: file, line: line)
    case .failure(let failure): XCTAssertEqual(failure.code, code, failure.message, file: file, line: line)
    }
  }

  func expectThrows(
    _ code: ProvenanceCode, nothingWrittenIn directory: String, file: StaticString = #filePath,
    line: UInt = #line,
    _ body: () throws -> Void
  ) {
    let before = snapshot(directory)
    do {
      try body()
      XCTFail("accepted", file: file, line: line)
    } catch let failure as ProvenanceFailure {
      XCTAssertEqual(failure.code, code, failure.message, file: file, line: line)
    } catch {
      XCTFail("unexpected error \(error)", file: file, line: line)
    }
    XCTAssertEqual(snapshot(directory), before, "something was written", file: file, line: line)
  }

  var artifactFolder: String { registry + "/packages/@acme/util/1.0.0" }

  func read(_ file: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: artifactFolder + "/" + file)!)
  }

  func replace(_ file: String, with bytes: [UInt8], in folder: String? = nil) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: (folder ?? artifactFolder) + "/" + file))
  }

  // MARK: The happy path

  func testPublishedArtifactVerifies() throws {
    let artifact = try verify().get()
    XCTAssertEqual(artifact.name, "@acme/util")
    XCTAssertEqual(artifact.publisher, alice.fingerprint)
    XCTAssertEqual(artifact.registry, registryKey.fingerprint)
    XCTAssertEqual(artifact.registryName, "acme-registry")
    XCTAssertEqual(artifact.namespace, "@acme/*")
    XCTAssertEqual(artifact.statement.time, fixedTime)
    XCTAssertEqual(artifact.integrity, SHA512Digest(of: read("package.tgz")))
    XCTAssertEqual(Set(artifact.files.keys), ["index.js", "package.json"])
    XCTAssertNil(artifact.statement.aiGeneration)
    XCTAssertEqual(try RegistryReader(directory: registry).packages(), ["@acme/util"])
    // The statement on disk is exactly the signed canonical bytes.
    XCTAssertEqual(
      try PublisherStatement.parse(read("statement.json")).canonicalBytes, read("statement.json"))
    XCTAssertNoThrow(try verify(trusted: [alice.fingerprint], pinned: alice.fingerprint, policy: .deny).get())
  }

  func testSubmissionsWaitInIncomingUntilAccepted() throws {
    let submission = try Submission.make(
      tarball: tarball("@acme/util", "1.1.0"), key: alice, time: fixedTime, aiGeneration: nil)
    _ = try Registry.submit(submission, directory: registry)
    expectFailure(verify("@acme/util", "1.1.0"), .artifactMissing)
    let (published, refused) = try Registry.acceptIncoming(directory: registry, key: registryKey)
    XCTAssertEqual(published, [PackageManifest(name: "@acme/util", version: "1.1.0")])
    XCTAssertTrue(refused.isEmpty)
    XCTAssertNoThrow(try verify("@acme/util", "1.1.0").get())
    XCTAssertEqual(try RegistryReader(directory: registry, area: "incoming").versions(of: "@acme/util"), [])
  }

  func testVersionsAreListedInSemverOrder() throws {
    for version in ["1.10.0", "1.2.0", "1.2.0-beta.2", "1.2.0-beta.10", "1.2.0-alpha"] {
      try publish("@acme/util", version, by: alice)
    }
    XCTAssertEqual(
      try RegistryReader(directory: registry).versions(of: "@acme/util"),
      ["1.0.0", "1.2.0-alpha", "1.2.0-beta.2", "1.2.0-beta.10", "1.2.0", "1.10.0"])
  }

  // MARK: Attacks on stored files: any one byte changed

  func testEveryChangedByteOfTheTarballIsRejected() throws {
    let original = read("package.tgz")
    for index in original.indices {
      var changed = original
      changed[index] ^= 0x01
      try replace("package.tgz", with: changed)
      expectFailure(verify(), .integrityMismatch)
    }
  }

  func testEveryChangedByteOfTheStatementIsRejected() throws {
    let original = read("statement.json")
    var codes: Set<ProvenanceCode> = []
    for index in original.indices {
      for flip: UInt8 in [0x01, 0x20] {
        var changed = original
        changed[index] ^= flip
        try replace("statement.json", with: changed)
        switch verify() {
        case .success: XCTFail("byte \(index) ^ \(flip) accepted")
        case .failure(let failure): codes.insert(failure.code)
        }
      }
    }
    XCTAssertEqual(
      codes.subtracting([
        .statementMalformed, .integrityMismatch, .statementMismatch, .publisherSignatureInvalid,
      ]), [])
    XCTAssertTrue(
      codes.contains(.publisherSignatureInvalid), "a well-formed change is caught by the signature")
  }

  func testEveryChangedByteOfTheEnvelopeIsRejected() throws {
    let original = read("envelope.json")
    var codes: Set<ProvenanceCode> = []
    for index in original.indices {
      var changed = original
      changed[index] ^= 0x01
      try replace("envelope.json", with: changed)
      switch verify() {
      case .success: XCTFail("byte \(index) accepted")
      case .failure(let failure): codes.insert(failure.code)
      }
    }
    XCTAssertEqual(
      codes.subtracting([
        .envelopeMalformed, .publisherSignatureInvalid, .countersignatureInvalid, .publisherNotAuthorized,
      ]), [])
    XCTAssertTrue(
      codes.isSuperset(of: [.envelopeMalformed, .publisherSignatureInvalid, .countersignatureInvalid]))
  }

  func testEveryChangedByteOfTheRegistryIdentityIsRejected() throws {
    let path = registry + "/registry.json"
    let original = Array(FileManager.default.contents(atPath: path)!)
    for index in original.indices {
      var changed = original
      changed[index] ^= 0x01
      try Data(changed).write(to: URL(fileURLWithPath: path))
      switch verify() {
      case .success: XCTFail("byte \(index) accepted")
      case .failure(let failure):
        XCTAssertTrue([.registryIdentityInvalid, .registryNotPinned].contains(failure.code), failure.message)
      }
    }
  }

  // MARK: Attacks with valid signatures

  func testASignatureByAnUnknownKeyIsRejected() throws {
    // Mallory signs her own statement for a name she does not own: the registry refuses it.
    expectThrows(.publisherNotAuthorized, nothingWrittenIn: registry) {
      try publish("@acme/util", "1.0.1", by: mallory)
    }
    // Mallory signs a statement that names Alice as publisher: the signature is not Alice's.
    let bytes = tarball("@acme/util", "1.0.1")
    var submission = try Submission.make(tarball: bytes, key: alice, time: fixedTime, aiGeneration: nil)
    submission.envelope = Envelope(
      statement: submission.envelope.statement, publisherKey: mallory.publicKey,
      publisherSignature: mallory.signature(
        for: SigningContext.publisherStatement.message(for: submission.statementBytes)),
      countersignature: nil)
    expectThrows(.publisherSignatureInvalid, nothingWrittenIn: registry) {
      try Registry.accept(submission, directory: registry, key: registryKey)
    }
    // A mirror serving Mallory's release with a forged countersignature: the consumer refuses it.
    let forged = try Submission.make(tarball: bytes, key: mallory, time: fixedTime, aiGeneration: nil)
    try plant(forged, version: "1.0.1", countersignedBy: mallory, namespace: "@acme/*")
    expectFailure(verify("@acme/util", "1.0.1"), .publisherNotAuthorized)
    try FileManager.default.removeItem(atPath: registry + "/packages/@acme/util/1.0.1")
    try plant(submission, version: "1.0.1", countersignedBy: registryKey, namespace: "@acme/*")
    expectFailure(verify("@acme/util", "1.0.1"), .publisherSignatureInvalid)
  }

  /// Writes a release straight into the registry folder, as a compromised mirror could.
  func plant(_ submission: Submission, version: String, countersignedBy key: SecretKey, namespace: String)
    throws
  {
    var envelope = submission.envelope
    let document = Envelope.countersignedDocument(
      statement: SHA512Digest(of: submission.statementBytes), publisherSignature: envelope.publisherSignature,
      registry: key.fingerprint, namespace: namespace)
    envelope.countersignature = Envelope.Countersignature(
      registry: key.fingerprint, namespace: namespace,
      signature: key.signature(for: SigningContext.registryCountersignature.message(for: document)))
    let folder = registry + "/packages/@acme/util/\(version)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try replace("package.tgz", with: submission.tarball, in: folder)
    try replace("statement.json", with: submission.statementBytes, in: folder)
    try replace("envelope.json", with: envelope.canonicalBytes, in: folder)
  }

  /// A release signed by the publisher and countersigned by the registry whatever it holds: what a
  /// compromised publisher key plus a compromised registry key could produce.
  func forge(_ bytes: [UInt8], name: String, version: String) throws {
    let statement = PublisherStatement(
      name: name, version: version, integrity: SHA512Digest(of: bytes), publisher: alice.fingerprint,
      time: fixedTime)
    let statementBytes = statement.canonicalBytes
    let submission = Submission(
      tarball: bytes, statementBytes: statementBytes,
      envelope: Envelope(
        statement: SHA512Digest(of: statementBytes), publisherKey: alice.publicKey,
        publisherSignature: alice.signature(
          for: SigningContext.publisherStatement.message(for: statementBytes)),
        countersignature: nil))
    try plant(submission, version: version, countersignedBy: registryKey, namespace: "@acme/*")
  }

  func testFullySignedButUnsafeContentIsStillRejected() throws {
    let link = rawTar([
      RawEntry(name: "package/package.json", data: Array(#"{"name":"@acme/util","version":"5.0.0"}"#.utf8)),
      RawEntry(name: "package/x.js", type: "2", linkName: "/etc/passwd"),
    ])
    try forge(gzip(link), name: "@acme/util", version: "5.0.0")
    expectFailure(verify("@acme/util", "5.0.0"), .tarballRejected)
    try forge(decompressionBomb(mebibytes: 64), name: "@acme/util", version: "5.0.1")
    expectFailure(verify("@acme/util", "5.0.1"), .tarballRejected)
    // The statement says 5.0.2, the code inside says it is 1.0.0.
    try forge(tarball("@acme/util", "1.0.0", extra: ["new.js": [1]]), name: "@acme/util", version: "5.0.2")
    expectFailure(verify("@acme/util", "5.0.2"), .statementMismatch)
    try forge(tarball("@acme/util", "5.0.3"), name: "@acme/util", version: "5.0.3")
    XCTAssertNoThrow(
      try verify("@acme/util", "5.0.3").get(), "the forgery helper itself produces valid releases")
  }

  func testACountersignatureOverADifferentStatementIsRejected() throws {
    let first = try Envelope.parse(read("envelope.json"))
    let submission = try Submission.make(
      tarball: tarball("@acme/util", "1.0.1"), key: alice, time: fixedTime, aiGeneration: nil)
    var envelope = submission.envelope
    envelope.countersignature = first.countersignature
    let folder = registry + "/packages/@acme/util/1.0.1"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try replace("package.tgz", with: submission.tarball, in: folder)
    try replace("statement.json", with: submission.statementBytes, in: folder)
    try replace("envelope.json", with: envelope.canonicalBytes, in: folder)
    expectFailure(verify("@acme/util", "1.0.1"), .countersignatureInvalid)

    // Countersigned by another registry's key (the publisher is right, the registry is not).
    try plant(submission, version: "1.0.1", countersignedBy: evilRegistryKey, namespace: "@acme/*")
    expectFailure(verify("@acme/util", "1.0.1"), .countersignatureInvalid)
    // Countersigned under a namespace that does not cover the name.
    try FileManager.default.removeItem(atPath: folder)
    try plant(submission, version: "1.0.1", countersignedBy: registryKey, namespace: "@other/*")
    expectFailure(verify("@acme/util", "1.0.1"), .countersignatureInvalid)
    // No countersignature at all (a submission copied out of incoming/).
    try replace("envelope.json", with: submission.envelope.canonicalBytes, in: folder)
    expectFailure(verify("@acme/util", "1.0.1"), .countersignatureInvalid)
  }

  func testAStatementReplayedForAnotherNameOrVersionIsRejected() throws {
    try publish("@acme/util", "1.0.1", by: alice)
    // The old release served as the new version.
    let newer = registry + "/packages/@acme/util/1.0.1"
    for file in Registry.artifactFiles { try replace(file, with: read(file), in: newer) }
    expectFailure(verify("@acme/util", "1.0.1"), .statementMismatch)
    // The release served under another name the same publisher owns.
    let other = registry + "/packages/@acme/other/1.0.0"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    for file in Registry.artifactFiles { try replace(file, with: read(file), in: other) }
    expectFailure(verify("@acme/other", "1.0.0"), .statementMismatch)
  }

  func testAPublisherChangingKeysFailsUntilAccepted() throws {
    _ = try Registry.allow(
      directory: registry, namespace: "@acme/*", publisher: aliceNewKey.fingerprint, key: registryKey)
    try publish("@acme/util", "2.0.0", by: aliceNewKey)
    expectFailure(verify("@acme/util", "2.0.0", pinned: alice.fingerprint), .publisherChanged)
    if case .failure(let failure) = verify("@acme/util", "2.0.0", pinned: alice.fingerprint) {
      XCTAssertEqual(failure.expected, alice.fingerprint)
      XCTAssertEqual(failure.found, aliceNewKey.fingerprint)
      XCTAssertTrue(failure.hint.contains("--accept-publisher @acme/util=\(aliceNewKey.fingerprint)"))
    }
    XCTAssertNoThrow(try verify("@acme/util", "2.0.0", pinned: aliceNewKey.fingerprint).get())
    XCTAssertNoThrow(try verify("@acme/util", "2.0.0").get(), "nothing pinned yet")
    expectFailure(verify("@acme/util", "2.0.0", trusted: [alice.fingerprint]), .publisherNotTrusted)
  }

  func testTheAIPolicyIsEnforced() throws {
    try publish("@acme/util", "3.0.0", by: alice, ai: AIGeneration(generated: true, tools: ["model-x"]))
    try publish(
      "@acme/util", "3.1.0", by: alice,
      ai: AIGeneration(generated: true, tools: ["model-x"], reviewedBy: ["bob"]))
    try publish("@acme/util", "3.2.0", by: alice, ai: AIGeneration(generated: false))
    expectFailure(verify("@acme/util", "3.0.0", policy: .deny), .aiGenerationDenied)
    expectFailure(verify("@acme/util", "3.0.0", policy: .requireReview), .aiReviewMissing)
    XCTAssertNoThrow(try verify("@acme/util", "3.0.0", policy: .allow).get())
    XCTAssertNoThrow(try verify("@acme/util", "3.1.0", policy: .requireReview).get())
    expectFailure(verify("@acme/util", "3.1.0", policy: .deny), .aiGenerationDenied)
    XCTAssertNoThrow(try verify("@acme/util", "3.2.0", policy: .deny).get())
    XCTAssertEqual(try verify("@acme/util", "3.1.0").get().statement.aiGeneration?.reviewedBy, ["bob"])
  }

  func testDependencyConfusionIsRejected() throws {
    // Another registry offers the same name, legitimately signed by its own publisher.
    let evil = root + "/evil"
    try Registry.create(directory: evil, name: "public", key: evilRegistryKey)
    _ = try Registry.allow(
      directory: evil, namespace: "*", publisher: mallory.fingerprint, key: evilRegistryKey)
    try publish("@acme/util", "9.9.9", by: mallory, to: evil, registryKey: evilRegistryKey)
    XCTAssertNoThrow(try verify("@acme/util", "9.9.9", in: evil, pin: evilRegistryKey.fingerprint).get())
    let result = verify("@acme/util", "9.9.9", in: evil, pin: registryKey.fingerprint)
    expectFailure(result, .registryNotPinned)
    if case .failure(let failure) = result {
      XCTAssertEqual(failure.expected, registryKey.fingerprint)
      XCTAssertEqual(failure.found, evilRegistryKey.fingerprint)
      XCTAssertTrue(failure.message.contains("'public'") && failure.message.contains(evil), failure.message)
      XCTAssertEqual(failure.package, "@acme/util@9.9.9")
    }
  }

  // MARK: The registry's own refusals

  func testTheRegistryRefusesBadPublications() throws {
    expectThrows(.versionExists, nothingWrittenIn: registry) { try publish("@acme/util", "1.0.0", by: alice) }
    expectThrows(.wrongRegistryKey, nothingWrittenIn: registry) {
      try publish("@acme/util", "1.0.1", by: alice, registryKey: evilRegistryKey)
    }
    expectThrows(.publisherNotAuthorized, nothingWrittenIn: registry) {
      try publish("left-pad", "1.0.0", by: alice)
    }
    // A tarball that is not the one signed.
    var submission = try Submission.make(
      tarball: tarball("@acme/util", "1.0.1"), key: alice, time: fixedTime, aiGeneration: nil)
    submission.tarball = tarball("@acme/util", "1.0.1", extra: ["evil.js": [1]])
    expectThrows(.integrityMismatch, nothingWrittenIn: registry) {
      try Registry.accept(submission, directory: registry, key: registryKey)
    }
    // An unsafe tarball, even signed by an owner.
    let link = rawTar([
      RawEntry(name: "package/package.json", data: Array(#"{"name":"@acme/util","version":"1.0.1"}"#.utf8)),
      RawEntry(name: "package/x.js", type: "2", linkName: "/etc/passwd"),
    ])
    expectThrows(.tarballRejected, nothingWrittenIn: registry) {
      try publish("@acme/util", "1.0.1", by: alice, tarballBytes: gzip(link))
    }
    // A more specific rule takes a name away from a scope's owners.
    _ = try Registry.allow(
      directory: registry, namespace: "@acme/secret", publisher: mallory.fingerprint, key: registryKey)
    expectThrows(.publisherNotAuthorized, nothingWrittenIn: registry) {
      try publish("@acme/secret", "1.0.0", by: alice)
    }
    XCTAssertNoThrow(try publish("@acme/secret", "1.0.0", by: mallory))
    XCTAssertEqual(try verify("@acme/secret", "1.0.0").get().namespace, "@acme/secret")
  }

  func testRegistryAdministration() throws {
    XCTAssertThrowsError(try Registry.create(directory: registry, name: "again", key: registryKey))
    XCTAssertThrowsError(try Registry.create(directory: root + "/x", name: "bad name", key: registryKey))
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/x"))
    XCTAssertThrowsError(
      try Registry.allow(
        directory: registry, namespace: "@acme", publisher: alice.fingerprint, key: registryKey))
    let before = snapshot(registry)
    XCTAssertThrowsError(
      try Registry.allow(directory: registry, namespace: "*", publisher: mallory.fingerprint, key: mallory)
    ) { error in
      XCTAssertEqual((error as? ProvenanceFailure)?.code, .wrongRegistryKey)
    }
    XCTAssertEqual(snapshot(registry), before)
    let identity = try RegistryReader(directory: registry).identity()
    XCTAssertEqual(identity.serial, 2)
    XCTAssertEqual(identity.namespaces, ["@acme/*": [alice.fingerprint]])
    XCTAssertEqual(identity.ownershipRule(for: "@acme/x")?.namespace, "@acme/*")
    XCTAssertNil(identity.ownershipRule(for: "acme"))
  }

  // MARK: Documents

  func testStatementsAreCanonicalAndStrict() throws {
    let statement = PublisherStatement(
      name: "x", version: "1.0.0", integrity: SHA512Digest(of: []), publisher: alice.fingerprint,
      time: fixedTime,
      aiGeneration: AIGeneration(generated: true, tools: ["a \"quoted\" tool"], reviewedBy: []))
    let bytes = statement.canonicalBytes
    XCTAssertEqual(try PublisherStatement.parse(bytes), statement)
    XCTAssertEqual(bytes.last, 0x0A)
    let text = String(decoding: bytes, as: UTF8.self)
    XCTAssertTrue(
      text.hasPrefix(#"{"attributes":{"aiGenerated":{"generated":true,"reviewedBy":[],"tools":["#))
    for variant in [
      text.replacingOccurrences(of: ",", with: ", "), String(text.dropLast()), text + "\n",
      text.replacingOccurrences(of: #""name":"x""#, with: #""name":"x","name":"x""#),
      text.replacingOccurrences(of: #""name":"x""#, with: #""name":"\u0078""#),
      text.replacingOccurrences(of: #""type""#, with: #""extra":"1","type""#),
      text.replacingOccurrences(of: "2024-05-01T12:00:00Z", with: "2024-05-01T12:00:00+00:00"),
      text.replacingOccurrences(of: "2024-05-01T12:00:00Z", with: "2024-02-30T12:00:00Z"),
      text.replacingOccurrences(of: "cruft-publisher-statement-v1", with: "cruft-publisher-statement-v2"),
    ] {
      XCTAssertThrowsError(try PublisherStatement.parse(Array(variant.utf8)), variant)
    }
    XCTAssertThrowsError(try PublisherStatement.parse([UInt8](repeating: 0x20, count: 70_000)))
  }

  func testPackageNamesVersionsAndNamespaces() {
    for name in ["left-pad", "@acme/util", "a", "x.y_z~1", "@a-b/c.d"] {
      XCTAssertTrue(PackageName.isValid(name), name)
    }
    for name in [
      "", "Left", "@acme", "@acme/", "@/x", "a/b", "../x", ".x", "_x", "a b", "node_modules", "@a/b/c",
      String(repeating: "a", count: 215), "é",
    ] {
      XCTAssertFalse(PackageName.isValid(name), name)
    }
    for version in ["1.0.0", "0.0.0-alpha.1+build.5", "10.20.30", "1.0.0-0"] {
      XCTAssertTrue(PackageVersion.isValid(version), version)
    }
    for version in [
      "1.0", "v1.0.0", "01.0.0", "1.0.0-01", "1.0.0-", "1.0.0+", "1.0.0/x", "../1.0.0", "1.0.0 ",
    ] {
      XCTAssertFalse(PackageVersion.isValid(version), version)
    }
    for namespace in ["*", "@acme/*", "left-pad", "@acme/util"] {
      XCTAssertTrue(Namespace.isValid(namespace))
    }
    for namespace in ["", "@acme", "acme/*", "**", "@acme/**"] {
      XCTAssertFalse(Namespace.isValid(namespace), namespace)
    }
    XCTAssertEqual(Namespace.candidates(for: "@acme/util"), ["@acme/util", "@acme/*", "*"])
  }
}
