import Foundation
import XCTest

@testable import Provenance

/// A fresh directory per test, removed afterwards.
func temporaryDirectory() throws -> String {
  let path = NSTemporaryDirectory() + "cruft-provenance-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  return path
}

func write(_ text: String, to path: String, mode: Int = 0o600) throws {
  try write(Array(text.utf8), to: path, mode: mode)
}

func write(_ bytes: [UInt8], to path: String, mode: Int = 0o600) throws {
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
}

func fixedKey(_ byte: UInt8) -> SecretKey {
  SecretKey(seed: [UInt8](repeating: byte, count: 32))!
}

final class KeyTests: XCTestCase {
  var directory = ""

  override func setUpWithError() throws {
    directory = try temporaryDirectory()
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func testFingerprintFormat() {
    let key = fixedKey(1)
    let text = key.fingerprint.text
    XCTAssertTrue(text.hasPrefix("ed25519:"))
    XCTAssertEqual(text.count, 8 + 32, "20 bytes are 32 base32 characters")
    XCTAssertTrue(text.dropFirst(8).allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) })
    XCTAssertEqual(Fingerprint(text), key.fingerprint)
    XCTAssertNotEqual(fixedKey(2).fingerprint, key.fingerprint)
    for bad in [
      "", "ed25519:", String(text.dropLast()), text + "a", text.uppercased(), "ed448:" + text.dropFirst(8),
      "ed25519:" + String(repeating: "1", count: 32), "ED25519:" + text.dropFirst(8),
    ] {
      XCTAssertNil(Fingerprint(bad), bad)
    }
  }

  func testBase32MatchesRFC4648Vectors() {
    // RFC 4648 section 10, lowercased and without padding.
    let vectors = [
      "": "", "f": "my", "fo": "mzxq", "foo": "mzxw6", "foob": "mzxw6yq", "fooba": "mzxw6ytb",
      "foobar": "mzxw6ytboi",
    ]
    for (input, output) in vectors {
      XCTAssertEqual(Base32.encode(Array(input.utf8)), output)
      XCTAssertEqual(Base32.decode(output), Array(input.utf8))
    }
  }

  func testGeneratedKeysRoundTripThroughFiles() throws {
    let key = SecretKey()
    let base = directory + "/alice"
    try KeyFiles.writeKeyPair(key, basePath: base, name: "alice@example.com")
    let secret = try KeyFiles.readSecretKey(base + ".key")
    XCTAssertEqual(secret.publicKey, key.publicKey)
    let (publicKey, name) = try KeyFiles.readPublicKey(base + ".pub")
    XCTAssertEqual(publicKey, key.publicKey)
    XCTAssertEqual(name, "alice@example.com")
    let message = Array("hello".utf8)
    XCTAssertTrue(publicKey.isValidSignature(secret.signature(for: message), for: message))

    let attributes = try FileManager.default.attributesOfItem(atPath: base + ".key")
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    // Both files are one line in the documented form.
    let secretText = try String(contentsOfFile: base + ".key", encoding: .utf8)
    XCTAssertTrue(secretText.hasPrefix("cruft-secret-key-v1 ed25519 "))
    XCTAssertEqual(secretText.filter { $0 == "\n" }.count, 1)
  }

  func testKeyGenerationRefusesToOverwrite() throws {
    let base = directory + "/k"
    try write("precious\n", to: base + ".key")
    XCTAssertThrowsError(try KeyFiles.writeKeyPair(SecretKey(), basePath: base, name: nil)) { error in
      XCTAssertEqual(error as? KeyFileError, .alreadyExists(path: base + ".key"))
    }
    XCTAssertEqual(try String(contentsOfFile: base + ".key", encoding: .utf8), "precious\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: base + ".pub"), "nothing written")

    let other = directory + "/p"
    try write("existing\n", to: other + ".pub", mode: 0o644)
    XCTAssertThrowsError(try KeyFiles.writeKeyPair(SecretKey(), basePath: other, name: nil))
    XCTAssertFalse(FileManager.default.fileExists(atPath: other + ".key"), "nothing written")

    // A planted symbolic link is not followed.
    let target = directory + "/target"
    try FileManager.default.createSymbolicLink(atPath: directory + "/l.key", withDestinationPath: target)
    XCTAssertThrowsError(try KeyFiles.writeKeyPair(SecretKey(), basePath: directory + "/l", name: nil))
    XCTAssertFalse(FileManager.default.fileExists(atPath: target))
  }

  func testSecretKeysNeverAppearInDescriptions() throws {
    let key = fixedKey(7)
    let secretBase64 = Base64.encode(Array(key.secretFileText().utf8))
    let material = String(key.secretFileText().split(separator: " ")[2].dropLast())
    for text in [key.description, "\(key)", String(describing: key), String(reflecting: key)] {
      XCTAssertFalse(text.contains(material), text)
      XCTAssertFalse(text.contains(secretBase64), text)
    }
    // Errors about a secret key file name the file, never its contents.
    let path = directory + "/bad.key"
    try write(String(key.secretFileText().dropLast()) + "\n\n", to: path)
    XCTAssertThrowsError(try KeyFiles.readSecretKey(path)) { error in
      XCTAssertFalse("\(error)".contains(material))
    }
  }

  /// Every malformed key file is refused with its own error.
  func testMalformedKeyFilesAreRejected() throws {
    let key = fixedKey(3)
    let secret = key.secretFileText()
    let secretBody = String(secret.dropLast())
    let material = String(secretBody.split(separator: " ")[2])
    let publicText = KeyFiles.publicKeyText(key.publicKey, name: "alice")
    let publicMaterial = Base64.encode(key.publicKey.bytes)

    func secretError(_ text: String, mode: Int = 0o600) throws -> KeyFileError? {
      let path = directory + "/s-\(UUID().uuidString).key"
      try write(text, to: path, mode: mode)
      do {
        _ = try KeyFiles.readSecretKey(path)
        return nil
      } catch {
        return error
      }
    }
    func publicError(_ text: String) throws -> KeyFileError? {
      do {
        _ = try KeyFiles.parsePublicKey(Array(text.utf8), path: "p.pub")
        return nil
      } catch {
        return error
      }
    }
    XCTAssertNil(try secretError(secret))
    XCTAssertNil(try publicError(publicText))
    XCTAssertNil(try publicError("cruft-public-key-v1 ed25519 \(publicMaterial)\n"), "the name is optional")

    func expect(_ error: KeyFileError?, _ matches: (KeyFileError) -> Bool, _ label: String) {
      guard let error else { return XCTFail("\(label): accepted") }
      XCTAssertTrue(matches(error), "\(label): \(error)")
    }
    func truncated(_ e: KeyFileError) -> Bool { if case .truncated = e { true } else { false } }
    func wrongType(_ e: KeyFileError) -> Bool { if case .wrongType = e { true } else { false } }
    func wrongLength(_ e: KeyFileError) -> Bool { if case .wrongLength = e { true } else { false } }
    func notCanonical(_ e: KeyFileError) -> Bool { if case .notCanonical = e { true } else { false } }
    func tooLarge(_ e: KeyFileError) -> Bool { if case .tooLarge = e { true } else { false } }

    // Truncated at every length: always an error, never a key.
    for length in 0..<secret.utf8.count {
      let cut = String(decoding: Array(secret.utf8).prefix(length), as: UTF8.self)
      XCTAssertNotNil(try secretError(cut), "cut at \(length)")
    }
    expect(try secretError(""), truncated, "empty")
    expect(try secretError(secretBody), truncated, "no newline")
    expect(try secretError("cruft-sec"), truncated, "cut inside the magic")
    expect(try secretError(String(secretBody.dropLast(10))), truncated, "cut inside the key")
    expect(try secretError("cruft-secret-key-v1 ed25519\n"), truncated, "no key field")

    // Oversized: refused before parsing, even if it starts like a key.
    expect(try secretError(secret + String(repeating: "A", count: 5000)), tooLarge, "oversized secret")
    expect(try publicError(publicText + String(repeating: " ", count: 4097)), tooLarge, "oversized public")

    // Wrong type, both ways, and something else entirely.
    expect(try secretError(publicText), wrongType, "a public key as a secret key")
    expect(try publicError(secret), wrongType, "a secret key as a public key")
    expect(try secretError("-----BEGIN OPENSSH PRIVATE KEY-----\n"), wrongType, "an ssh key")
    expect(
      try secretError("cruft-secret-key-v1 ed448 \(material)\n"),
      { if case .unsupportedAlgorithm(_, "ed448") = $0 { true } else { false } }, "another algorithm")

    // Wrong length: a public key's bytes in a secret key file, a secret key's in a public one.
    expect(
      try secretError("cruft-secret-key-v1 ed25519 \(publicMaterial)\n"), wrongLength, "32 bytes as secret")
    expect(try publicError("cruft-public-key-v1 ed25519 \(material)\n"), wrongLength, "64 bytes as public")
    expect(try publicError("cruft-public-key-v1 ed25519 AAAA\n"), wrongLength, "3 bytes")

    // Not canonical.
    expect(try secretError(secretBody + "\r\n"), notCanonical, "CRLF")
    expect(try secretError(secretBody + "\n\n"), notCanonical, "two lines")
    expect(
      try secretError(secretBody.replacingOccurrences(of: " ed25519 ", with: "  ed25519 ") + "\n"),
      notCanonical,
      "double space")
    expect(try secretError(" " + secret), wrongType, "leading space")
    expect(try secretError(secretBody + " comment\n"), notCanonical, "extra field in a secret key")
    expect(
      try secretError("cruft-secret-key-v1 ed25519 \(material.dropLast(2))!=\n"), notCanonical, "bad base64")
    expect(
      try publicError("cruft-public-key-v1 ed25519 \(publicMaterial.dropLast())\n"), notCanonical,
      "no padding")
    // The last base64 digit of 32 bytes has two unused bits; setting them is a second spelling of the key.
    var chars = Array(publicMaterial)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    let lastIndex = chars.count - 2
    chars[lastIndex] = alphabet[alphabet.firstIndex(of: chars[lastIndex])! ^ 1]
    expect(
      try publicError("cruft-public-key-v1 ed25519 \(String(chars))\n"), notCanonical, "non-zero padding bits"
    )
    expect(
      try publicError("cruft-public-key-v1 ed25519 \(publicMaterial) two words\n"), notCanonical, "4+ fields")
    expect(
      try publicError("cruft-public-key-v1 ed25519 \(publicMaterial) a\u{7}b\n"), notCanonical, "control byte"
    )
    expect(try publicError("cruft-public-key-v1 ed25519 \(publicMaterial) é\n"), notCanonical, "non-ASCII")

    // A secret key whose public half was swapped for another key's.
    let spliced = Base64.decode(material)!.prefix(32) + fixedKey(4).publicKey.bytes
    XCTAssertEqual(
      try secretError("cruft-secret-key-v1 ed25519 \(Base64.encode(Array(spliced)))\n").map { "\($0)" }?
        .contains(
          "corrupt"), true)

    // A secret key others can read.
    XCTAssertEqual(
      try secretError(secret, mode: 0o644).map { error -> Bool in
        if case .insecurePermissions(_, let mode) = error { return mode == 0o644 }
        return false
      }, true)

    // Directories, devices and missing files.
    XCTAssertThrowsError(try KeyFiles.readSecretKey(directory))
    XCTAssertThrowsError(try KeyFiles.readPublicKey("/dev/zero"))
    XCTAssertThrowsError(try KeyFiles.readPublicKey(directory + "/missing.pub"))
  }

  func testSigningContextsSeparateSignatures() {
    let key = fixedKey(5)
    let document = Array("{}".utf8)
    let signature = key.signature(for: SigningContext.publisherStatement.message(for: document))
    XCTAssertTrue(
      key.publicKey.isValidSignature(signature, for: SigningContext.publisherStatement.message(for: document))
    )
    for context in [SigningContext.registryCountersignature, .registryIdentity] {
      XCTAssertFalse(key.publicKey.isValidSignature(signature, for: context.message(for: document)))
    }
    XCTAssertFalse(
      key.publicKey.isValidSignature(signature, for: document), "the bare document is not signed")
    XCTAssertFalse(key.publicKey.isValidSignature([], for: document))
    XCTAssertFalse(key.publicKey.isValidSignature(signature + [0], for: document))
  }
}
