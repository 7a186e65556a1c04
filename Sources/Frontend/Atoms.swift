/// An interned identifier name. Equal names have equal atoms, so scope checks compare integers.
public struct Atom: Hashable, Sendable, Comparable {
  public let id: UInt32

  @inline(__always) init(_ id: UInt32) { self.id = id }

  public static func < (lhs: Atom, rhs: Atom) -> Bool { lhs.id < rhs.id }
}

/// Interns identifier names by their UTF-8 bytes, without creating a `String` per identifier.
///
/// Keywords and the contextual words the parser tests are interned first, in the order of
/// `Atom.Known`, so the parser compares against constants.
public struct AtomTable: Sendable {
  private var storage: [UInt8] = []
  private var spans: [(start: UInt32, count: UInt32)] = []
  private var slots: [UInt32]  // atom id + 1, or 0 for an empty slot
  private var mask: Int

  /// A table holding the known words, built once; each file's table starts as a copy of it.
  private static let prototype: AtomTable = {
    var table = AtomTable(empty: ())
    for word in Atom.Known.allCases {
      let atom = table.intern(Array(word.spelling.utf8))
      precondition(atom.id == word.rawValue, "known atoms must be interned in order")
    }
    return table
  }()

  public init() {
    self = AtomTable.prototype
  }

  private init(empty: ()) {
    slots = [UInt32](repeating: 0, count: 1024)
    mask = 1023
    storage.reserveCapacity(8192)
  }

  public var count: Int { spans.count }

  @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    var h = fnvOffset
    for i in 0..<n {
      h = (h ^ UInt32(p[i])) &* fnvPrime
    }
    return Int(h)
  }

  public mutating func intern(_ bytes: [UInt8]) -> Atom {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return intern(UnsafePointer(bitPattern: 1)!, 0) }
      return intern(base, buffer.count)
    }
  }

  public mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> Atom {
    intern(p, n, hash: AtomTable.hash(p, n))
  }

  /// Interns bytes whose FNV-1a hash the caller computed while scanning them.
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int, hash: Int) -> Atom {
    var index = hash & mask
    let found: UInt32? = slots.withUnsafeBufferPointer { slots in
      storage.withUnsafeBufferPointer { storage in
        spans.withUnsafeBufferPointer { spans in
          while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            let span = spans[Int(slot &- 1)]
            if Int(span.count) == n && memcmpEqual(storage.baseAddress! + Int(span.start), p, n) {
              return slot &- 1
            }
            index = (index &+ 1) & mask
          }
        }
      }
    }
    if let found { return Atom(found) }
    let id = UInt32(spans.count)
    spans.append((UInt32(storage.count), UInt32(n)))
    storage.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
    slots[index] = id + 1
    if spans.count * 2 > slots.count { grow() }
    return Atom(id)
  }

  static let fnvOffset: UInt32 = 2_166_136_261
  static let fnvPrime: UInt32 = 16_777_619

  private mutating func grow() {
    let newCount = slots.count * 2
    var newSlots = [UInt32](repeating: 0, count: newCount)
    let newMask = newCount - 1
    storage.withUnsafeBufferPointer { s in
      for (id, span) in spans.enumerated() {
        var index = AtomTable.hash(s.baseAddress! + Int(span.start), Int(span.count)) & newMask
        while newSlots[index] != 0 { index = (index + 1) & newMask }
        newSlots[index] = UInt32(id + 1)
      }
    }
    slots = newSlots
    mask = newMask
  }

  /// The atom of a name if the table holds it, without adding it.
  public func lookup(_ bytes: [UInt8]) -> Atom? {
    bytes.withUnsafeBufferPointer { p -> Atom? in
      guard let base = p.baseAddress else { return nil }
      var index = AtomTable.hash(base, p.count) & mask
      while true {
        let slot = slots[index]
        if slot == 0 { return nil }
        let span = spans[Int(slot - 1)]
        if Int(span.count) == p.count
          && storage.withUnsafeBufferPointer({ memcmpEqual($0.baseAddress! + Int(span.start), base, p.count) }
          )
        {
          return Atom(slot - 1)
        }
        index = (index + 1) & mask
      }
    }
  }

  /// The name's UTF-8 bytes.
  public func bytes(_ atom: Atom) -> ArraySlice<UInt8> {
    let span = spans[Int(atom.id)]
    return storage[Int(span.start)..<Int(span.start + span.count)]
  }

  public func name(_ atom: Atom) -> String {
    String(decoding: bytes(atom), as: UTF8.self)
  }
}

@inline(__always) private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int)
  -> Bool
{
  for i in 0..<n where a[i] != b[i] { return false }
  return true
}

extension Atom {
  /// Words the parser recognises. The reserved words come first, in `TokenKind` order, so that
  /// `Known(rawValue:)` of a reserved word's atom maps straight to its token kind.
  public enum Known: UInt32, CaseIterable, Sendable {
    // Reserved words (keep in step with TokenKind.firstKeyword...lastKeyword).
    case kBreak, kCase, kCatch, kClass, kConst, kContinue, kDebugger, kDefault, kDelete, kDo, kElse
    case kEnum, kExport, kExtends, kFalse, kFinally, kFor, kFunction, kIf, kImport, kIn, kInstanceof
    case kNew, kNull, kReturn, kSuper, kSwitch, kThis, kThrow, kTrue, kTry, kTypeof, kVar, kVoid
    case kWhile, kWith
    // Contextual and strict-mode words.
    case kLet, kStatic, kYield, kAwait, kAsync, kOf, kGet, kSet, kFrom, kAs, kTarget, kMeta
    case kImplements, kInterface, kPackage, kPrivate, kProtected, kPublic
    case kEval, kArguments, kConstructor, kPrototype, kUndefined

    public var spelling: String {
      String(String(describing: self).dropFirst()).lowercasedFirst
    }

    public var atom: Atom { Atom(rawValue) }
  }

  public static let reservedWordCount = Known.kWith.rawValue + 1

  /// True for ECMAScript reserved words (keywords, `null`, `true`, `false`, `enum`).
  public var isReservedWord: Bool { id < Atom.reservedWordCount }

  /// True for words reserved only in strict mode code.
  public var isStrictReservedWord: Bool {
    switch Known(rawValue: id) {
    case .kImplements, .kInterface, .kLet, .kPackage, .kPrivate, .kProtected, .kPublic, .kStatic, .kYield:
      true
    default: false
    }
  }
}

extension String {
  fileprivate var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
