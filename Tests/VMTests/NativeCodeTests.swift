import Bytecode
import CJITRuntime
import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

@testable import VM

/// Native code: the JIT library's checks through its C ABI (loaded as cruftvm loads it, from the
/// directory of the running executable), and bundles with hand-made bitcode run by the VM.
final class NativeCodeTests: XCTestCase {
  // MARK: Fixtures

  /// Fixtures/bitcode/NAME.ll assembled with llvm-as-19.
  static func bitcode(_ name: String) throws -> [UInt8] {
    guard
      let source = Bundle.module.url(forResource: name, withExtension: "ll", subdirectory: "Fixtures/bitcode")
    else { throw XCTSkip("no fixture \(name).ll") }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cruft-\(UUID().uuidString).bc")
    defer { try? FileManager.default.removeItem(at: output) }
    let assembler = ["/usr/bin/llvm-as-19", "/usr/lib/llvm-19/bin/llvm-as"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let assembler else { throw XCTSkip("llvm-as-19 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: assembler)
    process.arguments = [source.path, "-o", output.path]
    try process.run()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "llvm-as-19 \(name).ll")
    return Array(try Data(contentsOf: output))
  }

  static func library() throws -> JITLibrary {
    do {
      return try JITLibrary.load()
    } catch {
      XCTFail(error.message)
      throw error
    }
  }

  func function(_ index: Int, arity: Int, returns: NativeResult = .number) -> BundleNativeFunction {
    BundleNativeFunction(function: index, arity: arity, returns: returns)
  }

  /// The first violation the library reports for fixture `name` (nil: it passes).
  func checkMessage(_ name: String, functions: [BundleNativeFunction] = []) throws -> String? {
    try Self.library().check(try Self.bitcode(name), functions: functions)
  }

  /// What compiling fixture `name` with the VM's runtime symbols reports (nil: it compiled).
  func compileMessage(_ name: String, functions: [BundleNativeFunction]) throws -> String? {
    let library = try Self.library()
    switch library.compile(try Self.bitcode(name), functions: functions) {
    case .success(let (handle, _)):
      library.release(handle)
      return nil
    case .failure(let failure): return failure.message
    }
  }

  // MARK: The checks, through the C ABI

  func testValidModulePassesAndRuns() throws {
    XCTAssertNil(try checkMessage("valid", functions: [function(1, arity: 2), function(2, arity: 1)]))
    let library = try Self.library()
    let functions = [function(1, arity: 2), function(3, arity: 2), function(4, arity: 1, returns: .boolean)]
    guard
      case .success(let (handle, addresses)) = library.compile(
        try Self.bitcode("valid"), functions: functions)
    else { return XCTFail("valid.ll did not compile") }
    defer { library.release(handle) }
    func call(_ address: UnsafeRawPointer, _ arguments: [Double]) -> (Int32, Double) {
      var result = 0.0
      let status = cruft_native_call_for_tests(address, 100, 0, arguments, &result)
      return (status, result)
    }
    XCTAssertEqual(call(addresses[0], [3, 4]).1, 1007)
    let x = 7.5
    let y = 2.0
    let expected = fmod(x, y) + x.rounded(.down) + MathFunctions.pow(x, 2) + sin(x)
    XCTAssertEqual(call(addresses[1], [x, y]).1, expected)
    XCTAssertEqual(
      call(addresses[1], [-7.5, 2]).1, fmod(-7.5, 2) + -8 + MathFunctions.pow(-7.5, 2) + sin(-7.5))
    XCTAssertEqual(call(addresses[2], [2]).1, 1)
    XCTAssertEqual(call(addresses[2], [-2]).1, 0)
  }

  func testStackOverflowInNativeCodeReturnsToTheCaller() throws {
    let library = try Self.library()
    guard
      case .success(let (handle, addresses)) = library.compile(
        try Self.bitcode("valid"), functions: [function(2, arity: 1)])
    else { return XCTFail("valid.ll did not compile") }
    defer { library.release(handle) }
    // A limit 256 KB below here: the recursion stops there, and the call reports it.
    var marker = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt64(UInt(bitPattern: $0)) }
    var result = 0.0
    XCTAssertEqual(cruft_native_call_for_tests(addresses[0], 1 << 40, here - (256 << 10), [1], &result), 1)
    // And again: the jump buffer was restored.
    XCTAssertEqual(cruft_native_call_for_tests(addresses[0], 1 << 40, here - (128 << 10), [1], &result), 1)
    // The depth runs out first.
    XCTAssertEqual(cruft_native_call_for_tests(addresses[0], 5, 0, [1], &result), 1)
  }

  func testForbiddenBitcodeIsRefusedNamingTheSymbol() throws {
    let cases: [(String, String)] = [
      ("declares-system", "bitcode declares 'system', which is not a runtime entry point"),
      ("declares-open", "bitcode declares 'open', which is not a runtime entry point"),
      ("global", "bitcode defines the global variable 'counter'; native code may have no globals"),
      ("inline-asm", "function 'cruft_fn_0' calls inline assembly"),
      ("module-asm", "bitcode has module-level inline assembly"),
      ("indirect-call", "function 'cruft_fn_0' makes an indirect call"),
      ("inttoptr", "function 'cruft_fn_0' contains 'inttoptr', which native code may not use"),
      ("load", "function 'cruft_fn_0' contains 'load', which native code may not use"),
      ("prologue", "function 'cruft_fn_0' has prologue or prefix data"),
      ("section", "function 'cruft_fn_0' is placed in the section '.init_array'"),
      ("frameaddress-outer", "function 'cruft_fn_0' calls llvm.frameaddress for a frame other than its own"),
      (
        "pow-intrinsic",
        "bitcode declares 'llvm.pow.f64', which is not a runtime entry point or an allowed intrinsic"
      ),
    ]
    for (name, message) in cases {
      XCTAssertEqual(try checkMessage(name), message, name)
      XCTAssertEqual(try compileMessage(name, functions: [function(0, arity: 1)]), message, name)
    }
  }

  func testCodegenLibcallFailsTheLinkNamingTheSymbol() throws {
    // Every IR check passes; the code generator's call to __divti3 does not link.
    XCTAssertNil(try checkMessage("libcall"))
    XCTAssertEqual(
      try compileMessage("libcall", functions: [function(1, arity: 2)]),
      "the compiled code calls '__divti3', which the VM does not provide")
  }

  func testListedFunctionsMustExistWithTheirArity() throws {
    XCTAssertEqual(
      try checkMessage("valid", functions: [function(7, arity: 1)]),
      "the manifest lists 'cruft_fn_7', which the bitcode does not define")
    XCTAssertEqual(
      try checkMessage("valid", functions: [function(1, arity: 3)]),
      "the manifest lists 'cruft_fn_1' with arity 3, but the bitcode defines it with 2 parameters")
  }

  func testGarbageDoesNotParse() throws {
    let message = try Self.library().check(Array("not bitcode".utf8), functions: [])
    XCTAssertEqual(message?.hasPrefix("the bitcode does not parse"), true, message ?? "")
    XCTAssertEqual(try Self.library().check([], functions: []), "the bitcode is empty")
  }

  /// valid.ll's bitcode with two bytes changed so that a length field asks LLVM's reader for more
  /// memory than exists: the reader aborts the process it runs in. It runs in a child process first
  /// (ReaderIsolation), so the bundle is refused with a message and the caller lives on.
  func testBytesThatKillLLVMsReaderAreRefusedWithoutKillingTheVM() throws {
    let fixture = Bundle.module.url(
      forResource: "reader-abort", withExtension: "bc", subdirectory: "Fixtures/bitcode")
    let bytes = Array(try Data(contentsOf: try XCTUnwrap(fixture)))
    XCTAssertEqual(
      try Self.library().check(bytes, functions: []),
      "the bitcode is malformed: LLVM's bitcode reader stopped on it (signal 6)")
    let library = try Self.library()
    guard case .failure(let failure) = library.compile(bytes, functions: []) else {
      return XCTFail("the malformed bitcode compiled")
    }
    XCTAssertEqual(
      failure.message, "the bitcode is malformed: LLVM's bitcode reader stopped on it (signal 6)")
  }

  func testMathRoundIsExact() {
    XCTAssertEqual(MathFunctions.round(4_503_599_627_370_497), 4_503_599_627_370_497)
    XCTAssertEqual(MathFunctions.round(0.49999999999999994), 0)
    XCTAssertEqual(MathFunctions.round(2.5), 3)
    XCTAssertEqual(MathFunctions.round(-2.5), -2)
    XCTAssertEqual(MathFunctions.round(-0.5).sign, .minus)
    XCTAssertEqual(MathFunctions.round(-0.2).sign, .minus)
    XCTAssertEqual(MathFunctions.round(-0.0).sign, .minus)
    XCTAssertEqual(MathFunctions.round(-0.50000000000000011), -1)
    XCTAssertEqual(MathFunctions.round(.infinity), .infinity)
    XCTAssertTrue(MathFunctions.round(.nan).isNaN)
  }

  // MARK: Bundles

  /// A signed bundle of one ES module: its body calls function 1 (`(a, b) => a + b` as bytecode) or
  /// function 2 (`n => n`) with `arguments` and throws the result, so the outcome shows the value.
  /// `native` lists the functions with native code in the `bitcode` section.
  /// With `observe`, the thrown value is the result, `|` and the elements of argument `observe` after
  /// the call (`result + "|" + arguments[observe].join()`), so a typed array's writes show.
  func bundle(
    calling callee: UInt32, with arguments: [Argument], observe: Int? = nil, bitcode: [UInt8],
    native: [BundleNativeFunction]
  ) throws -> [UInt8] {
    var code: [UInt32] = [
      op(.loadUndefined), 1,
      op(.newClosure), 0, callee, 1,
    ]
    var constants: [Bytecode.Constant] = []
    func constant(_ value: Bytecode.Constant) -> UInt32 {
      constants.append(value)
      return UInt32(constants.count - 1)
    }
    func string(_ text: String) -> UInt32 { constant(.string(Array(text.utf16))) }
    // Registers 11 and up are scratch.
    func construct(_ destination: UInt32, _ constructor: String, argument: UInt32) {
      code += [op(.loadGlobal), 11, string(constructor), op(.construct), destination, 11, argument, 1]
    }
    for (index, argument) in arguments.enumerated() {
      let register = UInt32(2 + index)
      switch argument {
      case .int(let value): code += [op(.loadInt), register, UInt32(bitPattern: value)]
      case .string(let text): code += [op(.loadConst), register, string(text)]
      case .undefined: code += [op(.loadUndefined), register]
      case .boolean(let value): code += [op(value ? .loadTrue : .loadFalse), register]
      case .object: code += [op(.newObject), register]
      case .typedArray(let name, let elements):
        code += [op(.loadInt), 12, UInt32(elements.count)]
        construct(register, name, argument: 12)
        for (position, element) in elements.enumerated() {
          code += [
            op(.loadInt), 12, UInt32(position), op(.loadConst), 13, constant(.number(element)),
            op(.setKeyed), register, 12, 13,
          ]
        }
      case .detachedTypedArray(let name):
        // new NAME(buffer) over a 16-byte buffer, then structuredClone(buffer, {transfer: [buffer]}).
        code += [op(.loadInt), 12, 16]
        construct(14, "ArrayBuffer", argument: 12)
        construct(register, name, argument: 14)
        code += [
          op(.newArray), 15, 1, op(.arrayPush), 15, 14, op(.newObject), 16,
          op(.setNamed), 16, string("transfer"), 15, 0,
          op(.move), 17, 14, op(.move), 18, 16,
          op(.loadGlobal), 11, string("structuredClone"), op(.call), 12, 11, 1, 17, 2,
        ]
      case .shrunkTypedArray(let name):
        // new NAME(buffer, 0, 2) over new ArrayBuffer(16, {maxByteLength: 32}), then buffer.resize(0).
        code += [
          op(.newObject), 16, op(.loadInt), 15, 32, op(.setNamed), 16, string("maxByteLength"), 15, 2,
          op(.loadInt), 17, 16, op(.move), 18, 16, op(.loadGlobal), 11, string("ArrayBuffer"),
          op(.construct), 14, 11, 17, 2,
          op(.move), 17, 14, op(.loadInt), 18, 0, op(.loadInt), 19, 2, op(.loadGlobal), 11, string(name),
          op(.construct), register, 11, 17, 3,
          op(.getNamed), 11, 14, string("resize"), 3, op(.loadInt), 17, 0, op(.call), 12, 11, 14, 17, 1,
        ]
      case .array(let elements):
        code += [op(.newArray), register, UInt32(elements.count)]
        for element in elements {
          code += [op(.loadInt), 12, UInt32(bitPattern: element), op(.arrayPush), register, 12]
        }
      }
    }
    code += [op(.call), 10, 0, 1, 2, UInt32(arguments.count)]
    if let observe {
      let array = UInt32(2 + observe)
      code += [
        op(.getNamed), 11, array, string("join"), 1, op(.call), 12, 11, array, 13, 0,
        op(.loadConst), 13, string("|"), op(.add), 10, 10, 13, op(.add), 10, 10, 12,
      ]
    }
    code += [op(.throw), 10]
    let body = BytecodeFunction(
      name: [], kind: .moduleBody, length: 0, parameterCount: 0, registerCount: 20, inlineCacheCount: 4,
      code: code)
    let add = BytecodeFunction(
      name: Array("add".utf16), kind: .normal, length: 2, parameterCount: 2, registerCount: 3,
      inlineCacheCount: 0,
      code: [op(.add), 2, 0, 1, op(.return), 2])
    let identity = BytecodeFunction(
      name: Array("identity".utf16), kind: .normal, length: 1, parameterCount: 1, registerCount: 1,
      inlineCacheCount: 0, code: [op(.return), 0])
    let moduleName = BundleModule.name(package: ".", path: "main.mjs")
    let codeSection = BundleSection(
      name: "code/" + moduleName, kind: .code,
      bytes: BytecodeEncoding.encode(BytecodeModule(constants: constants, functions: [body, add, identity])))
    let bitcodeSection = BundleSection(
      name: BundleNativeCode.sectionName(module: moduleName), kind: .bitcode, bytes: bitcode)
    let module = BundleModule(
      package: ".", path: "main.mjs", sourceDigest: SHA512Digest(of: Array("main".utf8)),
      codeSection: codeSection.name, codeDigest: codeSection.digest,
      native: BundleNativeCode(section: bitcodeSection.name, digest: bitcodeSection.digest, functions: native)
    )
    let manifest = BundleManifest(
      compilerVersion: "cruftc 0.1.0", application: BundleIdentity(name: "native", version: "1.0.0"),
      lockfileDigest: SampleBundles.lockfileDigest,
      packages: [BundlePackage(key: ".", name: "native", version: "1.0.0", integrity: SHA512Digest(of: [1]))],
      modules: [module], entry: moduleName)
    return try BundleWriter.write(
      manifest: manifest, sections: [codeSection, bitcodeSection], key: SampleBundles.builderKey)
  }

  enum Argument {
    case int(Int32)
    case string(String)
    case undefined
    case object
    case boolean(Bool)
    /// `new NAME(n)` with these elements (NAME: a typed array constructor).
    case typedArray(String, [Double])
    /// A typed array whose buffer structuredClone transferred (detached).
    case detachedTypedArray(String)
    /// A typed array of 2 elements whose resizable buffer then shrank to 0 bytes (out of bounds).
    case shrunkTypedArray(String)
    /// A plain array of int32s.
    case array([Int32])
  }

  func op(_ opcode: Opcode) -> UInt32 { UInt32(opcode.rawValue) }

  func load(_ bytes: [UInt8]) throws -> LoadedBundle {
    try BundleLoader.load(
      bytes: bytes, trusting: [TrustedBuilder(fingerprint: SampleBundles.builderKey.fingerprint)],
      expectedLockfileDigest: nil)
  }

  /// Loads, compiles the native code (unless `jit` is false) and runs.
  func run(_ bytes: [UInt8], jit: Bool = true) throws -> RunOutcome {
    let loaded = try load(bytes)
    var options = RunOptions()
    if jit { options.nativeCode = try BundleLoader.compileNativeCode(loaded) }
    return BundleRunner.run(loaded, options: options, standardOutput: { _ in }, standardError: { _ in })
  }

  func testNativeCodeRunsForNumbersAndTheBytecodeOtherwise() throws {
    let bitcode = try Self.bitcode("valid")
    let native = [function(1, arity: 2), function(2, arity: 1)]
    func outcome(_ arguments: [Argument], jit: Bool = true) throws -> RunOutcome {
      try run(try bundle(calling: 1, with: arguments, bitcode: bitcode, native: native), jit: jit)
    }
    // Numbers: the native code (a + b + 1000).
    XCTAssertEqual(try outcome([.int(3), .int(4)]), .uncaught("Uncaught 1007"))
    XCTAssertEqual(try outcome([.int(3), .int(4), .int(5)]), .uncaught("Uncaught 1007"))
    // --no-jit: the bytecode (a + b).
    XCTAssertEqual(try outcome([.int(3), .int(4)], jit: false), .uncaught("Uncaught 7"))
    // Anything but numbers, or too few arguments: the bytecode.
    XCTAssertEqual(try outcome([.string("3"), .int(4)]), .uncaught("Uncaught '34'"))
    XCTAssertEqual(try outcome([.int(3), .undefined]), .uncaught("Uncaught NaN"))
    XCTAssertEqual(try outcome([.object, .int(4)]), .uncaught("Uncaught '[object Object]4'"))
    XCTAssertEqual(try outcome([.int(3)]), .uncaught("Uncaught NaN"))
    // A parameter the manifest marks boolean takes a boolean, as 0 or 1, and nothing else.
    let booleanFirst = [
      BundleNativeFunction(function: 1, arity: 2, returns: .number, parameters: [.boolean, .number])
    ]
    func withBoolean(_ arguments: [Argument]) throws -> RunOutcome {
      try run(try bundle(calling: 1, with: arguments, bitcode: bitcode, native: booleanFirst))
    }
    XCTAssertEqual(try withBoolean([.boolean(true), .int(4)]), .uncaught("Uncaught 1005"))
    XCTAssertEqual(try withBoolean([.boolean(false), .int(4)]), .uncaught("Uncaught 1004"))
    XCTAssertEqual(try withBoolean([.int(3), .int(4)]), .uncaught("Uncaught 7"))
  }

  func testStackOverflowInNativeRecursionEndsTheRunAsTheDepthLimitDoes() throws {
    let bitcode = try Self.bitcode("valid")
    let bytes = try bundle(calling: 2, with: [.int(1)], bitcode: bitcode, native: [function(2, arity: 1)])
    XCTAssertEqual(try run(bytes), .stackLimit(RunLimits().maximumDepth))
    // The bytecode of the same function just returns its argument.
    XCTAssertEqual(try run(bytes, jit: false), .uncaught("Uncaught 1"))
  }

  func testABundleWithForbiddenBitcodeIsRefused() throws {
    let bytes = try bundle(
      calling: 1, with: [.int(3), .int(4)], bitcode: try Self.bitcode("declares-system"),
      native: [function(1, arity: 2)])
    let loaded = try load(bytes)
    XCTAssertThrowsError(try BundleLoader.compileNativeCode(loaded)) { error in
      let error = error as? NativeCodeError
      XCTAssertEqual(
        error?.message,
        "the native code of module .:main.mjs was refused: bitcode declares 'system', which is not a runtime entry point"
      )
      XCTAssertEqual(error?.status, NativeCodeError.refusedStatus)
    }
    XCTAssertThrowsError(try BundleLoader.checkNativeCode(loaded))
    // --no-jit never looks at it.
    XCTAssertEqual(try run(bytes, jit: false), .uncaught("Uncaught 7"))
  }

  func testAMissingLibraryIsReportedWithTheWayOut() throws {
    let bytes = try bundle(
      calling: 1, with: [.int(3), .int(4)], bitcode: try Self.bitcode("valid"),
      native: [function(1, arity: 2)])
    let loaded = try load(bytes)
    XCTAssertThrowsError(
      try BundleLoader.compileNativeCode(loaded, libraryPath: "/nonexistent/libCruftJIT.so")
    ) {
      error in
      let error = error as? NativeCodeError
      XCTAssertEqual(error?.status, NativeCodeError.unavailableStatus)
      XCTAssertEqual(error?.help?.contains("--no-jit"), true)
    }
  }

  // MARK: cruftvm

  /// Runs a cruftvm executable; its exit status and standard error.
  func cruftvm(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, error: String, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let errors = Pipe()
    let output = Pipe()
    process.standardError = errors
    process.standardOutput = output
    try process.run()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, errorText, outputText)
  }

  func testCruftvmRunsRefusesAndExplains() throws {
    let products = URL(fileURLWithPath: JITLibrary.defaultPath).deletingLastPathComponent().path
    let executable = products + "/cruftvm"
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      throw XCTSkip("cruftvm is not built next to the tests (\(executable))")
    }
    // In the build directory, so that a hard link of cruftvm can live there too.
    let directory = products + "/native-tests-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let pub = directory + "/builder.pub"
    try Data(KeyFiles.publicKeyText(SampleBundles.builderKey.publicKey, name: nil).utf8).write(
      to: URL(fileURLWithPath: pub))
    let good = directory + "/good.cruft"
    let bad = directory + "/bad.cruft"
    try Data(
      try bundle(
        calling: 1, with: [.int(3), .int(4)], bitcode: try Self.bitcode("valid"),
        native: [function(1, arity: 2)])
    ).write(to: URL(fileURLWithPath: good))
    try Data(
      try bundle(
        calling: 1, with: [.int(3), .int(4)], bitcode: try Self.bitcode("libcall"),
        native: [function(1, arity: 2)])
    ).write(to: URL(fileURLWithPath: bad))

    let native = try cruftvm(executable, ["run", good, "--trust", pub])
    XCTAssertEqual(native.status, 1, native.error)
    XCTAssertEqual(native.error, "Uncaught 1007\n")
    let bytecode = try cruftvm(executable, ["run", "--no-jit", good, "--trust", pub])
    XCTAssertEqual(bytecode.status, 1, bytecode.error)
    XCTAssertEqual(bytecode.error, "Uncaught 7\n")
    let verified = try cruftvm(executable, ["verify", good, "--trust", pub])
    XCTAssertEqual(verified.status, 0, verified.error)
    XCTAssertTrue(
      verified.output.contains("native code: ok, 1 bitcode section checked (1 function)\n"), verified.output)

    let refused = try cruftvm(executable, ["run", bad, "--trust", pub])
    XCTAssertEqual(refused.status, NativeCodeError.refusedStatus, refused.error)
    XCTAssertEqual(
      refused.error.split(separator: "\n").first.map(String.init),
      "\(bad): error: the native code of module .:main.mjs was refused: the compiled code calls '__divti3', "
        + "which the VM does not provide")
    XCTAssertEqual(try cruftvm(executable, ["run", "--no-jit", bad, "--trust", pub]).status, 1)

    // A cruftvm without the JIT library next to it.
    let lonely = directory + "/cruftvm"
    try FileManager.default.linkItem(atPath: executable, toPath: lonely)
    let missing = try cruftvm(lonely, ["run", good, "--trust", pub])
    XCTAssertEqual(missing.status, NativeCodeError.unavailableStatus, missing.error)
    XCTAssertTrue(missing.error.contains("libCruftJIT.so cannot be loaded"), missing.error)
    XCTAssertTrue(missing.error.contains("cruftvm run --no-jit"), missing.error)
    XCTAssertEqual(try cruftvm(lonely, ["run", "--no-jit", good, "--trust", pub]).error, "Uncaught 7\n")
  }

  func testArityMustMatchTheBytecode() throws {
    let bytes = try bundle(
      calling: 1, with: [.int(3), .int(4)], bitcode: try Self.bitcode("valid"),
      native: [function(2, arity: 2)])
    XCTAssertThrowsError(try BundleLoader.compileNativeCode(try load(bytes))) { error in
      XCTAssertEqual(
        (error as? NativeCodeError)?.message,
        "the native code of module .:main.mjs was refused: function 2 takes 1 parameters, but its native code 2"
      )
    }
  }

  // MARK: Typed arrays

  /// The accessor suffixes and element types, in `TypedArrayType` order.
  static let typedArrayKinds: [(suffix: String, type: TypedArrayType)] = zip(
    NativeRuntime.typedArraySuffixes, TypedArrayType.allCases.prefix(9)
  ).map { ($0, $1) }

  /// Runs `body` with `count` elements of 8 bytes (zeroed) bound to slot `slot`; unbinds after.
  func withBoundStorage<R>(slot: Int32 = 0, count: Int, _ body: (UnsafeMutableRawPointer) throws -> R)
    rethrows
    -> R
  {
    let storage = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * 8, alignment: 8)
    storage.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1) * 8)
    defer {
      cruft_ta_unbind_all()
      storage.deallocate()
    }
    cruft_ta_bind(slot, storage, Int64(count))
    return try body(storage)
  }

  static func getter(_ kind: Int) -> @convention(c) (Double, Double) -> Double {
    unsafeBitCast(cruft_ta_get_address(Int32(kind)), to: (@convention(c) (Double, Double) -> Double).self)
  }

  static func setter(_ kind: Int) -> @convention(c) (Double, Double, Double) -> Void {
    unsafeBitCast(
      cruft_ta_set_address(Int32(kind)), to: (@convention(c) (Double, Double, Double) -> Void).self)
  }

  func testTypedArrayStoresConvertAsTheInterpreterDoes() {
    let values: [Double] = [
      300, -1, 1.5, 2.5, 0.5, 254.5, 255.5, -0.4, .nan, .infinity, -.infinity, -0.0, 0, 1e10, -1e10,
      4294967296,
      4294967295.5, -2147483649, 2147483648, 65535.9, -32769, 128, -129, 1.1, 3.4028235677973366e38, 1e39,
      1.401298464324817e-45, 7e-46, 9.3e18, -9.3e18, 1e20, 1.8446744073709552e19, 9007199254740993,
      .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
    ]
    for (kind, entry) in Self.typedArrayKinds.enumerated() {
      let get = Self.getter(kind)
      let set = Self.setter(kind)
      withBoundStorage(slot: 3, count: 2) { storage in
        for value in values {
          set(3, 1, value)
          // The bits the interpreter stores (TypedArraySetElement's conversion, elementBits).
          let expected = entry.type.bits(forNumber: value)
          let stored = entry.type.loadBits(storage + entry.type.elementSize)
          let mask: UInt64 =
            entry.type.elementSize == 8 ? ~0 : (1 << (8 * UInt64(entry.type.elementSize))) - 1
          XCTAssertEqual(stored, expected & mask, "cruft_ta_set_\(entry.suffix)(\(value))")
          // And the read gives the interpreter's number exactly.
          let read = get(3, 1)
          let number = entry.type.number(ofBits: stored)
          XCTAssertEqual(read.bitPattern, number.bitPattern, "cruft_ta_get_\(entry.suffix) after \(value)")
          // Element 0 was never written.
          XCTAssertEqual(get(3, 0), 0)
        }
      }
    }
  }

  func testTypedArrayStoresGiveNodesValues() {
    // new K([v])[0] in node.
    func stored(_ suffix: String, _ value: Double) -> Double {
      let kind = NativeRuntime.typedArraySuffixes.firstIndex(of: suffix)!
      return withBoundStorage(count: 1) { _ in
        Self.setter(kind)(0, 0, value)
        return Self.getter(kind)(0, 0)
      }
    }
    XCTAssertEqual(stored("i8", 300), 44)
    XCTAssertEqual(stored("i8", -129), 127)
    XCTAssertEqual(stored("u8", -1), 255)
    XCTAssertEqual(stored("u8", 1.5), 1)
    XCTAssertEqual(stored("u8c", 300), 255)
    XCTAssertEqual(stored("u8c", -1), 0)
    XCTAssertEqual(stored("u8c", 1.5), 2)
    XCTAssertEqual(stored("u8c", 2.5), 2)
    XCTAssertEqual(stored("u8c", 0.5), 0)
    XCTAssertEqual(stored("u8c", 254.5), 254)
    XCTAssertEqual(stored("u8c", .nan), 0)
    XCTAssertEqual(stored("u8c", .infinity), 255)
    XCTAssertEqual(stored("i16", 1e10), -7168)
    XCTAssertEqual(stored("u16", -1), 65535)
    XCTAssertEqual(stored("i32", 1e10), 1_410_065_408)
    XCTAssertEqual(stored("i32", 2_147_483_648), -2_147_483_648)
    XCTAssertEqual(stored("i32", .infinity), 0)
    XCTAssertEqual(stored("i32", .nan), 0)
    XCTAssertEqual(stored("u32", -1), 4_294_967_295)
    XCTAssertEqual(stored("u32", 1e20), 1_661_992_960)
    XCTAssertEqual(stored("f32", 1.1), 1.100000023841858)
    XCTAssertEqual(stored("f32", 1e39), .infinity)
    XCTAssertEqual(stored("f32", -0.0).sign, .minus)
    XCTAssertTrue(stored("f32", .nan).isNaN)
    XCTAssertEqual(stored("f64", -0.0).sign, .minus)
    XCTAssertEqual(stored("f64", 0.1), 0.1)
    XCTAssertEqual(stored("i8", -0.0).sign, .plus)
  }

  func testTypedArrayIndicesOutsideTheArrayReadNaNAndWriteNothing() {
    let f64 = 8
    let get = Self.getter(f64)
    let set = Self.setter(f64)
    withBoundStorage(slot: 5, count: 3) { storage in
      let elements = storage.assumingMemoryBound(to: Double.self)
      for index in 0..<3 { elements[index] = Double(index + 1) }
      XCTAssertEqual(cruft_ta_length(5), 3)
      XCTAssertEqual(get(5, 2), 3)
      XCTAssertEqual(get(5, -0.0), 1)
      set(5, -0.0, 10)
      XCTAssertEqual(elements[0], 10)
      for index in [-1, 3, 1.5, .nan, 9007199254740992, .infinity, -.infinity, 4, 1e300, -0.5] {
        XCTAssertTrue(get(5, index).isNaN, "get at \(index)")
        set(5, index, 77)
      }
      XCTAssertEqual([elements[0], elements[1], elements[2]], [10, 2, 3])
      // Unbound slots and slots that are not 0...7 have nothing.
      XCTAssertEqual(cruft_ta_length(4), 0)
      XCTAssertTrue(get(4, 0).isNaN)
      for slot in [-1, 8, 5.5, .nan, 1e20] {
        XCTAssertEqual(cruft_ta_length(slot), 0)
        XCTAssertTrue(get(slot, 0).isNaN)
        set(slot, 0, 77)
      }
      XCTAssertEqual(elements[0], 10)
    }
    // A length-0 array: every index is invalid.
    withBoundStorage(count: 0) { _ in
      XCTAssertTrue(get(0, 0).isNaN)
      XCTAssertEqual(cruft_ta_length(0), 0)
    }
    XCTAssertTrue(get(5, 0).isNaN, "unbound after use")
  }

  func testTypedArrayDeclarationsAreCheckedAndRun() throws {
    XCTAssertNil(try checkMessage("typed-arrays", functions: [function(1, arity: 2)]))
    XCTAssertEqual(
      try checkMessage("declares-ta-bind"),
      "bitcode declares 'cruft_ta_bind', which is not a runtime entry point")
    XCTAssertEqual(
      try checkMessage("ta-wrong-type"),
      "bitcode declares 'cruft_ta_get_f64' with type 'double (double, i64)', not double (double, double)")
    XCTAssertEqual(
      try compileMessage("declares-ta-bind", functions: [function(0, arity: 1)]),
      "bitcode declares 'cruft_ta_bind', which is not a runtime entry point")
    let library = try Self.library()
    guard
      case .success(let (handle, addresses)) = library.compile(
        try Self.bitcode("typed-arrays"), functions: [function(1, arity: 2)])
    else { return XCTFail("typed-arrays.ll did not compile") }
    defer { library.release(handle) }
    withBoundStorage(count: 3) { storage in
      let elements = storage.assumingMemoryBound(to: Double.self)
      for index in 0..<3 { elements[index] = Double(index + 1) }
      var result = 0.0
      XCTAssertEqual(cruft_native_call_for_tests(addresses[0], 100, 0, [0, 4], &result), 0)
      XCTAssertEqual(result, 1006)
      XCTAssertEqual([elements[0], elements[1], elements[2]], [10, 2, 3])
    }
  }

  func testTypedArrayParametersRunNativeCodeAndTheBytecodeOtherwise() throws {
    let bitcode = try Self.bitcode("typed-arrays")
    let native = [
      BundleNativeFunction(function: 1, arity: 2, returns: .number, parameters: [.float64Array, .number])
    ]
    func outcome(_ arguments: [Argument], jit: Bool = true) throws -> RunOutcome {
      try run(try bundle(calling: 1, with: arguments, observe: 0, bitcode: bitcode, native: native), jit: jit)
    }
    // A Float64Array: the native code sums it (1006) and writes the sum plus 4 to element 0.
    XCTAssertEqual(
      try outcome([.typedArray("Float64Array", [1, 2, 3]), .int(4)]), .uncaught("Uncaught '1006|10,2,3'"))
    XCTAssertEqual(try outcome([.typedArray("Float64Array", []), .int(4)]), .uncaught("Uncaught '1000|'"))
    // The bytecode: a + b.
    XCTAssertEqual(
      try outcome([.typedArray("Float64Array", [1, 2, 3]), .int(4)], jit: false),
      .uncaught("Uncaught '1,2,34|1,2,3'"))
    // Another element type, a detached buffer, a plain array, a number, a string: the bytecode.
    XCTAssertEqual(
      try outcome([.typedArray("Float32Array", [1, 2, 3]), .int(4)]), .uncaught("Uncaught '1,2,34|1,2,3'"))
    // (`a + b` converts the detached array to a string: join throws.)
    let detached = try run(
      try bundle(
        calling: 1, with: [.detachedTypedArray("Float64Array"), .int(4)], bitcode: bitcode, native: native))
    XCTAssertEqual(
      detached,
      .uncaught(
        "Uncaught TypeError: Cannot perform %TypedArray%.prototype.join on a detached ArrayBuffer\n"
          + "    at add (.:main.mjs)\n    at .:main.mjs"))
    XCTAssertEqual(try outcome([.array([1, 2, 3]), .int(4)]), .uncaught("Uncaught '1,2,34|1,2,3'"))
    XCTAssertEqual(
      try outcome([.typedArray("Float64Array", [1, 2]), .string("x")]), .uncaught("Uncaught '1,2x|1,2'"))
    XCTAssertEqual(
      try run(try bundle(calling: 1, with: [.int(3), .int(4)], bitcode: bitcode, native: native)),
      .uncaught("Uncaught 7"))
  }

  func testTypedArrayGuardBindsTheParametersPositionAndRefusesOutOfBoundsViews() throws {
    let native = [
      BundleNativeFunction(
        function: 1, arity: 2, returns: .number, parameters: [.number, .uint8ClampedArray])
    ]
    let bitcode = try Self.bitcode("typed-arrays-second")
    func outcome(_ arguments: [Argument], jit: Bool = true) throws -> RunOutcome {
      try run(try bundle(calling: 1, with: arguments, observe: 1, bitcode: bitcode, native: native), jit: jit)
    }
    // Slot 1: a[0] = 300 clamps to 255; 2 + 1000 + a[1].
    XCTAssertEqual(
      try outcome([.int(300), .typedArray("Uint8ClampedArray", [5, 7])]), .uncaught("Uncaught '1009|255,7'"))
    XCTAssertEqual(
      try outcome([.int(-3), .typedArray("Uint8ClampedArray", [5, 7])]), .uncaught("Uncaught '1009|0,7'"))
    XCTAssertEqual(
      try outcome([.int(300), .typedArray("Uint8ClampedArray", [5, 7])], jit: false),
      .uncaught("Uncaught '3005,7|5,7'"))
    // Uint8Array is not Uint8ClampedArray.
    XCTAssertEqual(
      try outcome([.int(300), .typedArray("Uint8Array", [5, 7])]), .uncaught("Uncaught '3005,7|5,7'"))
    // A view its resizable buffer no longer covers: the bytecode (whose `x + a` throws).
    let shrunk = try run(
      try bundle(
        calling: 1, with: [.int(300), .shrunkTypedArray("Uint8ClampedArray")], bitcode: bitcode,
        native: native))
    guard case .uncaught(let message) = shrunk else { return XCTFail("\(shrunk)") }
    XCTAssertTrue(message.hasPrefix("Uncaught TypeError"), message)
  }

  func testProfilesNameTypedArraysByTheirConstructor() throws {
    let bytes = try bundle(
      calling: 1,
      with: [.typedArray("Uint8ClampedArray", [1]), .array([1])], bitcode: try Self.bitcode("valid"),
      native: [function(2, arity: 1)])
    let loaded = try load(bytes)
    var options = RunOptions()
    let recording = ProfileRecording()
    options.profile = recording
    _ = BundleRunner.run(loaded, options: options, standardOutput: { _ in }, standardError: { _ in })
    let function = recording.profile?.modules.first?.functions.first { $0.function == 1 }
    XCTAssertEqual(function?.parameters, [["Uint8ClampedArray"], ["object"]])
    XCTAssertEqual(Profiler.kindNames.count, 21)
    XCTAssertTrue(Profiler.kindNames.allSatisfy(RunProfile.kinds.contains))
  }
}

/// cruft_native_call with an array of arguments.
func cruft_native_call_for_tests(
  _ function: UnsafeRawPointer, _ depth: Int64, _ stackLimit: UInt64, _ arguments: [Double],
  _ result: inout Double
) -> Int32 {
  arguments.withUnsafeBufferPointer {
    cruft_native_call(function, depth, stackLimit, $0.baseAddress, Int32(arguments.count), &result)
  }
}
