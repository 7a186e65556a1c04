/// BigInt literal text in decimal: the constant pool stores BigInts as decimal digits, whatever
/// base the source wrote them in.
enum BigIntText {
  /// `0x1Fn`, `1_000n`, `0b101n`, `0o17n` -> "31", "1000", "5", "15".
  static func decimal(_ literal: String) -> String {
    var text = literal.filter { $0 != "_" && $0 != "n" }
    var radix = 10
    if text.count > 2 && text.first == "0" {
      switch text.dropFirst().first?.lowercased() {
      case "x": radix = 16
      case "o": radix = 8
      case "b": radix = 2
      default: break
      }
      if radix != 10 { text = String(text.dropFirst(2)) }
    }
    if radix == 10 {
      let trimmed = text.drop { $0 == "0" }
      return trimmed.isEmpty ? "0" : String(trimmed)
    }
    // Little-endian base-10^9 limbs, multiplied up digit by digit.
    var limbs: [UInt64] = [0]
    for character in text {
      guard let digit = character.hexDigitValue else { continue }
      var carry = UInt64(digit)
      for index in limbs.indices {
        let value = limbs[index] * UInt64(radix) + carry
        limbs[index] = value % 1_000_000_000
        carry = value / 1_000_000_000
      }
      while carry > 0 {
        limbs.append(carry % 1_000_000_000)
        carry /= 1_000_000_000
      }
    }
    var out = String(limbs.last!)
    for limb in limbs.dropLast().reversed() {
      let digits = String(limb)
      out += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return out
  }
}
