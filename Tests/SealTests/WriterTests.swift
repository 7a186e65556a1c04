import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

final class WriterTests: XCTestCase {
  func testWritingTwiceGivesIdenticalBytes() throws {
    let first = try SampleBundles.application()
    let second = try SampleBundles.application()
    XCTAssertFalse(first.isEmpty)
    XCTAssertEqual(first, second)
    XCTAssertEqual(try SampleBundles.application(modules: 50), try SampleBundles.application(modules: 50))
  }

  func testInputOrderDoesNotMatter() throws {
    let (manifest, sections) = Fixture.manifest(modules: ["a.js", "b.js", "c.js"])
    var shuffled = manifest
    shuffled.modules.reverse()
    let one = try BundleWriter.write(manifest: manifest, sections: sections, key: Fixture.builder)
    let two = try BundleWriter.write(manifest: shuffled, sections: sections.reversed(), key: Fixture.builder)
    XCTAssertEqual(one, two)
  }

  /// The committed golden bundle is what the writer produces today: the format has not drifted, and
  /// nothing of the machine, the time or the directory leaks into the bytes.
  func testCommittedGoldenBundleIsReproduced() throws {
    let path = Fixture.repositoryRoot + "/lit-tests/seal/Inputs/app.cruft"
    let committed = try XCTUnwrap(FileManager.default.contents(atPath: path), "missing \(path)")
    XCTAssertEqual([UInt8](committed), Fixture.application, "regenerate with FuzzBundle --write-fixtures")
  }

  func testRoundTrip() throws {
    let (manifest, sections) = Fixture.manifest(modules: ["x.js", "y.js"])
    let bytes = try BundleWriter.write(manifest: manifest, sections: sections, key: Fixture.builder)
    XCTAssertEqual(Array(bytes.prefix(8)), Array("CRUFTBN\u{0}".utf8))
    let reader = try BundleReader.open(bytes: bytes)
    XCTAssertEqual(reader.signerFingerprint, Fixture.builder.fingerprint)
    XCTAssertEqual(reader.manifest.modules, manifest.modules)
    XCTAssertEqual(reader.manifest.sections.map(\.name), ["code/x.js", "code/y.js"])
    let verified = try reader.verify(trusting: [Fixture.builder.publicKey], expectedLockfileDigest: nil)
    for section in sections { XCTAssertEqual(verified.sections[section.name], section.bytes) }
    XCTAssertEqual(verified.code(of: manifest.modules[0]), sections[0].bytes)
    XCTAssertFalse(verified.lockfileChecked)
  }

  func testEmptySectionRoundTrips() throws {
    var (manifest, sections) = Fixture.manifest(modules: ["x.js"])
    sections[0].bytes = []
    manifest.modules[0].codeDigest = sections[0].digest
    let bytes = try BundleWriter.write(manifest: manifest, sections: sections, key: Fixture.builder)
    let verified = try BundleReader.open(bytes: bytes).verify(
      trusting: Fixture.trusted, expectedLockfileDigest: nil)
    XCTAssertEqual(verified.sections["code/x.js"], [])
  }

  func testWriterRefusesWhatTheReaderWouldRefuse() {
    let (manifest, sections) = Fixture.manifest(modules: ["a.js", "b.js"])
    func refusal(_ manifest: BundleManifest, _ sections: [BundleSection]) -> BundleCode? {
      do {
        _ = try BundleWriter.write(manifest: manifest, sections: sections, key: Fixture.builder)
        return nil
      } catch {
        return error.code
      }
    }
    XCTAssertEqual(refusal(manifest, sections + [sections[0]]), .duplicateSection)
    var wrongDigest = manifest
    wrongDigest.modules[0].codeDigest = SHA512Digest(of: [1])
    XCTAssertEqual(refusal(wrongDigest, sections), .malformedManifest)
    XCTAssertEqual(refusal(manifest, [sections[0]]), .malformedManifest)  // b.js has no code section
    var badEntry = manifest
    badEntry.entry = ".:nothing.js"
    XCTAssertEqual(refusal(badEntry, sections), .malformedManifest)
    var twice = manifest
    twice.modules.append(twice.modules[0])
    XCTAssertEqual(refusal(twice, sections), .malformedManifest)
    var control = manifest
    control.compilerVersion = "cruftc\u{1B}[2J"
    XCTAssertEqual(refusal(control, sections), .malformedManifest)
    var bitcodeAsCode = manifest
    var asBitcode = sections
    asBitcode[0].kind = .bitcode
    bitcodeAsCode.modules[0].codeDigest = asBitcode[0].digest
    XCTAssertEqual(refusal(bitcodeAsCode, asBitcode), .malformedManifest)
    var ratio = sections
    ratio[0].bytes = [UInt8](repeating: 7, count: 4 << 20)
    var ratioManifest = manifest
    ratioManifest.modules[0].codeDigest = ratio[0].digest
    XCTAssertEqual(refusal(ratioManifest, ratio), .limitExceeded)
  }

  func testNativeCodeRoundTripsAndIsCheckedAgainstItsSection() throws {
    var (manifest, sections) = Fixture.manifest(modules: ["a.js"])
    let bitcode = BundleSection(
      name: BundleNativeCode.sectionName(module: manifest.modules[0].name), kind: .bitcode,
      bytes: Array("BC\u{C0}\u{DE}native".utf8))
    sections.append(bitcode)
    manifest.modules[0].native = BundleNativeCode(
      section: bitcode.name, digest: bitcode.digest,
      functions: [
        BundleNativeFunction(function: 1, arity: 1, returns: .number),
        BundleNativeFunction(function: 4, arity: 2, returns: .boolean, parameters: [.number, .boolean]),
      ])
    let bytes = try BundleWriter.write(manifest: manifest, sections: sections, key: Fixture.builder)
    let reader = try BundleReader.open(bytes: bytes)
    XCTAssertEqual(reader.manifest.modules[0].native, manifest.modules[0].native)
    let text = String(decoding: reader.manifest.canonicalBytes, as: UTF8.self)
    XCTAssertTrue(
      text.contains(
        "\"native\":{\"bitcodeDigest\":\"\(bitcode.digest.integrity)\",\"bitcodeSection\":\"bitcode/.:a.js\","
          + "\"functions\":[{\"arity\":1,\"function\":1,\"parameters\":[\"number\"],\"returns\":\"number\",\"symbol\":\"cruft_fn_1\"},"
          + "{\"arity\":2,\"function\":4,\"parameters\":[\"number\",\"boolean\"],\"returns\":\"boolean\",\"symbol\":\"cruft_fn_4\"}]}"
      ), text)
    let verified = try reader.verify(trusting: Fixture.trusted, expectedLockfileDigest: nil)
    XCTAssertEqual(verified.sections[bitcode.name], bitcode.bytes)

    func refusal(_ change: (inout BundleManifest) -> Void) -> String? {
      var changed = manifest
      change(&changed)
      do {
        _ = try BundleWriter.write(manifest: changed, sections: sections, key: Fixture.builder)
        return nil
      } catch {
        return error.description
      }
    }
    XCTAssertNotNil(refusal { $0.modules[0].native?.digest = SHA512Digest(of: [1]) })
    XCTAssertNotNil(refusal { $0.modules[0].native?.section = "code/.:a.js" })
    XCTAssertNotNil(refusal { $0.modules[0].native?.functions.reverse() })
    XCTAssertNotNil(refusal { $0.modules[0].native?.functions = [] })
    XCTAssertNotNil(refusal { $0.modules[0].native?.functions[0].arity = 9 })
    XCTAssertNotNil(refusal { $0.modules[0].native?.functions[0].parameters = [] })
    // A symbol that is not cruft_fn_INDEX is refused when read back.
    let renamed = String(decoding: reader.manifest.canonicalBytes, as: UTF8.self)
      .replacingOccurrences(of: "\"symbol\":\"cruft_fn_1\"", with: "\"symbol\":\"system\"")
    XCTAssertThrowsError(try BundleManifest(canonicalBytes: Array(renamed.utf8))) { error in
      XCTAssertTrue("\(error)".contains("is not named cruft_fn_1"), "\(error)")
    }
  }

  func testSignatureIsOverTheContextAndTheManifestDigest() throws {
    let reader = try BundleReader.open(bytes: Fixture.application)
    let block = Array(Fixture.application.suffix(97))
    XCTAssertEqual(block[0], 1)
    XCTAssertEqual(Array(block[1..<33]), Fixture.builder.publicKey.bytes)
    let message =
      Array("cruft bundle manifest v1".utf8) + [0] + SHA512Digest(of: reader.manifest.canonicalBytes).bytes
    XCTAssertTrue(Fixture.builder.publicKey.isValidSignature(Array(block[33...]), for: message))
  }
}

final class ManifestTests: XCTestCase {
  var canonical: [UInt8] = []

  override func setUp() {
    canonical = (try? BundleReader.open(bytes: Fixture.application))?.manifest.canonicalBytes ?? []
  }

  func decode(_ text: String) -> BundleError? {
    do {
      _ = try BundleManifest(canonicalBytes: Array(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  var text: String { String(decoding: canonical, as: UTF8.self) }

  func testCanonicalBytesDecodeToTheSameManifest() throws {
    let manifest = try BundleManifest(canonicalBytes: canonical)
    XCTAssertEqual(manifest.canonicalBytes, canonical)
    XCTAssertEqual(manifest.application.description, "greeter@1.0.0")
    XCTAssertEqual(manifest.packages.map(\.key), [".", "node_modules/greeting-words"])
    XCTAssertNotNil(manifest.package("node_modules/greeting-words")?.publisher)
    XCTAssertEqual(manifest.module(".:src/main.mjs")?.imports.last, "node:path")
    XCTAssertEqual(manifest.module(".:src/main.mjs")?.handles, ["env", "stdio"])
  }

  func testNonCanonicalFormsAreRefused() {
    XCTAssertNil(decode(text))
    XCTAssertEqual(decode(text.replacingOccurrences(of: "\":", with: "\": "))?.code, .malformedManifest)
    XCTAssertEqual(decode(String(text.dropLast()))?.code, .malformedManifest)  // no final newline
    XCTAssertEqual(decode("\u{FEFF}" + text)?.code, .malformedManifest)
    XCTAssertEqual(decode(text + "\n")?.code, .malformedManifest)
    // Keys out of order: the same object with two members swapped.
    XCTAssertEqual(
      decode(
        text.replacingOccurrences(
          of: "{\"name\":\"greeter\",\"version\":\"1.0.0\"}",
          with: "{\"version\":\"1.0.0\",\"name\":\"greeter\"}"))?
        .code, .malformedManifest)
    XCTAssertEqual(
      decode(text.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":1.0"))?.code,
      .malformedManifest)
  }

  func testFieldsAreStrict() {
    let unknown = text.replacingOccurrences(of: "{\"application\"", with: "{\"aardvark\":1,\"application\"")
    XCTAssertTrue(decode(unknown)?.message.contains("unknown field 'aardvark'") ?? false)
    let missing = text.replacingOccurrences(of: "\"compilerVersion\":\"cruftc 0.1.0\",", with: "")
    XCTAssertTrue(decode(missing)?.message.contains("no field \"compilerVersion\"") ?? false)
    let future = text.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":2")
    XCTAssertEqual(decode(future)?.code, .unsupportedVersion)
    let kind = text.replacingOccurrences(of: "\"kind\":\"bitcode\"", with: "\"kind\":\"native\"")
    XCTAssertEqual(decode(kind)?.code, .malformedManifest)
    let typed = text.replacingOccurrences(of: "\"handles\":[\"env\",\"stdio\"]", with: "\"handles\":\"env\"")
    XCTAssertEqual(decode(typed)?.code, .malformedManifest)
    let publisher = text.replacingOccurrences(
      of: "\"publisher\":\"ed25519:", with: "\"publisher\":\"ed25519:x")
    XCTAssertEqual(decode(publisher)?.code, .malformedManifest)
  }

  func testDigestsHaveOneSpelling() throws {
    let manifest = try BundleManifest(canonicalBytes: canonical)
    let sri = manifest.lockfileDigest.integrity
    // Same bytes, but the padding bits of the last base64 character set: decodes, is not canonical.
    var characters = Array(sri)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    let last = characters.count - 3
    let index = try XCTUnwrap(alphabet.firstIndex(of: characters[last]))
    characters[last] = alphabet[index ^ 1]
    XCTAssertEqual(
      decode(text.replacingOccurrences(of: sri, with: String(characters)))?.code, .malformedManifest)
  }

  func testReferencesMustResolve() {
    let cases = [
      ("\"package\":\"node_modules/greeting-words\"", "\"package\":\"node_modules/other\""),
      ("\"node:path\"", "\"node_modules/missing:index.js\""),
      ("\"node:path\"", "\"node:\""),
      ("\"entry\":\".:src/main.mjs\"", "\"entry\":\".:src/none.mjs\""),
      ("\"codeSection\":\"code/.:src/format.js\"", "\"codeSection\":\"bitcode/.:src/format.js\""),
      ("\"handles\":[\"env\",\"stdio\"]", "\"handles\":[\"env\",\"env\"]"),
    ]
    for (from, to) in cases {
      let changed = text.replacingOccurrences(of: from, with: to)
      XCTAssertNotEqual(changed, text, from)
      XCTAssertEqual(decode(changed)?.code, .malformedManifest, to)
    }
  }

  /// Shapes no manifest has are refused before the JSON parser builds them, since that happens
  /// before the signature is checked.
  func testHostileShapesAreRefusedBeforeParsing() {
    let deep = "{\"a\":" + String(repeating: "[", count: 17) + String(repeating: "]", count: 17) + "}\n"
    XCTAssertTrue(decode(deep)?.message.contains("nests more than 16 levels") ?? false)
    let long = "{\"a\":\"" + String(repeating: "x", count: 9000) + "\"}\n"
    XCTAssertTrue(decode(long)?.message.contains("a string of more than 8194 bytes") ?? false)
    let dense = "{\"a\":[" + String(repeating: "[],", count: 5000) + "[]]}\n"
    XCTAssertTrue(decode(dense)?.message.contains("values in") ?? false)
    // A string may hold brackets and commas: only structure counts.
    XCTAssertFalse(
      decode("{\"a\":\"" + String(repeating: "[,", count: 2000) + "\"}\n")?.message.contains("values in")
        ?? true)
  }

  func testControlCharactersAreRefusedEverywhere() {
    for escape in ["\\u001b", "\\n", "\\u007f"] {
      let changed = text.replacingOccurrences(of: "\"greeting-words\"", with: "\"greeting\(escape)words\"")
      XCTAssertEqual(decode(changed)?.code, .malformedManifest, escape)
    }
    let inClaims = text.replacingOccurrences(of: "[\"LANG\"]", with: "[\"LA\\u001bNG\"]")
    XCTAssertEqual(decode(inClaims)?.code, .malformedManifest)
    let bidi = text.replacingOccurrences(of: "\"greeting-words\"", with: "\"greeting\u{202E}words\"")
    XCTAssertEqual(decode(bidi)?.code, .malformedManifest)
  }
}
