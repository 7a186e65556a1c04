import Foundation

/// `crypto.createHash(algorithm)`: pure computation, given with the crypto handle to every package
/// that imports crypto (only its random members are the random capability).
extension VM {
  func makeCreateHash() -> Value {
    Value(
      makeNative("createHash", length: 2) { vm, call in
        guard call[0].isString else { throw vm.invalidArgumentType("algorithm", "of type string", call[0]) }
        guard let algorithm = MessageDigest(nodeName: call[0].string.swiftString) else {
          throw vm.makeThrow(vm.realm.errorPrototype, "Digest method not supported")
        }
        return try vm.makeHashObject(algorithm)
      })
  }

  private func makeThrow(_ prototype: JSObject, _ message: String) -> Throw {
    Throw(makeError(prototype, message))
  }

  /// A Hash: `update(data, inputEncoding)` collects bytes and returns the Hash, `digest(encoding)`
  /// finishes it once, as node's does.
  private func makeHashObject(_ algorithm: MessageDigest) throws(Throw) -> Value {
    final class State {
      var message: [UInt8] = []
      var finished = false
    }
    let state = State()
    let hash = newObject()
    func finalized() -> Throw {
      nodeError(realm.errorPrototype, code: "ERR_CRYPTO_HASH_FINALIZED", "Digest already called")
    }
    hash.addProperty(
      key("update"),
      Value(
        makeNative("update", length: 2) { vm, call in
          guard !state.finished else { throw finalized() }
          if call[0].isString {
            let encoding = call[1].isString ? call[1].string.swiftString.lowercased() : "utf8"
            state.message += try vm.decodeText(call[0].string.swiftString, encoding: encoding)
          } else if let bytes = vm.byteView(call[0]) {
            state.message += bytes
          } else {
            throw vm.invalidArgumentType(
              "data", "of type string or an instance of Buffer, TypedArray, or DataView", call[0])
          }
          return call.this
        }), .hidden)
    hash.addProperty(
      key("digest"),
      Value(
        makeNative("digest", length: 1) { vm, call in
          guard !state.finished else { throw finalized() }
          state.finished = true
          let bytes = algorithm.digest(state.message)
          guard call[0].isString else { return try vm.makeNodeBytes(bytes) }
          return vm.string(vm.encodeBytes(bytes, encoding: call[0].string.swiftString.lowercased()))
        }), .hidden)
    return Value(hash)
  }

  /// A string's bytes in one of node's encodings (utf8 for an unknown one, as Buffer.from does).
  private func decodeText(_ text: String, encoding: String) throws(Throw) -> [UInt8] {
    switch encoding {
    case "hex":
      var bytes: [UInt8] = []
      let digits = Array(text.utf8)
      var index = 0
      while index + 1 < digits.count, let high = hexValue(digits[index]),
        let low = hexValue(digits[index + 1])
      {
        bytes.append(high << 4 | low)
        index += 2
      }
      return bytes
    case "base64", "base64url":
      var normalized = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
      normalized = normalized.filter { !$0.isWhitespace && $0 != "=" }
      while normalized.count % 4 != 0 { normalized += "=" }
      return Data(base64Encoded: normalized).map { [UInt8]($0) } ?? []
    case "latin1", "binary":
      return text.utf16.map { UInt8(truncatingIfNeeded: $0) }
    case "ascii":
      return text.utf16.map { UInt8(truncatingIfNeeded: $0) & 0x7f }
    case "utf16le", "utf-16le", "ucs2", "ucs-2":
      return text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    default:
      return Array(text.utf8)
    }
  }

  private func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// Bytes as a string in one of node's digest encodings (hex, base64, base64url, latin1).
  private func encodeBytes(_ bytes: [UInt8], encoding: String) -> String {
    switch encoding {
    case "hex": return bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    case "base64": return Data(bytes).base64EncodedString()
    case "base64url":
      return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    default: return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
  }
}
