import Bytecode

/// A simple structural check of compiled code, independent of the VM's verifier: every operand in
/// range, every jump and handler on an instruction boundary, and no path running off the end.
enum StructuralCheck {
  static func problems(in module: BytecodeModule, imports: Int, handles: Int) -> [String] {
    var out: [String] = []
    for (index, function) in module.functions.enumerated() {
      for problem in problems(in: function, module: module, imports: imports, handles: handles) {
        out.append("function #\(index): \(problem)")
      }
    }
    return out
  }

  static func problems(in function: BytecodeFunction, module: BytecodeModule, imports: Int, handles: Int)
    -> [String]
  {
    var out: [String] = []
    let code = function.code
    var starts = Set<UInt32>()
    var pc = 0
    var last: Opcode?
    var targets: [(at: Int, target: UInt32)] = []
    while pc < code.count {
      guard code[pc] <= UInt32(UInt8.max), let op = Opcode(rawValue: UInt8(code[pc])) else {
        out.append("bad opcode \(code[pc]) at \(pc)")
        return out
      }
      starts.insert(UInt32(pc))
      guard pc + op.length <= code.count else {
        out.append("\(op.mnemonic) at \(pc) is truncated")
        return out
      }
      var previousRegister: UInt32?
      for (offset, kind) in op.operands.enumerated() {
        let word = code[pc + 1 + offset]
        switch kind {
        case .register:
          if word >= function.registerCount {
            out.append("\(op.mnemonic) at \(pc): register r\(word) out of range")
          }
          previousRegister = word
        case .constant:
          if Int(word) >= module.constants.count { out.append("\(op.mnemonic) at \(pc): constant \(word)") }
        case .target:
          targets.append((pc, word))
        case .function:
          if Int(word) >= module.functions.count { out.append("\(op.mnemonic) at \(pc): function \(word)") }
        case .inlineCache:
          if word >= function.inlineCacheCount { out.append("\(op.mnemonic) at \(pc): cache \(word)") }
        case .importIndex:
          if Int(word) >= imports { out.append("\(op.mnemonic) at \(pc): import \(word)") }
        case .handleIndex:
          if Int(word) >= handles { out.append("\(op.mnemonic) at \(pc): handle \(word)") }
        case .count:
          if let base = previousRegister, UInt64(base) + UInt64(word) > UInt64(function.registerCount) {
            out.append("\(op.mnemonic) at \(pc): r\(base)+\(word) out of range")
          }
        case .selector:
          if word >= op.selectorBound { out.append("\(op.mnemonic) at \(pc): selector \(word)") }
        case .immediate:
          break
        }
      }
      last = op
      pc += op.length
    }
    for (at, target) in targets where !starts.contains(target) {
      out.append("jump at \(at) to \(target), not an instruction start")
    }
    for handler in function.handlers {
      if !starts.contains(handler.handler) {
        out.append("handler target \(handler.handler) is not an instruction")
      }
      if handler.start > handler.end || Int(handler.end) > code.count {
        out.append("handler range [\(handler.start), \(handler.end)) is invalid")
      }
      if handler.register >= function.registerCount { out.append("handler register r\(handler.register)") }
    }
    for position in function.positions where Int(position.pc) > code.count || position.line == 0 {
      out.append("position at pc \(position.pc) is invalid")
    }
    if let last, last.fallsThrough { out.append("the last instruction (\(last.mnemonic)) falls through") }
    if code.isEmpty { out.append("no code") }
    if function.parameterCount > function.registerCount {
      out.append("\(function.parameterCount) parameters but \(function.registerCount) registers")
    }
    return out
  }
}
