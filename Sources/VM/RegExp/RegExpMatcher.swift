// The compiled regular expression and its backtracking executor. Every choice point, every undo of a
// capture or loop register, and every lookaround lives on one explicit stack, so neither deep patterns
// nor long inputs use native stack; a step budget bounds the work of catastrophic patterns.

/// A pattern compiled with its flags, ready to match UTF-16 input. Immutable and shareable.
internal struct CompiledRegExp: Sendable {
  /// The result of a match attempt under a step budget.
  enum Outcome: Equatable, Sendable {
    /// Capture ranges: index 0 is the whole match, then one per group (nil when it did not take part).
    case matched([Range<Int>?])
    case notMatched
    /// The budget ran out before the attempt could finish.
    case stepLimitReached
  }

  let flags: RegExpFlags
  /// Parenthesized capturing groups, not counting the whole match.
  let captureCount: Int
  let groupNames: [(name: [UInt16], index: Int)]
  let program: [RegExpInstruction]
  let classes: [RegExpClass]
  let registerCount: Int
  let firstUnits: RegExpFirstUnits?
  let anchoredAtStart: Bool
  /// V8 searches for a pattern that is a plain string with a string search that does not move a start
  /// inside a surrogate pair back to the pair's start; other patterns do.
  let searchesAsString: Bool

  init(pattern: [UInt16], flags flagsText: String) throws(RegExpSyntaxError) {
    let flags = try RegExpFlags(parsing: flagsText)
    var parser = RegExpParser(pattern: pattern, flags: flags)
    let node = try parser.parse()
    self.flags = flags
    captureCount = parser.capturesSoFar
    groupNames = parser.groupNames
    let compiler = RegExpCompiler.compile(node)
    program = compiler.program
    classes = compiler.classes
    registerCount = compiler.registerCount
    let (units, canBeEmpty) = RegExpCompiler.firstUnits(node, unicode: flags.unicodeMode)
    firstUnits = canBeEmpty ? nil : units
    anchoredAtStart = !flags.multiline && RegExpCompiler.isAnchoredAtStart(node)
    switch node {
    case .char: searchesAsString = true
    case .sequence(let items):
      searchesAsString = items.allSatisfy { if case .char = $0 { true } else { false } }
    default: searchesAsString = false
    }
  }

  // MARK: Sticky matching

  /// The captures of a match starting exactly at `start`, or nil.
  func match(_ input: UnsafeBufferPointer<UInt16>, at start: Int) -> [Range<Int>?]? {
    var steps = Int.max
    if case .matched(let captures) = match(input, at: start, steps: &steps, limited: false) {
      return captures
    }
    return nil
  }

  func match(_ input: [UInt16], at start: Int) -> [Range<Int>?]? {
    input.withUnsafeBufferPointer { match($0, at: start) }
  }

  /// Like `match(_:at:)`, counting each executed instruction and backtrack against `steps`.
  func match(_ input: UnsafeBufferPointer<UInt16>, at start: Int, steps: inout Int) -> Outcome {
    match(input, at: start, steps: &steps, limited: true)
  }

  private func match(_ input: UnsafeBufferPointer<UInt16>, at start: Int, steps: inout Int, limited: Bool)
    -> Outcome
  {
    guard start >= 0 && start <= input.count else { return .notMatched }
    var executor = RegExpExecutor(regExp: self, input: input)
    return executor.run(at: codePointStart(input, start), steps: &steps, limited: limited)
  }

  // MARK: Scanning

  /// The first match starting at or after `from`. Like V8, and unlike the specification's
  /// AdvanceStringIndex, the scan also tries positions inside a surrogate pair in unicode mode, where
  /// no character can be read (see `RegExpExecutor.splitsPair`), so only empty or lookbehind-led
  /// matches start there.
  func firstMatch(in input: UnsafeBufferPointer<UInt16>, from: Int) -> [Range<Int>?]? {
    var steps = Int.max
    if case .matched(let captures) = firstMatch(in: input, from: from, steps: &steps, limited: false) {
      return captures
    }
    return nil
  }

  func firstMatch(in input: [UInt16], from: Int) -> [Range<Int>?]? {
    input.withUnsafeBufferPointer { firstMatch(in: $0, from: from) }
  }

  func firstMatch(in input: UnsafeBufferPointer<UInt16>, from: Int, steps: inout Int) -> Outcome {
    firstMatch(in: input, from: from, steps: &steps, limited: true)
  }

  private func firstMatch(in input: UnsafeBufferPointer<UInt16>, from: Int, steps: inout Int, limited: Bool)
    -> Outcome
  {
    guard from >= 0 && from <= input.count else { return .notMatched }
    if anchoredAtStart && from > 0 { return .notMatched }
    var executor = RegExpExecutor(regExp: self, input: input)
    let end = input.count
    var position = searchesAsString ? from : codePointStart(input, from)
    while position <= end {
      if let firstUnits {
        if let only = firstUnits.onlyUnit {
          while position < end && input[position] != only { position += 1 }
        } else {
          while position < end && !firstUnits.admits(input[position]) { position += 1 }
        }
        if position == end { return .notMatched }
      }
      let outcome = executor.run(at: position, steps: &steps, limited: limited)
      if case .notMatched = outcome {
        if anchoredAtStart || position == end { return .notMatched }
        position += 1
        continue
      }
      return outcome
    }
    return .notMatched
  }

  /// In unicode mode a start inside a surrogate pair moves back to the pair's start, as V8 does.
  private func codePointStart(_ input: UnsafeBufferPointer<UInt16>, _ start: Int) -> Int {
    if flags.unicodeMode && start > 0 && start < input.count && input[start] & 0xFC00 == 0xDC00
      && input[start - 1] & 0xFC00 == 0xD800
    {
      return start - 1
    }
    return start
  }

}

/// The per-attempt state: capture slots, loop registers and the backtrack stack. Reused across start
/// positions of one scan so that scanning allocates once.
internal struct RegExpExecutor {
  private struct Frame {
    var kind: Kind
    var target: Int
    var first: Int
    var second: Int
  }

  private enum Kind {
    /// Resume at `target` with position `first`.
    case choice
    case restoreSlot
    case restoreRegister
    /// A lookaround in progress: `target` is its exit, `first` the position it started at, `second`
    /// 1 when negative.
    case lookaround
    /// A greedy single-character run that can still give back: continue at `target`; `first` is the
    /// position after the minimum, `second` the current end.
    case greedyRun
    case greedyRunBackward
    /// A lazy run that can still take more: `target` is its instruction, `first` the position, `second`
    /// the count so far.
    case lazyRun
  }

  private let program: [RegExpInstruction]
  private let classes: [RegExpClass]
  private let input: UnsafeBufferPointer<UInt16>
  private let end: Int
  private let unicode: Bool
  private let ignoreCase: Bool
  private let multiline: Bool
  private let captureCount: Int
  private var slots: [Int]
  private var registers: [Int]
  private var stack: [Frame] = []
  private var lookarounds: [Int] = []

  init(regExp: CompiledRegExp, input: UnsafeBufferPointer<UInt16>) {
    program = regExp.program
    classes = regExp.classes
    self.input = input
    end = input.count
    unicode = regExp.flags.unicodeMode
    ignoreCase = regExp.flags.ignoreCase
    multiline = regExp.flags.multiline
    captureCount = regExp.captureCount
    slots = Array(repeating: -1, count: 2 * (regExp.captureCount + 1))
    registers = Array(repeating: 0, count: regExp.registerCount)
  }

  // MARK: Reading characters

  /// The character at `position` and the position after it (a surrogate pair is one character in
  /// unicode mode). The caller checks `position < end`.
  @inline(__always)
  private func read(_ position: Int) -> (UInt32, Int) {
    let unit = UInt32(input[position])
    if unicode && unit & 0xFC00 == 0xD800 && position + 1 < end {
      let low = UInt32(input[position + 1])
      if low & 0xFC00 == 0xDC00 { return (RegExpUnicode.combine(unit, low), position + 2) }
    }
    return (unit, position + 1)
  }

  /// The character before `position` and the position before it. The caller checks `position > 0`.
  @inline(__always)
  private func readBackward(_ position: Int) -> (UInt32, Int) {
    let unit = UInt32(input[position - 1])
    if unicode && unit & 0xFC00 == 0xDC00 && position >= 2 {
      let high = UInt32(input[position - 2])
      if high & 0xFC00 == 0xD800 { return (RegExpUnicode.combine(high, unit), position - 2) }
    }
    return (unit, position - 1)
  }

  /// In unicode mode, V8 reads no character at all, in either direction, at a position between the
  /// halves of a pair.
  @inline(__always)
  private func splitsPair(_ position: Int) -> Bool {
    unicode && input[position] & 0xFC00 == 0xDC00 && position > 0 && input[position - 1] & 0xFC00 == 0xD800
  }

  /// Matches one character or class member at `position`; returns the new position or -1.
  @inline(__always)
  private func step(_ character: UInt32, _ set: Int, _ position: Int, backward: Bool) -> Int {
    if backward {
      guard position > 0 && !(position < end && splitsPair(position)) else { return -1 }
      let (value, next) = readBackward(position)
      return (set < 0 ? value == character : classes[set].contains(value)) ? next : -1
    }
    guard position < end && !splitsPair(position) else { return -1 }
    let (value, next) = read(position)
    return (set < 0 ? value == character : classes[set].contains(value)) ? next : -1
  }

  private func isWordCharacter(_ index: Int) -> Bool {
    guard index >= 0 && index < end else { return false }
    let unit = UInt32(input[index])
    if unit < 128 { return RegExpRanges.word.contains(unit) }
    return unicode && ignoreCase && (unit == 0x17F || unit == 0x212A)
  }

  private static func isLineTerminator(_ unit: UInt16) -> Bool {
    unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029
  }

  // MARK: Running

  private mutating func setSlot(_ slot: Int, _ value: Int) {
    let old = slots[slot]
    if old != value {
      stack.append(Frame(kind: .restoreSlot, target: 0, first: slot, second: old))
      slots[slot] = value
    }
  }

  private mutating func setRegister(_ register: Int, _ value: Int) {
    let old = registers[register]
    if old != value {
      stack.append(Frame(kind: .restoreRegister, target: 0, first: register, second: old))
      registers[register] = value
    }
  }

  mutating func run(at start: Int, steps: inout Int, limited: Bool) -> CompiledRegExp.Outcome {
    for index in slots.indices { slots[index] = -1 }
    for index in registers.indices { registers[index] = 0 }
    stack.removeAll(keepingCapacity: true)
    lookarounds.removeAll(keepingCapacity: true)
    var pc = 0
    var position = start
    while true {
      if limited {
        steps -= 1
        if steps < 0 { return .stepLimitReached }
      }
      var failed = false
      switch program[pc] {
      case .char(let character):
        if position < end && !splitsPair(position) {
          let (value, next) = read(position)
          if value == character {
            position = next
            pc += 1
          } else {
            failed = true
          }
        } else {
          failed = true
        }
      case .charBackward(let character):
        let next = step(character, -1, position, backward: true)
        if next >= 0 {
          position = next
          pc += 1
        } else {
          failed = true
        }
      case .set(let set):
        if position < end && !splitsPair(position) {
          let (value, next) = read(position)
          if classes[set].contains(value) {
            position = next
            pc += 1
          } else {
            failed = true
          }
        } else {
          failed = true
        }
      case .setBackward(let set):
        let next = step(0, set, position, backward: true)
        if next >= 0 {
          position = next
          pc += 1
        } else {
          failed = true
        }
      case .split(let next, let alternative):
        stack.append(Frame(kind: .choice, target: alternative, first: position, second: 0))
        pc = next
      case .jump(let target):
        pc = target
      case .save(let slot):
        setSlot(slot, position)
        pc += 1
      case .clear(let from, let to):
        for slot in from..<to { setSlot(slot, -1) }
        pc += 1
      case .loopInit(let counter):
        setRegister(counter, 0)
        pc += 1
      case .loopHead(let counter, let min, let max, let greedy, let exit):
        let count = registers[counter]
        if count < min {
          pc += 1
        } else if count >= max {
          pc = exit
        } else if greedy {
          stack.append(Frame(kind: .choice, target: exit, first: position, second: 0))
          pc += 1
        } else {
          stack.append(Frame(kind: .choice, target: pc + 1, first: position, second: 0))
          pc = exit
        }
      case .loopPosition(let register):
        setRegister(register, position)
        pc += 1
      case .loopTail(let counter, let register, let min, let head):
        let count = registers[counter]
        if register >= 0 && count >= min && registers[register] == position {
          // An iteration past the minimum that consumed nothing fails (the spec's empty check).
          failed = true
        } else {
          setRegister(counter, count + 1)
          pc = head
        }
      case .star(let character, let set, let min, let max, let greedy, let backward):
        var count = 0
        while count < min {
          let next = step(character, set, position, backward: backward)
          if next < 0 { break }
          position = next
          count += 1
        }
        if count < min {
          failed = true
          break
        }
        if greedy {
          let floor = position
          while count < max {
            let next = step(character, set, position, backward: backward)
            if next < 0 { break }
            position = next
            count += 1
          }
          if limited { steps -= count }
          if position != floor {
            stack.append(
              Frame(
                kind: backward ? .greedyRunBackward : .greedyRun, target: pc + 1, first: floor,
                second: position))
          }
        } else if count < max {
          stack.append(Frame(kind: .lazyRun, target: pc, first: position, second: count))
        }
        pc += 1
      case .lineStart:
        if position == 0 || (multiline && Self.isLineTerminator(input[position - 1])) {
          pc += 1
        } else {
          failed = true
        }
      case .lineEnd:
        if position == end || (multiline && Self.isLineTerminator(input[position])) {
          pc += 1
        } else {
          failed = true
        }
      case .wordBoundary(let negated):
        let boundary = isWordCharacter(position - 1) != isWordCharacter(position)
        if boundary != negated {
          pc += 1
        } else {
          failed = true
        }
      case .backReference(let group, let backward):
        let next = matchBackReference(group, at: position, backward: backward)
        if next >= 0 {
          position = next
          pc += 1
        } else {
          failed = true
        }
      case .lookStart(let negated, let exit):
        lookarounds.append(stack.count)
        stack.append(Frame(kind: .lookaround, target: exit, first: position, second: negated ? 1 : 0))
        pc += 1
      case .lookEnd:
        let base = lookarounds.removeLast()
        let frame = stack[base]
        if frame.second == 0 {
          // A lookaround is atomic: drop its choices but keep the undo records of its captures.
          var write = base
          for read in (base + 1)..<stack.count {
            let kind = stack[read].kind
            if kind == .restoreSlot || kind == .restoreRegister {
              stack[write] = stack[read]
              write += 1
            }
          }
          stack.removeLast(stack.count - write)
          position = frame.first
          pc += 1
        } else {
          // The negative lookaround's body matched, so it fails, taking its captures with it.
          while stack.count > base + 1 { undo(stack.removeLast()) }
          stack.removeLast()
          failed = true
        }
      case .succeed:
        var captures: [Range<Int>?] = []
        captures.reserveCapacity(captureCount + 1)
        captures.append(start..<position)
        for group in 1...max(captureCount, 1) where group <= captureCount {
          let low = slots[2 * group]
          let high = slots[2 * group + 1]
          captures.append(low >= 0 && high >= 0 ? low..<high : nil)
        }
        return .matched(captures)
      }
      guard failed else { continue }
      // Backtrack to the most recent choice, undoing everything done since.
      var resumed = false
      while let frame = stack.popLast() {
        switch frame.kind {
        case .choice:
          pc = frame.target
          position = frame.first
          resumed = true
        case .restoreSlot:
          slots[frame.first] = frame.second
        case .restoreRegister:
          registers[frame.first] = frame.second
        case .lookaround:
          lookarounds.removeLast()
          if frame.second == 1 {
            // The negative lookaround's body failed: the assertion holds.
            pc = frame.target
            position = frame.first
            resumed = true
          }
        case .greedyRun, .greedyRunBackward:
          let backward = frame.kind == .greedyRunBackward
          let next = backward ? read(frame.second).1 : readBackward(frame.second).1
          // In unicode mode a pair is given back whole, but never past the run's floor.
          let givenBack = backward ? min(next, frame.first) : max(next, frame.first)
          if givenBack != frame.first {
            stack.append(Frame(kind: frame.kind, target: frame.target, first: frame.first, second: givenBack))
          }
          pc = frame.target
          position = givenBack
          resumed = true
        case .lazyRun:
          guard case .star(let character, let set, _, let max, _, let backward) = program[frame.target] else {
            fatalError("lazy run frame without its instruction")
          }
          let next = step(character, set, frame.first, backward: backward)
          if next >= 0 {
            if frame.second + 1 < max {
              stack.append(Frame(kind: .lazyRun, target: frame.target, first: next, second: frame.second + 1))
            }
            pc = frame.target + 1
            position = next
            resumed = true
          }
        }
        if resumed { break }
      }
      if !resumed { return .notMatched }
      if limited {
        steps -= 1
        if steps < 0 { return .stepLimitReached }
      }
    }
  }

  private mutating func undo(_ frame: Frame) {
    switch frame.kind {
    case .restoreSlot: slots[frame.first] = frame.second
    case .restoreRegister: registers[frame.first] = frame.second
    default: break
    }
  }

  /// Matches the text of group `group` at `position`; an unset group matches empty. Returns the new
  /// position or -1.
  private func matchBackReference(_ group: Int, at position: Int, backward: Bool) -> Int {
    // V8 fails even an empty backreference between the halves of a pair.
    if position < end && splitsPair(position) { return -1 }
    let low = slots[2 * group]
    let high = slots[2 * group + 1]
    guard low >= 0 && high >= 0 else { return position }
    let length = high - low
    let from = backward ? position - length : position
    guard from >= 0 && from + length <= end else { return -1 }
    if !ignoreCase {
      for offset in 0..<length where input[low + offset] != input[from + offset] { return -1 }
      return backward ? from : from + length
    }
    var left = low
    var right = from
    while left < high {
      let (a, nextLeft) = read(left)
      let (b, nextRight) = read(right)
      if a != b
        && RegExpCaseFolding.canonicalize(a, unicode: unicode)
          != RegExpCaseFolding.canonicalize(b, unicode: unicode)
      {
        return -1
      }
      left = nextLeft
      right = nextRight
    }
    return right == from + length ? (backward ? from : right) : -1
  }
}
