import Provenance

/// Reads and verifies sealed bundles. Opening checks the structure only; `verify` then checks, in this
/// order, the signature against the trusted builder keys, the lockfile stamp, and every section's
/// digests. Nothing in a section is inflated before its compressed bytes are known to be the ones the
/// trusted builder signed, and nothing is allocated before its declared size is checked against the
/// limits and against the bytes actually present.
public struct BundleReader: Sendable {
  public let manifest: BundleManifest
  /// The key in the signature block. Not trusted by itself: `checkSignature` decides.
  public let signer: PublicKey
  public let limits: BundleLimits
  public var fileSize: Int { bytes.count }
  /// The size of the stored (signed) manifest bytes.
  public var manifestSize: Int { manifestRange.count }
  let bytes: [UInt8]
  let manifestRange: Range<Int>
  /// The compressed bytes of each section, in the manifest's order.
  let sectionRanges: [Range<Int>]
  let signature: [UInt8]

  /// Parses the bundle's structure: magic, version, manifest, section headers, signature block, and
  /// nothing after it. Every section's header must match its manifest entry exactly.
  public static func open(bytes: [UInt8], limits: BundleLimits = BundleLimits()) throws(BundleError)
    -> BundleReader
  {
    try BundleReader(bytes: bytes, limits: limits)
  }

  /// Reads the file at `path` (refusing one larger than the limit before reading it) and opens it.
  public static func open(path: String, limits: BundleLimits = BundleLimits()) throws(BundleError)
    -> BundleReader
  {
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(path, limit: limits.maximumFileSize)
    } catch {
      if case .tooLarge(let limit) = error.kind {
        throw BundleError(.limitExceeded, "the bundle is larger than \(limit) bytes")
      }
      throw BundleError(.unreadableBundle, "cannot read the bundle: \(error.reason)")
    }
    return try open(bytes: bytes, limits: limits)
  }

  public var signerFingerprint: Fingerprint { signer.fingerprint }

  private init(bytes: [UInt8], limits: BundleLimits) throws(BundleError) {
    guard bytes.count <= limits.maximumFileSize else {
      throw BundleError(
        .limitExceeded, "the bundle is \(bytes.count) bytes; the limit is \(limits.maximumFileSize)")
    }
    let magic = BundleFormat.magic
    guard bytes.prefix(magic.count).elementsEqual(magic.prefix(min(bytes.count, magic.count))) else {
      throw BundleError(.notABundle, "the file does not start with a cruft bundle's magic bytes")
    }
    var cursor = ByteCursor(bytes: bytes)
    _ = try cursor.take(magic.count, "magic")
    let version = try cursor.u32("format version")
    guard version == BundleFormat.version else {
      throw BundleError(
        .unsupportedVersion,
        "the bundle has format version \(version); this reader knows only \(BundleFormat.version)")
    }
    let manifestLength = Int(try cursor.u32("manifest length"))
    guard manifestLength <= limits.maximumManifestSize else {
      throw BundleError(
        .limitExceeded,
        "the manifest declares \(manifestLength) bytes; the limit is \(limits.maximumManifestSize)")
    }
    let manifestRange = try cursor.take(manifestLength, "manifest")
    let manifest = try BundleManifest(canonicalBytes: Array(bytes[manifestRange]))
    let sectionRanges = try Self.readSections(&cursor, manifest: manifest, limits: limits)
    let blockLength = Int(try cursor.u32("signature block length"))
    guard blockLength == BundleFormat.signatureBlockLength else {
      throw BundleError(
        .malformedSignatureBlock,
        "the signature block declares \(blockLength) bytes; an Ed25519 block is \(BundleFormat.signatureBlockLength)"
      )
    }
    let algorithm = try cursor.u8("signature algorithm")
    guard algorithm == BundleFormat.ed25519Algorithm else {
      throw BundleError(.malformedSignatureBlock, "the signature block names unknown algorithm \(algorithm)")
    }
    let keyBytes = Array(bytes[try cursor.take(PublicKey.byteCount, "builder key")])
    let signature = Array(bytes[try cursor.take(64, "signature")])
    guard cursor.remaining == 0 else {
      throw BundleError(
        .trailingBytes, "\(cursor.remaining) bytes follow the signature block at byte \(cursor.offset)")
    }
    guard let signer = PublicKey(bytes: keyBytes) else {
      throw BundleError(.malformedSignatureBlock, "the builder key is not 32 bytes")
    }
    self.bytes = bytes
    self.limits = limits
    self.manifest = manifest
    self.manifestRange = manifestRange
    self.sectionRanges = sectionRanges
    self.signer = signer
    self.signature = signature
  }

  /// The section headers, each checked against the limits before its bytes are touched, then against
  /// its manifest entry: same name in the same position, same kind and sizes, no repeats, none missing.
  private static func readSections(_ cursor: inout ByteCursor, manifest: BundleManifest, limits: BundleLimits)
    throws(BundleError) -> [Range<Int>]
  {
    let count = Int(try cursor.u32("section count"))
    guard count <= limits.maximumSectionCount else {
      throw BundleError(
        .limitExceeded, "the bundle declares \(count) sections; the limit is \(limits.maximumSectionCount)")
    }
    let listed = Dictionary(
      manifest.sections.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    var seen = Set<String>()
    var ranges: [Range<Int>] = []
    var total = 0
    for index in 0..<count {
      let kindByte = try cursor.u8("section kind")
      guard let kind = SectionKind(wireValue: kindByte) else {
        throw BundleError(.malformedSectionHeader, "section \(index) has unknown kind \(kindByte)")
      }
      let nameLength = Int(try cursor.u16("section name length"))
      guard nameLength > 0, nameLength <= BundleFormat.maximumNameLength else {
        throw BundleError(.malformedSectionHeader, "section \(index) has a name of \(nameLength) bytes")
      }
      let nameBytes = cursor.bytes[try cursor.take(nameLength, "section name")]
      guard let name = String(validating: nameBytes, as: UTF8.self),
        name.unicodeScalars.allSatisfy(BundleManifest.isDisplayable)
      else {
        throw BundleError(.malformedSectionHeader, "section \(index)'s name is not displayable UTF-8")
      }
      let quoted = Display.quoted(name)
      let compressedSize = Int(try cursor.u32("section \(quoted)'s compressed length"))
      let size = Int(try cursor.u32("section \(quoted)'s length"))
      guard size <= limits.maximumSectionSize else {
        throw BundleError(
          .limitExceeded,
          "section \(quoted) declares \(size) bytes; the limit is \(limits.maximumSectionSize)")
      }
      total += size
      guard total <= limits.maximumTotalSize else {
        throw BundleError(
          .limitExceeded, "the sections declare more than \(limits.maximumTotalSize) bytes in all (the limit)"
        )
      }
      guard limits.allowsRatio(size: size, compressed: compressedSize) else {
        throw BundleError(
          .limitExceeded,
          "section \(quoted) declares \(size) bytes from \(compressedSize) compressed; "
            + "the ratio limit is \(limits.maximumCompressionRatio) to 1")
      }
      let range = try cursor.take(compressedSize, "section \(quoted)")
      guard seen.insert(name).inserted else {
        throw BundleError(.duplicateSection, "section \(quoted) appears twice")
      }
      guard let position = listed[name] else {
        throw BundleError(.unlistedSection, "section \(quoted) is not listed in the manifest")
      }
      let entry = manifest.sections[position]
      guard position == index else {
        throw BundleError(
          .sectionMismatch, "section \(quoted) is at position \(index); the manifest lists it at \(position)")
      }
      guard entry.kind == kind, entry.size == size, entry.compressedSize == compressedSize else {
        throw BundleError(
          .sectionMismatch,
          "section \(quoted) is a \(kind.rawValue) section of \(size) bytes (\(compressedSize) compressed); "
            + "the manifest records a \(entry.kind.rawValue) section of \(entry.size) (\(entry.compressedSize))"
        )
      }
      ranges.append(range)
    }
    if count < manifest.sections.count {
      let missing = manifest.sections[count].name
      throw BundleError(
        .missingSection, "section \(Display.quoted(missing)) is listed in the manifest but not in the file",
        help: "the bundle is damaged; rebuild it with cruftc build")
    }
    return ranges
  }

  // MARK: Verification

  /// Checks that the signature is by a trusted key and verifies over the manifest.
  public func checkSignature(trusting trusted: Set<Fingerprint>) throws(BundleError) {
    guard !trusted.isEmpty else {
      throw BundleError(.noTrustedBuilders, "no builder key is trusted, so no bundle can be verified")
    }
    let found = signerFingerprint
    guard trusted.contains(found) else {
      let listed = trusted.sorted()
      let shown = listed.prefix(4).map(\.text).joined(separator: ", ") + (listed.count > 4 ? ", ..." : "")
      throw BundleError(
        .untrustedBuilder,
        "the bundle is signed by \(found), which is not a trusted builder (expected \(listed.count == 1 ? "" : "one of ")\(shown))"
      )
    }
    let message = BundleFormat.signedMessage(manifest: Array(bytes[manifestRange]))
    guard signer.isValidSignature(signature, for: message) else {
      throw BundleError(
        .invalidSignature, "the signature by \(found) does not verify over the bundle's manifest")
    }
  }

  /// Checks the lockfile stamp against the digest the caller expects.
  public func checkLockfile(expected: SHA512Digest) throws(BundleError) {
    guard manifest.lockfileDigest == expected else {
      throw BundleError(
        .lockfileMismatch,
        "the bundle is stamped with lockfile \(manifest.lockfileDigest.integrity), but \(expected.integrity) was expected"
      )
    }
  }

  /// Checks every section's compressed digest, inflates it within its declared size, and checks the
  /// inflated digest. Returns the inflated sections by name. Call only after `checkSignature`: then
  /// zlib only ever sees bytes the trusted builder signed.
  public func verifySections() throws(BundleError) -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    for (entry, range) in zip(manifest.sections, sectionRanges) {
      // Built only on failure: naming the modules scans them all, which a thousand sections cannot afford.
      var what: String { describe(entry) }
      let compressed = SHA512Digest(of: Array(bytes[range]))
      guard compressed == entry.compressedDigest else {
        throw BundleError(
          .compressedDigestMismatch,
          "\(what) has compressed digest \(compressed.short), but the manifest records \(entry.compressedDigest.short)"
        )
      }
      let inflated: [UInt8]
      do {
        inflated = try SectionCompression.inflate(
          bytes[range], size: entry.size, chunk: limits.inflateChunkSize)
      } catch {
        let reason =
          switch error {
          case .corrupt(let reason): "is not valid zlib data (\(reason))"
          case .short(let produced): "inflates to \(produced) bytes, not the declared \(entry.size)"
          case .long: "inflates to more than its declared \(entry.size) bytes"
          case .trailing: "has bytes after the end of its zlib stream"
          }
        throw BundleError(.sectionInflation, "\(what) \(reason)")
      }
      let digest = SHA512Digest(of: inflated)
      guard digest == entry.digest else {
        throw BundleError(
          .sectionDigestMismatch,
          "\(what) has digest \(digest.short), but the manifest records \(entry.digest.short)")
      }
      out[entry.name] = inflated
    }
    return out
  }

  /// A section and the modules whose code it is, for messages.
  func describe(_ entry: BundleSectionEntry) -> String {
    let users = manifest.modules(usingSection: entry.name).map { Display.quoted($0.name) }
    guard !users.isEmpty else { return "section \(Display.quoted(entry.name))" }
    let shown = users.prefix(3).joined(separator: ", ") + (users.count > 3 ? ", ..." : "")
    return "section \(Display.quoted(entry.name)) (code of \(shown))"
  }

  /// Every check, in order: (structure, already done by `open`), signature, lockfile stamp when
  /// `expectedLockfileDigest` is given, section digests.
  /// `report` hears of each check as it passes, so that a caller can say what was verified before a
  /// later check failed.
  public func verify(
    trusting trusted: Set<Fingerprint>, expectedLockfileDigest: SHA512Digest?,
    report: (BundleCheck) -> Void = { _ in }
  ) throws(BundleError) -> VerifiedBundle {
    try checkSignature(trusting: trusted)
    report(.signature(signerFingerprint))
    if let expectedLockfileDigest { try checkLockfile(expected: expectedLockfileDigest) }
    report(.lockfileStamp(manifest.lockfileDigest, checked: expectedLockfileDigest != nil))
    let sections = try verifySections()
    report(.sections(count: sections.count, bytes: manifest.sections.reduce(0) { $0 + $1.size }))
    return VerifiedBundle(
      manifest: manifest, signer: signerFingerprint, lockfileChecked: expectedLockfileDigest != nil,
      sections: sections, fileSize: bytes.count)
  }

  /// The same, trusting the given public keys.
  public func verify(trusting keys: [PublicKey], expectedLockfileDigest: SHA512Digest?) throws(BundleError)
    -> VerifiedBundle
  {
    try verify(trusting: Set(keys.map(\.fingerprint)), expectedLockfileDigest: expectedLockfileDigest)
  }
}

/// A check of `BundleReader.verify` that passed.
public enum BundleCheck: Sendable, Equatable {
  /// The signature is by this trusted key and verifies over the manifest.
  case signature(Fingerprint)
  /// The bundle's lockfile stamp; `checked` when it was compared with an expected digest.
  case lockfileStamp(SHA512Digest, checked: Bool)
  /// Every section's compressed and inflated digests match; `bytes` inflated in all.
  case sections(count: Int, bytes: Int)
}

/// A bundle whose signature, lockfile stamp (if asked for) and digests have all been checked.
public struct VerifiedBundle: Sendable {
  public let manifest: BundleManifest
  public let signer: Fingerprint
  public let lockfileChecked: Bool
  /// The inflated bytes of every section, by name; each matches its manifest digest.
  public let sections: [String: [UInt8]]
  public let fileSize: Int

  /// The verified code of `module`.
  public func code(of module: BundleModule) -> [UInt8]? { sections[module.codeSection] }
}

/// Little-endian reads that fail with E4003 (naming what was being read) instead of reading past the end.
struct ByteCursor {
  let bytes: [UInt8]
  private(set) var offset = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  var remaining: Int { bytes.count - offset }

  mutating func take(_ count: Int, _ what: @autoclosure () -> String) throws(BundleError) -> Range<Int> {
    guard count >= 0, count <= remaining else {
      throw BundleError(
        .truncated,
        "the bundle ends inside the \(what()): \(count) bytes declared at byte \(offset), \(remaining) remain"
      )
    }
    defer { offset += count }
    return offset..<(offset + count)
  }

  mutating func u8(_ what: @autoclosure () -> String) throws(BundleError) -> UInt8 {
    bytes[try take(1, what()).lowerBound]
  }

  mutating func u16(_ what: @autoclosure () -> String) throws(BundleError) -> UInt16 {
    let range = try take(2, what())
    return UInt16(bytes[range.lowerBound]) | UInt16(bytes[range.lowerBound + 1]) << 8
  }

  mutating func u32(_ what: @autoclosure () -> String) throws(BundleError) -> UInt32 {
    let range = try take(4, what())
    var value: UInt32 = 0
    for (shift, index) in range.enumerated() { value |= UInt32(bytes[index]) << UInt32(8 * shift) }
    return value
  }
}
