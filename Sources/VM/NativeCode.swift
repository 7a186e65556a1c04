import Bytecode
import CJITRuntime
import Foundation
import Seal

// Native code for hot numeric functions (docs/vm.md, "Native code"). cruftvm never links LLVM: the
// JIT is libCruftJIT.so next to the cruftvm executable, loaded (dlopen) only for a bundle whose
// modules have native code. It checks each bitcode section and compiles it with ORC LLJIT, seeing
// only the runtime symbols below; each compiled function is attached to its bytecode function, and
// a call whose arguments are what its parameters want (numbers, booleans, typed arrays) runs it.

/// Why a bundle's native code cannot be used: refused by the checks or the link (status 61), or the
/// JIT library is missing (status 62).
public struct NativeCodeError: Error, Sendable, Equatable {
  public var message: String
  public var help: String?
  public var status: Int32

  /// The bitcode of a module failed a check, or its compiled code needs a symbol the VM does not give.
  public static let refusedStatus: Int32 = 61
  /// The bundle has native code and libCruftJIT.so cannot be loaded.
  public static let unavailableStatus: Int32 = 62
}

/// A bundle's compiled native code: each function's entry point by module and bytecode function
/// index. Holding it keeps the code alive (releasing it frees the JIT's memory).
public final class LoadedNativeCode: @unchecked Sendable {
  struct Entry {
    let function: Int
    let address: UnsafeRawPointer
    let arity: Int
    let returnsBoolean: Bool
    /// Bit i: parameter i must receive a boolean (passed as 0 or 1), else a number.
    let booleanParameters: UInt8
    /// Bit i: parameter i must receive a typed array (passed as its slot, i).
    let typedArrayParameters: UInt8
    /// Bits 4i to 4i+3: the element type (`TypedArrayType` raw value) of typed-array parameter i.
    let typedArrayTypes: UInt32

    init(
      function: Int, address: UnsafeRawPointer, arity: Int, returns: NativeResult,
      parameters: [NativeParameter]
    ) {
      self.function = function
      self.address = address
      self.arity = arity
      returnsBoolean = returns == .boolean
      var booleans: UInt8 = 0
      var typedArrays: UInt8 = 0
      var types: UInt32 = 0
      for (index, parameter) in parameters.enumerated() where index < BundleNativeFunction.maximumArity {
        if parameter == .boolean { booleans |= 1 << index }
        if let type = TypedArrayType(parameter) {
          typedArrays |= 1 << index
          types |= UInt32(type.rawValue) << (4 * index)
        }
      }
      booleanParameters = booleans
      typedArrayParameters = typedArrays
      typedArrayTypes = types
    }
  }

  /// By module name.
  let entries: [String: [Entry]]
  private let handles: [UnsafeMutableRawPointer]
  private let library: JITLibrary

  init(entries: [String: [Entry]], handles: [UnsafeMutableRawPointer], library: JITLibrary) {
    self.entries = entries
    self.handles = handles
    self.library = library
  }

  /// How many functions have native code.
  public var functionCount: Int { entries.values.reduce(0) { $0 + $1.count } }

  deinit {
    for handle in handles { library.release(handle) }
  }
}

/// libCruftJIT.so, loaded once per path and never unloaded.
final class JITLibrary: @unchecked Sendable {
  typealias Check =
    @convention(c) (
      UnsafePointer<UInt8>?, Int, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, Int32,
      UnsafeMutablePointer<CChar>?, Int
    ) -> Int32
  typealias Compile =
    @convention(c) (
      UnsafePointer<UInt8>?, Int, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafeRawPointer?>?,
      Int32,
      UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, Int32,
      UnsafeMutablePointer<UnsafeRawPointer?>?,
      UnsafeMutablePointer<CChar>?, Int
    ) -> UnsafeMutableRawPointer?
  typealias Release = @convention(c) (UnsafeMutableRawPointer?) -> Void

  static let fileName = "libCruftJIT.so"

  let path: String
  let checkFunctions: Check
  let compileFunctions: Compile
  let release: Release

  private init(path: String, check: Check, compile: Compile, release: Release) {
    self.path = path
    checkFunctions = check
    compileFunctions = compile
    self.release = release
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var loaded: [String: JITLibrary] = [:]

  /// The library next to the running executable (`/proc/self/exe`): cruftvm, or the test runner.
  static var defaultPath: String {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  static func load(path: String? = nil) throws(NativeCodeError) -> JITLibrary {
    let path = path ?? defaultPath
    lock.lock()
    defer { lock.unlock() }
    if let library = loaded[path] { return library }
    guard FileManager.default.fileExists(atPath: path) else {
      throw unavailable("\(path) does not exist")
    }
    guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
      throw unavailable(dlerror().map { String(cString: $0) } ?? "dlopen failed")
    }
    guard let check = dlsym(handle, "cruft_jit_check_functions"),
      let compile = dlsym(handle, "cruft_jit_compile_functions"),
      let release = dlsym(handle, "cruft_jit_release")
    else {
      throw unavailable("\(path) is not the JIT library of this cruftvm (a cruft_jit_* function is missing)")
    }
    let library = JITLibrary(
      path: path, check: unsafeBitCast(check, to: Check.self),
      compile: unsafeBitCast(compile, to: Compile.self),
      release: unsafeBitCast(release, to: Release.self))
    loaded[path] = library
    return library
  }

  private static func unavailable(_ reason: String) -> NativeCodeError {
    NativeCodeError(
      message: "the bundle has native code, and the JIT library \(fileName) cannot be loaded: \(reason)",
      help:
        "install \(fileName) next to cruftvm, or run the bundle as bytecode only with cruftvm run --no-jit",
      status: NativeCodeError.unavailableStatus)
  }

  /// Checks one bitcode module (rules 1-8), or compiles it; returns the error text or the results.
  func check(_ bitcode: [UInt8], functions: [BundleNativeFunction]) -> String? {
    var error = [CChar](repeating: 0, count: 1024)
    let symbols = functions.map(\.symbol)
    let arities = functions.map { Int32($0.arity) }
    let passed = withCStrings(symbols) { names in
      bitcode.withUnsafeBufferPointer { bytes in
        checkFunctions(
          bytes.baseAddress, bytes.count, names, arities, Int32(functions.count), &error, error.count)
      }
    }
    return passed == 1 ? nil : cText(error)
  }

  func compile(_ bitcode: [UInt8], functions: [BundleNativeFunction]) -> Result<
    (UnsafeMutableRawPointer, [UnsafeRawPointer]), NativeCodeFailure
  > {
    var error = [CChar](repeating: 0, count: 1024)
    var found = [UnsafeRawPointer?](repeating: nil, count: functions.count)
    let arities = functions.map { Int32($0.arity) }
    let table = NativeRuntime.symbols
    let handle = withCStrings(table.map(\.name)) { symbolNames in
      withCStrings(functions.map(\.symbol)) { functionNames in
        bitcode.withUnsafeBufferPointer { bytes in
          compileFunctions(
            bytes.baseAddress, bytes.count, symbolNames, table.map { Optional($0.address) },
            Int32(table.count),
            functionNames, arities, Int32(functions.count), &found, &error, error.count)
        }
      }
    }
    guard let handle else { return .failure(NativeCodeFailure(message: cText(error))) }
    let addresses = found.compactMap { $0 }
    guard addresses.count == functions.count else {
      release(handle)
      return .failure(NativeCodeFailure(message: "the JIT returned no address for a listed function"))
    }
    return .success((handle, addresses))
  }
}

struct NativeCodeFailure: Error {
  var message: String
}

/// The NUL-terminated text in `buffer`.
private func cText(_ buffer: [CChar]) -> String {
  String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Calls `body` with `strings` as an array of C strings.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
  let copies = strings.map { strdup($0) }
  defer { for copy in copies { free(copy) } }
  let pointers = copies.map { UnsafePointer<CChar>($0) }
  return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// The symbols native code may call, and nothing else: the `cruft_math_*` entry points (the very
/// functions Math's builtins use), the stack-overflow exit, the typed-array accessors `cruft_ta_*`
/// (CJITRuntime), and the libm functions codegen may call.
enum NativeRuntime {
  static let libmFunctions = [
    "fmod", "floor", "ceil", "trunc", "rint", "nearbyint", "round", "roundeven", "fma", "fmin", "fmax",
  ]

  /// The accessor suffixes by `TypedArrayType` raw value (int8 to float64).
  static let typedArraySuffixes = ["i8", "u8", "u8c", "i16", "u16", "i32", "u32", "f32", "f64"]

  nonisolated(unsafe) static let symbols: [(name: String, address: UnsafeRawPointer)] = {
    var table: [(name: String, address: UnsafeRawPointer)] = []
    for entry in MathFunctions.unary {
      table.append(("cruft_math_" + entry.name, unsafeBitCast(entry.function, to: UnsafeRawPointer.self)))
    }
    for entry in MathFunctions.binary {
      table.append(("cruft_math_" + entry.name, unsafeBitCast(entry.function, to: UnsafeRawPointer.self)))
    }
    table.append(("cruft_rt_stack_overflow", cruft_rt_stack_overflow_address()))
    // The typed-array accessors (not cruft_ta_bind, which is the VM's).
    for (kind, suffix) in typedArraySuffixes.enumerated() {
      table.append(("cruft_ta_get_" + suffix, cruft_ta_get_address(Int32(kind))))
      table.append(("cruft_ta_set_" + suffix, cruft_ta_set_address(Int32(kind))))
    }
    table.append(("cruft_ta_length", cruft_ta_length_address()))
    // The C library's own functions, as the code generator expects them.
    let process = dlopen(nil, RTLD_NOW)
    for name in libmFunctions {
      if let address = dlsym(process, name) { table.append((name, UnsafeRawPointer(address))) }
    }
    return table
  }()
}

extension BundleLoader {
  /// Checks and compiles the native code of every module that has some (nil when none has: the JIT
  /// library is then not even loaded). Fails, naming the module and the symbol, when a module's
  /// bitcode does not pass the checks or its code does not link with the VM's runtime symbols.
  /// `libraryPath`: libCruftJIT.so, by default next to the running executable.
  public static func compileNativeCode(_ loaded: LoadedBundle, libraryPath: String? = nil)
    throws(NativeCodeError)
    -> LoadedNativeCode?
  {
    let modules = loaded.manifest.modules.filter { $0.native != nil }
    guard !modules.isEmpty else { return nil }
    let library = try JITLibrary.load(path: libraryPath)
    var entries: [String: [LoadedNativeCode.Entry]] = [:]
    var handles: [UnsafeMutableRawPointer] = []
    do throws(NativeCodeError) {
      for module in modules {
        let native = module.native!
        try checkFunctions(of: module, native, in: loaded)
        let bitcode = loaded.bundle.sections[native.section] ?? []
        switch library.compile(bitcode, functions: native.functions) {
        case .failure(let failure):
          throw refusal(module, failure.message)
        case .success(let (handle, addresses)):
          handles.append(handle)
          entries[module.name] = zip(native.functions, addresses).map { function, address in
            LoadedNativeCode.Entry(
              function: function.function, address: address, arity: function.arity, returns: function.returns,
              parameters: function.parameters)
          }
        }
      }
    } catch {
      for handle in handles { library.release(handle) }
      throw error
    }
    return LoadedNativeCode(entries: entries, handles: handles, library: library)
  }

  /// `cruftvm verify`'s check of the native code, without compiling it: the number of modules and
  /// functions checked.
  public static func checkNativeCode(_ loaded: LoadedBundle, libraryPath: String? = nil)
    throws(NativeCodeError)
    -> (modules: Int, functions: Int)
  {
    let modules = loaded.manifest.modules.filter { $0.native != nil }
    guard !modules.isEmpty else { return (0, 0) }
    let library = try JITLibrary.load(path: libraryPath)
    var functions = 0
    for module in modules {
      let native = module.native!
      try checkFunctions(of: module, native, in: loaded)
      if let message = library.check(
        loaded.bundle.sections[native.section] ?? [], functions: native.functions)
      {
        throw refusal(module, message)
      }
      functions += native.functions.count
    }
    return (modules.count, functions)
  }

  /// Each listed function is a plain function of the module's bytecode with as many parameters.
  private static func checkFunctions(
    of module: BundleModule, _ native: BundleNativeCode, in loaded: LoadedBundle
  )
    throws(NativeCodeError)
  {
    let functions = loaded.code[module.codeSection]?.functions ?? []
    for entry in native.functions {
      guard entry.function >= 0, entry.function < functions.count else {
        throw refusal(
          module, "it lists function \(entry.function), but its bytecode has \(functions.count) functions")
      }
      let function = functions[entry.function]
      guard function.kind.isPlainCall else {
        throw refusal(
          module, "function \(entry.function) is not a plain function and cannot have native code")
      }
      guard Int(function.parameterCount) == entry.arity else {
        throw refusal(
          module,
          "function \(entry.function) takes \(function.parameterCount) parameters, but its native code \(entry.arity)"
        )
      }
    }
  }

  private static func refusal(_ module: BundleModule, _ message: String) -> NativeCodeError {
    NativeCodeError(
      message: "the native code of module \(module.name) was refused: \(message)",
      help: "rebuild the bundle with a cruftc that matches this cruftvm, or run it as bytecode only with "
        + "cruftvm run --no-jit",
      status: NativeCodeError.refusedStatus)
  }
}

extension VM {
  /// The lowest stack address native code may reach: the floor the VM keeps for Swift code, plus a
  /// margin for the stack-overflow exit, and at most 64 MB below the caller (a runaway recursion in
  /// native code stops there rather than touching the whole 512 MB thread stack).
  @inline(never) func nativeStackLimit() -> UInt64 {
    let here = currentStackAddress()
    guard hostStackFloor != 0 else { return UInt64(here - (256 << 10)) }
    return UInt64(max(hostStackFloor + (256 << 10), here > (64 << 20) ? here - (64 << 20) : 0))
  }

  /// Attaches compiled native code to the linked modules' functions.
  func attach(_ native: LoadedNativeCode) {
    for module in modules {
      guard let entries = native.entries[module.name] else { continue }
      for entry in entries where entry.function < module.functions.count {
        module.functions[entry.function].attachNativeCode(
          entry.address, arity: entry.arity, returnsBoolean: entry.returnsBoolean,
          booleanParameters: entry.booleanParameters, typedArrayParameters: entry.typedArrayParameters,
          typedArrayTypes: entry.typedArrayTypes)
      }
    }
  }

  /// Runs the native code of `info`'s function when each of its parameters receives what the guard
  /// wants, a number (or, for a parameter the manifest marks boolean, a boolean; for one it marks a
  /// typed-array kind, a typed array of exactly that type that is not out of bounds); nil otherwise:
  /// the caller runs the bytecode. Native code nested deeper than the interpreter's depth limit
  /// allows, or below the stack limit, ends the run as the interpreter's depth limit does.
  @inline(__always) func callNativeCode(_ info: UnsafeMutablePointer<FunctionInfo>, _ arguments: Arguments)
    throws(Throw) -> Value?
  {
    let arity = Int(info.pointee.nativeArity)
    guard arguments.count >= arity else { return nil }
    let booleans = info.pointee.nativeBooleanParameters
    let typedArrays = info.pointee.nativeTypedArrayParameters
    var buffer: (Double, Double, Double, Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0, 0, 0, 0)
    let status: Int32? = withUnsafeMutablePointer(to: &buffer) { tuple in
      tuple.withMemoryRebound(to: Double.self, capacity: 8) { numbers -> Int32? in
        if _fastPath(booleans | typedArrays == 0) {
          for index in 0..<arity {
            let value = arguments.base.unsafelyUnwrapped[index]
            guard value.isNumber else { return nil }
            numbers[index] = value.number
          }
        } else {
          guard
            convertNativeArguments(
              arguments, arity: arity, booleans: booleans, typedArrays: typedArrays,
              types: info.pointee.nativeTypedArrayTypes, into: numbers)
          else { return nil }
        }
        var result = 0.0
        // The native call counts as one frame, as the bytecode's would.
        let depth = Int64(limits.maximumDepth - frameCount - 1)
        let status = cruft_native_call(
          info.pointee.nativeCode, depth, nativeStackLimit(), numbers, Int32(arity), &result)
        if typedArrays != 0 { cruft_ta_unbind_all() }
        numbers[0] = result
        return status
      }
    }
    guard let status else { return nil }
    guard status == 0 else { throw Throw(termination: .stackLimit(limits.maximumDepth)) }
    return info.pointee.nativeReturnsBoolean ? Value(bool: buffer.0 != 0) : Value(number: buffer.0)
  }

  /// The guard for a function with boolean or typed-array parameters: writes the doubles to pass and
  /// binds each typed array's slot (its position); false, with every slot unbound, when an argument
  /// is not what its parameter wants.
  @inline(never) func convertNativeArguments(
    _ arguments: Arguments, arity: Int, booleans: UInt8, typedArrays: UInt8, types: UInt32,
    into numbers: UnsafeMutablePointer<Double>
  ) -> Bool {
    for index in 0..<arity {
      let value = arguments.base.unsafelyUnwrapped[index]
      let bit = UInt8(1) << index
      if typedArrays & bit != 0 {
        guard value.isObject, value.object.kind == .typedArray else { return unbindFailing() }
        let array = unsafeDowncast(value.object, to: TypedArrayObject.self)
        guard UInt32(array.type.rawValue) == (types >> (4 * UInt32(index))) & 0xF, !array.isOutOfBounds else {
          return unbindFailing()
        }
        // Native code reads `length` as the element count: no own property and no other prototype
        // may change what `a.length` means (the intrinsic prototypes are frozen).
        guard array.shape.count == 0,
          array.proto.bits == Value(realm.typedArrayPrototypes[Int(array.type.rawValue)]).bits
        else { return unbindFailing() }
        cruft_ta_bind(Int32(index), array.pointer(0), Int64(array.length))
        numbers[index] = Double(index)
      } else if booleans & bit != 0 {
        guard value.isBool else { return unbindFailing() }
        numbers[index] = value.bits == Value.true.bits ? 1 : 0
      } else {
        guard value.isNumber else { return unbindFailing() }
        numbers[index] = value.number
      }
    }
    return true
  }

  private func unbindFailing() -> Bool {
    cruft_ta_unbind_all()
    return false
  }
}

extension TypedArrayType {
  /// The element type of a typed-array parameter kind; nil for number and boolean.
  init?(_ parameter: NativeParameter) {
    guard parameter.isTypedArray,
      let type = TypedArrayType.allCases.first(where: { $0.name == parameter.rawValue })
    else { return nil }
    self = type
  }
}
