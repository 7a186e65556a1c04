import Foundation
import XCTest

@testable import VM

/// Number/string conversions against results taken from node (V8): hard-coded cases for each
/// function and its edge cases, then every case of the generated fixture
/// (Fixtures/numbers.json, written by scripts/number-fixtures.mjs).
final class NumberConversionsTests: XCTestCase {
  func units(_ text: String) -> [UInt16] { Array(text.utf16) }

  /// Compares doubles bit for bit, so -0 differs from 0, with every NaN equal to every other.
  func assertNumber(_ actual: Double, _ expected: Double, file: StaticString = #filePath, line: UInt = #line)
  {
    if expected.isNaN {
      XCTAssertTrue(actual.isNaN, "\(actual) is not NaN", file: file, line: line)
    } else {
      XCTAssertEqual(
        actual.bitPattern, expected.bitPattern, "\(actual) != \(expected)", file: file, line: line)
    }
  }

  func testNumberToString() {
    XCTAssertEqual(numberToString(0), "0")
    XCTAssertEqual(numberToString(-0.0), "0")
    XCTAssertEqual(numberToString(.nan), "NaN")
    XCTAssertEqual(numberToString(.infinity), "Infinity")
    XCTAssertEqual(numberToString(-.infinity), "-Infinity")
    XCTAssertEqual(numberToString(1), "1")
    XCTAssertEqual(numberToString(-1), "-1")
    XCTAssertEqual(numberToString(42), "42")
    XCTAssertEqual(numberToString(-7), "-7")
    XCTAssertEqual(numberToString(1e+21), "1e+21")
    XCTAssertEqual(numberToString(1e-7), "1e-7")
    XCTAssertEqual(numberToString(1.2345678901234568e+20), "123456789012345680000")
    XCTAssertEqual(numberToString(0.000001), "0.000001")
    XCTAssertEqual(numberToString(1e+20), "100000000000000000000")
    XCTAssertEqual(numberToString(9.999999999999999e+20), "999999999999999900000")
    XCTAssertEqual(numberToString(0.000001), "0.000001")
    XCTAssertEqual(numberToString(1.5e-7), "1.5e-7")
    XCTAssertEqual(numberToString(0.1), "0.1")
    XCTAssertEqual(numberToString(0.30000000000000004), "0.30000000000000004")
    XCTAssertEqual(numberToString(123.456), "123.456")
    XCTAssertEqual(numberToString(-123.456), "-123.456")
    XCTAssertEqual(numberToString(Double(bitPattern: 0x1)), "5e-324")
    XCTAssertEqual(numberToString(Double(bitPattern: 0x8000000000000001)), "-5e-324")
    XCTAssertEqual(numberToString(1.7976931348623157e+308), "1.7976931348623157e+308")
    XCTAssertEqual(numberToString(9.007199254740992e+15), "9007199254740992")
    XCTAssertEqual(numberToString(9.007199254740994e+15), "9007199254740994")
    XCTAssertEqual(numberToString(2147483648), "2147483648")
    XCTAssertEqual(numberToString(-2147483648), "-2147483648")
    XCTAssertEqual(numberToString(4294967296), "4294967296")
    XCTAssertEqual(numberToString(1.152921504606847e+18), "1152921504606847000")
    XCTAssertEqual(numberToString(0.3333333333333333), "0.3333333333333333")
    XCTAssertEqual(numberToString(100), "100")
    XCTAssertEqual(numberToString(1e+100), "1e+100")
    XCTAssertEqual(numberToString(1.2e-300), "1.2e-300")
    XCTAssertEqual(numberToString(2.2250738585072014e-308), "2.2250738585072014e-308")
    XCTAssertEqual(numberToString(4.35), "4.35")
    XCTAssertEqual(numberToString(0.000123), "0.000123")
    XCTAssertEqual(numberToString(123456789000000), "123456789000000")
    XCTAssertEqual(numberToString(1e+16), "10000000000000000")
    XCTAssertEqual(numberToString(1e+17), "100000000000000000")
    XCTAssertEqual(numberToString(9007199254740991), "9007199254740991")
    XCTAssertEqual(numberToString(-9007199254740991), "-9007199254740991")
    XCTAssertEqual(numberToString(0.00001), "0.00001")
  }

  func testNumberToStringRadix() {
    XCTAssertEqual(numberToString(0.1, radix: 3), "0.0022002200220022002200220022002201")
    XCTAssertEqual(numberToString(255, radix: 16), "ff")
    XCTAssertEqual(numberToString(-255, radix: 16), "-ff")
    XCTAssertEqual(numberToString(-255.5, radix: 16), "-ff.8")
    XCTAssertEqual(numberToString(0.5, radix: 2), "0.1")
    XCTAssertEqual(numberToString(1e+21, radix: 36), "5v1j4f4ds7c000")
    XCTAssertEqual(numberToString(9.007199254740992e+15, radix: 3), "1121202011211211122211100012101112")
    XCTAssertEqual(numberToString(-0.1, radix: 7), "-0.04620462046204620463")
    XCTAssertEqual(
      numberToString(Double(bitPattern: 0x1), radix: 2),
      "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"
    )
    XCTAssertEqual(
      numberToString(1.7976931348623157e+308, radix: 36),
      "1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    )
    XCTAssertEqual(numberToString(0.3, radix: 2), "0.010011001100110011001100110011001100110011001100110011")
    XCTAssertEqual(numberToString(0.3333333333333333, radix: 3), "0.1")
    XCTAssertEqual(numberToString(123.456, radix: 36), "3f.gez4w97ry")
    XCTAssertEqual(numberToString(0, radix: 2), "0")
    XCTAssertEqual(numberToString(-0.0, radix: 36), "0")
    XCTAssertEqual(numberToString(.nan, radix: 2), "NaN")
    XCTAssertEqual(numberToString(.infinity, radix: 16), "Infinity")
    XCTAssertEqual(numberToString(-.infinity, radix: 8), "-Infinity")
    XCTAssertEqual(numberToString(35, radix: 36), "z")
    XCTAssertEqual(numberToString(3.14159, radix: 8), "3.11037476006703156")
    XCTAssertEqual(numberToString(1e-7, radix: 5), "0.000000000044201334330402232142411")
    XCTAssertEqual(numberToString(-1234567.890625, radix: 32), "-15lk7.sg")
    XCTAssertEqual(numberToString(1.180591620718485e+21, radix: 7), "6106454640562001312000000")
    XCTAssertEqual(numberToString(0.000001, radix: 17), "0.00001725cef53f6ded")
    XCTAssertEqual(numberToString(42, radix: 10), "42")
    XCTAssertEqual(
      numberToString(1e+300, radix: 2),
      "1011111100100001111001000100000000000011101011001110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    )
  }

  func testNumberToFixed() {
    XCTAssertEqual(numberToFixed(1.005, digits: 2), "1.00")
    XCTAssertEqual(numberToFixed(1.45, digits: 1), "1.4")
    XCTAssertEqual(numberToFixed(8.345, digits: 2), "8.35")
    XCTAssertEqual(numberToFixed(1e-10, digits: 20), "0.00000000010000000000")
    XCTAssertEqual(numberToFixed(0.5, digits: 0), "1")
    XCTAssertEqual(numberToFixed(1.5, digits: 0), "2")
    XCTAssertEqual(numberToFixed(2.5, digits: 0), "3")
    XCTAssertEqual(numberToFixed(-2.5, digits: 0), "-3")
    XCTAssertEqual(numberToFixed(-1e-7, digits: 2), "-0.00")
    XCTAssertEqual(numberToFixed(-0.0, digits: 2), "0.00")
    XCTAssertEqual(numberToFixed(0, digits: 0), "0")
    XCTAssertEqual(numberToFixed(1e+21, digits: 2), "1e+21")
    XCTAssertEqual(numberToFixed(-1e+21, digits: 3), "-1e+21")
    XCTAssertEqual(numberToFixed(9.999999999999999e+20, digits: 2), "999999999999999868928.00")
    XCTAssertEqual(numberToFixed(123.456, digits: 0), "123")
    XCTAssertEqual(numberToFixed(123.456, digits: 10), "123.4560000000")
    XCTAssertEqual(numberToFixed(1.23, digits: 30), "1.229999999999999982236431605997")
    XCTAssertEqual(
      numberToFixed(0.1, digits: 100),
      "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"
    )
    XCTAssertEqual(
      numberToFixed(Double(bitPattern: 0x1), digits: 100),
      "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    )
    XCTAssertEqual(numberToFixed(1.7976931348623157e+308, digits: 5), "1.7976931348623157e+308")
    XCTAssertEqual(numberToFixed(.nan, digits: 2), "NaN")
    XCTAssertEqual(numberToFixed(.infinity, digits: 1), "Infinity")
    XCTAssertEqual(numberToFixed(-.infinity, digits: 0), "-Infinity")
    XCTAssertEqual(numberToFixed(0.000001, digits: 5), "0.00000")
    XCTAssertEqual(numberToFixed(5e-7, digits: 6), "0.000000")
    XCTAssertEqual(numberToFixed(1.255, digits: 2), "1.25")
    XCTAssertEqual(numberToFixed(10.235, digits: 2), "10.23")
    XCTAssertEqual(numberToFixed(4.35, digits: 1), "4.3")
    XCTAssertEqual(numberToFixed(1e+20, digits: 1), "100000000000000000000.0")
    XCTAssertEqual(numberToFixed(9.007199254740992e+15, digits: 3), "9007199254740992.000")
    XCTAssertEqual(numberToFixed(1234.5678, digits: 25), "1234.5678000000000338332029060")
    XCTAssertEqual(numberToFixed(0.045, digits: 2), "0.04")
  }

  func testNumberToExponential() {
    XCTAssertEqual(numberToExponential(123.456, digits: nil), "1.23456e+2")
    XCTAssertEqual(numberToExponential(123.456, digits: 2), "1.23e+2")
    XCTAssertEqual(numberToExponential(0, digits: 2), "0.00e+0")
    XCTAssertEqual(numberToExponential(0, digits: nil), "0e+0")
    XCTAssertEqual(numberToExponential(-0.0, digits: 0), "0e+0")
    XCTAssertEqual(numberToExponential(9.995, digits: 2), "9.99e+0")
    XCTAssertEqual(numberToExponential(1.005, digits: 2), "1.00e+0")
    XCTAssertEqual(numberToExponential(1.5, digits: 0), "2e+0")
    XCTAssertEqual(numberToExponential(2.5, digits: 0), "3e+0")
    XCTAssertEqual(numberToExponential(1e+21, digits: nil), "1e+21")
    XCTAssertEqual(numberToExponential(Double(bitPattern: 0x1), digits: nil), "5e-324")
    XCTAssertEqual(numberToExponential(Double(bitPattern: 0x1), digits: 3), "4.941e-324")
    XCTAssertEqual(numberToExponential(1.7976931348623157e+308, digits: 20), "1.79769313486231570815e+308")
    XCTAssertEqual(numberToExponential(0.1, digits: 20), "1.00000000000000005551e-1")
    XCTAssertEqual(
      numberToExponential(0.1, digits: 100),
      "1.0000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000e-1"
    )
    XCTAssertEqual(numberToExponential(-1.25, digits: 1), "-1.3e+0")
    XCTAssertEqual(numberToExponential(.nan, digits: 2), "NaN")
    XCTAssertEqual(numberToExponential(.infinity, digits: nil), "Infinity")
    XCTAssertEqual(numberToExponential(-.infinity, digits: 5), "-Infinity")
    XCTAssertEqual(numberToExponential(12345, digits: 2), "1.23e+4")
    XCTAssertEqual(numberToExponential(99.99, digits: 2), "1.00e+2")
    XCTAssertEqual(numberToExponential(1, digits: nil), "1e+0")
    XCTAssertEqual(numberToExponential(1e-7, digits: nil), "1e-7")
    XCTAssertEqual(numberToExponential(0.00015, digits: 0), "1e-4")
  }

  func testNumberToPrecision() {
    XCTAssertEqual(numberToPrecision(0, precision: 1), "0")
    XCTAssertEqual(numberToPrecision(0, precision: 3), "0.00")
    XCTAssertEqual(numberToPrecision(-0.0, precision: 2), "0.0")
    XCTAssertEqual(numberToPrecision(1e+21, precision: 3), "1.00e+21")
    XCTAssertEqual(numberToPrecision(123.456, precision: 4), "123.5")
    XCTAssertEqual(numberToPrecision(123.456, precision: 1), "1e+2")
    XCTAssertEqual(numberToPrecision(123.456, precision: 3), "123")
    XCTAssertEqual(numberToPrecision(123.456, precision: 2), "1.2e+2")
    XCTAssertEqual(numberToPrecision(0.00000123, precision: 2), "0.0000012")
    XCTAssertEqual(numberToPrecision(0.000001, precision: 1), "0.000001")
    XCTAssertEqual(numberToPrecision(1e-7, precision: 1), "1e-7")
    XCTAssertEqual(numberToPrecision(99.99, precision: 3), "100")
    XCTAssertEqual(numberToPrecision(0.1, precision: 17), "0.10000000000000001")
    XCTAssertEqual(
      numberToPrecision(0.1, precision: 100),
      "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"
    )
    XCTAssertEqual(numberToPrecision(1.005, precision: 3), "1.00")
    XCTAssertEqual(numberToPrecision(1.45, precision: 2), "1.4")
    XCTAssertEqual(numberToPrecision(Double(bitPattern: 0x1), precision: 2), "4.9e-324")
    XCTAssertEqual(numberToPrecision(1.7976931348623157e+308, precision: 1), "2e+308")
    XCTAssertEqual(numberToPrecision(.nan, precision: 5), "NaN")
    XCTAssertEqual(numberToPrecision(.infinity, precision: 1), "Infinity")
    XCTAssertEqual(numberToPrecision(-.infinity, precision: 10), "-Infinity")
    XCTAssertEqual(numberToPrecision(-1.5, precision: 1), "-2")
    XCTAssertEqual(numberToPrecision(2.5, precision: 1), "3")
    XCTAssertEqual(numberToPrecision(123456, precision: 6), "123456")
    XCTAssertEqual(numberToPrecision(123456, precision: 5), "1.2346e+5")
    XCTAssertEqual(numberToPrecision(0.000001, precision: 2), "0.0000010")
    XCTAssertEqual(numberToPrecision(9.9999999e-7, precision: 3), "0.00000100")
  }

  func testStringToNumber() {
    assertNumber(stringToNumber(units("")), 0)
    assertNumber(stringToNumber(units("   ")), 0)
    assertNumber(stringToNumber(units(" 12 ")), 12)
    assertNumber(stringToNumber(units("\u{9}\u{A}\u{B}\u{C}\u{D} 7 \u{A0}")), 7)
    assertNumber(
      stringToNumber(
        units("\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}8\u{FEFF}")), 8)
    assertNumber(stringToNumber(units("\u{180E}1")), .nan)
    assertNumber(stringToNumber(units("0x1F")), 31)
    assertNumber(stringToNumber(units("0X1f")), 31)
    assertNumber(stringToNumber(units("-0x1")), .nan)
    assertNumber(stringToNumber(units("+0x1")), .nan)
    assertNumber(stringToNumber(units("0x")), .nan)
    assertNumber(stringToNumber(units("0xg")), .nan)
    assertNumber(stringToNumber(units("0b101")), 5)
    assertNumber(stringToNumber(units("0B2")), .nan)
    assertNumber(stringToNumber(units("0o17")), 15)
    assertNumber(stringToNumber(units("0o8")), .nan)
    assertNumber(stringToNumber(units("Infinity")), .infinity)
    assertNumber(stringToNumber(units("-Infinity")), -.infinity)
    assertNumber(stringToNumber(units("+Infinity")), .infinity)
    assertNumber(stringToNumber(units("infinity")), .nan)
    assertNumber(stringToNumber(units("Infinityx")), .nan)
    assertNumber(stringToNumber(units("NaN")), .nan)
    assertNumber(stringToNumber(units("1e3")), 1000)
    assertNumber(stringToNumber(units("1E-3")), 0.001)
    assertNumber(stringToNumber(units(".5")), 0.5)
    assertNumber(stringToNumber(units("5.")), 5)
    assertNumber(stringToNumber(units(".")), .nan)
    assertNumber(stringToNumber(units("+.5")), 0.5)
    assertNumber(stringToNumber(units("-0")), -0.0)
    assertNumber(stringToNumber(units("+0")), 0)
    assertNumber(stringToNumber(units("1_000")), .nan)
    assertNumber(stringToNumber(units("1e")), .nan)
    assertNumber(stringToNumber(units("1e+")), .nan)
    assertNumber(stringToNumber(units("00012")), 12)
    assertNumber(stringToNumber(units("1e1000")), .infinity)
    assertNumber(stringToNumber(units("-1e1000")), -.infinity)
    assertNumber(stringToNumber(units("1e-400")), 0)
    assertNumber(stringToNumber(units("9007199254740993")), 9.007199254740992e+15)
    assertNumber(stringToNumber(units("0.1")), 0.1)
    assertNumber(stringToNumber(units("12abc")), .nan)
    assertNumber(stringToNumber(units("0x1fffffffffffff")), 9007199254740991)
    assertNumber(stringToNumber(units("0x20000000000001")), 9.007199254740992e+15)
    assertNumber(stringToNumber(units("0x20000000000003")), 9.007199254740996e+15)
    assertNumber(stringToNumber(units("2.2250738585072011e-308")), Double(bitPattern: 0xfffffffffffff))
    assertNumber(stringToNumber(units("123456789012345678901234567890")), 1.2345678901234568e+29)
    assertNumber(stringToNumber(units("--1")), .nan)
    assertNumber(stringToNumber(units("1 2")), .nan)
  }

  func testParseFloat() {
    assertNumber(parseFloat(units("  3.14abc")), 3.14)
    assertNumber(parseFloat(units("-.5e")), -0.5)
    assertNumber(parseFloat(units("Infinityx")), .infinity)
    assertNumber(parseFloat(units("-Infinity1")), -.infinity)
    assertNumber(parseFloat(units(".e1")), .nan)
    assertNumber(parseFloat(units(".")), .nan)
    assertNumber(parseFloat(units("")), .nan)
    assertNumber(parseFloat(units("1e")), 1)
    assertNumber(parseFloat(units("1e+")), 1)
    assertNumber(parseFloat(units("1.e5")), 100000)
    assertNumber(parseFloat(units("1e5e5")), 100000)
    assertNumber(parseFloat(units("0x10")), 0)
    assertNumber(parseFloat(units("\u{A0} 42px")), 42)
    assertNumber(parseFloat(units("-0")), -0.0)
    assertNumber(parseFloat(units("+-1")), .nan)
    assertNumber(parseFloat(units("1_0")), 1)
    assertNumber(parseFloat(units("5.5.5")), 5.5)
    assertNumber(parseFloat(units("\u{180E}1")), .nan)
    assertNumber(parseFloat(units("1e-400x")), 0)
    assertNumber(parseFloat(units("1e400")), .infinity)
    assertNumber(parseFloat(units("9007199254740993abc")), 9.007199254740992e+15)
  }

  func testParseInt() {
    assertNumber(parseInt(units(" 0x1F"), radix: 0), 31)
    assertNumber(parseInt(units("0x1F"), radix: 16), 31)
    assertNumber(parseInt(units("0x1F"), radix: 10), 0)
    assertNumber(parseInt(units("-0x1F"), radix: 0), -31)
    assertNumber(parseInt(units("0x"), radix: 16), .nan)
    assertNumber(parseInt(units("0x"), radix: 0), .nan)
    assertNumber(parseInt(units("-0"), radix: 0), -0.0)
    assertNumber(parseInt(units("zz"), radix: 36), 1295)
    assertNumber(parseInt(units("ZZ"), radix: 36), 1295)
    assertNumber(parseInt(units("12"), radix: 1), .nan)
    assertNumber(parseInt(units("12"), radix: 37), .nan)
    assertNumber(parseInt(units("12"), radix: -1), .nan)
    assertNumber(parseInt(units("12"), radix: 0), 12)
    assertNumber(parseInt(units("012"), radix: 0), 12)
    assertNumber(parseInt(units("08"), radix: 0), 8)
    assertNumber(parseInt(units("  -42px"), radix: 10), -42)
    assertNumber(parseInt(units("101"), radix: 2), 5)
    assertNumber(parseInt(units("102"), radix: 2), 2)
    assertNumber(parseInt(units("2"), radix: 2), .nan)
    assertNumber(parseInt(units(""), radix: 10), .nan)
    assertNumber(parseInt(units("-"), radix: 10), .nan)
    assertNumber(parseInt(units("123456789012345678901234567890"), radix: 10), 1.2345678901234568e+29)
    assertNumber(parseInt(units("1" + String(repeating: "0", count: 309)), radix: 10), .infinity)
    assertNumber(parseInt(units("1" + String(repeating: "0", count: 308)), radix: 10), 1e+308)
    assertNumber(parseInt(units("zzzzzzzzzzzzzzzzzzzz"), radix: 36), 1.3367494538843734e+31)
    assertNumber(parseInt(units("11111111111111111111111111"), radix: 3), 1270932914164)
    assertNumber(parseInt(units("1fffffffffffff1"), radix: 16), 1.4411518807585586e+17)
    assertNumber(parseInt(units("20000000000001"), radix: 16), 9.007199254740992e+15)
    assertNumber(parseInt(units("20000000000003"), radix: 16), 9.007199254740996e+15)
    assertNumber(parseInt(units("0.0000005"), radix: 10), 0)
    assertNumber(parseInt(units("1e3"), radix: 10), 1)
    assertNumber(parseInt(units("\u{2028} 7"), radix: 10), 7)
    assertNumber(parseInt(units("\u{180E}7"), radix: 10), .nan)
    assertNumber(parseInt(units("777"), radix: 8), 511)
    assertNumber(parseInt(units("vvvvvvvvvvvvvvvv"), radix: 32), 1.2089258196146292e+24)
    assertNumber(parseInt(units("9007199254740993"), radix: 10), 9.007199254740992e+15)
    assertNumber(parseInt(units("12345678901234567890"), radix: 7), 22875)
    assertNumber(parseInt(units("+15"), radix: 16), 21)
  }

  func testToInt32AndToUint32() {
    XCTAssertEqual(toInt32(0), 0)
    XCTAssertEqual(toUint32(0), 0)
    XCTAssertEqual(toInt32(-0.0), 0)
    XCTAssertEqual(toUint32(-0.0), 0)
    XCTAssertEqual(toInt32(1), 1)
    XCTAssertEqual(toUint32(1), 1)
    XCTAssertEqual(toInt32(-1), -1)
    XCTAssertEqual(toUint32(-1), 4294967295)
    XCTAssertEqual(toInt32(2147483648), -2147483648)
    XCTAssertEqual(toUint32(2147483648), 2147483648)
    XCTAssertEqual(toInt32(-2147483648), -2147483648)
    XCTAssertEqual(toUint32(-2147483648), 2147483648)
    XCTAssertEqual(toInt32(2147483647), 2147483647)
    XCTAssertEqual(toUint32(2147483647), 2147483647)
    XCTAssertEqual(toInt32(4294967296), 0)
    XCTAssertEqual(toUint32(4294967296), 0)
    XCTAssertEqual(toInt32(4294967301), 5)
    XCTAssertEqual(toUint32(4294967301), 5)
    XCTAssertEqual(toInt32(-4294967301), -5)
    XCTAssertEqual(toUint32(-4294967301), 4294967291)
    XCTAssertEqual(toInt32(1.9), 1)
    XCTAssertEqual(toUint32(1.9), 1)
    XCTAssertEqual(toInt32(-1.9), -1)
    XCTAssertEqual(toUint32(-1.9), 4294967295)
    XCTAssertEqual(toInt32(.nan), 0)
    XCTAssertEqual(toUint32(.nan), 0)
    XCTAssertEqual(toInt32(.infinity), 0)
    XCTAssertEqual(toUint32(.infinity), 0)
    XCTAssertEqual(toInt32(-.infinity), 0)
    XCTAssertEqual(toUint32(-.infinity), 0)
    XCTAssertEqual(toInt32(1e+20), 1661992960)
    XCTAssertEqual(toUint32(1e+20), 1661992960)
    XCTAssertEqual(toInt32(-1e+20), -1661992960)
    XCTAssertEqual(toUint32(-1e+20), 2632974336)
    XCTAssertEqual(toInt32(9.007199254740994e+15), 2)
    XCTAssertEqual(toUint32(9.007199254740994e+15), 2)
    XCTAssertEqual(toInt32(4294967295.5), -1)
    XCTAssertEqual(toUint32(4294967295.5), 4294967295)
    XCTAssertEqual(toInt32(1.7976931348623157e+308), 0)
    XCTAssertEqual(toUint32(1.7976931348623157e+308), 0)
    XCTAssertEqual(toInt32(Double(bitPattern: 0x1)), 0)
    XCTAssertEqual(toUint32(Double(bitPattern: 0x1)), 0)
  }

  func testIsCanonicalArrayIndex() {
    XCTAssertEqual(isCanonicalArrayIndex(units("0")), 0)
    XCTAssertEqual(isCanonicalArrayIndex(units("1")), 1)
    XCTAssertEqual(isCanonicalArrayIndex(units("12")), 12)
    XCTAssertEqual(isCanonicalArrayIndex(units("012")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("00")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("-0")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("-1")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("1e3")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("1.0")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units(" 1")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("1 ")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("+1")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("4294967294")), 4294967294)
    XCTAssertEqual(isCanonicalArrayIndex(units("4294967295")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("4294967296")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("99999999999")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("a")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("0x10")), nil)
    XCTAssertEqual(isCanonicalArrayIndex(units("2147483648")), 2147483648)
    XCTAssertEqual(isCanonicalArrayIndex(units("\u{661}")), nil)
  }

  func testConversionsTakeAnyCollectionOfCodeUnits() {
    let text = units("  0x10 and more")
    assertNumber(parseInt(text[...], radix: 0), 16)
    assertNumber(stringToNumber(text[0..<6]), 16)
    assertNumber(parseFloat("-2.5e1x".utf16), -25)
    XCTAssertEqual(isCanonicalArrayIndex("77".utf16), 77)
  }

  // MARK: - The generated fixture

  /// One fixture case: the function, its input (a double's 16 hex-digit bit pattern, or a string),
  /// an argument (radix, digits or precision; -1 for toExponential's undefined) and node's result
  /// (a string, a bit pattern for number results, or null for "not an array index").
  struct FixtureCase: Decodable {
    let f: String
    let x: String
    let a: Int?
    let r: String?
  }

  func testEveryFixtureCaseMatchesNode() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "numbers", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try JSONDecoder().decode([FixtureCase].self, from: Data(contentsOf: url))
    XCTAssertGreaterThan(cases.count, 3000)
    var failures = 0
    for fixture in cases {
      let (actual, expected) = evaluate(fixture)
      if actual != expected {
        failures += 1
        // Report the first few in full; the count says how many more there are.
        if failures <= 20 {
          XCTFail(
            "\(fixture.f)(\(fixture.x.debugDescription), \(fixture.a.map(String.init) ?? "-")): "
              + "\(actual ?? "nil") != node's \(expected ?? "nil")")
        }
      }
    }
    XCTAssertEqual(failures, 0, "\(failures) of \(cases.count) fixture cases differ from node")
  }

  /// Runs one case and returns the actual and expected results as comparable strings. Number
  /// results are compared as bit patterns, with every NaN rendered the same.
  func evaluate(_ fixture: FixtureCase) -> (actual: String?, expected: String?) {
    func double(_ hex: String) -> Double { Double(bitPattern: UInt64(hex, radix: 16) ?? 0) }
    func bits(_ value: Double) -> String {
      if value.isNaN { return "nan" }
      let hex = String(value.bitPattern, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }
    let expectedBits = fixture.r.map { bits(double($0)) }
    let argument = fixture.a ?? 0
    let codeUnits = units(fixture.x)
    switch fixture.f {
    case "toString": return (numberToString(double(fixture.x)), fixture.r)
    case "toStringRadix": return (numberToString(double(fixture.x), radix: argument), fixture.r)
    case "toFixed": return (numberToFixed(double(fixture.x), digits: argument), fixture.r)
    case "toExponential":
      return (numberToExponential(double(fixture.x), digits: argument < 0 ? nil : argument), fixture.r)
    case "toPrecision": return (numberToPrecision(double(fixture.x), precision: argument), fixture.r)
    case "toInt32": return (bits(Double(toInt32(double(fixture.x)))), expectedBits)
    case "toUint32": return (bits(Double(toUint32(double(fixture.x)))), expectedBits)
    case "stringToNumber": return (bits(stringToNumber(codeUnits)), expectedBits)
    case "parseFloat": return (bits(parseFloat(codeUnits)), expectedBits)
    case "parseInt": return (bits(parseInt(codeUnits, radix: Int32(argument))), expectedBits)
    case "isCanonicalArrayIndex": return (isCanonicalArrayIndex(codeUnits).map { String($0) }, fixture.r)
    default: return ("unknown function \(fixture.f)", fixture.r)
    }
  }
}
