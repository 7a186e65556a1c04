/// A string: UTF-16 code units, as the language sees them.
///
/// Concatenation builds a rope (two children) in constant time; the first operation that needs the
/// units flattens it once. Loops that build a string with `+=` therefore stay linear.
final class JSString: Cell {
  private var flat: [UInt16]
  private var left: JSString?
  private var right: JSString?
  let length: Int
  /// The interned copy, for strings used as property keys (set on the atom itself).
  var isAtom = false
  var atom: JSString?

  init(units: [UInt16]) {
    flat = units
    length = units.count
  }

  init(left: JSString, right: JSString) {
    flat = []
    self.left = left
    self.right = right
    length = left.length + right.length
  }

  var isRope: Bool { left != nil }

  /// A rope holds no units of its own (its children are cells counted on their own), so counting its
  /// whole length would count a string grown by `+=` once per append: quadratically.
  override var liveBytes: Int { 48 + 2 * flat.count }

  /// The code units, flattening a rope the first time.
  var units: [UInt16] {
    if let left, let right {
      var out: [UInt16] = []
      out.reserveCapacity(length)
      JSString.append(left, to: &out)
      JSString.append(right, to: &out)
      flat = out
      self.left = nil
      self.right = nil
    }
    return flat
  }

  /// Appends without recursion on the left spine, so a long `+=` chain cannot overflow the stack.
  private static func append(_ string: JSString, to out: inout [UInt16]) {
    var pending: [JSString] = [string]
    while let next = pending.popLast() {
      if let left = next.left, let right = next.right {
        pending.append(right)
        pending.append(left)
      } else {
        out.append(contentsOf: next.flat)
      }
    }
  }

  @inline(__always) func unit(at index: Int) -> UInt16 {
    isRope ? units[index] : flat[index]
  }

  var swiftString: String { String(decoding: units, as: UTF16.self) }

  private var cachedIndex: Int64 = -2

  /// The array index this string denotes when it is canonical ("7", not "07"), else nil.
  var arrayIndex: UInt32? {
    if cachedIndex == -2 {
      cachedIndex = isCanonicalArrayIndex(units).map { Int64($0) } ?? -1
    }
    return cachedIndex >= 0 ? UInt32(cachedIndex) : nil
  }

  override func trace(_ marker: inout Marker) {
    marker.mark(left)
    marker.mark(right)
    marker.mark(atom)
  }
}

/// A Symbol.
final class JSSymbol: Cell {
  /// The description: a string value or undefined.
  let description: Value
  /// The key in the global registry (`Symbol.for`), when registered.
  var registryKey: Value = .undefined
  /// A private name (`#x`): never a property key of ordinary lookups.
  let isPrivate: Bool

  init(description: Value, isPrivate: Bool = false) {
    self.description = description
    self.isPrivate = isPrivate
  }

  override func trace(_ marker: inout Marker) {
    marker.mark(description)
    marker.mark(registryKey)
  }
}

/// A BigInt value on the heap.
final class JSBigInt: Cell {
  let value: BigIntValue

  init(_ value: BigIntValue) {
    self.value = value
  }
}
