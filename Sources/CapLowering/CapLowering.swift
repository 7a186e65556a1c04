import Diagnostics
import Foundation
import Frontend
import GraphCheck

/// What one package claims, is granted, receives and uses.
public struct PackageCapabilities: Sendable {
  public enum ClaimSource: String, Sendable {
    /// "caps" in the package's own package.json.
    case declared
    /// "claims" in the application's cruft.json, for a package that declares nothing.
    case consumer
    /// Inferred from the code, recorded in cruft.lock for a person to review.
    case inferred
  }

  public var package: Int
  public var key: String
  public var name: String
  public var isApplication: Bool
  public var claims: CapabilitySet
  public var claimSource: ClaimSource
  /// The application's grant (for the application itself: its claims; the person running it
  /// grants those at run time).
  public var grants: CapabilitySet
  /// The intersection: what the package's handles will carry.
  public var receives: CapabilitySet
  /// Every use in the package's code, live or not: the evidence for inferred claims.
  public var uses: [(module: Int, use: CapabilityUse)]
}

/// CapLowering's result for a whole graph.
public struct CapabilityReport: Sendable {
  public var packages: [PackageCapabilities] = []
  /// Per module (indexed like the graph's modules): the analysis with `typeof` folded against what
  /// the module's package receives. Nil for JSON modules and modules that did not parse.
  public var modules: [ModuleCapabilities?] = []
  public var diagnostics: [Diagnostic] = []
  /// Live uses by dependencies of capabilities they will not receive: errors for check and build,
  /// not for lock, which records the claims for a person to decide on.
  public var notGranted: [Diagnostic] = []
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// CapLowering's entry point: claims, grants and uses for every package of a graph.
public enum CapLowering {
  public static func analyze(_ graph: ModuleGraph, project: Project) -> CapabilityReport {
    var report = CapabilityReport()
    report.modules = Array(repeating: nil, count: graph.modules.count)
    for (index, package) in graph.packages.enumerated() {
      report.packages.append(analyzePackage(index, package, graph: graph, project: project, report: &report))
    }
    return report
  }

  static func builtinImports(_ module: ModuleGraph.Module) -> [String: String] {
    var table: [String: String] = [:]
    for edge in module.edges {
      if case .builtin(let name) = edge.target { table[edge.edge.specifier] = name }
    }
    return table
  }

  private static func analyzePackage(
    _ index: Int, _ package: ModuleGraph.Package, graph: ModuleGraph, project: Project,
    report: inout CapabilityReport
  ) -> PackageCapabilities {
    let isApplication = package.key == "."
    func formProblem(_ place: String, _ message: String) {
      report.diagnostics.append(
        Diagnostic(
          code: CapLoweringCode.invalidClaims.rawValue, message: "\(place): \(message)", file: nil,
          range: 0..<0,
          help: "see 'cruftc explain E2004' for the forms", subject: package.key))
    }

    // Inference first, as if the package held nothing: `typeof` guards fold away and only the uses
    // that remain count. This is the least consistent answer: a package that feature-detects a
    // capability does not claim it merely by testing for it.
    var uses: [(module: Int, use: CapabilityUse)] = []
    for module in package.modules {
      guard let ast = graph.modules[module].ast, let scopes = graph.modules[module].scopes else { continue }
      let analysis = CapabilityAnalysis.analyze(
        ast, scopes: scopes, builtinImports: builtinImports(graph.modules[module]), held: [],
        packageName: package.name, isApplication: isApplication)
      uses += analysis.uses.map { (module, $0) }
    }

    var claims = CapabilitySet(inferredFrom: uses.map(\.use))
    var source = PackageCapabilities.ClaimSource.inferred
    if let declared = package.manifest?["caps"] {
      do {
        claims = try CapabilitySet(parsing: declared)
        source = .declared
      } catch {
        formProblem("\"caps\" in package.json", error.message)
      }
    } else if !package.isToolchain, let consumer = project.claims[package.name] {
      do {
        claims = try CapabilitySet(parsing: consumer)
        source = .consumer
      } catch {
        formProblem("\"claims\" in cruft.json", error.message)
      }
    }

    var grants = CapabilitySet()
    if isApplication {
      grants = claims
    } else if !package.isToolchain, let granted = project.grants[package.name] {
      do {
        grants = try CapabilitySet(parsing: granted)
      } catch {
        formProblem("\"grants\" in cruft.json", error.message)
      }
      let excess = grants.excess(over: claims)
      if !excess.isEmpty {
        report.diagnostics.append(
          Diagnostic(
            code: CapLoweringCode.grantNotClaimed.rawValue,
            message:
              "cruft.json grants \(package.name) \(excess.joined(separator: ", ")), which it does not claim "
              + "(it claims \(claims.summary))",
            file: nil, range: 0..<0, help: "remove the grant, or add the claim", subject: package.key))
      }
    }
    let receives = isApplication ? claims : claims.intersection(grants)

    // The live analysis: `typeof` folded against what the package receives.
    for module in package.modules {
      guard let ast = graph.modules[module].ast, let scopes = graph.modules[module].scopes else { continue }
      let analysis = CapabilityAnalysis.analyze(
        ast, scopes: scopes, builtinImports: builtinImports(graph.modules[module]), held: receives.kinds,
        packageName: package.name, isApplication: isApplication)
      report.modules[module] = analysis
      report.diagnostics.append(contentsOf: analysis.diagnostics)
      for use in analysis.uses {
        if source != .inferred && !covers(claims, use) {
          report.diagnostics.append(
            unclaimed(use, package: package, claims: claims, source: source, file: ast.file))
        } else if !isApplication && !covers(receives, use) {
          report.notGranted.append(notGranted(use, package: package, receives: receives, file: ast.file))
        }
      }
    }
    return PackageCapabilities(
      package: index, key: package.key, name: package.name, isApplication: isApplication, claims: claims,
      claimSource: source, grants: grants, receives: receives, uses: uses)
  }

  static func covers(_ claims: CapabilitySet, _ use: CapabilityUse) -> Bool {
    guard claims.kinds.contains(use.kind) else { return false }
    if use.kind == .env, let name = use.detail {
      return claims.env.contains(name) || claims.env.contains("*")
    }
    return true
  }

  /// How a use is claimed or granted, in the manifest form: `"env": ["HOME"]`.
  static func manifestForm(of use: CapabilityUse) -> String {
    switch use.kind {
    case .env: "\"env\": [\"\(use.detail ?? "NAME")\"]"
    case .fs: "\"fs\": [\"./dir\"]"
    case .net: "\"net\": [\"host:443\"]"
    case .clock, .random, .stdio: "\"\(use.kind.rawValue)\": true"
    }
  }

  static func notGranted(
    _ use: CapabilityUse, package: ModuleGraph.Package, receives: CapabilitySet, file: SourceFile
  ) -> Diagnostic {
    let what = use.detail.map { "\(use.kind.rawValue) \($0)" } ?? use.kind.rawValue
    let form = manifestForm(of: use)
    return Diagnostic(
      code: CapLoweringCode.capabilityNotGranted.rawValue,
      message: "\(package.name) uses \(what) (\(use.via)), which the application does not grant it "
        + "(it receives \(receives.summary))",
      file: file, range: use.range,
      help: "grant it in cruft.json: \"grants\": { \"\(package.name)\": { \(form) } }, or replace the package"
    )
  }

  static func unclaimed(
    _ use: CapabilityUse, package: ModuleGraph.Package, claims: CapabilitySet,
    source: PackageCapabilities.ClaimSource, file: SourceFile
  ) -> Diagnostic {
    let what = use.detail.map { "\(use.kind.rawValue) \($0)" } ?? use.kind.rawValue
    let form = manifestForm(of: use)
    let whereDeclared = source == .declared ? "its package.json \"caps\"" : "\"claims\" in cruft.json"
    return Diagnostic(
      code: CapLoweringCode.unclaimedCapability.rawValue,
      message: "\(package.name) uses \(what) (\(use.via)) but claims only \(claims.summary)", file: file,
      range: use.range, help: "add \(form) to \(whereDeclared) and grant it in cruft.json, or remove the use")
  }
}
