import Diagnostics
import Foundation
import GraphCheck

/// How capabilities are frozen in cruft.lock, checked against it, and compared across versions.
extension CapLowering {
  /// The lockfile record of a package: its claims and their source, its grant, and every use
  /// ("path:line:column kind via"), the evidence a reviewer reads for inferred claims.
  public static func record(_ package: PackageCapabilities, graph: ModuleGraph) -> JSONValue {
    var lines: [String] = []
    var seen = Set<String>()
    for (module, use) in package.uses {
      let m = graph.modules[module]
      let location = m.ast.map { $0.file.location(of: use.range.lowerBound) }
      let line =
        "\(m.relativePath):\(location.map { "\($0.line):\($0.column)" } ?? "?") \(use.kind.rawValue) \(use.via)"
      if seen.insert(line).inserted { lines.append(line) }
    }
    return .record([
      ("claims", package.claims.json),
      ("grants", package.grants.json),
      ("source", .string(package.claimSource.rawValue)),
      ("uses", .array(lines.map { .string($0) })),
    ])
  }

  /// Adds every package's capability record to a lockfile (the annotation `cruftc lock` applies).
  public static func annotate(_ report: CapabilityReport, graph: ModuleGraph, lockfile: inout Lockfile) {
    for package in report.packages {
      lockfile.packages[package.key]?.capabilities = record(package, graph: graph)
    }
  }

  /// Differences between the capabilities now and those cruft.lock records.
  public static func compare(_ report: CapabilityReport, graph: ModuleGraph, with lockfile: Lockfile)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    for package in report.packages {
      guard let locked = lockfile.packages[package.key] else { continue }  // GraphCheck reports it
      let now = record(package, graph: graph)
      guard locked.capabilities != now else { continue }
      var what = "capabilities differ from cruft.lock"
      if let lockedClaims = locked.capabilities?["claims"],
        let old = try? CapabilitySet(parsing: lockedClaims)
      {
        let grown = package.claims.excess(over: old)
        if !grown.isEmpty { what = "claims grew since cruft.lock: \(grown.joined(separator: ", "))" }
      } else if locked.capabilities == nil {
        what = "cruft.lock records no capabilities for this package"
      }
      diagnostics.append(
        Diagnostic(
          code: CapLoweringCode.capabilitiesChanged.rawValue, message: "\(package.name): \(what)", file: nil,
          range: 0..<0,
          help: "run cruftc lock and review the package's \"capabilities\" in the diff of cruft.lock",
          subject: package.key))
    }
    return diagnostics
  }

  /// Claims that grew between two lockfiles, one line per package, for `cruftc lock` to print.
  public static func widenedClaims(from old: Lockfile?, to new: Lockfile) -> [String] {
    var lines: [String] = []
    for key in new.packages.keys.sorted() {
      guard let claimsValue = new.packages[key]?.capabilities?["claims"],
        let claims = try? CapabilitySet(parsing: claimsValue)
      else { continue }
      let previous = old?.packages[key]?.capabilities?["claims"].flatMap { try? CapabilitySet(parsing: $0) }
      let grown = claims.excess(over: previous ?? CapabilitySet())
      if !grown.isEmpty { lines.append("! \(key) claims \(grown.joined(separator: ", "))") }
    }
    return lines
  }
}
