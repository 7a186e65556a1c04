import Diagnostics
import Foundation

/// A publisher's signed release on its way to a registry: the tarball, the statement and an envelope
/// holding only the publisher's half.
public struct Submission: Sendable {
  public var tarball: [UInt8]
  public var statementBytes: [UInt8]
  public var envelope: Envelope

  public var statement: PublisherStatement {
    // Submissions are built from or checked against a parsed statement before they exist.
    get throws(CanonicalJSON.Failure) { try PublisherStatement.parse(statementBytes) }
  }

  /// Signs a release: reads name and version from the tarball's package.json, so that the statement
  /// cannot disagree with the code it covers.
  public static func make(
    tarball: [UInt8], key: SecretKey, time: String, aiGeneration: AIGeneration?,
    limits: TarballLimits = TarballLimits()
  ) throws(ProvenanceFailure) -> Submission {
    let manifest = try Registry.manifest(of: tarball, limits: limits, package: nil)
    let statement = PublisherStatement(
      name: manifest.name, version: manifest.version, integrity: SHA512Digest(of: tarball),
      publisher: key.fingerprint, time: time, aiGeneration: aiGeneration)
    let bytes = statement.canonicalBytes
    let signature = key.signature(for: SigningContext.publisherStatement.message(for: bytes))
    return Submission(
      tarball: tarball, statementBytes: bytes,
      envelope: Envelope(
        statement: SHA512Digest(of: bytes), publisherKey: key.publicKey, publisherSignature: signature,
        countersignature: nil))
  }
}

/// The registry side: a directory laid out for static HTTP (see docs/provenance.md).
///
///     registry.json
///     packages/<name>/<version>/{package.tgz,statement.json,envelope.json}
///     incoming/<name>/<version>/{package.tgz,statement.json,envelope.json}   (awaiting countersignature)
public enum Registry {
  static let identityFile = "registry.json"
  static let artifactFiles = ["package.tgz", "statement.json", "envelope.json"]

  /// Creates a registry in `directory`, which must not exist or be empty.
  public static func create(directory: String, name: String, key: SecretKey) throws(RegistryUsageError) {
    guard RegistryIdentity.isValidName(name) else {
      throw usage(
        "\(Display.quoted(name)) is not a valid registry name (letters, digits and ._@+-, 64 at most)")
    }
    if FileIO.exists(directory) {
      guard FileIO.isDirectory(directory, followSymlinks: true),
        ((try? FileIO.entries(directory)) ?? ["?"]).isEmpty
      else { throw usage("\(directory) already exists and is not an empty directory") }
    } else {
      try io { () throws(FileIOError) in try FileIO.makeDirectory(directory) }
    }
    let identity = RegistryIdentity(name: name, publicKey: key.publicKey)
    try io { () throws(FileIOError) in
      try FileIO.makeDirectory(directory + "/packages")
      try FileIO.makeDirectory(directory + "/incoming")
      try FileIO.createExclusively(
        directory + "/" + identityFile, bytes: identity.signedBytes(with: key), mode: 0o644)
    }
  }

  /// Lets `publisher` publish under `namespace`, re-signing registry.json with `key`.
  public static func allow(
    directory: String, namespace: String, publisher: Fingerprint, key: SecretKey
  ) throws -> RegistryIdentity {
    guard Namespace.isValid(namespace) else {
      throw usage("\(Display.quoted(namespace)) is not a namespace: use a package name, @scope/* or *")
    }
    var identity = try RegistryReader(directory: directory).identity()
    try checkKey(key, for: identity, directory: directory)
    var owners = Set(identity.namespaces[namespace] ?? [])
    owners.insert(publisher)
    identity.namespaces[namespace] = owners.sorted()
    identity.serial += 1
    let bytes = identity.signedBytes(with: key)
    try io { () throws(FileIOError) in
      try FileIO.replaceAtomically(directory + "/" + identityFile, bytes: bytes)
    }
    return identity
  }

  /// Places a signed submission in `incoming/` after the checks that need no registry key.
  public static func submit(_ submission: Submission, directory: String) throws -> PackageManifest {
    let identity = try RegistryReader(directory: directory).identity()
    let (statement, _) = try check(submission, identity: identity, directory: directory)
    try write(
      submission.tarball, submission.statementBytes, submission.envelope, to: "incoming", statement, directory
    )
    return PackageManifest(name: statement.name, version: statement.version)
  }

  /// Verifies a submission completely, countersigns it and publishes it. Nothing is written unless
  /// every check passes; an existing version is never replaced.
  @discardableResult
  public static func accept(_ submission: Submission, directory: String, key: SecretKey) throws -> Envelope {
    let identity = try RegistryReader(directory: directory).identity()
    try checkKey(key, for: identity, directory: directory)
    let (statement, namespace) = try check(submission, identity: identity, directory: directory)
    let statementDigest = SHA512Digest(of: submission.statementBytes)
    let document = Envelope.countersignedDocument(
      statement: statementDigest, publisherSignature: submission.envelope.publisherSignature,
      registry: identity.fingerprint, namespace: namespace)
    var envelope = submission.envelope
    envelope.countersignature = Envelope.Countersignature(
      registry: identity.fingerprint, namespace: namespace,
      signature: key.signature(for: SigningContext.registryCountersignature.message(for: document)))
    try write(submission.tarball, submission.statementBytes, envelope, to: "packages", statement, directory)
    return envelope
  }

  /// Accepts every submission waiting in `incoming/`, removing each one that was published.
  /// Returns what was published and, for each refused submission, why.
  public static func acceptIncoming(directory: String, key: SecretKey) throws -> (
    published: [PackageManifest], refused: [ProvenanceFailure]
  ) {
    let reader = RegistryReader(directory: directory, area: "incoming")
    var published: [PackageManifest] = []
    var refused: [ProvenanceFailure] = []
    for name in try reader.packages() {
      for version in try reader.versions(of: name) {
        do {
          let files = try reader.artifact(name: name, version: version)
          let envelope = try RegistryReader.envelope(files.envelope, package: "\(name)@\(version)")
          try accept(
            Submission(tarball: files.tarball, statementBytes: files.statement, envelope: envelope),
            directory: directory, key: key)
          FileIO.removeTree(directory + "/incoming/\(name)/\(version)")
          published.append(PackageManifest(name: name, version: version))
        } catch let failure as ProvenanceFailure where failure.code != .wrongRegistryKey {
          refused.append(failure)
        }
      }
    }
    return (published, refused)
  }

  /// The checks a registry makes before it writes anything: the publisher signature over the
  /// statement, the tarball against the statement and its package.json, namespace ownership, and
  /// that the version is new. Returns the ownership rule that allowed the publisher.
  static func check(_ submission: Submission, identity: RegistryIdentity, directory: String)
    throws(ProvenanceFailure)
    -> (PublisherStatement, namespace: String)
  {
    let statement: PublisherStatement
    do {
      statement = try submission.statement
    } catch {
      throw ProvenanceFailure(
        .statementMalformed, "the statement is malformed: \(error.reason)",
        hint: "sign it again with cruftc publish")
    }
    let package = "\(statement.name)@\(statement.version)"
    let envelope = submission.envelope
    guard envelope.statement == SHA512Digest(of: submission.statementBytes) else {
      throw ProvenanceFailure(
        .envelopeMalformed, "the envelope of \(package) names a different statement", hint: "sign it again",
        package: package)
    }
    try ArtifactVerifier.checkPublisherSignature(
      statement: statement, bytes: submission.statementBytes, envelope: envelope, package: package)
    let found = SHA512Digest(of: submission.tarball)
    guard found == statement.integrity else {
      throw ProvenanceFailure(
        .integrityMismatch,
        "the tarball of \(package) is \(found.integrity.prefix(20))..., but the statement signs "
          + "\(statement.integrity.integrity.prefix(20))...",
        hint: "sign the tarball you are publishing", package: package)
    }
    let manifest = try manifest(of: submission.tarball, limits: TarballLimits(), package: package)
    try ArtifactVerifier.checkManifest(manifest, statement: statement, package: package)
    let namespace = try ArtifactVerifier.checkOwnership(
      statement.publisher, name: statement.name, identity: identity, registry: directory, package: package)
    if FileIO.exists(directory + "/packages/\(statement.name)/\(statement.version)") {
      throw ProvenanceFailure(
        .versionExists, "\(package) is already published in the registry at \(directory)",
        hint: "published versions are immutable; publish a new version", package: package, registry: directory
      )
    }
    return (statement, namespace)
  }

  /// The package.json name and version inside a tarball (which must unpack safely).
  static func manifest(of tarball: [UInt8], limits: TarballLimits, package: String?) throws(ProvenanceFailure)
    -> PackageManifest
  {
    let files: [String: [UInt8]]
    do {
      files = try PackageTarball.read(tarball, limits: limits)
    } catch {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball\(package.map { " of " + $0 } ?? "") is refused: \(error)",
        hint: "pack the package again with cruftc pack", package: package)
    }
    guard let bytes = files["package.json"] else {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball\(package.map { " of " + $0 } ?? "") has no package.json",
        hint: "pack the package again with cruftc pack", package: package)
    }
    do {
      return try PackageManifest.parse(bytes).manifest
    } catch {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball's \(error.reason)", hint: "fix package.json and pack again",
        package: package)
    }
  }

  static func checkKey(_ key: SecretKey, for identity: RegistryIdentity, directory: String)
    throws(ProvenanceFailure)
  {
    guard key.publicKey == identity.publicKey else {
      throw ProvenanceFailure(
        .wrongRegistryKey,
        "the key \(key.fingerprint) is not the key of the registry '\(identity.name)' at \(directory)",
        hint: "pass the registry's own secret key", registry: directory, expected: identity.fingerprint,
        found: key.fingerprint)
    }
  }

  /// Writes the three files into a fresh folder and renames it into place, so that readers never see
  /// half a release and a concurrent publisher of the same version fails instead of overwriting.
  private static func write(
    _ tarball: [UInt8], _ statementBytes: [UInt8], _ envelope: Envelope, to area: String,
    _ statement: PublisherStatement, _ directory: String
  ) throws {
    let parent = directory + "/\(area)/\(statement.name)"
    let target = parent + "/\(statement.version)"
    let temporary = parent + "/.tmp-\(statement.version)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard !FileIO.exists(target) else {
      throw ProvenanceFailure(
        .versionExists, "\(statement.name)@\(statement.version) is already in the registry's \(area)/ folder",
        hint: "published versions are immutable; publish a new version",
        package: "\(statement.name)@\(statement.version)", registry: directory)
    }
    try io { () throws(FileIOError) in
      try FileIO.makeDirectories(parent)
      try FileIO.makeDirectory(temporary)
      for (name, bytes) in zip(artifactFiles, [tarball, statementBytes, envelope.canonicalBytes]) {
        try FileIO.createExclusively(temporary + "/" + name, bytes: bytes, mode: 0o644)
      }
    }
    // rename(2) replaces only an empty directory; a published version is never empty.
    guard rename(temporary, target) == 0 else {
      let error = FileIO.systemError(target)
      FileIO.removeTree(temporary)
      throw ProvenanceFailure(
        .versionExists, "cannot publish \(statement.name)@\(statement.version): \(error)",
        hint: "published versions are immutable; publish a new version", registry: directory)
    }
  }

  static func usage(_ message: String) -> RegistryUsageError { RegistryUsageError(description: message) }

  static func io(_ body: () throws(FileIOError) -> Void) throws(RegistryUsageError) {
    do {
      try body()
    } catch {
      throw RegistryUsageError(description: error.description)
    }
  }
}

/// A registry operation that could not run (bad arguments, I/O), as opposed to a provenance check that
/// failed, which is a `ProvenanceFailure` with its own code.
public struct RegistryUsageError: Error, Sendable, CustomStringConvertible {
  public var description: String
}
