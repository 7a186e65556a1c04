import CLLVM
import Frontend
import HotPaths
import XCTest

final class LoweringTests: XCTestCase {
  static let kernels = """
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    function power(a, b) { return a ** b + Math.pow(b, a) + Math.sin(a) + Math.atan2(a, b); }
    function bits(x, y) { return ((x | 0) + (y >>> 0) + (~x) + (x << y) + (x >> 3)) ^ Math.imul(x, y); }
    function isPrime(n) {
      if (n < 2) return false;
      for (let d = 2; d * d <= n; d++) { if (n % d === 0) return false; }
      return true;
    }
    function mathy(x) {
      return Math.abs(x) + Math.sqrt(x) + Math.floor(x) + Math.ceil(x) + Math.trunc(x) + Math.round(x)
        + Math.sign(x) + Math.fround(x) + Math.min(x, 1) + Math.max(x, 2, 3) + Math.clz32(x) + Math.hypot(x, 2);
    }
    function sw(n) {
      let r = 0;
      switch (n) { case 1: r = 10; break; case 2: r = 20; case 3: r += 1; break; default: r = -1; }
      return r;
    }
    """

  func testDeclarationsAndCallsInTheIR() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels))
    XCTAssertEqual(module.report.filter(\.selected).count, 6, "\(module.report)")
    let ir = module.irText
    XCTAssertTrue(ir.contains("define double @cruft_fn_0(i64"), ir)
    XCTAssertTrue(ir.contains("call double @cruft_math_pow"), ir)
    XCTAssertTrue(ir.contains("declare double @cruft_math_pow(double, double)"), ir)
    XCTAssertTrue(ir.contains("declare double @cruft_math_sin(double)"), ir)
    XCTAssertTrue(ir.contains("declare void @cruft_rt_stack_overflow()"), ir)
    XCTAssertTrue(ir.contains("@llvm.frameaddress.p0"), ir)
    XCTAssertTrue(ir.contains("\"no-jump-tables\"=\"true\""), ir)
    XCTAssertTrue(ir.contains("memory(none)"), ir)
    XCTAssertFalse(ir.contains("target triple"), ir)
    XCTAssertFalse(ir.contains("target datalayout"), ir)
  }

  func testNoMemoryAccessAfterOptimisation() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels))
    for line in module.irText.split(separator: "\n") {
      let text = line.trimmingCharacters(in: .whitespaces)
      for forbidden in [" load ", " alloca ", " getelementptr ", "inttoptr", " global "] {
        XCTAssertFalse(text.contains(forbidden), "\(forbidden): \(text)")
      }
      XCTAssertFalse(text.hasPrefix("store "), text)
    }
  }

  func testDeterministicBytes() throws {
    let (first, _) = try XCTUnwrap(hotModule(Self.kernels))
    let (second, _) = try XCTUnwrap(hotModule(Self.kernels))
    XCTAssertFalse(first.bitcode.isEmpty)
    XCTAssertEqual(first.bitcode, second.bitcode)
    XCTAssertEqual(first.irText, second.irText)
    XCTAssertEqual(first.functions, second.functions)
  }

  func testBitcodeParsesAndVerifiesWithoutATriple() throws {
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels))
    let context = LLVMContextCreate()
    defer { LLVMContextDispose(context) }
    let buffer = module.bitcode.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        LLVMCreateMemoryBufferWithMemoryRangeCopy($0.baseAddress, $0.count, "bitcode")
      }
    }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    var parsed: LLVMModuleRef? = nil
    XCTAssertEqual(LLVMParseBitcodeInContext2(context, buffer, &parsed), 0)
    let llvmModule = try XCTUnwrap(parsed)
    defer { LLVMDisposeModule(llvmModule) }
    XCTAssertEqual(LLVMVerifyModule(llvmModule, LLVMReturnStatusAction, nil), 0)
    XCTAssertEqual(String(cString: LLVMGetTarget(llvmModule)), "")
    for function in module.functions {
      XCTAssertNotNil(LLVMGetNamedFunction(llvmModule, function.symbol), function.symbol)
    }
  }

  func testDumpIR() throws {
    guard let path = ProcessInfo.processInfo.environment["HOTPATHS_DUMP"] else { return }
    let (module, _) = try XCTUnwrap(hotModule(Self.kernels))
    try module.irText.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func testEmptySelectionHasNoBitcode() throws {
    let (module, _) = try XCTUnwrap(hotModule("function f(a) { return this; }"))
    XCTAssertTrue(module.functions.isEmpty)
    XCTAssertTrue(module.bitcode.isEmpty)
    XCTAssertEqual(module.irText, "")
    XCTAssertEqual(module.report.count, 1)
  }
}
