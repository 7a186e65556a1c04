/// The compiled code of one module: its functions (the first is the module body) and one constant
/// pool they share. This is what a bundle's `code` section holds, encoded by `BytecodeEncoding`.
public struct BytecodeModule: Sendable, Equatable {
  public var constants: [Constant]
  public var functions: [BytecodeFunction]

  public init(constants: [Constant] = [], functions: [BytecodeFunction] = []) {
    self.constants = constants
    self.functions = functions
  }
}

/// A constant-pool entry. Strings are UTF-16 code units, as the language sees them.
public enum Constant: Sendable, Equatable, Hashable {
  case number(Double)
  case string([UInt16])
  /// A BigInt literal's value in decimal, with a leading "-" when negative.
  case bigint(String)
  /// A template's cooked strings (nil where an escape is invalid, in a tagged template) and raw strings.
  case template(cooked: [[UInt16]?], raw: [[UInt16]])
  case regexp(pattern: [UInt16], flags: String)

  public static func == (lhs: Constant, rhs: Constant) -> Bool {
    switch (lhs, rhs) {
    // Bitwise, so that 0 and -0 (and NaNs) are distinct pool entries.
    case (.number(let a), .number(let b)): a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)): a == b
    case (.bigint(let a), .bigint(let b)): a == b
    case (.template(let c1, let r1), .template(let c2, let r2)): c1 == c2 && r1 == r2
    case (.regexp(let p1, let f1), .regexp(let p2, let f2)): p1 == p2 && f1 == f2
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .number(let value): hasher.combine(0); hasher.combine(value.bitPattern)
    case .string(let units): hasher.combine(1); hasher.combine(units)
    case .bigint(let text): hasher.combine(2); hasher.combine(text)
    case .template(let cooked, let raw): hasher.combine(3); hasher.combine(cooked); hasher.combine(raw)
    case .regexp(let pattern, let flags): hasher.combine(4); hasher.combine(pattern); hasher.combine(flags)
    }
  }
}

/// How a function is called and what it creates.
public enum FunctionKind: UInt8, Sendable, CaseIterable {
  /// A module body: run once by the linker, never a value.
  case moduleBody
  /// A `function` declaration or expression: callable and constructible.
  case normal
  /// An arrow function: lexical `this`, `arguments`, `new.target` and `super` (the compiler passes
  /// them through environments); not constructible.
  case arrow
  /// A method, getter or setter of an object literal or class: not constructible; has a home object.
  case method
  /// A class constructor of a class without `extends`: throws when called without `new`.
  case baseConstructor
  /// A class constructor of a class with `extends`: `this` is bound by `super()`.
  case derivedConstructor
  case generator
  case async
  case asyncArrow
  case asyncGenerator
  /// A generator method (`*m() {}`): a generator that is also a method.
  case generatorMethod
  case asyncMethod
  case asyncGeneratorMethod
  /// A CommonJS module body (a moduleBody that loads the wrapper values instead of exporting).
  case commonJSBody
}

/// One function's code and the tables the interpreter and the verifier need with it.
public struct BytecodeFunction: Sendable, Equatable {
  /// An exception handler: a throw at an instruction in `start..<end` (word offsets) stores the thrown
  /// value in `register` and continues at `handler`. The innermost (first listed) range wins.
  public struct Handler: Sendable, Equatable {
    public var start: UInt32
    public var end: UInt32
    public var handler: UInt32
    public var register: UInt32

    public init(start: UInt32, end: UInt32, handler: UInt32, register: UInt32) {
      self.start = start
      self.end = end
      self.handler = handler
      self.register = register
    }
  }

  /// From word offset `pc` on (until the next entry), code comes from source `line`:`column` (1-based).
  public struct Position: Sendable, Equatable {
    public var pc: UInt32
    public var line: UInt32
    public var column: UInt32

    public init(pc: UInt32, line: UInt32, column: UInt32) {
      self.pc = pc
      self.line = line
      self.column = column
    }
  }

  /// The call or `new` instruction at `pc` has a callee the source spells `text` (`fn`, `o.f`,
  /// `g(...).h`): the VM names it so when the callee cannot be called, as V8 does.
  public struct CalleeText: Sendable, Equatable {
    public var pc: UInt32
    public var text: [UInt16]

    public init(pc: UInt32, text: [UInt16]) {
      self.pc = pc
      self.text = text
    }
  }

  public var name: [UInt16]
  public var kind: FunctionKind
  /// The value of the function's `length` property.
  public var length: UInt32
  /// The first `parameterCount` actual arguments are copied into registers 0..<parameterCount on entry
  /// (missing ones are undefined).
  public var parameterCount: UInt32
  public var registerCount: UInt32
  public var inlineCacheCount: UInt32
  public var code: [UInt32]
  public var handlers: [Handler]
  public var positions: [Position]
  /// In increasing pc order.
  public var calleeTexts: [CalleeText]

  public init(
    name: [UInt16], kind: FunctionKind, length: UInt32, parameterCount: UInt32, registerCount: UInt32,
    inlineCacheCount: UInt32, code: [UInt32], handlers: [Handler] = [], positions: [Position] = [],
    calleeTexts: [CalleeText] = []
  ) {
    self.name = name
    self.kind = kind
    self.length = length
    self.parameterCount = parameterCount
    self.registerCount = registerCount
    self.inlineCacheCount = inlineCacheCount
    self.code = code
    self.handlers = handlers
    self.positions = positions
    self.calleeTexts = calleeTexts
  }
}

extension FunctionKind {
  public var isArrow: Bool { self == .arrow || self == .asyncArrow }
  public var isGenerator: Bool {
    self == .generator || self == .asyncGenerator || self == .generatorMethod || self == .asyncGeneratorMethod
  }
  public var isAsync: Bool {
    self == .async || self == .asyncArrow || self == .asyncGenerator || self == .asyncMethod
      || self == .asyncGeneratorMethod
  }
  public var isConstructor: Bool {
    self == .normal || self == .baseConstructor || self == .derivedConstructor
  }
  public var isClassConstructor: Bool { self == .baseConstructor || self == .derivedConstructor }
  public var hasHomeObject: Bool {
    switch self {
    case .method, .baseConstructor, .derivedConstructor, .generatorMethod, .asyncMethod,
      .asyncGeneratorMethod:
      true
    default: false
    }
  }
}
