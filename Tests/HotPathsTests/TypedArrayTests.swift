import CLLVM
import Foundation
import HotPaths
import XCTest

/// Typed-array parameters (issue 10, step 2): a profile that saw only typed arrays of one element
/// type makes a parameter a typed array, whose elements and length native code reaches through the
/// runtime's `cruft_ta_*` accessors.
final class TypedArrayTests: XCTestCase {
  static let kernels = """
    function sum(a, n) { let s = 0; for (let i = 0; i < n; i++) s += a[i]; return s; }
    function dot(a, b) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
    function scale(a, k) { for (let i = 0; i < a.length; i++) a[i] *= k; return a.length; }
    function countPrimes(flags, n) {
      let count = 0;
      for (let i = 2; i < n; i++) {
        if (flags[i]) continue;
        count++;
        for (let j = i * i; j < n; j += i) flags[j] = 1;
      }
      return count;
    }
    function histogram(data, bins, n) { for (let i = 0; i < n; i++) bins[data[i] >> 4]++; return bins[0] + bins[15]; }
    function bump(a, i) { const x = a[i]++; const y = ++a[i]; a[i] -= 0.5; return x * 1000 + y + (a[i] || 5) / 1000; }
    function total(a) { return sum(a, a.length) + dot(a, a) + scale(a, -1); }

    """

  static func profile(_ kinds: [[Set<String>]]) -> HotProfile {
    var functions: [Int: ProfiledFunction] = [:]
    for (index, parameters) in kinds.enumerated() {
      functions[index] = ProfiledFunction(calls: index + 1, parameterKinds: parameters)
    }
    return HotProfile(functions: functions)
  }

  static let kernelProfile = profile([
    [["Float64Array"], ["int32"]], [["Float64Array"], ["Float64Array"]], [["Float64Array"], ["double"]],
    [["Uint8Array"], ["int32"]], [["Uint8Array"], ["Int32Array"], ["int32"]],
    [["Int32Array"], ["int32", "double"]],
    [["Float64Array"]],
  ])

  func testKernelsAreSelectedWithAProfile() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels, profile: Self.kernelProfile))
    XCTAssertEqual(
      module.report.map(\.reason),
      [
        "numeric: 2 parameters (1 Float64Array, from the profile), returns a number; called once in the profile",
        "numeric: 2 parameters (2 Float64Arrays, from the profile), returns a number; called 2 times in the profile",
        "numeric: 2 parameters (1 Float64Array, from the profile), returns a number; called 3 times in the profile",
        "numeric: 2 parameters (1 Uint8Array, from the profile), returns a number; called 4 times in the profile",
        "numeric: 3 parameters (1 Uint8Array, 1 Int32Array, from the profile), returns a number; called 5 times in the profile",
        "numeric: 2 parameters (1 Int32Array, from the profile), returns a number; called 6 times in the profile",
        "numeric: 1 parameter (1 Float64Array, from the profile), returns a number; called 7 times in the profile",
      ])
    XCTAssertEqual(
      module.functions.map { $0.parameters.map(\.name) },
      [
        ["Float64Array", "number"], ["Float64Array", "Float64Array"], ["Float64Array", "number"],
        ["Uint8Array", "number"], ["Uint8Array", "Int32Array", "number"], ["Int32Array", "number"],
        ["Float64Array"],
      ])
    XCTAssertEqual(module.functions[4].parameters, [.typedArray(.uint8), .typedArray(.int32), .number])
    XCTAssertEqual(module.functions[0].booleanParameters, [false, false])
  }

  func testBooleansAndTypedArraysTogether() throws {
    let source = "function f(a, up) { return up === true ? a[0] + 1 : a.length; }\n"
    let profile = Self.profile([[["Float32Array"], ["boolean"]]])
    let (module, _) = try XCTUnwrap(hotModule(source, profile: profile))
    XCTAssertEqual(
      module.report.map(\.reason),
      [
        "numeric: 2 parameters (1 boolean, 1 Float32Array, from the profile), returns a number; called once in the profile"
      ])
    XCTAssertEqual(module.functions.first?.parameters, [.typedArray(.float32), .boolean])
  }

  /// Mixed kinds, BigInt arrays and anything seen with a typed array leave the parameter a number.
  func testOnlyOneTypedArrayKindMakesATypedArray() throws {
    let source = "function f(a) { return a[0] + 1; }\n"
    let reason = "reads an element of 'a' at 1:24, which is a number unless a profile shows a typed array"
    for kinds: Set<String> in [
      ["Float64Array", "Int32Array"], ["BigInt64Array"], ["Float64Array", "undefined"], ["object"],
    ] {
      let (module, _) = try XCTUnwrap(hotModule(source, profile: Self.profile([[kinds]])))
      XCTAssertEqual(module.report.map(\.reason), [reason + "; called once in the profile"], "\(kinds)")
    }
    let (plain, _) = try XCTUnwrap(hotModule(source))
    XCTAssertEqual(plain.report.map(\.reason), [reason])
  }

  func assertRejected(_ source: String, _ kinds: [[Set<String>]], _ reasons: [String], line: UInt = #line) {
    guard let (module, _) = hotModule(source, profile: Self.profile(kinds), line: line) else { return }
    XCTAssertEqual(module.report.map(\.reason), reasons, line: line)
  }

  func testRejectionReasons() {
    let f64: [[Set<String>]] = [[["Float64Array"], ["int32"]]]
    let once = "; called once in the profile"
    assertRejected(
      "function f(a, i) { return a[i]; }", f64,
      ["returns an element read at 1:27, which may be undefined; `+a[i]` makes it a number" + once])
    assertRejected(
      "function f(a, i) { let v = a[i]; return v; }", f64,
      [
        "initialises 'v' with an element read at 1:28, which may be undefined; `+a[i]` makes it a number"
          + once
      ])
    assertRejected(
      "function f(a, i) { let v = 0; v = a[i]; return v; }", f64,
      ["assigns an element read to 'v' at 1:35, which may be undefined; `+a[i]` makes it a number" + once])
    assertRejected(
      "function g(x) { return x; }\nfunction f(a, i) { return g(a[i]); }",
      [[["int32"]], [["Float64Array"], ["int32"]]],
      [
        "numeric: 1 parameter, returns a number" + once,
        "passes an element read to 'g' at 2:29, which may be undefined; `+a[i]` makes it a number; called 2 times in the profile",
      ])
    assertRejected(
      "function f(a, i) { return (i ? a[i] : 0) + 1; }", f64,
      [
        "'?:' at 1:28 yields an element read at 1:32, which may be undefined; `+a[i]` makes it a number"
          + once
      ])
    assertRejected(
      "function f(a, i) { return (a[i] && 1) + 1; }", f64,
      [
        "'&&' at 1:28 yields an element read at 1:28, which may be undefined; `+a[i]` makes it a number"
          + once
      ])
    assertRejected(
      "function f(a, i) { return a[i] === a[i + 1] ? 1 : 0; }", f64,
      [
        "compares two element reads at 1:27, which may both be undefined (then equal, unlike NaN); `+a[i]` makes one a number"
          + once
      ])
    assertRejected(
      "function f(a, b) { return a[b[0]]; }", [[["Float64Array"], ["Int32Array"]]],
      ["indexes 'a' with an element read at 1:29, which may be undefined; `+b[0]` makes it a number" + once])
    assertRejected(
      "function f(a, i) { a = a; return 1; }", f64,
      ["assigns to the Float64Array parameter 'a' at 1:20" + once])
    assertRejected(
      "function f(a, i) { return a.foo; }", f64,
      ["reads 'a.foo' at 1:27; of the Float64Array 'a' only elements and 'length' are read" + once])
    assertRejected(
      "function f(a, i) { a.length = 2; return 1; }", f64, ["assigns to 'a.length' at 1:20" + once])
    assertRejected(
      "function f(a, i) { a.length++; return 1; }", f64, ["assigns to 'a.length' at 1:20" + once])
    assertRejected(
      "function f(a, i) { { let a = 1; return a[i] + 1; } }", f64,
      ["reads an element of 'a' at 1:40, which is a number" + once])
    assertRejected(
      "function f(a, i) { return a[i][0] + 1; }", f64, ["reads a property at 1:27" + once])
    assertRejected(
      "function f(a, i) { return a === a ? 1 : 0; }", f64,
      [
        "uses the Float64Array 'a' at 1:27 as a value (only its elements, its length and passing it to a selected function are allowed)"
          + once
      ])
    assertRejected(
      "function f(a, i) { const b = a; return 1; }", f64,
      [
        "uses the Float64Array 'a' at 1:30 as a value (only its elements, its length and passing it to a selected function are allowed)"
          + once
      ])
    assertRejected(
      "function f(a, i) { return a[i].x; }", f64, ["reads a property at 1:27" + once])
    assertRejected(
      "function f(a, i) { return a[true]; }", f64, ["indexes 'a' with a boolean at 1:29" + once])
    // Across a call the kinds must match.
    assertRejected(
      "function g(x) { return x[0] * 2; }\nfunction f(a) { return g(a); }\nfunction h(n) { return g(n); }",
      [[["Int32Array"]], [["Float64Array"]], [["int32"]]],
      [
        "numeric: 1 parameter (1 Int32Array, from the profile), returns a number" + once,
        "passes the Float64Array 'a' to 'g' at 2:26, whose parameter 1 is an Int32Array; called 2 times in the profile",
        "passes a number to 'g' at 3:26, whose parameter 1 is an Int32Array; called 3 times in the profile",
      ])
    // Without a profile the parameter is a number.
    assertRejected(
      "function f(a, i) { a[i] = 1; return 0; }", [],
      ["writes an element of 'a' at 1:20, which is a number unless a profile shows a typed array"])
    assertRejected(
      "function f(a, i) { let x = 0; return x[i] + 1; }", [],
      ["reads an element of 'x' at 1:38, which is a number"])
  }

  /// What operators accept: element reads in arithmetic, comparisons, conditions, Math, stores,
  /// `+a[i]`, `a[i] || 0`, switch and compound assignments.
  func testNumericContextsAcceptElementReads() throws {
    let source = """
      function f(a, b, i) {
        let s = +a[i] + (a[i] || 0) + -a[i] + ~a[i] + Math.max(a[i], 1) + (a[i] < 2 ? 1 : 0) + (!a[i] ? 1 : 0);
        if (a[i]) s++;
        b[i] = a[i + 1];
        b[i] = true;
        b[0] += a[0] * 2;
        s += (b[1] = 3) + b[2]-- + --b[3] + a.length;
        switch (a[i]) { case 1: s += 1; break; default: s += 2; }
        while (a[i] > s) s++;
        return s + (a[i] === 1 ? 1 : 0);
      }

      """
    let (module, _) = try XCTUnwrap(
      hotModule(source, profile: Self.profile([[["Float64Array"], ["Uint8ClampedArray"], ["int32"]]])))
    XCTAssertEqual(module.report.first?.selected, true, "\(module.report)")
    let ir = module.irText
    XCTAssertTrue(ir.contains("call double @cruft_ta_get_f64(double %2, double"), ir)
    XCTAssertTrue(ir.contains("call void @cruft_ta_set_u8c(double %3, double"), ir)
    XCTAssertTrue(ir.contains("call double @cruft_ta_get_u8c(double %3, double"), ir)
    XCTAssertTrue(ir.contains("call double @cruft_ta_length(double %2)"), ir)
  }

  func testIRDeclarationsAndNoMemoryAccess() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels, profile: Self.kernelProfile))
    let ir = module.irText
    for expected in [
      "call double @cruft_ta_get_f64(", "call void @cruft_ta_set_f64(", "call double @cruft_ta_length(",
      "call double @cruft_ta_get_u8(", "call void @cruft_ta_set_u8(", "call void @cruft_ta_set_i32(",
      "declare double @cruft_ta_get_f64(double, double) local_unnamed_addr #",
      "declare void @cruft_ta_set_i32(double, double, double) local_unnamed_addr #",
      "declare double @cruft_ta_length(double) local_unnamed_addr #",
      "memory(inaccessiblemem: read)", "memory(inaccessiblemem: write)",
    ] {
      XCTAssertTrue(ir.contains(expected), "\(expected)\n\(ir)")
    }
    // total passes its array on unchanged: the slot double.
    XCTAssertTrue(ir.contains("@cruft_fn_0(i64 %"), ir)
    for line in ir.split(separator: "\n") {
      let text = line.trimmingCharacters(in: .whitespaces)
      for forbidden in [" load ", " alloca ", " getelementptr ", "inttoptr", " global "] {
        XCTAssertFalse(text.contains(forbidden), "\(forbidden): \(text)")
      }
      XCTAssertFalse(text.hasPrefix("store "), text)
    }
  }

  // MARK: - Through LLJIT, with a runtime of Swift functions

  func testRunsThroughLLJIT() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels, profile: Self.kernelProfile))
    XCTAssertEqual(module.functions.count, 7)
    let jit = try JIT(bitcode: module.bitcode, extraSymbols: TypedArrayRuntime.symbols)
    func address(_ name: String) throws -> UInt {
      let index = try XCTUnwrap(module.report.firstIndex { $0.name == name })
      return try jit.lookup(module.functions[index].symbol)
    }
    typealias F1 = @convention(c) (Int64, Int64, Double) -> Double
    typealias F2 = @convention(c) (Int64, Int64, Double, Double) -> Double
    typealias F3 = @convention(c) (Int64, Int64, Double, Double, Double) -> Double
    func call(_ name: String, _ a: Double) throws -> Double {
      unsafeBitCast(try address(name), to: F1.self)(10_000, 0, a)
    }
    func call(_ name: String, _ a: Double, _ b: Double) throws -> Double {
      unsafeBitCast(try address(name), to: F2.self)(10_000, 0, a, b)
    }
    func call(_ name: String, _ a: Double, _ b: Double, _ c: Double) throws -> Double {
      unsafeBitCast(try address(name), to: F3.self)(10_000, 0, a, b, c)
    }
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
    // The expected values are node's (v22) for the same calls.
    let f = TypedArrayRuntime.Array64([1.5, 2.5, 3])
    TypedArrayRuntime.bind(0, f)
    XCTAssertEqual(try call("sum", 0, 3), 7)
    XCTAssertTrue(try call("sum", 0, 4).isNaN)
    XCTAssertEqual(try call("dot", 0, 0), 17.5)
    let g = TypedArrayRuntime.Array64([1, -0.5, 1e300])
    TypedArrayRuntime.bind(0, g)
    XCTAssertEqual(try call("scale", 0, 4), 3)
    XCTAssertEqual(g.values, [4, -2, 4e300])
    let flags = TypedArrayRuntime.Array8(count: 100)
    TypedArrayRuntime.bind(0, flags)
    XCTAssertEqual(try call("countPrimes", 0, 100), 25)
    XCTAssertEqual(flags.values[91], 1)
    XCTAssertEqual(flags.values[97], 0)
    let short = TypedArrayRuntime.Array8(count: 10)
    TypedArrayRuntime.bind(0, short)
    XCTAssertEqual(try call("countPrimes", 0, 1000), 994)
    XCTAssertEqual(short.values, [0, 0, 0, 0, 1, 0, 1, 0, 1, 1])
    let data = TypedArrayRuntime.Array8((0..<256).map { UInt8($0) })
    let bins = TypedArrayRuntime.Array32(count: 16)
    TypedArrayRuntime.bind(0, data)
    TypedArrayRuntime.bind(1, bins)
    XCTAssertEqual(try call("histogram", 0, 1, 300), 76)
    XCTAssertEqual(bins.values, [60] + Array(repeating: 16, count: 15))
    let ints = TypedArrayRuntime.Array32([2_147_483_647, 5])
    TypedArrayRuntime.bind(0, ints)
    XCTAssertTrue(same(try call("bump", 0, 0), 2_145_334_015_869.353))
    XCTAssertEqual(ints.values, [-2_147_483_647, 5])
    XCTAssertTrue(try call("bump", 0, 2).isNaN)
    XCTAssertTrue(try call("bump", 0, 1.5).isNaN)
    XCTAssertEqual(ints.values, [-2_147_483_647, 5])
    let t = TypedArrayRuntime.Array64([2, 3])
    TypedArrayRuntime.bind(0, t)
    XCTAssertEqual(try call("total", 0), 20)
    XCTAssertEqual(t.values, [-2, -3])
  }
}

/// A stand-in for the VM's typed-array runtime (CJITRuntime): a table of 8 slots, each a storage
/// pointer, a length and an element type, with the contract's index and conversion rules for the
/// element types the tests use.
enum TypedArrayRuntime {
  enum Element { case float64, uint8, int32 }

  nonisolated(unsafe) static var slots: [(base: UnsafeMutableRawPointer?, length: Int, element: Element)] =
    Array(repeating: (nil, 0, .float64), count: 8)

  final class Array64 {
    var storage: UnsafeMutableBufferPointer<Double>
    init(_ values: [Double]) {
      storage = .allocate(capacity: max(values.count, 1))
      _ = storage.initialize(from: values)
      count = values.count
    }
    let count: Int
    var values: [Double] { Array(storage.prefix(count)) }
    deinit { storage.deallocate() }
  }

  final class Array8 {
    var storage: UnsafeMutableBufferPointer<UInt8>
    let count: Int
    init(_ values: [UInt8]) {
      storage = .allocate(capacity: max(values.count, 1))
      _ = storage.initialize(from: values)
      count = values.count
    }
    convenience init(count: Int) { self.init(Array(repeating: 0, count: count)) }
    var values: [UInt8] { Array(storage.prefix(count)) }
    deinit { storage.deallocate() }
  }

  final class Array32 {
    var storage: UnsafeMutableBufferPointer<Int32>
    let count: Int
    init(_ values: [Int32]) {
      storage = .allocate(capacity: max(values.count, 1))
      _ = storage.initialize(from: values)
      count = values.count
    }
    convenience init(count: Int) { self.init(Array(repeating: 0, count: count)) }
    var values: [Int32] { Array(storage.prefix(count)) }
    deinit { storage.deallocate() }
  }

  static func bind(_ slot: Int, _ array: Array64) {
    slots[slot] = (UnsafeMutableRawPointer(array.storage.baseAddress), array.count, .float64)
  }
  static func bind(_ slot: Int, _ array: Array8) {
    slots[slot] = (UnsafeMutableRawPointer(array.storage.baseAddress), array.count, .uint8)
  }
  static func bind(_ slot: Int, _ array: Array32) {
    slots[slot] = (UnsafeMutableRawPointer(array.storage.baseAddress), array.count, .int32)
  }

  /// The element position, when `index` is an integer in range (-0 counts as 0).
  static func position(_ slot: Double, _ index: Double) -> (UnsafeMutableRawPointer, Int)? {
    let entry = slots[Int(slot)]
    guard let base = entry.base, index == index.rounded(.towardZero), index >= 0, index < Double(entry.length)
    else { return nil }
    return (base, Int(index))
  }

  /// ToInt32's bits: modular, NaN and the infinities 0.
  static func modular(_ x: Double) -> UInt32 {
    guard x.isFinite else { return 0 }
    return UInt32(truncatingIfNeeded: Int64(fmod(x.rounded(.towardZero), 4_294_967_296)))
  }

  typealias Get = @convention(c) (Double, Double) -> Double
  typealias Set = @convention(c) (Double, Double, Double) -> Void
  typealias Length = @convention(c) (Double) -> Double

  static let symbols: [(String, UInt64)] = {
    func address<T>(_ f: T) -> UInt64 { UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self))) }
    let getF64: Get = { slot, index in
      guard let (base, i) = position(slot, index) else { return .nan }
      return base.assumingMemoryBound(to: Double.self)[i]
    }
    let setF64: Set = { slot, index, value in
      guard let (base, i) = position(slot, index) else { return }
      base.assumingMemoryBound(to: Double.self)[i] = value
    }
    let getU8: Get = { slot, index in
      guard let (base, i) = position(slot, index) else { return .nan }
      return Double(base.assumingMemoryBound(to: UInt8.self)[i])
    }
    let setU8: Set = { slot, index, value in
      guard let (base, i) = position(slot, index) else { return }
      base.assumingMemoryBound(to: UInt8.self)[i] = UInt8(truncatingIfNeeded: modular(value))
    }
    let getI32: Get = { slot, index in
      guard let (base, i) = position(slot, index) else { return .nan }
      return Double(base.assumingMemoryBound(to: Int32.self)[i])
    }
    let setI32: Set = { slot, index, value in
      guard let (base, i) = position(slot, index) else { return }
      base.assumingMemoryBound(to: Int32.self)[i] = Int32(bitPattern: modular(value))
    }
    let length: Length = { slot in Double(slots[Int(slot)].length) }
    return [
      ("cruft_ta_get_f64", address(getF64)), ("cruft_ta_set_f64", address(setF64)),
      ("cruft_ta_get_u8", address(getU8)), ("cruft_ta_set_u8", address(setU8)),
      ("cruft_ta_get_i32", address(getI32)), ("cruft_ta_set_i32", address(setI32)),
      ("cruft_ta_length", address(length)),
    ]
  }()
}

extension TypedArrayTests {
  func testDumpIR() throws {
    guard let path = ProcessInfo.processInfo.environment["HOTPATHS_TA_DUMP"] else { return }
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels, profile: Self.kernelProfile))
    try module.irText.write(toFile: path, atomically: true, encoding: .utf8)
  }
}
