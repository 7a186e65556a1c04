import Foundation

/// `String` and `String.prototype` (the regular-expression methods are in BuiltinsRegExp.swift).
extension Realm {
  func installString() {
    let vm = self.vm
    let stringConstructor = constructor("String", 1, prototype: stringPrototype) { vm, call in
      var value = Value(vm.names.emptyString)
      if call.count > 0 {
        if call.newTarget.isUndefined && call[0].isSymbol {
          let description = call[0].symbol.description
          return vm.string("Symbol(" + (description.isString ? description.string.swiftString : "") + ")")
        }
        value = try vm.toStringValue(call[0])
      }
      if call.newTarget.isUndefined { return value }
      let wrapper = try vm.objectFromConstructor(
        call.newTarget, fallback: vm.realm.stringPrototype, kind: .stringObject)
      wrapper.primitive = value
      return Value(wrapper)
    }
    method(stringConstructor, "fromCharCode", 1) { vm, call in
      var units: [UInt16] = []
      for index in 0..<call.count { units.append(UInt16(truncatingIfNeeded: try vm.toInt32(call[index]))) }
      return vm.string(units)
    }
    method(stringConstructor, "fromCodePoint", 1) { vm, call in
      var units: [UInt16] = []
      for index in 0..<call.count {
        let number = try vm.toNumber(call[index])
        guard number >= 0, number <= 0x10FFFF, number == number.rounded(.towardZero) else {
          throw vm.rangeError("Invalid code point \(vm.display(call[index]))")
        }
        VM.appendCodePoint(UInt32(number), to: &units)
      }
      return vm.string(units)
    }
    method(stringConstructor, "raw", 1) { vm, call in
      let raw = try vm.get(call[0], vm.names.raw)
      let (object, length) = try vm.arrayLike(raw)
      var units: [UInt16] = []
      for index in 0..<length {
        try vm.tick()
        units += try vm.toJSString(vm.get(Value(object), vm.indexKey(index))).units
        if index + 1 < length && index + 1 < call.count { units += try vm.toJSString(call[index + 1]).units }
      }
      return vm.string(units)
    }

    let proto = stringPrototype
    func thisString(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> JSString {
      if call.this.isString { return call.this.string }
      if call.this.isNullish { throw vm.typeError("String.prototype.\(name) called on null or undefined") }
      return try vm.toJSString(call.this)
    }
    method(proto, "toString", 0) { vm, call in
      if call.this.isString { return call.this }
      if let wrapper = call.this.object(ofKind: .stringObject) { return wrapper.primitive }
      throw vm.typeError("String.prototype.toString requires that 'this' be a String")
    }
    method(proto, "valueOf", 0) { vm, call in
      if call.this.isString { return call.this }
      if let wrapper = call.this.object(ofKind: .stringObject) { return wrapper.primitive }
      throw vm.typeError("String.prototype.valueOf requires that 'this' be a String")
    }
    method(proto, "charCodeAt", 1) { vm, call in
      let string = try thisString(vm, call, "charCodeAt")
      let position = call[0].isInt ? Double(call[0].int) : try vm.toIntegerOrInfinity(call[0])
      guard position >= 0, position < Double(string.length) else { return Value(Double.nan) }
      return Value(int: Int32(string.unit(at: Int(position))))
    }
    method(proto, "codePointAt", 1) { vm, call in
      let string = try thisString(vm, call, "codePointAt")
      let position = try vm.toIntegerOrInfinity(call[0])
      guard position >= 0, position < Double(string.length) else { return .undefined }
      let index = Int(position)
      let first = string.unit(at: index)
      if first & 0xFC00 == 0xD800, index + 1 < string.length {
        let second = string.unit(at: index + 1)
        if second & 0xFC00 == 0xDC00 {
          return Value(int: Int32(0x10000 + (UInt32(first) - 0xD800) << 10 + (UInt32(second) - 0xDC00)))
        }
      }
      return Value(int: Int32(first))
    }
    method(proto, "charAt", 1) { vm, call in
      let string = try thisString(vm, call, "charAt")
      let position = try vm.toIntegerOrInfinity(call[0])
      guard position >= 0, position < Double(string.length) else { return Value(vm.names.emptyString) }
      return vm.string([string.unit(at: Int(position))])
    }
    method(proto, "at", 1) { vm, call in
      let string = try thisString(vm, call, "at")
      let relative = try vm.toIntegerOrInfinity(call[0])
      let index = relative >= 0 ? relative : Double(string.length) + relative
      guard index >= 0, index < Double(string.length) else { return .undefined }
      return vm.string([string.unit(at: Int(index))])
    }
    method(proto, "slice", 2) { vm, call in
      let string = try thisString(vm, call, "slice")
      let length = string.length
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let end = try vm.relativeIndex(call[1], length, default: length)
      guard start < end else { return Value(vm.names.emptyString) }
      return vm.string(Array(string.units[start..<end]))
    }
    method(proto, "substring", 2) { vm, call in
      let string = try thisString(vm, call, "substring")
      let length = Double(string.length)
      let a = min(max(try vm.toIntegerOrInfinity(call[0]), 0), length)
      let b = call[1].isUndefined ? length : min(max(try vm.toIntegerOrInfinity(call[1]), 0), length)
      return vm.string(Array(string.units[Int(min(a, b))..<Int(max(a, b))]))
    }
    method(proto, "substr", 2) { vm, call in
      let string = try thisString(vm, call, "substr")
      let length = string.length
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let count =
        call[1].isUndefined
        ? Double(length - start) : min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(length - start))
      guard count > 0 else { return Value(vm.names.emptyString) }
      return vm.string(Array(string.units[start..<start + Int(count)]))
    }
    method(proto, "indexOf", 1) { vm, call in
      let string = try thisString(vm, call, "indexOf").units
      let search = try vm.toJSString(call[0]).units
      let start = Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(string.count)))
      return Value(int: Int32(VM.find(search, in: string, from: start) ?? -1))
    }
    method(proto, "lastIndexOf", 1) { vm, call in
      let string = try thisString(vm, call, "lastIndexOf").units
      let search = try vm.toJSString(call[0]).units
      let position = try vm.toNumber(call[1])
      let start =
        position.isNaN ? string.count : Int(min(max(position.rounded(.towardZero), 0), Double(string.count)))
      var index = min(start, string.count - search.count)
      while index >= 0 {
        if string[index..<index + search.count].elementsEqual(search) { return Value(int: Int32(index)) }
        index -= 1
      }
      return Value(int: -1)
    }
    method(proto, "includes", 1) { vm, call in
      let string = try thisString(vm, call, "includes").units
      if try vm.isRegExp(call[0]) {
        throw vm.typeError("First argument to String.prototype.includes must not be a regular expression")
      }
      let search = try vm.toJSString(call[0]).units
      let start = Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(string.count)))
      return Value(bool: VM.find(search, in: string, from: start) != nil)
    }
    method(proto, "startsWith", 1) { vm, call in
      let string = try thisString(vm, call, "startsWith").units
      if try vm.isRegExp(call[0]) {
        throw vm.typeError("First argument to String.prototype.startsWith must not be a regular expression")
      }
      let search = try vm.toJSString(call[0]).units
      let start = Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(string.count)))
      guard start + search.count <= string.count else { return .false }
      return Value(bool: string[start..<start + search.count].elementsEqual(search))
    }
    method(proto, "endsWith", 1) { vm, call in
      let string = try thisString(vm, call, "endsWith").units
      if try vm.isRegExp(call[0]) {
        throw vm.typeError("First argument to String.prototype.endsWith must not be a regular expression")
      }
      let search = try vm.toJSString(call[0]).units
      let end =
        call[1].isUndefined
        ? string.count : Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(string.count)))
      guard end - search.count >= 0 else { return .false }
      return Value(bool: string[(end - search.count)..<end].elementsEqual(search))
    }
    for (name, upper) in [
      ("toUpperCase", true), ("toLowerCase", false), ("toLocaleUpperCase", true),
      ("toLocaleLowerCase", false),
    ] {
      method(proto, name, 0) { vm, call in
        let string = try thisString(vm, call, name)
        let units = string.units
        if units.allSatisfy({ $0 < 0x80 }) {
          return vm.string(
            units.map { unit in
              if upper && unit >= 0x61 && unit <= 0x7A { return unit - 32 }
              if !upper && unit >= 0x41 && unit <= 0x5A { return unit + 32 }
              return unit
            })
        }
        let text = string.swiftString
        return vm.string(upper ? text.uppercased() : VM.lowercasedWithFinalSigma(text))
      }
    }
    for (name, leading, trailing) in [
      ("trim", true, true), ("trimStart", true, false), ("trimEnd", false, true),
    ] {
      method(proto, name, 0) { vm, call in
        let units = try thisString(vm, call, name).units
        var start = 0
        var end = units.count
        if leading { while start < end && isStringWhitespace(units[start]) { start += 1 } }
        if trailing { while end > start && isStringWhitespace(units[end - 1]) { end -= 1 } }
        return vm.string(Array(units[start..<end]))
      }
    }
    for (name, atStart) in [("padStart", true), ("padEnd", false)] {
      method(proto, name, 1) { vm, call in
        let units = try thisString(vm, call, name).units
        let target = Int(min(try vm.toLength(call[0]), 1 << 28))
        let filler = call[1].isUndefined ? [UInt16(0x20)] : try vm.toJSString(call[1]).units
        guard target > units.count, !filler.isEmpty else { return vm.string(units) }
        try vm.reserve(bytes: 2 * target)
        var pad: [UInt16] = []
        while pad.count < target - units.count { pad += filler }
        pad.removeLast(pad.count - (target - units.count))
        return vm.string(atStart ? pad + units : units + pad)
      }
    }
    method(proto, "repeat", 1) { vm, call in
      let units = try thisString(vm, call, "repeat").units
      let count = try vm.toIntegerOrInfinity(call[0])
      guard count >= 0, count.isFinite else {
        throw vm.rangeError("Invalid count value: \(vm.display(call[0]))")
      }
      guard Double(units.count) * count < Double(1 << 29) else {
        throw vm.rangeError("Invalid string length")
      }
      if units.isEmpty || count == 0 { return Value(vm.names.emptyString) }
      try vm.reserve(bytes: 2 * units.count * Int(count))
      var out: [UInt16] = []
      out.reserveCapacity(units.count * Int(count))
      for _ in 0..<Int(count) { out += units }
      return vm.string(out)
    }
    method(proto, "concat", 1) { vm, call in
      var units = try thisString(vm, call, "concat").units
      for index in 0..<call.count { units += try vm.toJSString(call[index]).units }
      return vm.string(units)
    }
    method(proto, "localeCompare", 1) { vm, call in
      let a = try thisString(vm, call, "localeCompare").units
      let b = try vm.toJSString(call[0]).units
      return Value(int: Int32(Collation.compare(a, b)))
    }
    method(proto, "normalize", 0) { vm, call in
      let text = try thisString(vm, call, "normalize").swiftString
      let form = call[0].isUndefined ? "NFC" : try vm.toSwiftString(call[0])
      switch form {
      case "NFC": return vm.string(text.precomposedStringWithCanonicalMapping)
      case "NFD": return vm.string(text.decomposedStringWithCanonicalMapping)
      case "NFKC": return vm.string(text.precomposedStringWithCompatibilityMapping)
      case "NFKD": return vm.string(text.decomposedStringWithCompatibilityMapping)
      default: throw vm.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
      }
    }
    method(proto, "isWellFormed", 0) { vm, call in
      let units = try thisString(vm, call, "isWellFormed").units
      return Value(bool: VM.wellFormed(units) == units)
    }
    method(proto, "toWellFormed", 0) { vm, call in
      Value(vm.string(VM.wellFormed(try thisString(vm, call, "toWellFormed").units)).string)
    }
  }
}

extension VM {
  /// Lowercasing with the Final_Sigma rule: a capital sigma that ends a word becomes "ς".
  static func lowercasedWithFinalSigma(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\u{03A3}" {
        let before = scalars[..<index].last { !$0.properties.isCaseIgnorable }
        let after = scalars[(index + 1)...].first { !$0.properties.isCaseIgnorable }
        if before?.properties.isCased == true && after?.properties.isCased != true {
          out.append("\u{03C2}")
          continue
        }
      }
      out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
    }
    return String(out)
  }

  static func find(_ needle: [UInt16], in haystack: [UInt16], from start: Int) -> Int? {
    if needle.isEmpty { return start <= haystack.count ? start : nil }
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    let first = needle[0]
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = true
        var offset = 1
        while offset < needle.count {
          if haystack[index + offset] != needle[offset] {
            matched = false
            break
          }
          offset += 1
        }
        if matched { return index }
      }
      index += 1
    }
    return nil
  }

  static func appendCodePoint(_ codePoint: UInt32, to units: inout [UInt16]) {
    if codePoint < 0x10000 {
      units.append(UInt16(codePoint))
    } else {
      let value = codePoint - 0x10000
      units.append(UInt16(0xD800 + (value >> 10)))
      units.append(UInt16(0xDC00 + (value & 0x3FF)))
    }
  }

  /// The string with lone surrogates replaced by U+FFFD.
  static func wellFormed(_ units: [UInt16]) -> [UInt16] {
    var out: [UInt16] = []
    out.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
        out.append(unit)
        out.append(units[index + 1])
        index += 2
        continue
      }
      out.append(unit & 0xF800 == 0xD800 ? 0xFFFD : unit)
      index += 1
    }
    return out
  }
}
