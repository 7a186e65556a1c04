import ArgumentParser
import Diagnostics

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Print the long explanation of a diagnostic code, or list all codes.")

  @Argument(help: "A diagnostic code such as E0200. Without one, every code is listed.")
  var code: String?

  func run() throws {
    guard let code else {
      for descriptor in allDescriptors {
        writeStandardOutput("\(descriptor.code)  \(descriptor.title)\n")
      }
      return
    }
    guard let descriptor = allDescriptors.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) else {
      throw CommandFailure(
        message: "unknown diagnostic code '\(code)'; run 'cruftc explain' to list them", status: ExitStatus.usageOrIO)
    }
    writeStandardOutput("\(descriptor.code): \(descriptor.title)\n\n\(descriptor.explanation)\n")
  }
}
