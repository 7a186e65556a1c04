import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

/// Each way a bundle can be damaged or forged is refused with its own code, and the checks run in
/// the documented order.
final class ReaderTests: XCTestCase {
  let bundle = Fixture.application

  func code(_ bytes: [UInt8], limits: BundleLimits = BundleLimits()) -> BundleCode? {
    Fixture.refusal(bytes, limits: limits)?.code
  }

  func testTheSampleVerifies() {
    XCTAssertNil(Fixture.refusal(bundle))
  }

  func testStructure() {
    XCTAssertEqual(code(Array("PK\u{3}\u{4}not a bundle".utf8)), .notABundle)
    XCTAssertEqual(code([]), .truncated)
    XCTAssertEqual(code(Array(bundle.prefix(5))), .truncated)
    var version = bundle
    version[8] = 2
    XCTAssertEqual(code(version), .unsupportedVersion)
    XCTAssertEqual(code(bundle + [0]), .trailingBytes)
    XCTAssertEqual(code(bundle + bundle), .trailingBytes)
    for cut in [9, 14, 100, bundle.count - 97, bundle.count - 50, bundle.count - 1] {
      XCTAssertEqual(code(Array(bundle.prefix(cut))), .truncated, "cut at \(cut)")
    }
  }

  func testEveryTruncationIsRefused() {
    for length in 0..<bundle.count {
      XCTAssertNotNil(Fixture.refusal(Array(bundle.prefix(length))), "length \(length)")
    }
  }

  /// One bit flipped in every byte of the file (a different bit for each byte): all refused, and
  /// never past the check that guards the flipped part.
  func testEveryByteIsCovered() {
    let layout = Fixture.layout(bundle)
    for index in bundle.indices {
      var flipped = bundle
      flipped[index] ^= 1 << UInt8(index % 8)
      guard let error = Fixture.refusal(flipped) else {
        XCTFail("a flip at byte \(index) was accepted")
        continue
      }
      if layout.sections.contains(where: { $0.data.contains(index) }) {
        XCTAssertEqual(error.code, .compressedDigestMismatch, "byte \(index)")
      } else if index >= layout.signatureBlock.lowerBound + 4 + 1 + 32 {
        XCTAssertEqual(error.code, .invalidSignature, "byte \(index)")
      }
    }
  }

  func testLimitsAreCheckedBeforeAnythingIsAllocated() {
    var limits = BundleLimits()
    limits.maximumFileSize = bundle.count - 1
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)
    limits = BundleLimits()
    limits.maximumManifestSize = 100
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)
    limits = BundleLimits()
    limits.maximumSectionCount = 3
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)
    limits = BundleLimits()
    limits.maximumSectionSize = 50
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)
    limits = BundleLimits()
    limits.maximumTotalSize = 200
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)
    limits = BundleLimits()
    limits.ratioGracePeriod = 0
    limits.maximumCompressionRatio = 0
    XCTAssertEqual(code(bundle, limits: limits), .limitExceeded)

    // A manifest length of 4 GiB in a small file: refused without allocating it.
    var huge = bundle
    huge.replaceSubrange(12..<16, with: [0xFF, 0xFF, 0xFF, 0xFF])
    XCTAssertEqual(code(huge), .limitExceeded)
    var count = bundle
    let countOffset = Fixture.layout(bundle).manifest.upperBound
    count.replaceSubrange(countOffset..<(countOffset + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
    XCTAssertEqual(code(count), .limitExceeded)
    // A section declaring 4 GiB - 1 inflated bytes.
    var size = bundle
    let header = Fixture.layout(bundle).sections[0].data.lowerBound - 4
    size.replaceSubrange(header..<(header + 4), with: [0xFF, 0xFF, 0xFF, 0xFF])
    XCTAssertEqual(code(size), .limitExceeded)
  }

  func testSectionHeaders() throws {
    let layout = Fixture.layout(bundle)
    var kind = bundle
    kind[layout.sections[0].header] = 9
    XCTAssertEqual(code(kind), .malformedSectionHeader)
    var name = bundle
    name[layout.sections[0].header + 3] = 0xFF  // not UTF-8
    XCTAssertEqual(code(name), .malformedSectionHeader)
    var empty = bundle
    empty.replaceSubrange((layout.sections[0].header + 1)..<(layout.sections[0].header + 3), with: [0, 0])
    XCTAssertEqual(code(empty), .malformedSectionHeader)
    var otherKind = bundle
    otherKind[layout.sections[0].header] = otherKind[layout.sections[0].header] == 1 ? 2 : 1
    XCTAssertEqual(code(otherKind), .sectionMismatch)
  }

  func testSectionsMustMatchTheManifestExactly() throws {
    let (manifest, sections) = try Fixture.parts()
    XCTAssertNil(Fixture.refusal(Fixture.assemble(manifest, sections)))
    XCTAssertEqual(code(Fixture.assemble(manifest, sections + [sections[0]])), .duplicateSection)
    XCTAssertEqual(code(Fixture.assemble(manifest, Array(sections.dropLast()))), .missingSection)
    XCTAssertEqual(code(Fixture.assemble(manifest, Array(sections.dropFirst()))), .sectionMismatch)
    XCTAssertEqual(
      code(Fixture.assemble(manifest, [sections[1], sections[0]] + sections.dropFirst(2))), .sectionMismatch)
    let extra = Fixture.entry("code/zzz", bytes: Array("unsigned payload".utf8))
    XCTAssertEqual(code(Fixture.assemble(manifest, sections + [extra])), .unlistedSection)
    var wrongSize = manifest
    wrongSize.sections[0].size += 1
    XCTAssertEqual(code(Fixture.assemble(wrongSize, sections)), .sectionMismatch)
    // The manifest lists one section more than the file holds.
    var longer = manifest
    longer.sections.append(extra.0)
    XCTAssertEqual(code(Fixture.assemble(longer, sections)), .missingSection)
  }

  func testSignatureBlock() {
    let start = Fixture.layout(bundle).signatureBlock.lowerBound
    var length = bundle
    length[start] = 96
    XCTAssertEqual(code(length), .malformedSignatureBlock)
    var algorithm = bundle
    algorithm[start + 4] = 2
    XCTAssertEqual(code(algorithm), .malformedSignatureBlock)
  }

  func testTrust() throws {
    XCTAssertEqual(Fixture.refusal(bundle, trusting: [])?.code, .noTrustedBuilders)
    let other = SampleBundles.otherKey.fingerprint
    let untrusted = try XCTUnwrap(Fixture.refusal(bundle, trusting: [other]))
    XCTAssertEqual(untrusted.code, .untrustedBuilder)
    XCTAssertTrue(untrusted.message.contains(Fixture.builder.fingerprint.text), untrusted.message)
    XCTAssertTrue(untrusted.message.contains("expected \(other.text)"), untrusted.message)
    // Signed by the other key: refused unless that key is trusted.
    let (manifest, sections) = try Fixture.parts()
    let resigned = Fixture.assemble(manifest, sections, key: SampleBundles.otherKey)
    XCTAssertEqual(code(resigned), .untrustedBuilder)
    XCTAssertNil(Fixture.refusal(resigned, trusting: [other]))
    // A signature block naming the trusted key with another key's signature.
    var forged = resigned
    forged.replaceSubrange((forged.count - 96)..<(forged.count - 64), with: Fixture.builder.publicKey.bytes)
    XCTAssertEqual(code(forged), .invalidSignature)
  }

  func testAChangedManifestNoLongerVerifies() throws {
    let (manifest, sections) = try Fixture.parts()
    var changed = manifest
    changed.packages[1].receives = .record([("net", .array([.string("evil.example:443")]))])
    let bytes = Fixture.assemble(changed, sections)
    // Re-signed by the builder it is fine; with the original signature it is not.
    XCTAssertNil(Fixture.refusal(bytes))
    var spliced = bytes
    spliced.replaceSubrange((spliced.count - 64)..., with: bundle.suffix(64))
    XCTAssertEqual(code(spliced), .invalidSignature)
  }

  func testLockfileStamp() throws {
    let error = try XCTUnwrap(Fixture.refusal(bundle, lockfile: SHA512Digest(of: [1, 2, 3])))
    XCTAssertEqual(error.code, .lockfileMismatch)
    XCTAssertTrue(error.message.contains(SampleBundles.lockfileDigest.integrity))
    XCTAssertNil(Fixture.refusal(bundle, lockfile: nil))
  }

  func testDigests() throws {
    let (manifest, sections) = try Fixture.parts()
    // Compressed bytes changed after signing.
    var flipped = bundle
    flipped[Fixture.layout(bundle).sections[1].data.lowerBound + 3] ^= 0x10
    let compressed = try XCTUnwrap(Fixture.refusal(flipped))
    XCTAssertEqual(compressed.code, .compressedDigestMismatch)
    XCTAssertTrue(compressed.message.contains("code of"), compressed.message)
    // A builder that signed the wrong inflated digest.
    var wrong = manifest
    wrong.sections[0].digest = SHA512Digest(of: [9])
    if let index = wrong.modules.firstIndex(where: { $0.codeSection == wrong.sections[0].name }) {
      wrong.modules[index].codeDigest = wrong.sections[0].digest
    }
    XCTAssertEqual(code(Fixture.assemble(wrong, sections)), .sectionDigestMismatch)
    // Signed zlib data that is corrupt, ends early, or has bytes after its end.
    func signed(_ stream: [UInt8], size: Int) -> [UInt8] {
      var manifest = manifest
      manifest.sections[0].compressedSize = stream.count
      manifest.sections[0].compressedDigest = SHA512Digest(of: stream)
      manifest.sections[0].size = size
      var sections = sections
      sections[0].compressed = stream
      sections[0].entry = manifest.sections[0]
      return Fixture.assemble(manifest, sections)
    }
    let good = sections[0].compressed
    let size = manifest.sections[0].size
    XCTAssertEqual(code(signed(good + [0], size: size)), .sectionInflation)
    XCTAssertEqual(
      code(signed(Array(good.dropLast(5)) + [0, 0, 0, 0, 0, 0, 0, 0], size: size)), .sectionInflation)
    XCTAssertEqual(code(signed(good, size: size + 1)), .sectionInflation)
    XCTAssertEqual(code(signed(good, size: size - 1)), .sectionInflation)
    var corrupt = good
    corrupt[1] ^= 0x20  // the preset-dictionary flag
    XCTAssertEqual(code(signed(corrupt, size: size)), .sectionInflation)
  }

  func testChecksRunInTheDocumentedOrder() throws {
    // Untrusted and with the wrong lockfile: the signature is reported.
    XCTAssertEqual(
      Fixture.refusal(bundle, trusting: [SampleBundles.otherKey.fingerprint], lockfile: SHA512Digest(of: []))?
        .code,
      .untrustedBuilder)
    // Wrong lockfile and a damaged section: the lockfile is reported.
    var flipped = bundle
    flipped[Fixture.layout(bundle).sections[0].data.lowerBound + 2] ^= 1
    XCTAssertEqual(Fixture.refusal(flipped, lockfile: SHA512Digest(of: []))?.code, .lockfileMismatch)
    // Trailing bytes and an untrusted signer: structure comes first.
    XCTAssertEqual(
      Fixture.refusal(bundle + [0], trusting: [SampleBundles.otherKey.fingerprint])?.code, .trailingBytes)
    // What passed is reported in order before the failure.
    var passed: [String] = []
    let reader = try BundleReader.open(bytes: flipped)
    XCTAssertThrowsError(
      try reader.verify(trusting: Fixture.trusted, expectedLockfileDigest: SampleBundles.lockfileDigest) {
        passed.append("\($0)")
      })
    XCTAssertEqual(passed.count, 2)
    XCTAssertTrue(passed[0].hasPrefix("signature"))
    XCTAssertTrue(passed[1].hasPrefix("lockfileStamp"))
  }

  func testSplicingTwoBundlesOfTheSameBuilderIsRefused() throws {
    let other = try SampleBundles.application(revision: 2)
    XCTAssertEqual(other.count, bundle.count)
    XCTAssertNotEqual(other, bundle)
    let a = Fixture.layout(bundle)
    let b = Fixture.layout(other)
    // The other bundle's section data under this bundle's manifest and signature, and the reverse.
    for (section, (mine, theirs)) in zip(a.sections, b.sections).enumerated()
    where mine.data.count == theirs.data.count {
      var spliced = bundle
      spliced.replaceSubrange(mine.data, with: other[theirs.data])
      if spliced != bundle { XCTAssertEqual(code(spliced), .compressedDigestMismatch, "section \(section)") }
    }
    var signature = bundle
    signature.replaceSubrange(a.signatureBlock, with: other[b.signatureBlock])
    XCTAssertEqual(code(signature), .invalidSignature)
  }
}
