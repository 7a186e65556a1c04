import ArgumentParser
import Backend
import CapLowering
import Diagnostics
import Foundation
import Frontend
import GraphCheck
import Provenance
import Seal

/// `cruftc`: the compiler's command line. Exit status: 0 success, 1 the input has errors
/// (diagnostics were printed), 2 usage or I/O error.
struct Cruftc: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "cruftc",
    abstract:
      "Compile JavaScript applications and their npm dependencies into sealed, capability-confined bundles.",
    version: version,
    subcommands: [
      ParseCommand.self, CheckCommand.self, LockCommand.self, GraphCommand.self, BuildCommand.self,
      AuditCommand.self,
      ExplainCommand.self,
      KeyCommand.self, PackCommand.self, PublishCommand.self, RegistryCommand.self,
    ]
  )
}

/// A failure the user can fix, reported as one line and a documented exit status.
struct CommandFailure: Error {
  var message: String
  var status: Int32
}

enum ExitStatus {
  static let success: Int32 = 0
  static let inputErrors: Int32 = 1
  static let usageOrIO: Int32 = 2
}

/// Every diagnostic descriptor the driver can explain, from every stage linked into it.
let allDescriptors: [DiagnosticDescriptor] =
  DiagnosticCode.descriptors + GraphCheckCode.descriptors + CapLoweringCode.descriptors
  + ProvenanceCode.descriptors + BundleCode.descriptors + BackendCode.descriptors

func standardErrorIsTerminal() -> Bool {
  isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

func writeStandardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}

func writeStandardOutput(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}

@main
enum Main {
  static func main() {
    do {
      var command = try Cruftc.parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      writeStandardError("cruftc: error: \(failure.message)\n")
      exit(failure.status)
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      let code = Cruftc.exitCode(for: error)
      let message = Cruftc.fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
      }
      writeStandardError(message + "\n")
      exit(ExitStatus.usageOrIO)
    }
  }
}
