import Diagnostics
import Frontend

/// A value the folding can know at compile time.
enum FoldedValue: Equatable {
  case string(String)
  case bool(Bool)
}

extension Analyzer {
  // MARK: Traversal with folding

  mutating func visit(_ id: NodeID) {
    guard !id.isNone else { return }
    let n = node(id)
    switch n.kind {
    case .identifier:
      if scopes.resolution(of: id) != .notAReference { classifyReference(id) }
    case .unaryExpression where n.op == Operator.typeof.rawValue:
      let argument = NodeID(n.a)
      if ast.kind(argument) == .identifier && scopes.resolution(of: argument) != .notAReference {
        // `typeof X` only asks whether X exists: never a use, and folded when X is absent.
        if typeofIsUndefined(argument) {
          result.foldedTypeofs.insert(id)
          result.substitutions[id] = "\"undefined\""
        } else if let origin = origin(of: argument), isAmbientRoot(origin) {
          handleNames.insert(origin.root)
          substituteRoot(of: argument)
        }
        return
      }
      visit(argument)
    case .ifStatement, .conditionalExpression:
      visitTest(NodeID(n.a))
      switch constant(NodeID(n.a)) {
      case .bool(let value)?:
        result.constantTests[NodeID(n.a)] = value
        markDead(NodeID(value ? n.c : n.b))
        visit(NodeID(value ? n.b : n.c))
      default:
        visit(NodeID(n.b))
        visit(NodeID(n.c))
      }
    case .logicalExpression where n.op != Operator.coalesce.rawValue:
      // The left of `&&` is only tested: a handle is an object, so it is never the result.
      if n.op == Operator.logicalAnd.rawValue { visitTest(NodeID(n.a)) } else { visit(NodeID(n.a)) }
      if case .bool(let value)? = constant(NodeID(n.a)),
        value == (n.op == Operator.logicalOr.rawValue)
      {
        // `true || x` and `false && x`: x never runs.
        result.constantTests[NodeID(n.a)] = value
        markDead(NodeID(n.b))
      } else {
        visit(NodeID(n.b))
      }
    case .memberExpression:
      if !consumed.contains(id.index), let origin = origin(of: id), isAmbientRoot(origin) {
        classify(origin, at: ast.range(id), expression: id)
        visitComputedParts(of: id)
        return
      }
      for child in ast.children(of: id) { visit(child) }
    case .callExpression, .newExpression:
      visitCall(id, n)
    case .variableDeclarator:
      visit(NodeID(n.a))
      if aliasInitializers.contains(n.b), let origin = origin(of: NodeID(n.b)), isAmbientRoot(origin) {
        handleNames.insert(origin.root)
        if origin.path.isEmpty && !isForbidden(origin) {
          // `const p = process`: naming the handle reads nothing; uses are where p is used.
          substituteRoot(of: NodeID(n.b))
        } else {
          // `const lang = process.env.LANG`: the property is read here.
          classify(origin, at: ast.range(NodeID(n.b)), expression: NodeID(n.b))
        }
        classifyPatternReads(NodeID(n.a))
        visitComputedParts(of: NodeID(n.b))
      } else {
        visit(NodeID(n.b))
      }
    case .assignmentExpression:
      checkFreeWrite(NodeID(n.a))
      for child in ast.children(of: id) { visit(child) }
    case .updateExpression:
      checkFreeWrite(NodeID(n.a))
      visit(NodeID(n.a))
    case .whileStatement, .doWhileStatement:
      visitTest(NodeID(n.a))
      visit(NodeID(n.d))
    case .withStatement:
      report(
        .sloppyConstruct, "'with' cannot be compiled: cruft compiles every module as strict mode code",
        at: id,
        help: "use a local variable for the object")
      for child in ast.children(of: id) { visit(child) }
    default:
      for child in ast.children(of: id) { visit(child) }
    }
  }

  /// `const vm = require('vm')` is an error where it is written, used or not.
  func isForbidden(_ origin: AmbientOrigin) -> Bool {
    let module = origin.root.hasPrefix("node:") ? String(origin.root.dropFirst(5)) : nil
    let meaning =
      module.map { CapabilityTable.builtinModules[$0] } ?? CapabilityTable.capabilityGlobals[origin.root]
    if case .forbidden? = meaning { return true }
    return module != nil && meaning == nil
  }

  /// Destructuring reads each property where it is declared: `const { env: { HOME } } = process`.
  mutating func classifyPatternReads(_ pattern: NodeID) {
    let n = node(pattern)
    switch n.kind {
    case .objectPattern:
      for property in ast.list(start: n.a, count: n.b) {
        let p = node(property)
        guard p.kind == .property else { continue }
        var target = NodeID(p.b)
        if ast.kind(target) == .assignmentPattern { target = NodeID(node(target).a) }
        if ast.kind(target) == .identifier, let binding = bindingIndex(declaredBy: target),
          let origin = bindingOrigins[binding], isAmbientRoot(origin)
        {
          classifyRead(origin, at: ast.range(target))
        } else {
          classifyPatternReads(target)
        }
      }
    default:
      break
    }
  }

  /// A property read by destructuring: recorded like a member access, with nothing to rewrite
  /// (the initializer's root already is).
  mutating func classifyRead(_ origin: AmbientOrigin, at range: Range<Int>) {
    let saved = result.substitutions
    classify(origin, at: range, expression: .none)
    result.substitutions = saved
  }

  /// An expression whose value is only tested for truthiness (a condition, the operand of `!`, the
  /// left of `&&`): a bare handle there (`if (process)`, `process && ...`) checks that it exists and
  /// is not a use of what it carries.
  mutating func visitTest(_ id: NodeID) {
    guard !id.isNone else { return }
    let n = node(id)
    switch n.kind {
    case .logicalExpression where n.op == Operator.logicalAnd.rawValue || n.op == Operator.logicalOr.rawValue:
      visitTest(NodeID(n.a))
      if case .bool(let value)? = constant(NodeID(n.a)), value == (n.op == Operator.logicalOr.rawValue) {
        result.constantTests[NodeID(n.a)] = value
        markDead(NodeID(n.b))
      } else {
        visitTest(NodeID(n.b))
      }
    case .unaryExpression where n.op == Operator.logicalNot.rawValue:
      visitTest(NodeID(n.a))
    case .identifier:
      if let origin = origin(of: id), isAmbientRoot(origin), origin.path.isEmpty, !isForbidden(origin) {
        handleNames.insert(origin.root)
        substituteRoot(of: id)
      } else {
        visit(id)
      }
    default:
      visit(id)
    }
  }

  mutating func markDead(_ id: NodeID) {
    guard !id.isNone else { return }
    result.deadNodes.insert(id)
  }

  /// Visits the computed keys along a member chain that was classified as a whole.
  mutating func visitComputedParts(of id: NodeID) {
    var current = id
    while ast.kind(current) == .memberExpression {
      let m = node(current)
      if m.flags.contains(.computed) { visit(NodeID(m.b)) }
      current = NodeID(m.a)
    }
    if ast.kind(current) == .callExpression {
      for argument in ast.list(start: node(current).b, count: node(current).c) { visit(argument) }
    }
  }

  mutating func visitCall(_ id: NodeID, _ n: Node) {
    let callee = NodeID(n.a)
    let arguments = ast.list(start: n.b, count: n.c)
    if ast.kind(callee) == .identifier && scopes.resolution(of: callee) == .free {
      let name = ast.name(callee)
      // The clock is read by `Date.now()`, `new Date()` with no arguments, and `Date(...)` called as
      // a function, which returns the string of now whatever its arguments (still evaluated).
      if name == "Date" && n.kind == .newExpression && arguments.isEmpty {
        record(.clock, via: "new Date()", detail: nil, range: ast.range(id))
        handleNames.insert(CapabilityKind.clock.rawValue)
        result.substitutions[id] = "$clock.date()"
        return
      }
      if name == "Date" && n.kind == .callExpression {
        record(.clock, via: "Date()", detail: nil, range: ast.range(id))
        handleNames.insert(CapabilityKind.clock.rawValue)
        result.substitutions[callee] = "$clock.string"
        for argument in arguments { visit(argument) }
        return
      }
      // setTimeout('code') compiles a string, which the VM cannot do.
      if ["setTimeout", "setInterval", "setImmediate"].contains(name), let first = arguments.first,
        ast.kind(first) == .stringLiteral || ast.kind(first) == .templateLiteral
      {
        report(
          .dynamicCode, "'\(name)' with a string compiles code from it", at: first,
          help: "pass a function: \(name)(() => { ... }, delay)")
      }
    }
    if let origin = origin(of: id), isAmbientRoot(origin), origin.root.hasPrefix("node:") {
      // require('fs') as a whole value.
      classify(origin, at: ast.range(id), expression: id)
      return
    }
    for child in ast.children(of: id) { visit(child) }
  }

  func isAmbientRoot(_ origin: AmbientOrigin) -> Bool {
    if origin.root.hasPrefix("node:") { return true }
    if origin.root == "Date" || origin.root == "Math" {
      return origin.path.first.flatMap { CapabilityTable.memberMeaning(origin.root, $0) } != nil
    }
    return CapabilityTable.capabilityGlobals[origin.root] != nil
  }

  // MARK: Classification

  mutating func classifyReference(_ id: NodeID) {
    switch scopes.resolution(of: id) {
    case .free:
      let name = ast.name(id)
      if CapabilityTable.pureGlobals.contains(name) { return }
      if CapabilityTable.globalObjectNames.contains(name) {
        handleNames.insert("globalThis")
        result.substitutions[id] = "$globalThis"
        return
      }
      if CapabilityTable.inheritedGlobalMembers.contains(name) {
        handleNames.insert("globalThis")
        result.substitutions[id] = "$globalThis." + name
        return
      }
      if CapabilityTable.capabilityGlobals[name] != nil {
        classify(AmbientOrigin(root: name, path: []), at: ast.range(id), expression: id)
        return
      }
      if writtenFreeNames.contains(id.index) { return }  // reported as a write
      report(
        .unresolvedName, "'\(name)' is not defined: reading it throws a ReferenceError", at: id,
        severity: .warning,
        help:
          "declare or import it; a global this package expects (a browser's, an engine's) does not exist in cruft"
      )
    case .binding(let index):
      if let origin = bindingOrigins[index], isAmbientRoot(origin) {
        classify(origin, at: ast.range(id), expression: id)
      }
    case .notAReference:
      break
    }
  }

  /// The parameter name of a handle: `$process`, `$fs`, `$fs_promises`, `$clock`.
  static func parameterName(_ root: String) -> String {
    let name = root.hasPrefix("node:") ? String(root.dropFirst(5)) : root
    return "$" + name.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
  }

  /// Rewrites the root of an ambient expression to its handle: the free name, or the builtin require.
  mutating func substituteRoot(of expression: NodeID) {
    var base = expression
    while ast.kind(base) == .memberExpression { base = NodeID(node(base).a) }
    switch ast.kind(base) {
    case .identifier where scopes.resolution(of: base) == .free:
      result.substitutions[base] = Analyzer.parameterName(ast.name(base))
    case .callExpression:
      if let origin = origin(of: base), origin.root.hasPrefix("node:") {
        result.substitutions[base] = Analyzer.parameterName(origin.root)
      }
    default:
      break  // an alias: its initializer was rewritten
    }
  }

  /// Records what an ambient origin means at a place: a use of a kind, a handle, or an error.
  mutating func classify(_ origin: AmbientOrigin, at range: Range<Int>, expression: NodeID) {
    let via = origin.description
    var meaning: AmbientMeaning?
    if origin.root.hasPrefix("node:") {
      let module = String(origin.root.dropFirst(5))
      switch CapabilityTable.builtinModules[module] {
      case .mixed?:
        meaning = origin.path.first.map { CapabilityTable.memberMeaning(module, $0) ?? .pure } ?? .mixed
      case let other?:
        meaning = other
      case nil:
        meaning = .forbidden(reason: "'\(module)' is not a builtin module cruft provides")
      }
    } else {
      switch CapabilityTable.capabilityGlobals[origin.root] {
      case .mixed?:
        meaning = origin.path.first.map { CapabilityTable.memberMeaning(origin.root, $0) ?? .pure } ?? .mixed
      case let other?:
        meaning = other
      case nil:
        meaning = origin.path.first.flatMap { CapabilityTable.memberMeaning(origin.root, $0) }
      }
    }
    if !isApplication, origin.path.first == "exit", origin.root == "process" || origin.root == "node:process"
    {
      meaning = .forbidden(
        reason: "'process.exit' is given to the application only: a dependency cannot end the run")
    }
    switch meaning {
    case .capability(let kind)?:
      // Date.now and Math.random are reached through the clock and random handles themselves.
      let intrinsic = origin.root == "Date" || origin.root == "Math"
      handleNames.insert(intrinsic ? kind.rawValue : origin.root)
      record(kind, via: via, detail: detail(of: origin, kind: kind), range: range)
      if intrinsic, ast.kind(expression) == .memberExpression, origin.path.count >= 1 {
        // Date.now -> $clock.now, Math.random -> $random.random (the intrinsics' own throw); in
        // `Date.now.length` the inner `Date.now` is the one rewritten.
        var member = expression
        for _ in 1..<origin.path.count where ast.kind(NodeID(node(member).a)) == .memberExpression {
          member = NodeID(node(member).a)
        }
        result.substitutions[member] = "$\(kind.rawValue).\(origin.path[0])"
      } else {
        substituteRoot(of: expression)
      }
    case .mixed?:
      // The whole object escapes (passed or stored): every kind it can carry counts.
      handleNames.insert(origin.root)
      substituteRoot(of: expression)
      for kind in kinds(ofMixed: origin.root) { record(kind, via: via, detail: nil, range: range) }
    case .forbidden(let reason)?:
      result.diagnostics.append(
        Diagnostic(
          code: CapLoweringCode.forbiddenAuthority.rawValue, message: reason, file: ast.file, range: range,
          help: "no grant can give a package this; remove the use or move it into the application"))
    case .pure?, .globalObject?:
      handleNames.insert(origin.root)
      substituteRoot(of: expression)
    case .moduleSystem?, nil:
      break
    }
  }

  func kinds(ofMixed root: String) -> [CapabilityKind] {
    switch root.hasPrefix("node:") ? String(root.dropFirst(5)) : root {
    case "process": [.env, .stdio, .clock, .fs]
    case "crypto": [.random]
    case "os": [.env]
    default: []
    }
  }

  /// The literal detail of a use: `process.env.LANG` asks for LANG.
  func detail(of origin: AmbientOrigin, kind: CapabilityKind) -> String? {
    if kind == .env && origin.root == "process" && origin.path.first == "env" && origin.path.count > 1 {
      return origin.path[1]
    }
    return nil
  }

  mutating func record(_ kind: CapabilityKind, via: String, detail: String?, range: Range<Int>) {
    result.uses.append(CapabilityUse(kind: kind, via: via, detail: detail, range: range))
  }

  mutating func report(
    _ code: CapLoweringCode, _ message: String, at id: NodeID, severity: Severity = .error, help: String
  ) {
    result.diagnostics.append(
      Diagnostic(
        code: code.rawValue, severity: severity, message: message, file: ast.file, range: ast.range(id),
        help: help))
  }

  /// Strict mode code cannot create globals by assignment.
  mutating func checkFreeWrite(_ target: NodeID) {
    guard ast.kind(target) == .identifier, scopes.resolution(of: target) == .free else { return }
    writtenFreeNames.insert(target.index)
    report(
      .assignmentToUndeclared,
      "assignment to undeclared '\(ast.name(target))': strict mode code cannot create a global this way",
      at: target,
      help: "declare it with let, const or var")
  }

  // MARK: Folding

  /// Whether `typeof X` is known to be "undefined" here: X does not exist for this package.
  func typeofIsUndefined(_ identifier: NodeID) -> Bool {
    guard scopes.resolution(of: identifier) == .free else { return false }
    let name = ast.name(identifier)
    if CapabilityTable.pureGlobals.contains(name) || CapabilityTable.globalObjectNames.contains(name) {
      return false
    }
    switch CapabilityTable.capabilityGlobals[name] {
    case nil, .forbidden?, .moduleSystem?:
      return true  // never exists in cruft: browser and engine globals, forbidden and ESM-absent names
    case .capability(let kind)?:
      guard let held else { return false }  // inference counts every branch
      return !held.contains(kind)
    case .mixed?:
      guard let held else { return false }
      return held.isDisjoint(with: kinds(ofMixed: name))
    case .pure?, .globalObject?:
      return false
    }
  }

  /// The compile-time value of an expression, where folding knows it.
  func constant(_ id: NodeID) -> FoldedValue? {
    guard !id.isNone else { return nil }
    let n = node(id)
    switch n.kind {
    case .unaryExpression where n.op == Operator.typeof.rawValue:
      let argument = NodeID(n.a)
      if ast.kind(argument) == .identifier && typeofIsUndefined(argument) { return .string("undefined") }
      return nil
    case .unaryExpression where n.op == Operator.logicalNot.rawValue:
      if case .bool(let value)? = constant(NodeID(n.a)) { return .bool(!value) }
      return nil
    case .stringLiteral:
      return .string(String(decoding: ast.stringValue(id), as: UTF16.self))
    case .booleanLiteral:
      return .bool(n.op == 1)
    case .binaryExpression:
      guard let op = Operator(rawValue: n.op),
        [.equal, .strictEqual, .notEqual, .strictNotEqual].contains(op),
        case .string(let left)? = constant(NodeID(n.a)), case .string(let right)? = constant(NodeID(n.b))
      else { return nil }
      let equal = left == right
      return .bool(op == .equal || op == .strictEqual ? equal : !equal)
    case .logicalExpression:
      let left = constant(NodeID(n.a))
      let right = constant(NodeID(n.b))
      switch Operator(rawValue: n.op) {
      case .logicalAnd?:
        if left == .bool(false) { return .bool(false) }
        if left == .bool(true) { return right }
      case .logicalOr?:
        if left == .bool(true) { return .bool(true) }
        if left == .bool(false) { return right }
      default:
        break
      }
      return nil
    default:
      return nil
    }
  }
}
