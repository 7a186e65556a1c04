import Diagnostics
import Frontend
import GraphCheck

/// A module after lowering: a function of its handles and its imports, with no other path to
/// authority. `text` is what `cruftc build --emit=lowered` prints for it.
public struct LoweredModule: Sendable {
  public struct Handle: Sendable {
    public var parameter: String
    /// The name or builtin module it replaces.
    public var replaces: String
    /// What it carries for this package: "env LANG", "stdio", "nothing (denies every use)".
    public var carries: String
  }

  public struct Import: Sendable {
    public var parameter: String
    public var specifier: String
    /// The imported module as "packageKey:path", or "node:NAME" for a builtin without authority.
    public var target: String
  }

  public var name: String
  public var handles: [Handle]
  public var imports: [Import]
  public var text: String
}

extension CapLowering {
  /// Lowers every module of the graph, in graph order.
  public static func lower(_ graph: ModuleGraph, report: CapabilityReport) -> [LoweredModule] {
    graph.modules.indices.compactMap { lower(module: $0, graph: graph, report: report) }
  }

  public static func moduleName(_ module: ModuleGraph.Module, graph: ModuleGraph) -> String {
    graph.packages[module.package].key + ":" + module.relativePath
  }

  static func lower(module index: Int, graph: ModuleGraph, report: CapabilityReport) -> LoweredModule? {
    let module = graph.modules[index]
    guard let ast = module.ast, let analysis = report.modules[index] else { return nil }
    let package = report.packages[module.package]
    var substitutions = analysis.substitutions

    // Imports of other modules become parameters $m0, $m1, ... in edge order.
    var imports: [LoweredModule.Import] = []
    var importParameter: [String: String] = [:]
    for edge in module.edges {
      guard case .module(let target) = edge.target, importParameter[edge.edge.specifier] == nil else {
        continue
      }
      let parameter = "$m\(imports.count)"
      importParameter[edge.edge.specifier] = parameter
      imports.append(
        LoweredModule.Import(
          parameter: parameter, specifier: edge.edge.specifier,
          target: moduleName(graph.modules[target], graph: graph)))
    }
    for (raw, n) in ast.nodes.enumerated() {
      let id = NodeID(UInt32(raw))
      switch n.kind {
      case .callExpression where ast.kind(NodeID(n.a)) == .identifier && ast.name(NodeID(n.a)) == "require":
        if let argument = ast.list(start: n.b, count: n.c).first,
          let parameter = importParameter[literal(argument, ast)]
        {
          substitutions[id] = parameter
        }
      case .importExpression:
        if let parameter = importParameter[literal(NodeID(n.a), ast)] {
          substitutions[id] = "Promise.resolve(\(parameter))"
        }
      case .importDeclaration:
        let specifier = literal(NodeID(n.a), ast)
        let parameter =
          importParameter[specifier] ?? builtinParameter(specifier, module: module) ?? "$unresolved"
        substitutions[id] = importStatement(n, from: parameter, ast: ast)
      default:
        break
      }
    }
    var printer = ASTPrinter(ast: ast)
    printer.substitutions = substitutions
    printer.constantTests = analysis.constantTests
    let body = printer.printStatements(ast.list(start: ast[ast.root].a, count: ast[ast.root].b), indent: 1)

    let handles = analysis.handles.map { root in
      LoweredModule.Handle(
        parameter: Analyzer.parameterName(root), replaces: root, carries: carries(root, package: package))
    }
    var parameters = handles.map(\.parameter) + imports.map(\.parameter)
    if ast.goal == .commonJS { parameters = ["module", "exports", "__filename", "__dirname"] + parameters }
    var text = "// \(moduleName(module, graph: graph)) (\(ast.goal.rawValue))\n"
    for handle in handles { text += "//   \(handle.parameter): \(handle.replaces) -> \(handle.carries)\n" }
    for item in imports { text += "//   \(item.parameter): \"\(item.specifier)\" -> \(item.target)\n" }
    text += "function (\(parameters.joined(separator: ", "))) {\n" + body + "}\n"
    return LoweredModule(
      name: moduleName(module, graph: graph), handles: handles, imports: imports, text: text)
  }

  static func literal(_ id: NodeID, _ ast: AST) -> String {
    ast.kind(id) == .stringLiteral ? String(decoding: ast.stringValue(id), as: UTF16.self) : ""
  }

  static func builtinParameter(_ specifier: String, module: ModuleGraph.Module) -> String? {
    for edge in module.edges where edge.edge.specifier == specifier {
      if case .builtin(let name) = edge.target { return Analyzer.parameterName("node:" + name) }
    }
    return nil
  }

  /// `import a, { b as c } from "x"` becomes `const a = $m0.default, { b: c } = $m0;` for display
  /// (the bytecode keeps live bindings).
  static func importStatement(_ n: Node, from parameter: String, ast: AST) -> String {
    var parts: [String] = []
    var named: [String] = []
    for specifier in ast.list(start: n.b, count: n.c) {
      let s = ast[specifier]
      let local = ast.name(NodeID(s.b))
      switch s.kind {
      case .importDefaultSpecifier: parts.append("\(local) = \(parameter).default")
      case .importNamespaceSpecifier: parts.append("\(local) = \(parameter)")
      default:
        let imported =
          ast.kind(NodeID(s.a)) == .identifier ? ast.name(NodeID(s.a)) : "\"\(literal(NodeID(s.a), ast))\""
        named.append(imported == local ? local : "\(imported): \(local)")
      }
    }
    if !named.isEmpty { parts.append("{ \(named.joined(separator: ", ")) } = \(parameter)") }
    return parts.isEmpty ? "\(parameter);" : "const \(parts.joined(separator: ", "));"
  }

  /// What a handle gives this package.
  static func carries(_ root: String, package: PackageCapabilities) -> String {
    let receives = package.receives
    func kind(_ kind: CapabilityKind) -> String {
      guard receives.kinds.contains(kind) else { return "\(kind.rawValue) not granted: denies every use" }
      switch kind {
      case .env: return "env \(receives.env.joined(separator: " "))"
      case .net: return "net \(receives.net.joined(separator: " "))"
      case .fs:
        var parts: [String] = []
        if !receives.fsRead.isEmpty { parts.append("read \(receives.fsRead.joined(separator: " "))") }
        if !receives.fsWrite.isEmpty { parts.append("write \(receives.fsWrite.joined(separator: " "))") }
        return "fs " + parts.joined(separator: ", ")
      default: return kind.rawValue
      }
    }
    switch root {
    case "globalThis": return "the package's frozen global (intrinsics only)"
    case "clock": return kind(.clock)
    case "random": return kind(.random)
    default:
      let module = root.hasPrefix("node:") ? String(root.dropFirst(5)) : nil
      let meaning: AmbientMeaning? =
        module.map { CapabilityTable.builtinModules[$0] } ?? CapabilityTable.capabilityGlobals[root]
      switch meaning {
      case .capability(let k)?: return kind(k)
      case .mixed?:
        let name = module ?? root
        let offered: [CapabilityKind] =
          name == "process" ? [.env, .stdio, .clock, .fs] : name == "crypto" ? [.random] : [.env]
        let held = offered.filter { receives.kinds.contains($0) }
        return held.isEmpty
          ? "pure members only" : "pure members and " + held.map(kind).joined(separator: ", ")
      default: return "pure builtin module"
      }
    }
  }
}
