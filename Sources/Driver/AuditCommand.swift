import ArgumentParser
import CapLowering
import Diagnostics
import Foundation
import GraphCheck

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Show, per package, what it claims, what it is granted, and what its code uses.",
    discussion: """
      Flags promiscuous grants (fs at / or a home directory, net to any host, all of env) and \
      claims that grew since cruft.lock. The table is printed even when the project has errors, \
      which are reported after it. Exit status: 0 nothing flagged, 1 flags or errors, 2 usage or I/O error.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var project: ProjectOptions

  @Option(help: "text or json.")
  var format: Format = .text

  func run() throws {
    let loaded = try project.load()
    let result = GraphCheck.check(loaded)
    let report = CapLowering.analyze(result.graph, project: loaded)
    let audits = CapLowering.audit(report, previous: result.lockfile)
    let graph = result.graph
    func location(_ module: Int, _ use: CapabilityUse) -> (path: String, line: Int, column: Int) {
      let m = graph.modules[module]
      let l = m.ast?.file.location(of: use.range.lowerBound)
      let prefix = graph.packages[m.package].key == "." ? "" : graph.packages[m.package].key + "/"
      return (prefix + m.relativePath, l?.line ?? 0, l?.column ?? 0)
    }
    switch format {
    case .text:
      for audit in audits {
        let p = audit.package
        writeStandardOutput("\(p.key) \(p.name)\n")
        writeStandardOutput("  claims   \(p.claims.summary) (\(p.claimSource.rawValue))\n")
        writeStandardOutput(
          "  granted  \(p.isApplication ? "at run time, by the person running it" : p.grants.summary)\n")
        writeStandardOutput("  receives \(p.receives.summary)\n")
        if p.uses.isEmpty { writeStandardOutput("  uses     nothing\n") }
        for (module, use) in p.uses {
          let l = location(module, use)
          writeStandardOutput(
            "  uses     \(use.kind.rawValue) \(use.via) at \(l.path):\(l.line):\(l.column)\n")
        }
        for flag in audit.flags { writeStandardOutput("  ! \(flag)\n") }
      }
    case .json:
      let packages: [JSONValue] = audits.map { audit in
        let p = audit.package
        return .record([
          ("key", .string(p.key)), ("name", .string(p.name)),
          ("claims", p.claims.json), ("claimSource", .string(p.claimSource.rawValue)),
          ("grants", p.grants.json), ("receives", p.receives.json),
          (
            "uses",
            .array(
              p.uses.map { module, use in
                let l = location(module, use)
                return .record([
                  ("kind", .string(use.kind.rawValue)), ("via", .string(use.via)),
                  ("detail", use.detail.map { .string($0) } ?? .null), ("file", .string(l.path)),
                  ("line", .int(l.line)), ("column", .int(l.column)),
                ])
              })
          ),
          ("flags", .array(audit.flags.map { .string($0) })),
        ])
      }
      writeStandardOutput(JSONValue.record([("packages", .array(packages))]).serialized() + "\n")
    }
    let errors = (result.diagnostics + report.diagnostics).filter {
      $0.severity == .error && $0.code != GraphCheckCode.lockfileOutOfDate.rawValue
    }
    printDiagnostics(errors, format: .text)
    if !errors.isEmpty || audits.contains(where: { !$0.flags.isEmpty }) {
      throw ExitCode(ExitStatus.inputErrors)
    }
  }
}
