import ArgumentParser
import Foundation
import VM

/// Prints a bundle's manifest. It checks the structure (an unparseable bundle has no manifest to show)
/// and the signature, but shows a bundle whose signer is not trusted, or whose signature does not
/// verify, with a warning: inspecting is how one decides whether to trust a builder. It does not
/// inflate or hash sections; `cruftvm verify` does.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Print a bundle's manifest: packages, modules, claims, grants, fingerprints, digests.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "The bundle (NAME.cruft).")
  var bundle: String

  @Option(help: "text for people, json for scripts.")
  var format: Format = .text

  @OptionGroup var trust: TrustOptions

  /// What is known of the signature; inspect reports it instead of failing on it.
  enum SignatureStatus {
    case trusted(TrustedBuilder)
    case untrusted(BundleError)
    case invalid(BundleError)

    var word: String {
      switch self {
      case .trusted: "trusted"
      case .untrusted: "untrusted"
      case .invalid: "invalid"
      }
    }
  }

  func run() throws {
    let reader: BundleReader
    do {
      reader = try BundleReader.open(path: bundle)
    } catch {
      throw failure(error, bundle: bundle)
    }
    let status = signatureStatus(reader)
    switch status {
    case .trusted: break
    case .untrusted(let error), .invalid(let error):
      writeStandardError(
        "\(Terminal.safe(bundle)): warning[\(error.code.rawValue)]: \(Terminal.safe(error.message)); "
          + "nothing in this manifest is vouched for\n")
    }
    switch format {
    case .text: writeStandardOutput(text(reader, status: status))
    case .json:
      writeStandardOutput(Terminal.safe(json(reader, status: status).serialized(), json: true) + "\n")
    }
  }

  func signatureStatus(_ reader: BundleReader) -> SignatureStatus {
    let trusted: [TrustedBuilder]
    do {
      trusted = try trust.load()
      try reader.checkSignature(trusting: Set(trusted.map(\.fingerprint)))
    } catch {
      return error.code == .invalidSignature ? .invalid(error) : .untrusted(error)
    }
    let signer = reader.signerFingerprint
    return .trusted(trusted.first { $0.fingerprint == signer } ?? TrustedBuilder(fingerprint: signer))
  }

  // MARK: Text

  func text(_ reader: BundleReader, status: SignatureStatus) -> String {
    let manifest = reader.manifest
    var out = "bundle \(manifest.application)\n"
    func field(_ indent: Int, _ name: String, _ value: String) {
      let padding = String(repeating: " ", count: max(1, 12 - name.count))
      out += String(repeating: " ", count: indent) + name + padding + value + "\n"
    }
    field(2, "file", "\(bundle) (\(reader.fileSize) bytes, format \(manifest.formatVersion))")
    field(2, "compiler", manifest.compilerVersion)
    field(2, "lockfile", manifest.lockfileDigest.integrity)
    field(2, "entry", manifest.entry)
    let signer = reader.signerFingerprint.text
    switch status {
    case .trusted(let builder):
      field(
        2, "signed by",
        "\(signer) (trusted\(builder.keyFile.map { ", key file \($0)" } ?? ""); signature verifies)")
    case .untrusted:
      field(2, "signed by", "\(signer) (NOT TRUSTED; signature not checked)")
    case .invalid:
      field(2, "signed by", "\(signer) (trusted, but the SIGNATURE DOES NOT VERIFY)")
    }
    field(2, "digests", "not checked by inspect; run cruftvm verify")

    out += "\npackages (\(manifest.packages.count))\n"
    for package in manifest.packages {
      out += "  \(package.key)  \(package.name)@\(package.version)\n"
      field(4, "integrity", package.integrity.integrity)
      field(4, "claims", package.claims.serialized(pretty: false))
      field(4, "grants", package.grants.serialized(pretty: false))
      field(4, "receives", package.receives.serialized(pretty: false))
      if let publisher = package.publisher { field(4, "publisher", publisher.text) }
      if let registry = package.registry { field(4, "registry", registry.text) }
    }
    out += "\nmodules (\(manifest.modules.count))\n"
    for module in manifest.modules {
      out += "  \(module.name)\n"
      field(4, "source", module.sourceDigest.integrity)
      field(4, "code", "\(module.codeSection) \(module.codeDigest.integrity)")
      field(4, "imports", module.imports.isEmpty ? "(none)" : module.imports.joined(separator: ", "))
      field(4, "handles", module.handles.isEmpty ? "(none)" : module.handles.joined(separator: ", "))
      if let native = module.native {
        field(4, "native", "\(native.section) \(native.digest.integrity)")
        for function in native.functions {
          let parameters = function.parameters.map(\.rawValue).joined(separator: ", ")
          field(6, function.symbol, "(\(parameters)) -> \(function.returns.rawValue)")
        }
      }
    }
    out += "\nsections (\(manifest.sections.count))\n"
    for section in manifest.sections {
      out += "  \(section.name)\n"
      field(
        4, "kind", "\(section.kind.rawValue), \(section.size) bytes, \(section.compressedSize) compressed")
      field(4, "digest", section.digest.integrity)
      field(4, "compressed", section.compressedDigest.integrity)
    }
    return Terminal.safe(out)
  }

  // MARK: JSON

  func json(_ reader: BundleReader, status: SignatureStatus) -> JSONValue {
    var signature: [(String, JSONValue)] = [
      ("signer", .string(reader.signerFingerprint.text)), ("status", .string(status.word)),
    ]
    switch status {
    case .trusted(let builder):
      if let keyFile = builder.keyFile { signature.append(("keyFile", .string(keyFile))) }
    case .untrusted(let error), .invalid(let error):
      signature.append(
        ("error", .record([("code", .string(error.code.rawValue)), ("message", .string(error.message))])))
    }
    return .record([
      ("bundle", .string(bundle)),
      ("digestsChecked", .bool(false)),
      ("fileSize", .int(reader.fileSize)),
      ("manifest", Self.sortingKeys(reader.manifest.json)),
      ("signature", Self.sortingKeys(.record(signature))),
    ])
  }

  /// Members sorted bytewise at every level, as in the canonical form, so that output is stable.
  static func sortingKeys(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let items): .array(items.map(sortingKeys))
    case .object(let members):
      .object(
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
          JSONMember(key: $0.key, value: sortingKeys($0.value))
        })
    default: value
    }
  }
}
