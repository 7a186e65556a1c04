import Diagnostics
import Frontend

/// One use of ambient authority in a module.
public struct CapabilityUse: Sendable, Equatable {
  public var kind: CapabilityKind
  /// The name or path it was reached by, as written: "process.env.LANG", "fs.readFileSync", "console".
  public var via: String
  /// What exactly is asked for, where the code says so literally: an environment variable's name.
  public var detail: String?
  public var range: Range<Int>
}

/// Where a value comes from, when it comes from the ambient world: a global or a builtin module,
/// followed by a member path. `process.env` is `("process", ["env"])`; `require('fs').readFile`
/// is `("node:fs", ["readFile"])`.
struct AmbientOrigin: Equatable {
  var root: String
  var path: [String]

  func appending(_ member: String) -> AmbientOrigin { AmbientOrigin(root: root, path: path + [member]) }

  var description: String {
    ([root.hasPrefix("node:") ? "require('\(root.dropFirst(5))')" : root] + path).joined(separator: ".")
  }
}

/// The capability analysis of one module: every use of authority, the handles the module needs,
/// and what is never allowed. With a set of held kinds it also folds `typeof` of absent names and
/// drops the branches that fold away, so that feature-detection code does not count as a use.
public struct ModuleCapabilities: Sendable {
  public var uses: [CapabilityUse] = []
  /// Names that become handle parameters: globals ("process", "console", "globalThis") and builtin
  /// modules ("node:fs"), sorted.
  public var handles: [String] = []
  public var diagnostics: [Diagnostic] = []
  /// `typeof` expressions folded to the string "undefined".
  public var foldedTypeofs: Set<NodeID> = []
  /// Nodes whose code can never run once `typeof` is folded (dropped by the lowering).
  public var deadNodes: Set<NodeID> = []
  /// Constant conditions: the tests the folding decided, with their value.
  public var constantTests: [NodeID: Bool] = [:]
  /// How the lowering rewrites nodes: a free capability name becomes its handle parameter,
  /// `Date.now` the clock handle's, `require('fs')` the fs handle, a folded `typeof` a string.
  public var substitutions: [NodeID: String] = [:]
}

public enum CapabilityAnalysis {
  /// Analyzes a module. `held` is what the package holds (claims granted); nil means inference:
  /// nothing is folded and every use in the code counts. Only the application (`isApplication`) may
  /// use `process.exit`.
  public static func analyze(
    _ ast: AST, scopes: ScopeTree, builtinImports: [String: String], held: Set<CapabilityKind>?,
    packageName: String, isApplication: Bool = false
  ) -> ModuleCapabilities {
    var analyzer = Analyzer(
      ast: ast, scopes: scopes, builtinImports: builtinImports, held: held, packageName: packageName,
      isApplication: isApplication)
    analyzer.run()
    analyzer.result.uses.sort { $0.range.lowerBound < $1.range.lowerBound }
    analyzer.result.diagnostics.sort { $0.range.lowerBound < $1.range.lowerBound }
    analyzer.result.handles = analyzer.handleNames.sorted()
    return analyzer.result
  }
}

struct Analyzer {
  let ast: AST
  let scopes: ScopeTree
  /// Specifier -> builtin name, for this module's edges that resolved to builtins.
  let builtinImports: [String: String]
  let held: Set<CapabilityKind>?
  let packageName: String
  /// The application itself, which alone may end the run with process.exit.
  let isApplication: Bool
  var result = ModuleCapabilities()
  var handleNames = Set<String>()
  /// Bindings whose value comes from the ambient world (aliases and destructuring).
  var bindingOrigins: [Int: AmbientOrigin] = [:]
  /// Member expressions already classified as part of a longer path.
  var consumed = Set<UInt32>()
  /// Free names assigned to, reported once as writes rather than also as undefined reads.
  var writtenFreeNames = Set<UInt32>()
  /// Initializers of aliases (`const p = process`), which are not uses themselves.
  var aliasInitializers = Set<UInt32>()
  /// Binding index by the identifier node that declares it.
  let bindingByDeclaration: [UInt32: Int]

  init(
    ast: AST, scopes: ScopeTree, builtinImports: [String: String], held: Set<CapabilityKind>?,
    packageName: String, isApplication: Bool
  ) {
    self.isApplication = isApplication
    self.ast = ast
    self.scopes = scopes
    self.builtinImports = builtinImports
    self.held = held
    self.packageName = packageName
    var map: [UInt32: Int] = [:]
    for (index, binding) in scopes.bindings.enumerated() where !binding.declaration.isNone {
      map[binding.declaration.index] = index
    }
    bindingByDeclaration = map
  }

  func node(_ id: NodeID) -> Node { ast[id] }

  mutating func run() {
    collectImportOrigins()
    collectDeclaratorOrigins()
    visit(ast.root)
  }

  // MARK: Origins

  /// `import fs from 'fs'`, `import * as fs`, `import { readFile } from 'node:fs'`.
  mutating func collectImportOrigins() {
    for index in 1..<ast.nodes.count where ast.nodes[index].kind == .importDeclaration {
      let n = ast.nodes[index]
      guard let builtin = builtinName(of: NodeID(n.a)) else { continue }
      for specifier in ast.list(start: n.b, count: n.c) {
        let s = node(specifier)
        guard let binding = bindingIndex(declaredBy: NodeID(s.b)) else { continue }
        var origin = AmbientOrigin(root: "node:" + builtin, path: [])
        if s.kind == .importSpecifier {
          let imported = ast.kind(NodeID(s.a)) == .identifier ? ast.name(NodeID(s.a)) : "default"
          if imported != "default" { origin = origin.appending(imported) }
        }
        bindingOrigins[binding] = origin
      }
    }
  }

  /// `const p = process`, `const { env } = process`, `const fs = require('fs')`, `var r = fs.readFile`.
  mutating func collectDeclaratorOrigins() {
    // Declarators appear in source order in the arena, so aliases of aliases resolve in one pass.
    for index in 1..<ast.nodes.count where ast.nodes[index].kind == .variableDeclarator {
      let n = ast.nodes[index]
      guard n.b != 0, let origin = origin(of: NodeID(n.b)) else { continue }
      bindPattern(NodeID(n.a), to: origin)
      // Naming an ambient value is not a use of it; the uses are where the alias is used.
      aliasInitializers.insert(n.b)
    }
  }

  mutating func bindPattern(_ pattern: NodeID, to origin: AmbientOrigin) {
    let n = node(pattern)
    switch n.kind {
    case .identifier:
      if let binding = bindingIndex(declaredBy: pattern) { bindingOrigins[binding] = origin }
    case .objectPattern:
      for property in ast.list(start: n.a, count: n.b) {
        let p = node(property)
        guard p.kind == .property, !p.flags.contains(.computed) else { continue }
        let key = NodeID(p.a)
        let name: String? =
          ast.kind(key) == .identifier
          ? ast.name(key)
          : ast.kind(key) == .stringLiteral ? String(decoding: ast.stringValue(key), as: UTF16.self) : nil
        guard let name else { continue }
        var target = NodeID(p.b)
        if ast.kind(target) == .assignmentPattern { target = NodeID(node(target).a) }
        bindPattern(target, to: origin.appending(name))
      }
    default:
      break
    }
  }

  func bindingIndex(declaredBy identifier: NodeID) -> Int? {
    bindingByDeclaration[identifier.index]
  }

  func builtinName(of specifierNode: NodeID) -> String? {
    guard ast.kind(specifierNode) == .stringLiteral else { return nil }
    return builtinImports[String(decoding: ast.stringValue(specifierNode), as: UTF16.self)]
  }

  /// The ambient origin of an expression, if it is a capability root, an alias of one, a builtin
  /// require, or a non-computed member path of those.
  func origin(of expression: NodeID) -> AmbientOrigin? {
    let n = node(expression)
    switch n.kind {
    case .identifier:
      switch scopes.resolution(of: expression) {
      case .free:
        let name = ast.name(expression)
        if CapabilityTable.capabilityGlobals[name] != nil
          || CapabilityTable.memberMeaning(name, "now") != nil || name == "Math" || name == "Date"
        {
          return AmbientOrigin(root: name, path: [])
        }
        return nil
      case .binding(let index):
        if let origin = bindingOrigins[index] { return origin }
        return nil
      case .notAReference:
        return nil
      }
    case .memberExpression where !n.flags.contains(.computed) || ast.kind(NodeID(n.b)) == .stringLiteral:
      guard let base = origin(of: NodeID(n.a)) else { return nil }
      let property = NodeID(n.b)
      let name =
        ast.kind(property) == .stringLiteral
        ? String(decoding: ast.stringValue(property), as: UTF16.self) : ast.name(property)
      return base.appending(name)
    case .callExpression:
      // require('fs'), with require being the module system's.
      let callee = NodeID(n.a)
      let arguments = ast.list(start: n.b, count: n.c)
      guard ast.kind(callee) == .identifier, ast.name(callee) == "require", arguments.count == 1,
        let builtin = builtinName(of: arguments.first!)
      else { return nil }
      switch scopes.resolution(of: callee) {
      case .free: return AmbientOrigin(root: "node:" + builtin, path: [])
      case .binding(let index) where scopes.bindings[index].kind == .commonJSWrapper:
        return AmbientOrigin(root: "node:" + builtin, path: [])
      default: return nil
      }
    default:
      return nil
    }
  }
}
