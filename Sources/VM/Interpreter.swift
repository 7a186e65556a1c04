import Bytecode

/// The dispatch loop.
///
/// The program counter, the register base and the code pointer are locals of `execute`; calls
/// between bytecode functions push a frame record and stay in the loop (no Swift recursion), so the
/// common path of a call is a few stores. Everything unusual goes to out-of-line helpers.
extension VM {
  /// What ended a run of the loop: the entry frame returned, or it suspended (yield or await).
  enum Completion {
    case returned(Value)
    case suspended(Value)
  }

  /// Runs frames from the current top frame (which must be marked `isEntry`) until it returns or
  /// suspends. With `initialThrow`, the top frame first throws that value at its saved pc.
  func execute(initialThrow: Value? = nil) throws(Throw) -> Completion {
    if currentStackAddress() < hostStackFloor { throw Throw(termination: .stackLimit(limits.maximumDepth)) }
    var fp = frames + (frameCount - 1)
    var info = fp.pointee.compiled._withUnsafeGuaranteedRef { $0.info! }
    var code = info.pointee.code
    var constants = info.pointee.constants
    var caches = info.pointee.caches
    var regs = fp.pointee.base
    var pc = fp.pointee.pc
    var pending: Throw? = initialThrow.map { Throw($0) }

    @inline(__always) func operand(_ n: Int) -> Int { Int(code[pc &+ n]) }

    while true {
      do throws(Throw) {
        if let thrown = pending {
          pending = nil
          throw thrown
        }
        while true {
          // The budget lives in the VM, not a local, so that built-ins and nested runs spend it too.
          stepsLeft &-= 1
          if _slowPath(stepsLeft < 0) {
            throw Throw(termination: .stepLimit(limits.maximumSteps))
          }
          fp.pointee.pc = pc
          // The verifier proved every opcode word names an opcode.
          let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: code[pc]), to: Opcode.self)
          switch opcode {
          case .loadUndefined:
            regs[operand(1)] = .undefined
            pc &+= 2
          case .loadNull:
            regs[operand(1)] = .null
            pc &+= 2
          case .loadTrue:
            regs[operand(1)] = .true
            pc &+= 2
          case .loadFalse:
            regs[operand(1)] = .false
            pc &+= 2
          case .loadHole:
            regs[operand(1)] = .hole
            pc &+= 2
          case .loadInt:
            regs[operand(1)] = Value(int: Int32(bitPattern: code[pc &+ 2]))
            pc &+= 3
          case .loadConst:
            regs[operand(1)] = constants[operand(2)]
            pc &+= 3
          case .move:
            regs[operand(1)] = regs[operand(2)]
            pc &+= 3

          case .add:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if _fastPath(a.isInt && b.isInt) {
              let (sum, overflow) = a.int.addingReportingOverflow(b.int)
              regs[operand(1)] = overflow ? Value(Double(a.int) + Double(b.int)) : Value(int: sum)
            } else if a.isNumber && b.isNumber {
              regs[operand(1)] = Value(number: a.number + b.number)
            } else {
              top = fp.pointee.top
              regs[operand(1)] = try addSlow(a, b)
            }
            pc &+= 4
          case .subtract:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if _fastPath(a.isInt && b.isInt) {
              let (difference, overflow) = a.int.subtractingReportingOverflow(b.int)
              regs[operand(1)] = overflow ? Value(Double(a.int) - Double(b.int)) : Value(int: difference)
            } else if a.isNumber && b.isNumber {
              regs[operand(1)] = Value(number: a.number - b.number)
            } else {
              top = fp.pointee.top
              regs[operand(1)] = try numericSlow(.subtract, a, b)
            }
            pc &+= 4
          case .multiply:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if a.isNumber && b.isNumber {
              regs[operand(1)] = Value(number: a.number * b.number)
            } else {
              top = fp.pointee.top
              regs[operand(1)] = try numericSlow(.multiply, a, b)
            }
            pc &+= 4
          case .divide:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if a.isNumber && b.isNumber {
              regs[operand(1)] = Value(number: a.number / b.number)
            } else {
              top = fp.pointee.top
              regs[operand(1)] = try numericSlow(.divide, a, b)
            }
            pc &+= 4
          case .remainder:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if a.isInt && b.isInt && a.int >= 0 && b.int > 0 {
              regs[operand(1)] = Value(int: a.int % b.int)
            } else if a.isNumber && b.isNumber {
              regs[operand(1)] = Value(number: VM.jsRemainder(a.number, b.number))
            } else {
              top = fp.pointee.top
              regs[operand(1)] = try numericSlow(.remainder, a, b)
            }
            pc &+= 4
          case .exponent, .bitwiseAnd, .bitwiseOr, .bitwiseXor, .shiftLeft, .shiftRight, .shiftRightUnsigned:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            if a.isInt && b.isInt && opcode != .exponent && opcode != .shiftRightUnsigned {
              let x = a.int
              let y = b.int
              let shift = UInt32(bitPattern: y) & 31
              let result: Int32 =
                switch opcode {
                case .bitwiseAnd: x & y
                case .bitwiseOr: x | y
                case .bitwiseXor: x ^ y
                case .shiftLeft: x << shift
                default: x >> shift
                }
              regs[operand(1)] = Value(int: result)
            } else {
              top = fp.pointee.top
              let op: NumericOperator =
                switch opcode {
                case .exponent: .exponent
                case .bitwiseAnd: .and
                case .bitwiseOr: .or
                case .bitwiseXor: .xor
                case .shiftLeft: .shl
                case .shiftRight: .shr
                default: .ushr
                }
              regs[operand(1)] =
                a.isNumber && b.isNumber ? VM.numeric(op, a.number, b.number) : try numericSlow(op, a, b)
            }
            pc &+= 4

          case .strictEqual, .strictNotEqual:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            let equal: Bool
            if a.isInt && b.isInt {
              equal = a.bits == b.bits
            } else {
              equal = strictEquals(a, b)
            }
            regs[operand(1)] = Value(bool: equal == (opcode == .strictEqual))
            pc &+= 4
          case .equal, .notEqual:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            top = fp.pointee.top
            let equal = a.isInt && b.isInt ? a.bits == b.bits : try looseEquals(a, b)
            regs[operand(1)] = Value(bool: equal == (opcode == .equal))
            pc &+= 4
          case .less, .lessEqual, .greater, .greaterEqual:
            let a = regs[operand(2)]
            let b = regs[operand(3)]
            let result: Bool
            if a.isInt && b.isInt {
              let x = a.int
              let y = b.int
              result =
                switch opcode {
                case .less: x < y
                case .lessEqual: x <= y
                case .greater: x > y
                default: x >= y
                }
            } else if a.isNumber && b.isNumber {
              let x = a.number
              let y = b.number
              result =
                switch opcode {
                case .less: x < y
                case .lessEqual: x <= y
                case .greater: x > y
                default: x >= y
                }
            } else {
              top = fp.pointee.top
              result = try compareSlow(opcode, a, b)
            }
            regs[operand(1)] = Value(bool: result)
            pc &+= 4
          case .jumpIfNotLess, .jumpIfNotLessEqual:
            let a = regs[operand(1)]
            let b = regs[operand(2)]
            let holds: Bool
            if a.isInt && b.isInt {
              holds = opcode == .jumpIfNotLess ? a.int < b.int : a.int <= b.int
            } else if a.isNumber && b.isNumber {
              holds = opcode == .jumpIfNotLess ? a.number < b.number : a.number <= b.number
            } else {
              top = fp.pointee.top
              holds = try compareSlow(opcode == .jumpIfNotLess ? .less : .lessEqual, a, b)
            }
            if holds {
              pc &+= 4
            } else {
              let target = operand(3)
              if target <= pc { try collectIfNeeded() }
              pc = target
            }

          case .jump:
            let target = operand(1)
            if target <= pc, _slowPath(heap.wantsCollection) {
              top = fp.pointee.top
              try collectIfNeeded()
            }
            pc = target
          case .jumpIfTrue, .jumpIfFalse:
            let value = regs[operand(1)]
            let truthy = value.isBool ? value.bool : toBoolean(value)
            if truthy == (opcode == .jumpIfTrue) {
              let target = operand(2)
              if target <= pc, _slowPath(heap.wantsCollection) {
                top = fp.pointee.top
                try collectIfNeeded()
              }
              pc = target
            } else {
              pc &+= 3
            }
          case .jumpIfNullish:
            pc = regs[operand(1)].isNullish ? operand(2) : pc &+ 3
          case .jumpIfNotNullish:
            pc = regs[operand(1)].isNullish ? pc &+ 3 : operand(2)
          case .jumpIfUndefined:
            pc = regs[operand(1)].isUndefined ? operand(2) : pc &+ 3
          case .jumpIfNotUndefined:
            pc = regs[operand(1)].isUndefined ? pc &+ 3 : operand(2)

          case .increment, .decrement:
            let value = regs[operand(2)]
            let delta: Int32 = opcode == .increment ? 1 : -1
            if value.isInt, case (let result, false) = value.int.addingReportingOverflow(delta) {
              regs[operand(1)] = Value(int: result)
            } else if value.isNumber {
              regs[operand(1)] = Value(number: value.number + Double(delta))
            } else {
              top = fp.pointee.top
              let numeric = try toNumeric(value)
              regs[operand(1)] =
                numeric.isBigInt
                ? Value(bigint(numeric.bigint.value + BigIntValue(Int(delta))))
                : Value(number: numeric.number + Double(delta))
            }
            pc &+= 3

          case .getNamed:
            let target = regs[operand(2)]
            if _fastPath(target.isObject) {
              let cache = caches + operand(4)
              let hit = target.withObject { object -> Value? in
                guard object.shapeID == cache.pointee.shapeID else { return nil }
                let slot = Int(cache.pointee.slot)
                let protoBits = cache.pointee.protoBits
                if protoBits == 0 { return object.slots[slot] }
                guard object.proto.bits == protoBits else { return nil }
                let holderShapeID = cache.pointee.holderShapeID
                return Value(bits: protoBits).withObject { holder in
                  holder.shapeID == holderShapeID ? holder.slots[slot] : nil
                }
              }
              if _fastPath(hit != nil) {
                regs[operand(1)] = hit.unsafelyUnwrapped
                pc &+= 5
                continue
              }
            }
            if target.isObject && constants[operand(3)].bits == lengthAtomBits {
              let typedPrototypes = typedArrayPrototypeBits
              let count = target.withObject { object -> Int in
                if object.kind == .array { return object.elements.count }
                // A typed array without own properties whose prototype is its intrinsic one: the
                // frozen %TypedArray%.prototype getter answers.
                guard object.kind == .typedArray && object.shape.count == 0 else { return -1 }
                let array = unsafeDowncast(object, to: TypedArrayObject.self)
                return object.proto.bits == typedPrototypes[Int(array.type.rawValue)] ? array.length : -1
              }
              if count >= 0 {
                regs[operand(1)] = Value(number: Double(count))
                pc &+= 5
                continue
              }
            }
            if target.isString {
              // Primitive strings: `length`, or a method of the frozen String.prototype, whose shape
              // never changes once the caches can see it.
              if constants[operand(3)].bits == lengthAtomBits {
                regs[operand(1)] = Value(int: Int32(target.string.length))
                pc &+= 5
                continue
              }
              let cache = caches + operand(4)
              let hit = Value(bits: stringPrototypeBits).withObject { object -> Value? in
                object.shapeID == cache.pointee.shapeID ? object.slots[Int(cache.pointee.slot)] : nil
              }
              if let hit {
                regs[operand(1)] = hit
                pc &+= 5
                continue
              }
            }
            top = fp.pointee.top
            regs[operand(1)] = try getNamedSlow(target, constants[operand(3)], cache: caches + operand(4))
            pc &+= 5
          case .setNamed:
            let target = regs[operand(1)]
            if _fastPath(target.isObject) {
              let cache = caches + operand(4)
              let value = regs[operand(3)]
              let hit = target.withObject { object -> Bool in
                guard object.shapeID == cache.pointee.shapeID else { return false }
                object.slots[Int(cache.pointee.slot)] = value
                return true
              }
              if _fastPath(hit) {
                pc &+= 5
                continue
              }
            }
            top = fp.pointee.top
            try setNamedSlow(target, constants[operand(2)], regs[operand(3)], cache: caches + operand(4))
            pc &+= 5
          case .getKeyed:
            let target = regs[operand(2)]
            let key = regs[operand(3)]
            if target.isObject && key.isInt {
              let index = Int(key.int)
              let value = target.withObject { object -> Value in
                if object.kind == .typedArray {
                  // A Number element in range: read straight from the buffer.
                  let array = unsafeDowncast(object, to: TypedArrayObject.self)
                  guard index >= 0 && index < array.length && !array.type.isBigInt else { return .hole }
                  return array.loadNumber(index)
                }
                guard object.kind == .array && index >= 0 && index < object.elements.count else {
                  return .hole
                }
                return object.elements[index]
              }
              if !value.isHole {
                regs[operand(1)] = value
                pc &+= 4
                continue
              }
            }
            top = fp.pointee.top
            regs[operand(1)] = try get(target, toKey(key))
            pc &+= 4
          case .setKeyed:
            let target = regs[operand(1)]
            let key = regs[operand(2)]
            if target.isObject && key.isInt {
              let index = Int(key.int)
              let value = regs[operand(3)]
              let prototypeBits = arrayPrototypeBits
              // 0: not stored here, 1: stored in place, 2: appended (the heap grew).
              let stored = target.withObject { object -> Int in
                if object.kind == .typedArray {
                  let array = unsafeDowncast(object, to: TypedArrayObject.self)
                  guard value.isNumber && index >= 0 && index < array.length && !array.type.isBigInt else {
                    return 0
                  }
                  array.storeNumber(index, value)
                  return 1
                }
                guard object.kind == .array && index >= 0 && !object.elementsFrozen else { return 0 }
                if index < object.elements.count && !object.elements[index].isHole {
                  object.elements[index] = value
                  return 1
                }
                if index == object.elements.count && object.isExtensible && object.proto.bits == prototypeBits
                {
                  object.elements.append(value)
                  return 2
                }
                return 0
              }
              if stored != 0 {
                if stored == 2 { heap.noteGrowth(bytes: 8) }
                pc &+= 4
                continue
              }
            }
            top = fp.pointee.top
            try set(target, toKey(key), regs[operand(3)])
            pc &+= 4

          case .call:
            let callee = regs[operand(2)]
            let argc = operand(5)
            let calleeInfo =
              callee.isObject
              ? callee.withObject { object -> UnsafeMutablePointer<FunctionInfo>? in
                object.kind == .function ? unsafeDowncast(object, to: JSFunction.self).info : nil
              } : nil
            if let target = calleeInfo, target.pointee.isPlainCall {
              let newBase = fp.pointee.top
              let registerCount = target.pointee.registerCount
              guard frameCount < frameCapacity - 1, newBase + registerCount + 8 < stackEnd else {
                throw Throw(termination: .stackLimit(limits.maximumDepth))
              }
              let args = regs + operand(4)
              let parameterCount = target.pointee.parameterCount
              var index = 0
              while index < parameterCount {
                newBase[index] = index < argc ? args[index] : .undefined
                index &+= 1
              }
              while index < registerCount {
                newBase[index] = .undefined
                index &+= 1
              }
              fp.pointee.pc = pc &+ 6
              let thisValue = regs[operand(3)]
              fp += 1
              frameCount &+= 1
              fp.initialize(
                to: Frame(
                  function: Unmanaged.fromOpaque(callee.pointer),
                  compiled: Unmanaged.passUnretained(target.pointee.compiled), pc: 0,
                  base: newBase, top: newBase + registerCount, this: thisValue, newTarget: .undefined,
                  arguments: Arguments(base: args, count: argc), returnRegister: operand(1), isEntry: false,
                  isConstruct: false, suspendable: nil))
              info = target
              code = target.pointee.code
              constants = target.pointee.constants
              caches = target.pointee.caches
              regs = newBase
              pc = 0
              if _slowPath(heap.wantsCollection) {
                top = fp.pointee.top
                try collectIfNeeded()
              }
              continue
            }
            top = fp.pointee.top
            if _slowPath(callee.asFunction == nil) { throw notCallable(callee, frame: fp, pc: pc) }
            regs[operand(1)] = try invoke(
              callee, this: regs[operand(3)], Arguments(base: regs + operand(4), count: argc),
              newTarget: .undefined)
            pc &+= 6

          case .loadClosureEnvironment:
            let environment = fp.pointee.function._withUnsafeGuaranteedRef { $0.environmentPointer }
            regs[operand(1)] =
              environment.map {
                Value(bits: Value.objectTag << Value.tagShift | UInt64(UInt(bitPattern: $0)))
              }
              ?? .undefined
            pc &+= 2
          case .getSlot, .setSlot:
            // Environment registers only ever hold environments the compiled code made (the
            // compiler owns them); depth and slot are still checked, as the verifier cannot.
            let isGet = opcode == .getSlot
            let environmentValue = regs[operand(isGet ? 2 : 1)]
            let depth = operand(isGet ? 3 : 2)
            let slot = operand(isGet ? 4 : 3)
            guard environmentValue.isObject,
              let slotPointer = VM.slotPointer(environmentValue.pointer, depth: depth, slot: slot)
            else {
              top = fp.pointee.top
              throw internalError("environment access out of range")
            }
            if isGet {
              regs[operand(1)] = slotPointer.pointee
            } else {
              slotPointer.pointee = regs[operand(4)]
            }
            pc &+= 5
          case .loadThis:
            let this = fp.pointee.this
            if _slowPath(this.isHole) {
              top = fp.pointee.top
              pc = try step(opcode, pc: pc, code: code, regs: regs, frame: fp)
            } else {
              regs[operand(1)] = this
              pc &+= 2
            }
          case .logicalNot:
            let value = regs[operand(2)]
            regs[operand(1)] = Value(bool: !(value.isBool ? value.bool : toBoolean(value)))
            pc &+= 3

          case .return:
            var result = regs[operand(1)]
            if fp.pointee.isConstruct, !result.isObject {
              result = try constructResult(result, frame: fp)
            }
            if fp.pointee.isEntry {
              frameCount &-= 1
              return .returned(result)
            }
            let destination = fp.pointee.returnRegister
            fp -= 1
            frameCount &-= 1
            info = fp.pointee.compiled._withUnsafeGuaranteedRef { $0.info! }
            code = info.pointee.code
            constants = info.pointee.constants
            caches = info.pointee.caches
            regs = fp.pointee.base
            pc = fp.pointee.pc
            regs[destination] = result

          case .yield, .await:
            let suspendable = fp.pointee.suspendable.unsafelyUnwrapped.takeUnretainedValue()
            let value = regs[operand(opcode == .yield ? 3 : 2)]
            suspendable.pc = pc &+ opcode.length
            suspendable.resumeRegister = operand(1)
            suspendable.modeRegister = opcode == .yield ? operand(2) : -1
            suspendable.awaitPC = pc
            frameCount &-= 1
            return .suspended(value)

          default:
            top = fp.pointee.top
            pc = try step(opcode, pc: pc, code: code, regs: regs, frame: fp)
          }
        }
      } catch let thrown {
        if thrown.termination != nil {
          unwindAll(from: fp)
          throw thrown
        }
        // Find a handler, frame by frame.
        while true {
          let at = fp.pointee.pc
          let handlers = fp.pointee.compiled.takeUnretainedValue().handlers
          if let handler = handlers.first(where: { at >= Int($0.start) && at < Int($0.end) }) {
            regs[Int(handler.register)] = thrown.value
            pc = Int(handler.handler)
            break
          }
          if fp.pointee.isEntry {
            frameCount &-= 1
            throw thrown
          }
          fp -= 1
          frameCount &-= 1
          info = fp.pointee.compiled._withUnsafeGuaranteedRef { $0.info! }
          code = info.pointee.code
          constants = info.pointee.constants
          caches = info.pointee.caches
          regs = fp.pointee.base
          // The caller's saved pc points after its call instruction; its handler ranges contain the
          // call's words, so look up with the last of them.
          fp.pointee.pc -= 1
        }
      }
    }
  }

  /// Pops every frame above and including the current entry frame.
  private func unwindAll(from fp: UnsafeMutablePointer<Frame>) {
    var current = fp
    while true {
      frameCount -= 1
      if current.pointee.isEntry { return }
      current -= 1
    }
  }

  @inline(never) func compareSlow(_ opcode: Opcode, _ a: Value, _ b: Value) throws(Throw) -> Bool {
    switch opcode {
    case .less: return try lessThan(a, b) ?? false
    case .greater: return try lessThan(b, a, leftFirst: false) ?? false
    case .lessEqual:
      guard let greater = try lessThan(b, a, leftFirst: false) else { return false }
      return !greater
    default:
      guard let less = try lessThan(a, b) else { return false }
      return !less
    }
  }

  /// The result of a constructor frame whose body returned `result`, not an object.
  @inline(never) func constructResult(_ result: Value, frame: UnsafeMutablePointer<Frame>) throws(Throw)
    -> Value
  {
    let function = frame.pointee.function.takeUnretainedValue()
    if function.isDerived {
      guard result.isUndefined else {
        throw typeError("Derived constructors may only return object or undefined")
      }
      guard !frame.pointee.this.isHole else {
        throw referenceError(
          "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
        )
      }
    }
    return frame.pointee.this
  }

  @inline(never) func getNamedSlow(_ target: Value, _ name: Value, cache: UnsafeMutablePointer<InlineCache>)
    throws(Throw) -> Value
  {
    let key = self.key(atom: name.string)
    if case .named(let property) = key, target.isObject || target.isString {
      let object = target.isObject ? target.object : realm.stringPrototype
      if let slot = object.shape.slot(of: property) {
        if !object.shape.attributes[slot].contains(.accessor) {
          cache.pointee = InlineCache(shapeID: object.shapeID, slot: Int32(slot))
          return object.slots[slot]
        }
      } else if target.isObject, property != names.length, object.proto.isObject {
        // A method on the direct prototype: cache the receiver's shape with the holder. (`length` is
        // the one named property exotic objects make up outside their shapes.)
        let holder = object.proto.object
        if let slot = holder.shape.slot(of: property), !holder.shape.attributes[slot].contains(.accessor) {
          cache.pointee = InlineCache(
            shapeID: object.shapeID, slot: Int32(slot), holderShapeID: holder.shapeID,
            protoBits: object.proto.bits)
          return holder.slots[slot]
        }
      }
    }
    return try get(target, key)
  }

  @inline(never) func setNamedSlow(
    _ target: Value, _ name: Value, _ value: Value, cache: UnsafeMutablePointer<InlineCache>
  ) throws(Throw) {
    let key = self.key(atom: name.string)
    if target.isObject, case .named(let property) = key {
      let object = target.object
      if let slot = object.shape.slot(of: property), object.shape.attributes[slot] == .data,
        object.kind != .namespace
      {
        cache.pointee = InlineCache(shapeID: object.shapeID, slot: Int32(slot))
        object.slots[slot] = value
        return
      }
    }
    try set(target, key, value)
  }
}

extension FunctionKind {
  /// A call that just runs the body in a new frame: no generator or async machinery, no class check.
  var isPlainCall: Bool { self == .normal || self == .arrow || self == .method }
}

extension VM {
  /// The address of slot `slot` of the environment `depth` parents above the one at `pointer`, or nil
  /// when the object is not an environment or the slot is out of range.
  @inline(__always) static func slotPointer(_ pointer: UnsafeMutableRawPointer, depth: Int, slot: Int)
    -> UnsafeMutablePointer<Value>?
  {
    var current = pointer
    var remaining = depth
    while true {
      let next = Unmanaged<JSObject>.fromOpaque(current)._withUnsafeGuaranteedRef {
        object -> (UnsafeMutablePointer<Value>?, UnsafeMutableRawPointer?) in
        guard object.kind == .environment else { return (nil, nil) }
        let environment = unsafeDowncast(object, to: Environment.self)
        if remaining == 0 {
          return (slot >= 0 && slot < environment.count ? environment.values + slot : nil, nil)
        }
        return (nil, environment.parentPointer)
      }
      if remaining == 0 { return next.0 }
      guard let parent = next.1 else { return nil }
      current = parent
      remaining -= 1
    }
  }
}
