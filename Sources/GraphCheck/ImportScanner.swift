import Diagnostics
import Foundation
import Frontend

/// A static edge of the module graph: a literal specifier and where it was written.
public struct ImportEdge: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case importDeclaration = "import"
    case exportFrom = "export-from"
    case dynamicImport = "import()"
    case require = "require"
  }

  public var specifier: String
  public var kind: Kind
  /// The byte range of the specifier literal.
  public var range: Range<Int>

  /// `import` syntax resolves with the ESM algorithm and conditions; `require` with CommonJS's.
  public var usesImportResolution: Bool { kind != .require }
}

/// What one module imports, and the static-import gate's findings about it.
public struct ModuleImports: Sendable {
  public var edges: [ImportEdge] = []
  public var violations: [Diagnostic] = []
}

/// Finds a module's static edges and rejects every way of loading or compiling code that the
/// build cannot see: `import(expr)`, `require(expr)`, `require` as a value, `eval`, and calls of
/// the `Function` constructor. Names are resolved first, so a local `require` or `eval` is not
/// mistaken for the real one.
public enum ImportScanner {
  public static func scan(_ ast: AST, scopes: ScopeTree) -> ModuleImports {
    var scanner = Scanner(ast: ast, scopes: scopes)
    scanner.run()
    scanner.result.violations.sort { $0.range.lowerBound < $1.range.lowerBound }
    return scanner.result
  }
}

private struct Scanner {
  let ast: AST
  let scopes: ScopeTree
  var result = ModuleImports()
  /// Identifier nodes whose use has been judged from their parent.
  var judged = Set<UInt32>()
  let requireAtom: Atom?
  let evalAtom: Atom?
  let functionAtom: Atom?
  let moduleAtom: Atom?

  init(ast: AST, scopes: ScopeTree) {
    self.ast = ast
    self.scopes = scopes
    requireAtom = ast.atoms.lookup(Array("require".utf8))
    evalAtom = ast.atoms.lookup(Array("eval".utf8))
    functionAtom = ast.atoms.lookup(Array("Function".utf8))
    moduleAtom = ast.atoms.lookup(Array("module".utf8))
  }

  private func node(_ id: NodeID) -> Node { ast[id] }

  /// A reference to the module system's `require`: the CommonJS wrapper's parameter, or a free
  /// `require` in any other goal (which UMD code reaches for).
  func isRequire(_ id: NodeID) -> Bool { isWrapperOrFree(id, requireAtom) }

  func isModuleObject(_ id: NodeID) -> Bool { isWrapperOrFree(id, moduleAtom) }

  func isWrapperOrFree(_ id: NodeID, _ atom: Atom?) -> Bool {
    guard let atom, !id.isNone, node(id).kind == .identifier, ast.atom(id) == atom else { return false }
    switch scopes.resolution(of: id) {
    case .free: return true
    case .binding(let index): return scopes.bindings[index].kind == .commonJSWrapper
    case .notAReference: return false
    }
  }

  func isFreeGlobal(_ id: NodeID, _ atom: Atom?) -> Bool {
    guard let atom, !id.isNone, node(id).kind == .identifier, ast.atom(id) == atom else { return false }
    return scopes.resolution(of: id) == .free
  }

  /// The value of a string literal or a template literal without substitutions.
  func literalString(_ id: NodeID) -> String? {
    guard !id.isNone else { return nil }
    let n = node(id)
    if n.kind == .stringLiteral { return String(decoding: ast.stringValue(id), as: UTF16.self) }
    if n.kind == .templateLiteral && n.b == 1 {
      let element = ast.list(start: n.a, count: n.b).first!
      return ast.templateCookedValue(element).map { String(decoding: $0, as: UTF16.self) }
    }
    return nil
  }

  mutating func report(_ code: GraphCheckCode, _ message: String, at id: NodeID, help: String) {
    result.violations.append(
      Diagnostic(code: code.rawValue, message: message, file: ast.file, range: ast.range(id), help: help))
  }

  mutating func run() {
    for index in 1..<ast.nodes.count {
      let id = NodeID(UInt32(index))
      let n = ast.nodes[index]
      switch n.kind {
      case .importDeclaration:
        addEdge(NodeID(n.a), .importDeclaration)
      case .exportNamedDeclaration where n.d != 0, .exportAllDeclaration:
        addEdge(NodeID(n.d), .exportFrom)
      case .importExpression:
        let source = NodeID(n.a)
        if literalString(source) != nil {
          addEdge(source, .dynamicImport)
        } else {
          report(
            .dynamicImport, "import() with a computed specifier", at: source,
            help: "import each possible module with a literal specifier")
        }
      case .callExpression, .newExpression:
        judgeCall(id, n)
      case .memberExpression:
        judgeMember(n)
      case .unaryExpression where n.op == Operator.typeof.rawValue:
        // `typeof require` and `typeof eval` only detect the environment.
        let argument = NodeID(n.a)
        if isRequire(argument) || isFreeGlobal(argument, evalAtom) { judged.insert(argument.index) }
      default:
        break
      }
    }
    for reference in scopes.references where !judged.contains(reference.index) {
      if isRequire(reference) {
        report(
          .requireAsValue, "'require' is used as a value", at: reference,
          help: "call require('literal') directly where the module is needed")
      } else if isFreeGlobal(reference, evalAtom) {
        report(
          .eval, "'eval' compiles code from strings, which cruft does not allow", at: reference,
          help: "replace eval with ordinary code; for data, use JSON.parse")
      }
    }
  }

  let globalObjectHelp =
    "to reach the global object, use globalThis (cruft gives each package its own frozen one)"

  /// `Function('return this')` and `eval('this')` are the old idioms for the global object.
  func returnsGlobalObject(_ argument: NodeID?) -> Bool {
    guard let argument, let text = literalString(argument) else { return false }
    let code = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ";", with: "")
    return code == "this" || code == "return this"
  }

  /// `(0, eval)(...)`: an indirect call of the global eval.
  func isIndirectEval(_ callee: NodeID) -> Bool {
    node(callee).kind == .sequenceExpression && isFreeGlobal(lastOfSequence(callee), evalAtom)
  }

  func lastOfSequence(_ sequence: NodeID) -> NodeID {
    let n = node(sequence)
    return n.kind == .sequenceExpression ? ast.list(start: n.a, count: n.b).last! : sequence
  }

  mutating func addEdge(_ source: NodeID, _ kind: ImportEdge.Kind) {
    guard let specifier = literalString(source) else { return }
    result.edges.append(ImportEdge(specifier: specifier, kind: kind, range: ast.range(source)))
  }

  mutating func judgeCall(_ id: NodeID, _ n: Node) {
    let callee = NodeID(n.a)
    let arguments = ast.list(start: n.b, count: n.c)
    if isRequire(callee) && n.kind == .callExpression {
      judged.insert(callee.index)
      if arguments.count == 1, let specifier = literalString(arguments.first!) {
        result.edges.append(
          ImportEdge(specifier: specifier, kind: .require, range: ast.range(arguments.first!)))
      } else {
        report(
          .dynamicRequire, "require() with a computed specifier", at: arguments.first ?? callee,
          help: "require each possible module with a string literal")
      }
      return
    }
    if isFreeGlobal(callee, functionAtom) {
      judged.insert(callee.index)
      report(
        .functionConstructor, "the Function constructor compiles code from strings", at: id,
        help: returnsGlobalObject(arguments.last) ? globalObjectHelp : "write the function in source instead")
      return
    }
    if isFreeGlobal(callee, evalAtom) || isIndirectEval(callee) {
      let evalReference = lastOfSequence(callee)
      judged.insert(evalReference.index)
      report(
        .eval, "'eval' compiles code from strings, which cruft does not allow", at: evalReference,
        help: returnsGlobalObject(arguments.first)
          ? globalObjectHelp : "replace eval with ordinary code; for data, use JSON.parse")
      return
    }
    let c = node(callee)
    // require.resolve('literal') is answered at build time; with a computed argument it probes
    // the host's file system for modules outside the graph.
    if c.kind == .memberExpression && !c.flags.contains(.computed) && isRequire(NodeID(c.a))
      && ast.name(NodeID(c.b)) == "resolve"
    {
      judged.insert(NodeID(c.a).index)
      if arguments.first.flatMap(literalString) == nil {
        report(
          .requireAsValue, "require.resolve() with a computed specifier", at: arguments.first ?? callee,
          help: "resolve a string literal, or import the module statically")
      }
      return
    }
    // Function.call(...) and Function.apply(...) construct functions too.
    if c.kind == .memberExpression && !c.flags.contains(.computed) && isFreeGlobal(NodeID(c.a), functionAtom)
    {
      let property = ast.name(NodeID(c.b))
      if property == "call" || property == "apply" {
        report(
          .functionConstructor, "the Function constructor compiles code from strings", at: id,
          help: "write the function in source instead")
      }
    }
  }

  mutating func judgeMember(_ n: Node) {
    let object = NodeID(n.a)
    let property = NodeID(n.b)
    let computed = n.flags.contains(.computed)
    if isRequire(object) {
      let name = computed ? nil : ast.name(property)
      // require.resolve is judged by the call it appears in; left uncalled it is a value use.
      if name == "resolve" { return }
      judged.insert(object.index)
      report(
        .requireAsValue, "'require.\(name ?? "[...]")' hands out the module loader", at: object,
        help: name == "main"
          ? "to tell whether the file is the program's entry point, export a function and call it from a separate entry file"
          : "call require('literal') directly where the module is needed")
      return
    }
    // globalThis.eval(...) and global.Function(...): the same functions, reached through the global.
    if !computed
      && ["globalThis", "global", "window", "self"].contains(where: {
        isFreeGlobal(object, ast.atoms.lookup(Array($0.utf8)))
      })
    {
      let name = ast.name(property)
      if name == "eval" {
        report(
          .eval, "'eval' compiles code from strings, which cruft does not allow", at: property,
          help: "replace eval with ordinary code; for data, use JSON.parse")
      } else if name == "Function" {
        report(
          .functionConstructor, "the Function constructor compiles code from strings", at: property,
          help: "write the function in source instead")
      }
    }
    // module.require, module.constructor (Module._load), module.parent and the other internals hand
    // out the module system; module.exports, module.id and module.loaded do not.
    if isModuleObject(object) && !computed
      && ["require", "constructor", "parent", "children", "paths", "_compile", "load", "filename"].contains(
        ast.name(property))
    {
      report(
        .requireAsValue, "'module.\(ast.name(property))' hands out the module loader", at: object,
        help: "call require('literal') directly where the module is needed")
    }
  }
}
