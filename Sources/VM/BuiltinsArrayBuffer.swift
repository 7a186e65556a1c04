import Foundation

/// ArrayBuffer and DataView (ECMAScript 2023, 25.1 and 25.3). Resizable buffers (ES2024) are not
/// provided.
extension Realm {
  func installArrayBuffer() {
    let vm = self.vm
    let proto = vm.newObject()
    intrinsics.append(proto)
    arrayBufferPrototype = proto
    let arrayBuffer = constructor("ArrayBuffer", 1, prototype: proto) { vm, call in
      guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor ArrayBuffer requires 'new'") }
      let prototype = try vm.prototype(fromNewTarget: call, fallback: vm.realm.arrayBufferPrototype)
      let length = try vm.toIndex(call[0], "Invalid array buffer length")
      // ES2024: `{maxByteLength}` makes a resizable buffer.
      var maximum: Int?
      if call[1].isObject {
        let requested = try vm.get(call[1], vm.key("maxByteLength"))
        if !requested.isUndefined {
          let value = try vm.toIndex(requested, "Invalid array buffer max length")
          guard length <= value else { throw vm.rangeError("Invalid array buffer max length") }
          maximum = value
        }
      }
      return Value(try vm.allocateArrayBuffer(length, maxByteLength: maximum, proto: prototype))
    }
    arrayBufferConstructor = Value(arrayBuffer)
    method(arrayBuffer, "isView", 1) { _, call in
      Value(bool: call[0].object(ofKind: .typedArray) != nil || call[0].object(ofKind: .dataView) != nil)
    }
    getter(arrayBuffer, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }
    getter(proto, "byteLength") { vm, call in
      guard let buffer = call.this.object(ofKind: .arrayBuffer) as? ArrayBufferObject else {
        throw vm.typeError(
          "Method ArrayBuffer.prototype.byteLength called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      return Value(number: Double(buffer.byteLength))
    }
    func thisBuffer(_ vm: VM, _ value: Value, _ name: String) throws(Throw) -> ArrayBufferObject {
      guard let buffer = value.object(ofKind: .arrayBuffer) as? ArrayBufferObject else {
        throw vm.typeError(
          "Method ArrayBuffer.prototype.\(name) called on incompatible receiver \(vm.describeForError(value))"
        )
      }
      return buffer
    }
    method(proto, "slice", 2) { vm, call in
      guard let buffer = call.this.object(ofKind: .arrayBuffer) as? ArrayBufferObject else {
        throw vm.typeError(
          "Method ArrayBuffer.prototype.slice called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      if buffer.isDetached {
        throw vm.typeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
      }
      let length = buffer.byteLength
      let first = try vm.relativeIndex(call[0], length, default: 0)
      let final = try vm.relativeIndex(call[1], length, default: length)
      let count = max(final - first, 0)
      let fallback = vm.realm.arrayBufferConstructor
      let pristine = buffer.shape.count == 0 && buffer.proto.bits == Value(vm.realm.arrayBufferPrototype).bits
      let constructor = pristine ? fallback : try vm.speciesConstructor(call.this, default: fallback)
      let result: ArrayBufferObject
      if constructor.bits == fallback.bits {
        result = try vm.allocateArrayBuffer(count)
      } else {
        let created = try vm.construct(constructor, [Value(number: Double(count))], newTarget: constructor)
        guard let made = created.object(ofKind: .arrayBuffer) as? ArrayBufferObject else {
          throw vm.typeError(
            "Method ArrayBuffer.prototype.slice called on incompatible receiver \(vm.describeForError(created))"
          )
        }
        if made.isDetached {
          throw vm.typeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
        }
        guard made !== buffer else {
          throw vm.typeError("ArrayBuffer subclass returned this from species constructor")
        }
        guard made.byteLength >= count else {
          throw vm.typeError("Derived ArrayBuffer constructor created a buffer which was too small")
        }
        if buffer.isDetached {
          throw vm.typeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
        }
        result = made
      }
      let available = min(count, buffer.byteLength - first)
      if available > 0 { memcpy(result.data!, buffer.data! + first, available) }
      return Value(result)
    }
    getter(proto, "maxByteLength") { vm, call in
      let buffer = try thisBuffer(vm, call.this, "maxByteLength")
      return Value(number: Double(buffer.maxByteLength ?? buffer.byteLength))
    }
    getter(proto, "resizable") { vm, call in
      Value(bool: try thisBuffer(vm, call.this, "resizable").isResizable)
    }
    method(proto, "resize", 1) { vm, call in
      let buffer = try thisBuffer(vm, call.this, "resize")
      guard let maximum = buffer.maxByteLength else {
        throw vm.typeError(
          "Method ArrayBuffer.prototype.resize called on incompatible receiver #<ArrayBuffer>")
      }
      let length = try vm.toIndex(call[0], "ArrayBuffer.prototype.resize: Invalid length parameter")
      if buffer.isDetached {
        throw vm.typeError("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer")
      }
      guard length <= maximum else {
        throw vm.rangeError("ArrayBuffer.prototype.resize: Invalid length parameter")
      }
      buffer.resize(to: length)
      return .undefined
    }
    proto.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("ArrayBuffer")), [.configurable])
    installDataView()
  }

  func installDataView() {
    let vm = self.vm
    let proto = vm.newObject()
    intrinsics.append(proto)
    dataViewPrototype = proto
    constructor("DataView", 1, prototype: proto) { vm, call in
      guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor DataView requires 'new'") }
      guard let buffer = call[0].object(ofKind: .arrayBuffer) as? ArrayBufferObject else {
        throw vm.typeError("First argument to DataView constructor must be an ArrayBuffer")
      }
      let offset = try vm.toIndex(
        call[1], "Start offset \(vm.display(call[1])) is outside the bounds of the buffer")
      if buffer.isDetached {
        throw vm.typeError("Cannot perform DataView constructor on a detached ArrayBuffer")
      }
      guard offset <= buffer.byteLength else {
        throw vm.rangeError("Start offset \(offset) is outside the bounds of the buffer")
      }
      // Over a resizable buffer, a view without a length follows the buffer (nil).
      var length: Int? = buffer.isResizable ? nil : buffer.byteLength - offset
      if !call[2].isUndefined {
        let requested = try vm.toIndex(call[2], "Invalid DataView length \(vm.display(call[2]))")
        length = requested
        guard offset + requested <= buffer.byteLength else {
          throw vm.rangeError("Invalid DataView length \(requested)")
        }
      }
      let prototype = try vm.prototype(fromNewTarget: call, fallback: vm.realm.dataViewPrototype)
      if buffer.isDetached {
        throw vm.typeError("Cannot perform DataView constructor on a detached ArrayBuffer")
      }
      return Value(
        vm.heap.register(
          DataViewObject(
            buffer: buffer, byteOffset: offset, byteLength: length, shape: vm.emptyShape, proto: prototype),
          bytes: 160))
    }
    func thisView(_ vm: VM, _ value: Value, _ name: String) throws(Throw) -> DataViewObject {
      guard let view = value.object(ofKind: .dataView) as? DataViewObject else {
        throw vm.typeError(
          "Method DataView.prototype.\(name) called on incompatible receiver \(vm.describeForError(value))")
      }
      return view
    }
    getter(proto, "buffer") { vm, call in Value(try thisView(vm, call.this, "buffer").buffer) }
    getter(proto, "byteLength") { vm, call in
      let view = try thisView(vm, call.this, "byteLength")
      if view.isOutOfBounds {
        throw vm.typeError("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer")
      }
      return Value(number: Double(view.viewByteLength))
    }
    getter(proto, "byteOffset") { vm, call in
      let view = try thisView(vm, call.this, "byteOffset")
      if view.isOutOfBounds {
        throw vm.typeError("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer")
      }
      return Value(number: Double(view.byteOffset))
    }
    proto.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("DataView")), [.configurable])
    let accessors: [(String, TypedArrayType)] = [
      ("Int8", .int8), ("Uint8", .uint8), ("Int16", .int16), ("Uint16", .uint16), ("Int32", .int32),
      ("Uint32", .uint32), ("Float32", .float32), ("Float64", .float64), ("BigInt64", .bigInt64),
      ("BigUint64", .bigUint64),
    ]
    for (suffix, type) in accessors {
      method(proto, "get" + suffix, 1) { vm, call in
        let view = try thisView(vm, call.this, "get" + suffix)
        let index = try vm.toIndex(call[0], "Offset is outside the bounds of the DataView")
        let littleEndian = vm.toBoolean(call[1])
        let position = try vm.viewPosition(view, index, type, "get" + suffix)
        var bits = type.loadBits(view.buffer.data! + position)
        if !littleEndian { bits = swapBytes(bits, type.elementSize) }
        return type.value(ofBits: bits, vm)
      }
      method(proto, "set" + suffix, 2) { vm, call in
        let view = try thisView(vm, call.this, "set" + suffix)
        let index = try vm.toIndex(call[0], "Offset is outside the bounds of the DataView")
        var bits = try vm.elementBits(type, call[1])
        let littleEndian = vm.toBoolean(call[2])
        let position = try vm.viewPosition(view, index, type, "set" + suffix)
        if !littleEndian { bits = swapBytes(bits, type.elementSize) }
        type.storeBits(bits, view.buffer.data! + position)
        return .undefined
      }
    }
  }
}

/// The low `size` bytes of `bits` in the opposite order.
private func swapBytes(_ bits: UInt64, _ size: Int) -> UInt64 {
  switch size {
  case 1: bits
  case 2: UInt64(UInt16(truncatingIfNeeded: bits).byteSwapped)
  case 4: UInt64(UInt32(truncatingIfNeeded: bits).byteSwapped)
  default: bits.byteSwapped
  }
}

extension VM {
  /// GetViewValue/SetViewValue's checks: the byte position in the buffer of an element at `index`.
  func viewPosition(_ view: DataViewObject, _ index: Int, _ type: TypedArrayType, _ method: String)
    throws(Throw)
    -> Int
  {
    if view.isOutOfBounds {
      throw typeError("Cannot perform DataView.prototype.\(method) on a detached ArrayBuffer")
    }
    guard index + type.elementSize <= view.viewByteLength else {
      throw rangeError("Offset is outside the bounds of the DataView")
    }
    return view.byteOffset + index
  }
}
