import CLLVM

/// O2 for the host target. (HotPaths then checks the result with the JIT library's rules, BitcodeRules.)
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
}
