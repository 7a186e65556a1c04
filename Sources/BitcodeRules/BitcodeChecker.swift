import CLLVM

/// The checks a bitcode module must pass before the VM compiles it (docs/jit.md's rules 1 to 8): no
/// inline assembly, no globals, no declaration but an allowed intrinsic or a runtime entry point
/// (`cruft_math_*`, `cruft_rt_stack_overflow`, the typed-array accessors `cruft_ta_*`),
/// no definition but `cruft_fn_<index>` with the native ABI's type or an internal helper, only
/// direct calls, no memory access. A violation is reported as text naming the symbol or instruction.
/// The JIT library checks every module with it before compiling, and the compiler checks its own
/// optimised output with it, so that a bundle it writes never fails the VM's checks.
public struct BitcodeChecker {
  /// A function the manifest lists: its symbol, and its arity when the caller knows it.
  public struct Listed {
    public var symbol: String
    public var arity: Int?

    public init(symbol: String, arity: Int?) {
      self.symbol = symbol
      self.arity = arity
    }
  }

  /// A rule the module breaks: the message, and the function definition it is in (nil: the module,
  /// a declaration or the manifest's list).
  public struct Violation {
    public var function: String?
    public var message: String
  }

  /// Intrinsics native code may use, matched on the name up to a `.` (so `llvm.sqrt.f64`).
  static let intrinsicPrefixes: [String] = [
    "llvm.frameaddress", "llvm.sqrt", "llvm.fabs", "llvm.floor", "llvm.ceil", "llvm.trunc", "llvm.rint",
    "llvm.nearbyint", "llvm.round", "llvm.roundeven", "llvm.minimum", "llvm.maximum", "llvm.minnum",
    "llvm.maxnum", "llvm.copysign", "llvm.fma", "llvm.fmuladd", "llvm.sadd.with.overflow",
    "llvm.ssub.with.overflow", "llvm.smul.with.overflow", "llvm.uadd.with.overflow",
    "llvm.usub.with.overflow", "llvm.umul.with.overflow", "llvm.smax", "llvm.smin", "llvm.umax",
    "llvm.umin", "llvm.abs", "llvm.ctlz", "llvm.cttz", "llvm.ctpop", "llvm.fshl", "llvm.fshr",
    "llvm.bitreverse", "llvm.bswap", "llvm.assume", "llvm.expect", "llvm.is.fpclass", "llvm.fptosi.sat",
    "llvm.fptoui.sat", "llvm.lifetime.start", "llvm.lifetime.end",
  ]

  /// The VM's `double (double)` runtime entry points (`cruft_math_NAME`).
  static let unaryMath: Set<String> = [
    "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp",
    "expm1", "log", "log2", "log10", "log1p", "cbrt",
  ]
  /// The VM's `double (double, double)` runtime entry points.
  static let binaryMath: Set<String> = ["atan2", "pow"]

  /// The element kinds of the typed-array accessors `cruft_ta_get_K` (`double (double, double)`) and
  /// `cruft_ta_set_K` (`void (double, double, double)`); `cruft_ta_length` is `double (double)`.
  /// `cruft_ta_bind` is the VM's alone: native code may not declare it.
  static let typedArrayKinds: Set<String> = ["i8", "u8", "u8c", "i16", "u16", "i32", "u32", "f32", "f64"]
  static let typedArrayLength = "cruft_ta_length"

  static let stackOverflowEntry = "cruft_rt_stack_overflow"
  static let maximumArity = 8
  /// `cruft_fn_F(i64 depth, i64 stackLimit, double...)`: the parameters before the numbers.
  static let leadingParameters = 2

  let module: LLVMModuleRef

  public init(module: LLVMModuleRef) { self.module = module }

  /// The first violation's message, or nil when the module passes. `listed`, when given, adds rule 8.
  public func check(listed: [Listed]?) -> String? { firstViolation(listed: listed)?.message }

  /// The first violation, with the definition it is in, or nil when the module passes.
  public func firstViolation(listed: [Listed]?) -> Violation? {
    func unplaced(_ message: String) -> Violation { Violation(function: nil, message: message) }
    var length = 0
    if LLVMGetModuleInlineAsm(module, &length) != nil, length > 0 {
      return unplaced("bitcode has module-level inline assembly")
    }
    if let global = LLVMGetFirstGlobal(module) {
      return unplaced(
        "bitcode defines the global variable '\(name(global))'; native code may have no globals")
    }
    if let alias = LLVMGetFirstGlobalAlias(module) {
      return unplaced("bitcode defines the alias '\(name(alias))'; native code may have no aliases")
    }
    if let ifunc = LLVMGetFirstGlobalIFunc(module) {
      return unplaced("bitcode defines the ifunc '\(name(ifunc))'; native code may have no ifuncs")
    }
    var functions: [LLVMValueRef] = []
    var next = LLVMGetFirstFunction(module)
    while let function = next {
      functions.append(function)
      next = LLVMGetNextFunction(function)
    }
    for function in functions where LLVMIsDeclaration(function) != 0 {
      if let message = checkDeclaration(function) { return unplaced(message) }
    }
    for function in functions where LLVMIsDeclaration(function) == 0 {
      if let message = checkDefinition(function) {
        return Violation(function: name(function), message: message)
      }
    }
    for function in functions where LLVMIsDeclaration(function) == 0 {
      if let message = checkBody(function) { return Violation(function: name(function), message: message) }
    }
    if let listed {
      for entry in listed {
        guard let function = LLVMGetNamedFunction(module, entry.symbol), LLVMIsDeclaration(function) == 0,
          Self.functionIndex(entry.symbol) != nil,
          LLVMGetLinkage(function) == LLVMExternalLinkage
        else {
          return unplaced("the manifest lists '\(entry.symbol)', which the bitcode does not define")
        }
        let arity = Int(LLVMCountParamTypes(LLVMGlobalGetValueType(function))) - Self.leadingParameters
        if let expected = entry.arity, expected != arity {
          return unplaced(
            "the manifest lists '\(entry.symbol)' with arity \(expected), but the bitcode defines it with \(arity) parameter\(arity == 1 ? "" : "s")"
          )
        }
      }
    }
    return nil
  }

  // MARK: Rule 4: declarations

  private func checkDeclaration(_ function: LLVMValueRef) -> String? {
    let symbol = name(function)
    let type = LLVMGlobalGetValueType(function)!
    if symbol.hasPrefix("llvm.") {
      let allowed = Self.intrinsicPrefixes.contains { prefix in
        symbol == prefix || symbol.hasPrefix(prefix + ".")
      }
      if allowed && LLVMGetIntrinsicID(function) != 0 { return nil }
      return "bitcode declares '\(symbol)', which is not a runtime entry point or an allowed intrinsic"
    }
    if symbol == Self.stackOverflowEntry {
      if LLVMGetTypeKind(LLVMGetReturnType(type)) == LLVMVoidTypeKind, LLVMCountParamTypes(type) == 0,
        LLVMIsFunctionVarArg(type) == 0
      {
        return nil
      }
      return "bitcode declares '\(symbol)' with type \(describe(type)), not void ()"
    }
    if symbol.hasPrefix("cruft_math_") {
      let base = String(symbol.dropFirst("cruft_math_".count))
      let arity = Self.unaryMath.contains(base) ? 1 : Self.binaryMath.contains(base) ? 2 : nil
      if let arity {
        if isDoubleFunction(type, parameters: arity) { return nil }
        let wanted = arity == 1 ? "double (double)" : "double (double, double)"
        return "bitcode declares '\(symbol)' with type \(describe(type)), not \(wanted)"
      }
    }
    if let message = checkTypedArrayDeclaration(symbol, type) { return message.isEmpty ? nil : message }
    return "bitcode declares '\(symbol)', which is not a runtime entry point"
  }

  /// For a typed-array accessor: "" when its type is right, else the message; nil for another name.
  private func checkTypedArrayDeclaration(_ symbol: String, _ type: LLVMTypeRef) -> String? {
    let wanted: String
    let matches: Bool
    if symbol == Self.typedArrayLength {
      wanted = "double (double)"
      matches = isDoubleFunction(type, parameters: 1)
    } else if symbol.hasPrefix("cruft_ta_get_"), Self.typedArrayKinds.contains(String(symbol.dropFirst(13))) {
      wanted = "double (double, double)"
      matches = isDoubleFunction(type, parameters: 2)
    } else if symbol.hasPrefix("cruft_ta_set_"), Self.typedArrayKinds.contains(String(symbol.dropFirst(13))) {
      wanted = "void (double, double, double)"
      matches = isDoubleFunction(type, parameters: 3, returning: LLVMVoidTypeKind)
    } else {
      return nil
    }
    return matches ? "" : "bitcode declares '\(symbol)' with type \(describe(type)), not \(wanted)"
  }

  // MARK: Rule 5: definitions

  private func checkDefinition(_ function: LLVMValueRef) -> String? {
    let symbol = name(function)
    let linkage = LLVMGetLinkage(function)
    if linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage {
      return checkCommon(function, symbol)
    }
    guard Self.functionIndex(symbol) != nil else {
      return "bitcode defines '\(symbol)', which is neither cruft_fn_<index> nor internal"
    }
    guard linkage == LLVMExternalLinkage else {
      return "bitcode defines '\(symbol)' without external linkage"
    }
    let type = LLVMGlobalGetValueType(function)!
    let count = Int(LLVMCountParamTypes(type))
    var parameters = [LLVMTypeRef?](repeating: nil, count: count)
    if count > 0 { LLVMGetParamTypes(type, &parameters) }
    let matches =
      LLVMIsFunctionVarArg(type) == 0 && count >= Self.leadingParameters
      && count <= Self.maximumArity + Self.leadingParameters
      && LLVMGetTypeKind(LLVMGetReturnType(type)) == LLVMDoubleTypeKind
      && parameters.prefix(Self.leadingParameters).allSatisfy {
        LLVMGetTypeKind($0) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth($0) == 64
      }
      && parameters.dropFirst(Self.leadingParameters).allSatisfy { LLVMGetTypeKind($0) == LLVMDoubleTypeKind }
    guard matches else {
      return
        "bitcode defines '\(symbol)' with type \(describe(type)), not the native ABI's double (i64 depth, i64 stackLimit, double...) with at most \(Self.maximumArity) doubles"
    }
    return checkCommon(function, symbol)
  }

  private func checkCommon(_ function: LLVMValueRef, _ symbol: String) -> String? {
    if LLVMHasPersonalityFn(function) != 0 {
      return "function '\(symbol)' has a personality function; native code may not unwind"
    }
    // Prologue data is emitted as the function's first bytes and runs as machine code.
    if LLVMHasPrologueData(function) != 0 || LLVMHasPrefixData(function) != 0 {
      return "function '\(symbol)' has prologue or prefix data"
    }
    if let section = LLVMGetSection(function), section.pointee != 0 {
      return "function '\(symbol)' is placed in the section '\(Self.printable(String(cString: section)))'"
    }
    return nil
  }

  // MARK: Rules 2, 6 and 7: instructions

  private func checkBody(_ function: LLVMValueRef) -> String? {
    let symbol = name(function)
    var seen: Set<UnsafeMutableRawPointer> = []
    var block = LLVMGetFirstBasicBlock(function)
    while let current = block {
      var next = LLVMGetFirstInstruction(current)
      while let instruction = next {
        if let message = checkInstruction(instruction, in: symbol) { return message }
        for index in 0..<max(0, LLVMGetNumOperands(instruction)) {
          if let operand = LLVMGetOperand(instruction, UInt32(index)),
            let message = checkConstant(operand, in: symbol, seen: &seen)
          {
            return message
          }
        }
        next = LLVMGetNextInstruction(instruction)
      }
      block = LLVMGetNextBasicBlock(current)
    }
    return nil
  }

  private static let forbidden: [LLVMOpcode: String] = [
    LLVMLoad: "load", LLVMStore: "store", LLVMAlloca: "alloca", LLVMGetElementPtr: "getelementptr",
    LLVMAtomicRMW: "atomicrmw", LLVMAtomicCmpXchg: "cmpxchg", LLVMFence: "fence", LLVMVAArg: "va_arg",
    LLVMIntToPtr: "inttoptr", LLVMAddrSpaceCast: "addrspacecast", LLVMInvoke: "invoke", LLVMCallBr: "callbr",
    LLVMIndirectBr: "indirectbr", LLVMLandingPad: "landingpad", LLVMResume: "resume",
    LLVMCleanupPad: "cleanuppad", LLVMCatchPad: "catchpad", LLVMCatchRet: "catchret",
    LLVMCleanupRet: "cleanupret", LLVMCatchSwitch: "catchswitch",
  ]

  private func checkInstruction(_ instruction: LLVMValueRef, in symbol: String) -> String? {
    let opcode = LLVMGetInstructionOpcode(instruction)
    if let text = Self.forbidden[opcode] {
      return "function '\(symbol)' contains '\(text)', which native code may not use"
    }
    if opcode == LLVMCall {
      let callee = LLVMGetCalledValue(instruction)
      if let callee, LLVMIsAInlineAsm(callee) != nil {
        return "function '\(symbol)' calls inline assembly"
      }
      guard let callee, let target = LLVMIsAFunction(callee) else {
        return "function '\(symbol)' makes an indirect call"
      }
      guard LLVMGetCalledFunctionType(instruction) == LLVMGlobalGetValueType(target) else {
        return "function '\(symbol)' calls '\(name(target))' with a type other than its own"
      }
      // llvm.frameaddress of an outer frame walks saved frame pointers: a memory read.
      if name(target).hasPrefix("llvm.frameaddress") {
        let level = LLVMGetOperand(instruction, 0).flatMap { LLVMIsAConstantInt($0) }
        guard let level, LLVMConstIntGetZExtValue(level) == 0 else {
          return "function '\(symbol)' calls llvm.frameaddress for a frame other than its own"
        }
      }
    }
    if opcode == LLVMPtrToInt {
      // Only the stack check's `ptrtoint (llvm.frameaddress)` turns a pointer into a number.
      let operand = LLVMGetOperand(instruction, 0)
      let isFrameAddress =
        operand.flatMap { LLVMIsACallInst($0) }.flatMap { LLVMGetCalledValue($0) }.flatMap {
          LLVMIsAFunction($0)
        }
        .map { name($0).hasPrefix("llvm.frameaddress") } ?? false
      if !isFrameAddress {
        return "function '\(symbol)' contains 'ptrtoint' of something other than llvm.frameaddress"
      }
    }
    return nil
  }

  /// Constant expressions hidden in operands: a pointer made from a number, an address computed or
  /// converted, a block's address.
  private func checkConstant(
    _ value: LLVMValueRef, in symbol: String, seen: inout Set<UnsafeMutableRawPointer>
  ) -> String? {
    guard LLVMIsAConstant(value) != nil, LLVMIsAGlobalValue(value) == nil else { return nil }
    guard seen.insert(UnsafeMutableRawPointer(value)).inserted else { return nil }
    if LLVMIsABlockAddress(value) != nil {
      return "function '\(symbol)' uses 'blockaddress', which native code may not use"
    }
    if LLVMIsAConstantExpr(value) != nil {
      let opcode = LLVMGetConstOpcode(value)
      let text: String? =
        switch opcode {
        case LLVMIntToPtr: "inttoptr"
        case LLVMPtrToInt: "ptrtoint"
        case LLVMGetElementPtr: "getelementptr"
        case LLVMAddrSpaceCast: "addrspacecast"
        default: nil
        }
      if let text {
        return "function '\(symbol)' contains a constant '\(text)', which native code may not use"
      }
    }
    for index in 0..<max(0, LLVMGetNumOperands(value)) {
      if let operand = LLVMGetOperand(value, UInt32(index)),
        let message = checkConstant(operand, in: symbol, seen: &seen)
      {
        return message
      }
    }
    return nil
  }

  // MARK: Helpers

  /// F of `cruft_fn_F` (decimal, no leading zero), or nil for any other name.
  static func functionIndex(_ symbol: String) -> Int? {
    guard symbol.hasPrefix("cruft_fn_") else { return nil }
    let digits = symbol.dropFirst("cruft_fn_".count)
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }),
      digits == "0" || digits.first != "0"
    else { return nil }
    return Int(digits)
  }

  private func isDoubleFunction(
    _ type: LLVMTypeRef, parameters count: Int, returning result: LLVMTypeKind = LLVMDoubleTypeKind
  ) -> Bool {
    guard LLVMIsFunctionVarArg(type) == 0, Int(LLVMCountParamTypes(type)) == count,
      LLVMGetTypeKind(LLVMGetReturnType(type)) == result
    else { return false }
    var parameters = [LLVMTypeRef?](repeating: nil, count: count)
    LLVMGetParamTypes(type, &parameters)
    return parameters.allSatisfy { LLVMGetTypeKind($0) == LLVMDoubleTypeKind }
  }

  func name(_ value: LLVMValueRef) -> String {
    var length = 0
    guard let text = LLVMGetValueName2(value, &length), length > 0 else { return "<unnamed>" }
    return Self.printable(
      String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self))
  }

  private func describe(_ type: LLVMTypeRef) -> String {
    guard let text = LLVMPrintTypeToString(type) else { return "?" }
    defer { LLVMDisposeMessage(text) }
    return "'" + Self.printable(String(cString: text)) + "'"
  }

  /// Names come from the bitcode: control characters are shown escaped, and a long one is cut.
  public static func printable(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars.prefix(200) {
      if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0)
        || (0x2028...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return text.unicodeScalars.count > 200 ? out + "..." : out
  }
}
