import CLLVM

extension FunctionLowering {
  func unaryIntrinsic(_ name: String, _ x: LLVMValueRef) -> LLVMValueRef {
    ir.call(ir.intrinsic("llvm.\(name).f64", ir.double, [ir.double]), [x])
  }

  func binaryIntrinsic(_ name: String, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
    ir.call(ir.intrinsic("llvm.\(name).f64", ir.double, [ir.double, ir.double]), [x, y])
  }

  func select(_ condition: LLVMValueRef, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
    LLVMBuildSelect(ir.builder, condition, a, b, "")
  }

  func fcmp(_ predicate: LLVMRealPredicate, _ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
    LLVMBuildFCmp(ir.builder, predicate, a, b, "")
  }

  /// `Math.NAME(arguments)`, with the results the VM's builtins give.
  func math(_ function: MathFunction, _ arguments: [LLVMValueRef]) -> LLVMValueRef {
    let b = ir.builder
    switch function {
    case .runtime(let name, let arity):
      return ir.call(ir.runtimeMath(name, arity: arity), arguments)
    case .abs: return unaryIntrinsic("fabs", arguments[0])
    case .sqrt: return unaryIntrinsic("sqrt", arguments[0])
    case .floor: return unaryIntrinsic("floor", arguments[0])
    case .ceil: return unaryIntrinsic("ceil", arguments[0])
    case .trunc: return unaryIntrinsic("trunc", arguments[0])
    case .round:
      // floor(x), plus 1 when x - floor(x) >= 0.5; -0.5 <= x <= -0 gives -0 (and +0 gives +0).
      let x = arguments[0]
      let floor = unaryIntrinsic("floor", x)
      let fraction = LLVMBuildFSub(b, x, floor, "")!
      let up = fcmp(LLVMRealOGE, fraction, ir.constant(0.5))
      let rounded = select(up, LLVMBuildFAdd(b, floor, ir.constant(1.0), "")!, floor)
      let nearZero = LLVMBuildAnd(
        b, fcmp(LLVMRealOGE, x, ir.constant(-0.5)), fcmp(LLVMRealOLE, x, ir.constant(0.0)), "")!
      return select(nearZero, binaryIntrinsic("copysign", ir.constant(0.0), x), rounded)
    case .sign:
      let x = arguments[0]
      let negative = select(fcmp(LLVMRealOLT, x, ir.constant(0.0)), ir.constant(-1.0), x)
      return select(fcmp(LLVMRealOGT, x, ir.constant(0.0)), ir.constant(1.0), negative)
    case .fround:
      return LLVMBuildFPExt(b, LLVMBuildFPTrunc(b, arguments[0], ir.float, ""), ir.double, "")
    case .min, .max:
      let name = function == .min ? "minimum" : "maximum"
      var result = arguments[0]
      for argument in arguments.dropFirst() { result = binaryIntrinsic(name, result, argument) }
      return result
    case .imul:
      let product = LLVMBuildMul(b, int32(arguments[0]), int32(arguments[1]), "")
      return LLVMBuildSIToFP(b, product, ir.double, "")
    case .clz32:
      let ctlz = ir.intrinsic("llvm.ctlz.i32", ir.i32, [ir.i32, ir.i1])
      let count = ir.call(ctlz, [int32(arguments[0]), ir.constant(false)])
      return LLVMBuildUIToFP(b, count, ir.double, "")
    case .hypot:
      // As the VM computes it: an infinity wins over NaN; otherwise scaled by the larger magnitude.
      let x = arguments[0]
      let y = arguments[1]
      let ax = unaryIntrinsic("fabs", x)
      let ay = unaryIntrinsic("fabs", y)
      let infinity = ir.constant(Double.infinity)
      let anyInfinite = LLVMBuildOr(b, fcmp(LLVMRealOEQ, ax, infinity), fcmp(LLVMRealOEQ, ay, infinity), "")!
      let anyNaN = fcmp(LLVMRealUNO, x, y)
      let largest = select(fcmp(LLVMRealOGT, ay, ax), ay, ax)
      let sx = LLVMBuildFDiv(b, x, largest, "")!
      let sy = LLVMBuildFDiv(b, y, largest, "")!
      var sum = LLVMBuildFAdd(b, ir.constant(0.0), LLVMBuildFMul(b, sx, sx, ""), "")!
      sum = LLVMBuildFAdd(b, sum, LLVMBuildFMul(b, sy, sy, ""), "")!
      let scaled = LLVMBuildFMul(b, unaryIntrinsic("sqrt", sum), largest, "")!
      let finite = select(fcmp(LLVMRealOEQ, largest, ir.constant(0.0)), ir.constant(0.0), scaled)
      return select(anyInfinite, infinity, select(anyNaN, ir.constant(Double.nan), finite))
    }
  }
}
