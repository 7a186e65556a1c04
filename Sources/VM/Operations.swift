import Foundation

/// The language's abstract operations: conversions, equality, and the slow paths of operators.
extension VM {
  enum Hint { case `default`, number, string }

  // MARK: Conversions

  func toBoolean(_ value: Value) -> Bool {
    if value.isBool { return value.bool }
    if value.isInt { return value.int != 0 }
    if value.isDouble { let d = value.double; return !(d == 0 || d.isNaN) }
    if value.isString { return value.string.length != 0 }
    if value.isNullish || value.isHole { return false }
    if value.isBigInt { return !value.bigint.value.isZero }
    return true
  }

  func toPrimitive(_ value: Value, hint: Hint) throws(Throw) -> Value {
    guard value.isObject else { return value }
    let exotic = try get(value, .named(PropertyKey(symbol: names.symbolToPrimitive)))
    if !exotic.isNullish {
      guard isCallable(exotic) else { throw typeError("Symbol.toPrimitive is not a function") }
      let hintName = hint == .string ? "string" : hint == .number ? "number" : "default"
      let result = try call(exotic, this: value, [Value(atom(hintName))])
      if result.isObject { throw typeError("Cannot convert object to primitive value") }
      return result
    }
    let order = hint == .string ? [names.toString, names.valueOf] : [names.valueOf, names.toString]
    for name in order {
      let method = try get(value, name)
      if isCallable(method) {
        let result = try call(method, this: value, [])
        if !result.isObject { return result }
      }
    }
    throw typeError("Cannot convert object to primitive value")
  }

  func toNumber(_ value: Value) throws(Throw) -> Double {
    if value.isNumber { return value.number }
    // The uninitialized marker only reaches conversions from hostile bytecode: it reads as undefined.
    if value.isUndefined || value.isHole { return .nan }
    if value.isNull { return 0 }
    if value.isBool { return value.bool ? 1 : 0 }
    if value.isString { return stringToNumber(value.string.units) }
    if value.isSymbol { throw typeError("Cannot convert a Symbol value to a number") }
    if value.isBigInt { throw typeError("Cannot convert a BigInt value to a number") }
    return try toNumber(toPrimitive(value, hint: .number))
  }

  /// ToNumeric: a number value or a BigInt.
  func toNumeric(_ value: Value) throws(Throw) -> Value {
    if value.isNumber || value.isBigInt { return value }
    let primitive = try toPrimitive(value, hint: .number)
    if primitive.isBigInt { return primitive }
    return Value(number: try toNumber(primitive))
  }

  func toInt32(_ value: Value) throws(Throw) -> Int32 {
    if value.isInt { return value.int }
    return VM.int32(try toNumber(value))
  }

  static func int32(_ number: Double) -> Int32 {
    if let exact = Int32(exactly: number) { return exact }
    guard number.isFinite else { return 0 }
    let truncated = number.rounded(.towardZero)
    let modulo = truncated.truncatingRemainder(dividingBy: 4_294_967_296)
    let positive = modulo < 0 ? modulo + 4_294_967_296 : modulo
    return Int32(bitPattern: UInt32(positive))
  }

  func toJSString(_ value: Value) throws(Throw) -> JSString {
    if value.isString { return value.string }
    // Numbers become fresh strings, not atoms: the atom table lives as long as the VM.
    if value.isInt { return plainString(String(value.int)) }
    if value.isDouble { return plainString(numberToString(value.double)) }
    if value.isUndefined || value.isHole { return atom("undefined") }
    if value.isNull { return atom("null") }
    if value.isBool { return atom(value.bool ? "true" : "false") }
    if value.isSymbol { throw typeError("Cannot convert a Symbol value to a string") }
    if value.isBigInt { return plainString(bigintToString(value.bigint, radix: 10)) }
    return try toJSString(toPrimitive(value, hint: .string))
  }

  func toStringValue(_ value: Value) throws(Throw) -> Value {
    value.isString ? value : Value(try toJSString(value))
  }

  func toSwiftString(_ value: Value) throws(Throw) -> String { try toJSString(value).swiftString }

  func toObject(_ value: Value) throws(Throw) -> JSObject {
    if value.isObject { return value.object }
    if value.isNullish { throw typeError("Cannot convert undefined or null to object") }
    let kind: ObjectKind =
      value.isNumber
      ? .numberObject
      : value.isBool
        ? .booleanObject
        : value.isString
          ? .stringObject
          : value.isSymbol ? .symbolObject : .bigintObject
    let wrapper = heap.register(
      JSObject(shape: emptyShape, proto: Value(prototypeForPrimitive(value)), kind: kind), bytes: 96)
    wrapper.primitive = value
    return wrapper
  }

  func isCallable(_ value: Value) -> Bool { value.asFunction != nil }

  func isConstructor(_ value: Value) -> Bool { value.asFunction?.isConstructor ?? false }

  /// SpeciesConstructor.
  func speciesConstructor(_ object: Value, default fallback: Value) throws(Throw) -> Value {
    let constructor = try get(object, names.constructor)
    if constructor.isUndefined { return fallback }
    guard constructor.isObject else { throw typeError("The .constructor property is not an object") }
    let species = try get(constructor, .named(PropertyKey(symbol: names.symbolSpecies)))
    if species.isNullish { return fallback }
    guard isConstructor(species) else {
      throw typeError("object.constructor[Symbol.species] is not a constructor")
    }
    return species
  }

  // MARK: typeof and equality

  func typeOfName(_ value: Value) -> String {
    if value.isNumber { return "number" }
    if value.isString { return "string" }
    if value.isUndefined || value.isHole { return "undefined" }
    if value.isBool { return "boolean" }
    if value.isSymbol { return "symbol" }
    if value.isBigInt { return "bigint" }
    if value.isNull { return "object" }
    return value.asFunction != nil ? "function" : "object"
  }

  func strictEquals(_ a: Value, _ b: Value) -> Bool {
    if a.isNumber && b.isNumber { return a.number == b.number }
    if a.isString && b.isString { return a.bits == b.bits || a.string.units == b.string.units }
    if a.isBigInt && b.isBigInt { return bigintCompare(a.bigint, b.bigint) == 0 }
    return a.bits == b.bits
  }

  func sameValueZero(_ a: Value, _ b: Value) -> Bool {
    if a.isNumber && b.isNumber {
      let x = a.number
      let y = b.number
      return x == y || (x.isNaN && y.isNaN)
    }
    return strictEquals(a, b)
  }

  func sameValue(_ a: Value, _ b: Value) -> Bool {
    if a.isNumber && b.isNumber {
      let x = a.number
      let y = b.number
      if x.isNaN && y.isNaN { return true }
      return x == y && x.sign == y.sign
    }
    return strictEquals(a, b)
  }

  func looseEquals(_ a: Value, _ b: Value) throws(Throw) -> Bool {
    if a.isNumber && b.isNumber { return a.number == b.number }
    if a.isString && b.isString { return strictEquals(a, b) }
    if a.isNullish && b.isNullish { return true }
    if a.isNullish || b.isNullish { return false }
    if a.isObject && b.isObject { return a.bits == b.bits }
    if a.isBool { return try looseEquals(Value(int: a.bool ? 1 : 0), b) }
    if b.isBool { return try looseEquals(a, Value(int: b.bool ? 1 : 0)) }
    if a.isNumber && b.isString { return a.number == stringToNumber(b.string.units) }
    if a.isString && b.isNumber { return stringToNumber(a.string.units) == b.number }
    if a.isBigInt || b.isBigInt {
      if a.isBigInt && b.isBigInt { return bigintCompare(a.bigint, b.bigint) == 0 }
      let big = a.isBigInt ? a : b
      let other = a.isBigInt ? b : a
      if other.isObject { return try looseEquals(big, toPrimitive(other, hint: .default)) }
      if other.isSymbol { return false }
      if other.isString {
        guard let parsed = BigIntValue.fromString(other.string.units) else { return false }
        return BigIntValue.compare(big.bigint.value, parsed) == 0
      }
      let number = try toNumber(other)
      if number.isNaN { return false }
      return bigintCompare(big.bigint, number) == 0
    }
    if a.isObject && !b.isObject { return try looseEquals(toPrimitive(a, hint: .default), b) }
    if b.isObject && !a.isObject { return try looseEquals(a, toPrimitive(b, hint: .default)) }
    return a.bits == b.bits
  }

  // MARK: Operators (slow paths)

  @inline(never) func addSlow(_ a: Value, _ b: Value) throws(Throw) -> Value {
    if a.isString && b.isString { return concat(a.string, b.string) }
    let left = try toPrimitive(a, hint: .default)
    let right = try toPrimitive(b, hint: .default)
    if left.isString || right.isString {
      return concat(try toJSString(left), try toJSString(right))
    }
    if left.isBigInt || right.isBigInt {
      guard left.isBigInt && right.isBigInt else { throw mixedBigInt() }
      return Value(bigintAdd(left.bigint, right.bigint))
    }
    return Value(number: try toNumber(left) + toNumber(right))
  }

  func concat(_ a: JSString, _ b: JSString) -> Value {
    if a.length == 0 { return Value(b) }
    if b.length == 0 { return Value(a) }
    if a.length + b.length < 24 {
      return string(a.units + b.units)
    }
    return Value(heap.register(JSString(left: a, right: b), bytes: 48))
  }

  func mixedBigInt() -> Throw { typeError("Cannot mix BigInt and other types, use explicit conversions") }

  enum NumericOperator { case subtract, multiply, divide, remainder, exponent, and, or, xor, shl, shr, ushr }

  @inline(never) func numericSlow(_ op: NumericOperator, _ a: Value, _ b: Value) throws(Throw) -> Value {
    let left = try toNumeric(a)
    let right = try toNumeric(b)
    if left.isBigInt || right.isBigInt {
      guard left.isBigInt && right.isBigInt else { throw mixedBigInt() }
      return try bigintOperation(op, left.bigint, right.bigint)
    }
    return VM.numeric(op, left.number, right.number)
  }

  static func numeric(_ op: NumericOperator, _ x: Double, _ y: Double) -> Value {
    switch op {
    case .subtract: return Value(number: x - y)
    case .multiply: return Value(number: x * y)
    case .divide: return Value(number: x / y)
    case .remainder: return Value(number: jsRemainder(x, y))
    case .exponent: return Value(number: jsPower(x, y))
    case .and: return Value(int: int32(x) & int32(y))
    case .or: return Value(int: int32(x) | int32(y))
    case .xor: return Value(int: int32(x) ^ int32(y))
    case .shl: return Value(int: int32(x) << (UInt32(bitPattern: int32(y)) & 31))
    case .shr: return Value(int: int32(x) >> (UInt32(bitPattern: int32(y)) & 31))
    case .ushr:
      return Value(number: Double(UInt32(bitPattern: int32(x)) >> (UInt32(bitPattern: int32(y)) & 31)))
    }
  }

  static func jsRemainder(_ x: Double, _ y: Double) -> Double {
    if y.isInfinite && x.isFinite { return x }
    return x.truncatingRemainder(dividingBy: y)
  }

  static func jsPower(_ x: Double, _ y: Double) -> Double {
    if y.isNaN { return .nan }
    if y == 0 { return 1 }
    if (x == 1 || x == -1) && y.isInfinite { return .nan }
    // V8 uses fdlibm's pow, which differs from glibc's in the last bit for a few arguments
    // (10 ** -5); a port of fdlibm's algorithm would close that gap.
    return pow(x, y)
  }

  /// `a < b` (or with `swap`, `b < a`); nil for undefined (a NaN was involved).
  @inline(never) func lessThan(_ a: Value, _ b: Value, leftFirst: Bool = true) throws(Throw) -> Bool? {
    let left: Value
    let right: Value
    if leftFirst {
      left = try toPrimitive(a, hint: .number)
      right = try toPrimitive(b, hint: .number)
    } else {
      right = try toPrimitive(b, hint: .number)
      left = try toPrimitive(a, hint: .number)
    }
    if left.isString && right.isString {
      return left.string.units.lexicographicallyPrecedes(right.string.units)
    }
    if left.isBigInt || right.isBigInt {
      if left.isBigInt && right.isBigInt { return bigintCompare(left.bigint, right.bigint) < 0 }
      if left.isBigInt {
        let y = right.isString ? stringToNumber(right.string.units) : try toNumber(right)
        if y.isNaN { return nil }
        return bigintCompare(left.bigint, y) < 0
      }
      let x = left.isString ? stringToNumber(left.string.units) : try toNumber(left)
      if x.isNaN { return nil }
      return bigintCompare(right.bigint, x) > 0
    }
    let x = try toNumber(left)
    let y = try toNumber(right)
    if x.isNaN || y.isNaN { return nil }
    return x < y
  }

  func instanceOf(_ value: Value, _ target: Value) throws(Throw) -> Bool {
    guard target.isObject else { throw typeError("Right-hand side of 'instanceof' is not an object") }
    let hasInstance = try get(target, .named(PropertyKey(symbol: names.symbolHasInstance)))
    if !hasInstance.isNullish && hasInstance.bits != realm.functionHasInstance.bits {
      return toBoolean(try call(hasInstance, this: target, [value]))
    }
    guard isCallable(target) else { throw typeError("Right-hand side of 'instanceof' is not callable") }
    return try ordinaryHasInstance(target, value)
  }

  func ordinaryHasInstance(_ target: Value, _ value: Value) throws(Throw) -> Bool {
    guard let function = target.asFunction else { return false }
    if !function.boundTarget.isUndefined { return try instanceOf(value, function.boundTarget) }
    guard value.isObject else { return false }
    let prototype = try get(target, names.prototype)
    guard prototype.isObject else { throw typeError("Function has non-object prototype in instanceof check") }
    var current = try getPrototypeOf(value.object)
    while current.isObject {
      if current.bits == prototype.bits { return true }
      current = try getPrototypeOf(current.object)
    }
    return false
  }

  // MARK: Errors

  func makeError(_ prototype: JSObject, _ message: String) -> Value {
    let error = heap.register(JSObject(shape: emptyShape, proto: Value(prototype), kind: .error), bytes: 128)
    error.addProperty(names.message, string(message), .hidden)
    captureStack(error)
    return Value(error)
  }

  func typeError(_ message: String) -> Throw { Throw(makeError(realm.typeErrorPrototype, message)) }
  func rangeError(_ message: String) -> Throw { Throw(makeError(realm.rangeErrorPrototype, message)) }
  func referenceError(_ message: String) -> Throw { Throw(makeError(realm.referenceErrorPrototype, message)) }
  func syntaxError(_ message: String) -> Throw { Throw(makeError(realm.syntaxErrorPrototype, message)) }

  /// Text for a value inside an error message.
  func display(_ value: Value) -> String {
    if value.isString { return value.string.swiftString }
    if value.isSymbol {
      let description = value.symbol.description
      return "Symbol(\(description.isString ? description.string.swiftString : ""))"
    }
    if value.isObject { return value.asFunction != nil ? "function" : "#<Object>" }
    return (try? toSwiftString(value)) ?? "?"
  }

  func describeForError(_ value: Value) -> String {
    if value.isObject {
      switch value.object.kind {
      case .array: return "[object Array]"
      case .stringObject: return "[object String]"
      case .numberObject: return "[object Number]"
      case .booleanObject: return "[object Boolean]"
      default: break
      }
      if let text = typedArrayDescription(value.object) { return text }
      return value.asFunction != nil ? "function" : "#<\(constructorName(of: value.object) ?? "Object")>"
    }
    return display(value)
  }

  /// The name V8 shows for an object in messages: the `constructor` data property found first on
  /// its prototype chain, when that is a function with a non-empty name. Reads no getters and
  /// stops at proxies, so it runs no program code.
  func constructorName(of object: JSObject) -> String? {
    var current: JSObject? = object
    while let holder = current, !holder.isProxy {
      if let slot = holder.shape.slot(of: names.constructor) {
        guard !holder.shape.attributes[slot].contains(.accessor),
          let function = holder.slots[slot].asFunction,
          let nameSlot = function.shape.slot(of: names.name),
          !function.shape.attributes[nameSlot].contains(.accessor), function.slots[nameSlot].isString,
          function.slots[nameSlot].string.length > 0
        else { return nil }
        return function.slots[nameSlot].string.swiftString
      }
      current = holder.proto.isObject ? holder.proto.object : nil
    }
    return nil
  }
}
