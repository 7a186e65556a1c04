import Provenance

/// Writes sealed bundles (docs/bundle-format.md). The output depends only on the manifest, the section
/// bytes, the key and the zlib release: no time, no host path, no hash-map order, and Ed25519 signatures
/// are deterministic. So the same inputs give byte-identical bundles.
public enum BundleWriter {
  /// A bundle holding `sections`, described by `manifest` and signed by `key`.
  ///
  /// The writer fills in `manifest.sections` from the section bytes (sizes, digests, compressed sizes
  /// and digests) and sorts packages, modules and sections; each module's `codeDigest` must already be
  /// the digest of its section (`BundleSection.digest`). Fails with the code the reader would report if
  /// the manifest is inconsistent, a section name repeats, or the bundle would exceed the default
  /// `BundleLimits`: the writer never produces a bundle its reader refuses.
  public static func write(manifest: BundleManifest, sections: [BundleSection], key: SecretKey)
    throws(BundleError)
    -> [UInt8]
  {
    let limits = BundleLimits()
    var compressed: [String: [UInt8]] = [:]
    var entries: [BundleSectionEntry] = []
    for section in sections {
      guard compressed[section.name] == nil else {
        throw BundleError(.duplicateSection, "two sections are named \(Display.quoted(section.name))")
      }
      guard section.bytes.count <= limits.maximumSectionSize else {
        throw BundleError(
          .limitExceeded,
          "section \(Display.quoted(section.name)) is \(section.bytes.count) bytes; the limit is \(limits.maximumSectionSize)"
        )
      }
      let stream = SectionCompression.compress(section.bytes)
      compressed[section.name] = stream
      entries.append(
        BundleSectionEntry(
          name: section.name, kind: section.kind, size: section.bytes.count, digest: section.digest,
          compressedSize: stream.count, compressedDigest: SHA512Digest(of: stream)))
    }
    var sealed = manifest
    sealed.sections = entries
    sealed = sealed.sorted()
    try sealed.validate()
    let parts = sealed.sections.map { entry in (entry, compressed[entry.name] ?? []) }
    let bytes = assemble(manifest: sealed.canonicalBytes, sections: parts, key: key)
    try checkLimits(sealed, fileSize: bytes.count, manifestSize: sealed.canonicalBytes.count, limits: limits)
    return bytes
  }

  static func checkLimits(_ manifest: BundleManifest, fileSize: Int, manifestSize: Int, limits: BundleLimits)
    throws(BundleError)
  {
    func exceeded(_ what: String, _ size: Int, _ limit: Int) -> BundleError {
      BundleError(.limitExceeded, "the bundle's \(what) is \(size); the limit is \(limit)")
    }
    guard fileSize <= limits.maximumFileSize else { throw exceeded("size", fileSize, limits.maximumFileSize) }
    guard manifestSize <= limits.maximumManifestSize else {
      throw exceeded("manifest size", manifestSize, limits.maximumManifestSize)
    }
    guard manifest.sections.count <= limits.maximumSectionCount else {
      throw exceeded("section count", manifest.sections.count, limits.maximumSectionCount)
    }
    let total = manifest.sections.reduce(0) { $0 + $1.size }
    guard total <= limits.maximumTotalSize else {
      throw exceeded("total section size", total, limits.maximumTotalSize)
    }
    for section in manifest.sections
    where !limits.allowsRatio(size: section.size, compressed: section.compressedSize) {
      throw BundleError(
        .limitExceeded,
        "section \(Display.quoted(section.name)) compresses \(section.size / max(section.compressedSize, 1)) to 1; "
          + "the limit is \(limits.maximumCompressionRatio) to 1 for sections over \(limits.ratioGracePeriod) bytes",
        help: "store data this repetitive in a form that does not need to be inflated")
    }
  }

  /// Lays out a bundle from already encoded parts and signs the manifest bytes. No checks: tests use
  /// it to build the hostile bundles (bombs, inconsistent manifests) that `write` refuses to make.
  @_spi(Testing)
  public static func assemble(
    manifest: [UInt8], sections: [(entry: BundleSectionEntry, compressed: [UInt8])], key: SecretKey,
    version: UInt32 = BundleFormat.version
  ) -> [UInt8] {
    var out = BundleFormat.magic
    out.reserveCapacity(manifest.count + sections.reduce(0) { $0 + $1.compressed.count + 64 } + 256)
    appendU32(&out, version)
    appendU32(&out, UInt32(clamping: manifest.count))
    out += manifest
    appendU32(&out, UInt32(clamping: sections.count))
    for (entry, stream) in sections {
      out.append(entry.kind.wireValue)
      let name = Array(entry.name.utf8)
      appendU16(&out, UInt16(clamping: name.count))
      out += name
      appendU32(&out, UInt32(clamping: stream.count))
      appendU32(&out, UInt32(clamping: entry.size))
      out += stream
    }
    appendU32(&out, UInt32(BundleFormat.signatureBlockLength))
    out.append(BundleFormat.ed25519Algorithm)
    out += key.publicKey.bytes
    out += key.signature(for: BundleFormat.signedMessage(manifest: manifest))
    return out
  }

  static func appendU32(_ out: inout [UInt8], _ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
    }
  }

  static func appendU16(_ out: inout [UInt8], _ value: UInt16) {
    out.append(UInt8(truncatingIfNeeded: value))
    out.append(UInt8(truncatingIfNeeded: value >> 8))
  }
}

/// Seal's internals for the tests and the fuzz target, which build hostile bundles by hand and fuzz
/// the inflater directly (a fuzzer cannot forge the signature that guards it in a real bundle).
@_spi(Testing)
public enum SealInternals {
  /// The writer's compression.
  public static func deflate(_ bytes: [UInt8]) -> [UInt8] { SectionCompression.compress(bytes) }

  /// The reader's bounded inflation; nil for any failure.
  public static func inflate(_ bytes: [UInt8], size: Int, chunk: Int = 1 << 20) -> [UInt8]? {
    try? SectionCompression.inflate(bytes[...], size: size, chunk: chunk)
  }
}
