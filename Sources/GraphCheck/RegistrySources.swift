import Diagnostics
import Foundation
import Provenance

/// Where a project takes packages from registries: the registries it knows with their pinned
/// keys, which registry serves which namespace, and the dependencies to fetch. From cruft.json:
///
/// ```json
/// "registries": { "acme": { "path": "./registry", "fingerprint": "ed25519:..." } },
/// "namespaces": { "@acme/*": "acme", "*": "public" },
/// "dependencies": { "@acme/util": "1.0.0" },
/// "publishers": { "@acme/util": ["ed25519:..."] },
/// "aiPolicy": "require-review"
/// ```
public struct RegistryConfiguration: Sendable {
  public struct Registry: Sendable {
    public var name: String
    public var path: String
    public var fingerprint: Fingerprint
  }

  /// In cruft.json order, which is the order they are asked for a package.
  public var registries: [Registry] = []
  /// Namespace ("@acme/*", "left-pad", "*") to registry name.
  public var namespaces: [String: String] = [:]
  public var dependencies: [(name: String, version: String)] = []
  public var trustedPublishers: [String: [Fingerprint]] = [:]
  public var aiPolicy: AIPolicy = .allow

  public var isEmpty: Bool { dependencies.isEmpty }

  static let keys: Set<String> = ["registries", "namespaces", "dependencies", "publishers", "aiPolicy"]

  init(parsing configuration: JSONValue, projectDirectory: String) throws(ProjectError) {
    func fingerprint(_ value: JSONValue?, _ place: String) throws(ProjectError) -> Fingerprint {
      guard let text = value?.stringValue, let parsed = Fingerprint(text) else {
        throw ProjectError("cruft.json: \(place) must be a fingerprint such as ed25519:...")
      }
      return parsed
    }
    for member in configuration["registries"]?.members ?? [] {
      guard let path = member.value["path"]?.stringValue else {
        throw ProjectError("cruft.json: registry '\(member.key)' needs a \"path\"")
      }
      registries.append(
        Registry(
          name: member.key, path: path.hasPrefix("/") ? path : projectDirectory + "/" + path,
          fingerprint: try fingerprint(
            member.value["fingerprint"], "registry '\(member.key)' \"fingerprint\"")))
    }
    for member in configuration["namespaces"]?.members ?? [] {
      guard let registry = member.value.stringValue, registries.contains(where: { $0.name == registry })
      else {
        throw ProjectError("cruft.json: namespace '\(member.key)' must name one of the \"registries\"")
      }
      guard Namespace.isValid(member.key) else {
        throw ProjectError("cruft.json: '\(member.key)' is not a namespace (a name, @scope/*, or *)")
      }
      namespaces[member.key] = registry
    }
    for member in configuration["dependencies"]?.members ?? [] {
      guard let version = member.value.stringValue else {
        throw ProjectError("cruft.json: dependency '\(member.key)' needs an exact version string")
      }
      dependencies.append((member.key, version))
    }
    for member in configuration["publishers"]?.members ?? [] {
      var keys: [Fingerprint] = []
      for item in member.value.arrayValue ?? [] {
        keys.append(try fingerprint(item, "publishers of '\(member.key)'"))
      }
      trustedPublishers[member.key] = keys
    }
    if let policy = configuration["aiPolicy"] {
      guard let text = policy.stringValue, let parsed = AIPolicy(rawValue: text) else {
        throw ProjectError("cruft.json: \"aiPolicy\" must be \"allow\", \"require-review\" or \"deny\"")
      }
      aiPolicy = parsed
    }
  }

  init() {}

  /// The registry a package name's namespace is pinned to: the most specific namespace wins.
  public func pinnedRegistry(for name: String) -> Registry? {
    for namespace in Namespace.candidates(for: name) {
      if let registry = namespaces[namespace] { return registries.first { $0.name == registry } }
    }
    return nil
  }
}

/// The provenance of a package fetched from a registry, as cruft.lock records it.
public struct ProvenanceRecord: Equatable, Sendable {
  public var registry: Fingerprint
  public var registryName: String
  public var namespace: String
  public var publisher: Fingerprint
  /// The tarball's SRI, which the publisher signed.
  public var integrity: String

  public var json: JSONValue {
    .record([
      ("integrity", .string(integrity)), ("namespace", .string(namespace)),
      ("publisher", .string(publisher.description)), ("registry", .string(registry.description)),
      ("registryName", .string(registryName)),
    ])
  }

  public init?(_ value: JSONValue?) {
    guard let value, let registry = value["registry"]?.stringValue.flatMap(Fingerprint.init),
      let publisher = value["publisher"]?.stringValue.flatMap(Fingerprint.init),
      let integrity = value["integrity"]?.stringValue
    else { return nil }
    self.registry = registry
    self.publisher = publisher
    self.integrity = integrity
    registryName = value["registryName"]?.stringValue ?? ""
    namespace = value["namespace"]?.stringValue ?? ""
  }

  init(_ artifact: VerifiedArtifact) {
    registry = artifact.registry
    registryName = artifact.registryName
    namespace = artifact.namespace
    publisher = artifact.publisher
    integrity = artifact.integrity.integrity
  }
}

/// Fetching and re-verifying the packages a project takes from registries.
public enum RegistrySources {
  /// Verifies every dependency in its pinned registry. Nothing is installed unless all pass.
  /// `accepted` holds publisher key changes the user accepted (`--accept-publisher NAME=FPR`).
  public static func fetch(
    _ project: Project, previous: Lockfile?, accepted: [String: Fingerprint]
  ) -> (verified: [VerifiedArtifact], diagnostics: [Diagnostic]) {
    let configuration = project.registries
    var verified: [VerifiedArtifact] = []
    var diagnostics: [Diagnostic] = []
    for (name, version) in configuration.dependencies {
      guard let pinned = configuration.pinnedRegistry(for: name) else {
        diagnostics.append(
          ProvenanceFailure(
            .registryNotPinned, "\(name)@\(version): no registry is pinned for its namespace",
            hint:
              "add \"\(Namespace.candidates(for: name).dropFirst().first ?? name)\" (or \"\(name)\") to \"namespaces\" in cruft.json",
            package: "\(name)@\(version)"
          ).diagnostic)
        continue
      }
      // The registries are asked in order; the one that has the release serves it, and the pin
      // decides whether that is acceptable: this is where dependency confusion is caught.
      let serving =
        configuration.registries.first { registry in
          (try? RegistryReader(directory: registry.path).versions(of: name))?.contains(version) ?? false
        } ?? pinned
      let previousPublisher = previousRecord(name, in: previous)?.publisher
      let expectedPublisher = accepted[name] ?? previousPublisher
      switch ArtifactVerifier.verify(
        name: name, version: version, in: RegistryReader(directory: serving.path),
        trustedRegistry: pinned.fingerprint, trustedPublishers: configuration.trustedPublishers[name],
        previouslyPinnedPublisher: expectedPublisher, aiPolicy: configuration.aiPolicy)
      {
      case .success(let artifact):
        verified.append(artifact)
      case .failure(var failure):
        if failure.code == .registryNotPinned {
          failure.message +=
            " (the namespace is pinned to the registry '\(pinned.name)' at \(pinned.path), "
            + "and '\(serving.name)' served it)"
        }
        diagnostics.append(failure.diagnostic)
      }
    }
    return (verified, diagnostics)
  }

  /// Writes verified packages into node_modules, replacing what was there.
  public static func install(_ artifacts: [VerifiedArtifact], into project: Project) throws(LockfileError) {
    let fileManager = FileManager.default
    for artifact in artifacts {
      let root = project.directory + "/node_modules/" + artifact.name
      do {
        if fileManager.fileExists(atPath: root) { try fileManager.removeItem(atPath: root) }
        for (path, bytes) in artifact.files {
          let target = root + "/" + path
          try fileManager.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
          try Data(bytes).write(to: URL(fileURLWithPath: target))
        }
      } catch {
        throw LockfileError(
          "cannot install \(artifact.name)@\(artifact.version): \(error.localizedDescription)")
      }
    }
  }

  static func previousRecord(_ name: String, in lockfile: Lockfile?) -> ProvenanceRecord? {
    lockfile?.packages.values.first { $0.name == name && $0.provenance != nil }.flatMap {
      ProvenanceRecord($0.provenance)
    }
  }

  /// Adds the provenance of fetched packages to the lockfile.
  public static func annotate(_ lockfile: inout Lockfile, with artifacts: [VerifiedArtifact]) {
    for artifact in artifacts {
      lockfile.packages["node_modules/" + artifact.name]?.provenance = ProvenanceRecord(artifact).json
    }
  }

  /// `cruftc check`: every package the lockfile says came from a registry is verified again there,
  /// with the publisher the lockfile pins, and its locked files must be the tarball's files.
  public static func reverify(_ project: Project, lockfile: Lockfile) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for key in lockfile.packages.keys.sorted() {
      let package = lockfile.packages[key]!
      guard let record = ProvenanceRecord(package.provenance) else { continue }
      guard let pinned = project.registries.pinnedRegistry(for: package.name) else {
        diagnostics.append(
          ProvenanceFailure(
            .registryNotPinned,
            "\(package.name)@\(package.version): cruft.json pins no registry for its namespace",
            hint: "restore the namespace pin in cruft.json", package: "\(package.name)@\(package.version)"
          ).diagnostic)
        continue
      }
      switch ArtifactVerifier.verify(
        name: package.name, version: package.version, in: RegistryReader(directory: pinned.path),
        trustedRegistry: pinned.fingerprint,
        trustedPublishers: project.registries.trustedPublishers[package.name],
        previouslyPinnedPublisher: record.publisher, aiPolicy: project.registries.aiPolicy)
      {
      case .failure(let failure):
        diagnostics.append(failure.diagnostic)
      case .success(let artifact):
        if artifact.integrity.integrity != record.integrity {
          diagnostics.append(
            Diagnostic(
              code: GraphCheckCode.integrityMismatch.rawValue,
              message: "the registry's \(package.name)@\(package.version) is not the tarball cruft.lock pins "
                + "(pinned \(record.integrity.prefix(19))..., found \(artifact.integrity.integrity.prefix(19))...)",
              file: nil, range: 0..<0,
              help: "a published version must never change; report it to the registry",
              subject: key))
        }
        for (path, digest) in package.files.sorted(by: { $0.key < $1.key }) {
          let inTarball = artifact.files[path].map { SHA512Digest(of: $0).integrity }
          if inTarball != digest {
            diagnostics.append(
              Diagnostic(
                code: GraphCheckCode.integrityMismatch.rawValue,
                message:
                  "'\(path)' of \(package.name)@\(package.version) is not the file of the verified tarball",
                file: nil, range: 0..<0, help: "reinstall it with cruftc lock", subject: key + "/" + path))
          }
        }
      }
    }
    return diagnostics
  }
}
