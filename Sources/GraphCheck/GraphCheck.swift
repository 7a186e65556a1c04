import Diagnostics
import Foundation

/// GraphCheck's entry points: what `cruftc check` verifies and what `cruftc lock` writes.
public enum GraphCheck {
  public struct Result: Sendable {
    public var graph: ModuleGraph
    public var diagnostics: [Diagnostic]
    /// The cruft.lock the graph was compared with; nil when it is missing or unreadable (and
    /// always for `lock`, which writes it).
    public var lockfile: Lockfile? = nil
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// Builds the closed graph and compares it with cruft.lock; every violation is reported.
  public static func check(_ project: Project) -> Result {
    let (graph, graphDiagnostics) = GraphBuilder.build(project)
    let (lockDiagnostics, lockfile) = compare(graph, withLockfileOf: project)
    return Result(graph: graph, diagnostics: graphDiagnostics + lockDiagnostics, lockfile: lockfile)
  }

  public struct LockOutcome: Sendable {
    public var result: Result
    /// The lockfile that was written, with what changed; nil when errors prevented writing.
    public var lockfile: Lockfile?
    public var changes: LockfileChanges?
  }

  /// Builds the graph and, when the gate passes, writes cruft.lock and says what changed since
  /// `previous` (the lockfile as it was before this run, which the caller has already read).
  /// Later stages `annotate` the lockfile (capabilities, provenance) and may report errors; nothing
  /// is written when any violation is found.
  public static func lock(
    _ project: Project, previous: Lockfile?,
    annotate: (ModuleGraph, inout Lockfile) -> [Diagnostic] = { _, _ in [] }
  ) throws(LockfileError) -> LockOutcome {
    let (graph, graphDiagnostics) = GraphBuilder.build(project)
    var lockfile = Lockfile(graph: graph)
    var diagnostics = graphDiagnostics
    if !diagnostics.contains(where: { $0.severity == .error }) {
      diagnostics += annotate(graph, &lockfile)
    }
    let result = Result(graph: graph, diagnostics: diagnostics)
    guard !result.hasErrors else { return LockOutcome(result: result) }
    let changes = LockfileChanges(from: previous, to: lockfile)
    do {
      try Data(lockfile.serialized().utf8).write(
        to: URL(fileURLWithPath: project.lockfilePath), options: .atomic)
    } catch {
      throw LockfileError("cannot write \(project.lockfilePath): \(error.localizedDescription)")
    }
    return LockOutcome(result: result, lockfile: lockfile, changes: changes)
  }

  /// The differences between the graph as it is and as cruft.lock pins it, as diagnostics, with
  /// the lockfile when it could be read.
  static func compare(_ graph: ModuleGraph, withLockfileOf project: Project) -> (
    [Diagnostic], Lockfile?
  ) {
    func problem(_ code: GraphCheckCode, _ subject: String, _ message: String, _ help: String) -> Diagnostic {
      Diagnostic(code: code.rawValue, message: message, file: nil, range: 0..<0, help: help, subject: subject)
    }
    let relock = "run cruftc lock and review the diff of cruft.lock"
    guard let data = FileManager.default.contents(atPath: project.lockfilePath) else {
      return (
        [problem(.lockfileOutOfDate, Project.lockfileName, "there is no cruft.lock", "run cruftc lock")], nil
      )
    }
    let locked: Lockfile
    do {
      locked = try Lockfile.parse(data)
    } catch {
      return ([problem(.lockfileOutOfDate, Project.lockfileName, error.message, relock)], nil)
    }
    let current = Lockfile(graph: graph)
    var diagnostics: [Diagnostic] = []
    if current.entries != locked.entries {
      diagnostics.append(
        problem(
          .lockfileOutOfDate, Project.lockfileName,
          "the entry modules changed from \(locked.entries) to \(current.entries)", relock))
    }
    for (index, package) in graph.packages.enumerated() where !package.isToolchain {
      let now = current.packages[package.key]!
      guard let pinned = locked.packages[package.key] else {
        diagnostics.append(notInLockfile(graph, package: index))
        continue
      }
      if pinned.version != now.version || pinned.name != now.name {
        diagnostics.append(
          problem(
            .lockfileOutOfDate, package.key,
            "package is \(now.name)@\(now.version) but cruft.lock pins \(pinned.name)@\(pinned.version)",
            relock))
      }
      for path in now.files.keys.sorted() {
        guard let expected = pinned.files[path] else {
          diagnostics.append(
            problem(
              .lockfileOutOfDate, filePath(package.key, path),
              "the module graph reaches '\(path)', which cruft.lock does not pin",
              relock))
          continue
        }
        if expected != now.files[path] {
          diagnostics.append(
            problem(
              .integrityMismatch, filePath(package.key, path),
              "'\(path)' of \(package.name)@\(package.version) does not match its digest in cruft.lock "
                + "(pinned \(abbreviated(expected)), found \(abbreviated(now.files[path]!)))",
              "if the change is intended, \(relock); if not, restore the package from a trusted source"))
        }
      }
      for path in pinned.files.keys.sorted() where now.files[path] == nil {
        diagnostics.append(
          problem(
            .lockfileOutOfDate, filePath(package.key, path),
            "cruft.lock pins '\(path)', which the graph no longer reaches", relock))
      }
      if pinned.dependencies != now.dependencies {
        diagnostics.append(
          problem(
            .lockfileOutOfDate, package.key,
            "dependencies changed from \(pinned.dependencies) to \(now.dependencies)", relock))
      }
      if pinned.builtins != now.builtins {
        diagnostics.append(
          problem(
            .lockfileOutOfDate, package.key,
            "Node builtins changed from \(pinned.builtins) to \(now.builtins)", relock))
      }
    }
    for key in locked.packages.keys.sorted() where current.packages[key] == nil {
      diagnostics.append(
        problem(.lockfileOutOfDate, key, "cruft.lock pins a package the graph no longer reaches", relock))
    }
    return (diagnostics, locked)
  }

  /// A locked file as a person would name it: its path from the project, or store:NAME/path.
  static func filePath(_ key: String, _ path: String) -> String {
    key == "." ? path : key + "/" + path
  }

  private static func abbreviated(_ integrity: String) -> String {
    integrity.count > 19 ? String(integrity.prefix(19)) + "..." : integrity
  }

  /// A package missing from the lockfile, reported at the first import that reaches it.
  private static func notInLockfile(_ graph: ModuleGraph, package: Int) -> Diagnostic {
    let p = graph.packages[package]
    let message = "package \(p.name)@\(p.version) (\(p.key)) is not in cruft.lock"
    let help = "run cruftc lock and review the new package in the diff of cruft.lock"
    for module in graph.modules where module.package != package {
      for edge in module.edges {
        guard case .module(let target) = edge.target, graph.modules[target].package == package else {
          continue
        }
        // Edges come from parsing, so the module's bytes are at hand in its AST.
        if let source = module.ast?.file {
          let root = graph.packages[module.package]
          let display = (root.key == "." ? "" : root.key + "/") + module.relativePath
          return Diagnostic(
            code: GraphCheckCode.packageNotInLockfile.rawValue, message: message,
            file: SourceFile(path: display, bytes: source.bytes), range: edge.edge.range, help: help)
        }
      }
    }
    return Diagnostic(
      code: GraphCheckCode.packageNotInLockfile.rawValue, message: message, file: nil, range: 0..<0,
      help: help,
      subject: p.key)
  }
}
