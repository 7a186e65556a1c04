import Bytecode
import Frontend

/// A class being compiled, as the code inside it sees it: where its private names live.
struct ClassContext {
  var node: NodeID
  var privateNames: [String: Int]
}

/// Compiles one unit (the module body, a function, or a class initializer) to a `BytecodeFunction`.
/// The code is emitted in one pass over the AST; this file holds the state, the register
/// allocator, labels, and how bindings and scopes map to registers and environment slots.
final class FunctionCompiler {
  let module: ModuleContext
  let unit: Int
  var kind: FunctionKind
  var code: [UInt32] = []
  var handlers: [BytecodeFunction.Handler] = []
  var positions: [BytecodeFunction.Position] = []
  var calleeTexts: [BytecodeFunction.CalleeText] = []
  var inlineCacheCount: UInt32 = 0

  // Registers: parameters, then bindings and environments, then temporaries (stack-wise).
  var nextRegister: UInt32 = 0
  var maxRegister: UInt32 = 0
  var bindingRegister: [Int: UInt32] = [:]
  var environmentRegister: [Int: UInt32] = [:]
  var closureEnvironment: UInt32 = 0
  var closureEnvironmentLoaded = false
  /// Registers below this hold bindings, environments and parameters; temporaries start here.
  var firstTemporary: UInt32 = 0
  /// The scope whose `this` this unit's `this` is (its own function scope, a field's scope, a static
  /// block's scope, or an outer one for arrows), and whether the unit is an arrow.
  var thisScope: Int = 0
  var isArrowUnit = false
  var unitKind: ModuleAnalysis.Unit.Kind = .module

  // Environments: those captured by the closure (innermost last) and those this unit created.
  var outerChain: [Int]
  var localEnvironments: [(scope: Int, register: UInt32)] = []
  var currentScope: Int

  var labelPositions: [Int?] = []
  var patches: [(at: Int, label: Int)] = []
  var control: [ControlEntry] = []
  var classStack: [ClassContext]
  /// The label an optional link jumps to when its base is nullish, inside a chain expression.
  var optionalChainEnd: Int?
  /// The register holding the value of the innermost chain expression being compiled.
  var optionalChainResult: UInt32?
  /// Registers loaded once at entry with the frame's `this` and with undefined, when used often.
  var thisRegister: UInt32?
  var undefinedConstant: UInt32?
  /// A let/const register an array or object literal may be built in directly.
  var inPlaceDestination: UInt32?
  /// Cached `mayWriteLocals` answers.
  var writesLocals: [UInt32: Bool] = [:]

  init(module: ModuleContext, unit: Int, kind: FunctionKind, outerChain: [Int], classStack: [ClassContext]) {
    self.module = module
    self.unit = unit
    self.kind = kind
    self.outerChain = outerChain
    self.classStack = classStack
    self.currentScope = module.analysis.moduleScope
  }

  var ast: AST { module.ast }
  var analysis: ModuleAnalysis { module.analysis }

  // MARK: Emission

  @inline(__always) func emit(_ op: Opcode, _ operands: UInt32...) {
    code.append(UInt32(op.rawValue))
    code.append(contentsOf: operands)
  }

  var pc: UInt32 { UInt32(code.count) }

  func newLabel() -> Int {
    labelPositions.append(nil)
    return labelPositions.count - 1
  }

  func bind(_ label: Int) { labelPositions[label] = code.count }

  /// Emits a jump-like instruction whose last operand is `label`'s position.
  func emitJump(_ op: Opcode, _ operands: UInt32..., to label: Int) {
    code.append(UInt32(op.rawValue))
    code.append(contentsOf: operands)
    patches.append((code.count, label))
    code.append(0)
  }

  func jump(to label: Int) { emitJump(.jump, to: label) }

  func newInlineCache() -> UInt32 {
    defer { inlineCacheCount += 1 }
    return inlineCacheCount
  }

  func record(_ node: NodeID) {
    guard !node.isNone else { return }
    let location = ast.file.location(of: Int(ast[node].start))
    let position = BytecodeFunction.Position(
      pc: pc, line: UInt32(location.line), column: UInt32(location.column))
    if let last = positions.last {
      if last.line == position.line && last.column == position.column { return }
      if last.pc == position.pc {
        positions[positions.count - 1] = position
        return
      }
    }
    positions.append(position)
  }

  func finish(name: [UInt16], length: UInt32, parameterCount: UInt32) -> BytecodeFunction {
    // Every function ends in a return, so that control can never run off the end.
    emit(.loadUndefined, scratchRegister())
    emit(.return, scratchRegister())
    for (at, label) in patches {
      code[at] = UInt32(labelPositions[label] ?? 0)
    }
    return BytecodeFunction(
      name: name, kind: kind, length: length, parameterCount: parameterCount,
      registerCount: max(maxRegister, 1), inlineCacheCount: inlineCacheCount, code: code, handlers: handlers,
      positions: positions, calleeTexts: calleeTexts)
  }

  // MARK: Registers

  func allocate() -> UInt32 {
    let register = nextRegister
    nextRegister += 1
    if nextRegister > maxRegister { maxRegister = nextRegister }
    return register
  }

  /// Consecutive registers, for call arguments.
  func allocate(count: Int) -> UInt32 {
    let first = nextRegister
    nextRegister += UInt32(count)
    if nextRegister > maxRegister { maxRegister = nextRegister }
    return first
  }

  var mark: UInt32 { nextRegister }
  func release(to mark: UInt32) { nextRegister = mark }

  /// A register free at this point, for a value used at once.
  func scratchRegister() -> UInt32 {
    if nextRegister >= maxRegister { maxRegister = nextRegister + 1 }
    return nextRegister
  }

  func target(_ dst: UInt32?) -> UInt32 { dst ?? allocate() }

  // MARK: Environments

  /// The register holding the innermost environment (what a closure made here captures).
  var currentEnvironment: UInt32 {
    if let local = localEnvironments.last { return local.register }
    return closureEnvironmentRegister()
  }

  func closureEnvironmentRegister() -> UInt32 {
    if closureEnvironmentLoaded { return closureEnvironment }
    // Not loaded at entry (the pre-analysis saw no need): load it where it is used, into its own
    // reserved register, so that no temporary is ever mistaken for it.
    emit(.loadClosureEnvironment, closureEnvironment)
    return closureEnvironment
  }

  /// The chain a closure created here sees, innermost last.
  var chainForClosures: [Int] { outerChain + localEnvironments.map(\.scope) }

  enum Place {
    case register(UInt32)
    case slot(base: UInt32, depth: UInt32, index: UInt32)
  }

  func place(of binding: Int) -> Place {
    let info = analysis.bindings[binding]
    if !info.captured {
      if let register = bindingRegister[binding] { return .register(register) }
      // A binding of another unit that is not captured cannot be reached; give it a register.
      let register = allocate()
      bindingRegister[binding] = register
      return .register(register)
    }
    let slot = UInt32(analysis.slotIndex[binding] ?? 0)
    if let local = localEnvironments.last(where: { $0.scope == info.scope }) {
      return .slot(base: local.register, depth: 0, index: slot)
    }
    if let position = outerChain.lastIndex(of: info.scope) {
      return .slot(
        base: closureEnvironmentRegister(), depth: UInt32(outerChain.count - 1 - position), index: slot)
    }
    // The scope's environment does not exist yet here (a hoisted function reading a binding of a
    // scope entered later cannot happen), so this is a compiler defect: report it, never crash.
    module.report(
      .internalLimit, "internal: no environment holds a captured binding", at: ast.root,
      help: "report this module to the cruft maintainers")
    return .register(allocate())
  }

  func loadPlace(_ place: Place, into dst: UInt32?) -> UInt32 {
    switch place {
    case .register(let register):
      if let dst, dst != register {
        emit(.move, dst, register)
        return dst
      }
      return register
    case .slot(let base, let depth, let index):
      let d = target(dst)
      emit(.getSlot, d, base, depth, index)
      return d
    }
  }

  func storePlace(_ place: Place, _ value: UInt32) {
    switch place {
    case .register(let register):
      if register != value { emit(.move, register, value) }
    case .slot(let base, let depth, let index):
      emit(.setSlot, base, depth, index, value)
    }
  }

  /// Reads a binding, with the TDZ check when `checked`.
  func loadBinding(_ binding: Int, into dst: UInt32?, checked: Bool, name: String) -> UInt32 {
    let register = loadPlace(place(of: binding), into: dst)
    if checked { emit(.checkInitialized, register, module.string(name)) }
    return register
  }

  /// Writes a binding and every export name it has.
  func storeBinding(_ binding: Int, _ value: UInt32) {
    storePlace(place(of: binding), value)
    for name in analysis.bindings[binding].exportNames {
      emit(.setExport, module.string(name), value)
    }
  }

  // MARK: Scopes

  /// Registers for the unit's uncaptured bindings and its environments, allocated once at entry.
  func allocateUnitStorage(parameterRegisters: [Int: UInt32]) {
    for scope in analysis.scopesByUnit[unit] ?? [] {
      if analysis.slotCount[scope, default: 0] > 0 { environmentRegister[scope] = allocate() }
      for binding in analysis.bindingsByScope[scope] ?? [] where !analysis.bindings[binding].captured {
        if let register = parameterRegisters[binding] {
          bindingRegister[binding] = register
          continue
        }
        if analysis.bindings[binding].synthetic == nil {
          let kind = module.scopes.bindings[binding].kind
          if kind == .import { continue }
          if !analysis.bindings[binding].isReferenced && kind != .var && kind != .let && kind != .const
            && kind != .class && kind != .function && kind != .annexBFunction && kind != .parameter
            && kind != .catchParameter
          {
            continue
          }
        }
        bindingRegister[binding] = allocate()
      }
    }
    closureEnvironment = allocate()
    if analysis.units[unit].hasChildren || analysis.units[unit].referencesOuter {
      emit(.loadClosureEnvironment, closureEnvironment)
      closureEnvironmentLoaded = true
    }
    let info = analysis.units[unit]
    // `this` is fixed for the whole frame except in derived constructors (bound by super()) and
    // arrows (lexical); module bodies compile `this` as a constant.
    if info.thisCount >= 2 && !kind.isArrow && kind != .derivedConstructor && kind != .moduleBody
      && kind != .commonJSBody
    {
      let register = allocate()
      emit(.loadThis, register)
      thisRegister = register
    }
    if info.plainCallCount >= 2 {
      let register = allocate()
      emit(.loadUndefined, register)
      undefinedConstant = register
    }
    firstTemporary = nextRegister
  }

  /// Enters a scope: creates its environment when it has captured bindings and initializes its
  /// bindings (hole for lexical ones that can be read early, undefined for `var`s).
  func enterScope(_ scope: Int) {
    if let register = environmentRegister[scope] {
      let parent = currentEnvironment
      emit(.newEnvironment, register, parent, UInt32(analysis.slotCount[scope] ?? 0))
      localEnvironments.append((scope, register))
    }
    currentScope = scope
    storeLexicalFrameValues(for: scope)
    for binding in analysis.bindingsByScope[scope] ?? [] where analysis.bindings[binding].synthetic == nil {
      let info = analysis.bindings[binding]
      switch module.scopes.bindings[binding].kind {
      case .let, .const, .class, .parameter:
        if !info.captured && info.needsHole, let register = bindingRegister[binding] {
          emit(.loadHole, register)
        }
      case .var, .annexBFunction:
        if !info.captured, let register = bindingRegister[binding] {
          emit(.loadUndefined, register)
        } else if info.captured {
          let slot = place(of: binding)
          let t = allocate()
          emit(.loadUndefined, t)
          storePlace(slot, t)
          release(to: t)
        }
      default:
        break
      }
    }
  }

  func exitScope(_ scope: Int) {
    if let last = localEnvironments.last, last.scope == scope { localEnvironments.removeLast() }
    let parent = module.scopes.scopes[scope].parent
    currentScope = parent >= 0 ? parent : analysis.moduleScope
  }

  /// The scope a node opened with the given kind, if any.
  func scope(of node: NodeID, _ kinds: ScopeTree.ScopeKind...) -> Int? {
    analysis.scopesByNode[node.index]?.first { kinds.contains(module.scopes.scopes[$0].kind) }
  }

  /// The binding a declaring identifier names, looked up from the current scope.
  func declaredBinding(_ identifier: NodeID) -> Int? {
    analysis.declaredBinding(identifier, in: currentScope)
  }
}
