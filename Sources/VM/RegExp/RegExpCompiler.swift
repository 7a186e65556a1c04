// Lowers a parsed pattern to the backtracking program `RegExpExecutor` runs. Lookbehind bodies are
// compiled to match right to left, as the specification's direction parameter says.

/// One instruction of a compiled pattern. Targets are instruction indices; slots are capture bounds
/// (`2 * group` and `2 * group + 1`); registers hold loop counters and loop entry positions.
internal enum RegExpInstruction: Sendable {
  case char(UInt32)
  case charBackward(UInt32)
  case set(Int)
  case setBackward(Int)
  /// Continues at `next`, leaving `alternative` as the choice to retry on failure.
  case split(next: Int, alternative: Int)
  case jump(Int)
  case save(slot: Int)
  case clear(from: Int, to: Int)
  case loopInit(counter: Int)
  case loopHead(counter: Int, min: Int, max: Int, greedy: Bool, exit: Int)
  case loopPosition(register: Int)
  /// Ends an iteration; `position` is the entry-position register (or -1 when the body cannot match
  /// empty), used to reject an empty iteration once the minimum is reached.
  case loopTail(counter: Int, position: Int, min: Int, head: Int)
  /// A quantified single character or class (`set` < 0 means `character`), run without per-character
  /// choices: one frame remembers how far a greedy run may give back.
  case star(character: UInt32, set: Int, min: Int, max: Int, greedy: Bool, backward: Bool)
  case lineStart
  case lineEnd
  case wordBoundary(negated: Bool)
  case backReference(group: Int, backward: Bool)
  case lookStart(negated: Bool, exit: Int)
  case lookEnd
  case succeed
}

/// A necessary condition on a match's first code unit, used to skip start positions quickly.
internal struct RegExpFirstUnits: Sendable {
  var asciiLow: UInt64 = 0
  var asciiHigh: UInt64 = 0
  var nonASCII = false

  @inline(__always)
  func admits(_ unit: UInt16) -> Bool {
    if unit < 64 { return asciiLow & (1 << UInt64(unit)) != 0 }
    if unit < 128 { return asciiHigh & (1 << UInt64(unit - 64)) != 0 }
    return nonASCII
  }

  mutating func formUnion(_ other: RegExpFirstUnits) {
    asciiLow |= other.asciiLow
    asciiHigh |= other.asciiHigh
    nonASCII = nonASCII || other.nonASCII
  }

  /// The single unit every match starts with, if there is exactly one.
  var onlyUnit: UInt16? {
    guard !nonASCII else { return nil }
    if asciiHigh == 0 && asciiLow.nonzeroBitCount == 1 { return UInt16(asciiLow.trailingZeroBitCount) }
    if asciiLow == 0 && asciiHigh.nonzeroBitCount == 1 { return UInt16(64 + asciiHigh.trailingZeroBitCount) }
    return nil
  }
}

internal struct RegExpCompiler {
  var program: [RegExpInstruction] = []
  var classes: [RegExpClass] = []
  var registerCount = 0

  static func compile(_ node: RegExpNode) -> RegExpCompiler {
    var compiler = RegExpCompiler()
    compiler.emit(node, backward: false)
    compiler.program.append(.succeed)
    return compiler
  }

  private mutating func addClass(_ set: RegExpClass) -> Int {
    classes.append(set)
    return classes.count - 1
  }

  private mutating func emit(_ node: RegExpNode, backward: Bool) {
    switch node {
    case .empty:
      break
    case .char(let character):
      program.append(backward ? .charBackward(character) : .char(character))
    case .set(let set):
      let index = addClass(set)
      program.append(backward ? .setBackward(index) : .set(index))
    case .sequence(let items):
      if backward {
        for item in items.reversed() { emit(item, backward: true) }
      } else {
        for item in items { emit(item, backward: false) }
      }
    case .alternation(let alternatives):
      var jumps: [Int] = []
      for (offset, alternative) in alternatives.enumerated() {
        if offset == alternatives.count - 1 {
          emit(alternative, backward: backward)
          break
        }
        let split = program.count
        program.append(.split(next: split + 1, alternative: -1))
        emit(alternative, backward: backward)
        jumps.append(program.count)
        program.append(.jump(-1))
        program[split] = .split(next: split + 1, alternative: program.count)
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .group(let inner, let index):
      // Backwards, the end is reached first.
      program.append(.save(slot: backward ? 2 * index + 1 : 2 * index))
      emit(inner, backward: backward)
      program.append(.save(slot: backward ? 2 * index : 2 * index + 1))
    case .look(let inner, let behind, let negated):
      let start = program.count
      program.append(.lookStart(negated: negated, exit: -1))
      emit(inner, backward: behind)
      program.append(.lookEnd)
      program[start] = .lookStart(negated: negated, exit: program.count)
    case .backReference(let group):
      program.append(.backReference(group: group, backward: backward))
    case .lineStart:
      program.append(.lineStart)
    case .lineEnd:
      program.append(.lineEnd)
    case .wordBoundary(let negated):
      program.append(.wordBoundary(negated: negated))
    case .quantified(let atom, let min, let max, let greedy, let captures):
      emitQuantified(atom, min: min, max: max, greedy: greedy, captures: captures, backward: backward)
    }
  }

  private mutating func emitQuantified(
    _ atom: RegExpNode, min: Int, max: Int, greedy: Bool, captures: Range<Int>, backward: Bool
  ) {
    if max == 0 { return }
    if min == 1 && max == 1 {
      emit(atom, backward: backward)
      return
    }
    switch atom {
    case .char(let character):
      program.append(
        .star(character: character, set: -1, min: min, max: max, greedy: greedy, backward: backward))
      return
    case .set(let set):
      let index = addClass(set)
      program.append(.star(character: 0, set: index, min: min, max: max, greedy: greedy, backward: backward))
      return
    default:
      break
    }
    let counter = registerCount
    registerCount += 1
    var position = -1
    if Self.canBeEmpty(atom) {
      position = registerCount
      registerCount += 1
    }
    program.append(.loopInit(counter: counter))
    let head = program.count
    program.append(.loopHead(counter: counter, min: min, max: max, greedy: greedy, exit: -1))
    if position >= 0 { program.append(.loopPosition(register: position)) }
    if !captures.isEmpty {
      program.append(.clear(from: 2 * captures.lowerBound, to: 2 * captures.upperBound))
    }
    emit(atom, backward: backward)
    program.append(.loopTail(counter: counter, position: position, min: min, head: head))
    program[head] = .loopHead(counter: counter, min: min, max: max, greedy: greedy, exit: program.count)
  }

  static func canBeEmpty(_ node: RegExpNode) -> Bool {
    switch node {
    case .char, .set: return false
    case .sequence(let items): return items.allSatisfy(canBeEmpty)
    case .alternation(let items): return items.contains(where: canBeEmpty)
    case .group(let inner, _): return canBeEmpty(inner)
    case .quantified(let inner, let min, _, _, _): return min == 0 || canBeEmpty(inner)
    default: return true
    }
  }

  /// The units a non-empty match can start with, and whether the node can match empty (in which case
  /// what follows it may supply the first unit). Nil means anything.
  static func firstUnits(_ node: RegExpNode, unicode: Bool) -> (RegExpFirstUnits?, Bool) {
    switch node {
    case .empty, .lineStart, .lineEnd, .wordBoundary, .look:
      return (RegExpFirstUnits(), true)
    case .char(let character):
      var units = RegExpFirstUnits()
      if character < 64 {
        units.asciiLow = 1 << UInt64(character)
      } else if character < 128 {
        units.asciiHigh = 1 << UInt64(character - 64)
      } else {
        units.nonASCII = true
      }
      return (units, false)
    case .set(let set):
      var units = RegExpFirstUnits()
      units.asciiLow = set.asciiLow
      units.asciiHigh = set.asciiHigh
      units.nonASCII = set.mayContainNonASCII
      return (units, false)
    case .backReference:
      return (nil, true)
    case .group(let inner, _):
      return firstUnits(inner, unicode: unicode)
    case .quantified(let inner, let min, let max, _, _):
      if max == 0 { return (RegExpFirstUnits(), true) }
      let (units, empty) = firstUnits(inner, unicode: unicode)
      return (units, empty || min == 0)
    case .alternation(let items):
      var result = RegExpFirstUnits()
      var empty = false
      for item in items {
        let (units, itemEmpty) = firstUnits(item, unicode: unicode)
        guard let units else { return (nil, true) }
        result.formUnion(units)
        empty = empty || itemEmpty
      }
      return (result, empty)
    case .sequence(let items):
      var result = RegExpFirstUnits()
      for item in items {
        let (units, itemEmpty) = firstUnits(item, unicode: unicode)
        guard let units else { return (nil, true) }
        result.formUnion(units)
        if !itemEmpty { return (result, false) }
      }
      return (result, true)
    }
  }

  /// Whether every match must start at the input's beginning (a leading `^` without `m`).
  static func isAnchoredAtStart(_ node: RegExpNode) -> Bool {
    switch node {
    case .lineStart: return true
    case .sequence(let items): return items.first.map(isAnchoredAtStart) ?? false
    case .group(let inner, _): return isAnchoredAtStart(inner)
    case .alternation(let items): return items.allSatisfy(isAnchoredAtStart)
    default: return false
    }
  }
}
