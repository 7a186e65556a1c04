/// The readable form of compiled code that `cruftc build --emit bytecode` prints and golden tests
/// check. One line per instruction: its word offset, mnemonic and operands, with constants shown
/// by value. Undecodable words (which the verifier would refuse) are printed, never trapped on.
public enum Disassembler {
  public static func text(of module: BytecodeModule, moduleName: String) -> String {
    var out =
      "module \(moduleName): \(module.functions.count) functions, \(module.constants.count) constants\n"
    for (index, function) in module.functions.enumerated() {
      out += "\n" + text(of: function, index: index, module: module)
    }
    return out
  }

  public static func text(of function: BytecodeFunction, index: Int, module: BytecodeModule) -> String {
    let name = function.name.isEmpty ? "<anonymous>" : String(decoding: function.name, as: UTF16.self)
    var out =
      "function #\(index) \(name) (\(function.kind), length \(function.length), parameters \(function.parameterCount), "
      + "registers \(function.registerCount), caches \(function.inlineCacheCount))\n"
    var pc = 0
    let code = function.code
    while pc < code.count {
      let word = code[pc]
      guard word <= UInt32(UInt8.max), let opcode = Opcode(rawValue: UInt8(word)) else {
        out += "  \(pad(pc)) <bad opcode \(word)>\n"
        pc += 1
        continue
      }
      var parts: [String] = []
      for (offset, kind) in opcode.operands.enumerated() {
        let position = pc + 1 + offset
        guard position < code.count else {
          parts.append("<truncated>")
          break
        }
        parts.append(operandText(code[position], kind, module: module))
      }
      out +=
        "  \(pad(pc)) \(opcode.mnemonic)" + (parts.isEmpty ? "" : " " + parts.joined(separator: ", ")) + "\n"
      pc += opcode.length
    }
    for handler in function.handlers {
      out += "  handler [\(handler.start), \(handler.end)) -> \(handler.handler), r\(handler.register)\n"
    }
    return out
  }

  static func pad(_ pc: Int) -> String {
    let digits = String(pc)
    return String(repeating: " ", count: max(0, 4 - digits.count)) + digits
  }

  static func operandText(_ word: UInt32, _ kind: OperandKind, module: BytecodeModule) -> String {
    switch kind {
    case .register: return "r\(word)"
    case .immediate: return String(Int32(bitPattern: word))
    case .target: return "@\(word)"
    case .function: return "#\(word)"
    case .inlineCache: return "ic\(word)"
    case .importIndex: return "import\(word)"
    case .handleIndex: return "handle\(word)"
    case .count: return String(word)
    case .selector: return String(word)
    case .constant:
      guard Int(word) < module.constants.count else { return "k\(word)<out of range>" }
      return constantText(module.constants[Int(word)])
    }
  }

  public static func constantText(_ constant: Constant) -> String {
    switch constant {
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        return value == 0 && value.sign == .minus ? "-0" : String(Int64(value))
      }
      return String(value)
    case .string(let units): return quoted(units)
    case .bigint(let text): return text + "n"
    case .template(_, let raw): return "template[" + raw.map(quoted).joined(separator: ", ") + "]"
    case .regexp(let pattern, let flags): return "/" + String(decoding: pattern, as: UTF16.self) + "/" + flags
    }
  }

  static func quoted(_ units: [UInt16]) -> String {
    var out = "\""
    for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
