/// Date.parse and `new Date(string)` (§21.4.3.2): the Date Time String Format of §21.4.1.32 exactly,
/// then, for any other string, the same fallback grammar node (V8) accepts, so that a program reads
/// back what node's toString, toUTCString and toLocaleString print and the common hand-written forms
/// ("2022/03/01", "March 1, 2022", "Mar 1 2022 10:00 PM GMT+0100", "1/2/2022").
///
/// The fallback reads the string as tokens (numbers, words, signs, ':' '.' '-' and ignored
/// characters; parenthesized text is skipped) and sorts the numbers into date, time and offset by
/// their shape: `n:` starts a time, numbers after a sign following a time or `GMT`/`UTC`/`Z` are an
/// offset, other numbers are date fields; a month name fixes the month and the two remaining numbers
/// are day and year (the one that cannot be a day is the year); without one, `Y/M/D` when the first
/// number cannot be a day, else `M/D/Y`. Years 0...49 mean 2000...2049, 50...99 mean 1950...1999,
/// a missing year is 2001. Words other than month names, AM/PM and zone names are allowed only before
/// the first number. Without an offset a time is local, that is UTC.
enum DateParse {
  private static let none = Int.max

  private enum KeywordType { case monthName, amPm, timeZone, timeSeparator, other }

  private enum Token {
    case number(value: Int, length: Int)
    case symbol(UInt16)
    case whitespace
    case keyword(KeywordType, value: Int, length: Int)
    case unknown
    case end
    case invalid

    var isEnd: Bool { if case .end = self { return true } else { return false } }
    var isNumber: Bool { if case .number = self { return true } else { return false } }
    var isWhitespace: Bool { if case .whitespace = self { return true } else { return false } }
    var number: Int { if case .number(let value, _) = self { return value } else { return 0 } }
    func isNumber(length wanted: Int) -> Bool {
      if case .number(_, let length) = self { return length == wanted } else { return false }
    }
    func isSymbol(_ unit: Character) -> Bool {
      if case .symbol(let symbol) = self { return symbol == unit.asciiValue.map(UInt16.init) }
      return false
    }
    var isSign: Bool { isSymbol("+") || isSymbol("-") }
    var sign: Int { isSymbol("-") ? -1 : 1 }
    var isZ: Bool {
      if case .keyword(.timeZone, _, 1) = self { return true } else { return false }
    }
    var isTimeSeparator: Bool {
      if case .keyword(.timeSeparator, _, _) = self { return true } else { return false }
    }
  }

  private static let keywords: [(String, KeywordType, Int)] = [
    ("jan", .monthName, 1), ("feb", .monthName, 2), ("mar", .monthName, 3), ("apr", .monthName, 4),
    ("may", .monthName, 5), ("jun", .monthName, 6), ("jul", .monthName, 7), ("aug", .monthName, 8),
    ("sep", .monthName, 9), ("oct", .monthName, 10), ("nov", .monthName, 11), ("dec", .monthName, 12),
    ("am", .amPm, 0), ("pm", .amPm, 12), ("ut", .timeZone, 0), ("utc", .timeZone, 0), ("z", .timeZone, 0),
    ("gmt", .timeZone, 0), ("cdt", .timeZone, -5), ("cst", .timeZone, -6), ("edt", .timeZone, -4),
    ("est", .timeZone, -5), ("mdt", .timeZone, -6), ("mst", .timeZone, -7), ("pdt", .timeZone, -7),
    ("pst", .timeZone, -8), ("t", .timeSeparator, 0),
  ]

  /// The tokens of a string, with one token of lookahead.
  private struct Scanner {
    let units: [UInt16]
    var position = 0
    var next: Token = .end

    init(_ units: [UInt16]) {
      self.units = units
      next = scan()
    }

    var peek: Token { next }

    mutating func take() -> Token {
      let token = next
      next = scan()
      return token
    }

    mutating func skip(_ symbol: Character) -> Bool {
      guard next.isSymbol(symbol) else { return false }
      _ = take()
      return true
    }

    private var current: UInt16 { position < units.count ? units[position] : 0 }

    private mutating func scan() -> Token {
      guard position < units.count else { return .end }
      let unit = units[position]
      if unit >= 0x30 && unit <= 0x39 {
        let start = position
        while current == 0x30 { position += 1 }
        var value = 0
        var significant = 0
        while position < units.count, units[position] >= 0x30, units[position] <= 0x39 {
          if significant < 9 { value = value * 10 + Int(units[position] - 0x30) }
          significant += 1
          position += 1
        }
        return .number(value: value, length: position - start)
      }
      if unit == 0x3A || unit == 0x2D || unit == 0x2B || unit == 0x2E || unit == 0x29 {
        position += 1
        return .symbol(unit)
      }
      if unit >= 0x41 && !isStringWhitespace(unit) {
        var prefix: [UInt16] = []
        var length = 0
        while position < units.count, units[position] >= 0x41, !isStringWhitespace(units[position]) {
          if length < 3 { prefix.append(units[position] | 0x20) }
          length += 1
          position += 1
        }
        for (word, type, value) in DateParse.keywords where Array(word.utf16) == prefix {
          if length <= 3 || type == .monthName { return .keyword(type, value: value, length: length) }
        }
        return .keyword(.other, value: 0, length: length)
      }
      if isStringWhitespace(unit) {
        while position < units.count, isStringWhitespace(units[position]) { position += 1 }
        return .whitespace
      }
      if unit == 0x28 {
        var balance = 0
        repeat {
          if current == 0x29 { balance -= 1 } else if current == 0x28 { balance += 1 }
          position += 1
        } while balance > 0 && position < units.count
        return .unknown
      }
      position += 1
      return .unknown
    }
  }

  private static func isMonth(_ n: Int) -> Bool { n >= 1 && n <= 12 }
  private static func isDay(_ n: Int) -> Bool { n >= 1 && n <= 31 }
  private static func isHour(_ n: Int) -> Bool { n >= 0 && n <= 23 }
  private static func isMinute(_ n: Int) -> Bool { n >= 0 && n <= 59 }
  private static func isSecond(_ n: Int) -> Bool { n >= 0 && n <= 59 }

  /// The date fields read so far.
  private struct DayParts {
    var parts: [Int] = []
    var namedMonth = DateParse.none
    var isISO = false

    mutating func add(_ n: Int) -> Bool {
      guard parts.count < 3 else { return false }
      parts.append(n)
      return true
    }

    func write() -> (year: Int, month: Int, day: Int)? {
      guard !parts.isEmpty else { return nil }
      var p = parts
      while p.count < 3 { p.append(1) }
      var year = 0
      let month: Int
      let day: Int
      if namedMonth == DateParse.none {
        if isISO || !DateParse.isDay(p[0]) {
          (year, month, day) = (p[0], p[1], p[2])
        } else {
          (month, day, year) = (p[0], p[1], p[2])
        }
      } else {
        month = namedMonth
        if !DateParse.isDay(p[0]) {
          (year, day) = (p[0], p[1])
        } else {
          (day, year) = (p[0], p[1])
        }
      }
      if !isISO {
        if year >= 0 && year <= 49 { year += 2000 } else if year >= 50 && year <= 99 { year += 1900 }
      }
      guard DateParse.isMonth(month), DateParse.isDay(day) else { return nil }
      return (year, month - 1, day)
    }
  }

  /// Hours, minutes, seconds, milliseconds read so far.
  private struct TimeParts {
    var parts: [Int] = []
    var hourOffset = DateParse.none

    var isEmpty: Bool { parts.isEmpty }

    mutating func add(_ n: Int) -> Bool {
      guard parts.count < 4 else { return false }
      parts.append(n)
      return true
    }

    mutating func addFinal(_ n: Int) -> Bool {
      guard add(n) else { return false }
      while parts.count < 4 { parts.append(0) }
      return true
    }

    func isExpecting(_ n: Int) -> Bool {
      (parts.count == 1 && DateParse.isMinute(n)) || (parts.count == 2 && DateParse.isSecond(n))
        || (parts.count == 3 && n >= 0 && n <= 999)
    }

    func write() -> [Int]? {
      var p = parts
      while p.count < 4 { p.append(0) }
      if hourOffset != DateParse.none {
        guard p[0] >= 0 && p[0] <= 12 else { return nil }
        p[0] = p[0] % 12 + hourOffset
      }
      if !DateParse.isHour(p[0]) || !DateParse.isMinute(p[1]) || !DateParse.isSecond(p[2]) || p[3] < 0
        || p[3] > 999
      {
        guard p[0] == 24, p[1] == 0, p[2] == 0, p[3] == 0 else { return nil }
      }
      return p
    }
  }

  /// The UTC offset read so far.
  private struct ZoneParts {
    var sign = DateParse.none
    var hour = DateParse.none
    var minute = DateParse.none

    mutating func set(hours: Int) {
      sign = hours < 0 ? -1 : 1
      hour = abs(hours)
      minute = 0
    }

    var isUTC: Bool { hour == 0 && minute == 0 }
    var isEmpty: Bool { hour == DateParse.none }
    func isExpecting(_ n: Int) -> Bool {
      hour != DateParse.none && minute == DateParse.none && DateParse.isMinute(n)
    }

    /// The offset in seconds, `.local` for local time, nil when it is too large. As in V8, the
    /// seconds are summed in 32 bits, wrapping, and a sum above 2^31 - 1 is refused.
    enum Offset { case local, seconds(Int) }
    func write() -> Offset? {
      guard sign != DateParse.none else { return .local }
      let hours = UInt32(truncatingIfNeeded: hour == DateParse.none ? 0 : hour)
      let minutes = UInt32(truncatingIfNeeded: minute == DateParse.none ? 0 : minute)
      let total = hours &* 3600 &+ minutes &* 60
      guard total <= UInt32(Int32.max) else { return nil }
      return .seconds(sign < 0 ? -Int(total) : Int(total))
    }
  }

  /// The time value a string denotes, NaN when it denotes none.
  static func parse(_ units: [UInt16]) -> Double {
    var scanner = Scanner(units)
    var day = DayParts()
    var time = TimeParts()
    var zone = ZoneParts()
    let first = parseISO(&scanner, &day, &time, &zone)
    if case .invalid = first { return .nan }
    guard legacy(first, &scanner, &day, &time, &zone) else { return .nan }
    guard let date = day.write(), let clock = time.write(), let offset = zone.write() else { return .nan }
    var tv = DateMath.makeDate(
      DateMath.makeDay(Double(date.year), Double(date.month), Double(date.day)),
      DateMath.makeTime(Double(clock[0]), Double(clock[1]), Double(clock[2]), Double(clock[3])))
    if case .seconds(let seconds) = offset {
      tv -= Double(seconds) * 1000
      guard abs(tv) <= DateMath.maxTime else { return .nan }
    } else {
      // Local time is UTC; V8 allows ten days of slack before the zone conversion, then clips.
      guard abs(tv) <= DateMath.maxTime + 864_000_000 else { return .nan }
    }
    return DateMath.timeClip(tv)
  }

  /// The Date Time String Format. Returns `.end` when the whole string was that format, `.invalid`
  /// when it started as that format and broke it (no fallback then), else the first token the
  /// fallback grammar has to read.
  private static func parseISO(
    _ scanner: inout Scanner, _ day: inout DayParts, _ time: inout TimeParts, _ zone: inout ZoneParts
  ) -> Token {
    if scanner.peek.isSign {
      let signToken = scanner.take()
      guard scanner.peek.isNumber(length: 6) else { return signToken }
      let year = scanner.take().number
      if signToken.sign < 0 && year == 0 { return signToken }
      _ = day.add(signToken.sign * year)
    } else if scanner.peek.isNumber(length: 4) {
      _ = day.add(scanner.take().number)
    } else {
      return scanner.take()
    }
    if scanner.skip("-") {
      guard scanner.peek.isNumber(length: 2), isMonth(scanner.peek.number) else { return scanner.take() }
      _ = day.add(scanner.take().number)
      if scanner.skip("-") {
        guard scanner.peek.isNumber(length: 2), isDay(scanner.peek.number) else { return scanner.take() }
        _ = day.add(scanner.take().number)
      }
    }
    if !scanner.peek.isTimeSeparator {
      if !scanner.peek.isEnd { return scanner.take() }
    } else {
      _ = scanner.take()
      guard scanner.peek.isNumber(length: 2), scanner.peek.number <= 24 else { return .invalid }
      let hourIs24 = scanner.peek.number == 24
      _ = time.add(scanner.take().number)
      guard scanner.skip(":") else { return .invalid }
      guard scanner.peek.isNumber(length: 2), isMinute(scanner.peek.number),
        !(hourIs24 && scanner.peek.number > 0)
      else { return .invalid }
      _ = time.add(scanner.take().number)
      if scanner.skip(":") {
        guard scanner.peek.isNumber(length: 2), isSecond(scanner.peek.number),
          !(hourIs24 && scanner.peek.number > 0)
        else { return .invalid }
        _ = time.add(scanner.take().number)
        if scanner.skip(".") {
          guard scanner.peek.isNumber, !(hourIs24 && scanner.peek.number > 0) else { return .invalid }
          _ = time.add(milliseconds(scanner.take()))
        }
      }
      if scanner.peek.isZ {
        _ = scanner.take()
        zone.set(hours: 0)
      } else if scanner.peek.isSign {
        zone.sign = scanner.take().sign
        if scanner.peek.isNumber(length: 4) {
          let hourMinute = scanner.take().number
          guard isHour(hourMinute / 100), isMinute(hourMinute % 100) else { return .invalid }
          zone.hour = hourMinute / 100
          zone.minute = hourMinute % 100
        } else {
          guard scanner.peek.isNumber(length: 2), isHour(scanner.peek.number) else { return .invalid }
          zone.hour = scanner.take().number
          guard scanner.skip(":") else { return .invalid }
          guard scanner.peek.isNumber(length: 2), isMinute(scanner.peek.number) else { return .invalid }
          zone.minute = scanner.take().number
        }
      }
      if !scanner.peek.isEnd { return .invalid }
    }
    // Date-only forms are UTC; date-time forms without an offset are local time (which is UTC).
    if zone.isEmpty && time.isEmpty { zone.set(hours: 0) }
    day.isISO = true
    return .end
  }

  /// The first three significant digits of a fraction of a second, as milliseconds.
  private static func milliseconds(_ token: Token) -> Int {
    guard case .number(var value, var length) = token else { return 0 }
    if length == 1 {
      value *= 100
    } else if length == 2 {
      value *= 10
    } else if length > 3 {
      length = min(length, 9)
      var factor = 1
      while length > 3 {
        factor *= 10
        length -= 1
      }
      value /= factor
    }
    return value
  }

  /// The fallback grammar, from `first` to the end of the string.
  private static func legacy(
    _ first: Token, _ scanner: inout Scanner, _ day: inout DayParts, _ time: inout TimeParts,
    _ zone: inout ZoneParts
  ) -> Bool {
    var hasReadNumber = !day.parts.isEmpty
    var token = first
    while !token.isEnd {
      defer { token = scanner.take() }
      switch token {
      case .number(let n, _):
        hasReadNumber = true
        if scanner.skip(":") {
          if scanner.skip(":") {
            guard time.isEmpty else { return false }
            _ = time.add(n)
            _ = time.add(0)
          } else {
            guard time.add(n) else { return false }
            if scanner.peek.isSymbol(".") { _ = scanner.take() }
          }
        } else if scanner.skip("."), time.isExpecting(n) {
          _ = time.add(n)
          guard scanner.peek.isNumber else { return false }
          guard time.addFinal(milliseconds(scanner.take())) else { return false }
        } else if zone.isExpecting(n) {
          zone.minute = n
        } else if time.isExpecting(n) {
          _ = time.addFinal(n)
          let peek = scanner.peek
          guard peek.isEnd || peek.isWhitespace || peek.isZ || peek.isSign else { return false }
        } else {
          guard day.add(n) else { return false }
          _ = scanner.skip("-")
        }
      case .keyword(let type, let value, _):
        if type == .amPm && !time.isEmpty {
          time.hourOffset = value
        } else if type == .monthName {
          day.namedMonth = value
          _ = scanner.skip("-")
        } else if type == .timeZone && hasReadNumber {
          zone.set(hours: value)
        } else {
          // Other words may only come before the first number, and apart from it.
          if hasReadNumber || scanner.peek.isNumber { return false }
        }
      case .symbol where token.isSign && (zone.isUTC || !time.isEmpty):
        zone.sign = token.sign
        var n = 0
        var length = 0
        if case .number(let value, let digits) = scanner.peek {
          _ = scanner.take()
          n = value
          length = digits
        }
        hasReadNumber = true
        if scanner.peek.isSymbol(":") {
          zone.hour = n
          zone.minute = none
        } else if length == 1 || length == 2 {
          zone.hour = n
          zone.minute = 0
        } else if length == 3 || length == 4 {
          zone.hour = n / 100
          zone.minute = n % 100
        } else {
          return false
        }
      case .symbol where (token.isSign || token.isSymbol(")")) && hasReadNumber:
        return false
      default:
        break
      }
    }
    return true
  }
}
