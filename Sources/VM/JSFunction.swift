import Bytecode

/// The arguments of a call: a window of the register stack (or of a native caller's buffer), valid
/// for the duration of the call.
struct Arguments: @unchecked Sendable {
  let base: UnsafeMutablePointer<Value>?
  let count: Int

  static let none = Arguments(base: nil, count: 0)

  @inline(__always) subscript(index: Int) -> Value {
    index < count ? base.unsafelyUnwrapped[index] : .undefined
  }

  var array: [Value] { (0..<count).map { base.unsafelyUnwrapped[$0] } }
}

/// What a native function is called with.
struct NativeCall {
  let callee: JSFunction
  let this: Value
  let arguments: Arguments
  /// Undefined for a call, the constructor for `new`.
  let newTarget: Value

  @inline(__always) subscript(index: Int) -> Value { arguments[index] }
  var count: Int { arguments.count }
}

/// A function implemented in Swift. Its body may throw only `Throw` (`callNative` enforces it); the
/// signature is untyped because closure literals cannot yet declare a typed error by context.
typealias NativeFunction = (VM, NativeCall) throws -> Value

/// A thrown value, or the end of the run (a resource limit or process.exit), which no handler catches.
struct Throw: Error {
  let value: Value
  let termination: Termination?

  init(_ value: Value) {
    self.value = value
    termination = nil
  }

  init(termination: Termination) {
    value = .undefined
    self.termination = termination
  }
}

/// Why a run ends without finishing: each has its own exit status (see docs/vm.md).
enum Termination: Equatable {
  case stepLimit(Int)
  case heapLimit(Int)
  case stackLimit(Int)
  case exit(Int32)
  /// The bundle needs something this VM cannot give it (a handle it does not implement).
  case link(String)
  /// A promise was rejected and nothing handled it before the job queue ran out (node ends there).
  case unhandledRejection
}

/// Per-site inline cache: objects with shape `shapeID` hold the property in `slot`.
///
/// For a property found on the receiver's prototype (a method), `protoBits` is that prototype and
/// `holderShapeID` its shape: the receiver's shape proves the key is not its own, the prototype's
/// identity and shape prove where the value is.
struct InlineCache {
  var shapeID: UInt32 = 0
  var slot: Int32 = 0
  var holderShapeID: UInt32 = 0
  var protoBits: UInt64 = 0
}

/// What the dispatch loop reads of a function, in one trivial struct: reaching it through a pointer
/// costs no reference counting.
struct FunctionInfo {
  var code: UnsafeMutablePointer<UInt32>
  var constants: UnsafeMutablePointer<Value>
  var caches: UnsafeMutablePointer<InlineCache>
  var registerCount: Int
  var parameterCount: Int
  /// Calls just run the body in a new frame (no generator, async or class-constructor handling).
  /// False for a function with native code, so that its calls leave the fast path for the guard.
  var isPlainCall: Bool
  unowned(unsafe) var compiled: CompiledFunction
  /// The native code of the function (`cruft_fn_F`), taking `nativeArity` numbers, or nil.
  var nativeCode: UnsafeRawPointer? = nil
  var nativeArity: Int32 = 0
  /// The native result is 0 or 1 for false or true (else a number).
  var nativeReturnsBoolean = false
  /// Bit i: parameter i must receive a boolean for the native code to run (else a number).
  var nativeBooleanParameters: UInt8 = 0
  /// Bit i: parameter i must receive a typed array of the element type in `nativeTypedArrayTypes`
  /// (not out of bounds), passed as its slot `Double(i)` (bound with cruft_ta_bind for the call).
  var nativeTypedArrayParameters: UInt8 = 0
  /// Bits 4i to 4i+3: the `TypedArrayType` raw value parameter i must have, when it is a typed array.
  var nativeTypedArrayTypes: UInt32 = 0
}

/// A function's code, decoded once and shared by every closure of it.
final class CompiledFunction {
  let index: Int
  let kind: FunctionKind
  let name: [UInt16]
  let length: Int
  let parameterCount: Int
  let registerCount: Int
  let code: UnsafeMutablePointer<UInt32>
  let codeCount: Int
  let handlers: [BytecodeFunction.Handler]
  let positions: [BytecodeFunction.Position]
  let calleeTexts: [BytecodeFunction.CalleeText]
  let caches: UnsafeMutablePointer<InlineCache>
  unowned(unsafe) let module: ModuleRecord
  /// This function's `FunctionInfo`, owned by it.
  private(set) var info: UnsafeMutablePointer<FunctionInfo>!

  init(_ function: BytecodeFunction, index: Int, module: ModuleRecord) {
    self.index = index
    kind = function.kind
    name = function.name
    length = Int(function.length)
    parameterCount = Int(function.parameterCount)
    registerCount = Int(function.registerCount)
    codeCount = function.code.count
    code = UnsafeMutablePointer<UInt32>.allocate(capacity: max(codeCount, 1))
    code.initialize(from: function.code, count: codeCount)
    handlers = function.handlers
    positions = function.positions
    calleeTexts = function.calleeTexts
    let cacheCount = Int(function.inlineCacheCount)
    caches = UnsafeMutablePointer<InlineCache>.allocate(capacity: max(cacheCount, 1))
    caches.initialize(repeating: InlineCache(), count: max(cacheCount, 1))
    self.module = module
    info = UnsafeMutablePointer<FunctionInfo>.allocate(capacity: 1)
    info.initialize(
      to: FunctionInfo(
        code: code, constants: module.constants, caches: caches, registerCount: registerCount,
        parameterCount: parameterCount, isPlainCall: kind.isPlainCall, compiled: self))
  }

  deinit {
    code.deallocate()
    caches.deallocate()
    info.deallocate()
  }

  /// Attaches the native code of this function (NativeCode.swift): calls whose arguments are what
  /// the guard wants (numbers, booleans, typed arrays of one type) run it, others the bytecode.
  func attachNativeCode(
    _ address: UnsafeRawPointer, arity: Int, returnsBoolean: Bool, booleanParameters: UInt8,
    typedArrayParameters: UInt8 = 0, typedArrayTypes: UInt32 = 0
  ) {
    info.pointee.nativeCode = address
    info.pointee.nativeArity = Int32(arity)
    info.pointee.nativeReturnsBoolean = returnsBoolean
    info.pointee.nativeBooleanParameters = booleanParameters
    info.pointee.nativeTypedArrayParameters = typedArrayParameters
    info.pointee.nativeTypedArrayTypes = typedArrayTypes
    info.pointee.isPlainCall = false
  }

  /// Whether the code awaits (a module body with top-level await).
  lazy var containsAwait: Bool = {
    var pc = 0
    while pc < codeCount {
      guard let opcode = Opcode(rawValue: UInt8(truncatingIfNeeded: code[pc])) else { return false }
      if opcode == .await { return true }
      pc += opcode.length
    }
    return false
  }()

  /// How the source spells the callee of the call or `new` at `pc`, when the compiler recorded it.
  func calleeText(at pc: Int) -> [UInt16]? {
    calleeTexts.first(where: { Int($0.pc) == pc })?.text
  }

  /// The source line and column of the instruction at `pc`.
  func position(at pc: Int) -> (line: Int, column: Int)? {
    var found: BytecodeFunction.Position?
    for position in positions {
      if Int(position.pc) > pc { break }
      found = position
    }
    return found.map { (Int($0.line), Int($0.column)) }
  }
}

/// A function object: bytecode closure, native function or bound function.
final class JSFunction: JSObject {
  var compiled: CompiledFunction? {
    didSet { info = compiled?.info }
  }
  /// The compiled function's `FunctionInfo`, for the dispatch loop.
  var info: UnsafeMutablePointer<FunctionInfo>?
  var native: NativeFunction?
  var environment: Environment? {
    didSet { environmentPointer = environment.map { Unmanaged.passUnretained($0).toOpaque() } }
  }
  /// The environment's address, for the dispatch loop.
  var environmentPointer: UnsafeMutableRawPointer?
  var homeObject: Value = .undefined
  var fieldInitializer: Value = .undefined
  var isConstructor = false
  var isClassConstructor = false
  var isDerived = false
  var boundTarget: Value = .undefined
  var boundThis: Value = .undefined
  var boundArguments: [Value] = []
  /// Values a native function was created with (a promise's resolving functions hold their promise).
  var captured: [Value] = []

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(environment)
    marker.mark(homeObject)
    marker.mark(fieldInitializer)
    marker.mark(boundTarget)
    marker.mark(boundThis)
    for value in boundArguments { marker.mark(value) }
    for value in captured { marker.mark(value) }
  }
}
