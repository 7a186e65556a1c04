import CLLVM

/// Lowers the selected functions' typed forms to one LLVM module with the contract's ABI.
final class IRLowering {
  let ir: IRModule
  /// Each selected candidate's `cruft_fn_F`, by candidate index.
  var functions: [Int: (LLVMValueRef, LLVMTypeRef)] = [:]
  var toInt32: (LLVMValueRef, LLVMTypeRef)!

  init(ir: IRModule) { self.ir = ir }

  static func symbol(_ functionIndex: Int) -> String { "cruft_fn_\(functionIndex)" }

  func lower(_ plans: [(plan: FunctionPlan, functionIndex: Int)]) {
    defineToInt32()
    for (plan, functionIndex) in plans {
      let type = ir.functionType(
        ir.double, [ir.i64, ir.i64] + Array(repeating: ir.double, count: plan.arity))
      let function = LLVMAddFunction(ir.module, Self.symbol(functionIndex), type)!
      ir.markDefinition(function)
      functions[plan.candidate] = (function, type)
    }
    for (plan, _) in plans {
      let lowering = FunctionLowering(self, plan: plan, function: functions[plan.candidate]!.0)
      lowering.run()
    }
  }

  /// `i32 @cruft_to_int32(double)`: ToInt32, with the in-range case inline and the modular case
  /// in `@cruft_to_int32_slow` (NaN and infinities are 0; otherwise the truncation modulo 2^32).
  func defineToInt32() {
    let type = ir.functionType(ir.i32, [ir.double])
    let slow = LLVMAddFunction(ir.module, "cruft_to_int32_slow", type)!
    LLVMSetLinkage(slow, LLVMInternalLinkage)
    ir.markDefinition(slow)
    ir.addEnumAttribute(slow, "noinline")
    do {
      let x = LLVMGetParam(slow, 0)!
      let entry = ir.appendBlock(slow)
      let finite = ir.appendBlock(slow)
      let zero = ir.appendBlock(slow)
      ir.position(entry)
      let magnitude = ir.call(ir.intrinsic("llvm.fabs.f64", ir.double, [ir.double]), [x])
      let isFinite = LLVMBuildFCmp(ir.builder, LLVMRealOLT, magnitude, ir.constant(Double.infinity), "")
      LLVMBuildCondBr(ir.builder, isFinite, finite, zero)
      ir.position(finite)
      let truncated = ir.call(ir.intrinsic("llvm.trunc.f64", ir.double, [ir.double]), [x])
      let modulo = LLVMBuildFRem(ir.builder, truncated, ir.constant(4_294_967_296.0), "")
      let wide = LLVMBuildFPToSI(ir.builder, modulo, ir.i64, "")
      LLVMBuildRet(ir.builder, LLVMBuildTrunc(ir.builder, wide, ir.i32, ""))
      ir.position(zero)
      LLVMBuildRet(ir.builder, ir.constant32(0))
    }
    let fast = LLVMAddFunction(ir.module, "cruft_to_int32", type)!
    LLVMSetLinkage(fast, LLVMInternalLinkage)
    ir.markDefinition(fast)
    ir.addEnumAttribute(fast, "alwaysinline")
    do {
      let x = LLVMGetParam(fast, 0)!
      let entry = ir.appendBlock(fast)
      let inRange = ir.appendBlock(fast)
      let outOfRange = ir.appendBlock(fast)
      ir.position(entry)
      let below = LLVMBuildFCmp(ir.builder, LLVMRealOLT, x, ir.constant(2_147_483_648.0), "")
      let above = LLVMBuildFCmp(ir.builder, LLVMRealOGT, x, ir.constant(-2_147_483_649.0), "")
      LLVMBuildCondBr(ir.builder, LLVMBuildAnd(ir.builder, below, above, ""), inRange, outOfRange)
      ir.position(inRange)
      LLVMBuildRet(ir.builder, LLVMBuildFPToSI(ir.builder, x, ir.i32, ""))
      ir.position(outOfRange)
      LLVMBuildRet(ir.builder, ir.call((slow, type), [x]))
    }
    toInt32 = (fast, type)
  }
}

/// Lowers one function: locals are allocas in the entry block (mem2reg removes them at O2).
final class FunctionLowering {
  let owner: IRLowering
  let ir: IRModule
  let plan: FunctionPlan
  let function: LLVMValueRef
  var slots: [LLVMValueRef] = []
  /// How many more nested calls the VM's depth limit allows (the interpreter's --max-depth).
  var depth: LLVMValueRef
  /// The lowest frame address the host stack allows.
  var stackLimit: LLVMValueRef
  var breakBlocks: [Int: LLVMBasicBlockRef] = [:]
  var continueBlocks: [Int: LLVMBasicBlockRef] = [:]

  init(_ owner: IRLowering, plan: FunctionPlan, function: LLVMValueRef) {
    self.owner = owner
    self.ir = owner.ir
    self.plan = plan
    self.function = function
    self.depth = LLVMGetParam(function, 0)
    self.stackLimit = LLVMGetParam(function, 1)
  }

  /// Booleans are i1; numbers, element reads and typed-array slots are doubles.
  func type(_ t: ValueType) -> LLVMTypeRef { t == .boolean ? ir.i1 : ir.double }

  func run() {
    let entry = ir.appendBlock(function)
    let overflow = ir.appendBlock(function)
    let body = ir.appendBlock(function)
    ir.position(entry)
    for slotType in plan.slots { slots.append(LLVMBuildAlloca(ir.builder, type(slotType), "")) }
    for parameter in 0..<plan.arity {
      var incoming = LLVMGetParam(function, UInt32(parameter + 2))!
      if plan.slots[parameter] == .boolean {
        incoming = LLVMBuildFCmp(ir.builder, LLVMRealUNE, incoming, ir.constant(0.0), "")
      }
      LLVMBuildStore(ir.builder, incoming, slots[parameter])
    }
    // The depth and stack checks: a call nested deeper than the interpreter would allow, or a frame
    // below the host stack's limit, leaves through the runtime (the run stops as the interpreter's would).
    let tooDeep = LLVMBuildICmp(ir.builder, LLVMIntSLT, depth, LLVMConstInt(ir.i64, 0, 0), "")
    let frame = ir.call(ir.intrinsic("llvm.frameaddress.p0", ir.pointer, [ir.i32]), [ir.constant32(0)])
    let address = LLVMBuildPtrToInt(ir.builder, frame, ir.i64, "")
    let belowLimit = LLVMBuildICmp(ir.builder, LLVMIntULT, address, stackLimit, "")
    let exhausted = LLVMBuildOr(ir.builder, tooDeep, belowLimit, "")
    LLVMBuildCondBr(ir.builder, exhausted, overflow, body)
    ir.position(overflow)
    _ = ir.call(ir.stackOverflow, [])
    LLVMBuildUnreachable(ir.builder)
    ir.position(body)
    for statement in plan.body { lower(statement) }
    // The selection proved the end unreachable.
    if !ir.isTerminated { LLVMBuildUnreachable(ir.builder) }
  }

  /// After a terminator, later code of the same list goes to a fresh block nothing branches to.
  func startDeadBlock() { ir.position(ir.appendBlock(function)) }

  // MARK: - Statements

  func lower(_ statement: TypedStatement) {
    switch statement {
    case .expression(let e):
      _ = value(e)
    case .block(let list):
      for item in list { lower(item) }
    case .ifElse(let test, let consequent, let alternate):
      let condition = truth(test)
      let thenBlock = ir.appendBlock(function)
      let elseBlock = alternate == nil ? nil : ir.appendBlock(function)
      let merge = ir.appendBlock(function)
      LLVMBuildCondBr(ir.builder, condition, thenBlock, elseBlock ?? merge)
      ir.position(thenBlock)
      lower(consequent)
      ir.branch(merge)
      if let alternate, let elseBlock {
        ir.position(elseBlock)
        lower(alternate)
        ir.branch(merge)
      }
      ir.position(merge)
    case .loop(let loop):
      lowerLoop(loop)
    case .labeled(let target, let body):
      let exit = ir.appendBlock(function)
      breakBlocks[target] = exit
      lower(body)
      ir.branch(exit)
      ir.position(exit)
    case .breakTo(let target):
      ir.branch(breakBlocks[target]!)
      startDeadBlock()
    case .continueTo(let target):
      ir.branch(continueBlocks[target]!)
      startDeadBlock()
    case .returnValue(let e):
      let result = value(e)
      let asDouble = e.type == .boolean ? LLVMBuildUIToFP(ir.builder, result, ir.double, "")! : result
      LLVMBuildRet(ir.builder, asDouble)
      startDeadBlock()
    case .switchOn(let target, let discriminant, let clauses):
      lowerSwitch(target: target, discriminant: discriminant, clauses: clauses)
    }
  }

  func lowerLoop(_ loop: TypedLoop) {
    for item in loop.initial { lower(item) }
    let test = ir.appendBlock(function)
    let body = ir.appendBlock(function)
    let update = ir.appendBlock(function)
    let exit = ir.appendBlock(function)
    breakBlocks[loop.target] = exit
    continueBlocks[loop.target] = loop.kind == .forLoop ? update : test
    ir.branch(loop.kind == .doWhileLoop ? body : test)
    ir.position(test)
    if let condition = loop.test {
      LLVMBuildCondBr(ir.builder, truth(condition), body, exit)
    } else {
      LLVMBuildBr(ir.builder, body)
    }
    ir.position(body)
    lower(loop.body)
    ir.branch(loop.kind == .forLoop ? update : test)
    ir.position(update)
    if let step = loop.update { _ = value(step) }
    ir.branch(test)
    ir.position(exit)
  }

  func lowerSwitch(target: Int, discriminant: TypedExpression, clauses: [TypedSwitchClause]) {
    let value = self.value(discriminant)
    let exit = ir.appendBlock(function)
    breakBlocks[target] = exit
    let bodies = clauses.map { _ in ir.appendBlock(function) }
    for (index, clause) in clauses.enumerated() {
      guard let test = clause.test else { continue }
      let next = ir.appendBlock(function)
      let matches = LLVMBuildFCmp(ir.builder, LLVMRealOEQ, value, ir.constant(test), "")
      LLVMBuildCondBr(ir.builder, matches, bodies[index], next)
      ir.position(next)
    }
    if let defaultIndex = clauses.firstIndex(where: { $0.test == nil }) {
      LLVMBuildBr(ir.builder, bodies[defaultIndex])
    } else {
      LLVMBuildBr(ir.builder, exit)
    }
    for (index, clause) in clauses.enumerated() {
      ir.position(bodies[index])
      for item in clause.body { lower(item) }
      ir.branch(index + 1 < bodies.count ? bodies[index + 1] : exit)
    }
    ir.position(exit)
  }

  // MARK: - Expressions

  /// A number or boolean as an i1: numbers are true unless 0, -0 or NaN.
  func truth(_ e: TypedExpression) -> LLVMValueRef {
    let v = value(e)
    return e.type == .boolean ? v : LLVMBuildFCmp(ir.builder, LLVMRealONE, v, ir.constant(0.0), "")
  }

  func load(_ slot: Int) -> LLVMValueRef {
    LLVMBuildLoad2(ir.builder, type(plan.slots[slot]), slots[slot], "")
  }

  func store(_ v: LLVMValueRef, _ slot: Int) { LLVMBuildStore(ir.builder, v, slots[slot]) }

  func int32(_ v: LLVMValueRef) -> LLVMValueRef { ir.call(owner.toInt32, [v]) }

  func value(_ e: TypedExpression) -> LLVMValueRef {
    let b = ir.builder
    switch e {
    case .number(let x): return ir.constant(x)
    case .boolean(let x): return ir.constant(x)
    case .local(let slot, _): return load(slot)
    case .assign(let slot, let rhs, _):
      let v = value(rhs)
      store(v, slot)
      return v
    case .compoundAssign(let slot, let op, let rhs):
      let old = load(slot)
      let v = arithmetic(op, old, value(rhs))
      store(v, slot)
      return v
    case .update(let slot, let delta, let prefix):
      let old = load(slot)
      let new = LLVMBuildFAdd(b, old, ir.constant(delta), "")!
      store(new, slot)
      return prefix ? new : old
    case .negate(let x): return LLVMBuildFNeg(b, value(x), "")
    case .toNumber(let x):
      // A boolean is 0 or 1; an element read is already NaN where JS has undefined.
      return x.type == .boolean ? LLVMBuildUIToFP(b, value(x), ir.double, "") : value(x)
    case .not(let x): return LLVMBuildNot(b, truth(x), "")
    case .bitwiseNot(let x):
      return LLVMBuildSIToFP(b, LLVMBuildNot(b, int32(value(x)), ""), ir.double, "")
    case .binary(let op, let l, let r):
      let left = value(l)
      return arithmetic(op, left, value(r))
    case .compare(let op, let l, let r):
      let left = value(l)
      let right = value(r)
      if l.type == .boolean {
        return LLVMBuildICmp(b, op == .equal ? LLVMIntEQ : LLVMIntNE, left, right, "")
      }
      let predicate: LLVMRealPredicate
      switch op {
      case .less: predicate = LLVMRealOLT
      case .lessEqual: predicate = LLVMRealOLE
      case .greater: predicate = LLVMRealOGT
      case .greaterEqual: predicate = LLVMRealOGE
      case .equal: predicate = LLVMRealOEQ
      case .notEqual: predicate = LLVMRealUNE
      }
      return LLVMBuildFCmp(b, predicate, left, right, "")
    case .logical(let isAnd, let l, let r, let t):
      let left = value(l)
      let condition = l.type == .boolean ? left : LLVMBuildFCmp(b, LLVMRealONE, left, ir.constant(0.0), "")!
      let leftEnd = LLVMGetInsertBlock(b)!
      let rightBlock = ir.appendBlock(function)
      let merge = ir.appendBlock(function)
      LLVMBuildCondBr(b, condition, isAnd ? rightBlock : merge, isAnd ? merge : rightBlock)
      ir.position(rightBlock)
      let right = value(r)
      let rightEnd = LLVMGetInsertBlock(b)!
      LLVMBuildBr(b, merge)
      ir.position(merge)
      return ir.phi(type(t), [(left, leftEnd), (right, rightEnd)])
    case .conditional(let test, let consequent, let alternate, let t):
      let condition = truth(test)
      let thenBlock = ir.appendBlock(function)
      let elseBlock = ir.appendBlock(function)
      let merge = ir.appendBlock(function)
      LLVMBuildCondBr(b, condition, thenBlock, elseBlock)
      ir.position(thenBlock)
      let thenValue = value(consequent)
      let thenEnd = LLVMGetInsertBlock(b)!
      LLVMBuildBr(b, merge)
      ir.position(elseBlock)
      let elseValue = value(alternate)
      let elseEnd = LLVMGetInsertBlock(b)!
      LLVMBuildBr(b, merge)
      ir.position(merge)
      return ir.phi(type(t), [(thenValue, thenEnd), (elseValue, elseEnd)])
    case .sequence(let items):
      var last = ir.constant(0.0)
      for item in items { last = value(item) }
      return last
    case .call(let callee, let arguments, let t):
      var values: [LLVMValueRef] = [LLVMBuildSub(b, depth, LLVMConstInt(ir.i64, 1, 0), "")!, stackLimit]
      for argument in arguments {
        let lowered = value(argument)
        // A typed array's slot passes through unchanged.
        values.append(argument.type == .boolean ? LLVMBuildUIToFP(b, lowered, ir.double, "")! : lowered)
      }
      let result = ir.call(owner.functions[callee]!, values)
      return t == .boolean ? LLVMBuildFCmp(b, LLVMRealUNE, result, ir.constant(0.0), "") : result
    case .math(let function, let arguments):
      var values: [LLVMValueRef] = []
      for argument in arguments { values.append(value(argument)) }
      return math(function, values)
    case .elementGet(let slot, let kind, let index):
      let i = value(index)
      return ir.call(ir.typedArrayGet(kind), [load(slot), i])
    case .elementSet(let slot, let kind, let index, let rhs):
      let i = value(index)
      let v = value(rhs)
      let stored = rhs.type == .boolean ? LLVMBuildUIToFP(b, v, ir.double, "")! : v
      _ = ir.call(ir.typedArraySet(kind), [load(slot), i, stored])
      return v
    case .elementCompound(let slot, let kind, let index, let op, let rhs):
      // Out of range the old value is NaN (undefined in JS), so is the new one, and nothing is stored.
      let array = load(slot)
      let i = value(index)
      let old = ir.call(ir.typedArrayGet(kind), [array, i])
      let new = arithmetic(op, old, value(rhs))
      _ = ir.call(ir.typedArraySet(kind), [array, i, new])
      return new
    case .elementUpdate(let slot, let kind, let index, let delta, let prefix):
      let array = load(slot)
      let i = value(index)
      let old = ir.call(ir.typedArrayGet(kind), [array, i])
      let new = LLVMBuildFAdd(b, old, ir.constant(delta), "")!
      _ = ir.call(ir.typedArraySet(kind), [array, i, new])
      return prefix ? new : old
    case .length(let slot):
      return ir.call(ir.typedArrayLength, [load(slot)])
    }
  }

  func arithmetic(_ op: NumberOperator, _ left: LLVMValueRef, _ right: LLVMValueRef) -> LLVMValueRef {
    let b = ir.builder
    switch op {
    case .add: return LLVMBuildFAdd(b, left, right, "")
    case .subtract: return LLVMBuildFSub(b, left, right, "")
    case .multiply: return LLVMBuildFMul(b, left, right, "")
    case .divide: return LLVMBuildFDiv(b, left, right, "")
    case .remainder: return LLVMBuildFRem(b, left, right, "")
    case .exponent: return ir.call(ir.runtimeMath("pow", arity: 2), [left, right])
    case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
      let l = int32(left)
      let r = int32(right)
      let result =
        op == .bitwiseAnd
        ? LLVMBuildAnd(b, l, r, "") : op == .bitwiseOr ? LLVMBuildOr(b, l, r, "") : LLVMBuildXor(b, l, r, "")
      return LLVMBuildSIToFP(b, result, ir.double, "")
    case .shiftLeft, .shiftRight, .shiftRightUnsigned:
      let l = int32(left)
      let count = LLVMBuildAnd(b, int32(right), ir.constant32(31), "")
      switch op {
      case .shiftLeft: return LLVMBuildSIToFP(b, LLVMBuildShl(b, l, count, ""), ir.double, "")
      case .shiftRight: return LLVMBuildSIToFP(b, LLVMBuildAShr(b, l, count, ""), ir.double, "")
      default: return LLVMBuildUIToFP(b, LLVMBuildLShr(b, l, count, ""), ir.double, "")
      }
    }
  }
}
