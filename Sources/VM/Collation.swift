import Foundation

/// `String.prototype.localeCompare`'s one fixed locale: an approximation of the Unicode root
/// collation (what node's ICU does for `"en"`), so that sorting with `localeCompare` gives node's
/// order for the text packages sort: Latin letters with accents, case, digits, punctuation.
///
/// Three levels, as in the Unicode Collation Algorithm: base characters first (whitespace <
/// punctuation < symbols < currency < digits < Latin letters < other scripts by code point), then
/// accents, then case (lower before upper) and compatibility forms. Strings equal on all three
/// levels compare equal (`"é"` and `"e\u{301}"` give 0). Not implemented: contractions of other
/// languages, the full DUCET order of symbols, and anything locale-specific: `locales` and
/// `options` arguments are ignored.
enum Collation {
  /// One collation element: weights at the three levels.
  struct Element {
    var primary: UInt32
    var secondary: UInt16
    var tertiary: UInt8
  }

  /// ASCII punctuation and symbols in the root collation's order.
  private static let asciiPunctuation = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

  /// Secondary weights of the common combining marks, in the root collation's order.
  private static let accentOrder: [UInt32] = [
    0x301, 0x300, 0x306, 0x302, 0x30C, 0x30A, 0x308, 0x30B, 0x303, 0x307, 0x327, 0x328, 0x304,
  ]

  /// Latin letters that do not decompose but sort as (sequences of) base letters with an accent-
  /// level difference, or (þ) after z.
  private static let latinSpecials: [UInt32: (letters: String, secondary: UInt16)] = [
    0xE6: ("ae", 1), 0xC6: ("AE", 1), 0x153: ("oe", 1), 0x152: ("OE", 1), 0xDF: ("ss", 1), 0x1E9E: ("SS", 1),
    0xF8: ("o", 40), 0xD8: ("O", 40), 0x111: ("d", 40), 0x110: ("D", 40), 0xF0: ("d", 41), 0xD0: ("D", 41),
    0x142: ("l", 40), 0x141: ("L", 40), 0x131: ("i", 40), 0x14B: ("n", 40), 0x14A: ("N", 40),
  ]

  nonisolated(unsafe) private static var decompositionCache: [UInt32: [Unicode.Scalar]] = [:]

  static func compare(_ a: [UInt16], _ b: [UInt16]) -> Int {
    if a == b { return 0 }
    let left = elements(a)
    let right = elements(b)
    for level in 0..<3 {
      let x = weights(left, level: level)
      let y = weights(right, level: level)
      if x != y { return x.lexicographicallyPrecedes(y) ? -1 : 1 }
    }
    return 0
  }

  private static func weights(_ elements: [Element], level: Int) -> [UInt32] {
    switch level {
    case 0: return elements.compactMap { $0.primary == 0 ? nil : $0.primary }
    case 1: return elements.map { UInt32($0.secondary) }
    default: return elements.map { UInt32($0.tertiary) }
    }
  }

  static func elements(_ units: [UInt16]) -> [Element] {
    var out: [Element] = []
    // Canonical decomposition and reordering first, so canonically equivalent strings (marks in
    // either order) give the same elements.
    for scalar in String(decoding: units, as: UTF16.self).decomposedStringWithCanonicalMapping.unicodeScalars
    {
      if scalar.value < 0x80 {
        append(scalar, compatibility: false, to: &out)
        continue
      }
      // The text is already canonically decomposed: a scalar whose compatibility decomposition is
      // not itself is a compatibility form (ﬁ, ², ™).
      let decomposed = decomposition(of: scalar)
      let compatibility = decomposed != [scalar]
      for part in decomposed { append(part, compatibility: compatibility, to: &out) }
    }
    // Completely ignorable characters (controls, format characters) weigh nothing at any level.
    return out.filter { $0.primary != 0 || $0.secondary != 0 || $0.tertiary != 0 }
  }

  private static func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if let cached = decompositionCache[scalar.value] { return cached }
    let parts = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
    decompositionCache[scalar.value] = parts
    return parts
  }

  private static func append(_ scalar: Unicode.Scalar, compatibility: Bool, to out: inout [Element]) {
    let value = scalar.value
    let properties = scalar.properties
    // Case, then compatibility forms: a < ﬁ-style forms of lowercase < A.
    let extra: UInt8 = compatibility ? 1 : 0
    let tertiary: UInt8 = (properties.isUppercase ? 2 : 0) + extra
    // Letters: a-z first, then the specials, then other scripts by code point.
    if let special = latinSpecials[value] {
      for (index, letter) in special.letters.unicodeScalars.enumerated() {
        out.append(
          Element(
            primary: latinPrimary(letter), secondary: index == 0 ? special.secondary : 0,
            tertiary: (letter.properties.isUppercase ? 2 : 0) + extra))
      }
      return
    }
    switch value {
    case 0x61...0x7A, 0x41...0x5A:
      out.append(Element(primary: latinPrimary(scalar), secondary: 0, tertiary: tertiary))
      return
    case 0xFE, 0xDE:  // þ Þ: after z
      out.append(Element(primary: latinPrimary("z") + 8, secondary: 0, tertiary: tertiary))
      return
    default: break
    }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark:
      // An accent weighs on the character before it, at the second level.
      let rank = accentOrder.firstIndex(of: value).map { UInt16($0 + 1) } ?? UInt16(truncatingIfNeeded: value)
      if var last = out.popLast(), last.secondary == 0 {
        last.secondary = rank
        out.append(last)
      } else {
        out.append(Element(primary: 0, secondary: rank, tertiary: 0))
      }
    case .control, .format, .unassigned, .surrogate, .privateUse:
      out.append(
        Element(
          primary: value == 0x09 || value == 0x0A || value == 0x0D ? 0x100 + value : 0, secondary: 0,
          tertiary: 0))
    case .spaceSeparator, .lineSeparator, .paragraphSeparator:
      out.append(Element(primary: 0x120 + (value & 0xFF), secondary: 0, tertiary: extra))
    case .decimalNumber:
      out.append(
        Element(primary: 0x50000 + UInt32(properties.numericValue ?? 0), secondary: 0, tertiary: extra))
    case .currencySymbol:
      if let index = asciiPunctuation.firstIndex(of: scalar) {
        out.append(Element(primary: 0x200 + UInt32(index), secondary: 0, tertiary: 0))
      } else {
        out.append(Element(primary: 0x40000 + value, secondary: 0, tertiary: extra))
      }
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .letterNumber, .otherNumber:
      let lower = String(scalar).lowercased().unicodeScalars.first?.value ?? value
      out.append(Element(primary: 0x100000 + lower, secondary: 0, tertiary: tertiary))
    default:
      if let index = asciiPunctuation.firstIndex(of: scalar) {
        out.append(Element(primary: 0x200 + UInt32(index), secondary: 0, tertiary: 0))
      } else {
        out.append(Element(primary: 0x1000 + value, secondary: 0, tertiary: extra))
      }
    }
  }

  private static func latinPrimary(_ letter: Unicode.Scalar) -> UInt32 {
    let lower = letter.value | 0x20
    return 0x60000 + (lower - 0x61) * 16
  }
}
