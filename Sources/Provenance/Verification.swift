import Diagnostics

/// Read access to a registry directory. Everything it returns is untrusted until `ArtifactVerifier`
/// (or `identity()`, for registry.json) has checked it; reads are bounded and refuse symbolic links.
public struct RegistryReader: Sendable {
  public let directory: String
  let area: String

  public init(directory: String) {
    self.init(directory: directory, area: "packages")
  }

  init(directory: String, area: String) {
    self.directory = directory
    self.area = area
  }

  /// The raw files of one release.
  public struct ArtifactFiles: Sendable {
    public var tarball: [UInt8]
    public var statement: [UInt8]
    public var envelope: [UInt8]
  }

  /// registry.json, parsed and checked against its own key (not yet against any pin).
  public func identity() throws(ProvenanceFailure) -> RegistryIdentity {
    let path = directory + "/" + Registry.identityFile
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(path, limit: RegistryIdentity.maximumSize, followSymlinks: false).bytes
    } catch {
      throw ProvenanceFailure(
        .registryIdentityInvalid,
        error.kind == .notFound
          ? "\(directory) is not a cruft registry (no registry.json)" : error.description,
        hint: "check the registry path; a registry is created with cruftc registry init", registry: directory)
    }
    do {
      return try RegistryIdentity.parse(bytes)
    } catch {
      throw ProvenanceFailure(
        .registryIdentityInvalid,
        "the identity file of the registry at \(directory) is invalid: \(error.reason)",
        hint: "re-fetch the registry; registry.json changes only through cruftc registry commands",
        registry: directory)
    }
  }

  /// The package names in the registry, sorted; entries that are not valid names are skipped.
  public func packages() throws(ProvenanceFailure) -> [String] {
    let root = directory + "/" + area
    guard FileIO.isDirectory(root) else { return [] }
    var names: [String] = []
    for entry in try list(root) {
      if entry.hasPrefix("@") {
        for inner in try list(root + "/" + entry) where PackageName.isValid(entry + "/" + inner) {
          names.append(entry + "/" + inner)
        }
      } else if PackageName.isValid(entry) {
        names.append(entry)
      }
    }
    return names
  }

  /// The versions of `name`, in Semantic Versioning precedence.
  public func versions(of name: String) throws(ProvenanceFailure) -> [String] {
    guard PackageName.isValid(name) else { return [] }
    let folder = directory + "/\(area)/" + name
    guard FileIO.isDirectory(folder) else { return [] }
    return try list(folder).filter { PackageVersion.isValid($0) && FileIO.isDirectory(folder + "/" + $0) }
      .sorted(by: PackageVersion.precedes)
  }

  public func artifact(name: String, version: String) throws(ProvenanceFailure) -> ArtifactFiles {
    let package = "\(name)@\(version)"
    guard PackageName.isValid(name), PackageVersion.isValid(version) else {
      throw ProvenanceFailure(
        .artifactMissing, "\(Display.quoted(package)) is not a valid package name and version",
        hint: "check the name and version", package: package, registry: directory)
    }
    let folder = directory + "/\(area)/\(name)/\(version)"
    let limits = [TarballLimits().maximumTotalSize, PublisherStatement.maximumSize, Envelope.maximumSize]
    var contents: [[UInt8]] = []
    for (file, limit) in zip(Registry.artifactFiles, limits) {
      do {
        contents.append(try FileIO.read(folder + "/" + file, limit: limit, followSymlinks: false).bytes)
      } catch {
        let code: ProvenanceCode =
          if case .notFound = error.kind {
            .artifactMissing
          } else {
            [.tarballRejected, .statementMalformed, .envelopeMalformed][contents.count]
          }
        throw ProvenanceFailure(
          code,
          code == .artifactMissing
            ? "\(package) is not in the registry at \(directory) (no \(area)/\(name)/\(version)/\(file))"
            : "\(package) in the registry at \(directory): \(error)",
          hint: code == .artifactMissing
            ? "check the name, the version and the registry" : "do not use this artifact",
          package: package, registry: directory)
      }
    }
    return ArtifactFiles(tarball: contents[0], statement: contents[1], envelope: contents[2])
  }

  private func list(_ path: String) throws(ProvenanceFailure) -> [String] {
    do {
      return try FileIO.entries(path)
    } catch {
      throw ProvenanceFailure(
        .registryIdentityInvalid, "cannot list the registry: \(error)", hint: "check the registry directory",
        registry: directory)
    }
  }

  static func envelope(_ bytes: [UInt8], package: String) throws(ProvenanceFailure) -> Envelope {
    do {
      return try Envelope.parse(bytes)
    } catch {
      throw ProvenanceFailure(
        .envelopeMalformed, "the envelope of \(package) is malformed: \(error.reason)",
        hint: "do not use this artifact; re-fetch it from the registry", package: package)
    }
  }
}

/// A release whose every signature and binding checked out, with its files.
public struct VerifiedArtifact: Sendable {
  public var statement: PublisherStatement
  /// The tarball's files by package-relative path (`package.json`, `lib/index.js`).
  public var files: [String: [UInt8]]
  public var publisher: Fingerprint
  public var registry: Fingerprint
  public var registryName: String
  /// The ownership rule the registry countersigned the release under.
  public var namespace: String

  public var name: String { statement.name }
  public var version: String { statement.version }
  public var integrity: SHA512Digest { statement.integrity }
}

/// The consumer side's check of one release in one registry.
public enum ArtifactVerifier {
  /// Checks, in this order: registry.json's signature and its key against `pin`; the tarball against
  /// the statement's integrity; the statement's name and version against the request; the publisher
  /// signature; the publisher's ownership of the namespace; the registry countersignature over exactly
  /// this statement and publisher signature; `trustedPublishers` (when given); the previously pinned
  /// publisher (when given); the AI policy; and finally that the tarball unpacks safely and its
  /// package.json agrees with the statement. The first failure is returned.
  public static func verify(
    name: String, version: String, in registry: RegistryReader, trustedRegistry pin: Fingerprint,
    trustedPublishers: [Fingerprint]? = nil, previouslyPinnedPublisher: Fingerprint? = nil,
    aiPolicy: AIPolicy = .allow, limits: TarballLimits = TarballLimits()
  ) -> Result<VerifiedArtifact, ProvenanceFailure> {
    do {
      return .success(
        try verifyOrThrow(
          name: name, version: version, registry: registry, pin: pin, trustedPublishers: trustedPublishers,
          pinnedPublisher: previouslyPinnedPublisher, aiPolicy: aiPolicy, limits: limits))
    } catch {
      return .failure(error)
    }
  }

  static func verifyOrThrow(
    name: String, version: String, registry reader: RegistryReader, pin: Fingerprint,
    trustedPublishers: [Fingerprint]?, pinnedPublisher: Fingerprint?, aiPolicy: AIPolicy,
    limits: TarballLimits
  ) throws(ProvenanceFailure) -> VerifiedArtifact {
    let package = "\(name)@\(version)"
    let directory = reader.directory
    let identity = try reader.identity()
    guard identity.fingerprint == pin else {
      throw ProvenanceFailure(
        .registryNotPinned,
        "\(package) is served by the registry \(Display.quoted(identity.name)) at \(directory) with key "
          + "\(identity.fingerprint), but its namespace is pinned to the registry \(pin)",
        hint: "fetch \(name) from the registry \(pin); if that registry changed its key, verify the new "
          + "fingerprint out of band before changing the pin",
        package: package, registry: directory, expected: pin, found: identity.fingerprint)
    }
    let files = try reader.artifact(name: name, version: version)
    let statement: PublisherStatement
    do {
      statement = try PublisherStatement.parse(files.statement)
    } catch {
      throw ProvenanceFailure(
        .statementMalformed,
        "the statement of \(package) in the registry at \(directory) is malformed: \(error.reason)",
        hint: "do not use this artifact; re-fetch it from the registry", package: package, registry: directory
      )
    }
    let envelope = try RegistryReader.envelope(files.envelope, package: package)

    let found = SHA512Digest(of: files.tarball)
    guard found == statement.integrity else {
      throw ProvenanceFailure(
        .integrityMismatch,
        "the tarball of \(package) in the registry at \(directory) is \(found.integrity.prefix(27))..., "
          + "but its statement signs \(statement.integrity.integrity.prefix(27))...",
        hint: "do not use this artifact; the tarball was changed after it was signed", package: package,
        registry: directory)
    }
    guard statement.name == name, statement.version == version else {
      throw ProvenanceFailure(
        .statementMismatch,
        "the registry at \(directory) serves a statement for \(statement.name)@\(statement.version) "
          + "as \(package)",
        hint: "do not use this artifact; a signed release is being replayed under another name or version",
        package: package, registry: directory)
    }
    try checkPublisherSignature(
      statement: statement, bytes: files.statement, envelope: envelope, package: package)
    _ = try checkOwnership(
      statement.publisher, name: name, identity: identity, registry: directory, package: package)
    try checkCountersignature(
      envelope, statementBytes: files.statement, identity: identity, registry: directory, name: name,
      package: package)
    if let trustedPublishers, !trustedPublishers.contains(statement.publisher) {
      throw ProvenanceFailure(
        .publisherNotTrusted,
        "\(package) is signed by \(statement.publisher), which is not among the publishers trusted for it "
          + "(\(trustedPublishers.map(\.text).joined(separator: ", ")))",
        hint: "if the publisher is legitimate, add its fingerprint to the trusted list after checking it",
        package: package, registry: directory, expected: trustedPublishers.first, found: statement.publisher)
    }
    if let pinnedPublisher, pinnedPublisher != statement.publisher {
      throw ProvenanceFailure(
        .publisherChanged,
        "\(package) is signed by \(statement.publisher), but earlier versions were signed by \(pinnedPublisher)",
        hint: "verify the new key with the publisher, then run cruftc lock --accept-publisher "
          + "\(name)=\(statement.publisher)",
        package: package, registry: directory, expected: pinnedPublisher, found: statement.publisher)
    }
    try checkPolicy(aiPolicy, statement: statement, package: package, registry: directory)

    let contents: [String: [UInt8]]
    do {
      contents = try PackageTarball.read(files.tarball, limits: limits)
    } catch {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball of \(package) in the registry at \(directory) is refused: \(error)",
        hint: "do not use this artifact", package: package, registry: directory)
    }
    guard let manifestBytes = contents["package.json"] else {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball of \(package) has no package.json", hint: "do not use this artifact",
        package: package, registry: directory)
    }
    let manifest: PackageManifest
    do {
      manifest = try PackageManifest.parse(manifestBytes).manifest
    } catch {
      throw ProvenanceFailure(
        .tarballRejected, "the tarball of \(package) has an invalid package.json: \(error.reason)",
        hint: "do not use this artifact", package: package, registry: directory)
    }
    try checkManifest(manifest, statement: statement, package: package)
    return VerifiedArtifact(
      statement: statement, files: contents, publisher: statement.publisher, registry: identity.fingerprint,
      registryName: identity.name, namespace: envelope.countersignature?.namespace ?? "")
  }

  static func checkPublisherSignature(
    statement: PublisherStatement, bytes: [UInt8], envelope: Envelope, package: String
  ) throws(ProvenanceFailure) {
    guard envelope.publisher == statement.publisher else {
      throw ProvenanceFailure(
        .publisherSignatureInvalid,
        "the statement of \(package) names the publisher \(statement.publisher), but its signature is by "
          + "\(envelope.publisher)",
        hint: "do not use this artifact; it was signed by a key that is not the publisher's",
        package: package,
        expected: statement.publisher, found: envelope.publisher)
    }
    guard
      envelope.publisherKey.isValidSignature(
        envelope.publisherSignature, for: SigningContext.publisherStatement.message(for: bytes))
    else {
      throw ProvenanceFailure(
        .publisherSignatureInvalid,
        "the publisher signature of \(package) by \(statement.publisher) does not verify over its statement",
        hint: "do not use this artifact; the statement or the signature was changed after signing",
        package: package, expected: statement.publisher, found: envelope.publisher)
    }
  }

  /// Returns the namespace rule that lets `publisher` publish `name`.
  static func checkOwnership(
    _ publisher: Fingerprint, name: String, identity: RegistryIdentity, registry: String, package: String
  ) throws(ProvenanceFailure) -> String {
    guard let rule = identity.ownershipRule(for: name) else {
      throw ProvenanceFailure(
        .publisherNotAuthorized,
        "no namespace of the registry \(Display.quoted(identity.name)) at \(registry) covers \(name), so \(publisher) "
          + "may not publish \(package)",
        hint: "the registry operator runs cruftc registry allow --namespace \(name) --publisher \(publisher)",
        package: package, registry: registry, found: publisher)
    }
    guard rule.publishers.contains(publisher) else {
      throw ProvenanceFailure(
        .publisherNotAuthorized,
        "\(publisher) may not publish \(package): the registry \(Display.quoted(identity.name)) at \(registry) gives the "
          + "namespace \(rule.namespace) to \(rule.publishers.map(\.text).joined(separator: ", "))",
        hint: "if the publisher is legitimate, the registry operator runs cruftc registry allow --namespace "
          + "\(rule.namespace) --publisher \(publisher)",
        package: package, registry: registry, expected: rule.publishers.first, found: publisher)
    }
    return rule.namespace
  }

  static func checkCountersignature(
    _ envelope: Envelope, statementBytes: [UInt8], identity: RegistryIdentity, registry: String, name: String,
    package: String
  ) throws(ProvenanceFailure) {
    func failure(_ message: String, found: Fingerprint? = nil) -> ProvenanceFailure {
      ProvenanceFailure(
        .countersignatureInvalid, message,
        hint: "do not use this artifact; the registry did not countersign this exact release",
        package: package,
        registry: registry, expected: identity.fingerprint, found: found)
    }
    guard let countersignature = envelope.countersignature else {
      throw failure("\(package) in the registry at \(registry) has no registry countersignature")
    }
    guard countersignature.registry == identity.fingerprint else {
      throw failure(
        "\(package) is countersigned by \(countersignature.registry), not by the registry "
          + "\(Display.quoted(identity.name)) "
          + "(\(identity.fingerprint)) that serves it", found: countersignature.registry)
    }
    let digest = SHA512Digest(of: statementBytes)
    guard envelope.statement == digest, Namespace.candidates(for: name).contains(countersignature.namespace)
    else {
      throw failure("the countersignature of \(package) is over a different statement or namespace")
    }
    let document = Envelope.countersignedDocument(
      statement: digest, publisherSignature: envelope.publisherSignature, registry: identity.fingerprint,
      namespace: countersignature.namespace)
    guard
      identity.publicKey.isValidSignature(
        countersignature.signature, for: SigningContext.registryCountersignature.message(for: document))
    else {
      throw failure(
        "the countersignature of \(package) by \(identity.fingerprint) does not verify over its statement "
          + "and publisher signature")
    }
  }

  static func checkPolicy(
    _ policy: AIPolicy, statement: PublisherStatement, package: String, registry: String?
  )
    throws(ProvenanceFailure)
  {
    guard let ai = statement.aiGeneration, ai.generated else { return }
    let tools = ai.tools.isEmpty ? "" : " with \(ai.tools.map { Display.quoted($0) }.joined(separator: ", "))"
    switch policy {
    case .allow:
      return
    case .deny:
      throw ProvenanceFailure(
        .aiGenerationDenied, "\(package) is declared machine-generated\(tools), and the AI policy is deny",
        hint: "choose another package or version, or change the policy in cruft.json", package: package,
        registry: registry)
    case .requireReview:
      guard ai.reviewedBy.isEmpty else { return }
      throw ProvenanceFailure(
        .aiReviewMissing,
        "\(package) is declared machine-generated\(tools) with no recorded review, and the AI policy "
          + "requires one",
        hint: "ask the publisher to publish with --reviewed-by, or change the policy in cruft.json",
        package: package, registry: registry)
    }
  }

  static func checkManifest(_ manifest: PackageManifest, statement: PublisherStatement, package: String)
    throws(ProvenanceFailure)
  {
    guard manifest.name == statement.name, manifest.version == statement.version else {
      throw ProvenanceFailure(
        .statementMismatch,
        "the statement of \(package) is for \(statement.name)@\(statement.version), but the tarball's "
          + "package.json says \(manifest.name)@\(manifest.version)",
        hint: "sign the statement for the package the tarball holds", package: package)
    }
  }
}

extension PackageVersion {
  /// Semantic Versioning precedence (build metadata ignored, ties broken bytewise for a total order).
  public static func precedes(_ a: String, _ b: String) -> Bool {
    func parts(_ v: String) -> (core: [Int], pre: [Substring]?) {
      let noBuild = v.split(separator: "+", maxSplits: 1).first ?? Substring(v)
      let split = noBuild.split(separator: "-", maxSplits: 1)
      let core = (split.first ?? "").split(separator: ".").map { Int($0) ?? 0 }
      return (core, split.count > 1 ? split[1].split(separator: ".", omittingEmptySubsequences: false) : nil)
    }
    let (x, y) = (parts(a), parts(b))
    if x.core != y.core { return x.core.lexicographicallyPrecedes(y.core) }
    switch (x.pre, y.pre) {
    case (nil, nil): return a < b
    case (nil, _): return false
    case (_, nil): return true
    case (let p?, let q?):
      for (l, r) in zip(p, q) where l != r {
        switch (Int(l), Int(r)) {
        case (let m?, let n?): return m < n
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return l < r
        }
      }
      return p.count != q.count ? p.count < q.count : a < b
    }
  }
}
