import CLLVM

/// One LLVM context and module under construction, with the types, declarations and attributes the
/// lowering uses. Everything it creates is disposed with it.
final class IRModule {
  let context: LLVMContextRef
  let module: LLVMModuleRef
  let builder: LLVMBuilderRef
  let double: LLVMTypeRef
  let float: LLVMTypeRef
  let i1: LLVMTypeRef
  let i32: LLVMTypeRef
  let i64: LLVMTypeRef
  let pointer: LLVMTypeRef
  let void: LLVMTypeRef
  private var declared: [String: (LLVMValueRef, LLVMTypeRef)] = [:]

  init() {
    context = LLVMContextCreate()
    module = LLVMModuleCreateWithNameInContext("cruft", context)
    builder = LLVMCreateBuilderInContext(context)
    double = LLVMDoubleTypeInContext(context)
    float = LLVMFloatTypeInContext(context)
    i1 = LLVMInt1TypeInContext(context)
    i32 = LLVMInt32TypeInContext(context)
    i64 = LLVMInt64TypeInContext(context)
    pointer = LLVMPointerTypeInContext(context, 0)
    void = LLVMVoidTypeInContext(context)
    LLVMSetSourceFileName(module, "cruft", 5)
  }

  deinit {
    LLVMDisposeBuilder(builder)
    LLVMDisposeModule(module)
    LLVMContextDispose(context)
  }

  func functionType(_ result: LLVMTypeRef, _ parameters: [LLVMTypeRef]) -> LLVMTypeRef {
    var list: [LLVMTypeRef?] = parameters
    return list.withUnsafeMutableBufferPointer {
      LLVMFunctionType(result, $0.baseAddress, UInt32(parameters.count), 0)!
    }
  }

  static let functionIndex = LLVMAttributeIndex(UInt32.max)

  func addEnumAttribute(_ function: LLVMValueRef, _ name: String, value: UInt64 = 0) {
    let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
    precondition(kind != 0, "unknown LLVM attribute \(name)")
    LLVMAddAttributeAtIndex(function, Self.functionIndex, LLVMCreateEnumAttribute(context, kind, value))
  }

  func addStringAttribute(_ function: LLVMValueRef, _ key: String, _ value: String) {
    let attribute = LLVMCreateStringAttribute(
      context, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
    LLVMAddAttributeAtIndex(function, Self.functionIndex, attribute)
  }

  /// Attributes every function definition carries.
  func markDefinition(_ function: LLVMValueRef) {
    addEnumAttribute(function, "nounwind")
    addStringAttribute(function, "no-jump-tables", "true")
  }

  /// A declaration, created on first use (so the module declares only what it calls).
  func declaration(
    _ name: String, _ type: @autoclosure () -> LLVMTypeRef, configure: (LLVMValueRef) -> Void = { _ in }
  )
    -> (LLVMValueRef, LLVMTypeRef)
  {
    if let found = declared[name] { return found }
    let t = type()
    let function = LLVMAddFunction(module, name, t)!
    configure(function)
    declared[name] = (function, t)
    return (function, t)
  }

  /// An LLVM intrinsic (its attributes come from LLVM's own table).
  func intrinsic(_ name: String, _ result: LLVMTypeRef, _ parameters: [LLVMTypeRef]) -> (
    LLVMValueRef, LLVMTypeRef
  ) {
    declaration(name, functionType(result, parameters))
  }

  /// `cruft_math_NAME`: pure, nounwind, defined by the VM.
  func runtimeMath(_ name: String, arity: Int) -> (LLVMValueRef, LLVMTypeRef) {
    declaration(
      "cruft_math_\(name)", functionType(double, Array(repeating: double, count: arity)),
      configure: { function in
        self.addEnumAttribute(function, "nounwind")
        self.addEnumAttribute(function, "willreturn")
        self.addEnumAttribute(function, "memory", value: 0)
      })
  }

  /// The `memory` attribute's encoding (LLVM 19's MemoryEffects: two bits per location, argmem,
  /// inaccessiblemem, other; 1 = read, 2 = write).
  static let inaccessibleRead: UInt64 = 1 << 2
  static let inaccessibleWrite: UInt64 = 2 << 2

  /// `double cruft_ta_get_K(double slot, double index)`: the element, or NaN out of range.
  func typedArrayGet(_ kind: TypedArrayKind) -> (LLVMValueRef, LLVMTypeRef) {
    declaration(
      "cruft_ta_get_\(kind.suffix)", functionType(double, [double, double]),
      configure: { function in
        self.addEnumAttribute(function, "nounwind")
        self.addEnumAttribute(function, "willreturn")
        self.addEnumAttribute(function, "memory", value: Self.inaccessibleRead)
      })
  }

  /// `void cruft_ta_set_K(double slot, double index, double value)`: no-op out of range.
  func typedArraySet(_ kind: TypedArrayKind) -> (LLVMValueRef, LLVMTypeRef) {
    declaration(
      "cruft_ta_set_\(kind.suffix)", functionType(void, [double, double, double]),
      configure: { function in
        self.addEnumAttribute(function, "nounwind")
        self.addEnumAttribute(function, "willreturn")
        self.addEnumAttribute(function, "memory", value: Self.inaccessibleWrite)
      })
  }

  /// `double cruft_ta_length(double slot)`: the element count (constant while native code runs).
  var typedArrayLength: (LLVMValueRef, LLVMTypeRef) {
    declaration(
      "cruft_ta_length", functionType(double, [double]),
      configure: { function in
        self.addEnumAttribute(function, "nounwind")
        self.addEnumAttribute(function, "willreturn")
        self.addEnumAttribute(function, "memory", value: 0)
      })
  }

  var stackOverflow: (LLVMValueRef, LLVMTypeRef) {
    declaration(
      "cruft_rt_stack_overflow", functionType(void, []),
      configure: { function in
        self.addEnumAttribute(function, "noreturn")
        self.addEnumAttribute(function, "nounwind")
        self.addEnumAttribute(function, "cold")
      })
  }

  func call(_ callee: (LLVMValueRef, LLVMTypeRef), _ arguments: [LLVMValueRef]) -> LLVMValueRef {
    var list: [LLVMValueRef?] = arguments
    return list.withUnsafeMutableBufferPointer {
      LLVMBuildCall2(builder, callee.1, callee.0, $0.baseAddress, UInt32(arguments.count), "")!
    }
  }

  func constant(_ value: Double) -> LLVMValueRef { LLVMConstReal(double, value) }
  func constant(_ value: Bool) -> LLVMValueRef { LLVMConstInt(i1, value ? 1 : 0, 0) }
  func constant32(_ value: Int32) -> LLVMValueRef { LLVMConstInt(i32, UInt64(UInt32(bitPattern: value)), 0) }

  /// Whether the block the builder is in already ends with a terminator.
  var isTerminated: Bool {
    guard let block = LLVMGetInsertBlock(builder) else { return true }
    return LLVMGetBasicBlockTerminator(block) != nil
  }

  func appendBlock(_ function: LLVMValueRef) -> LLVMBasicBlockRef {
    LLVMAppendBasicBlockInContext(context, function, "")
  }

  func position(_ block: LLVMBasicBlockRef) { LLVMPositionBuilderAtEnd(builder, block) }

  /// Branches to `block` unless the current block has already ended.
  func branch(_ block: LLVMBasicBlockRef) {
    if !isTerminated { LLVMBuildBr(builder, block) }
  }

  func phi(_ type: LLVMTypeRef, _ incoming: [(LLVMValueRef, LLVMBasicBlockRef)]) -> LLVMValueRef {
    let node = LLVMBuildPhi(builder, type, "")!
    var values: [LLVMValueRef?] = incoming.map { $0.0 }
    var blocks: [LLVMBasicBlockRef?] = incoming.map { $0.1 }
    values.withUnsafeMutableBufferPointer { v in
      blocks.withUnsafeMutableBufferPointer { b in
        LLVMAddIncoming(node, v.baseAddress, b.baseAddress, UInt32(incoming.count))
      }
    }
    return node
  }

  /// The module verifies, or the verifier's message.
  func verify() -> String? {
    var message: UnsafeMutablePointer<CChar>? = nil
    let failed = LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0
    defer { if let message { LLVMDisposeMessage(message) } }
    guard failed else { return nil }
    return message.map { String(cString: $0) } ?? "the module does not verify"
  }

  var text: String {
    guard let raw = LLVMPrintModuleToString(module) else { return "" }
    defer { LLVMDisposeMessage(raw) }
    return String(cString: raw)
  }

  var bitcode: [UInt8] {
    guard let buffer = LLVMWriteBitcodeToMemoryBuffer(module) else { return [] }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    let size = LLVMGetBufferSize(buffer)
    guard size > 0, let start = LLVMGetBufferStart(buffer) else { return [] }
    return start.withMemoryRebound(to: UInt8.self, capacity: size) {
      Array(UnsafeBufferPointer(start: $0, count: size))
    }
  }
}
