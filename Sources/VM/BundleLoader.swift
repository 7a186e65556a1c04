import Bytecode
@_exported import Seal

/// The VM's front door: a bundle is opened (bounds-checked), its signature, lockfile stamp and digests
/// are verified, and its code sections go through the bytecode verifier, all before any of its code
/// can run. Nothing else in the VM may see a bundle's bytes.
public enum BundleLoader {
  /// Opens and verifies `bytes`; fails with the first check that does not pass.
  public static func load(
    bytes: [UInt8], limits: BundleLimits = BundleLimits(), trusting trusted: [TrustedBuilder],
    expectedLockfileDigest: SHA512Digest?
  ) throws(BundleError) -> LoadedBundle {
    let reader = try BundleReader.open(bytes: bytes, limits: limits)
    return try load(reader, trusting: trusted, expectedLockfileDigest: expectedLockfileDigest)
  }

  /// Verifies an opened bundle; see `load(bytes:limits:trusting:expectedLockfileDigest:)`.
  public static func load(
    _ reader: BundleReader, trusting trusted: [TrustedBuilder], expectedLockfileDigest: SHA512Digest?,
    report: (BundleCheck) -> Void = { _ in }
  ) throws(BundleError) -> LoadedBundle {
    let verified = try reader.verify(
      trusting: Set(trusted.map(\.fingerprint)), expectedLockfileDigest: expectedLockfileDigest,
      report: report)
    var code: [String: BytecodeModule] = [:]
    for entry in verified.manifest.sections where entry.kind == .code {
      let users = verified.manifest.modules(usingSection: entry.name)
      guard !users.isEmpty else {
        throw BundleError(.invalidBytecode, "code section \"\(entry.name)\" belongs to no module")
      }
      code[entry.name] = try BytecodeVerifier.verify(
        section: entry, bytes: verified.sections[entry.name] ?? [],
        imports: users.map(\.imports.count).min()!,
        handles: users.map(\.handles.count).min()!)
    }
    let signer =
      trusted.first { $0.fingerprint == verified.signer } ?? TrustedBuilder(fingerprint: verified.signer)
    return LoadedBundle(bundle: verified, signer: signer, code: code)
  }
}

/// A bundle that passed every check, ready to be linked (from the interpreter's issue on).
public struct LoadedBundle: Sendable {
  public let bundle: VerifiedBundle
  /// The trusted builder that signed it, with the key file the trust came from.
  public let signer: TrustedBuilder
  /// The verified code of every `code` section, by section name.
  public let code: [String: BytecodeModule]

  public var manifest: BundleManifest { bundle.manifest }
}
