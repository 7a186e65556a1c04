import Bytecode
import Frontend

/// What a `break`, `continue` or `return` passes on its way out: loops and labeled statements it
/// may target, `finally` blocks it must run first, and iterators it must close.
enum ControlEntry {
  /// A loop, `switch` or labeled statement. Unlabeled `break` targets loops and switches; `continue`
  /// targets entries with a continue label.
  case breakable(labels: [String], breakLabel: Int, continueLabel: Int?, takesUnlabeledBreak: Bool)
  case finally(FinallyRecord)
  /// A `for-of` (or `for await`) iterator, closed when control leaves the loop early.
  case iterator(record: UInt32, isAsync: Bool)
}

/// A `try ... finally` being compiled: every way out of its protected block sets `kind` (0 normal,
/// 1 throw, 2... one per distinct exit) and `value`, then runs the finally block, whose dispatch
/// continues the exit.
final class FinallyRecord {
  let kindRegister: UInt32
  let valueRegister: UInt32
  let entry: Int
  var exits: [(id: UInt32, exit: Exit, below: Int)] = []

  init(kindRegister: UInt32, valueRegister: UInt32, entry: Int) {
    self.kindRegister = kindRegister
    self.valueRegister = valueRegister
    self.entry = entry
  }
}

enum Exit {
  case breakTo(Int)
  case continueTo(Int)
  case returnValue
}

extension FunctionCompiler {
  /// Finds the control entry a `break`/`continue` (with an optional label) targets.
  func target(ofBreak label: String?, isContinue: Bool) -> Int? {
    for index in control.indices.reversed() {
      guard case .breakable(let labels, _, let continueLabel, let takesUnlabeled) = control[index] else {
        continue
      }
      if isContinue && continueLabel == nil { continue }
      if let label {
        if labels.contains(label) { return index }
      } else if isContinue || takesUnlabeled {
        return index
      }
    }
    return nil
  }

  /// Leaves through every entry above `limit` (exclusive), from `start` down: closes iterators and
  /// diverts into finally blocks, then performs the exit.
  func emitExit(_ exit: Exit, value: UInt32?, from start: Int) {
    let limit: Int
    switch exit {
    case .breakTo(let index), .continueTo(let index): limit = index
    case .returnValue: limit = -1
    }
    var index = start
    while index > limit {
      switch control[index] {
      case .iterator(let record, let isAsync):
        emitIteratorClose(record, isAsync: isAsync)
      case .finally(let record):
        let id = UInt32(record.exits.count + 2)
        record.exits.append((id, exit, index - 1))
        if let value, value != record.valueRegister { emit(.move, record.valueRegister, value) }
        emit(.loadInt, record.kindRegister, id)
        jump(to: record.entry)
        return
      case .breakable:
        break
      }
      index -= 1
    }
    switch exit {
    case .breakTo(let index):
      if case .breakable(_, let label, _, _) = control[index] { jump(to: label) }
    case .continueTo(let index):
      if case .breakable(_, _, let label?, _) = control[index] { jump(to: label) }
    case .returnValue:
      emitReturn(value ?? undefinedRegister())
    }
  }

  func undefinedRegister() -> UInt32 {
    let register = allocate()
    emit(.loadUndefined, register)
    return register
  }

  func emitReturn(_ value: UInt32) {
    if kind == .asyncGenerator || kind == .asyncGeneratorMethod {
      // An async generator's return awaits its operand (AsyncGeneratorStart's return completion).
      emit(.await, value, value)
    }
    emit(.return, value)
  }

  func emitIteratorClose(_ record: UInt32, isAsync: Bool) {
    if isAsync {
      // AsyncIteratorClose: call `return` and await its result.
      let m = mark
      let mode = allocate()
      let result = allocate()
      let undefined = allocate()
      emit(.loadInt, mode, 1)
      emit(.loadUndefined, undefined)
      emit(.delegateStep, result, record, mode, undefined)
      emit(.await, result, result)
      release(to: m)
    } else {
      emit(.iteratorClose, record)
    }
  }

  /// Returns from the function through every finally block and iterator.
  func compileReturn(_ value: UInt32?) {
    emitExit(.returnValue, value: value, from: control.count - 1)
  }

  /// Runs `body` as the protected block of `try ... finally`, then the finally block.
  func withFinally(_ body: () -> Void, finally finalizer: () -> Void) {
    let kindRegister = allocate()
    let valueRegister = allocate()
    let entry = newLabel()
    let record = FinallyRecord(kindRegister: kindRegister, valueRegister: valueRegister, entry: entry)
    let start = pc
    control.append(.finally(record))
    body()
    control.removeLast()
    let end = pc
    emit(.loadInt, kindRegister, 0)
    jump(to: entry)
    let catchAll = pc
    emit(.loadInt, kindRegister, 1)
    if end > start {
      handlers.append(.init(start: start, end: end, handler: catchAll, register: valueRegister))
    }
    bind(entry)
    finalizer()
    // Dispatch: throw, then each recorded exit; kind 0 falls through.
    let test = allocate()
    let notThrow = newLabel()
    emit(.loadInt, test, 1)
    emit(.strictEqual, test, kindRegister, test)
    emitJump(.jumpIfFalse, test, to: notThrow)
    emit(.throw, valueRegister)
    bind(notThrow)
    var index = 0
    while index < record.exits.count {
      let (id, exit, below) = record.exits[index]
      let next = newLabel()
      emit(.loadInt, test, id)
      emit(.strictEqual, test, kindRegister, test)
      emitJump(.jumpIfFalse, test, to: next)
      let saved = control
      control = Array(control.prefix(below + 1))
      if case .returnValue = exit {
        emitExit(exit, value: valueRegister, from: below)
      } else {
        emitExit(exit, value: nil, from: below)
      }
      control = saved
      bind(next)
      index += 1
    }
  }

  /// Protects `body` so that a throw out of it closes the iterator `record` first (for-of bodies,
  /// array destructuring). A failure of the close itself is ignored: the first error wins.
  func closingIteratorOnThrow(_ record: UInt32, isAsync: Bool, _ body: () -> Void) {
    let start = pc
    body()
    let end = pc
    guard end > start else { return }
    let over = newLabel()
    jump(to: over)
    let error = allocate()
    let handler = pc
    let closeStart = pc
    emitIteratorClose(record, isAsync: isAsync)
    let closeEnd = pc
    let rethrow = pc
    emit(.throw, error)
    let ignored = allocate()
    // Inner ranges first: a throw from the close itself rethrows the original error.
    handlers.append(.init(start: closeStart, end: closeEnd, handler: rethrow, register: ignored))
    handlers.append(.init(start: start, end: end, handler: handler, register: error))
    bind(over)
  }
}
