import Bytecode
import Diagnostics

/// A JSON module (`require('./data.json')`) compiles to a CommonJS body that builds the value and
/// stores it in `module.exports`, as Node's JSON loader does.
enum JSONModuleCompiler {
  static func compile(_ value: JSONValue) -> BytecodeModule {
    var builder = Builder()
    let result = builder.value(value)
    let moduleRegister = builder.allocate()
    builder.emit(.loadModuleMeta, moduleRegister, 0)
    builder.emit(.setNamed, moduleRegister, builder.string("exports"), result, builder.cache())
    builder.emit(.loadUndefined, moduleRegister)
    builder.emit(.return, moduleRegister)
    let function = BytecodeFunction(
      name: [], kind: .commonJSBody, length: 0, parameterCount: 0, registerCount: max(builder.maxRegister, 1),
      inlineCacheCount: builder.caches, code: builder.code)
    return BytecodeModule(constants: builder.constants, functions: [function])
  }

  struct Builder {
    var code: [UInt32] = []
    var constants: [Constant] = []
    var constantIndex: [Constant: UInt32] = [:]
    var next: UInt32 = 0
    var maxRegister: UInt32 = 0
    var caches: UInt32 = 0

    mutating func emit(_ op: Opcode, _ operands: UInt32...) {
      code.append(UInt32(op.rawValue))
      code.append(contentsOf: operands)
    }

    mutating func allocate() -> UInt32 {
      defer {
        next += 1
        maxRegister = max(maxRegister, next)
      }
      return next
    }

    mutating func cache() -> UInt32 {
      defer { caches += 1 }
      return caches
    }

    mutating func constant(_ value: Constant) -> UInt32 {
      if let index = constantIndex[value] { return index }
      constants.append(value)
      constantIndex[value] = UInt32(constants.count - 1)
      return UInt32(constants.count - 1)
    }

    mutating func string(_ text: String) -> UInt32 { constant(.string(Array(text.utf16))) }

    /// Builds a value into a fresh register; nested values use the registers above it, released after.
    mutating func value(_ json: JSONValue) -> UInt32 {
      let register = allocate()
      switch json {
      case .null: emit(.loadNull, register)
      case .bool(let flag): emit(flag ? .loadTrue : .loadFalse, register)
      case .number(let number): emit(.loadConst, register, constant(.number(number)))
      case .string(let text): emit(.loadConst, register, string(text))
      case .array(let items):
        emit(.newArray, register, UInt32(items.count))
        for item in items {
          let saved = next
          let element = value(item)
          emit(.arrayPush, register, element)
          next = saved
        }
      case .object(let members):
        emit(.newObject, register)
        for member in members {
          let saved = next
          let key = allocate()
          emit(.loadConst, key, string(member.key))
          let element = value(member.value)
          emit(.defineField, register, key, element)
          next = saved
        }
      }
      return register
    }
  }
}
