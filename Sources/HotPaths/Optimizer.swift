import CLLVM

/// O2 for the host target, and the check that the optimised module is what the JIT accepts.
enum Optimizer {
  /// Initialises the native target once per process (LLVM's only global state we touch).
  static let nativeTargetReady: Bool = {
    LLVMInitializeNativeTarget() == 0 && LLVMInitializeNativeAsmPrinter() == 0
  }()

  /// Runs `default<O2>` with a target machine for the host triple (generic CPU, so the output does
  /// not depend on the build machine's CPU). The triple and data layout are set for the pass run
  /// only: the emitted module has neither (the JIT sets its own). Returns an error message or nil.
  static func optimize(_ ir: IRModule) -> String? {
    guard nativeTargetReady else { return "the native LLVM target is not available" }
    guard let tripleRaw = LLVMGetDefaultTargetTriple() else { return "no default target triple" }
    defer { LLVMDisposeMessage(tripleRaw) }
    var target: LLVMTargetRef? = nil
    var message: UnsafeMutablePointer<CChar>? = nil
    if LLVMGetTargetFromTriple(tripleRaw, &target, &message) != 0 || target == nil {
      let text = message.map { String(cString: $0) } ?? "unknown target"
      if let message { LLVMDisposeMessage(message) }
      return "no LLVM target for the host: \(text)"
    }
    guard
      let machine = LLVMCreateTargetMachine(
        target, tripleRaw, "", "", LLVMCodeGenLevelDefault, LLVMRelocDefault, LLVMCodeModelJITDefault)
    else { return "could not create a target machine" }
    defer { LLVMDisposeTargetMachine(machine) }
    let layout = LLVMCreateTargetDataLayout(machine)
    defer { LLVMDisposeTargetData(layout) }
    LLVMSetTarget(ir.module, tripleRaw)
    LLVMSetModuleDataLayout(ir.module, layout)
    let options = LLVMCreatePassBuilderOptions()
    defer { LLVMDisposePassBuilderOptions(options) }
    let error = LLVMRunPasses(ir.module, "default<O2>", machine, options)
    LLVMSetTarget(ir.module, "")
    LLVMSetDataLayout(ir.module, "")
    if let error {
      let raw = LLVMGetErrorMessage(error)
      defer { if let raw { LLVMDisposeErrorMessage(raw) } }
      return raw.map { String(cString: $0) } ?? "the optimisation pipeline failed"
    }
    return nil
  }

  static let allowedIntrinsicPrefixes = [
    "llvm.frameaddress", "llvm.sqrt", "llvm.fabs", "llvm.floor", "llvm.ceil", "llvm.trunc", "llvm.rint",
    "llvm.nearbyint", "llvm.round", "llvm.roundeven", "llvm.minimum", "llvm.maximum", "llvm.minnum",
    "llvm.maxnum", "llvm.copysign", "llvm.fma", "llvm.fmuladd", "llvm.sadd.with.overflow",
    "llvm.ssub.with.overflow", "llvm.smul.with.overflow", "llvm.uadd.with.overflow",
    "llvm.usub.with.overflow",
    "llvm.umul.with.overflow", "llvm.smax", "llvm.smin", "llvm.umax", "llvm.umin", "llvm.abs", "llvm.ctlz",
    "llvm.cttz", "llvm.ctpop", "llvm.fshl", "llvm.fshr", "llvm.bitreverse", "llvm.bswap", "llvm.assume",
    "llvm.expect", "llvm.is.fpclass", "llvm.fptosi.sat", "llvm.fptoui.sat", "llvm.lifetime.start",
    "llvm.lifetime.end",
  ]

  /// A runtime entry point's type: the result (nil: void) and the parameters, all doubles.
  struct EntryType: Equatable {
    var returnsDouble: Bool
    var parameters: Int
  }

  /// The runtime entry points the VM exposes to native code, with their types: the stack-overflow
  /// exit, `cruft_math_*`, and the typed-array accessors `cruft_ta_get_K`, `cruft_ta_set_K`,
  /// `cruft_ta_length` (`cruft_ta_bind` is the VM's own, never native code's).
  static let runtimeEntries: [String: EntryType] = {
    var entries: [String: EntryType] = [
      "cruft_rt_stack_overflow": EntryType(returnsDouble: false, parameters: 0)
    ]
    for name in MathFunction.unaryRuntime {
      entries["cruft_math_\(name)"] = EntryType(returnsDouble: true, parameters: 1)
    }
    for name in MathFunction.binaryRuntime {
      entries["cruft_math_\(name)"] = EntryType(returnsDouble: true, parameters: 2)
    }
    for kind in TypedArrayKind.allCases {
      entries["cruft_ta_get_\(kind.suffix)"] = EntryType(returnsDouble: true, parameters: 2)
      entries["cruft_ta_set_\(kind.suffix)"] = EntryType(returnsDouble: false, parameters: 3)
    }
    entries["cruft_ta_length"] = EntryType(returnsDouble: true, parameters: 1)
    return entries
  }()

  static func isAllowedDeclaration(_ name: String) -> Bool {
    if runtimeEntries[name] != nil { return true }
    if name.hasPrefix("cruft_") { return false }
    return allowedIntrinsicPrefixes.contains { name.hasPrefix($0) }
  }

  /// The declaration's type, when it is all doubles (and a double or void result), not variadic.
  static func entryType(_ function: LLVMValueRef) -> EntryType? {
    let type = LLVMGlobalGetValueType(function)!
    guard LLVMGetTypeKind(type) == LLVMFunctionTypeKind, LLVMIsFunctionVarArg(type) == 0 else { return nil }
    let result = LLVMGetTypeKind(LLVMGetReturnType(type))
    guard result == LLVMDoubleTypeKind || result == LLVMVoidTypeKind else { return nil }
    let count = Int(LLVMCountParamTypes(type))
    var parameters = [LLVMTypeRef?](repeating: nil, count: count)
    parameters.withUnsafeMutableBufferPointer { LLVMGetParamTypes(type, $0.baseAddress) }
    guard parameters.allSatisfy({ $0.map { LLVMGetTypeKind($0) == LLVMDoubleTypeKind } ?? false }) else {
      return nil
    }
    return EntryType(returnsDouble: result == LLVMDoubleTypeKind, parameters: count)
  }

  static func name(_ value: LLVMValueRef) -> String {
    var length = 0
    guard let raw = LLVMGetValueName2(value, &length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: raw, count: length), as: UTF8.self)
  }

  /// A problem the JIT's checks would find in the optimised module.
  struct Violation {
    /// The function definition it is in (nil: the module as a whole).
    var function: String?
    var message: String
  }

  /// The first violation in each function definition, plus module-level ones.
  static func violations(_ ir: IRModule) -> [Violation] {
    var found: [Violation] = []
    if LLVMGetFirstGlobal(ir.module) != nil {
      found.append(Violation(message: "the module has a global variable"))
    }
    if LLVMGetFirstGlobalAlias(ir.module) != nil {
      found.append(Violation(message: "the module has an alias"))
    }
    if LLVMGetFirstGlobalIFunc(ir.module) != nil {
      found.append(Violation(message: "the module has an ifunc"))
    }
    var asmLength = 0
    if let text = LLVMGetModuleInlineAsm(ir.module, &asmLength), asmLength > 0, text.pointee != 0 {
      found.append(Violation(message: "the module has inline assembly"))
    }
    var function = LLVMGetFirstFunction(ir.module)
    while let f = function {
      defer { function = LLVMGetNextFunction(f) }
      let functionName = name(f)
      if LLVMIsDeclaration(f) != 0 {
        if !isAllowedDeclaration(functionName) {
          found.append(
            Violation(message: "it declares '\(functionName)', which is not a runtime entry point"))
        } else if let expected = runtimeEntries[functionName], entryType(f) != expected {
          found.append(
            Violation(message: "it declares '\(functionName)' with another type than the runtime's"))
        }
        continue
      }
      if let problem = firstProblem(in: f) {
        found.append(Violation(function: functionName, message: problem))
      }
    }
    return found
  }

  static let forbiddenOpcodes: [(LLVMOpcode, String)] = [
    (LLVMLoad, "a load"), (LLVMStore, "a store"), (LLVMAlloca, "an alloca"),
    (LLVMGetElementPtr, "a getelementptr"),
    (LLVMAtomicRMW, "an atomicrmw"), (LLVMAtomicCmpXchg, "a cmpxchg"), (LLVMFence, "a fence"),
    (LLVMVAArg, "a va_arg"), (LLVMIntToPtr, "an inttoptr"), (LLVMAddrSpaceCast, "an addrspacecast"),
    (LLVMInvoke, "an invoke"), (LLVMCallBr, "a callbr"),
  ]

  static func firstProblem(in function: LLVMValueRef) -> String? {
    var block = LLVMGetFirstBasicBlock(function)
    while let bb = block {
      defer { block = LLVMGetNextBasicBlock(bb) }
      var instruction = LLVMGetFirstInstruction(bb)
      while let i = instruction {
        defer { instruction = LLVMGetNextInstruction(i) }
        let opcode = LLVMGetInstructionOpcode(i)
        if let (_, what) = forbiddenOpcodes.first(where: { $0.0 == opcode }) {
          return "its optimised code has \(what)"
        }
        if opcode == LLVMCall {
          guard let callee = LLVMGetCalledValue(i), LLVMIsAFunction(callee) != nil else {
            return "its optimised code has an indirect call or inline assembly"
          }
        }
      }
    }
    return nil
  }
}
