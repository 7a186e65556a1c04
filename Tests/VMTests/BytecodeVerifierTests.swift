import Bytecode
import Foundation
import XCTest

@testable import VM

/// Hostile code built by hand, each piece refused with its own message; real modules accepted; and
/// real modules mutated at random, every variant either refused or run to an end without a crash.
final class BytecodeVerifierTests: XCTestCase {
  // MARK: Building modules

  private func op(_ opcode: Opcode) -> UInt32 { UInt32(opcode.rawValue) }

  /// A module whose body is `code`, followed by `functions`.
  private func module(
    _ code: [UInt32], registers: UInt32 = 4, caches: UInt32 = 0, handlers: [BytecodeFunction.Handler] = [],
    constants: [Constant] = [], functions: [BytecodeFunction] = []
  ) -> BytecodeModule {
    let body = BytecodeFunction(
      name: [], kind: .moduleBody, length: 0, parameterCount: 0, registerCount: registers,
      inlineCacheCount: caches,
      code: code, handlers: handlers)
    return BytecodeModule(constants: constants, functions: [body] + functions)
  }

  private func function(_ kind: FunctionKind, _ code: [UInt32], registers: UInt32 = 4) -> BytecodeFunction {
    BytecodeFunction(
      name: Array("f".utf16), kind: kind, length: 0, parameterCount: 0, registerCount: registers,
      inlineCacheCount: 0,
      code: code)
  }

  /// `return r0`, the tail that keeps control from running off the end.
  private var ret: [UInt32] { [op(.return), 0] }

  private func failure(_ module: BytecodeModule, imports: Int = 0, handles: Int = 0) -> BytecodeVerifier
    .Failure?
  {
    do {
      try BytecodeVerifier.verify(module, imports: imports, handles: handles)
      return nil
    } catch {
      return error
    }
  }

  /// Asserts that `module` is refused with exactly `message` (for `function` at word `pc`).
  private func assertRejected(
    _ module: BytecodeModule, _ message: String, function: Int = 0, pc: Int? = nil, imports: Int = 0,
    handles: Int = 0, file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let failure = failure(module, imports: imports, handles: handles) else {
      XCTFail("accepted; expected: \(message)", file: file, line: line)
      return
    }
    XCTAssertEqual(failure.message, message, file: file, line: line)
    XCTAssertEqual(failure.function, function, "function", file: file, line: line)
    if let pc { XCTAssertEqual(failure.pc, pc, "pc", file: file, line: line) }
  }

  // MARK: Registers

  func testRegisterOutOfRange() {
    assertRejected(
      module([op(.loadUndefined), 4] + ret), "loadUndefined: register r4 out of range (4 registers)", pc: 0)
    assertRejected(
      module([op(.loadUndefined), 0, op(.move), 0, 0xFFFF_FFFF] + ret),
      "move: register r4294967295 out of range (4 registers)", pc: 2)
  }

  func testRegisterWindowPastTheFrame() {
    // call r0 = r1.call(r2, r3, r4): four argument registers from r3 in a frame of four.
    assertRejected(
      module([op(.call), 0, 1, 2, 3, 2] + ret), "call: register window r3+2 out of range (4 registers)", pc: 0
    )
    // A count near 2^32 must not wrap around.
    assertRejected(
      module([op(.construct), 0, 1, 2, 0xFFFF_FFFF] + ret),
      "construct: register window r2+4294967295 out of range (4 registers)")
    XCTAssertNil(failure(module([op(.call), 0, 1, 2, 3, 1] + ret)))
  }

  func testTooManyRegisters() {
    assertRejected(module(ret, registers: 65_537), "65537 registers exceed the limit of 65536", pc: 0)
    assertRejected(module(ret, registers: UInt32.max), "4294967295 registers exceed the limit of 65536")
    var parameters = module(ret)
    parameters.functions[0].parameterCount = 5
    assertRejected(parameters, "5 parameters but only 4 registers")
  }

  func testLengthBeyondInt32() {
    var long = function(.normal, ret)
    long.length = 0x8000_0001
    assertRejected(
      module(ret, functions: [long]), "length 2147483649 does not fit in an int32", function: 1, pc: 0)
  }

  // MARK: Instructions and control flow

  func testUnknownOpcode() {
    assertRejected(module([255] + ret), "unknown opcode 255", pc: 0)
    assertRejected(module([op(.nop), 0x100] + ret), "unknown opcode 256", pc: 1)
    let firstUnused = UInt32(Opcode.allCases.count)
    assertRejected(module([firstUnused] + ret), "unknown opcode \(firstUnused)")
  }

  func testTruncatedInstruction() {
    assertRejected(module([op(.nop), op(.loadInt), 0]), "loadInt is truncated", pc: 1)
    assertRejected(module([op(.call), 0, 1, 2]), "call is truncated", pc: 0)
  }

  func testFallingOffTheEnd() {
    assertRejected(module([op(.loadUndefined), 0]), "control can run off the end of the code", pc: 2)
    // A conditional jump falls through when its condition fails.
    assertRejected(
      module([op(.loadTrue), 0, op(.jumpIfTrue), 0, 0]), "control can run off the end of the code", pc: 5)
    assertRejected(module([]), "the function has no code", pc: 0)
  }

  func testJumpIntoTheMiddleOfAnInstruction() {
    // loadInt r0, 7 occupies words 0-2; word 1 is its register operand.
    assertRejected(
      module([op(.loadInt), 0, 7, op(.jump), 1]), "jump target 1 is not the start of an instruction", pc: 3)
    assertRejected(
      module([op(.loadTrue), 0, op(.jumpIfFalse), 0, 3] + ret),
      "jump target 3 is not the start of an instruction",
      pc: 2)
  }

  func testJumpPastTheEnd() {
    assertRejected(module([op(.jump), 2]), "jump target 2 is not the start of an instruction", pc: 0)
    assertRejected(
      module([op(.jump), 0xFFFF_FFFF]), "jump target 4294967295 is not the start of an instruction", pc: 0)
    // A backward jump to the start is fine.
    XCTAssertNil(failure(module([op(.jump), 0])))
  }

  // MARK: Operands

  func testConstantOfTheWrongKind() {
    let string = Constant.string(Array("a".utf16))
    assertRejected(
      module([op(.newRegExp), 0, 0] + ret, constants: [string]),
      "newRegExp cannot read a constant of this kind", pc: 0)
    assertRejected(
      module([op(.loadConst), 0, 0] + ret, constants: [.regexp(pattern: [], flags: "")]),
      "loadConst cannot read a constant of this kind")
    assertRejected(
      module([op(.getTemplateObject), 0, 0] + ret, constants: [string]),
      "getTemplateObject cannot read a constant of this kind")
    assertRejected(
      module([op(.getNamed), 0, 1, 0, 0] + ret, caches: 1, constants: [.number(1)]),
      "getNamed cannot read a constant of this kind")
    assertRejected(
      module([op(.loadGlobal), 0, 1] + ret, constants: [string]), "loadGlobal: constant 1 out of range")
    XCTAssertNil(
      failure(module([op(.newRegExp), 0, 0] + ret, constants: [.regexp(pattern: [], flags: "g")])))
  }

  func testFunctionIndexZeroOrOutOfRange() {
    let closure = function(.normal, ret)
    assertRejected(
      module([op(.newClosure), 0, 0, 1] + ret, functions: [closure]), "newClosure: function #0 out of range",
      pc: 0)
    assertRejected(
      module([op(.newClosure), 0, 2, 1] + ret, functions: [closure]), "newClosure: function #2 out of range")
    XCTAssertNil(failure(module([op(.newClosure), 0, 1, 1] + ret, functions: [closure])))
  }

  func testClosureOfAClassConstructor() {
    let constructor = function(.baseConstructor, ret)
    assertRejected(
      module([op(.newClosure), 0, 1, 1] + ret, functions: [constructor]),
      "newClosure of class constructor #1", pc: 0)
    assertRejected(
      module([op(.newClass), 0, 1, 1, 2, 0] + ret, functions: [function(.normal, ret)]),
      "newClass of function #1, which is not a class constructor")
  }

  func testImportHandleAndInlineCacheOutOfRange() {
    assertRejected(
      module([op(.requireModule), 0, 2] + ret), "requireModule: import 2 out of range (2 imports)", imports: 2
    )
    assertRejected(module([op(.exportAll), 0] + ret), "exportAll: import 0 out of range (0 imports)")
    assertRejected(
      module([op(.loadHandle), 0, 1] + ret), "loadHandle: handle 1 out of range (1 handles)", handles: 1)
    let name = Constant.string(Array("x".utf16))
    assertRejected(
      module([op(.getNamed), 0, 1, 0, 1] + ret, caches: 1, constants: [name]),
      "getNamed: inline cache 1 out of range")
    assertRejected(module(ret, caches: (1 << 20) + 1), "too many inline caches")
    XCTAssertNil(
      failure(module([op(.requireModule), 0, 1, op(.loadHandle), 1, 0] + ret), imports: 2, handles: 1))
  }

  func testInlineCacheSharedBetweenSites() {
    // A read's cache entry must not serve a write: the fast path does not look at attributes.
    let name = Constant.string(Array("x".utf16))
    assertRejected(
      module([op(.getNamed), 0, 1, 0, 0, op(.setNamed), 1, 0, 0, 0] + ret, caches: 1, constants: [name]),
      "setNamed: inline cache 0 is already used at word 0", pc: 5)
    XCTAssertNil(
      failure(
        module([op(.getNamed), 0, 1, 0, 0, op(.setNamed), 1, 0, 0, 1] + ret, caches: 2, constants: [name])))
  }

  func testBadSelector() {
    assertRejected(
      module([op(.loadModuleMeta), 0, 5] + ret), "loadModuleMeta: selector 5 out of range", pc: 0)
    assertRejected(
      module([op(.throwError), 4, 0], constants: [.string([])]), "throwError: selector 4 out of range")
    assertRejected(module([op(.setFunctionName), 0, 1, 3] + ret), "setFunctionName: selector 3 out of range")
  }

  func testNegativeArgumentIndex() {
    assertRejected(
      module([op(.loadArgument), 0, 0xFFFF_FFFF] + ret), "loadArgument: argument index -1 is negative", pc: 0)
    assertRejected(
      module([op(.createRest), 0, 0x8000_0000] + ret), "createRest: argument index -2147483648 is negative")
    XCTAssertNil(failure(module([op(.loadArgument), 0, 0x7FFF_FFFF] + ret)))
  }

  // MARK: Handlers

  func testMalformedHandlerRange() {
    let code = [op(.loadUndefined), 0] + ret
    assertRejected(
      module(code, handlers: [.init(start: 2, end: 1, handler: 0, register: 0)]),
      "handler range [2, 1) is malformed",
      pc: 2)
    assertRejected(
      module(code, handlers: [.init(start: 0, end: 5, handler: 0, register: 0)]),
      "handler range [0, 5) is malformed")
    assertRejected(
      module(code, handlers: [.init(start: 0, end: 2, handler: 1, register: 0)]),
      "handler address 1 is not the start of an instruction", pc: 1)
    assertRejected(
      module(code, handlers: [.init(start: 0, end: 2, handler: 4, register: 0)]),
      "handler address 4 is not the start of an instruction")
  }

  func testHandlerRegisterOutOfRange() {
    assertRejected(
      module([op(.loadUndefined), 0] + ret, handlers: [.init(start: 0, end: 2, handler: 2, register: 4)]),
      "handler register r4 out of range", pc: 0)
  }

  func testCalleeTextsOutOfOrderOrMisplaced() {
    let code = [op(.loadUndefined), 0, op(.loadUndefined), 1] + ret
    func withCallees(_ pcs: [UInt32]) -> BytecodeModule {
      var built = module(code)
      built.functions[0].calleeTexts = pcs.map { .init(pc: $0, text: Array("o.f".utf16)) }
      return built
    }
    XCTAssertNil(failure(withCallees([0, 2])))
    assertRejected(
      withCallees([1]), "callee text at 1 is out of order or not the start of an instruction", pc: 1)
    assertRejected(
      withCallees([2, 0]), "callee text at 0 is out of order or not the start of an instruction", pc: 0)
    assertRejected(
      withCallees([2, 2]), "callee text at 2 is out of order or not the start of an instruction", pc: 2)
    assertRejected(
      withCallees([6]), "callee text at 6 is out of order or not the start of an instruction", pc: 6)
  }

  // MARK: Function kinds

  func testYieldOutsideAGenerator() {
    let yielding = [op(.yield), 0, 1, 2] + ret
    assertRejected(
      module(ret, functions: [function(.normal, yielding)]), "yield outside a generator", function: 1, pc: 0)
    assertRejected(module(yielding), "yield outside a generator")
    XCTAssertNil(failure(module(ret, functions: [function(.generator, yielding)])))
  }

  func testAwaitOutsideAnAsyncFunction() {
    let awaiting = [op(.await), 0, 1] + ret
    assertRejected(
      module(ret, functions: [function(.generator, awaiting)]),
      "await outside an async function or module body",
      function: 1)
    XCTAssertNil(failure(module(awaiting)))
    XCTAssertNil(failure(module(ret, functions: [function(.asyncArrow, awaiting)])))
  }

  func testModuleBodies() {
    assertRejected(BytecodeModule(), "a module has no body")
    assertRejected(
      BytecodeModule(functions: [function(.normal, ret)]), "function #0 is not a module body")
    assertRejected(
      module(ret, functions: [function(.commonJSBody, ret)]), "only function #0 may be a module body",
      function: 1)
  }

  // MARK: Accepted code

  func testValidModuleIsAcceptedAndRuns() {
    // sum = 0+1+...+9 in a loop, then a TypeError thrown and caught, then return the sum.
    let loop: [UInt32] = [
      op(.loadInt), 0, 0,  // 0: r0 = 0 (the sum)
      op(.loadInt), 1, 0,  // 3: r1 = 0 (i)
      op(.loadInt), 2, 10,  // 6: r2 = 10
      op(.jumpIfNotLess), 1, 2, 22,  // 9: leave the loop once i >= 10
      op(.add), 0, 0, 1,  // 13: sum += i
      op(.increment), 1, 1,  // 17: i += 1
      op(.jump), 9,  // 20
      op(.throwError), 0, 0,  // 22: throw a TypeError, caught below
      op(.return), 0,  // 25: unreachable
      op(.return), 0,  // 27: the handler
    ]
    let valid = module(
      loop, caches: 0, handlers: [.init(start: 22, end: 25, handler: 27, register: 3)],
      constants: [.string(Array("boom".utf16))])
    XCTAssertNil(failure(valid))
    XCTAssertEqual(FuzzingHarness.runVerifiedModule(valid, steps: 1_000, heapBytes: 1 << 20), .finished)
    // The harness refuses what the verifier refuses, and stops runaway loops.
    XCTAssertEqual(
      FuzzingHarness.runVerifiedModule(module([op(.jump), 1]), steps: 1_000, heapBytes: 1 << 20),
      .rejected("function #0 at word 0: jump target 1 is not the start of an instruction"))
    XCTAssertEqual(
      FuzzingHarness.runVerifiedModule(module([op(.jump), 0]), steps: 1_000, heapBytes: 1 << 20), .limit)
  }

  /// The seed corpus: code sections of real compiled programs, each prefixed with its import and
  /// handle counts (Fuzz/Bytecode/main.swift describes the form).
  private func seeds() throws -> [(name: String, imports: Int, handles: Int, module: BytecodeModule)] {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Fuzz/Bytecode/Seeds").standardizedFileURL
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    return try names.map { name in
      let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
      return (name, Int(bytes[0]), Int(bytes[1]), try BytecodeEncoding.decode(Array(bytes.dropFirst(2))))
    }
  }

  func testRealModulesAreAccepted() throws {
    let seeds = try seeds()
    XCTAssertGreaterThanOrEqual(seeds.count, 30)
    for seed in seeds {
      XCTAssertNil(failure(seed.module, imports: seed.imports, handles: seed.handles), seed.name)
    }
  }

  // MARK: Mutation

  /// SplitMix64: a fixed sequence, so a failing variant can be found again.
  private struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_CE4E_5B9B
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// One to three random edits of the code, handlers or counts of a module: a bit flipped, a word
  /// replaced by a small number (a plausible register, opcode or target), by any number, or by another
  /// word of the same function.
  private func mutate(_ original: BytecodeModule, _ random: inout Generator) -> BytecodeModule {
    var module = original
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let index = Int.random(in: 0..<module.functions.count, using: &random)
      var function = module.functions[index]
      switch Int.random(in: 0..<100, using: &random) {
      case 0..<90 where !function.code.isEmpty:
        let at = Int.random(in: 0..<function.code.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: function.code[at] ^= 1 << UInt32.random(in: 0..<32, using: &random)
        case 1: function.code[at] = UInt32.random(in: 0..<200, using: &random)
        case 2: function.code[at] = UInt32.random(in: 0...UInt32.max, using: &random)
        default: function.code[at] = function.code.randomElement(using: &random)!
        }
      case 0..<95 where !function.handlers.isEmpty:
        let at = Int.random(in: 0..<function.handlers.count, using: &random)
        let value = UInt32.random(in: 0..<UInt32(function.code.count + 2), using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: function.handlers[at].start = value
        case 1: function.handlers[at].end = value
        case 2: function.handlers[at].handler = value
        default: function.handlers[at].register = value
        }
      default:
        let delta = Int32.random(in: -2...2, using: &random)
        function.registerCount = UInt32(max(0, Int64(function.registerCount) + Int64(delta)))
        function.inlineCacheCount = UInt32(max(0, Int64(function.inlineCacheCount) + Int64(delta)))
      }
      module.functions[index] = function
    }
    return module
  }

  /// Variants that verify and then crash the VM in code the verifier cannot speak for, because
  /// Swift recursion there has no depth limit: 4463 makes an array contain itself and joins it
  /// (Array.prototype.join, as `const a = []; a.push(a); String(a)` does in source). Reported; remove
  /// an index once the VM survives it.
  static let variantsReachingKnownCrashes: Set<Int> = []

  func testMutatedRealModulesAreRefusedOrRunSafely() throws {
    // Small programs of different kinds: generators, async, classes, exceptions, closures, modules.
    let seeds = try seeds().filter { $0.module.functions.map(\.code.count).reduce(0, +) < 4_000 }
    XCTAssertFalse(seeds.isEmpty)
    var random = Generator(state: 0x00C0_FFEE)
    var refused = 0
    var ran = 0
    var verifiedOnly = 0
    let variants = 20_000
    // MUTATION_TRACE=FILE prints each variant's number before it runs and writes it to FILE as a
    // fuzz input, so that the variant that crashed can be replayed and disassembled with FuzzBytecode.
    let trace = ProcessInfo.processInfo.environment["MUTATION_TRACE"]
    for variant in 0..<variants {
      let seed = seeds[variant % seeds.count]
      let mutated = mutate(seed.module, &random)
      // The byte form round-trips: the decoder reads back whatever the encoder wrote.
      XCTAssertEqual(try BytecodeEncoding.decode(BytecodeEncoding.encode(mutated)), mutated)
      guard failure(mutated, imports: seed.imports, handles: seed.handles) == nil else {
        refused += 1
        continue
      }
      if FuzzingHarness.module(mutated, contains: FuzzingHarness.opcodesKnownToCrash) {
        verifiedOnly += 1
        continue
      }
      if Self.variantsReachingKnownCrashes.contains(variant) {
        verifiedOnly += 1
        continue
      }
      if let trace {
        FileHandle.standardError.write(Data("variant \(variant) of \(seed.name)\n".utf8))
        let input = [UInt8(seed.imports), UInt8(seed.handles)] + BytecodeEncoding.encode(mutated)
        try Data(input).write(to: URL(fileURLWithPath: trace))
      }
      // A crash here ends the test process: what the verifier accepts must be safe to run.
      let outcome = FuzzingHarness.runVerifiedModule(
        mutated, imports: seed.imports, handles: seed.handles, steps: 2_000, heapBytes: 4 << 20)
      if case .rejected(let message) = outcome {
        XCTFail("the harness refused a verified module: \(message)")
      }
      ran += 1
    }
    XCTAssertEqual(refused + ran + verifiedOnly, variants)
    XCTAssertGreaterThan(ran, 100, "too few variants ran to exercise the interpreter")
    print(
      "mutation: \(variants) variants of \(seeds.count) modules: \(refused) refused, \(ran) ran, \(verifiedOnly) verified only"
    )
  }
}
