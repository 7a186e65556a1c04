import Seal

extension VM {
  /// The random handle the lowering gives `Math.random()`.
  func makeRandomHandle(_ held: HeldCapabilities, package: String) -> Value {
    let random = newObject()
    random.addProperty(
      key("random"),
      Value(
        makeNative("random", length: 0) { vm, _ in
          guard held.random else { throw vm.capabilityDenied(package, "random", via: "Math.random") }
          return Value(Double.random(in: 0..<1))
        }), .hidden)
    freeze(random)
    return Value(random)
  }

  /// `crypto` (web) and `require('crypto')`: the members that read the random source. Pure members
  /// of node's crypto module (hashes) are not this handle's business.
  func makeCryptoHandle(_ held: HeldCapabilities, package: String) -> Value {
    func checked(_ name: String, length: Int, _ body: @escaping NativeFunction) -> Value {
      Value(
        makeNative(name, length: length) { vm, call in
          guard held.random else { throw vm.capabilityDenied(package, "random", via: "crypto.\(name)") }
          return try body(vm, call)
        })
    }
    var members: [String: Value] = [:]
    members["getRandomValues"] = checked("getRandomValues", length: 1) { vm, call in
      let target = call[0]
      guard target.isObject, let array = target.object as? TypedArrayObject else {
        throw vm.invalidArgumentType("typedArray", "an instance of TypedArray", target)
      }
      // node throws DOMExceptions here; their name and legacy code are what programs test.
      guard ![.float32, .float64].contains(array.type) else {
        throw vm.namedError(
          "TypeMismatchError", code: 17, "The data argument must be an integer-type TypedArray")
      }
      guard array.byteLength <= 65536 else {
        throw vm.namedError("QuotaExceededError", code: 22, "The requested length exceeds 65,536 bytes")
      }
      vm.fillRandom(array.buffer, offset: array.byteOffset, count: array.byteLength)
      return target
    }
    members["randomUUID"] = checked("randomUUID", length: 0) { vm, _ in
      var bytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
      bytes[6] = bytes[6] & 0x0f | 0x40  // version 4
      bytes[8] = bytes[8] & 0x3f | 0x80  // the RFC 4122 variant
      let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }
      let text = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
      return vm.string(text)
    }
    members["createHash"] = makeCreateHash()
    members["randomBytes"] = checked("randomBytes", length: 2) { vm, call in
      let size = try vm.byteCount(call[0], "size")
      let bytes = try vm.makeNodeBytes((0..<size).map { _ in UInt8.random(in: 0...255) })
      if call.count > 1, !call[1].isUndefined {
        guard vm.isCallable(call[1]) else {
          throw vm.invalidArgumentType("callback", "of type function", call[1])
        }
        _ = vm.timers.schedule(call[1], arguments: [.null, bytes], delay: 0, repeats: false)
        return .undefined
      }
      return bytes
    }
    members["randomFillSync"] = checked("randomFillSync", length: 1) { vm, call in
      guard let view = call[0].isObject ? call[0].object as? TypedArrayObject : nil else {
        throw vm.invalidArgumentType("buf", "an instance of ArrayBuffer or ArrayBufferView", call[0])
      }
      let elementSize = view.type.elementSize
      let offset = call[1].isUndefined ? 0 : try vm.byteCount(call[1], "offset") * elementSize
      guard offset <= view.byteLength else {
        throw vm.nodeError(
          vm.realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
          "The value of \"offset\" is out of range. It must be >= 0 && <= \(view.byteLength / elementSize). Received \(offset / elementSize)"
        )
      }
      let count =
        call[2].isUndefined ? view.byteLength - offset : try vm.byteCount(call[2], "size") * elementSize
      guard offset + count <= view.byteLength else {
        throw vm.nodeError(
          vm.realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
          "The value of \"size + offset\" is out of range. It must be <= \(view.byteLength / elementSize). Received \((offset + count) / elementSize)"
        )
      }
      vm.fillRandom(view.buffer, offset: view.byteOffset + offset, count: count)
      return call[0]
    }
    members["randomInt"] = checked("randomInt", length: 2) { vm, call in
      // randomInt(max[, callback]) or randomInt(min, max[, callback]).
      let hasMinimum = call.count > 1 && !vm.isCallable(call[1])
      let minimum = hasMinimum ? call[0] : Value(int: 0)
      let maximum = hasMinimum ? call[1] : call[0]
      let callback = hasMinimum ? call[2] : call[1]
      func safeInteger(_ value: Value, _ name: String) throws(Throw) -> Double {
        guard value.isNumber, value.number == value.number.rounded(),
          abs(value.number) <= 9_007_199_254_740_991
        else { throw vm.invalidArgumentType(name, "a safe integer", value) }
        return value.number
      }
      let low = try safeInteger(minimum, "min")
      let high = try safeInteger(maximum, "max")
      guard high > low else {
        throw vm.nodeError(
          vm.realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
          "The value of \"max\" is out of range. It must be greater than the value of \"min\" (\(JSONNumber.format(low))). Received \(JSONNumber.format(high))"
        )
      }
      guard high - low <= 281_474_976_710_655 else {
        throw vm.nodeError(
          vm.realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
          "The value of \"max - min\" is out of range. It must be <= 281474976710655. Received \(JSONNumber.format(high - low))"
        )
      }
      let result = Value(number: low + Double(Int64.random(in: 0..<Int64(high - low))))
      if !callback.isUndefined {
        guard vm.isCallable(callback) else {
          throw vm.invalidArgumentType("callback", "of type function", callback)
        }
        _ = vm.timers.schedule(callback, arguments: [.null, result], delay: 0, repeats: false)
        return .undefined
      }
      return result
    }
    let webcrypto = newObject()
    for name in ["getRandomValues", "randomUUID"] {
      webcrypto.addProperty(key(name), members[name]!, .hidden)
    }
    freeze(webcrypto)
    members["webcrypto"] = Value(webcrypto)
    return moduleObject(members)
  }

  /// An error named like one of node's DOMExceptions, with its numeric legacy code.
  func namedError(_ name: String, code: Int32, _ message: String) -> Throw {
    let error = makeError(realm.errorPrototype, message)
    error.object.addProperty(names.name, Value(atom(name)), .hidden)
    error.object.addProperty(key("code"), Value(int: code), .hidden)
    return Throw(error)
  }

  /// A byte count argument (size, offset): an integer from 0 to 2^31 - 1, as node checks it.
  func byteCount(_ value: Value, _ name: String) throws(Throw) -> Int {
    guard value.isNumber else { throw invalidArgumentType(name, "of type number", value) }
    let number = value.number
    guard number.isFinite, number == number.rounded(), number >= 0, number <= 2_147_483_647 else {
      throw nodeError(
        realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
        "The value of \"\(name)\" is out of range. It must be >= 0 && <= 2147483647. Received \(display(value))"
      )
    }
    return Int(number)
  }

  func fillRandom(_ buffer: ArrayBufferObject, offset: Int, count: Int) {
    guard count > 0, let data = buffer.data else { return }
    var generator = SystemRandomNumberGenerator()
    for index in 0..<count {
      (data + offset + index).storeBytes(of: generator.next() as UInt8, as: UInt8.self)
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}

/// Numbers in messages as JavaScript prints integers.
enum JSONNumber {
  static func format(_ number: Double) -> String { JSONValue.format(number) }
}
