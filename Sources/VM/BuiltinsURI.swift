/// encodeURI, encodeURIComponent, decodeURI, decodeURIComponent, escape and unescape.
extension Realm {
  func installURIFunctions() {
    let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()".utf16)
    let reserved = Set(";/?:@&=+$,#".utf16)
    for (name, keep) in [("encodeURIComponent", unreserved), ("encodeURI", unreserved.union(reserved))] {
      method(global, name, 1) { vm, call in
        vm.string(try vm.uriEncode(try vm.toJSString(call[0]).units, keeping: keep))
      }
    }
    for (name, component) in [("decodeURIComponent", true), ("decodeURI", false)] {
      method(global, name, 1) { vm, call in
        vm.string(
          try vm.uriDecode(try vm.toJSString(call[0]).units, keepingReserved: component ? [] : reserved))
      }
    }
    let escapeKeep = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./".utf16)
    method(global, "escape", 1) { vm, call in
      var out: [UInt16] = []
      for unit in try vm.toJSString(call[0]).units {
        if escapeKeep.contains(unit) {
          out.append(unit)
        } else if unit < 256 {
          out += Array("%".utf16) + VM.hex(UInt32(unit), digits: 2)
        } else {
          out += Array("%u".utf16) + VM.hex(UInt32(unit), digits: 4)
        }
      }
      return vm.string(out)
    }
    method(global, "unescape", 1) { vm, call in
      let units = try vm.toJSString(call[0]).units
      var out: [UInt16] = []
      var index = 0
      while index < units.count {
        if units[index] == 0x25 {
          if index + 6 <= units.count, units[index + 1] == 0x75,
            let value = VM.hexValue(units[(index + 2)..<(index + 6)])
          {
            out.append(UInt16(value))
            index += 6
            continue
          }
          if index + 3 <= units.count, let value = VM.hexValue(units[(index + 1)..<(index + 3)]) {
            out.append(UInt16(value))
            index += 3
            continue
          }
        }
        out.append(units[index])
        index += 1
      }
      return vm.string(out)
    }
  }
}

extension VM {
  func uriError() -> Throw { Throw(makeError(realm.uriErrorPrototype, "URI malformed")) }

  static func hex(_ value: UInt32, digits: Int) -> [UInt16] {
    let text = String(value, radix: 16, uppercase: true)
    return Array((String(repeating: "0", count: max(0, digits - text.count)) + text).utf16)
  }

  static func hexValue(_ units: ArraySlice<UInt16>) -> UInt32? {
    var value: UInt32 = 0
    for unit in units {
      guard let digit = digitValue(unit, radix: 16) else { return nil }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  func uriEncode(_ units: [UInt16], keeping: Set<UInt16>) throws(Throw) -> [UInt16] {
    var out: [UInt16] = []
    var index = 0
    while index < units.count {
      let unit = units[index]
      if keeping.contains(unit) {
        out.append(unit)
        index += 1
        continue
      }
      var codePoint = UInt32(unit)
      if unit & 0xFC00 == 0xDC00 { throw uriError() }
      if unit & 0xFC00 == 0xD800 {
        guard index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 else { throw uriError() }
        codePoint = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
        index += 1
      }
      for byte in String(Unicode.Scalar(codePoint)!).utf8 {
        out += Array("%".utf16) + VM.hex(UInt32(byte), digits: 2)
      }
      index += 1
    }
    return out
  }

  func uriDecode(_ units: [UInt16], keepingReserved reserved: Set<UInt16>) throws(Throw) -> [UInt16] {
    var out: [UInt16] = []
    var index = 0
    while index < units.count {
      guard units[index] == 0x25 else {
        out.append(units[index])
        index += 1
        continue
      }
      guard index + 3 <= units.count, let first = VM.hexValue(units[(index + 1)..<(index + 3)]) else {
        throw uriError()
      }
      if first < 0x80 {
        if reserved.contains(UInt16(first)) {
          out += units[index..<(index + 3)]
        } else {
          out.append(UInt16(first))
        }
        index += 3
        continue
      }
      let count = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
      guard count > 0, index + 3 * count <= units.count else { throw uriError() }
      var bytes: [UInt8] = [UInt8(first)]
      for part in 1..<count {
        let start = index + 3 * part
        guard units[start] == 0x25, let byte = VM.hexValue(units[(start + 1)..<(start + 3)]),
          byte & 0xC0 == 0x80
        else {
          throw uriError()
        }
        bytes.append(UInt8(byte))
      }
      guard let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.count == 1 else {
        throw uriError()
      }
      out += Array(decoded.utf16)
      index += 3 * count
    }
    return out
  }
}
