import Frontend

/// A top-level function declaration the selection considers.
struct Candidate: Sendable {
  var node: NodeID
  var name: String
  var atom: Atom?
  var line: Int
  var column: Int
  var arity: Int
  var functionIndex: Int?
  /// Why it cannot be selected whatever its body holds (async, generator, parameters, name reuse...).
  var preReason: String?
  /// The parameters' types: numbers, except where a profile saw only booleans or only typed arrays
  /// of one element type.
  var parameterTypes: [ValueType] = []
  /// How often the profile saw it called from bytecode (nil: no profile entry).
  var profiledCalls: Int?
}

/// What the analysis knows about the whole module: the candidates, and every name that some
/// declaration binds or some assignment writes, anywhere (with the first place it happens).
struct ModuleFacts {
  var candidates: [Candidate] = []
  var candidateByAtom: [Atom: Int] = [:]
  /// Every identifier node that declares or assigns a name, by name.
  var writes: [Atom: [NodeID]] = [:]
  /// The identifiers among `writes` that declare (rather than assign).
  var declarations: Set<NodeID> = []

  func location(_ ast: AST, _ id: NodeID) -> String {
    ast.file.location(of: Int(ast[id].start)).description
  }

  /// Where `name` is declared or assigned anywhere in the module, other than by `except`.
  func firstWrite(_ atom: Atom, except: NodeID = .none) -> NodeID? {
    writes[atom]?.first { $0 != except }
  }
}

enum ModuleScan {
  static func run(_ ast: AST, functionIndex: (NodeID) -> Int?, profile: HotProfile? = nil) -> ModuleFacts {
    var facts = ModuleFacts()
    collectWrites(ast, into: &facts)
    guard !ast.root.isNone, Int(ast.root.index) < ast.nodes.count, ast.kind(ast.root) == .program else {
      return facts
    }
    let program = ast[ast.root]
    for statement in ast.list(start: program.a, count: program.b) {
      var declaration = statement
      switch ast.kind(statement) {
      case .exportNamedDeclaration, .exportDefaultDeclaration:
        declaration = NodeID(ast[statement].a)
        if declaration.isNone { continue }
      default: break
      }
      guard ast.kind(declaration) == .functionDeclaration else { continue }
      var found = candidate(ast, declaration, functionIndex: functionIndex, facts: facts)
      found.parameterTypes = Array(repeating: .number, count: found.arity)
      if let index = found.functionIndex, let observed = profile?.functions[index] {
        found.profiledCalls = observed.calls
        for parameter in 0..<found.arity {
          if observed.sawOnlyBooleans(parameter) {
            found.parameterTypes[parameter] = .boolean
          } else if let kind = observed.sawOnlyTypedArrays(parameter) {
            found.parameterTypes[parameter] = .typedArray(kind)
          }
        }
      }
      facts.candidates.append(found)
    }
    // Two candidates with one bytecode function index would share a symbol: neither is lowered.
    var byIndex: [Int: Int] = [:]
    for index in facts.candidates.indices {
      guard let functionIndex = facts.candidates[index].functionIndex else { continue }
      if let earlier = byIndex[functionIndex] {
        for other in [earlier, index] where facts.candidates[other].preReason == nil {
          facts.candidates[other].preReason =
            "shares bytecode function \(functionIndex) with another function"
        }
      } else {
        byIndex[functionIndex] = index
      }
    }
    // Two top-level declarations of one name: the later wins, so neither is a safe call target.
    var seen: [Atom: Int] = [:]
    for index in facts.candidates.indices {
      guard let atom = facts.candidates[index].atom else { continue }
      if let earlier = seen[atom] {
        let there = "\(facts.candidates[index].line):\(facts.candidates[index].column)"
        if facts.candidates[earlier].preReason == nil {
          facts.candidates[earlier].preReason =
            "'\(facts.candidates[earlier].name)' is declared again at \(there)"
        }
        facts.candidates[index].preReason =
          facts.candidates[index].preReason ?? "'\(facts.candidates[index].name)' is declared twice"
        facts.candidateByAtom[atom] = nil
      } else {
        seen[atom] = index
        facts.candidateByAtom[atom] = index
      }
    }
    return facts
  }

  static func candidate(_ ast: AST, _ id: NodeID, functionIndex: (NodeID) -> Int?, facts: ModuleFacts)
    -> Candidate
  {
    let n = ast[id]
    let nameNode = NodeID(n.a)
    let hasName = !nameNode.isNone && ast.kind(nameNode) == .identifier
    let name = hasName ? ast.name(nameNode) : "default"
    let location = ast.file.location(of: Int(n.start))
    let parameters = Array(ast.list(start: n.b, count: n.c))
    var result = Candidate(
      node: id, name: name, atom: hasName ? ast.atom(nameNode) : nil, line: location.line,
      column: location.column, arity: parameters.count, functionIndex: functionIndex(id))
    if n.flags.contains(.async) && n.flags.contains(.generator) {
      result.preReason = "is an async generator"
    } else if n.flags.contains(.async) {
      result.preReason = "is an async function"
    } else if n.flags.contains(.generator) {
      result.preReason = "is a generator"
    } else if n.flags.contains(.nonSimpleParameters)
      || parameters.contains(where: { ast.kind($0) != .identifier })
    {
      result.preReason = "has default, rest or destructured parameters"
    } else if parameters.count > 8 {
      result.preReason = "has \(parameters.count) parameters (at most 8)"
    } else if Set(parameters.map { ast.atom($0) }).count != parameters.count {
      result.preReason = "has two parameters with one name"
    } else if !hasName {
      result.preReason = "has no name"
    } else if let other = facts.firstWrite(ast.atom(nameNode), except: nameNode) {
      let what = facts.declarations.contains(other) ? "declared again" : "assigned"
      result.preReason = "'\(name)' is \(what) at \(facts.location(ast, other))"
    } else if result.functionIndex == nil {
      result.preReason = "has no bytecode function"
    }
    return result
  }

  /// Records every identifier that a declaration binds or an assignment writes. Conservative: a
  /// node the parser left unused (a cover grammar it reinterpreted) may add names, never remove any.
  static func collectWrites(_ ast: AST, into facts: inout ModuleFacts) {
    func record(_ root: NodeID, declaration: Bool) {
      var stack = [root]
      while let id = stack.popLast() {
        if id.isNone || Int(id.index) >= ast.nodes.count { continue }
        let n = ast[id]
        switch n.kind {
        case .identifier:
          facts.writes[ast.atom(id), default: []].append(id)
          if declaration { facts.declarations.insert(id) }
        case .arrayPattern, .arrayExpression, .objectPattern, .objectExpression:
          stack.append(contentsOf: ast.list(start: n.a, count: n.b).reversed())
        case .property: stack.append(NodeID(n.b))
        case .assignmentPattern: stack.append(NodeID(n.a))
        case .restElement, .spreadElement: stack.append(NodeID(n.a))
        default: break
        }
      }
    }
    for index in ast.nodes.indices.dropFirst() {
      let n = ast.nodes[index]
      switch n.kind {
      case .variableDeclarator:
        record(NodeID(n.a), declaration: true)
      case .functionDeclaration, .functionExpression, .classDeclaration, .classExpression:
        record(NodeID(n.a), declaration: true)
        if n.kind == .functionDeclaration || n.kind == .functionExpression {
          for parameter in ast.list(start: n.b, count: n.c) { record(parameter, declaration: true) }
        }
      case .arrowFunctionExpression:
        for parameter in ast.list(start: n.b, count: n.c) { record(parameter, declaration: true) }
      case .catchClause:
        record(NodeID(n.a), declaration: true)
      case .importSpecifier, .importDefaultSpecifier, .importNamespaceSpecifier:
        record(NodeID(n.b), declaration: true)
      case .assignmentExpression:
        record(NodeID(n.a), declaration: false)
      case .updateExpression:
        record(NodeID(n.a), declaration: false)
      case .forInStatement, .forOfStatement:
        if ast.kind(NodeID(n.a)) != .variableDeclaration { record(NodeID(n.a), declaration: false) }
      default: break
      }
    }
  }
}
