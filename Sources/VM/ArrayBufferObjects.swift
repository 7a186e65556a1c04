import Foundation

// ArrayBuffer, typed array and DataView objects: their storage, element conversions and the
// integer-indexed exotic behaviour of typed arrays (ECMAScript 2023, 10.4.5), which the property
// operations in Properties.swift call for objects of kind `.typedArray`.

/// The element type of a typed array (Table 71 of ECMAScript 2023).
enum TypedArrayType: UInt8, CaseIterable {
  case int8, uint8, uint8Clamped, int16, uint16, int32, uint32, float32, float64, bigInt64, bigUint64

  var elementSize: Int {
    switch self {
    case .int8, .uint8, .uint8Clamped: 1
    case .int16, .uint16: 2
    case .int32, .uint32, .float32: 4
    case .float64, .bigInt64, .bigUint64: 8
    }
  }

  /// The constructor's name.
  var name: String {
    switch self {
    case .int8: "Int8Array"
    case .uint8: "Uint8Array"
    case .uint8Clamped: "Uint8ClampedArray"
    case .int16: "Int16Array"
    case .uint16: "Uint16Array"
    case .int32: "Int32Array"
    case .uint32: "Uint32Array"
    case .float32: "Float32Array"
    case .float64: "Float64Array"
    case .bigInt64: "BigInt64Array"
    case .bigUint64: "BigUint64Array"
    }
  }

  /// The [[ContentType]] is BigInt.
  var isBigInt: Bool { self == .bigInt64 || self == .bigUint64 }

  /// The bits to store for a number (the ToInt8 ... ToUint8Clamp and float roundings), as the low
  /// `elementSize` bytes of the result.
  @inline(__always) func bits(forNumber number: Double) -> UInt64 {
    switch self {
    case .int8, .uint8, .int16, .uint16, .int32:
      return UInt64(UInt32(bitPattern: toInt32(number)))
    case .uint32:
      return UInt64(toUint32(number))
    case .uint8Clamped:
      // ToUint8Clamp: NaN is 0, then clamp, then round half to even.
      if number.isNaN || number <= 0 { return 0 }
      if number >= 255 { return 255 }
      return UInt64(number.rounded(.toNearestOrEven))
    case .float32:
      return UInt64(Float(number).bitPattern)
    case .float64:
      return number.bitPattern
    case .bigInt64, .bigUint64:
      return 0
    }
  }

  /// The low 64 bits of a BigInt's two's complement (ToBigInt64 and ToBigUint64 store the same bits).
  static func bits(forBigInt value: BigIntValue) -> UInt64 {
    let low = UInt64(value.magnitude.first ?? 0)
    let high = value.magnitude.count > 1 ? UInt64(value.magnitude[1]) : 0
    let magnitude = high << 32 | low
    return value.negative ? 0 &- magnitude : magnitude
  }

  /// The value of stored bits; only BigInt types allocate.
  @inline(__always) func value(ofBits bits: UInt64, _ vm: VM) -> Value {
    switch self {
    case .int8: return Value(int: Int32(Int8(truncatingIfNeeded: bits)))
    case .uint8, .uint8Clamped: return Value(int: Int32(UInt8(truncatingIfNeeded: bits)))
    case .int16: return Value(int: Int32(Int16(truncatingIfNeeded: bits)))
    case .uint16: return Value(int: Int32(UInt16(truncatingIfNeeded: bits)))
    case .int32: return Value(int: Int32(truncatingIfNeeded: bits))
    case .uint32: return Value(number: Double(UInt32(truncatingIfNeeded: bits)))
    case .float32: return Value(number: Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
    case .float64: return Value(number: Double(bitPattern: bits))
    case .bigInt64: return Value(vm.bigint(BigIntValue(Int(Int64(bitPattern: bits)))))
    case .bigUint64:
      return Value(
        vm.bigint(
          BigIntValue(
            negative: false,
            magnitude: [UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32)])))
    }
  }

  /// The numeric value of stored bits for a Number type (sorting, comparisons without allocation).
  @inline(__always) func number(ofBits bits: UInt64) -> Double {
    switch self {
    case .int8: Double(Int8(truncatingIfNeeded: bits))
    case .uint8, .uint8Clamped: Double(UInt8(truncatingIfNeeded: bits))
    case .int16: Double(Int16(truncatingIfNeeded: bits))
    case .uint16: Double(UInt16(truncatingIfNeeded: bits))
    case .int32: Double(Int32(truncatingIfNeeded: bits))
    case .uint32: Double(UInt32(truncatingIfNeeded: bits))
    case .float32: Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
    case .float64: Double(bitPattern: bits)
    case .bigInt64, .bigUint64: 0
    }
  }

  /// Reads `elementSize` bytes in the host's (little-endian) order.
  @inline(__always) func loadBits(_ pointer: UnsafeRawPointer) -> UInt64 {
    switch elementSize {
    case 1: UInt64(pointer.load(as: UInt8.self))
    case 2: UInt64(pointer.loadUnaligned(as: UInt16.self))
    case 4: UInt64(pointer.loadUnaligned(as: UInt32.self))
    default: pointer.loadUnaligned(as: UInt64.self)
    }
  }

  @inline(__always) func storeBits(_ bits: UInt64, _ pointer: UnsafeMutableRawPointer) {
    switch elementSize {
    case 1: pointer.storeBytes(of: UInt8(truncatingIfNeeded: bits), as: UInt8.self)
    case 2: pointer.storeBytes(of: UInt16(truncatingIfNeeded: bits), as: UInt16.self)
    case 4: pointer.storeBytes(of: UInt32(truncatingIfNeeded: bits), as: UInt32.self)
    default: pointer.storeBytes(of: bits, as: UInt64.self)
    }
  }
}

/// An ArrayBuffer: a zeroed byte block owned by the object, freed with it, and counted in the heap
/// estimate so that `--max-heap` bounds the memory buffers take.
///
/// A resizable buffer (ES2024, `new ArrayBuffer(n, {maxByteLength})`) holds its maximum from the
/// start, so resizing never moves the block and views never see freed memory.
final class ArrayBufferObject: JSObject {
  /// Never nil while attached (a zero-length buffer still has a one-byte block).
  private(set) var data: UnsafeMutableRawPointer?
  private(set) var byteLength: Int
  private(set) var isDetached = false
  /// The maximum of a resizable buffer; nil for a fixed-length one.
  let maxByteLength: Int?
  let isResizable: Bool

  /// Nil when the system cannot provide the block.
  init?(byteLength: Int, maxByteLength: Int? = nil, shape: Shape, proto: Value) {
    guard let block = calloc(max(maxByteLength ?? byteLength, 1), 1) else { return nil }
    data = block
    self.byteLength = byteLength
    self.maxByteLength = maxByteLength
    isResizable = maxByteLength != nil
    super.init(shape: shape, proto: proto, kind: .arrayBuffer)
  }

  deinit { free(data) }

  override var liveBytes: Int { super.liveBytes + (maxByteLength ?? byteLength) }

  /// ArrayBuffer.prototype.resize on a resizable buffer (within its maximum): bytes given up are
  /// zeroed, so that growing again shows zeros.
  func resize(to newLength: Int) {
    if newLength < byteLength, let data { memset(data + newLength, 0, byteLength - newLength) }
    byteLength = newLength
  }

  /// DetachArrayBuffer: the block is freed and every view over it reads as empty. Only host
  /// operations (transfer, structured cloning) detach; programs cannot reach it in ES2023.
  func detach() {
    free(data)
    data = nil
    byteLength = 0
    isDetached = true
  }
}

/// A typed array: a window of elements of one type over an ArrayBuffer (fixed length).
final class TypedArrayObject: JSObject {
  let type: TypedArrayType
  /// Unretained: the collector keeps the buffer alive while this view is (`trace`), and no deinit
  /// reads it, so reference counting would only cost time on every element access.
  unowned(unsafe) let buffer: ArrayBufferObject
  let byteOffset: Int
  private let fixedLength: Int
  /// log2 of the element size.
  private let elementShift: Int

  /// Created over a resizable buffer without a length: the length follows the buffer's
  /// ([[ArrayLength]] auto).
  let tracksLength: Bool

  init(
    type: TypedArrayType, buffer: ArrayBufferObject, byteOffset: Int, length: Int?, shape: Shape, proto: Value
  ) {
    self.type = type
    self.buffer = buffer
    self.byteOffset = byteOffset
    fixedLength = length ?? 0
    tracksLength = length == nil
    elementShift = type.elementSize.trailingZeroBitCount
    super.init(shape: shape, proto: proto, kind: .typedArray)
  }

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(buffer)
  }

  /// The element count; 0 once the buffer is detached (IsTypedArrayOutOfBounds).
  @inline(__always) var length: Int {
    let buffer = self.buffer
    if _fastPath(!buffer.isResizable) { return buffer.isDetached ? 0 : fixedLength }
    return isOutOfBounds ? 0 : tracksLength ? (buffer.byteLength - byteOffset) >> elementShift : fixedLength
  }
  var byteLength: Int { length * type.elementSize }
  /// IsTypedArrayOutOfBounds: detached, or a resizable buffer shrank below the view.
  var isOutOfBounds: Bool {
    if buffer.isDetached { return true }
    guard buffer.isResizable else { return false }
    let available = buffer.byteLength
    return byteOffset > available || (!tracksLength && byteOffset + fixedLength << elementShift > available)
  }

  @inline(__always) func pointer(_ index: Int) -> UnsafeMutableRawPointer {
    buffer.data.unsafelyUnwrapped + byteOffset + index &<< elementShift
  }

  /// The interpreter's element read: a Number element at a valid index (not for BigInt types).
  @inline(__always) func loadNumber(_ index: Int) -> Value {
    let address = pointer(index)
    switch type {
    case .int8: return Value(int: Int32(address.load(as: Int8.self)))
    case .uint8, .uint8Clamped: return Value(int: Int32(address.load(as: UInt8.self)))
    case .int16: return Value(int: Int32(address.load(as: Int16.self)))
    case .uint16: return Value(int: Int32(address.load(as: UInt16.self)))
    case .int32: return Value(int: address.load(as: Int32.self))
    case .uint32: return Value(number: Double(address.load(as: UInt32.self)))
    case .float32: return Value(number: Double(address.load(as: Float.self)))
    case .float64: return Value(number: address.load(as: Double.self))
    case .bigInt64, .bigUint64: return .undefined
    }
  }

  /// The interpreter's element write: a number value at a valid index of a Number type.
  @inline(__always) func storeNumber(_ index: Int, _ value: Value) {
    let address = pointer(index)
    switch type {
    case .int8, .uint8:
      address.storeBytes(
        of: UInt8(truncatingIfNeeded: value.isInt ? value.int : toInt32(value.double)), as: UInt8.self)
    case .int16, .uint16:
      address.storeBytes(
        of: UInt16(truncatingIfNeeded: value.isInt ? value.int : toInt32(value.double)), as: UInt16.self)
    case .int32, .uint32:
      address.storeBytes(of: value.isInt ? value.int : toInt32(value.double), as: Int32.self)
    case .float32: address.storeBytes(of: Float(value.number), as: Float.self)
    case .float64: address.storeBytes(of: value.number, as: Double.self)
    case .uint8Clamped, .bigInt64, .bigUint64:
      type.storeBits(type.bits(forNumber: value.number), address)
    }
  }

  /// The element at a valid index.
  @inline(__always) func load(_ index: Int, _ vm: VM) -> Value { type.value(ofBits: loadBits(index), vm) }
  @inline(__always) func loadBits(_ index: Int) -> UInt64 { type.loadBits(pointer(index)) }
  @inline(__always) func storeBits(_ index: Int, _ bits: UInt64) { type.storeBits(bits, pointer(index)) }

  /// IsValidIntegerIndex: the index as an Int when it names an element.
  @inline(__always) func validIndex(_ index: Double) -> Int? {
    guard index >= 0, index < Double(length), index == index.rounded(.towardZero),
      index != 0 || index.sign == .plus
    else { return nil }
    return Int(index)
  }
}

/// A DataView: a byte window over an ArrayBuffer read and written with explicit byte order.
final class DataViewObject: JSObject {
  let buffer: ArrayBufferObject
  let byteOffset: Int
  private let fixedByteLength: Int
  /// Over a resizable buffer without a length: the window follows the buffer's end.
  let tracksLength: Bool

  init(buffer: ArrayBufferObject, byteOffset: Int, byteLength: Int?, shape: Shape, proto: Value) {
    self.buffer = buffer
    self.byteOffset = byteOffset
    fixedByteLength = byteLength ?? 0
    tracksLength = byteLength == nil
    super.init(shape: shape, proto: proto, kind: .dataView)
  }

  /// IsViewOutOfBounds.
  var isOutOfBounds: Bool {
    if buffer.isDetached { return true }
    let available = buffer.byteLength
    return byteOffset > available || (!tracksLength && byteOffset + fixedByteLength > available)
  }

  /// GetViewByteLength (0 when out of bounds).
  var viewByteLength: Int {
    if isOutOfBounds { return 0 }
    return tracksLength ? buffer.byteLength - byteOffset : fixedByteLength
  }

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(buffer)
  }
}

extension VM {
  // MARK: Allocation

  /// The largest typed array V8 makes (2^32 elements); ECMAScript allows up to 2^53 - 1.
  static let maximumTypedArrayLength = 4_294_967_296.0

  /// AllocateArrayBuffer: a RangeError when the block cannot exist (longer than 2^53 - 1 bytes, or
  /// than the whole `--max-heap`, or the system refuses it), the heap-limit stop when it does not fit
  /// in what is left.
  func allocateArrayBuffer(_ byteLength: Int, maxByteLength: Int? = nil, proto: Value? = nil) throws(Throw)
    -> ArrayBufferObject
  {
    let size = maxByteLength ?? byteLength
    guard size <= limits.maximumHeapBytes else { throw rangeError("Array buffer allocation failed") }
    try reserve(bytes: size)
    guard
      let buffer = ArrayBufferObject(
        byteLength: byteLength, maxByteLength: maxByteLength, shape: emptyShape,
        proto: proto ?? Value(realm.arrayBufferPrototype))
    else { throw rangeError("Array buffer allocation failed") }
    return heap.register(buffer, bytes: 128 + size)
  }

  /// A typed array of `length` zeroed elements over a new buffer.
  func allocateTypedArray(_ type: TypedArrayType, length: Int, proto: Value? = nil) throws(Throw)
    -> TypedArrayObject
  {
    guard Double(length) <= VM.maximumTypedArrayLength else {
      throw rangeError("Invalid typed array length: \(length)")
    }
    let buffer = try allocateArrayBuffer(length * type.elementSize)
    return makeTypedArray(type, buffer: buffer, byteOffset: 0, length: length, proto: proto)
  }

  /// A view; a nil length tracks a resizable buffer's length.
  func makeTypedArray(
    _ type: TypedArrayType, buffer: ArrayBufferObject, byteOffset: Int, length: Int?, proto: Value? = nil
  ) -> TypedArrayObject {
    heap.register(
      TypedArrayObject(
        type: type, buffer: buffer, byteOffset: byteOffset, length: length, shape: emptyShape,
        proto: proto ?? Value(realm.typedArrayPrototypes[Int(type.rawValue)])),
      bytes: 160)
  }

  // MARK: Conversions

  /// ToIndex, with the RangeError message of the caller.
  func toIndex(_ value: Value, _ message: @autoclosure () -> String) throws(Throw) -> Int {
    if value.isUndefined { return 0 }
    let integer = try toIntegerOrInfinity(value)
    guard integer >= 0, integer <= 9_007_199_254_740_991 else { throw rangeError(message()) }
    return Int(integer)
  }

  /// The bits to store for `value` in an element of `type`: ToBigInt for BigInt types, ToNumber
  /// for the others (so that `ta[i] = x` converts before the index is checked).
  @inline(__always) func elementBits(_ type: TypedArrayType, _ value: Value) throws(Throw) -> UInt64 {
    if type.isBigInt { return TypedArrayType.bits(forBigInt: try toBigInt(value).value) }
    if value.isInt { return type.bits(forNumber: Double(value.int)) }
    return type.bits(forNumber: try toNumber(value))
  }

  /// TypedArraySetElement.
  func typedArraySetElement(_ array: TypedArrayObject, _ index: Double, _ value: Value) throws(Throw) {
    let bits = try elementBits(array.type, value)
    if let position = array.validIndex(index) { array.storeBits(position, bits) }
  }

  // MARK: Integer-indexed exotic objects

  /// CanonicalNumericIndexString of a key: its number when it is one ("1", "-0", "1.5", "Infinity",
  /// "-1", "4294967295"), nil otherwise ("01", "1e3", "foo", symbols).
  func canonicalNumericIndex(_ key: Key) -> Double? {
    switch key {
    case .index(let index): return Double(index)
    case .named(let name):
      guard name.value.isString else { return nil }
      let units = name.value.string.units
      guard let first = units.first,
        (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x49 || first == 0x4E
      else { return nil }
      if units == [0x2D, 0x30] { return -0.0 }
      let number = stringToNumber(units)
      return numberToString(number).utf16.elementsEqual(units) ? number : nil
    }
  }

  /// The numeric index of `key` when `object` is a typed array and the key is numeric.
  @inline(__always) func typedArrayKey(_ object: JSObject, _ key: Key) -> (TypedArrayObject, Double)? {
    guard object.kind == .typedArray, let number = canonicalNumericIndex(key) else { return nil }
    return (unsafeDowncast(object, to: TypedArrayObject.self), number)
  }

  /// [[DefineOwnProperty]] of a typed array for a numeric key (10.4.5.3); false is a refusal.
  func typedArrayDefine(
    _ array: TypedArrayObject, _ index: Double, value: Value?, configurable: Bool?, enumerable: Bool?,
    writable: Bool?, isAccessor: Bool
  ) throws(Throw) -> Bool {
    guard array.validIndex(index) != nil else { return false }
    if configurable == false || enumerable == false || isAccessor || writable == false { return false }
    if let value { try typedArraySetElement(array, index, value) }
    return true
  }

  /// The text of a typed array in error messages: `[object Uint8Array]`.
  func typedArrayDescription(_ object: JSObject) -> String? {
    guard let array = object as? TypedArrayObject else { return nil }
    return "[object \(array.type.name)]"
  }
}
