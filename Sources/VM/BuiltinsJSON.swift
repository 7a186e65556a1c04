/// `JSON.parse` (with a reviver) and `JSON.stringify` (replacer function or list, indentation, toJSON).
extension Realm {
  func installJSON() {
    let json = namespace("JSON", tag: "JSON")
    method(json, "parse", 2) { vm, call in
      let text = try vm.toJSString(call[0]).units
      var parser = JSONTextParser(units: text, vm: vm)
      let result = try parser.parseDocument()
      if vm.isCallable(call[1]) {
        let root = vm.newObject()
        root.addProperty(vm.names.emptyString.key, result, .data)
        return try vm.revive(Value(root), key: Value(vm.names.emptyString), reviver: call[1])
      }
      return result
    }
    method(json, "stringify", 3) { vm, call in
      try vm.jsonStringify(call[0], replacer: call[1], space: call[2])
    }
  }
}

extension JSString {
  var key: PropertyKey { PropertyKey(atom: self) }
}

struct JSONTextParser {
  let units: [UInt16]
  let vm: VM
  var position = 0
  var depth = 0

  init(units: [UInt16], vm: VM) {
    self.units = units
    self.vm = vm
  }

  mutating func parseDocument() throws(Throw) -> Value {
    skipWhitespace()
    let value = try parseValue()
    skipWhitespace()
    guard position == units.count else { throw unexpected("Unexpected non-whitespace character after JSON") }
    return value
  }

  /// The error for what stands at `position`, worded as V8 words it: `expected` (what the parser
  /// wanted here, "... in JSON") with the position when the grammar says what was expected, else a
  /// message by the kind of token found, quoting up to ten code units of the text on either side.
  func unexpected(_ expected: String? = nil) -> Throw {
    if let expected { return vm.syntaxError("\(expected) at position \(position)") }
    guard position < units.count else { return vm.syntaxError("Unexpected end of JSON input") }
    let unit = units[position]
    if unit == 0x22 { return vm.syntaxError("Unexpected string in JSON at position \(position)") }
    if unit == 0x2D || (unit >= 0x30 && unit <= 0x39) {
      return vm.syntaxError("Unexpected number in JSON at position \(position)")
    }
    let text = { (range: Range<Int>) in String(decoding: units[range], as: UTF16.self) }
    let source = text(0..<units.count)
    // What JSON.parse(undefined), JSON.parse(NaN) and JSON.parse({}) see after ToString.
    if ["undefined", "NaN", "Infinity", "[object Object]"].contains(source) {
      return vm.syntaxError("\"\(source)\" is not valid JSON")
    }
    let around = 10
    let quoted: String
    if units.count <= 2 * around {
      quoted = "\"\(source)\""
    } else if position < around {
      quoted = "\"\(text(0..<position + around))\"..."
    } else if position < units.count - around {
      quoted = "...\"\(text(position - around..<position + around))\"..."
    } else {
      quoted = "...\"\(text(position - around..<units.count))\""
    }
    return vm.syntaxError("Unexpected token '\(text(position..<position + 1))', \(quoted) is not valid JSON")
  }

  mutating func skipWhitespace() {
    while position < units.count {
      let unit = units[position]
      guard unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D else { return }
      position += 1
    }
  }

  mutating func parseValue() throws(Throw) -> Value {
    guard position < units.count else { throw unexpected() }
    depth += 1
    defer { depth -= 1 }
    guard depth < 5000 else { throw vm.rangeError("Maximum call stack size exceeded") }
    switch units[position] {
    case 0x7B: return try parseObject()
    case 0x5B: return try parseArray()
    case 0x22: return Value(vm.atom(try parseString()))
    case 0x74: return try literal("true", .true)
    case 0x66: return try literal("false", .false)
    case 0x6E: return try literal("null", .null)
    default: return try parseNumber()
    }
  }

  mutating func literal(_ word: String, _ value: Value) throws(Throw) -> Value {
    for unit in word.utf16 {
      guard position < units.count, units[position] == unit else { throw unexpected() }
      position += 1
    }
    return value
  }

  mutating func parseNumber() throws(Throw) -> Value {
    let start = position
    let units = self.units
    let isDigit = { (index: Int) in index < units.count && units[index] >= 0x30 && units[index] <= 0x39 }
    if position < units.count && units[position] == 0x2D {
      position += 1
      guard isDigit(position) else { throw unexpected("No number after minus sign in JSON") }
    }
    guard isDigit(position) else { throw unexpected() }
    if units[position] == 0x30 {
      position += 1
      // A leading zero stands alone: V8 reports the digit after it as an unexpected number.
      if isDigit(position) { throw unexpected() }
    } else {
      while isDigit(position) { position += 1 }
    }
    if position < units.count && units[position] == 0x2E {
      position += 1
      guard isDigit(position) else { throw unexpected("Unterminated fractional number in JSON") }
      while isDigit(position) { position += 1 }
    }
    if position < units.count && (units[position] == 0x65 || units[position] == 0x45) {
      position += 1
      if position < units.count && (units[position] == 0x2B || units[position] == 0x2D) { position += 1 }
      guard isDigit(position) else { throw unexpected("Exponent part is missing a number in JSON") }
      while isDigit(position) { position += 1 }
    }
    return Value(number: stringToNumber(units[start..<position]))
  }

  mutating func parseString() throws(Throw) -> [UInt16] {
    position += 1
    var out: [UInt16] = []
    while true {
      guard position < units.count else {
        throw vm.syntaxError("Unterminated string in JSON at position \(position)")
      }
      let unit = units[position]
      position += 1
      if unit == 0x22 { return out }
      if unit < 0x20 {
        throw vm.syntaxError("Bad control character in string literal in JSON at position \(position - 1)")
      }
      guard unit == 0x5C else {
        out.append(unit)
        continue
      }
      guard position < units.count else { throw unexpected() }
      let escape = units[position]
      position += 1
      switch escape {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x2F: out.append(0x2F)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        let digits = position..<min(position + 4, units.count)
        if let bad = digits.first(where: { digitValue(units[$0], radix: 16) == nil })
          ?? (digits.count < 4 ? digits.upperBound : nil)
        {
          throw vm.syntaxError("Bad Unicode escape in JSON at position \(bad)")
        }
        let value = VM.hexValue(units[digits])!
        position += 4
        out.append(UInt16(value))
      default:
        throw vm.syntaxError("Bad escaped character in JSON at position \(position - 1)")
      }
    }
  }

  mutating func parseArray() throws(Throw) -> Value {
    position += 1
    let array = vm.newArray()
    vm.temporaryRoots.append(Value(array))
    defer { vm.temporaryRoots.removeLast() }
    skipWhitespace()
    if position < units.count && units[position] == 0x5D {
      position += 1
      return Value(array)
    }
    while true {
      skipWhitespace()
      array.elements.append(try parseValue())
      skipWhitespace()
      if position < units.count && units[position] == 0x2C {
        position += 1
        continue
      }
      guard position < units.count, units[position] == 0x5D else {
        throw unexpected("Expected ',' or ']' after array element in JSON")
      }
      position += 1
      return Value(array)
    }
  }

  mutating func parseObject() throws(Throw) -> Value {
    position += 1
    let object = vm.newObject()
    vm.temporaryRoots.append(Value(object))
    defer { vm.temporaryRoots.removeLast() }
    skipWhitespace()
    if position < units.count && units[position] == 0x7D {
      position += 1
      return Value(object)
    }
    // V8 words a missing name or colon differently for the first property and the later ones.
    var first = true
    while true {
      skipWhitespace()
      guard position < units.count, units[position] == 0x22 else {
        throw unexpected(
          first ? "Expected property name or '}' in JSON" : "Expected double-quoted property name in JSON")
      }
      let key = vm.key(atom: vm.atom(try parseString()))
      skipWhitespace()
      guard position < units.count, units[position] == 0x3A else {
        throw unexpected(first ? "Expected ':' after property name in JSON" : nil)
      }
      first = false
      position += 1
      skipWhitespace()
      let value = try parseValue()
      try vm.defineOwn(object, key, value)
      skipWhitespace()
      if position < units.count && units[position] == 0x2C {
        position += 1
        continue
      }
      guard position < units.count, units[position] == 0x7D else {
        throw unexpected("Expected ',' or '}' after property value in JSON")
      }
      position += 1
      return Value(object)
    }
  }
}

extension VM {
  func revive(_ holder: Value, key: Value, reviver: Value) throws(Throw) -> Value {
    let value = try get(holder, toKey(key))
    if value.isObject {
      let object = value.object
      let keys: [Key] =
        try isArray(value)
        ? (0..<(try toLength(get(value, names.length)))).map { indexKey($0) }
        : try enumerableOwnKeys(object)
      for child in keys {
        let revived = try revive(value, key: keyValue(child), reviver: reviver)
        if revived.isUndefined {
          _ = try? delete(object, child)
        } else {
          try defineOwn(object, child, revived)
        }
      }
    }
    return try call(reviver, this: holder, [try toStringValue(key), value])
  }
}

struct JSONWriter {
  let vm: VM
  var out: [UInt16] = []
  var replacerFunction: Value = .undefined
  var allowList: [Value]?
  var gap: [UInt16] = []
  var stack: [UInt64] = []

  init(vm: VM, replacer: Value, space: Value) throws(Throw) {
    self.vm = vm
    if vm.isCallable(replacer) {
      replacerFunction = replacer
    } else if try vm.isArray(replacer) {
      var list: [Value] = []
      for item in try vm.listFromArrayLike(replacer) {
        var key: Value? = nil
        if item.isString {
          key = item
        } else if item.isNumber {
          key = Value(try vm.toJSString(item))
        } else if item.isObject,
          item.object.kind == .stringObject || item.object.kind == .numberObject
        {
          key = Value(try vm.toJSString(item))
        }
        if let key, !list.contains(where: { vm.strictEquals($0, key) }) { list.append(key) }
      }
      allowList = list
    }
    var space = space
    if space.isObject, space.object.kind == .numberObject { space = space.object.primitive }
    if space.isObject, space.object.kind == .stringObject { space = space.object.primitive }
    if space.isNumber {
      gap = Array(repeating: 0x20, count: Int(min(max(space.number.rounded(.towardZero), 0), 10)))
    } else if space.isString {
      gap = Array(space.string.units.prefix(10))
    }
  }

  /// Writes the serialization of holder[key]; false when it is undefined (nothing written).
  mutating func write(key: Value, holder: Value, indent: [UInt16]) throws(Throw) -> Bool {
    var value = try vm.get(holder, vm.toKey(key))
    if value.isObject || value.isBigInt {
      let toJSON = try vm.get(value, vm.names.toJSON)
      if vm.isCallable(toJSON) { value = try vm.call(toJSON, this: value, [try vm.toStringValue(key)]) }
    }
    if !replacerFunction.isUndefined {
      value = try vm.call(replacerFunction, this: holder, [try vm.toStringValue(key), value])
    }
    if value.isObject {
      switch value.object.kind {
      case .numberObject: value = Value(number: try vm.toNumber(value))
      case .stringObject: value = try vm.toStringValue(value)
      case .booleanObject, .bigintObject: value = value.object.primitive
      default: break
      }
    }
    if value.isNull { out += Array("null".utf16); return true }
    if value.isBool { out += Array((value.bool ? "true" : "false").utf16); return true }
    if value.isString { quote(value.string.units); return true }
    if value.isNumber {
      let number = value.number
      out += Array(
        (number.isFinite ? (value.isInt ? String(value.int) : numberToString(number)) : "null").utf16)
      return true
    }
    if value.isBigInt { throw vm.typeError("Do not know how to serialize a BigInt") }
    guard value.isObject, !vm.isCallable(value) else { return false }
    guard !stack.contains(value.bits) else { throw vm.typeError("Converting circular structure to JSON") }
    guard stack.count < 5000 else { throw vm.rangeError("Maximum call stack size exceeded") }
    stack.append(value.bits)
    vm.temporaryRoots.append(value)
    defer {
      stack.removeLast()
      vm.temporaryRoots.removeLast()
    }
    let inner = indent + gap
    if try vm.isArray(value) {
      let (_, length) = try vm.arrayLike(value)
      out.append(0x5B)
      for index in 0..<length {
        if index > 0 { out.append(0x2C) }
        newline(inner)
        if !(try write(key: Value(number: Double(index)), holder: value, indent: inner)) {
          out += Array("null".utf16)
        }
      }
      if length > 0 { newline(indent) }
      out.append(0x5D)
      return true
    }
    var keys: [Value] = []
    if let allowList {
      keys = allowList
    } else {
      for key in try vm.ownKeys(value.object, includeSymbols: false, onlyEnumerable: true) {
        if let property = try vm.ownProperty(value.object, key), property.attributes.contains(.enumerable) {
          keys.append(vm.keyValue(key))
        }
      }
    }
    out.append(0x7B)
    var wroteAny = false
    for key in keys {
      let mark = out.count
      if wroteAny { out.append(0x2C) }
      newline(inner)
      quote(try vm.toJSString(key).units)
      out.append(0x3A)
      if !gap.isEmpty { out.append(0x20) }
      if try write(key: key, holder: value, indent: inner) {
        wroteAny = true
      } else {
        out.removeLast(out.count - mark)
      }
    }
    if wroteAny { newline(indent) }
    out.append(0x7D)
    return true
  }

  mutating func newline(_ indent: [UInt16]) {
    guard !gap.isEmpty else { return }
    out.append(0x0A)
    out += indent
  }

  mutating func quote(_ units: [UInt16]) {
    out.append(0x22)
    var index = 0
    while index < units.count {
      let unit = units[index]
      switch unit {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x08: out += [0x5C, 0x62]
      case 0x0C: out += [0x5C, 0x66]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      default:
        let isLoneSurrogate: Bool
        if unit & 0xFC00 == 0xD800 {
          if index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
            out.append(unit)
            out.append(units[index + 1])
            index += 2
            continue
          }
          isLoneSurrogate = true
        } else {
          isLoneSurrogate = unit & 0xFC00 == 0xDC00
        }
        if unit < 0x20 || isLoneSurrogate {
          let hex = Array(String(unit, radix: 16).utf16)
          out += Array("\\u".utf16) + Array(repeating: 0x30, count: 4 - hex.count) + hex
        } else {
          out.append(unit)
        }
      }
      index += 1
    }
    out.append(0x22)
  }
}

extension VM {
  /// `JSON.stringify(value, replacer, space)`: a string, or undefined when there is nothing to write.
  func jsonStringify(_ value: Value, replacer: Value = .undefined, space: Value = .undefined) throws(Throw)
    -> Value
  {
    var writer = try JSONWriter(vm: self, replacer: replacer, space: space)
    let wrapper = newObject()
    wrapper.addProperty(names.emptyString.key, value, .data)
    temporaryRoots.append(Value(wrapper))
    defer { temporaryRoots.removeLast() }
    guard try writer.write(key: Value(names.emptyString), holder: Value(wrapper), indent: []) else {
      return .undefined
    }
    return string(writer.out)
  }
}
