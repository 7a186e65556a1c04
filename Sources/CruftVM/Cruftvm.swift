import ArgumentParser
import Foundation
import VM

/// `cruftvm`: verifies and (from the interpreter's issue on) runs sealed bundles. Exit status: 0
/// success, 2 usage error, and one status per way a bundle is refused (`BundleCode.exitStatus`,
/// listed in docs/bundle-format.md).
struct Cruftvm: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "cruftvm",
    abstract: "Verify, inspect and run sealed cruft bundles.",
    discussion: """
      Trusted builder keys come from --trust, or else from the trust file \
      $XDG_CONFIG_HOME/cruft/trusted-builders (default ~/.config/cruft/trusted-builders): one public \
      key file or fingerprint per line. See docs/bundle-format.md.
      """,
    version: version,
    subcommands: [RunCommand.self, VerifyCommand.self, InspectCommand.self]
  )
}

/// A refusal with a coded message (from a bundle check) or a usage error (status 2).
struct CommandFailure: Error {
  var message: String
  var help: String?
  var status: Int32
}

enum ExitStatus {
  static let usage: Int32 = 2
}

struct TrustOptions: ParsableArguments {
  @Option(
    name: .customLong("trust"),
    help: ArgumentHelp(
      "A trusted builder: its public key file (NAME.pub) or its fingerprint. Repeatable; replaces the trust file.",
      valueName: "KEYFILE"))
  var keys: [String] = []

  /// The `--trust` entries, or else the trust file's.
  func load() throws(BundleError) -> [TrustedBuilder] {
    if !keys.isEmpty {
      return try keys.map { (key) throws(BundleError) in try BuilderTrust.entry(key) }
    }
    return try BuilderTrust.loadConfiguration(environment: ProcessInfo.processInfo.environment)
  }
}

func failure(_ error: BundleError, bundle: String) -> CommandFailure {
  CommandFailure(
    message: "\(Terminal.safe(bundle)): error[\(error.code.rawValue)]: \(Terminal.safe(error.message))",
    help: error.help, status: error.exitStatus)
}

func writeStandardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}

func writeStandardOutput(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}

/// Text from a bundle or the command line, made harmless for a terminal: control characters, line
/// separators and bidirectional overrides are shown escaped. The manifest decoder already refuses
/// them; this guards what it does not cover, such as paths given on the command line.
enum Terminal {
  /// `json` escapes as JSON does (`\u202e`), for output that must stay valid JSON: every such
  /// character can only be inside a string there, since JSON's own syntax is ASCII.
  static func safe(_ text: String, json: Bool = false) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" || (scalar == "\t" && !json) || BundleManifest.isDisplayable(scalar) {
        out.unicodeScalars.append(scalar)
      } else if json {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }
    return out
  }
}

@main
enum Main {
  static func main() {
    do {
      var command = try Cruftvm.parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      writeStandardError(failure.message + "\n" + (failure.help.map { "help: \($0)\n" } ?? ""))
      exit(failure.status)
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      let code = Cruftvm.exitCode(for: error)
      let message = Cruftvm.fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
      }
      writeStandardError(message + "\n")
      exit(ExitStatus.usage)
    }
  }
}

// MARK: verify

struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Run every check the VM runs before a bundle's code may run, and print what was verified.",
    discussion: """
      The checks, in order: structure (every length bounded, nothing missing, nothing extra), the \
      signature against the trusted builder keys, the lockfile stamp (with --lockfile-digest), every \
      section's compressed and inflated digests, the modules' code digests, the bytecode verifier, and \
      the checks of each module's native code (bitcode), when libCruftJIT.so is present. The first \
      failure ends the run with its own code and exit status (61 for refused native code).
      """)

  @Argument(help: "The bundle (NAME.cruft).")
  var bundle: String

  @OptionGroup var trust: TrustOptions

  @Option(
    name: .customLong("lockfile-digest"),
    help: ArgumentHelp(
      "The digest (sha512-...) of the cruft.lock the bundle must have been built from, as cruftc lock prints it.",
      valueName: "SRI"))
  var lockfileDigest: String?

  func run() throws {
    var expected: SHA512Digest?
    if let lockfileDigest {
      guard let digest = SHA512Digest(integrity: lockfileDigest), digest.integrity == lockfileDigest else {
        throw CommandFailure(
          message: "cruftvm: error: \(Terminal.safe(lockfileDigest)) is not a sha512 SRI digest (sha512-...)",
          status: ExitStatus.usage)
      }
      expected = digest
    }
    do {
      let reader = try BundleReader.open(path: bundle)
      let manifest = reader.manifest
      writeStandardOutput(
        "structure: ok (format \(BundleFormat.version), \(reader.fileSize) bytes, "
          + "\(manifest.sections.count) sections, manifest of \(reader.manifestSize) bytes)\n")
      let trusted = try trust.load()
      let loaded = try BundleLoader.load(reader, trusting: trusted, expectedLockfileDigest: expected) {
        check in
        writeStandardOutput(Self.line(for: check, trusted: trusted))
      }
      let packages = manifest.packages.count
      writeStandardOutput(
        "modules: \(manifest.modules.count) modules in \(packages) package\(packages == 1 ? "" : "s"), "
          + "each code digest matches its verified section; entry \(Terminal.safe(manifest.entry))\n")
      writeStandardOutput(
        "bytecode: ok, \(loaded.code.count) code section\(loaded.code.count == 1 ? "" : "s") verified "
          + "(\(loaded.code.values.reduce(0) { $0 + $1.functions.count }) functions)\n")
      if loaded.manifest.modules.contains(where: { $0.native != nil }) {
        do {
          let (modules, functions) = try BundleLoader.checkNativeCode(loaded)
          writeStandardOutput(
            "native code: ok, \(modules) bitcode section\(modules == 1 ? "" : "s") checked "
              + "(\(functions) function\(functions == 1 ? "" : "s"))\n")
        } catch  where error.status == NativeCodeError.unavailableStatus {
          writeStandardOutput("native code: not checked: \(Terminal.safe(error.message))\n")
        } catch {
          throw CommandFailure(
            message: "\(Terminal.safe(bundle)): error: \(Terminal.safe(error.message))", help: error.help,
            status: error.status)
        }
      }
      writeStandardOutput("verified \(Terminal.safe(loaded.manifest.application.description))\n")
    } catch let error as BundleError {
      throw failure(error, bundle: bundle)
    }
  }

  static func line(for check: BundleCheck, trusted: [TrustedBuilder]) -> String {
    switch check {
    case .signature(let fingerprint):
      let source = trusted.first { $0.fingerprint == fingerprint }?.keyFile.map {
        ", key file \(Terminal.safe($0))"
      }
      return "signature: ok, by \(fingerprint) (trusted builder\(source ?? ""))\n"
    case .lockfileStamp(let digest, let checked):
      return checked
        ? "lockfile stamp: ok, \(digest.integrity)\n"
        : "lockfile stamp: \(digest.integrity) (not compared: no --lockfile-digest)\n"
    case .sections(let count, let bytes):
      return "sections: \(count) sections, every compressed and inflated digest matches (\(bytes) bytes)\n"
    }
  }
}
