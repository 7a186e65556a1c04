import CLLVM
import Foundation
import HotPaths
import XCTest

/// Compiles the emitted bitcode with ORC LLJIT as the VM's JIT does (no process symbols: only the
/// runtime entry points and the libm list of the contract) and runs it on edge-case inputs.
final class JITSmokeTests: XCTestCase {
  typealias Unary = @convention(c) (Double) -> Double
  typealias Binary = @convention(c) (Double, Double) -> Double

  static let source = """
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    function u32(x) { return x >>> 0; }
    function i32(x) { return x | 0; }
    function shifts(x, y) { return (x << y) + (x >> y) * 3 + (~x ^ y); }
    function rem(a, b) { return a % b; }
    function round(x) { return Math.round(x); }
    function sign(x) { return Math.sign(x); }
    function mn(a, b) { return Math.min(a, b); }
    function mx(a, b) { return Math.max(a, b, -Infinity); }
    function hyp(a, b) { return Math.hypot(a, b); }
    function clz(x) { return Math.clz32(x); }
    function imul(a, b) { return Math.imul(a, b); }
    function pw(a, b) { return a ** b; }
    function fl(x) { return Math.floor(x) + Math.ceil(x) * 2 + Math.trunc(x) * 4 + Math.fround(x); }
    function isPrime(n) {
      if (n < 2) return false;
      for (let d = 2; d * d <= n; d++) { if (n % d === 0) return false; }
      return true;
    }
    function truthy(x) { return (x && 1) || 2; }
    function loops(n) {
      let s = 0;
      outer: for (let i = 0; i < n; i++) {
        let j = 0;
        while (true) {
          j++;
          if (j > i) continue outer;
          if (s > 1000) break outer;
          switch (j % 3) { case 0: s += 1; break; case 1: s += 2; default: s += 3; }
        }
      }
      return s;
    }
    """

  func testRunsThroughLLJIT() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.source))
    XCTAssertEqual(module.functions.count, 17, "\(module.report.filter { !$0.selected })")
    let jit = try JIT(bitcode: module.bitcode)
    func call(_ name: String, _ arguments: Double...) throws -> Double {
      guard let index = module.report.firstIndex(where: { $0.name == name }) else {
        throw JIT.Failure("no \(name)")
      }
      let symbol = module.functions[index].symbol
      let address = try jit.lookup(symbol)
      switch arguments.count {
      case 1:
        return unsafeBitCast(address, to: (@convention(c) (Int64, Int64, Double) -> Double).self)(
          10_000, 0, arguments[0])
      default:
        return unsafeBitCast(address, to: (@convention(c) (Int64, Int64, Double, Double) -> Double).self)(
          10_000, 0, arguments[0], arguments[1])
      }
    }
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
    let cases: [(String, [Double], Double)] = [
      ("fib", [20], 6765),
      ("u32", [-1], 4_294_967_295), ("u32", [2_147_483_648], 2_147_483_648), ("u32", [.nan], 0),
      ("i32", [2_147_483_648], -2_147_483_648), ("i32", [4_294_967_301], 5), ("i32", [.infinity], 0),
      ("i32", [1e20], 1_661_992_960), ("i32", [-1e20], -1_661_992_960), ("i32", [-0.0], 0),
      ("i32", [-3.7], -3),
      ("shifts", [1, 33], 2 + 0 * 3 + Double(~1 ^ 33)),
      ("shifts", [-8, 1], -16 + -4 * 3 + Double(~(-8) ^ 1)),
      ("rem", [-5, 3], -2), ("rem", [5, -3], 2), ("rem", [-0.0, 1], -0.0), ("rem", [1, 0], .nan),
      ("round", [2.5], 3), ("round", [-2.5], -2), ("round", [-0.4], -0.0),
      ("round", [0.49999999999999994], 0),
      ("round", [4_503_599_627_370_497], 4_503_599_627_370_497), ("round", [-0.0], -0.0),
      ("round", [.nan], .nan),
      ("sign", [-0.0], -0.0), ("sign", [-3], -1), ("sign", [.nan], .nan),
      ("mn", [0, -0.0], -0.0), ("mn", [.nan, 1], .nan), ("mx", [-0.0, 0], 0), ("mx", [1, .nan], .nan),
      ("hyp", [3, 4], 5), ("hyp", [.infinity, .nan], .infinity), ("hyp", [0, -0.0], 0),
      ("clz", [0], 32), ("clz", [-1], 0), ("clz", [1], 31),
      ("imul", [4_294_967_295, 5], -5), ("imul", [65536, 65536], 0),
      ("pw", [2, 10], 1024), ("pw", [2, 0.5], 2.0.squareRoot()),
      ("fl", [-1.5], -2 + -1 * 2 + -1 * 4 + -1.5),
      ("isPrime", [97], 1), ("isPrime", [91], 0), ("isPrime", [.nan], 1),
      ("truthy", [0], 2), ("truthy", [.nan], 2), ("truthy", [5], 1),
      ("loops", [10], 147), ("loops", [100], 1003),
    ]
    for (name, arguments, expected) in cases {
      let result =
        try arguments.count == 1 ? call(name, arguments[0]) : call(name, arguments[0], arguments[1])
      XCTAssertTrue(same(result, expected), "\(name)\(arguments) = \(result), expected \(expected)")
    }
  }
}

/// A minimal LLJIT host: the bitcode gets the JIT's triple and data layout, and the only symbols
/// are the contract's runtime entry points (mapped to libm here) and its libm list.
final class JIT {
  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  let jit: LLVMOrcLLJITRef

  static func check(_ error: LLVMErrorRef?) throws {
    guard let error else { return }
    let raw = LLVMGetErrorMessage(error)
    defer { LLVMDisposeErrorMessage(raw) }
    throw Failure(raw.map { String(cString: $0) } ?? "LLVM error")
  }

  static let symbols: [(String, UInt64)] = {
    func unary(_ f: JITSmokeTests.Unary) -> UInt64 {
      UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
    func binary(_ f: JITSmokeTests.Binary) -> UInt64 {
      UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
    let overflow: @convention(c) () -> Void = { fatalError("stack overflow in native code") }
    return [
      ("cruft_math_pow", binary { pow($0, $1) }), ("cruft_math_atan2", binary { atan2($0, $1) }),
      ("cruft_math_sin", unary { sin($0) }), ("fmod", binary { fmod($0, $1) }),
      ("floor", unary { floor($0) }),
      ("ceil", unary { ceil($0) }), ("trunc", unary { trunc($0) }), ("rint", unary { rint($0) }),
      ("nearbyint", unary { nearbyint($0) }), ("round", unary { Foundation.round($0) }),
      ("fmin", binary { fmin($0, $1) }), ("fmax", binary { fmax($0, $1) }),
      ("cruft_rt_stack_overflow", UInt64(UInt(bitPattern: unsafeBitCast(overflow, to: Int.self)))),
    ]
  }()

  init(bitcode: [UInt8], extraSymbols: [(String, UInt64)] = []) throws {
    _ = LLVMInitializeNativeTarget()
    _ = LLVMInitializeNativeAsmPrinter()
    var created: LLVMOrcLLJITRef? = nil
    try Self.check(LLVMOrcCreateLLJIT(&created, LLVMOrcCreateLLJITBuilder()))
    jit = created!
    let threadSafeContext = LLVMOrcCreateNewThreadSafeContext()
    defer { LLVMOrcDisposeThreadSafeContext(threadSafeContext) }
    let context = LLVMOrcThreadSafeContextGetContext(threadSafeContext)
    let buffer = bitcode.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "bitcode")
      }
    }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    var parsed: LLVMModuleRef? = nil
    guard LLVMParseBitcodeInContext2(context, buffer, &parsed) == 0, let module = parsed else {
      throw Failure("the bitcode does not parse")
    }
    LLVMSetTarget(module, LLVMOrcLLJITGetTripleString(jit))
    LLVMSetDataLayout(module, LLVMOrcLLJITGetDataLayoutStr(jit))
    let dylib = LLVMOrcLLJITGetMainJITDylib(jit)
    var pairs = (Self.symbols + extraSymbols).map { name, address in
      LLVMOrcCSymbolMapPair(
        Name: LLVMOrcLLJITMangleAndIntern(jit, name),
        Sym: LLVMJITEvaluatedSymbol(
          Address: address,
          Flags: LLVMJITSymbolFlags(
            GenericFlags: UInt8(
              LLVMJITSymbolGenericFlagsExported.rawValue | LLVMJITSymbolGenericFlagsCallable.rawValue),
            TargetFlags: 0)))
    }
    let unit = pairs.withUnsafeMutableBufferPointer { LLVMOrcAbsoluteSymbols($0.baseAddress, $0.count) }
    try Self.check(LLVMOrcJITDylibDefine(dylib, unit))
    let threadSafeModule = LLVMOrcCreateNewThreadSafeModule(module, threadSafeContext)
    try Self.check(LLVMOrcLLJITAddLLVMIRModule(jit, dylib, threadSafeModule))
  }

  deinit { _ = LLVMOrcDisposeLLJIT(jit) }

  func lookup(_ symbol: String) throws -> UInt {
    var address: LLVMOrcExecutorAddress = 0
    try Self.check(LLVMOrcLLJITLookup(jit, &address, symbol))
    return UInt(address)
  }
}
