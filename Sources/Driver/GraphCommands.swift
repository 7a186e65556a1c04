import ArgumentParser
import CapLowering
import Diagnostics
import Foundation
import GraphCheck
import Provenance

/// Where the project is: every GraphCheck command reads `DIR/cruft.json` and `DIR/cruft.lock`.
struct ProjectOptions: ParsableArguments {
  @Option(name: .customLong("project"), help: "The project directory (holding cruft.json and cruft.lock).")
  var directory: String = "."

  func load() throws -> Project {
    do {
      return try Project.load(directory: directory)
    } catch {
      throw CommandFailure(message: error.message, status: ExitStatus.usageOrIO)
    }
  }
}

func printDiagnostics(_ diagnostics: [Diagnostic], format: DiagnosticFormat) {
  let renderer = DiagnosticRenderer(
    toolVersion: Cruftc.version, colors: format == .text && standardErrorIsTerminal(),
    descriptors: allDescriptors)
  switch format {
  case .text: writeStandardError(renderer.render(diagnostics, format: .text))
  case .json, .sarif: writeStandardOutput(renderer.render(diagnostics, format: format))
  }
}

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify the closed module graph against cruft.lock without writing anything (a CI gate).",
    discussion: """
      Fails on any non-static import, out-of-closure specifier, eval or Function constructor, \
      unresolved module, package missing from cruft.lock, or file whose bytes differ from its \
      locked digest. Every violation is reported, not only the first.
      Exit status: 0 clean, 1 violations found, 2 usage or I/O error.
      """)

  @OptionGroup var project: ProjectOptions

  @Option(help: "Output format: text (on standard error), json or sarif (on standard output).")
  var format: DiagnosticFormat = .text

  @Flag(name: .customLong("deny-warnings"), help: "Fail on warnings too (names that are not defined).")
  var denyWarnings = false

  func run() throws {
    let checked = ProjectCheck(try project.load())
    let diagnostics = checked.diagnostics
    printDiagnostics(diagnostics, format: format)
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    if format == .text {
      var summary = errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")"
      if warnings > 0 { summary += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
      // The toolchain's Node library is counted apart: it is not one of the application's packages.
      let graph = checked.graph
      let library = graph.packages.first(where: \.isToolchain)?.modules.count ?? 0
      let packages = graph.packages.count { !$0.isToolchain }
      let libraryNote = library == 0 ? "" : " (and \(library) of the Node library)"
      writeStandardError(
        "check: \(graph.modules.count - library) modules in \(packages) packages\(libraryNote), \(summary)\n")
    }
    if errors > 0 || (denyWarnings && warnings > 0) { throw ExitCode(ExitStatus.inputErrors) }
  }
}

struct LockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lock",
    abstract: "Write cruft.lock for the project's closed module graph and print what changed.",
    discussion: """
      Nothing is written while the graph has violations. Review the printed changes (and the \
      diff of cruft.lock): a new package, a changed digest or a new builtin is what an attack \
      looks like. Exit status: 0 written, 1 violations found, 2 usage or I/O error.
      """)

  @OptionGroup var project: ProjectOptions

  @Option(
    name: .customLong("accept-publisher"),
    help:
      "Accept a new publisher key for a package: NAME=FINGERPRINT (repeatable); the change shows in cruft.lock."
  )
  var acceptPublisher: [String] = []

  func run() throws {
    let loaded = try project.load()
    var accepted: [String: Fingerprint] = [:]
    for entry in acceptPublisher {
      guard let equals = entry.lastIndex(of: "="),
        let key = Fingerprint(String(entry[entry.index(after: equals)...]))
      else {
        throw CommandFailure(
          message: "--accept-publisher takes NAME=FINGERPRINT, not '\(entry)'", status: ExitStatus.usageOrIO)
      }
      accepted[String(entry[..<equals])] = key
    }
    let previous = FileManager.default.contents(atPath: loaded.lockfilePath).flatMap {
      try? Lockfile.parse($0)
    }
    // Packages from registries are verified first; nothing is installed or written if any fails.
    let fetched = RegistrySources.fetch(loaded, previous: previous, accepted: accepted)
    if !fetched.diagnostics.isEmpty {
      printDiagnostics(fetched.diagnostics, format: .text)
      writeStandardError("lock: cruft.lock not written: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    let outcome: GraphCheck.LockOutcome
    do {
      try RegistrySources.install(fetched.verified, into: loaded)
      for artifact in fetched.verified {
        writeStandardOutput(
          "verified \(artifact.name)@\(artifact.version): published by \(artifact.publisher), "
            + "countersigned by \(artifact.registryName) (\(artifact.registry)) for \(artifact.namespace)\n")
      }
      outcome = try GraphCheck.lock(loaded, previous: previous) { graph, lockfile in
        let report = CapLowering.analyze(graph, project: loaded)
        CapLowering.annotate(report, graph: graph, lockfile: &lockfile)
        RegistrySources.annotate(&lockfile, with: fetched.verified)
        return report.diagnostics
      }
    } catch {
      throw CommandFailure(message: error.message, status: ExitStatus.usageOrIO)
    }
    printDiagnostics(outcome.result.diagnostics, format: .text)
    guard let lockfile = outcome.lockfile, let changes = outcome.changes else {
      writeStandardError("lock: cruft.lock not written: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    for line in changes.summary + CapLowering.widenedClaims(from: previous, to: lockfile) {
      writeStandardOutput(line + "\n")
    }
    let files = lockfile.packages.values.reduce(0) { $0 + $1.files.count }
    writeStandardOutput(
      (previous == lockfile ? "cruft.lock is up to date" : "wrote cruft.lock")
        + " (\(lockfile.packages.count) packages, \(files) modules, \(lockfile.digest.integrity.prefix(27))...)\n"
    )
  }
}

struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Print the module graph: dot (packages as clusters, for Graphviz), list, or json.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case dot, list, json }

  @OptionGroup var project: ProjectOptions

  @Option(help: "dot, list (the canonical path of every module, sorted) or json.")
  var format: Format = .dot

  func run() throws {
    let result = GraphCheck.check(try project.load())
    let graph = result.graph
    switch format {
    case .list:
      for path in graph.modules.map(\.path).sorted() { writeStandardOutput(path + "\n") }
    case .dot:
      writeStandardOutput(GraphRendering.dot(graph))
    case .json:
      writeStandardOutput(GraphRendering.json(graph).serialized() + "\n")
    }
    let errors = result.diagnostics.filter { $0.code != GraphCheckCode.lockfileOutOfDate.rawValue }
    printDiagnostics(errors, format: .text)
    if errors.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.inputErrors) }
  }
}

enum GraphRendering {
  static func quoted(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  static func dot(_ graph: ModuleGraph) -> String {
    var out = "digraph cruft {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n"
    for (index, package) in graph.packages.enumerated() {
      out +=
        "  subgraph cluster_\(index) {\n    label=\(quoted("\(package.name)@\(package.version) (\(package.key))"));\n"
      for module in package.modules {
        out += "    m\(module) [label=\(quoted(graph.modules[module].relativePath))];\n"
      }
      out += "  }\n"
    }
    var builtins = Set<String>()
    for (index, module) in graph.modules.enumerated() {
      for edge in module.edges {
        switch edge.target {
        case .module(let target): out += "  m\(index) -> m\(target);\n"
        case .builtin(let name):
          builtins.insert(name)
          out += "  m\(index) -> \(quoted("node:" + name)) [style=dashed];\n"
        }
      }
    }
    for name in builtins.sorted() { out += "  \(quoted("node:" + name)) [shape=ellipse];\n" }
    return out + "}\n"
  }

  static func json(_ graph: ModuleGraph) -> JSONValue {
    .record([
      (
        "packages",
        .array(
          graph.packages.map { p in
            .record([("key", .string(p.key)), ("name", .string(p.name)), ("version", .string(p.version))])
          })
      ),
      (
        "modules",
        .array(
          graph.modules.map { m in
            .record([
              ("package", .string(graph.packages[m.package].key)), ("path", .string(m.relativePath)),
              ("format", .string(m.format.rawValue)),
              (
                "imports",
                .array(
                  m.edges.map { e in
                    switch e.target {
                    case .module(let t):
                      .record([
                        ("specifier", .string(e.edge.specifier)), ("kind", .string(e.edge.kind.rawValue)),
                        ("package", .string(graph.packages[graph.modules[t].package].key)),
                        ("path", .string(graph.modules[t].relativePath)),
                      ])
                    case .builtin(let name):
                      .record([
                        ("specifier", .string(e.edge.specifier)), ("kind", .string(e.edge.kind.rawValue)),
                        ("builtin", .string(name)),
                      ])
                    }
                  })
              ),
            ])
          })
      ),
    ])
  }
}
