import Bytecode
import CapLowering
import Diagnostics
import Frontend

/// What every function of one module shares while it compiles: the constant pool, the function
/// table, the module's linkage (handles and imports), CapLowering's substitutions, and diagnostics.
final class ModuleContext {
  let ast: AST
  let scopes: ScopeTree
  let analysis: ModuleAnalysis
  let capabilities: ModuleCapabilities
  /// Handle parameter name (`$console`) -> index in the module's handle table.
  let handleIndex: [String: UInt32]
  /// Import specifier -> index in the module's import table.
  let importIndex: [String: UInt32]
  /// Builtin specifier (`fs`, `node:fs`) -> handle root (`node:fs`).
  let builtinRoot: [String: String]
  var constants: [Constant] = []
  var constantIndex: [Constant: UInt32] = [:]
  var functions: [BytecodeFunction?] = []
  /// The function table index each function node was compiled to (HotPaths names native code by it).
  var functionIndexByNode: [NodeID: Int] = [:]
  var diagnostics: [Diagnostic] = []
  /// Import bindings by declaring identifier: the import declaration and the imported name (nil for
  /// a namespace import). Built on first use.
  var importedNames: [UInt32: (NodeID, String?)]?

  init(
    ast: AST, scopes: ScopeTree, capabilities: ModuleCapabilities, importIndex: [String: UInt32],
    builtinRoot: [String: String]
  ) {
    self.ast = ast
    self.scopes = scopes
    self.capabilities = capabilities
    self.analysis = ModuleAnalysis(ast: ast, scopes: scopes)
    var handles: [String: UInt32] = [:]
    for (index, root) in capabilities.handles.enumerated() {
      handles[ModuleContext.parameterName(root)] = UInt32(index)
    }
    self.handleIndex = handles
    self.importIndex = importIndex
    self.builtinRoot = builtinRoot
  }

  var isCommonJS: Bool { ast.goal == .commonJS }
  var isModule: Bool { ast.goal == .module }

  /// CapLowering's handle parameter name of a root (`node:fs` -> `$fs`): the same rule as
  /// `Analyzer.parameterName`, which the substitutions are written in.
  static func parameterName(_ root: String) -> String {
    let name = root.hasPrefix("node:") ? String(root.dropFirst(5)) : root
    return "$" + name.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
  }

  func constant(_ value: Constant) -> UInt32 {
    if let index = constantIndex[value] { return index }
    let index = UInt32(constants.count)
    constants.append(value)
    constantIndex[value] = index
    return index
  }

  func string(_ text: String) -> UInt32 { constant(.string(Array(text.utf16))) }
  func string(units: [UInt16]) -> UInt32 { constant(.string(units)) }

  /// Reserves a function index, so that functions are numbered in the order they are met.
  func reserveFunction() -> UInt32 {
    functions.append(nil)
    return UInt32(functions.count - 1)
  }

  func report(_ code: BackendCode, _ message: String, at node: NodeID, help: String) {
    diagnostics.append(
      Diagnostic(code: code.rawValue, message: message, file: ast.file, range: ast.range(node), help: help))
  }

  func name(_ id: NodeID) -> String { ast.name(id) }
}
