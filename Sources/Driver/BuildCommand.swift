import ArgumentParser
import CapLowering
import Diagnostics

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract:
      "Compile the project: check it, lower every module to explicit capability handles, and print a stage's output.",
    discussion: """
      The build first runs everything cruftc check runs, and stops on any error. --emit chooses \
      what to print: lowered (each module as a function of its handles and imports) or \
      capabilities (what each package claims, is granted and receives). Writing the sealed \
      bundle comes with the bundle stage; until then --emit is required.
      Exit status: 0 success, 1 the project has errors, 2 usage or I/O error.
      """)

  enum Emit: String, ExpressibleByArgument, CaseIterable { case lowered, capabilities }

  @OptionGroup var project: ProjectOptions

  @Option(help: "What to print: lowered or capabilities.")
  var emit: Emit

  func run() throws {
    let checked = ProjectCheck(try project.load())
    printDiagnostics(checked.diagnostics, format: .text)
    if checked.diagnostics.contains(where: { $0.severity == .error }) {
      writeStandardError("build: stopped: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    switch emit {
    case .lowered:
      for module in CapLowering.lower(checked.graph, report: checked.capabilities) {
        writeStandardOutput(module.text + "\n")
      }
    case .capabilities:
      for package in checked.capabilities.packages {
        writeStandardOutput(
          "\(package.key) \(package.name): claims \(package.claims.summary) (\(package.claimSource.rawValue)); "
            + "granted \(package.grants.summary); receives \(package.receives.summary)\n")
      }
    }
  }
}
