extension VM {
  /// The value of a result node gives as a Buffer (fs.readFileSync without an encoding,
  /// crypto.randomBytes): a Uint8Array whose prototype is the bundle's library Buffer.prototype, as
  /// node's Buffers are. cruftc links the library's `buffer` into every bundle whose modules import
  /// fs or crypto; a bundle without it gets a plain Uint8Array.
  func makeNodeBytes(_ bytes: [UInt8]) throws(Throw) -> Value {
    let array = try allocateTypedArray(.uint8, length: bytes.count)
    if !bytes.isEmpty, let data = array.buffer.data {
      bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
    }
    if let prototype = try bufferPrototype() { array.proto = prototype }
    return Value(array)
  }

  /// The library Buffer's prototype, evaluating its module on first use and looked up once per run;
  /// nil when the bundle has none.
  private func bufferPrototype() throws(Throw) -> Value? {
    if let found = nodeBufferPrototype { return found.isObject ? found : nil }
    var prototype = Value.undefined
    if let index = modules.firstIndex(where: { $0.name == "toolchain:node:buffer.js" }) {
      let buffer = try get(try require(index), key("Buffer"))
      if buffer.isObject { prototype = try get(buffer, names.prototype) }
    }
    nodeBufferPrototype = prototype
    return prototype.isObject ? prototype : nil
  }

  /// The bytes a TypedArray (a Buffer is one), DataView or ArrayBuffer shows; nil for other values.
  func byteView(_ value: Value) -> [UInt8]? {
    guard value.isObject else { return nil }
    let object = value.object
    let buffer: ArrayBufferObject
    let offset: Int
    let count: Int
    if let array = object as? TypedArrayObject {
      (buffer, offset, count) = (array.buffer, array.byteOffset, array.byteLength)
    } else if let view = object as? DataViewObject {
      (buffer, offset, count) = (view.buffer, view.byteOffset, view.isOutOfBounds ? 0 : view.viewByteLength)
    } else if let whole = object as? ArrayBufferObject {
      (buffer, offset, count) = (whole, 0, whole.byteLength)
    } else {
      return nil
    }
    guard count > 0, let data = buffer.data else { return [] }
    return Array(UnsafeRawBufferPointer(start: data + offset, count: count))
  }
}
