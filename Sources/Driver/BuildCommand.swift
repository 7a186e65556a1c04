import ArgumentParser
import CapLowering
import Diagnostics
import Foundation
import GraphCheck

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
    let loaded = try project.load()
    let result = GraphCheck.check(loaded)
    let report = CapLowering.analyze(result.graph, project: loaded)
    var diagnostics = result.diagnostics + report.diagnostics + report.notGranted
    if let data = FileManager.default.contents(atPath: loaded.lockfilePath),
      let lockfile = try? Lockfile.parse(data)
    {
      diagnostics += CapLowering.compare(report, graph: result.graph, with: lockfile)
      diagnostics += RegistrySources.reverify(loaded, lockfile: lockfile)
    }
    printDiagnostics(diagnostics, format: .text)
    if diagnostics.contains(where: { $0.severity == .error }) {
      writeStandardError("build: stopped: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    switch emit {
    case .lowered:
      for module in CapLowering.lower(result.graph, report: report) {
        writeStandardOutput(module.text + "\n")
      }
    case .capabilities:
      for package in report.packages {
        writeStandardOutput(
          "\(package.key) \(package.name): claims \(package.claims.summary) (\(package.claimSource.rawValue)); "
            + "granted \(package.grants.summary); receives \(package.receives.summary)\n")
      }
    }
  }
}
