import Foundation

/// `Number`, `Math`, `Boolean`, `Symbol`, `BigInt` and the global number functions.
extension Realm {
  func installNumberAndMath() {
    let vm = self.vm
    let number = constructor("Number", 1, prototype: numberPrototype) { vm, call in
      var value = Value(int: 0)
      if call.count > 0 {
        let numeric = try vm.toNumeric(call[0])
        value = numeric.isBigInt ? Value(numeric.bigint.value.doubleValue) : numeric
      }
      if call.newTarget.isUndefined { return value }
      let wrapper = try vm.objectFromConstructor(
        call.newTarget, fallback: vm.realm.numberPrototype, kind: .numberObject)
      wrapper.primitive = value
      return Value(wrapper)
    }
    value(number, "MAX_SAFE_INTEGER", Value(9_007_199_254_740_991.0), [])
    value(number, "MIN_SAFE_INTEGER", Value(-9_007_199_254_740_991.0), [])
    value(number, "MAX_VALUE", Value(Double.greatestFiniteMagnitude), [])
    value(number, "MIN_VALUE", Value(Double.leastNonzeroMagnitude), [])
    value(number, "EPSILON", Value(Double.ulpOfOne), [])
    value(number, "POSITIVE_INFINITY", Value(Double.infinity), [])
    value(number, "NEGATIVE_INFINITY", Value(-Double.infinity), [])
    value(number, "NaN", Value(Double.nan), [])
    method(number, "isInteger", 1) { vm, call in
      Value(
        bool: call[0].isNumber && call[0].number.isFinite
          && call[0].number == call[0].number.rounded(.towardZero))
    }
    method(number, "isSafeInteger", 1) { vm, call in
      let x = call[0].number
      return Value(
        bool: call[0].isNumber && x.isFinite && x == x.rounded(.towardZero) && abs(x) <= 9_007_199_254_740_991
      )
    }
    method(number, "isFinite", 1) { vm, call in Value(bool: call[0].isNumber && call[0].number.isFinite) }
    method(number, "isNaN", 1) { vm, call in Value(bool: call[0].isNumber && call[0].number.isNaN) }
    let parseFloatFunction = method(global, "parseFloat", 1) { vm, call in
      Value(number: parseFloat(try vm.toJSString(call[0]).units))
    }
    let parseIntFunction = method(global, "parseInt", 2) { vm, call in
      Value(number: parseInt(try vm.toJSString(call[0]).units, radix: try vm.toInt32(call[1])))
    }
    number.addProperty(vm.key("parseFloat"), Value(parseFloatFunction), .hidden)
    number.addProperty(vm.key("parseInt"), Value(parseIntFunction), .hidden)
    method(global, "isNaN", 1) { vm, call in Value(bool: try vm.toNumber(call[0]).isNaN) }
    method(global, "isFinite", 1) { vm, call in Value(bool: try vm.toNumber(call[0]).isFinite) }

    func thisNumber(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> Double {
      if call.this.isNumber { return call.this.number }
      if let wrapper = call.this.object(ofKind: .numberObject) { return wrapper.primitive.number }
      throw vm.typeError("Number.prototype.\(name) requires that 'this' be a Number")
    }
    method(numberPrototype, "toString", 1) { vm, call in
      let x = try thisNumber(vm, call, "toString")
      let radix = call[0].isUndefined ? 10 : Int(try vm.toIntegerOrInfinity(call[0]))
      guard radix >= 2 && radix <= 36 else {
        throw vm.rangeError("toString() radix must be between 2 and 36")
      }
      return vm.string(radix == 10 ? numberToString(x) : numberToString(x, radix: radix))
    }
    method(numberPrototype, "toLocaleString", 0) { vm, call in
      vm.string(numberToString(try thisNumber(vm, call, "toLocaleString")))
    }
    method(numberPrototype, "valueOf", 0) { vm, call in Value(number: try thisNumber(vm, call, "valueOf")) }
    method(numberPrototype, "toFixed", 1) { vm, call in
      let x = try thisNumber(vm, call, "toFixed")
      let digits = try vm.toIntegerOrInfinity(call[0])
      guard digits >= 0 && digits <= 100 else {
        throw vm.rangeError("toFixed() digits argument must be between 0 and 100")
      }
      if !x.isFinite { return vm.string(numberToString(x)) }
      return vm.string(numberToFixed(x, digits: Int(digits)))
    }
    method(numberPrototype, "toPrecision", 1) { vm, call in
      let x = try thisNumber(vm, call, "toPrecision")
      if call[0].isUndefined { return vm.string(numberToString(x)) }
      let precision = try vm.toIntegerOrInfinity(call[0])
      if !x.isFinite { return vm.string(numberToString(x)) }
      guard precision >= 1 && precision <= 100 else {
        throw vm.rangeError("toPrecision() argument must be between 1 and 100")
      }
      return vm.string(numberToPrecision(x, precision: Int(precision)))
    }
    method(numberPrototype, "toExponential", 1) { vm, call in
      let x = try thisNumber(vm, call, "toExponential")
      let digits = call[0].isUndefined ? nil : try vm.toIntegerOrInfinity(call[0])
      if !x.isFinite { return vm.string(numberToString(x)) }
      if let digits, digits < 0 || digits > 100 {
        throw vm.rangeError("toExponential() argument must be between 0 and 100")
      }
      return vm.string(numberToExponential(x, digits: digits.map { Int($0) }))
    }

    let math = namespace("Math", tag: "Math")
    for (name, constant) in [
      ("PI", Double.pi), ("E", M_E), ("LN2", M_LN2), ("LN10", M_LN10), ("LOG2E", M_LOG2E),
      ("LOG10E", M_LOG10E),
      ("SQRT2", 2.0.squareRoot()), ("SQRT1_2", 0.5.squareRoot()),
    ] {
      value(math, name, Value(constant), [])
    }
    let shared: [(String, (Double) -> Double)] = MathFunctions.unary.map { entry in
      let function = entry.function
      return (entry.name, { function($0) })
    }
    // In the order Math's properties have always had (sin to cbrt are MathFunctions.unary's order).
    let unary: [(String, (Double) -> Double)] =
      [
        ("abs", { abs($0) }), ("floor", { $0.rounded(.down) }), ("ceil", { $0.rounded(.up) }),
        ("sqrt", { $0.squareRoot() }),
      ] + shared + [
        ("trunc", { $0.rounded(.towardZero) }), ("sign", { $0.isNaN ? .nan : $0 > 0 ? 1 : $0 < 0 ? -1 : $0 }),
        ("round", MathFunctions.round), ("fround", { Double(Float($0)) }),
      ]
    for (name, operation) in unary {
      method(math, name, 1) { vm, call in
        let argument = call[0]
        if argument.isInt && (name == "floor" || name == "ceil" || name == "trunc" || name == "round") {
          return argument
        }
        return Value(number: operation(try vm.toNumber(argument)))
      }
    }
    method(math, "clz32", 1) { vm, call in
      Value(int: Int32(UInt32(bitPattern: try vm.toInt32(call[0])).leadingZeroBitCount))
    }
    method(math, "imul", 2) { vm, call in
      Value(int: try vm.toInt32(call[0]) &* vm.toInt32(call[1]))
    }
    method(math, "atan2", 2) { vm, call in
      Value(number: MathFunctions.atan2(try vm.toNumber(call[0]), try vm.toNumber(call[1])))
    }
    method(math, "pow", 2) { vm, call in
      Value(number: MathFunctions.pow(try vm.toNumber(call[0]), try vm.toNumber(call[1])))
    }
    method(math, "hypot", 2) { vm, call in
      var values: [Double] = []
      for index in 0..<call.count { values.append(try vm.toNumber(call[index])) }
      if values.contains(where: \.isInfinite) { return Value(Double.infinity) }
      if values.contains(where: \.isNaN) { return Value(Double.nan) }
      let largest = values.map(abs).max() ?? 0
      if largest == 0 { return Value(int: 0) }
      let sum = values.reduce(0.0) { $0 + ($1 / largest) * ($1 / largest) }
      return Value(number: sum.squareRoot() * largest)
    }
    for (name, isMax) in [("max", true), ("min", false)] {
      method(math, name, 2) { vm, call in
        var result = isMax ? -Double.infinity : Double.infinity
        var allInts = true
        for index in 0..<call.count {
          let argument = call[index]
          if !argument.isInt { allInts = false }
          let x = try vm.toNumber(argument)
          if x.isNaN {
            result = .nan
          } else if !result.isNaN {
            if isMax
              ? (x > result || (x == 0 && result == 0 && result.sign == .minus))
              : (x < result || (x == 0 && result == 0 && x.sign == .minus))
            {
              result = x
            }
          }
        }
        return allInts && call.count > 0 ? Value(int: Int32(result)) : Value(number: result)
      }
    }
  }

  func installSymbolAndBoolean() {
    let vm = self.vm
    let boolean = constructor("Boolean", 1, prototype: booleanPrototype) { vm, call in
      let value = Value(bool: vm.toBoolean(call[0]))
      if call.newTarget.isUndefined { return value }
      let wrapper = try vm.objectFromConstructor(
        call.newTarget, fallback: vm.realm.booleanPrototype, kind: .booleanObject)
      wrapper.primitive = value
      return Value(wrapper)
    }
    _ = boolean
    func thisBoolean(_ vm: VM, _ call: NativeCall) throws(Throw) -> Value {
      if call.this.isBool { return call.this }
      if let wrapper = call.this.object(ofKind: .booleanObject) { return wrapper.primitive }
      throw vm.typeError("Boolean.prototype.valueOf requires that 'this' be a Boolean")
    }
    method(booleanPrototype, "toString", 0) { vm, call in
      Value(vm.atom(try thisBoolean(vm, call).bool ? "true" : "false"))
    }
    method(booleanPrototype, "valueOf", 0) { vm, call in try thisBoolean(vm, call) }

    let symbol = constructor("Symbol", 0, prototype: symbolPrototype) { vm, call in
      guard call.newTarget.isUndefined else { throw vm.typeError("Symbol is not a constructor") }
      let description = call[0].isUndefined ? Value.undefined : try vm.toStringValue(call[0])
      return Value(vm.newSymbol(description: description))
    }
    symbol.isConstructor = false
    for (name, wellKnown) in [
      ("iterator", vm.names.symbolIterator), ("asyncIterator", vm.names.symbolAsyncIterator),
      ("hasInstance", vm.names.symbolHasInstance), ("toPrimitive", vm.names.symbolToPrimitive),
      ("toStringTag", vm.names.symbolToStringTag), ("species", vm.names.symbolSpecies),
      ("isConcatSpreadable", vm.names.symbolIsConcatSpreadable), ("unscopables", vm.names.symbolUnscopables),
      ("match", vm.names.symbolMatch), ("matchAll", vm.names.symbolMatchAll),
      ("replace", vm.names.symbolReplace),
      ("search", vm.names.symbolSearch), ("split", vm.names.symbolSplit),
    ] {
      value(symbol, name, Value(wellKnown), [])
    }
    method(symbol, "for", 1) { vm, call in Value(vm.registeredSymbol(try vm.toJSString(call[0]))) }
    method(symbol, "keyFor", 1) { vm, call in
      guard call[0].isSymbol else { throw vm.typeError("\(vm.display(call[0])) is not a symbol") }
      return call[0].symbol.registryKey
    }
    func thisSymbol(_ vm: VM, _ call: NativeCall) throws(Throw) -> JSSymbol {
      if call.this.isSymbol { return call.this.symbol }
      if let wrapper = call.this.object(ofKind: .symbolObject) { return wrapper.primitive.symbol }
      throw vm.typeError("Symbol.prototype.valueOf requires that 'this' be a Symbol")
    }
    method(symbolPrototype, "toString", 0) { vm, call in
      let symbol = try thisSymbol(vm, call)
      return vm.string(
        "Symbol(" + (symbol.description.isString ? symbol.description.string.swiftString : "") + ")")
    }
    method(symbolPrototype, "valueOf", 0) { vm, call in Value(try thisSymbol(vm, call)) }
    getter(symbolPrototype, "description") { vm, call in try thisSymbol(vm, call).description }
    let toPrimitive = method(symbolPrototype, vm.names.symbolToPrimitive, "[Symbol.toPrimitive]", 1) {
      vm, call in
      Value(try thisSymbol(vm, call))
    }
    if let slot = symbolPrototype.shape.slot(of: PropertyKey(symbol: vm.names.symbolToPrimitive)) {
      symbolPrototype.setAttributes(slot: slot, [.configurable])
    }
    _ = toPrimitive
    symbolPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("Symbol")), [.configurable])

    let bigint = constructor("BigInt", 1, prototype: bigintPrototype) { vm, call in
      guard call.newTarget.isUndefined else { throw vm.typeError("BigInt is not a constructor") }
      let primitive = try vm.toPrimitive(call[0], hint: .number)
      if primitive.isNumber {
        guard let value = BigIntValue(exactly: primitive.number) else {
          throw vm.rangeError(
            "The number \(numberToString(primitive.number)) cannot be converted to a BigInt because it is not an integer"
          )
        }
        return Value(vm.bigint(value))
      }
      return Value(try vm.toBigInt(primitive))
    }
    method(bigintPrototype, "toString", 0) { vm, call in
      let value = try vm.thisBigIntValue(call.this, "toString")
      let radix = call[0].isUndefined ? 10 : Int(try vm.toIntegerOrInfinity(call[0]))
      guard radix >= 2 && radix <= 36 else {
        throw vm.rangeError("toString() radix must be between 2 and 36")
      }
      return vm.string(value.bigint.value.toString(radix: radix))
    }
    method(bigintPrototype, "valueOf", 0) { vm, call in try vm.thisBigIntValue(call.this, "valueOf") }
    for (name, signed) in [("asIntN", true), ("asUintN", false)] {
      method(bigint, name, 2) { vm, call in
        let bits = try vm.toIntegerOrInfinity(call[0])
        guard bits >= 0, bits <= 9_007_199_254_740_991 else {
          throw vm.rangeError("Invalid value: not (convertible to) a safe integer")
        }
        let value = try vm.toBigInt(call[1]).value
        return Value(vm.bigint(signed ? value.asIntN(bits: Int(bits)) : value.asUintN(bits: Int(bits))))
      }
    }
  }
}

extension VM {
  func toBigInt(_ value: Value) throws(Throw) -> JSBigInt {
    let primitive = try toPrimitive(value, hint: .number)
    if primitive.isBigInt { return primitive.bigint }
    if primitive.isBool { return bigint(BigIntValue(primitive.bool ? 1 : 0)) }
    if primitive.isString {
      guard let parsed = BigIntValue.fromString(primitive.string.units) else {
        throw syntaxError("Cannot convert \(primitive.string.swiftString) to a BigInt")
      }
      return bigint(parsed)
    }
    throw typeError("Cannot convert \(display(primitive)) to a BigInt")
  }
}

extension VM {
  /// thisBigIntValue: a BigInt, or a BigInt wrapper's primitive.
  func thisBigIntValue(_ value: Value, _ method: String) throws(Throw) -> Value {
    if value.isBigInt { return value }
    if let wrapper = value.object(ofKind: .bigintObject), wrapper.primitive.isBigInt {
      return wrapper.primitive
    }
    throw typeError("BigInt.prototype.\(method) requires that 'this' be a BigInt")
  }
}

/// The one definition of the Math functions native code calls too (`cruft_math_NAME`, see
/// NativeCode.swift), so that a function gives the same result compiled and interpreted.
enum MathFunctions {
  /// `Math.NAME` of one number, for each NAME native code may call.
  static let unary: [(name: String, function: @convention(c) (Double) -> Double)] = [
    ("sin", { sin($0) }), ("cos", { cos($0) }), ("tan", { tan($0) }), ("asin", { asin($0) }),
    ("acos", { acos($0) }), ("atan", { atan($0) }), ("sinh", { sinh($0) }), ("cosh", { cosh($0) }),
    ("tanh", { tanh($0) }), ("asinh", { asinh($0) }), ("acosh", { acosh($0) }), ("atanh", { atanh($0) }),
    ("exp", { exp($0) }), ("expm1", { expm1($0) }), ("log", { log($0) }), ("log2", { log2($0) }),
    ("log10", { log10($0) }), ("log1p", { log1p($0) }), ("cbrt", { MathFunctions.cbrt($0) }),
  ]

  /// `Math.atan2` and `Math.pow`.
  static let binary: [(name: String, function: @convention(c) (Double, Double) -> Double)] = [
    ("atan2", { MathFunctions.atan2($0, $1) }), ("pow", { MathFunctions.pow($0, $1) }),
  ]

  static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }

  static func pow(_ x: Double, _ y: Double) -> Double { VM.jsPower(x, y) }

  static func cbrt(_ x: Double) -> Double {
    // glibc's cbrt(27) is 3.0000000000000004; one Newton step gives V8's (fdlibm's) 3.
    guard x.isFinite, x != 0 else { return x }
    let r = Foundation.cbrt(x)
    return r - (r * r * r - x) / (3 * r * r)
  }

  /// `Math.round`: floor(x), plus 1 when x - floor(x) >= 0.5 (exact: no x + 0.5 that rounds), and -0
  /// for x in [-0.5, -0]. Native code lowers it the same way.
  static func round(_ x: Double) -> Double {
    if x.isNaN || x == 0 { return x }
    if x < 0 && x >= -0.5 { return -0.0 }
    let floor = x.rounded(.down)
    return x - floor >= 0.5 ? floor + 1 : floor
  }
}
