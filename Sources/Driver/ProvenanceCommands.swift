import ArgumentParser
import Diagnostics
import Foundation
import Provenance

// The producer side of provenance: keys, packing, publishing and registries (docs/provenance.md).
// Failures of a provenance check print a coded diagnostic and exit 1; bad arguments and I/O exit 2.

/// Reports a provenance failure as a diagnostic and exits 1.
func fail(_ failure: ProvenanceFailure) -> ExitCode {
  printDiagnostics([failure.diagnostic], format: .text)
  return ExitCode(ExitStatus.inputErrors)
}

/// Runs a Provenance operation, mapping its errors onto the driver's exit statuses.
func provenance<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let failure as ProvenanceFailure {
    throw fail(failure)
  } catch let error as KeyFileError {
    throw fail(
      ProvenanceFailure(.keyFileInvalid, error.description, hint: "use the files cruftc key generate wrote"))
  } catch let error as RegistryUsageError {
    throw CommandFailure(message: error.description, status: ExitStatus.usageOrIO)
  }
}

func readSecretKey(_ path: String) throws -> SecretKey {
  try provenance { try KeyFiles.readSecretKey(path) }
}

/// A fingerprint given directly, or read from a public key file.
func fingerprint(_ text: String) throws -> Fingerprint {
  if let fingerprint = Fingerprint(text) { return fingerprint }
  if text.hasPrefix(Fingerprint.prefix) {
    throw CommandFailure(
      message: "\(Display.quoted(text)) is not a fingerprint (ed25519: and 32 base32 characters)",
      status: ExitStatus.usageOrIO)
  }
  return try provenance { try KeyFiles.readPublicKey(text).key.fingerprint }
}

func readInput(_ path: String, limit: Int) throws -> [UInt8] {
  do {
    return try BoundedFile.read(path, limit: limit)
  } catch {
    throw CommandFailure(message: "cannot read \(error)", status: ExitStatus.usageOrIO)
  }
}

// MARK: key

struct KeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "key", abstract: "Create Ed25519 keys and show fingerprints.",
    subcommands: [KeyGenerateCommand.self, KeyFingerprintCommand.self])
}

struct KeyGenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a new key pair: NAME.key (secret, mode 0600) and NAME.pub.",
    discussion: "Refuses to overwrite either file. The secret key is never printed.")

  @Option(help: "The path of the key files, without the .key and .pub extensions.")
  var out: String

  @Option(help: "A label recorded in the public key file (letters, digits and ._@+-).")
  var name: String?

  func run() throws {
    if let name, !KeyFiles.isValidName(name) {
      throw CommandFailure(
        message: "\(Display.quoted(name)) is not a valid key name (letters, digits and ._@+-, 64 at most)",
        status: ExitStatus.usageOrIO)
    }
    let key = SecretKey()
    do {
      try KeyFiles.writeKeyPair(key, basePath: out, name: name)
    } catch {
      throw CommandFailure(message: error.description, status: ExitStatus.usageOrIO)
    }
    writeStandardOutput("wrote \(out).key (secret, mode 0600) and \(out).pub\n\(key.fingerprint)\n")
  }
}

struct KeyFingerprintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fingerprint", abstract: "Print the fingerprint of a public key file.")

  @Argument(help: "A .pub file.")
  var file: String

  func run() throws {
    let (key, name) = try provenance { try KeyFiles.readPublicKey(file) }
    writeStandardOutput("\(key.fingerprint)" + (name.map { " \($0)" } ?? "") + "\n")
  }
}

// MARK: pack

struct PackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: "Pack a package directory into a deterministic npm-compatible .tgz and print its SRI.",
    discussion: """
      Includes every file except node_modules/, .git/ and top-level dotfiles (other than .npmignore), \
      or, when package.json has "files", the listed paths plus package.json, README*, LICENSE* and main. \
      The same directory always gives the same bytes.
      """)

  @Argument(help: "The package directory (holding package.json).")
  var directory: String

  @Option(help: "The tarball to write (default: NAME-VERSION.tgz in the current directory, as npm names it).")
  var out: String?

  func run() throws {
    let packed: PackageTarball.Packed
    do {
      packed = try PackageTarball.pack(directory: directory)
    } catch {
      throw CommandFailure(message: "cannot pack: \(error.description)", status: ExitStatus.usageOrIO)
    }
    let manifest = packed.manifest
    let path =
      out ?? manifest.name.replacingOccurrences(of: "@", with: "").replacingOccurrences(of: "/", with: "-")
      + "-"
      + manifest.version + ".tgz"
    do {
      try Data(packed.tarball).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure(message: "cannot write \(path)", status: ExitStatus.usageOrIO)
    }
    writeStandardOutput(
      "packed \(manifest.name)@\(manifest.version) (\(packed.paths.count) files) into \(path)\n"
        + "\(packed.integrity.integrity)\n")
  }
}

// MARK: publish

struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Sign a tarball's publisher statement and submit it to a registry directory.",
    discussion: """
      The statement records the package's name and version (from its package.json), the tarball's \
      SRI, the publisher fingerprint, the time and the AI-generation attribute, and is signed with \
      --key. The submission waits in REGISTRY/incoming until the registry operator runs cruftc \
      registry accept; with --registry-key (a local registry whose key you hold) it is countersigned \
      and published at once. Nothing is written if any check fails.
      """)

  @Option(help: "The publisher's secret key file.")
  var key: String

  @Argument(help: "The .tgz to publish (from cruftc pack or npm pack).")
  var tarball: String

  @Option(help: "The registry directory.")
  var to: String

  @Option(help: "Declare the code machine-generated, by these tools (comma-separated).")
  var aiGenerated: String?

  @Flag(help: "Declare the code not machine-generated.")
  var notAiGenerated = false

  @Option(help: "Who reviewed machine-generated code (comma-separated).")
  var reviewedBy: String?

  @Option(help: "The statement time, RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ); default: now.")
  var time: String?

  @Option(help: "The registry's secret key: countersign and publish immediately.")
  var registryKey: String?

  func validate() throws {
    if aiGenerated != nil && notAiGenerated {
      throw ValidationError("--ai-generated and --not-ai-generated contradict each other")
    }
    if reviewedBy != nil && aiGenerated == nil && !notAiGenerated {
      throw ValidationError(
        "--reviewed-by records a review of declared machine-generated code: add --ai-generated")
    }
    if let time, !Timestamp.isValid(time) {
      throw ValidationError("--time must be RFC 3339 in UTC to the second, such as 2024-05-01T12:00:00Z")
    }
  }

  func run() throws {
    func list(_ text: String?) -> [String] {
      (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
    var ai: AIGeneration?
    if aiGenerated != nil || notAiGenerated {
      ai = AIGeneration(generated: aiGenerated != nil, tools: list(aiGenerated), reviewedBy: list(reviewedBy))
      guard ai?.isValid == true else {
        throw CommandFailure(
          message: "tool and reviewer names are 1 to 128 characters without control characters, 32 at most",
          status: ExitStatus.usageOrIO)
      }
    }
    let publisherKey = try readSecretKey(key)
    let registryKey = try self.registryKey.map(readSecretKey)
    let bytes = try readInput(tarball, limit: TarballLimits().maximumTotalSize)
    try provenance {
      let submission = try Submission.make(
        tarball: bytes, key: publisherKey, time: time ?? Timestamp.now(), aiGeneration: ai)
      if let registryKey {
        try Registry.accept(submission, directory: to, key: registryKey)
        let statement = try submission.statement
        writeStandardOutput(
          "published \(statement.name)@\(statement.version) to \(to)\n"
            + "publisher \(statement.publisher)\nregistry \(registryKey.fingerprint)\n"
            + "statement \(SHA512Digest(of: submission.statementBytes).integrity)\n")
      } else {
        let manifest = try Registry.submit(submission, directory: to)
        writeStandardOutput(
          "submitted \(manifest.name)@\(manifest.version) to \(to)/incoming, signed by \(publisherKey.fingerprint)\n"
            + "the registry publishes it with: cruftc registry accept \(to) --key REGISTRY_KEY\n")
      }
    }
  }
}

// MARK: registry

struct RegistryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registry", abstract: "Create, administer and inspect cruft registry directories.",
    subcommands: [
      RegistryInitCommand.self, RegistryAllowCommand.self, RegistryAcceptCommand.self,
      RegistryListCommand.self,
      RegistryVerifyCommand.self,
    ])
}

struct RegistryInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create a registry: its signed identity file and empty package folders.")

  @Option(help: "The registry's secret key file.")
  var key: String

  @Option(help: "The registry's name (letters, digits and ._@+-).")
  var name: String

  @Argument(help: "The directory to create (it may exist if empty).")
  var directory: String

  func run() throws {
    let secret = try readSecretKey(key)
    try provenance { try Registry.create(directory: directory, name: name, key: secret) }
    writeStandardOutput("created registry '\(name)' in \(directory)\n\(secret.fingerprint)\n")
  }
}

struct RegistryAllowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "allow",
    abstract: "Let a publisher key publish a package name, a scope (@acme/*) or everything (*).",
    discussion:
      "The most specific rule covering a name decides who may publish it. registry.json is re-signed.")

  @Argument(help: "The registry directory.")
  var directory: String

  @Option(help: "A package name, @scope/* or *.")
  var namespace: String

  @Option(help: "The publisher's fingerprint or public key file.")
  var publisher: String

  @Option(help: "The registry's secret key file.")
  var key: String

  func run() throws {
    let secret = try readSecretKey(key)
    let owner = try fingerprint(publisher)
    let identity = try provenance {
      try Registry.allow(directory: directory, namespace: namespace, publisher: owner, key: secret)
    }
    let owners = identity.namespaces[namespace]?.map(\.text).joined(separator: ", ") ?? ""
    writeStandardOutput("\(namespace): \(owners) (registry.json serial \(identity.serial))\n")
  }
}

struct RegistryAcceptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept",
    abstract: "Verify, countersign and publish every submission waiting in the registry's incoming folder.",
    discussion: "Refused submissions stay in incoming/ and are reported; exit status 1 if any was refused.")

  @Argument(help: "The registry directory.")
  var directory: String

  @Option(help: "The registry's secret key file.")
  var key: String

  func run() throws {
    let secret = try readSecretKey(key)
    let (published, refused) = try provenance {
      try Registry.acceptIncoming(directory: directory, key: secret)
    }
    for manifest in published { writeStandardOutput("published \(manifest.name)@\(manifest.version)\n") }
    printDiagnostics(refused.map(\.diagnostic), format: .text)
    writeStandardOutput("\(published.count) published, \(refused.count) refused\n")
    if !refused.isEmpty { throw ExitCode(ExitStatus.inputErrors) }
  }
}

struct RegistryListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Print a registry's identity, namespace owners and packages.")

  @Argument(help: "The registry directory.")
  var directory: String

  func run() throws {
    let reader = RegistryReader(directory: directory)
    try provenance {
      let identity = try reader.identity()
      var out =
        "registry \(Display.quoted(identity.name)) \(identity.fingerprint) (serial \(identity.serial))\n"
      for (namespace, owners) in identity.namespaces.sorted(by: { $0.key < $1.key }) {
        out += "namespace \(namespace): \(owners.map(\.text).joined(separator: ", "))\n"
      }
      for name in try reader.packages() {
        for version in try reader.versions(of: name) { out += "\(name)@\(version)\n" }
      }
      writeStandardOutput(out)
    }
  }
}

struct RegistryVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Verify one release as a consumer would: registry pin, signatures, ownership, policy, tarball.",
    discussion: "Exit status: 0 verified, 1 a check failed (a diagnostic with an E3xxx code), 2 usage or I/O."
  )

  @Argument(help: "The registry directory.")
  var directory: String

  @Argument(help: "NAME@VERSION, such as @acme/util@1.2.0.")
  var package: String

  @Option(help: "The fingerprint (or public key file) the package's namespace is pinned to.")
  var pin: String

  @Option(help: "A publisher trusted for this package (repeatable); without any, every owner is.")
  var trustedPublisher: [String] = []

  @Option(help: "The publisher pinned by earlier versions (as recorded in cruft.lock).")
  var pinnedPublisher: String?

  @Option(help: "allow, require-review or deny machine-generated code.")
  var aiPolicy: String = AIPolicy.allow.rawValue

  func run() throws {
    guard let at = package.lastIndex(of: "@"), at != package.startIndex else {
      throw CommandFailure(
        message: "expected NAME@VERSION, got \(Display.quoted(package))", status: ExitStatus.usageOrIO)
    }
    guard let policy = AIPolicy(rawValue: aiPolicy) else {
      throw CommandFailure(
        message: "--ai-policy is allow, require-review or deny", status: ExitStatus.usageOrIO)
    }
    let name = String(package[..<at])
    let version = String(package[package.index(after: at)...])
    let trusted = trustedPublisher.isEmpty ? nil : try trustedPublisher.map(fingerprint)
    let result = ArtifactVerifier.verify(
      name: name, version: version, in: RegistryReader(directory: directory),
      trustedRegistry: try fingerprint(pin),
      trustedPublishers: trusted, previouslyPinnedPublisher: try pinnedPublisher.map(fingerprint),
      aiPolicy: policy)
    switch result {
    case .failure(let failure):
      throw fail(failure)
    case .success(let artifact):
      var out = "verified \(artifact.name)@\(artifact.version)\n"
      out += "  integrity \(artifact.integrity.integrity)\n"
      out += "  publisher \(artifact.publisher)\n"
      out +=
        "  registry  \(artifact.registry) \(Display.quoted(artifact.registryName)) namespace \(artifact.namespace)\n"
      out += "  time      \(artifact.statement.time)\n"
      if let ai = artifact.statement.aiGeneration {
        out += "  ai        generated \(ai.generated)"
        if !ai.tools.isEmpty {
          out += ", tools \(ai.tools.map { Display.quoted($0) }.joined(separator: ", "))"
        }
        if !ai.reviewedBy.isEmpty {
          out += ", reviewed by \(ai.reviewedBy.map { Display.quoted($0) }.joined(separator: ", "))"
        }
        out += "\n"
      } else {
        out += "  ai        not declared\n"
      }
      out += "  files     \(artifact.files.count): \(artifact.files.keys.sorted().joined(separator: " "))\n"
      writeStandardOutput(out)
    }
  }
}
