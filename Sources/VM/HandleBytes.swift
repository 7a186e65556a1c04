extension VM {
  /// The value of a result node gives as a Buffer (fs.readFileSync without an encoding,
  /// crypto.randomBytes). It is a Uint8Array until the JavaScript `buffer` module is part of every
  /// bundle; making it a Buffer is a change to this function alone.
  func makeNodeBytes(_ bytes: [UInt8]) throws(Throw) -> Value {
    let array = try allocateTypedArray(.uint8, length: bytes.count)
    if !bytes.isEmpty, let data = array.buffer.data {
      bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
    }
    return Value(array)
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
