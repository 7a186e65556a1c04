/// The instruction set: a register machine whose code is a flat `[UInt32]`.
///
/// An instruction is one word holding its opcode, followed by the operand words its opcode's
/// `operands` list names, one word per operand. Registers are frame-relative indices below the
/// function's `registerCount`; jump targets are absolute word offsets of an instruction in the same
/// function. Every operand kind has a range the verifier checks (`OperandKind`), so that no code,
/// however crafted, makes the VM index outside a frame, a constant pool or a table.
///
/// Conventions used below: `dst` is written, other registers are read. "argv" means `argc`
/// consecutive registers starting at register `args`. A register holds `hole` (the uninitialized
/// marker) only between a lexical binding's scope entry and its declaration.
public enum Opcode: UInt8, CaseIterable, Sendable {
  // MARK: Loads and moves
  /// dst = undefined
  case loadUndefined
  /// dst = null
  case loadNull
  /// dst = true
  case loadTrue
  /// dst = false
  case loadFalse
  /// dst = the uninitialized marker (a `let`/`const`/`class` binding before its declaration)
  case loadHole
  /// dst, imm: dst = the int32 `imm` (its bit pattern)
  case loadInt
  /// dst, const: dst = constant `const` (a number, string or bigint; not a template or regexp)
  case loadConst
  /// dst, src: dst = src
  case move
  /// dst: dst = the frame's `this` (throws a ReferenceError in a derived constructor before `super()`)
  case loadThis
  /// dst: dst = `new.target` of the frame (undefined for a call)
  case loadNewTarget
  /// dst: dst = the function object being run (a named function expression's own name)
  case loadCallee
  /// dst: dst = an `arguments` object (unmapped, as in strict code) of the frame's actual arguments
  case createArguments
  /// dst, index: dst = an array of the actual arguments from position `index` on (a rest parameter)
  case createRest
  /// dst, index: dst = actual argument `index`, or undefined (parameters beyond the register window)
  case loadArgument

  // MARK: Names the compiler could not make into registers
  /// dst, const: dst = the intrinsic global named by string constant `const` (`Math`, `Array`, ...);
  /// a ReferenceError "NAME is not defined" when the frozen global has no such property
  case loadGlobal
  /// dst, const: like loadGlobal, but undefined when absent (for `typeof NAME`)
  case loadGlobalOrUndefined
  /// dst, handle: dst = the module's capability handle `handle` (index into the module's handle table)
  case loadHandle
  /// dst, import: dst = `module.exports` of CommonJS import `import` (index into the module's import
  /// table), evaluating that module first if it has not run (Node's require semantics, cycles included);
  /// for an ES module target: its namespace object
  case requireModule
  /// dst, import: dst = the namespace object of import `import`, evaluating it first if needed. For a
  /// CommonJS target the namespace has `default` = `module.exports` and its own enumerable properties.
  case importModule
  /// dst, meta: dst = a CommonJS wrapper value: meta 0 `module`, 1 `exports`, 2 `__filename`,
  /// 3 `__dirname` (bundle module names, never host paths); 4 `import.meta` (an object with `url`)
  case loadModuleMeta
  /// const, src: sets export `const` (string constant) of this ES module's namespace to src
  case setExport
  /// import: copies every export of import `import` except `default` into this module's namespace
  /// (`export * from`), as live re-exports
  case exportAll

  // MARK: Closures and environments
  /// dst, parent, count: dst = a new environment with `count` slots (all `hole`), whose parent is the
  /// environment in register `parent` (or none when `parent` holds undefined)
  case newEnvironment
  /// dst: dst = the environment the running closure captured (undefined for a module body)
  case loadClosureEnvironment
  /// dst, env, depth, slot: dst = slot `slot` of the environment `depth` parents above register `env`
  case getSlot
  /// env, depth, slot, src: slot `slot` of the environment `depth` parents above `env` = src
  case setSlot
  /// dst, src: dst = a copy of environment src with the same parent (a `for (let ...)` iteration)
  case copyEnvironment
  /// dst, function, env: dst = a closure of function `function` capturing environment register `env`
  case newClosure
  /// src, const: throws ReferenceError "Cannot access 'NAME' before initialization" when src is hole
  case checkInitialized
  /// const: throws TypeError "Assignment to constant variable." (`const` is string constant NAME)
  case throwConstAssignment

  // MARK: Arithmetic, comparison and conversion (dst, left, right)
  case add, subtract, multiply, divide, remainder, exponent
  case bitwiseAnd, bitwiseOr, bitwiseXor, shiftLeft, shiftRight, shiftRightUnsigned
  case equal, notEqual, strictEqual, strictNotEqual, less, lessEqual, greater, greaterEqual
  /// dst, value, constructor
  case instanceOf
  /// dst, key, object (`key in object`)
  case `in`
  // Unary (dst, src).
  /// dst = -src
  case negate
  /// dst = ToNumeric(src) (unary `+` uses toNumber)
  case toNumeric
  /// dst = ToNumber(src): TypeError for a BigInt
  case toNumber
  case logicalNot, bitwiseNot, typeOf
  /// dst = src + 1 on a numeric (the operand of `++` is already ToNumeric)
  case increment
  /// dst = src - 1 on a numeric
  case decrement
  /// dst = ToString(src), as a template substitution does (a TypeError for a Symbol)
  case toString
  /// dst = ToPropertyKey(src) (computed keys are converted once, where they are written)
  case toPropertyKey
  /// dst, src: dst = src when src is not null or undefined; TypeError otherwise
  /// ("Cannot destructure 'null' as it is null.")
  case requireObjectCoercible

  // MARK: Control flow
  /// target
  case jump
  /// src, target: jump when ToBoolean(src)
  case jumpIfTrue
  /// src, target: jump when not ToBoolean(src)
  case jumpIfFalse
  /// src, target: jump when src is null or undefined
  case jumpIfNullish
  /// src, target: jump when src is neither null nor undefined
  case jumpIfNotNullish
  /// src, target: jump when src is undefined (default values)
  case jumpIfUndefined
  /// src, target: jump when src is not undefined
  case jumpIfNotUndefined
  /// left, right, target: jump when `left < right` is false (a loop's exit test, fused)
  case jumpIfNotLess
  /// left, right, target: jump when `left <= right` is false
  case jumpIfNotLessEqual
  /// src: returns src from the frame (a constructor's non-object result is replaced by `this`)
  case `return`
  /// src: throws src
  case `throw`
  /// kind, const: throws a new error of `kind` (0 TypeError, 1 ReferenceError, 2 SyntaxError,
  /// 3 RangeError) with string constant `const` as message
  case throwError
  /// does nothing (`debugger`)
  case nop

  // MARK: Calls
  /// dst, callee, this, args, argc: dst = callee.call(this, ...argv)
  case call
  /// dst, callee, this, array: dst = callee.call(this, ...array) (an array made by spread)
  case callSpread
  /// dst, callee, args, argc: dst = new callee(...argv)
  case construct
  /// dst, callee, array: dst = new callee(...array)
  case constructSpread
  /// dst, args, argc: `super(...argv)` in a derived constructor: constructs the parent with the
  /// frame's new.target, binds the frame's `this` (ReferenceError when already bound), runs the
  /// class's field initializer on it, and writes `this` to dst
  case superCall
  /// dst, array: `super(...array)`
  case superCallSpread

  // MARK: Objects and properties
  /// dst: dst = a new ordinary object
  case newObject
  /// dst, capacity: dst = a new empty array
  case newArray
  /// array, src: appends src to array (array literals)
  case arrayPush
  /// array: appends a hole (array literals with elisions)
  case arrayPushHole
  /// array, iterable: appends every value iterable yields (spread)
  case arraySpread
  /// dst, object, const, ic: dst = object[name] where `const` is a string constant; `ic` is this
  /// site's inline-cache index
  case getNamed
  /// object, const, src, ic: object[name] = src (strict: a failed set throws TypeError)
  case setNamed
  /// dst, object, key: dst = object[key]
  case getKeyed
  /// object, key, src: object[key] = src
  case setKeyed
  /// object, key, src: CreateDataPropertyOrThrow(object, key, src) (literals, class fields)
  case defineField
  /// object, key, function, flags: defines a method (flags bit 0 enumerable: object literal methods;
  /// class methods are not) and sets the function's home object to `object`
  case defineMethod
  /// object, key, function, flags: defines or extends an accessor property's getter (flags as above)
  case defineGetter
  /// object, key, function, flags: the setter
  case defineSetter
  /// object, src: copies src's own enumerable properties onto object (`{...src}`)
  case copyDataProperties
  /// dst, src, excluded: dst = a new object with src's own enumerable properties except the keys in
  /// the array register `excluded` (an object rest pattern)
  case copyDataPropertiesExcluding
  /// dst, object, key: dst = delete object[key] (strict: TypeError when not configurable)
  case deleteKeyed
  /// object, prototype: sets an object literal's prototype (`__proto__: value` in a literal)
  case setPrototypeOfLiteral
  /// dst, const: dst = the frozen template object (strings with `raw`) of template constant `const`,
  /// one per site
  case getTemplateObject
  /// dst, const: dst = a new RegExp from regexp constant `const`
  case newRegExp
  /// function, key, prefix: sets function.name from property key `key` (prefix 0 none, 1 "get ",
  /// 2 "set "); symbols give "[description]"
  case setFunctionName

  // MARK: Classes
  /// dst, function, env, superclass, flags: dst = a class constructor made from function `function`
  /// capturing environment register `env`, with a fresh prototype object; flags bit 0: the class has
  /// an `extends` clause, whose value is in register `superclass` (null allowed; a TypeError when it
  /// is neither null nor a constructor)
  case newClass
  /// dst, constructor: dst = constructor.prototype (after newClass)
  case loadPrototype
  /// constructor, function: sets the class's instance field initializer, a method run with the new
  /// object as `this` before a base constructor's body, or right after `super()` returns
  case setFieldInitializer
  /// dst: dst = the running function's home object (the object or prototype its method was defined
  /// on); undefined for functions without one. Arrows capture it through an environment.
  case loadHomeObject
  /// dst, home, this, key: dst = super[key]: the property of home's prototype, read with `this` as
  /// the receiver
  case getSuper
  /// home, this, key, src: super[key] = src, with `this` as the receiver
  case setSuper
  /// dst, const: dst = a new private name with description `const` (one per class evaluation)
  case newPrivateName
  /// dst, object, name: dst = object.#name (TypeError when object lacks it)
  case getPrivate
  /// object, name, src: object.#name = src (TypeError when absent or a method without a setter)
  case setPrivate
  /// object, name, src: adds private field #name to object (TypeError when already present)
  case definePrivate
  /// object, name, getter, setter: adds a private accessor (either register may hold undefined)
  case definePrivateAccessor
  /// object, name, method: adds a private method (not writable)
  case definePrivateMethod
  /// dst, name, object: dst = `#name in object` (TypeError when object is not an object)
  case hasPrivate

  // MARK: Iteration
  /// dst, iterable: dst = an iterator record for iterable (GetIterator, sync)
  case getIterator
  /// dst, iterable: dst = an async iterator record (GetIterator async, with the sync fallback)
  case getAsyncIterator
  /// dst, record, target: dst = the next value; jumps to target when the iterator is done
  case iteratorNext
  /// dst, record: dst = the next value, or undefined once done (array destructuring)
  case iteratorStep
  /// dst, record: dst = an array of the remaining values (a rest element)
  case iteratorRest
  /// record: calls the iterator's `return` unless it is done (leaving a loop or a pattern early)
  case iteratorClose
  /// dst, object: dst = a for-in enumerator over object's enumerable string keys (prototypes included)
  case forInStart
  /// dst, enumerator, target: dst = the next key still present; jumps to target when exhausted
  case forInNext

  // MARK: Generators and async functions
  /// dst, mode, src: suspends the generator, producing src; on resume dst = the value sent and
  /// mode = 0 for `next`, 1 for `return`, 2 for `throw` (the compiled code throws or returns)
  case yield
  /// dst, src: awaits src; on fulfilment dst = the value, on rejection throws the reason here
  case await
  /// dst, record, mode, value: calls the iterator's `next` (mode register holds 0), `return` (1) or
  /// `throw` (2) with value and writes the raw result to dst, without awaiting or checking it: one step
  /// of `yield*`, or of `for await` (whose compiled code awaits dst, then uses resultDone and
  /// resultValue). For `return` on an iterator without a `return` method dst = { value, done: true };
  /// for `throw` without a `throw` method the iterator is closed and a TypeError thrown.
  case delegateStep
  /// dst, result: dst = result.done as a boolean (TypeError when result is not an object)
  case resultDone
  /// dst, result: dst = result.value
  case resultValue
  /// dst, value: dst = a new iterator result object { value, done: false }
  case makeIteratorResult
}

/// What one operand word means, and so what the verifier checks it against.
public enum OperandKind: UInt8, Sendable {
  /// A register of the frame: below `registerCount`.
  case register
  /// A constant of the module's pool.
  case constant
  /// A 32-bit immediate, unchecked.
  case immediate
  /// An absolute word offset of an instruction start in the same function.
  case target
  /// A function of the module.
  case function
  /// An inline-cache slot of the function: below `inlineCacheCount`.
  case inlineCache
  /// An index into the module's import table.
  case importIndex
  /// An index into the module's handle table.
  case handleIndex
  /// A count of consecutive registers starting at the preceding register operand.
  case count
  /// A small enumeration value, below the bound `Opcode.enumBound` gives.
  case selector
}

extension Opcode {
  /// The operand kinds, in order. The verifier, the disassembler, the encoder and the interpreter all
  /// read instruction lengths from here.
  public var operands: [OperandKind] { Opcode.operandTable[Int(rawValue)] }

  /// The number of words the instruction occupies, opcode included.
  public var length: Int { operands.count + 1 }

  public var mnemonic: String {
    switch self {
    case .in: "in"
    case .return: "return"
    case .throw: "throw"
    default: String(describing: self)
    }
  }

  /// The exclusive upper bound of each `selector` operand.
  public var selectorBound: UInt32 {
    switch self {
    case .loadModuleMeta: 5
    case .throwError: 4
    case .setFunctionName: 3
    case .defineMethod, .defineGetter, .defineSetter, .newClass: 2
    default: 0
    }
  }

  /// Whether control can continue to the next instruction.
  public var fallsThrough: Bool {
    switch self {
    case .jump, .return, .throw, .throwError, .throwConstAssignment: false
    default: true
    }
  }

  static let operandTable: [[OperandKind]] = Opcode.allCases.map { $0.computeOperands() }

  private func computeOperands() -> [OperandKind] {
    let r = OperandKind.register
    switch self {
    case .loadUndefined, .loadNull, .loadTrue, .loadFalse, .loadHole, .loadThis, .loadNewTarget,
      .loadCallee, .createArguments, .loadClosureEnvironment, .newObject, .loadHomeObject:
      return [r]
    case .loadInt, .createRest, .loadArgument: return [r, .immediate]
    case .loadConst, .loadGlobal, .loadGlobalOrUndefined, .newPrivateName, .getTemplateObject, .newRegExp:
      return [r, .constant]
    case .move, .negate, .toNumeric, .toNumber, .logicalNot, .bitwiseNot, .typeOf, .increment, .decrement,
      .toString, .toPropertyKey, .copyEnvironment, .loadPrototype, .getIterator, .getAsyncIterator,
      .iteratorStep, .iteratorRest, .forInStart, .await, .resultDone, .resultValue, .makeIteratorResult,
      .requireObjectCoercible:
      return [r, r]
    case .loadHandle: return [r, .handleIndex]
    case .requireModule, .importModule: return [r, .importIndex]
    case .loadModuleMeta: return [r, .selector]
    case .setExport: return [.constant, r]
    case .exportAll: return [.importIndex]
    case .newEnvironment: return [r, r, .immediate]
    case .getSlot: return [r, r, .immediate, .immediate]
    case .setSlot: return [r, .immediate, .immediate, r]
    case .newClosure: return [r, .function, r]
    case .checkInitialized: return [r, .constant]
    case .throwConstAssignment: return [.constant]
    case .add, .subtract, .multiply, .divide, .remainder, .exponent, .bitwiseAnd, .bitwiseOr, .bitwiseXor,
      .shiftLeft, .shiftRight, .shiftRightUnsigned, .equal, .notEqual, .strictEqual, .strictNotEqual, .less,
      .lessEqual, .greater, .greaterEqual, .instanceOf, .in, .getKeyed, .deleteKeyed,
      .copyDataPropertiesExcluding, .getPrivate, .hasPrivate:
      return [r, r, r]
    case .jump: return [.target]
    case .jumpIfTrue, .jumpIfFalse, .jumpIfNullish, .jumpIfNotNullish, .jumpIfUndefined, .jumpIfNotUndefined:
      return [r, .target]
    case .jumpIfNotLess, .jumpIfNotLessEqual: return [r, r, .target]
    case .return, .throw, .arrayPushHole, .iteratorClose: return [r]
    case .throwError: return [.selector, .constant]
    case .nop: return []
    case .call: return [r, r, r, r, .count]
    case .callSpread: return [r, r, r, r]
    case .construct: return [r, r, r, .count]
    case .constructSpread: return [r, r, r]
    case .superCall: return [r, r, .count]
    case .superCallSpread: return [r, r]
    case .newArray: return [r, .immediate]
    case .arrayPush, .arraySpread, .copyDataProperties, .setPrototypeOfLiteral, .setFieldInitializer:
      return [r, r]
    case .getSuper, .setSuper: return [r, r, r, r]
    case .getNamed: return [r, r, .constant, .inlineCache]
    case .setNamed: return [r, .constant, r, .inlineCache]
    case .setKeyed, .defineField, .setPrivate, .definePrivate, .definePrivateMethod: return [r, r, r]
    case .defineMethod, .defineGetter, .defineSetter: return [r, r, r, .selector]
    case .setFunctionName: return [r, r, .selector]
    case .newClass: return [r, .function, r, r, .selector]
    case .definePrivateAccessor: return [r, r, r, r]
    case .iteratorNext, .forInNext: return [r, r, .target]
    case .yield: return [r, r, r]
    case .delegateStep: return [r, r, r, r]
    }
  }
}
