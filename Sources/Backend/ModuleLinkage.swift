import Bytecode
import Frontend

/// The module body: CommonJS wrapper values, ES imports (hoisted `importModule`, live reads through
/// the namespace), re-exports, and the export of hoisted declarations.
extension FunctionCompiler {
  func compileModuleBody() -> BytecodeFunction {
    let root = ast[ast.root]
    let list = ast.list(start: root.a, count: root.b)
    let scope = analysis.moduleScope
    thisScope = scope
    unitKind = .module
    currentScope = scope
    allocateUnitStorage(parameterRegisters: [:])
    enterScope(scope)
    if module.isCommonJS {
      initializeWrapperBindings(scope)
    } else if module.isModule {
      linkImportsAndReexports(list)
    }
    hoistFunctions(list)
    statements(list)
    return finish(name: [], length: 0, parameterCount: 0)
  }

  /// `module`, `exports`, `__filename`, `__dirname` (and `arguments`) as ordinary bindings
  /// initialized from the VM's wrapper values.
  func initializeWrapperBindings(_ scope: Int) {
    let selectors = ["module": 0, "exports": 1, "__filename": 2, "__dirname": 3]
    for binding in analysis.bindingsByScope[scope] ?? [] where analysis.bindings[binding].synthetic == nil {
      let declared = module.scopes.bindings[binding]
      guard analysis.bindings[binding].isReferenced else { continue }
      let m = mark
      let value = allocate()
      if declared.kind == .commonJSWrapper, let selector = selectors[module.ast.atoms.name(declared.name)] {
        emit(.loadModuleMeta, value, UInt32(selector))
        storePlace(place(of: binding), value)
      } else if declared.kind == .arguments {
        emit(.createArguments, value)
        storePlace(place(of: binding), value)
      }
      release(to: m)
    }
  }

  func importIndex(ofSource source: NodeID) -> UInt32? {
    guard ast.kind(source) == .stringLiteral else { return nil }
    return module.importIndex[String(decoding: ast.stringValue(source), as: UTF16.self)]
  }

  func builtinHandle(ofSource source: NodeID) -> UInt32? {
    guard ast.kind(source) == .stringLiteral,
      let root = module.builtinRoot[String(decoding: ast.stringValue(source), as: UTF16.self)]
    else { return nil }
    return module.handleIndex[ModuleContext.parameterName(root)]
  }

  func linkImportsAndReexports(_ list: ArraySlice<NodeID>) {
    for statement in list {
      let n = ast[statement]
      let m = mark
      defer { release(to: m) }
      switch n.kind {
      case .importDeclaration:
        guard let index = importIndex(ofSource: NodeID(n.a)) else { continue }
        guard let binding = analysis.namespaceBinding[statement.index] else { continue }
        let namespace = allocate()
        emit(.importModule, namespace, index)
        storePlace(place(of: binding), namespace)
      case .exportAllDeclaration:
        guard let index = importIndex(ofSource: NodeID(n.d)) else {
          unsupportedReexport(statement)
          continue
        }
        if NodeID(n.a).isNone {
          emit(.exportAll, index)
        } else {
          let namespace = allocate()
          emit(.importModule, namespace, index)
          emit(.setExport, module.string(analysis.exportName(NodeID(n.a))), namespace)
        }
      case .exportNamedDeclaration where !NodeID(n.d).isNone:
        let source = NodeID(n.d)
        let namespace = allocate()
        if let index = importIndex(ofSource: source) {
          emit(.importModule, namespace, index)
        } else if let handle = builtinHandle(ofSource: source) {
          emit(.loadHandle, namespace, handle)
        } else {
          unsupportedReexport(statement)
          continue
        }
        for specifier in ast.list(start: n.b, count: n.c) {
          let s = ast[specifier]
          let local = analysis.exportName(NodeID(s.a))
          let exported = analysis.exportName(NodeID(s.b))
          let value = allocate()
          if local == "default" && builtinHandle(ofSource: source) != nil {
            emit(.move, value, namespace)
          } else {
            emit(.getNamed, value, namespace, module.string(local), newInlineCache())
          }
          emit(.setExport, module.string(exported), value)
        }
      default:
        break
      }
    }
    // `export { a }` of an imported binding re-exports its value; exported `var`s exist from the start.
    for statement in list {
      let n = ast[statement]
      let m = mark
      defer { release(to: m) }
      if n.kind == .exportNamedDeclaration && NodeID(n.a).isNone && NodeID(n.d).isNone {
        for specifier in ast.list(start: n.b, count: n.c) {
          let s = ast[specifier]
          guard case .binding(let b) = module.scopes.resolution(of: NodeID(s.a)),
            module.scopes.bindings[b].kind == .import
          else { continue }
          let value = readImport(b, into: nil)
          emit(.setExport, module.string(analysis.exportName(NodeID(s.b))), value)
        }
      }
    }
    for binding in analysis.bindingsByScope[analysis.moduleScope] ?? []
    where !analysis.bindings[binding].exportNames.isEmpty && analysis.bindings[binding].synthetic == nil {
      let kind = module.scopes.bindings[binding].kind
      guard kind == .var else { continue }
      let m = mark
      let value = undefinedRegister()
      for name in analysis.bindings[binding].exportNames { emit(.setExport, module.string(name), value) }
      release(to: m)
    }
  }

  func unsupportedReexport(_ statement: NodeID) {
    module.report(
      .unsupportedConstruct, "this re-export's module is not part of the bundle", at: statement,
      help: "import the builtin module and export the values you need")
  }

  /// Reads an imported binding: through its module's namespace (a live binding), or from the
  /// handle of a builtin module.
  func readImport(_ binding: Int, into dst: UInt32?) -> UInt32 {
    let d = target(dst)
    guard let (declaration, imported) = importedName(of: binding) else {
      emit(.loadUndefined, d)
      return d
    }
    let source = NodeID(ast[declaration].a)
    if let handle = builtinHandle(ofSource: source) {
      emit(.loadHandle, d, handle)
      if let imported, imported != "default" {
        emit(.getNamed, d, d, module.string(imported), newInlineCache())
      }
      return d
    }
    guard let namespaceBinding = analysis.namespaceBinding[declaration.index] else {
      emit(.loadUndefined, d)
      return d
    }
    guard let imported else { return loadPlace(place(of: namespaceBinding), into: dst) }
    let namespace = loadPlace(place(of: namespaceBinding), into: nil)
    emit(.getNamed, d, namespace, module.string(imported), newInlineCache())
    return d
  }

  /// The import declaration of an import binding and the name it imports (nil: the namespace).
  func importedName(of binding: Int) -> (NodeID, String?)? {
    if module.importedNames == nil {
      var table: [UInt32: (NodeID, String?)] = [:]
      let root = ast[ast.root]
      for statement in ast.list(start: root.a, count: root.b) where ast.kind(statement) == .importDeclaration
      {
        let n = ast[statement]
        for specifier in ast.list(start: n.b, count: n.c) {
          let s = ast[specifier]
          switch s.kind {
          case .importNamespaceSpecifier: table[s.b] = (statement, nil)
          case .importDefaultSpecifier: table[s.b] = (statement, "default")
          default: table[s.b] = (statement, analysis.exportName(NodeID(s.a)))
          }
        }
      }
      module.importedNames = table
    }
    return module.importedNames?[module.scopes.bindings[binding].declaration.index]
  }
}
