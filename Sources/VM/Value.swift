/// A JavaScript value in 64 bits (NaN-boxing).
///
/// Doubles are stored as themselves; every NaN is canonicalised to one quiet NaN, which frees the
/// bit patterns at and above `0xFFF9 << 48` for tagged values: int32s, the singletons, and pointers to
/// heap cells. A `Value` is a trivial type: copying it is a move, never a reference count; the
/// collector, not Swift, owns what the pointers reach.
public struct Value: Equatable, Sendable {
  public var bits: UInt64

  @inline(__always) init(bits: UInt64) { self.bits = bits }

  static let tagShift: UInt64 = 48
  static let payloadMask: UInt64 = (1 << 48) - 1
  static let intTag: UInt64 = 0xFFF9
  static let specialTag: UInt64 = 0xFFFA
  static let objectTag: UInt64 = 0xFFFB
  static let stringTag: UInt64 = 0xFFFC
  static let symbolTag: UInt64 = 0xFFFD
  static let bigintTag: UInt64 = 0xFFFE
  static let canonicalNaN: UInt64 = 0x7FF8_0000_0000_0000

  public static let undefined = Value(bits: specialTag << tagShift | 0)
  public static let null = Value(bits: specialTag << tagShift | 1)
  public static let `false` = Value(bits: specialTag << tagShift | 2)
  public static let `true` = Value(bits: specialTag << tagShift | 3)
  /// The uninitialized marker of a lexical binding (and an array hole); never visible to programs.
  public static let hole = Value(bits: specialTag << tagShift | 4)

  @inline(__always) var tag: UInt64 { bits >> Value.tagShift }

  @inline(__always) init(_ double: Double) {
    bits = double.isNaN ? Value.canonicalNaN : double.bitPattern
  }

  @inline(__always) init(int: Int32) {
    bits = Value.intTag << Value.tagShift | UInt64(UInt32(bitPattern: int))
  }

  /// A number: an int32 when the double is one (but not -0), else a double.
  @inline(__always) init(number: Double) {
    if let int = Int32(exactly: number), int != 0 || number.sign == .plus {
      self.init(int: int)
    } else {
      self.init(number)
    }
  }

  @inline(__always) init(bool: Bool) { self = bool ? .true : .false }

  @inline(__always) init(cell: Cell, tag: UInt64) {
    bits = tag << Value.tagShift | UInt64(UInt(bitPattern: Unmanaged.passUnretained(cell).toOpaque()))
  }

  @inline(__always) init(_ object: JSObject) { self.init(cell: object, tag: Value.objectTag) }
  @inline(__always) init(_ string: JSString) { self.init(cell: string, tag: Value.stringTag) }
  @inline(__always) init(_ symbol: JSSymbol) { self.init(cell: symbol, tag: Value.symbolTag) }
  @inline(__always) init(_ bigint: JSBigInt) { self.init(cell: bigint, tag: Value.bigintTag) }

  @inline(__always) var isInt: Bool { tag == Value.intTag }
  @inline(__always) var isDouble: Bool { bits < Value.intTag << Value.tagShift }
  @inline(__always) var isNumber: Bool { bits < Value.specialTag << Value.tagShift }
  @inline(__always) var isObject: Bool { tag == Value.objectTag }
  @inline(__always) var isString: Bool { tag == Value.stringTag }
  @inline(__always) var isSymbol: Bool { tag == Value.symbolTag }
  @inline(__always) var isBigInt: Bool { tag == Value.bigintTag }
  @inline(__always) var isUndefined: Bool { bits == Value.undefined.bits }
  @inline(__always) var isNull: Bool { bits == Value.null.bits }
  @inline(__always) var isNullish: Bool { bits == Value.undefined.bits || bits == Value.null.bits }
  @inline(__always) var isBool: Bool { bits == Value.true.bits || bits == Value.false.bits }
  @inline(__always) var isHole: Bool { bits == Value.hole.bits }
  @inline(__always) var isCell: Bool { tag >= Value.objectTag }

  @inline(__always) var int: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: bits)) }
  @inline(__always) var double: Double { Double(bitPattern: bits) }
  /// The numeric value of a number (int or double).
  @inline(__always) var number: Double { isInt ? Double(int) : Double(bitPattern: bits) }
  @inline(__always) var bool: Bool { bits == Value.true.bits }

  @inline(__always) var pointer: UnsafeMutableRawPointer {
    UnsafeMutableRawPointer(bitPattern: UInt(bits & Value.payloadMask)).unsafelyUnwrapped
  }
  @inline(__always) var object: JSObject {
    Unmanaged<JSObject>.fromOpaque(pointer).takeUnretainedValue()
  }
  @inline(__always) var string: JSString {
    Unmanaged<JSString>.fromOpaque(pointer).takeUnretainedValue()
  }
  @inline(__always) var symbol: JSSymbol {
    Unmanaged<JSSymbol>.fromOpaque(pointer).takeUnretainedValue()
  }
  @inline(__always) var bigint: JSBigInt {
    Unmanaged<JSBigInt>.fromOpaque(pointer).takeUnretainedValue()
  }
  @inline(__always) var cell: Cell {
    Unmanaged<Cell>.fromOpaque(pointer).takeUnretainedValue()
  }

  /// Runs `body` on the object without reference counting (the collector keeps it alive).
  @inline(__always) func withObject<R>(_ body: (JSObject) -> R) -> R {
    Unmanaged<JSObject>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
  }

  /// The object when this is an object of `kind`, else nil.
  @inline(__always) func object(ofKind kind: ObjectKind) -> JSObject? {
    guard isObject else { return nil }
    let object = self.object
    return object.kind == kind ? object : nil
  }

  var asFunction: JSFunction? {
    guard isObject else { return nil }
    let object = self.object
    if object.kind == .function { return unsafeDowncast(object, to: JSFunction.self) }
    return object.kind == .callableProxy ? unsafeDowncast(object, to: JSFunction.self) : nil
  }
}
