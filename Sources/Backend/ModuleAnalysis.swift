import Frontend

/// What the compiler must know about a module before it emits code: which function ("unit") every
/// scope belongs to, which bindings are captured by inner functions (and so live in environment
/// slots), which references need a TDZ check, and the synthetic bindings the compiler adds (lexical
/// `this` for arrows, import namespaces, class private names and keys).
///
/// A unit is one bytecode function: the module body, a function or arrow, or a class's instance or
/// static initializer (the field initializers and static blocks are compiled into those).
struct ModuleAnalysis {
  struct Unit {
    enum Kind: Equatable {
      case module
      case function
      /// A class's instance field initializer (node: the class).
      case instanceInitializer
      /// A class's static fields and blocks (node: the class).
      case staticInitializer
    }
    var kind: Kind
    var node: NodeID
    var parent: Int
    var isArrow: Bool
    var hasChildren = false
    /// The unit reads or writes a slot of an environment created by an outer unit.
    var referencesOuter = false
    /// Source position that decides TDZ checks for references from this unit into its parent.
    var start: Int
    var isHoistedDeclaration: Bool
    /// Uses of the unit's own `this` and calls passing an undefined `this`: when frequent, the unit
    /// keeps `this` and undefined in registers loaded once at entry.
    var thisCount = 0
    var plainCallCount = 0
  }

  enum SyntheticKind: Equatable {
    case lexicalThis, lexicalNewTarget, lexicalHome
    case namespace
    case privateName(String)
    case fieldKey
    case privateFunction
  }

  struct BindingInfo {
    /// The scope whose environment holds the binding when captured.
    var scope: Int
    var unit: Int
    var captured = false
    var synthetic: SyntheticKind?
    var exportNames: [String] = []
    /// Some reference may run before initialization: registers start as hole.
    var needsHole = false
    var isReferenced = false
  }

  let ast: AST
  let scopes: ScopeTree
  var units: [Unit] = []
  var bindings: [BindingInfo] = []
  var unitOfScope: [Int] = []
  /// Scopes opened at a node, in creation order.
  var scopesByNode: [UInt32: [Int]] = [:]
  var unitByNode: [UInt32: Int] = [:]
  var instanceInitializerByClass: [UInt32: Int] = [:]
  var staticInitializerByClass: [UInt32: Int] = [:]
  /// Reference identifiers that need `checkInitialized`.
  var checkedReferences = Set<UInt32>()
  /// Where a let/const/class binding (by its declaring identifier) is initialized.
  var completion: [UInt32: Int] = [:]
  var lexicalThis: [Int: Int] = [:]
  var lexicalNewTarget: [Int: Int] = [:]
  var lexicalHome: [Int: Int] = [:]
  var namespaceBinding: [UInt32: Int] = [:]
  var privateNames: [UInt32: [String: Int]] = [:]
  var fieldKeyBinding: [UInt32: Int] = [:]
  var privateFunctionBinding: [UInt32: Int] = [:]
  /// Per scope: the slot count of its environment (zero: no environment).
  var slotCount: [Int: Int] = [:]
  var slotIndex: [Int: Int] = [:]
  var bindingsByScope: [Int: [Int]] = [:]
  var scopesByUnit: [Int: [Int]] = [:]
  var moduleScope = 0

  init(ast: AST, scopes: ScopeTree) {
    self.ast = ast
    self.scopes = scopes
    for (index, scope) in scopes.scopes.enumerated() {
      scopesByNode[scope.node.index, default: []].append(index)
    }
    moduleScope = scopesByNode[ast.root.index]?.first ?? 0
    units.append(
      Unit(kind: .module, node: ast.root, parent: -1, isArrow: false, start: 0, isHoistedDeclaration: false))
    unitByNode[ast.root.index] = 0
    walk(ast.root, unit: 0, thisScope: moduleScope)
    assignUnitsToScopes()
    bindings = scopes.bindings.map { binding in
      BindingInfo(scope: binding.scope, unit: 0)
    }
    for index in bindings.indices {
      var scope = scopes.bindings[index].scope
      if scopes.scopes[scope].kind == .functionName {
        // A named function expression's own name lives with the function's own bindings.
        scope = functionScope(of: scopes.scopes[scope].node) ?? scope
      }
      bindings[index].scope = scope
      bindings[index].unit = unitOfScope[scope]
    }
    resolveReferences()
    addSynthetics()
    collectExports()
    assignSlots()
    for (index, info) in bindings.enumerated() { bindingsByScope[info.scope, default: []].append(index) }
    for (index, unit) in unitOfScope.enumerated() { scopesByUnit[unit, default: []].append(index) }
  }

  // MARK: Units

  func functionScope(of node: NodeID) -> Int? {
    scopesByNode[node.index]?.first {
      scopes.scopes[$0].kind == .function || scopes.scopes[$0].kind == .arrow
    }
  }

  mutating func newUnit(_ kind: Unit.Kind, node: NodeID, parent: Int, isArrow: Bool, hoisted: Bool) -> Int {
    units.append(
      Unit(
        kind: kind, node: node, parent: parent, isArrow: isArrow, start: Int(ast[node].start),
        isHoistedDeclaration: hoisted))
    units[parent].hasChildren = true
    return units.count - 1
  }

  mutating func initializerUnit(ofClass classNode: NodeID, isStatic: Bool, parent: Int) -> Int {
    if isStatic {
      if let unit = staticInitializerByClass[classNode.index] { return unit }
      let unit = newUnit(.staticInitializer, node: classNode, parent: parent, isArrow: false, hoisted: false)
      staticInitializerByClass[classNode.index] = unit
      return unit
    }
    if let unit = instanceInitializerByClass[classNode.index] { return unit }
    let unit = newUnit(.instanceInitializer, node: classNode, parent: parent, isArrow: false, hoisted: false)
    instanceInitializerByClass[classNode.index] = unit
    return unit
  }

  /// Pending references, resolved once every unit and binding is known.
  var references: [(node: NodeID, unit: Int)] = []
  var thisUses: [(scope: Int, home: Bool, newTarget: Bool, unit: Int)] = []

  mutating func walk(_ id: NodeID, unit: Int, thisScope: Int) {
    guard !id.isNone else { return }
    let n = ast[id]
    switch n.kind {
    case .identifier:
      if case .binding = scopes.resolution(of: id) { references.append((id, unit)) }
    case .functionDeclaration, .functionExpression, .arrowFunctionExpression:
      let isArrow = n.kind == .arrowFunctionExpression
      let child = newUnit(
        .function, node: id, parent: unit, isArrow: isArrow, hoisted: n.kind == .functionDeclaration)
      unitByNode[id.index] = child
      let inner = isArrow ? thisScope : (functionScope(of: id) ?? thisScope)
      if n.flags.contains(.nonSimpleParameters) {
        // A parameter is in its TDZ until its own default has been evaluated.
        for parameter in ast.list(start: n.b, count: n.c) {
          markCompletion(parameter, at: Int(ast[parameter].end))
        }
      }
      for parameter in ast.list(start: n.b, count: n.c) { walk(parameter, unit: child, thisScope: inner) }
      walk(NodeID(n.d), unit: child, thisScope: inner)
    case .classDeclaration, .classExpression:
      if !NodeID(n.a).isNone { completion[n.a] = Int(n.end) }
      walk(NodeID(n.b), unit: unit, thisScope: thisScope)
      let body = ast[NodeID(n.c)]
      for element in ast.list(start: body.a, count: body.b) {
        let e = ast[element]
        switch e.kind {
        case .methodDefinition:
          if e.flags.contains(.computed) { walk(NodeID(e.a), unit: unit, thisScope: thisScope) }
          walk(NodeID(e.b), unit: unit, thisScope: thisScope)
          if ast.kind(NodeID(e.a)) == .privateIdentifier && !e.flags.contains(.isStatic) {
            _ = initializerUnit(ofClass: id, isStatic: false, parent: unit)
          }
        case .propertyDefinition:
          if e.flags.contains(.computed) { walk(NodeID(e.a), unit: unit, thisScope: thisScope) }
          let initializer = initializerUnit(ofClass: id, isStatic: e.flags.contains(.isStatic), parent: unit)
          let fieldScope = scopesByNode[element.index]?.first ?? thisScope
          walk(NodeID(e.b), unit: initializer, thisScope: fieldScope)
        case .staticBlock:
          let initializer = initializerUnit(ofClass: id, isStatic: true, parent: unit)
          let blockScope = scopesByNode[element.index]?.first ?? thisScope
          for statement in ast.list(start: e.a, count: e.b) {
            walk(statement, unit: initializer, thisScope: blockScope)
          }
        default:
          break
        }
      }
    case .variableDeclaration:
      for declarator in ast.list(start: n.a, count: n.b) {
        let d = ast[declarator]
        if n.op != DeclarationKind.var.rawValue { markCompletion(NodeID(d.a), at: Int(d.end)) }
        walk(NodeID(d.a), unit: unit, thisScope: thisScope)
        walk(NodeID(d.b), unit: unit, thisScope: thisScope)
      }
    case .thisExpression:
      if units[unit].isArrow && thisScope != moduleScope { thisUses.append((thisScope, false, false, unit)) }
      units[unit].thisCount += 1
    case .callExpression:
      let callee = NodeID(n.a)
      let calleeKind = ast.kind(callee)
      if calleeKind != .memberExpression && calleeKind != .superExpression && calleeKind != .chainExpression {
        units[unit].plainCallCount += 1
      }
      for child in ast.children(of: id) { walk(child, unit: unit, thisScope: thisScope) }
    case .superExpression:
      if units[unit].isArrow && thisScope != moduleScope { thisUses.append((thisScope, true, false, unit)) }
    case .metaProperty:
      if units[unit].isArrow && thisScope != moduleScope && n.op == MetaPropertyKind.newTarget.rawValue {
        thisUses.append((thisScope, false, true, unit))
      }
    case .memberExpression:
      walk(NodeID(n.a), unit: unit, thisScope: thisScope)
      if n.flags.contains(.computed) { walk(NodeID(n.b), unit: unit, thisScope: thisScope) }
    case .property:
      if n.flags.contains(.computed) { walk(NodeID(n.a), unit: unit, thisScope: thisScope) }
      walk(NodeID(n.b), unit: unit, thisScope: thisScope)
    default:
      for child in ast.children(of: id) { walk(child, unit: unit, thisScope: thisScope) }
    }
  }

  mutating func markCompletion(_ pattern: NodeID, at position: Int) {
    guard !pattern.isNone else { return }
    let n = ast[pattern]
    switch n.kind {
    case .identifier: completion[pattern.index] = position
    case .arrayPattern:
      for element in ast.list(start: n.a, count: n.b) { markCompletion(element, at: position) }
    case .objectPattern:
      for property in ast.list(start: n.a, count: n.b) {
        let p = ast[property]
        markCompletion(NodeID(p.kind == .restElement ? p.a : p.b), at: position)
      }
    case .assignmentPattern, .restElement: markCompletion(NodeID(n.a), at: position)
    default: break
    }
  }

  mutating func assignUnitsToScopes() {
    unitOfScope = Array(repeating: 0, count: scopes.scopes.count)
    for (index, scope) in scopes.scopes.enumerated() {
      switch scope.kind {
      case .program, .module: unitOfScope[index] = 0
      case .function, .arrow, .functionName: unitOfScope[index] = unitByNode[scope.node.index] ?? 0
      case .fieldInitializer:
        let classNode = scopes.scopes[scope.parent].node
        let isStatic = ast[scope.node].flags.contains(.isStatic)
        unitOfScope[index] =
          (isStatic ? staticInitializerByClass[classNode.index] : instanceInitializerByClass[classNode.index])
          ?? 0
      case .staticBlock:
        let classNode = scopes.scopes[scope.parent].node
        unitOfScope[index] = staticInitializerByClass[classNode.index] ?? 0
      default:
        unitOfScope[index] = scope.parent >= 0 ? unitOfScope[scope.parent] : 0
      }
    }
  }

  // MARK: References

  mutating func resolveReferences() {
    for (node, unit) in references {
      guard case .binding(let b) = scopes.resolution(of: node) else { continue }
      bindings[b].isReferenced = true
      let home = bindings[b].unit
      if home != unit {
        bindings[b].captured = true
        var u = unit
        while u != home && u >= 0 {
          units[u].referencesOuter = true
          u = units[u].parent
        }
      }
      if needsCheck(binding: b, reference: node, unit: unit) {
        checkedReferences.insert(node.index)
        bindings[b].needsHole = true
      }
    }
  }

  func needsCheck(binding b: Int, reference: NodeID, unit: Int) -> Bool {
    let binding = scopes.bindings[b]
    if binding.kind == .parameter {
      guard let done = completion[binding.declaration.index] else { return false }
      return unit == bindings[b].unit && Int(ast[reference].start) < done
    }
    guard binding.kind == .let || binding.kind == .const || binding.kind == .class else { return false }
    if scopes.scopes[binding.scope].kind == .switchBlock { return true }
    guard let done = completion[binding.declaration.index] else { return true }
    let home = bindings[b].unit
    if unit == home { return Int(ast[reference].start) < done }
    var top = unit
    while units[top].parent != home && units[top].parent >= 0 { top = units[top].parent }
    if units[top].isHoistedDeclaration { return true }
    return units[top].start < done
  }

  mutating func addSynthetic(_ kind: SyntheticKind, scope: Int, captured: Bool = true) -> Int {
    bindings.append(BindingInfo(scope: scope, unit: unitOfScope[scope], captured: captured, synthetic: kind))
    return bindings.count - 1
  }

  mutating func addSynthetics() {
    for use in thisUses {
      var u = use.unit
      while u >= 0 && u != unitOfScope[use.scope] {
        units[u].referencesOuter = true
        u = units[u].parent
      }
      if lexicalThis[use.scope] == nil {
        lexicalThis[use.scope] = addSynthetic(.lexicalThis, scope: use.scope)
      }
      if use.home && lexicalHome[use.scope] == nil {
        lexicalHome[use.scope] = addSynthetic(.lexicalHome, scope: use.scope)
      }
      if use.newTarget && lexicalNewTarget[use.scope] == nil {
        lexicalNewTarget[use.scope] = addSynthetic(.lexicalNewTarget, scope: use.scope)
      }
    }
    // Import namespaces: captured when any of their bindings is used by an inner function.
    let root = ast[ast.root]
    for statement in ast.list(start: root.a, count: root.b) where ast.kind(statement) == .importDeclaration {
      let n = ast[statement]
      var captured = false
      for specifier in ast.list(start: n.b, count: n.c) {
        if let b = declaredBinding(NodeID(ast[specifier].b), in: moduleScope), bindings[b].captured {
          captured = true
        }
      }
      namespaceBinding[statement.index] = addSynthetic(.namespace, scope: moduleScope, captured: captured)
    }
    // Classes: private names, computed field keys and private methods live in the class scope.
    for index in 1..<ast.nodes.count {
      let kind = ast.nodes[index].kind
      guard kind == .classDeclaration || kind == .classExpression,
        let classScope = scopesByNode[UInt32(index)]?.first(where: { scopes.scopes[$0].kind == .classBody })
      else { continue }
      let body = ast[NodeID(ast.nodes[index].c)]
      var names: [String: Int] = [:]
      for element in ast.list(start: body.a, count: body.b) {
        let e = ast[element]
        guard e.kind == .methodDefinition || e.kind == .propertyDefinition else { continue }
        let key = NodeID(e.a)
        if ast.kind(key) == .privateIdentifier {
          let name = ast.name(key)
          if names[name] == nil { names[name] = addSynthetic(.privateName(name), scope: classScope) }
          if e.kind == .methodDefinition && !e.flags.contains(.isStatic) {
            privateFunctionBinding[element.index] = addSynthetic(.privateFunction, scope: classScope)
          }
        } else if e.kind == .propertyDefinition && e.flags.contains(.computed) {
          fieldKeyBinding[element.index] = addSynthetic(.fieldKey, scope: classScope)
        }
      }
      privateNames[UInt32(index)] = names
    }
  }

  /// The binding an identifier declares, found by name from a scope outwards.
  func declaredBinding(_ identifier: NodeID, in scope: Int) -> Int? {
    let atom = ast.atom(identifier)
    var s = scope
    while s >= 0 {
      if let b = scopes.scopes[s].bindings[atom] { return b }
      s = scopes.scopes[s].parent
    }
    return nil
  }

  // MARK: Exports

  mutating func collectExports() {
    guard ast.goal == .module else { return }
    let root = ast[ast.root]
    for statement in ast.list(start: root.a, count: root.b) {
      let n = ast[statement]
      switch n.kind {
      case .exportNamedDeclaration where !NodeID(n.a).isNone:
        for identifier in declaredNames(NodeID(n.a)) {
          if let b = declaredBinding(identifier, in: moduleScope) {
            bindings[b].exportNames.append(ast.name(identifier))
          }
        }
      case .exportNamedDeclaration where NodeID(n.d).isNone:
        for specifier in ast.list(start: n.b, count: n.c) {
          let s = ast[specifier]
          guard case .binding(let b) = scopes.resolution(of: NodeID(s.a)),
            scopes.bindings[b].kind != .import
          else { continue }
          bindings[b].exportNames.append(exportName(NodeID(s.b)))
        }
      case .exportDefaultDeclaration:
        let declaration = NodeID(n.a)
        let kind = ast.kind(declaration)
        if (kind == .functionDeclaration || kind == .classDeclaration) && !NodeID(ast[declaration].a).isNone,
          let b = declaredBinding(NodeID(ast[declaration].a), in: moduleScope)
        {
          bindings[b].exportNames.append("default")
        }
      default:
        break
      }
    }
  }

  func exportName(_ node: NodeID) -> String {
    ast.kind(node) == .stringLiteral
      ? String(decoding: ast.stringValue(node), as: UTF16.self) : ast.name(node)
  }

  /// The identifiers a declaration statement declares.
  func declaredNames(_ declaration: NodeID) -> [NodeID] {
    let n = ast[declaration]
    switch n.kind {
    case .variableDeclaration:
      var out: [NodeID] = []
      for declarator in ast.list(start: n.a, count: n.b) {
        patternNames(NodeID(ast[declarator].a), into: &out)
      }
      return out
    case .functionDeclaration, .classDeclaration:
      return NodeID(n.a).isNone ? [] : [NodeID(n.a)]
    default:
      return []
    }
  }

  func patternNames(_ pattern: NodeID, into out: inout [NodeID]) {
    guard !pattern.isNone else { return }
    let n = ast[pattern]
    switch n.kind {
    case .identifier: out.append(pattern)
    case .arrayPattern:
      for element in ast.list(start: n.a, count: n.b) { patternNames(element, into: &out) }
    case .objectPattern:
      for property in ast.list(start: n.a, count: n.b) {
        let p = ast[property]
        patternNames(NodeID(p.kind == .restElement ? p.a : p.b), into: &out)
      }
    case .assignmentPattern, .restElement: patternNames(NodeID(n.a), into: &out)
    default: break
    }
  }

  // MARK: Slots

  mutating func assignSlots() {
    for index in bindings.indices where bindings[index].captured {
      let scope = bindings[index].scope
      slotIndex[index] = slotCount[scope, default: 0]
      slotCount[scope, default: 0] += 1
    }
  }
}
