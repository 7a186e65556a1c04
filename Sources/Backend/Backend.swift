import Bytecode
import CapLowering
import Diagnostics
import Foundation
import Frontend
import GraphCheck
import HotPaths
import Provenance
import Seal

/// One module's compiled code and linkage, as the bundle's manifest records it.
public struct CompiledModule: Sendable {
  /// `PACKAGEKEY:PATH`.
  public var name: String
  public var package: String
  public var path: String
  /// The import table: bundle module names, in the order `requireModule`/`importModule` index them.
  public var imports: [String]
  /// The handle table: CapLowering's handle roots, in the order `loadHandle` indexes them.
  public var handles: [String]
  public var code: BytecodeModule
  /// The module's hot numeric functions lowered to LLVM bitcode, and the selection report.
  public var hotPaths: HotModule?
  /// Whether a profile entry for this module was used, or why it was ignored.
  public var profileUse: ProfileUse = .none
}

public enum ProfileUse: Sendable, Equatable {
  case none
  case used
  /// The profile was recorded for other bytecode of this module (rebuilt since, or another compiler).
  case staleCode
}

/// What the compiler does besides bytecode.
public struct BackendOptions: Sendable {
  /// Select hot numeric functions and lower them to LLVM bitcode (`cruftc build --no-native` turns it off).
  public var nativeCode = true
  /// What `cruftvm run --profile` recorded (`cruftc build --profile FILE`).
  public var profile: RunProfile?

  public init(nativeCode: Bool = true, profile: RunProfile? = nil) {
    self.nativeCode = nativeCode
    self.profile = profile
  }
}

public struct BackendResult: Sendable {
  /// Indexed like the graph's modules; nil where a module could not be compiled.
  public var modules: [CompiledModule?] = []
  public var diagnostics: [Diagnostic] = []
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The bytecode compiler's entry point: compiles every module of a checked, capability-lowered graph.
public enum Backend {
  public static func compile(
    _ graph: ModuleGraph, report: CapabilityReport, options: BackendOptions = BackendOptions()
  ) -> BackendResult {
    nonisolated(unsafe) var result = BackendResult()
    // The compiler recurses over the syntax tree as deeply as the parser does: same stack.
    Frontend.withParserStack {
      for index in graph.modules.indices {
        let (module, diagnostics) = compile(module: index, graph: graph, report: report, options: options)
        result.modules.append(module)
        result.diagnostics += diagnostics
      }
    }
    return result
  }

  /// The import table of a module: the distinct bundle modules its edges reach, in edge order, and
  /// each specifier's index in it.
  static func importTable(_ module: ModuleGraph.Module, graph: ModuleGraph) -> ([String], [String: UInt32]) {
    var names: [String] = []
    var indexByName: [String: UInt32] = [:]
    var indexBySpecifier: [String: UInt32] = [:]
    for edge in module.edges {
      guard case .module(let target) = edge.target else { continue }
      let name = CapLowering.moduleName(graph.modules[target], graph: graph)
      let index: UInt32
      if let existing = indexByName[name] {
        index = existing
      } else {
        index = UInt32(names.count)
        names.append(name)
        indexByName[name] = index
      }
      if indexBySpecifier[edge.edge.specifier] == nil { indexBySpecifier[edge.edge.specifier] = index }
    }
    return (names, indexBySpecifier)
  }

  static func compile(
    module index: Int, graph: ModuleGraph, report: CapabilityReport, options: BackendOptions
  ) -> (CompiledModule?, [Diagnostic]) {
    let module = graph.modules[index]
    let name = CapLowering.moduleName(module, graph: graph)
    let package = graph.packages[module.package].key
    let (imports, indexBySpecifier) = importTable(module, graph: graph)
    if module.format == .json {
      guard let data = FileManager.default.contents(atPath: module.path),
        let value = try? JSONValue.parse(data)
      else {
        return (
          nil,
          [
            Diagnostic(
              code: BackendCode.unsupportedConstruct.rawValue, message: "cannot read JSON module \(name)",
              file: nil, range: 0..<0, help: "check that the file is valid JSON", subject: name)
          ]
        )
      }
      let code = JSONModuleCompiler.compile(value)
      return (
        CompiledModule(
          name: name, package: package, path: module.relativePath, imports: [], handles: [], code: code), []
      )
    }
    guard let ast = module.ast, let scopes = module.scopes, let capabilities = report.modules[index] else {
      return (nil, [])
    }
    var builtins: [String: String] = [:]
    for edge in module.edges {
      if case .builtin(let builtin) = edge.target { builtins[edge.edge.specifier] = "node:" + builtin }
    }
    let context = ModuleContext(
      ast: ast, scopes: scopes, capabilities: capabilities, importIndex: indexBySpecifier,
      builtinRoot: builtins)
    let body = context.reserveFunction()
    // A CommonJS body is its own kind: the VM gives it the wrapper values instead of a namespace.
    let kind: FunctionKind = ast.goal == .commonJS ? .commonJSBody : .moduleBody
    let compiler = FunctionCompiler(module: context, unit: 0, kind: kind, outerChain: [], classStack: [])
    context.functions[Int(body)] = compiler.compileModuleBody()
    let functions = context.functions.map {
      $0
        ?? BytecodeFunction(
          name: [], kind: .normal, length: 0, parameterCount: 0, registerCount: 1, inlineCacheCount: 0,
          code: [UInt32(Opcode.loadUndefined.rawValue), 0, UInt32(Opcode.return.rawValue), 0])
    }
    let code = BytecodeModule(constants: context.constants, functions: functions)
    var compiled = CompiledModule(
      name: name, package: package, path: module.relativePath, imports: imports,
      handles: capabilities.handles, code: code)
    if options.nativeCode && context.diagnostics.isEmpty {
      var profile: HotProfile?
      if let recorded = options.profile?.modules.first(where: { $0.name == name }) {
        if recorded.codeDigest == SHA512Digest(of: BytecodeEncoding.encode(code)) {
          compiled.profileUse = .used
          var functions: [Int: ProfiledFunction] = [:]
          for function in recorded.functions {
            functions[function.function] = ProfiledFunction(
              calls: function.calls, parameterKinds: function.parameters.map { Set($0) })
          }
          profile = HotProfile(functions: functions)
        } else {
          compiled.profileUse = .staleCode
        }
      }
      compiled.hotPaths = HotPaths.compile(
        ast, functionIndex: { context.functionIndexByNode[$0] }, profile: profile)
    }
    return (compiled, context.diagnostics)
  }
}
