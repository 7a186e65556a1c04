import Diagnostics

/// A reference to a node in an `AST`'s arena. Index 0 is reserved for "no node".
public struct NodeID: Hashable, Sendable, Comparable {
  public let index: UInt32

  @inline(__always) public init(_ index: UInt32) { self.index = index }

  public static let none = NodeID(0)
  public var isNone: Bool { index == 0 }

  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
}

/// The kinds of syntax node. Names follow ESTree, the AST most JavaScript tools share.
public enum NodeKind: UInt8, Sendable, CaseIterable {
  case invalid
  case program
  // Statements and declarations.
  case variableDeclaration, variableDeclarator, functionDeclaration, classDeclaration
  case expressionStatement, blockStatement, emptyStatement, ifStatement
  case forStatement, forInStatement, forOfStatement, whileStatement, doWhileStatement
  case returnStatement, breakStatement, continueStatement, throwStatement, tryStatement, catchClause
  case switchStatement, switchCase, labeledStatement, debuggerStatement, withStatement
  // Modules.
  case importDeclaration, importSpecifier, importDefaultSpecifier, importNamespaceSpecifier
  case exportNamedDeclaration, exportSpecifier, exportDefaultDeclaration, exportAllDeclaration
  // Expressions.
  case identifier, privateIdentifier
  case nullLiteral, booleanLiteral, numericLiteral, bigIntLiteral, stringLiteral, regExpLiteral
  case templateLiteral, templateElement, taggedTemplateExpression
  case thisExpression, superExpression, arrayExpression, objectExpression, property, spreadElement
  case functionExpression, arrowFunctionExpression, classExpression, classBody
  case methodDefinition, propertyDefinition, staticBlock
  case unaryExpression, updateExpression, binaryExpression, logicalExpression, assignmentExpression
  case conditionalExpression, callExpression, newExpression, memberExpression, chainExpression
  case sequenceExpression, yieldExpression, awaitExpression, metaProperty, importExpression
  // Patterns.
  case arrayPattern, objectPattern, assignmentPattern, restElement
}

/// Boolean attributes of a node; which apply depends on the kind.
public struct NodeFlags: OptionSet, Sendable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// The expression was written in parentheses.
  public static let parenthesized = NodeFlags(rawValue: 1 << 0)
  /// Member access `a[b]`, or a computed property key `[k]: v`.
  public static let computed = NodeFlags(rawValue: 1 << 1)
  /// `a?.b` / `a?.()`: this link of a chain is optional.
  public static let optional = NodeFlags(rawValue: 1 << 2)
  public static let isStatic = NodeFlags(rawValue: 1 << 3)
  public static let async = NodeFlags(rawValue: 1 << 4)
  public static let generator = NodeFlags(rawValue: 1 << 5)
  /// Object property `{a}` or `{a = 1}` (in a pattern).
  public static let shorthand = NodeFlags(rawValue: 1 << 6)
  /// Object property written as a method `{m() {}}`.
  public static let method = NodeFlags(rawValue: 1 << 7)
  /// `++x` rather than `x++`.
  public static let prefix = NodeFlags(rawValue: 1 << 8)
  /// A function whose code is strict (by its own directive or its context).
  public static let strict = NodeFlags(rawValue: 1 << 9)
  /// An arrow function whose body is an expression, not a block.
  public static let expressionBody = NodeFlags(rawValue: 1 << 10)
  /// An expression statement that is a directive (`"use strict";`).
  public static let directive = NodeFlags(rawValue: 1 << 11)
  /// `for await (... of ...)`, or `yield*` for yield expressions.
  public static let await = NodeFlags(rawValue: 1 << 12)
  /// A template element that is the tail, or a string / identifier written with escapes.
  public static let tail = NodeFlags(rawValue: 1 << 13)
  /// A function with parameters that are not all plain identifiers.
  public static let nonSimpleParameters = NodeFlags(rawValue: 1 << 14)
  /// A template element whose cooked value is undefined (an invalid escape in a tagged template).
  public static let invalidCooked = NodeFlags(rawValue: 1 << 15)

  /// `yield*` shares the bit with `for await`: each applies to one node kind only.
  public static let delegate = NodeFlags.await
}

/// One node: a small trivial struct, so the whole tree is one array with no per-node allocation.
///
/// The meaning of `a`...`d` depends on `kind`; the accessors on `AST` name them. A list of
/// children is stored as (`start`, `count`) into `AST.lists`.
public struct Node: Sendable {
  public var kind: NodeKind
  public var op: UInt8 = 0
  public var flags: NodeFlags = []
  public var start: UInt32
  public var end: UInt32
  public var a: UInt32 = 0
  public var b: UInt32 = 0
  public var c: UInt32 = 0
  public var d: UInt32 = 0
}

/// Which form of declaration or accessor a node stands for.
public enum DeclarationKind: UInt8, Sendable {
  case `var`, `let`, const
}

public enum PropertyKind: UInt8, Sendable {
  case initializer, getter, setter, method, constructor
}

public enum MetaPropertyKind: UInt8, Sendable {
  case newTarget, importMeta
}

/// Operators of unary, update, binary, logical and assignment expressions.
public enum Operator: UInt8, Sendable {
  // Unary.
  case negate, plus, logicalNot, bitwiseNot, typeof, void, delete
  // Update.
  case increment, decrement
  // Binary, lowest precedence first within each group.
  case equal, notEqual, strictEqual, strictNotEqual, less, lessEqual, greater, greaterEqual
  case instanceof, `in`, shiftLeft, shiftRight, shiftRightUnsigned, add, subtract, multiply, divide
  case remainder, exponent, bitwiseOr, bitwiseXor, bitwiseAnd
  // Logical.
  case logicalOr, logicalAnd, coalesce
  // Assignment.
  case assign, addAssign, subtractAssign, multiplyAssign, divideAssign, remainderAssign, exponentAssign
  case shiftLeftAssign, shiftRightAssign, shiftRightUnsignedAssign, bitwiseAndAssign, bitwiseOrAssign
  case bitwiseXorAssign, logicalAndAssign, logicalOrAssign, coalesceAssign

  public var spelling: String {
    switch self {
    case .negate: "-"
    case .plus: "+"
    case .logicalNot: "!"
    case .bitwiseNot: "~"
    case .typeof: "typeof"
    case .void: "void"
    case .delete: "delete"
    case .increment: "++"
    case .decrement: "--"
    case .equal: "=="
    case .notEqual: "!="
    case .strictEqual: "==="
    case .strictNotEqual: "!=="
    case .less: "<"
    case .lessEqual: "<="
    case .greater: ">"
    case .greaterEqual: ">="
    case .instanceof: "instanceof"
    case .in: "in"
    case .shiftLeft: "<<"
    case .shiftRight: ">>"
    case .shiftRightUnsigned: ">>>"
    case .add: "+"
    case .subtract: "-"
    case .multiply: "*"
    case .divide: "/"
    case .remainder: "%"
    case .exponent: "**"
    case .bitwiseOr: "|"
    case .bitwiseXor: "^"
    case .bitwiseAnd: "&"
    case .logicalOr: "||"
    case .logicalAnd: "&&"
    case .coalesce: "??"
    case .assign: "="
    case .addAssign: "+="
    case .subtractAssign: "-="
    case .multiplyAssign: "*="
    case .divideAssign: "/="
    case .remainderAssign: "%="
    case .exponentAssign: "**="
    case .shiftLeftAssign: "<<="
    case .shiftRightAssign: ">>="
    case .shiftRightUnsignedAssign: ">>>="
    case .bitwiseAndAssign: "&="
    case .bitwiseOrAssign: "|="
    case .bitwiseXorAssign: "^="
    case .logicalAndAssign: "&&="
    case .logicalOrAssign: "||="
    case .coalesceAssign: "??="
    }
  }
}

/// The syntax tree of one file: a flat arena of nodes, the child lists, and the interned names.
///
/// Field layout by kind (lists are `start, count` pairs into `lists`):
/// - program: a,b = body list
/// - variableDeclaration: a,b = declarators; op = DeclarationKind
/// - variableDeclarator: a = id, b = init
/// - function declaration/expression, arrow: a = id, b,c = params, d = body
/// - class declaration/expression: a = id, b = superclass, c = classBody; classBody: a,b = elements
/// - methodDefinition: a = key, b = function; op = PropertyKind. propertyDefinition: a = key, b = value
/// - staticBlock, blockStatement: a,b = body
/// - expressionStatement: a = expression
/// - ifStatement, conditionalExpression: a = test, b = consequent, c = alternate
/// - forStatement: a = init, b = test, c = update, d = body
/// - forIn/forOf: a = left, b = right, d = body
/// - while: a = test, d = body; doWhile: a = test, d = body
/// - return/throw: a = argument; break/continue: a = label
/// - tryStatement: a = block, b = handler (catchClause: a = param, b = body), c = finalizer
/// - switchStatement: a = discriminant, b,c = cases; switchCase: a = test, b,c = consequent
/// - labeledStatement: a = label, b = body; withStatement: a = object, b = body
/// - importDeclaration: a = source, b,c = specifiers
/// - importSpecifier: a = imported, b = local; default/namespace specifier: b = local
/// - exportNamedDeclaration: a = declaration, b,c = specifiers, d = source
/// - exportSpecifier: a = local, b = exported; exportDefaultDeclaration: a = declaration
/// - exportAllDeclaration: a = exported (or none), d = source
/// - identifier, privateIdentifier: a = atom
/// - literals: the value is decoded from the source range on demand; booleanLiteral: op = 1 for true
/// - templateLiteral: a,b = parts: template elements and expressions, interleaved; taggedTemplate: a = tag, b = quasi
/// - array/object expression and pattern, sequence: a,b = elements (none for a hole)
/// - property: a = key, b = value; op = PropertyKind
/// - spreadElement, restElement, await, yield: a = argument
/// - unary/update: a = argument; binary/logical/assignment: a = left, b = right; op = Operator
/// - call/new: a = callee, b,c = arguments; member: a = object, b = property; chain: a = expression
/// - metaProperty: op = MetaPropertyKind; importExpression: a = source
/// - assignmentPattern: a = left, b = right
public struct AST: Sendable {
  public internal(set) var nodes: [Node]
  public internal(set) var lists: [NodeID]
  public internal(set) var atoms: AtomTable
  public let file: SourceFile
  public let goal: SourceGoal
  /// The program node (the last node created).
  public internal(set) var root: NodeID

  init(file: SourceFile, goal: SourceGoal) {
    self.file = file
    self.goal = goal
    nodes = [Node(kind: .invalid, start: 0, end: 0)]
    lists = []
    atoms = AtomTable()
    root = .none
  }

  @inline(__always) public subscript(_ id: NodeID) -> Node { nodes[Int(id.index)] }

  public func kind(_ id: NodeID) -> NodeKind { nodes[Int(id.index)].kind }

  /// Children stored in a list field pair.
  public func list(start: UInt32, count: UInt32) -> ArraySlice<NodeID> {
    lists[Int(start)..<Int(start + count)]
  }

  public func child(_ raw: UInt32) -> NodeID { NodeID(raw) }

  public func name(_ id: NodeID) -> String { atoms.name(Atom(self[id].a)) }

  public func atom(_ id: NodeID) -> Atom { Atom(self[id].a) }

  public func sourceText(_ id: NodeID) -> Substring {
    let node = self[id]
    return Substring(String(decoding: file.bytes[Int(node.start)..<Int(node.end)], as: UTF8.self))
  }

  public func range(_ id: NodeID) -> Range<Int> { Int(self[id].start)..<Int(self[id].end) }
}
