import Foundation
import XCTest

@testable import VM

/// BigIntValue against node: hand-picked edge cases with node's results written in, then the
/// random cases of Fixtures/bigint.json (written by scripts/bigint-fixtures.mjs).
final class BigIntArithmeticTests: XCTestCase {
  /// Parses decimal or prefixed literal digits, with an optional "-"; the tests' inputs are valid.
  private func big(_ text: String) -> BigIntValue {
    if text.hasPrefix("-") { return big(String(text.dropFirst())).negated }
    guard let value = BigIntValue.parseLiteral(text) else {
      XCTFail("unparsable test input \(text)")
      return .zero
    }
    return value
  }

  private func assertValue(
    _ actual: BigIntValue, _ expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(actual.toString(radix: 10), expected, file: file, line: line)
  }

  private let m = "18446744073709551616"  // 2**64
  private let n = "340282366920938463463374607431768211455"  // 2**128 - 1

  // MARK: Representation

  func testCanonicalForm() {
    XCTAssertEqual(BigIntValue(0), .zero)
    XCTAssertTrue(BigIntValue(0).isZero)
    XCTAssertFalse(BigIntValue(0).negative)
    XCTAssertEqual(BigIntValue(0).magnitude, [])
    XCTAssertEqual(BigIntValue(-1).magnitude, [1])
    XCTAssertEqual(BigIntValue(1 << 32).magnitude, [0, 1])
    assertValue(BigIntValue(Int.min), "-9223372036854775808")
    assertValue(BigIntValue(Int.max), "9223372036854775807")
    XCTAssertEqual(big("-0"), .zero)
    XCTAssertFalse(big("5").negated.negated.negative)
    XCTAssertEqual(big("0x100000000") - big("4294967296"), .zero)
    XCTAssertFalse((big("7") - big("7")).negative)
    XCTAssertEqual(big(m).hashValue, big("0x10000000000000000").hashValue)
  }

  // MARK: Addition, subtraction, multiplication

  func testAddSubtract() {
    assertValue(big("18446744073709551615") + BigIntValue(1), m)
    assertValue(big(n) + BigIntValue(1), "340282366920938463463374607431768211456")
    assertValue(big(n).negated - BigIntValue(1), "-340282366920938463463374607431768211456")
    assertValue(BigIntValue(0) - big(m), "-18446744073709551616")
    assertValue(big(m) - big("18446744073709551615"), "1")
    assertValue(big(m) - big("18446744073709551617"), "-1")
    assertValue(BigIntValue(-5) + BigIntValue(3), "-2")
    assertValue(BigIntValue(5) + BigIntValue(-8), "-3")
    assertValue(BigIntValue(-5) + BigIntValue(5), "0")
    assertValue(big(n) - big(n), "0")
    assertValue(big("-" + m) + big(n), "340282366920938463444927863358058659839")
    assertValue(-big(m), "-18446744073709551616")
  }

  func testMultiply() {
    assertValue(big(m) * big(m), "340282366920938463463374607431768211456")
    assertValue(
      big(n) * big(n),
      "115792089237316195423570985008687907852589419931798687112530834793049593217025")
    assertValue(
      (big("0x1000000000000000000000000") + BigIntValue(1)) * big("18446744073709551615"),
      "1461501637330902918124456670220465426136098144255")
    assertValue(BigIntValue(-3) * BigIntValue(4), "-12")
    assertValue(BigIntValue(-3) * BigIntValue(-4), "12")
    assertValue(big("-" + n) * BigIntValue(0), "0")
    XCTAssertFalse((big("-" + n) * BigIntValue(0)).negative)
  }

  // MARK: Division

  func testDivisionSigns() {
    assertValue(BigIntValue(-7).divided(by: BigIntValue(2)), "-3")
    assertValue(BigIntValue(-7).remainder(dividingBy: BigIntValue(2)), "-1")
    assertValue(BigIntValue(7).divided(by: BigIntValue(-2)), "-3")
    assertValue(BigIntValue(7).remainder(dividingBy: BigIntValue(-2)), "1")
    assertValue(BigIntValue(-6).remainder(dividingBy: BigIntValue(3)), "0")
    XCTAssertFalse(BigIntValue(-6).remainder(dividingBy: BigIntValue(3)).negative)
    assertValue(BigIntValue(3).divided(by: big(m)), "0")
    assertValue(BigIntValue(-3).remainder(dividingBy: big(m)), "-3")
    let (quotient, remainder) = BigIntValue(100).quotientAndRemainder(dividingBy: BigIntValue(-7))
    assertValue(quotient, "-14")
    assertValue(remainder, "2")
  }

  func testLongDivision() {
    let square = big(n) * big(n)
    assertValue(
      square.divided(by: big("18446744073709551615")),
      "6277101735386680764176071790128604879547283307822093172735")
    assertValue(square.remainder(dividingBy: big("18446744073709551619")), "64")
    let power3 = BigIntValue(3).power(BigIntValue(200))
    let power7 = BigIntValue(7).power(BigIntValue(50))
    assertValue(power3.divided(by: power7), "147689269781346654697366079240021362541982658661987020")
    assertValue(power3.remainder(dividingBy: power7), "1043054234746676783066714664998769142256021")
    assertValue(power3.negated.divided(by: power7), "-147689269781346654697366079240021362541982658661987020")
    assertValue(
      power3.negated.remainder(dividingBy: power7), "-1043054234746676783066714664998769142256021")
    // Divisors whose top limbs make the first quotient estimate too large (Knuth's steps D3, D6).
    let dividend = big("0xffffffffffffffffffffffffffffffffffffffffffffffff")
    let divisor = big("0xffffffffffffffff0000000000000001")
    assertValue(dividend.divided(by: divisor), m)
    assertValue(dividend.remainder(dividingBy: divisor), "340282366920938463444927863358058659839")
    let tricky = big("0x7fffffff800000010000000000000000")
    let trickyDivisor = big("0x800000008000000200000005")
    assertValue(tricky.divided(by: trickyDivisor), "4294967293")
    assertValue(tricky.remainder(dividingBy: trickyDivisor), "39614081266355540837921718287")
    // The quotient and remainder recompose the dividend.
    let (q, r) = square.quotientAndRemainder(dividingBy: power7)
    XCTAssertEqual(q * power7 + r, square)
  }

  // MARK: Exponentiation

  func testPower() {
    assertValue(BigIntValue(3).power(BigIntValue(100)), "515377520732011331036461129765621272702107522001")
    assertValue(
      BigIntValue(-3).power(BigIntValue(101)), "-1546132562196033993109383389296863818106322566003")
    assertValue(BigIntValue(-2).power(BigIntValue(63)), "-9223372036854775808")
    assertValue(BigIntValue(2).power(BigIntValue(64)), m)
    assertValue(BigIntValue(2).power(BigIntValue(0)), "1")
    assertValue(BigIntValue(0).power(BigIntValue(0)), "1")
    assertValue(BigIntValue(0).power(BigIntValue(5)), "0")
    assertValue(BigIntValue(-1).power(BigIntValue(1001)), "-1")
    assertValue(BigIntValue(-1).power(big("0x10000000000000000000000000000")), "1")
    assertValue(BigIntValue(1).power(big(n)), "1")
    assertValue(BigIntValue(10).power(BigIntValue(40)), "10000000000000000000000000000000000000000")
  }

  // MARK: Bitwise operations

  func testBitwise() {
    assertValue(BigIntValue(-5) & BigIntValue(3), "3")
    assertValue(BigIntValue(-5) | BigIntValue(3), "-5")
    assertValue(BigIntValue(-5) ^ BigIntValue(-3), "6")
    assertValue(big("-" + m) & big("18446744073709551615"), "0")
    assertValue(big("-" + m) | BigIntValue(1), "-18446744073709551615")
    let minus70 = BigIntValue(2).power(BigIntValue(70)).negated
    let minus40 = BigIntValue(2).power(BigIntValue(40)).negated
    assertValue(minus70 & minus40, "-1180591620717411303424")
    assertValue(minus70 | minus40, "-1099511627776")
    assertValue(big(n) ^ BigIntValue(-1), "-340282366920938463463374607431768211456")
    assertValue(big("-" + n) ^ big(n), "-2")
    assertValue(BigIntValue(-1) & big(n), n)
    assertValue((big("-" + m) - BigIntValue(5)) & big("0xffffffff"), "4294967291")
    assertValue(BigIntValue(0) | BigIntValue(0), "0")
    assertValue(BigIntValue(0b1100) ^ BigIntValue(0b1010), "6")
  }

  func testBitwiseNot() {
    assertValue(BigIntValue(0).bitwiseNot, "-1")
    assertValue(BigIntValue(-1).bitwiseNot, "0")
    assertValue(big(m).bitwiseNot, "-18446744073709551617")
    assertValue(big("-" + m).bitwiseNot, "18446744073709551615")
  }

  // MARK: Shifts

  func testShifts() {
    assertValue(BigIntValue(1).shiftedLeft(by: 64), m)
    assertValue(BigIntValue(-1).shiftedLeft(by: 100), "-1267650600228229401496703205376")
    assertValue(big("0xdeadbeef").shiftedLeft(by: 37), "513462111395117006848")
    assertValue(BigIntValue(-1).shiftedRight(by: 1), "-1")
    assertValue(BigIntValue(-5).shiftedRight(by: 1), "-3")
    assertValue(BigIntValue(-4).shiftedRight(by: 1), "-2")
    assertValue(big("-" + m).shiftedRight(by: 64), "-1")
    assertValue((big("-" + m) - BigIntValue(1)).shiftedRight(by: 64), "-2")
    let power100 = BigIntValue(2).power(BigIntValue(100))
    assertValue(power100.negated.shiftedRight(by: 99), "-2")
    assertValue((power100 + BigIntValue(1)).negated.shiftedRight(by: 99), "-3")
    assertValue(big("-0x10000000100000000").shiftedRight(by: 32), "-4294967297")
    assertValue(big(n).shiftedRight(by: 127), "1")
    assertValue(big(n).shiftedRight(by: 128), "0")
    assertValue(big("-" + n).shiftedRight(by: 1000), "-1")
    assertValue(big(n).shiftedRight(by: -4), "5444517870735015415413993718908291383280")
    assertValue(big(n).shiftedLeft(by: -4), "21267647932558653966460912964485513215")
    assertValue(BigIntValue(0).shiftedLeft(by: 1000), "0")
    assertValue(BigIntValue(12345).shiftedLeft(by: 0), "12345")
  }

  // MARK: asIntN, asUintN

  func testWrapping() {
    let power63 = BigIntValue(2).power(BigIntValue(63))
    assertValue(power63.asIntN(bits: 64), "-9223372036854775808")
    assertValue(power63.negated.asIntN(bits: 64), "-9223372036854775808")
    assertValue((power63.negated - BigIntValue(1)).asIntN(bits: 64), "9223372036854775807")
    assertValue(BigIntValue(-1).asUintN(bits: 64), "18446744073709551615")
    assertValue(BigIntValue(-1).asUintN(bits: 65), "36893488147419103231")
    assertValue(BigIntValue(5).asUintN(bits: 0), "0")
    assertValue(BigIntValue(5).asIntN(bits: 0), "0")
    assertValue(BigIntValue(1).asIntN(bits: 1), "-1")
    assertValue(BigIntValue(-1).asIntN(bits: 1), "-1")
    assertValue(BigIntValue(255).asIntN(bits: 8), "-1")
    assertValue(BigIntValue(-129).asIntN(bits: 8), "127")
    assertValue((big("-" + m) - BigIntValue(1)).asUintN(bits: 32), "4294967295")
    assertValue(big("-" + n).asIntN(bits: 200), "-340282366920938463463374607431768211455")
    assertValue(
      big("-" + n).asUintN(bits: 200), "1606938044258990275541621809974241664058739619175361067089921")
    assertValue(big("0x100000000").asIntN(bits: 33), "-4294967296")
    // Huge widths leave small values alone without building 2^bits.
    assertValue(BigIntValue(-7).asIntN(bits: 1 << 53), "-7")
    assertValue(BigIntValue(7).asUintN(bits: 1 << 53), "7")
  }

  // MARK: Comparison

  func testCompare() {
    XCTAssertEqual(BigIntValue.compare(BigIntValue(-1), BigIntValue(0)), -1)
    XCTAssertEqual(BigIntValue.compare(big(n), big(m)), 1)
    XCTAssertEqual(BigIntValue.compare(big("-" + n), big("-" + m)), -1)
    XCTAssertEqual(BigIntValue.compare(big(m), big("0x10000000000000000")), 0)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(3), BigIntValue(-300)), 1)
  }

  func testCompareWithDouble() {
    XCTAssertEqual(BigIntValue.compare(BigIntValue(0), 0.5), -1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(0), -0.5), 1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(-1), -0.5), -1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(0), -0.0), 0)
    XCTAssertEqual(BigIntValue.compare(big(m), 18_446_744_073_709_551_616.0), 0)
    XCTAssertEqual(BigIntValue.compare(big("18446744073709551615"), 18_446_744_073_709_551_616.0), -1)
    XCTAssertEqual(BigIntValue.compare(big("18446744073709551617"), 18_446_744_073_709_551_616.0), 1)
    XCTAssertEqual(BigIntValue.compare(big("9007199254740993"), 9_007_199_254_740_992.0), 1)
    XCTAssertEqual(BigIntValue.compare(big(n), .infinity), -1)
    XCTAssertEqual(BigIntValue.compare(big("-" + n), -.infinity), 1)
    XCTAssertNil(BigIntValue.compare(BigIntValue(0), .nan))
    XCTAssertEqual(BigIntValue.compare(BigIntValue(1), 0.9999999999999999), 1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(-3), -2.5), -1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(-2), -2.5), 1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(2).power(BigIntValue(1024)), .greatestFiniteMagnitude), 1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(0), .leastNonzeroMagnitude), -1)
    XCTAssertEqual(BigIntValue.compare(BigIntValue(0), -.leastNonzeroMagnitude), 1)
  }

  // MARK: Doubles

  func testDoubleValue() {
    XCTAssertEqual(BigIntValue(0).doubleValue, 0)
    XCTAssertEqual(big("-12345").doubleValue, -12345)
    // Ties round to even around 2^53 and 2^54.
    XCTAssertEqual(big("9007199254740993").doubleValue, 9_007_199_254_740_992)
    XCTAssertEqual(big("9007199254740995").doubleValue, 9_007_199_254_740_996)
    XCTAssertEqual(big("18014398509481986").doubleValue, 18_014_398_509_481_984)
    XCTAssertEqual(big("18014398509481990").doubleValue, 18_014_398_509_481_992)
    // A tie broken by a bit far below the top 64.
    let aboveTie = big("9007199254740993").shiftedLeft(by: 100) + BigIntValue(1)
    XCTAssertEqual(aboveTie.doubleValue, 1.1417981541647682e+46)
    XCTAssertEqual(big("9007199254740993").shiftedLeft(by: 100).doubleValue, 1.141798154164768e+46)
    XCTAssertEqual(big(m).doubleValue, 18_446_744_073_709_551_616)
    XCTAssertEqual(big("18446744073709551615").doubleValue, 18_446_744_073_709_551_616)
    XCTAssertEqual(big("-" + n).doubleValue, -3.402823669209385e+38)
    XCTAssertEqual(big("0x1fffffffffffff8").doubleValue, 144_115_188_075_855_870)
    XCTAssertEqual(big("0x1fffffffffffff7f").doubleValue, 2_305_843_009_213_693_700)
    XCTAssertEqual(BigIntValue(10).power(BigIntValue(30)).doubleValue, 1e30)
    // Near the top of the double range: half an ulp below 2^1024 rounds up to infinity.
    let power1024 = BigIntValue(2).power(BigIntValue(1024))
    XCTAssertEqual(power1024.doubleValue, .infinity)
    XCTAssertEqual((power1024 - BigIntValue(2).power(BigIntValue(970))).doubleValue, .infinity)
    XCTAssertEqual(
      (power1024 - BigIntValue(2).power(BigIntValue(970)) - BigIntValue(1)).doubleValue,
      .greatestFiniteMagnitude)
    XCTAssertEqual((power1024 - BigIntValue(2).power(BigIntValue(971))).doubleValue, .greatestFiniteMagnitude)
    XCTAssertEqual(BigIntValue(2).power(BigIntValue(2000)).negated.doubleValue, -.infinity)
  }

  func testExactlyDouble() {
    assertValue(BigIntValue(exactly: 18_446_744_073_709_551_616.0)!, m)
    assertValue(BigIntValue(exactly: -9_007_199_254_740_992.0)!, "-9007199254740992")
    assertValue(BigIntValue(exactly: -0.0)!, "0")
    XCTAssertFalse(BigIntValue(exactly: -0.0)!.negative)
    assertValue(
      BigIntValue(exactly: 1e300)!,
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
    )
    XCTAssertEqual(BigIntValue(exactly: .greatestFiniteMagnitude)!.doubleValue, .greatestFiniteMagnitude)
    XCTAssertNil(BigIntValue(exactly: 0.5))
    XCTAssertNil(BigIntValue(exactly: -1.5))
    XCTAssertNil(BigIntValue(exactly: .nan))
    XCTAssertNil(BigIntValue(exactly: .infinity))
  }

  // MARK: Text

  func testToString() {
    XCTAssertEqual(big(n).toString(radix: 2), String(repeating: "1", count: 128))
    XCTAssertEqual(big(n).toString(radix: 16), "ffffffffffffffffffffffffffffffff")
    XCTAssertEqual(big(n).toString(radix: 36), "f5lxx1zz5pnorynqglhzmsp33")
    XCTAssertEqual(big("-" + n).toString(radix: 36), "-f5lxx1zz5pnorynqglhzmsp33")
    XCTAssertEqual(big(m).toString(radix: 7), "45012021522523134134602")
    XCTAssertEqual(BigIntValue(-255).toString(radix: 2), "-11111111")
    XCTAssertEqual(BigIntValue(2).power(BigIntValue(100)).toString(radix: 36), "3ewfdnca0n6ld1ggvfgg")
    // Chunks of nine decimal digits keep their inner zeros.
    XCTAssertEqual(
      (BigIntValue(10).power(BigIntValue(40)) + BigIntValue(1)).toString(radix: 10),
      "10000000000000000000000000000000000000001")
    XCTAssertEqual(BigIntValue(10).power(BigIntValue(18)).toString(radix: 10), "1000000000000000000")
    XCTAssertEqual(BigIntValue(-1_000_000_000).toString(radix: 10), "-1000000000")
    XCTAssertEqual(BigIntValue(0).toString(radix: 36), "0")
    XCTAssertEqual(BigIntValue(35).toString(radix: 36), "z")
  }

  func testParseLiteral() {
    assertValue(BigIntValue.parseLiteral("0")!, "0")
    assertValue(BigIntValue.parseLiteral("0x1F")!, "31")
    assertValue(BigIntValue.parseLiteral("0XfF")!, "255")
    assertValue(BigIntValue.parseLiteral("0o17")!, "15")
    assertValue(BigIntValue.parseLiteral("0B101")!, "5")
    assertValue(BigIntValue.parseLiteral("123456789012345678901234567890")!, "123456789012345678901234567890")
    assertValue(BigIntValue.parseLiteral("0xffffffffffffffffffffffffffffffff")!, n)
    XCTAssertNil(BigIntValue.parseLiteral(""))
    XCTAssertNil(BigIntValue.parseLiteral("0x"))
    XCTAssertNil(BigIntValue.parseLiteral("0b2"))
    XCTAssertNil(BigIntValue.parseLiteral("1_000"))
    XCTAssertNil(BigIntValue.parseLiteral("12n"))
    XCTAssertNil(BigIntValue.parseLiteral("-1"))
  }

  func testStringToBigInt() {
    // Each input and node's BigInt(input), or nil where node throws a SyntaxError.
    let cases: [(String, String?)] = [
      ("", "0"), ("   ", "0"), (" \t\n 12 \u{A0}", "12"), ("\u{FEFF}-42\u{2028}", "-42"), ("+7", "7"),
      ("-0", "0"), ("0x1F", "31"), ("0XfF", "255"), ("0o17", "15"), ("0O7", "7"), ("0b101", "5"),
      ("0B2", nil), ("-0x10", nil), ("+0x10", nil), ("0x", nil), ("1.5", nil), ("1e3", nil), ("1.", nil),
      (".5", nil), ("Infinity", nil), ("12n", nil), ("1_000", nil), ("- 1", nil), ("--1", nil), ("+", nil),
      ("-", nil), ("007", "7"), ("0x0000ff", "255"), ("\u{3000} 99\u{2029}", "99"), ("\u{200B}1", nil),
      ("00000000000000000000000000000000000000001", "1"),
      ("123456789012345678901234567890", "123456789012345678901234567890"), ("abc", nil), ("1 2", nil),
    ]
    for (input, expected) in cases {
      let value = BigIntValue.fromString(Array(input.utf16))
      XCTAssertEqual(value?.toString(radix: 10), expected, "BigInt(\(input.debugDescription))")
    }
    XCTAssertFalse(BigIntValue.fromString(Array("-0".utf16))!.negative)
  }

  func testRoundTripLargeDecimal() {
    let value = BigIntValue(7).power(BigIntValue(5000)).negated
    let text = value.toString(radix: 10)
    XCTAssertEqual(text.count, 4227)
    XCTAssertEqual(BigIntValue.fromString(Array(text.utf16)), value)
    XCTAssertEqual(BigIntValue.parseLiteral("0x" + value.toString(radix: 16).dropFirst())?.negated, value)
  }

  // MARK: Fixtures

  private struct Fixture: Decodable {
    let op: String
    let a: String
    let b: String?
    let n: Int?
    let r: String
  }

  private struct FixtureFile: Decodable {
    let cases: [Fixture]
  }

  /// Every case node computed in Fixtures/bigint.json.
  func testFixtures() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "bigint", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try JSONDecoder().decode(FixtureFile.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThan(cases.count, 1000)
    var failures = 0
    for fixture in cases {
      let a = big(fixture.a)
      let b = fixture.b ?? "0"
      let actual: String
      switch fixture.op {
      case "add": actual = (a + big(b)).description
      case "sub": actual = (a - big(b)).description
      case "mul": actual = (a * big(b)).description
      case "div": actual = a.divided(by: big(b)).description
      case "rem": actual = a.remainder(dividingBy: big(b)).description
      case "and": actual = (a & big(b)).description
      case "or": actual = (a | big(b)).description
      case "xor": actual = (a ^ big(b)).description
      case "compare": actual = String(BigIntValue.compare(a, big(b)))
      case "shl": actual = a.shiftedLeft(by: fixture.n!).description
      case "shr": actual = a.shiftedRight(by: fixture.n!).description
      case "pow": actual = a.power(BigIntValue(fixture.n!)).description
      case "toString": actual = a.toString(radix: fixture.n!)
      case "asIntN": actual = a.asIntN(bits: fixture.n!).description
      case "asUintN": actual = a.asUintN(bits: fixture.n!).description
      case "not": actual = a.bitwiseNot.description
      case "number":
        let expected = try XCTUnwrap(Double(fixture.r), fixture.r)
        actual = a.doubleValue == expected ? fixture.r : "\(a.doubleValue)"
      case "compareNumber":
        let number = try XCTUnwrap(Double(fixture.b ?? ""))
        actual = BigIntValue.compare(a, number).map { String($0) } ?? "nil"
      default:
        XCTFail("unknown fixture operation \(fixture.op)")
        continue
      }
      if actual != fixture.r {
        failures += 1
        XCTFail(
          "\(fixture.op)(\(fixture.a), \(fixture.b ?? fixture.n.map(String.init) ?? "")): \(actual), node \(fixture.r)"
        )
      }
    }
    XCTAssertEqual(failures, 0)
  }
}
