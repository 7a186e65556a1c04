import CapLowering
import Diagnostics
import GraphCheck

/// Everything `cruftc check` verifies, which `build` runs before it emits anything.
struct ProjectCheck {
  var graph: ModuleGraph
  var capabilities: CapabilityReport
  /// Every finding in report order: the graph and the lockfile, capability claims and grants, the
  /// capabilities pinned in cruft.lock, then the registry artifacts it records.
  var diagnostics: [Diagnostic]
  /// The cruft.lock the graph was checked against (nil when it is missing or unreadable).
  var lockfile: Lockfile?

  init(_ project: Project) {
    let result = GraphCheck.check(project)
    let report = CapLowering.analyze(result.graph, project: project)
    var diagnostics = result.diagnostics + report.diagnostics + report.notGranted
    if let lockfile = result.lockfile {
      diagnostics += CapLowering.compare(report, graph: result.graph, with: lockfile)
      diagnostics += RegistrySources.reverify(project, lockfile: lockfile)
    }
    self.graph = result.graph
    self.capabilities = report
    self.diagnostics = diagnostics
    self.lockfile = result.lockfile
  }
}
