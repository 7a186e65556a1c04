/// Time values and their calendar fields (ECMAScript §21.4.1) and the string forms of dates.
///
/// A time value is milliseconds since 1970-01-01T00:00:00Z in a Double, NaN for an invalid date. The
/// local time zone is always UTC: LocalTime(t) is t, and every "local" field equals its UTC field.
enum DateMath {
  static let msPerDay = 86_400_000.0
  static let msPerHour = 3_600_000.0
  static let msPerMinute = 60_000.0
  static let msPerSecond = 1000.0
  /// The largest absolute time value (§21.4.1.1): 100 000 000 days.
  static let maxTime = 8.64e15

  static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  // MARK: Days and the civil calendar

  /// Day(t): the number of the day t falls in.
  static func day(_ t: Double) -> Double { (t / msPerDay).rounded(.down) }

  /// TimeWithinDay(t): milliseconds since the start of t's day, in 0..<msPerDay.
  static func timeWithinDay(_ t: Double) -> Double {
    let r = t.truncatingRemainder(dividingBy: msPerDay)
    return (r < 0 ? r + msPerDay : r) + 0
  }

  /// The day number of a proleptic Gregorian date (month 1...12, day 1...31), day 0 being 1970-01-01.
  /// Works in 400-year eras of 146 097 days, with years starting on March 1 so the leap day is last.
  static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian date (month 1...12) of a day number: the inverse of `daysFromCivil`.
  static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The calendar fields of a finite time value.
  struct Fields {
    var year: Int64
    /// 0...11
    var month: Int
    /// 1...31
    var date: Int
    var hours: Int
    var minutes: Int
    var seconds: Int
    var milliseconds: Int
    /// 0 (Sunday)...6
    var weekDay: Int

    init(_ t: Double) {
      let days = Int64(DateMath.day(t))
      let civil = DateMath.civil(fromDays: days)
      year = civil.year
      month = Int(civil.month) - 1
      date = Int(civil.day)
      let within = Int(DateMath.timeWithinDay(t))
      hours = within / 3_600_000
      minutes = within / 60000 % 60
      seconds = within / 1000 % 60
      milliseconds = within % 1000
      let w = (days + 4) % 7
      weekDay = Int(w < 0 ? w + 7 : w)
    }
  }

  // MARK: Composing time values

  /// MakeTime (§21.4.1.27): hours, minutes, seconds and milliseconds to a time within a day.
  static func makeTime(_ hour: Double, _ minute: Double, _ second: Double, _ millisecond: Double) -> Double {
    guard hour.isFinite, minute.isFinite, second.isFinite, millisecond.isFinite else { return .nan }
    let h = hour.rounded(.towardZero) + 0
    let m = minute.rounded(.towardZero) + 0
    let s = second.rounded(.towardZero) + 0
    let milli = millisecond.rounded(.towardZero) + 0
    return ((h * msPerHour + m * msPerMinute) + s * msPerSecond) + milli
  }

  /// MakeDay (§21.4.1.28): a year, a month (any integer, carried into the year) and a date (any
  /// integer, counted from the first of that month) to a day number. As in V8, a year beyond
  /// ±1 000 000 or a month beyond ±10 000 000 is out of range (NaN): no such date is a time value.
  static func makeDay(_ year: Double, _ month: Double, _ date: Double) -> Double {
    guard year.isFinite, month.isFinite, date.isFinite else { return .nan }
    let y = year.rounded(.towardZero)
    let m = month.rounded(.towardZero)
    let dt = date.rounded(.towardZero)
    guard abs(y) <= 1_000_000, abs(m) <= 10_000_000 else { return .nan }
    let monthIndex = Int64(m)
    var fullYear = Int64(y) + monthIndex / 12
    var monthInYear = monthIndex % 12
    if monthInYear < 0 {
      monthInYear += 12
      fullYear -= 1
    }
    let first = daysFromCivil(year: fullYear, month: monthInYear + 1, day: 1)
    return Double(first) + dt - 1
  }

  /// MakeDate (§21.4.1.29).
  static func makeDate(_ day: Double, _ time: Double) -> Double {
    guard day.isFinite, time.isFinite else { return .nan }
    let tv = day * msPerDay + time
    return tv.isFinite ? tv : .nan
  }

  /// TimeClip (§21.4.1.31): NaN outside ±8.64e15, otherwise the integer part (and +0 for -0).
  static func timeClip(_ time: Double) -> Double {
    guard time.isFinite, abs(time) <= maxTime else { return .nan }
    return time.rounded(.towardZero) + 0
  }

  /// Date.UTC and the Date constructor's field form: up to seven numbers, two-digit years meaning
  /// 1900 + year. `values` are already converted by ToNumber; missing ones take their defaults.
  static func fromFields(_ values: [Double]) -> Double {
    func at(_ index: Int, _ fallback: Double) -> Double { index < values.count ? values[index] : fallback }
    var year = at(0, .nan)
    if !year.isNaN {
      let integer = year.rounded(.towardZero)
      if integer >= 0 && integer <= 99 { year = 1900 + integer }
    }
    let day = makeDay(year, at(1, 0), at(2, 1))
    let time = makeTime(at(3, 0), at(4, 0), at(5, 0), at(6, 0))
    return makeDate(day, time)
  }

  // MARK: String forms

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  private static func pad(_ value: Int, _ width: Int) -> String { pad(Int64(value), width) }

  /// A year as toString and toUTCString print it: at least four digits, a minus sign when negative.
  private static func yearString(_ year: Int64) -> String {
    (year < 0 ? "-" : "") + pad(abs(year), 4)
  }

  /// Date.prototype.toISOString's form; years outside 0...9999 in the six-digit signed form.
  static func isoString(_ t: Double) -> String {
    let f = Fields(t)
    let year =
      f.year >= 0 && f.year <= 9999 ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(abs(f.year), 6)
    return
      "\(year)-\(pad(f.month + 1, 2))-\(pad(f.date, 2))T\(pad(f.hours, 2)):\(pad(f.minutes, 2)):\(pad(f.seconds, 2)).\(pad(f.milliseconds, 3))Z"
  }

  /// DateString (§21.4.4.41.2): "Tue Mar 01 2022".
  static func dateString(_ t: Double) -> String {
    let f = Fields(t)
    return "\(weekdayNames[f.weekDay]) \(monthNames[f.month]) \(pad(f.date, 2)) \(yearString(f.year))"
  }

  /// TimeString and TimeZoneString (§21.4.4.41.1, .3): "10:00:00 GMT+0000 (Coordinated Universal Time)".
  static func timeString(_ t: Double) -> String {
    let f = Fields(t)
    return
      "\(pad(f.hours, 2)):\(pad(f.minutes, 2)):\(pad(f.seconds, 2)) GMT+0000 (Coordinated Universal Time)"
  }

  /// Date.prototype.toUTCString's form: "Tue, 01 Mar 2022 10:00:00 GMT".
  static func utcString(_ t: Double) -> String {
    let f = Fields(t)
    return
      "\(weekdayNames[f.weekDay]), \(pad(f.date, 2)) \(monthNames[f.month]) \(yearString(f.year)) \(pad(f.hours, 2)):\(pad(f.minutes, 2)):\(pad(f.seconds, 2)) GMT"
  }

  /// The fixed en-US date form of toLocaleDateString: "3/1/2022". Years before 1 print as years of
  /// the BC era (year 0 is 1, year -1 is 2), without an era name, as ICU's en-US short form does.
  static func localeDateString(_ t: Double) -> String {
    let f = Fields(t)
    let year = f.year <= 0 ? 1 - f.year : f.year
    return "\(f.month + 1)/\(f.date)/\(year)"
  }

  /// The fixed en-US time form of toLocaleTimeString: "10:00:00 AM" (hours 1...12).
  static func localeTimeString(_ t: Double) -> String {
    let f = Fields(t)
    let hour = f.hours % 12 == 0 ? 12 : f.hours % 12
    return "\(hour):\(pad(f.minutes, 2)):\(pad(f.seconds, 2)) \(f.hours < 12 ? "AM" : "PM")"
  }
}
