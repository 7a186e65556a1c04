import Foundation

// TextEncoder and TextDecoder for UTF-8, per the WHATWG Encoding Standard: the encoder replaces lone
// surrogates with U+FFFD; the decoder is the standard's UTF-8 decoder (each maximal invalid
// subpart becomes one U+FFFD, or a TypeError when `fatal`), with BOM handling and streaming.

/// The WHATWG UTF-8 decoder's state, kept between `decode(..., {stream: true})` calls.
struct UTF8DecoderState {
  var codePoint: UInt32 = 0
  var bytesSeen = 0
  var bytesNeeded = 0
  var lowerBoundary: UInt8 = 0x80
  var upperBoundary: UInt8 = 0xBF

  /// Decodes `bytes` into UTF-16 units; returns false at the first error when `fatal` (the state is
  /// then reset). With `flush`, an incomplete sequence at the end is an error.
  mutating func decode(_ bytes: UnsafeRawBufferPointer, flush: Bool, fatal: Bool, into output: inout [UInt16])
    -> Bool
  {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if bytesNeeded == 0 {
        index += 1
        switch byte {
        case 0x00...0x7F:
          output.append(UInt16(byte))
        case 0xC2...0xDF:
          bytesNeeded = 1
          codePoint = UInt32(byte & 0x1F)
        case 0xE0...0xEF:
          if byte == 0xE0 { lowerBoundary = 0xA0 }
          if byte == 0xED { upperBoundary = 0x9F }
          bytesNeeded = 2
          codePoint = UInt32(byte & 0x0F)
        case 0xF0...0xF4:
          if byte == 0xF0 { lowerBoundary = 0x90 }
          if byte == 0xF4 { upperBoundary = 0x8F }
          bytesNeeded = 3
          codePoint = UInt32(byte & 0x07)
        default:
          if fatal { return false }
          output.append(0xFFFD)
        }
        continue
      }
      guard byte >= lowerBoundary && byte <= upperBoundary else {
        // The byte ends the invalid sequence and is decoded again on its own (not consumed here).
        reset()
        if fatal { return false }
        output.append(0xFFFD)
        continue
      }
      index += 1
      lowerBoundary = 0x80
      upperBoundary = 0xBF
      codePoint = codePoint << 6 | UInt32(byte & 0x3F)
      bytesSeen += 1
      if bytesSeen == bytesNeeded {
        append(codePoint, to: &output)
        reset()
      }
    }
    if flush && bytesNeeded != 0 {
      reset()
      if fatal { return false }
      output.append(0xFFFD)
    }
    return true
  }

  mutating func reset() {
    codePoint = 0
    bytesSeen = 0
    bytesNeeded = 0
    lowerBoundary = 0x80
    upperBoundary = 0xBF
  }

  private func append(_ scalar: UInt32, to output: inout [UInt16]) {
    VM.appendCodePoint(scalar, to: &output)
  }
}

final class TextDecoderObject: JSObject {
  var fatal = false
  var ignoreBOM = false
  var state = UTF8DecoderState()
  /// Whether the current stream has produced output (the BOM is only stripped at its start).
  var bomSeen = false
  var streaming = false
}

/// The UTF-8 encoding of one code point, in `output`.
private func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
  switch scalar {
  case 0..<0x80:
    output.append(UInt8(scalar))
  case 0x80..<0x800:
    output.append(UInt8(0xC0 | scalar >> 6))
    output.append(UInt8(0x80 | scalar & 0x3F))
  case 0x800..<0x10000:
    output.append(UInt8(0xE0 | scalar >> 12))
    output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
    output.append(UInt8(0x80 | scalar & 0x3F))
  default:
    output.append(UInt8(0xF0 | scalar >> 18))
    output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
    output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
    output.append(UInt8(0x80 | scalar & 0x3F))
  }
}

/// The code point at `index` of UTF-16 `units` (a lone surrogate is U+FFFD) and how many units it took.
private func scalar(at index: Int, of units: [UInt16]) -> (UInt32, Int) {
  let unit = units[index]
  if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
    return (0x10000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[index + 1] & 0x3FF)), 2)
  }
  if unit & 0xF800 == 0xD800 { return (0xFFFD, 1) }
  return (UInt32(unit), 1)
}

/// The labels of UTF-8 in the Encoding Standard.
private let utf8Labels: Set<String> = [
  "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
]

extension Realm {
  func installTextCoding() {
    let vm = self.vm
    let encoderPrototype = vm.newObject()
    intrinsics.append(encoderPrototype)
    constructor("TextEncoder", 0, prototype: encoderPrototype) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Class constructor TextEncoder cannot be invoked without 'new'")
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: encoderPrototype)
      return Value(
        vm.heap.register(JSObject(shape: vm.emptyShape, proto: proto, kind: .textEncoder), bytes: 128))
    }
    func checkEncoder(_ vm: VM, _ value: Value) throws(Throw) {
      guard value.object(ofKind: .textEncoder) != nil else {
        throw vm.typeError("Value of \"this\" must be of type TextEncoder")
      }
    }
    getter(encoderPrototype, "encoding") { vm, call in
      try checkEncoder(vm, call.this)
      return Value(vm.atom("utf-8"))
    }
    method(encoderPrototype, "encode", 0) { vm, call in
      try checkEncoder(vm, call.this)
      let units = call[0].isUndefined ? [] : try vm.toJSString(call[0]).units
      try vm.reserve(bytes: 3 * units.count)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(units.count)
      var index = 0
      while index < units.count {
        let (code, width) = scalar(at: index, of: units)
        appendUTF8(code, to: &bytes)
        index += width
      }
      let result = try vm.allocateTypedArray(.uint8, length: bytes.count)
      if !bytes.isEmpty {
        bytes.withUnsafeBytes { result.pointer(0).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
      }
      return Value(result)
    }
    method(encoderPrototype, "encodeInto", 2) { vm, call in
      try checkEncoder(vm, call.this)
      let units = try vm.toJSString(call[0]).units
      guard let target = call[1].object(ofKind: .typedArray) as? TypedArrayObject, target.type == .uint8
      else {
        throw vm.typeError(
          "The \"dest\" argument must be an instance of Uint8Array. Received \(vm.receivedDescription(call[1]))"
        )
      }
      var read = 0
      var written = 0
      var bytes: [UInt8] = []
      let capacity = target.length
      while read < units.count {
        let (code, width) = scalar(at: read, of: units)
        bytes.removeAll(keepingCapacity: true)
        appendUTF8(code, to: &bytes)
        guard written + bytes.count <= capacity else { break }
        for byte in bytes {
          target.storeBits(written, UInt64(byte))
          written += 1
        }
        read += width
      }
      let result = vm.newObject()
      result.addProperty(vm.key("read"), Value(number: Double(read)), .data)
      result.addProperty(vm.key("written"), Value(number: Double(written)), .data)
      return Value(result)
    }
    encoderPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("TextEncoder")), [.configurable])
    installTextDecoder()
  }

  func installTextDecoder() {
    let vm = self.vm
    let decoderPrototype = vm.newObject()
    intrinsics.append(decoderPrototype)
    constructor("TextDecoder", 0, prototype: decoderPrototype) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Class constructor TextDecoder cannot be invoked without 'new'")
      }
      let label = call[0].isUndefined ? "utf-8" : try vm.toSwiftString(call[0])
      let trimmed = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\u{0C}\r")).lowercased()
      guard utf8Labels.contains(trimmed) else {
        throw vm.rangeError("The \"\(label)\" encoding is not supported")
      }
      let options = call[1]
      var fatal = false
      var ignoreBOM = false
      if !options.isNullish {
        guard options.isObject else { throw vm.typeError("The \"options\" argument must be of type object.") }
        fatal = vm.toBoolean(try vm.get(options, vm.key("fatal")))
        ignoreBOM = vm.toBoolean(try vm.get(options, vm.key("ignoreBOM")))
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: decoderPrototype)
      let decoder = vm.heap.register(
        TextDecoderObject(shape: vm.emptyShape, proto: proto, kind: .textDecoder), bytes: 160)
      decoder.fatal = fatal
      decoder.ignoreBOM = ignoreBOM
      return Value(decoder)
    }
    func thisDecoder(_ vm: VM, _ value: Value) throws(Throw) -> TextDecoderObject {
      guard let decoder = value.object(ofKind: .textDecoder) as? TextDecoderObject else {
        throw vm.typeError("Value of \"this\" must be of type TextDecoder")
      }
      return decoder
    }
    getter(decoderPrototype, "encoding") { vm, call in
      _ = try thisDecoder(vm, call.this)
      return Value(vm.atom("utf-8"))
    }
    getter(decoderPrototype, "fatal") { vm, call in Value(bool: try thisDecoder(vm, call.this).fatal) }
    getter(decoderPrototype, "ignoreBOM") { vm, call in Value(bool: try thisDecoder(vm, call.this).ignoreBOM)
    }
    method(decoderPrototype, "decode", 0) { vm, call in
      let decoder = try thisDecoder(vm, call.this)
      // The options are read before the bytes are (WebIDL converts arguments first).
      var stream = false
      if !call[1].isNullish {
        guard call[1].isObject else { throw vm.typeError("The \"options\" argument must be of type object.") }
        stream = vm.toBoolean(try vm.get(call[1], vm.key("stream")))
      }
      let input = call[0]
      var start: UnsafeRawPointer?
      var count = 0
      if let buffer = input.object(ofKind: .arrayBuffer) as? ArrayBufferObject {
        start = buffer.data.map { UnsafeRawPointer($0) }
        count = buffer.byteLength
      } else if let array = input.object(ofKind: .typedArray) as? TypedArrayObject {
        if array.byteLength > 0 { start = UnsafeRawPointer(array.pointer(0)) }
        count = array.byteLength
      } else if let view = input.object(ofKind: .dataView) as? DataViewObject {
        if !view.isOutOfBounds, let data = view.buffer.data {
          start = UnsafeRawPointer(data + view.byteOffset)
          count = view.viewByteLength
        }
      } else if !input.isUndefined {
        throw vm.typeError(
          "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.")
      }
      if !decoder.streaming {
        decoder.state.reset()
        decoder.bomSeen = false
      }
      decoder.streaming = stream
      try vm.reserve(bytes: 2 * count)
      var units: [UInt16] = []
      units.reserveCapacity(count)
      let bytes = UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count)
      guard decoder.state.decode(bytes, flush: !stream, fatal: decoder.fatal, into: &units) else {
        decoder.streaming = false
        throw vm.typeError("The encoded data was not valid for encoding utf-8")
      }
      if !decoder.ignoreBOM && !decoder.bomSeen && !units.isEmpty {
        decoder.bomSeen = true
        if units[0] == 0xFEFF { units.removeFirst() }
      }
      return vm.string(units)
    }
    decoderPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("TextDecoder")), [.configurable])
  }
}

extension VM {
  /// How node's argument errors describe a value: `Received an instance of Array`, `Received type
  /// number (1)`.
  func receivedDescription(_ value: Value) -> String {
    if value.isUndefined || value.isNull { return display(value) }
    if value.isObject {
      if value.asFunction != nil {
        let name = (try? toSwiftString(get(value, names.name))) ?? ""
        return name.isEmpty ? "function " : "function \(name)"
      }
      if let constructor = try? get(value, names.constructor), constructor.isObject,
        let name = try? toSwiftString(get(constructor, names.name)), !name.isEmpty
      {
        return "an instance of \(name)"
      }
      return display(value)
    }
    let type = typeOfName(value)
    var text = display(value)
    if value.isString {
      if text.count > 28 { text = String(text.prefix(25)) + "..." }
      text = "'\(text)'"
    }
    if value.isBigInt { text += "n" }
    return "type \(type) (\(text))"
  }
}
