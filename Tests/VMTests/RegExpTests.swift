import Foundation
import XCTest

@testable import VM

/// The regular-expression engine against results taken from node (V8): hard-coded cases for every
/// syntax element, flag and error (generated once from node and pasted), then every case of the
/// generated fixture (Fixtures/regexp.json, written by scripts/regexp-fixtures.mjs).
final class RegExpTests: XCTestCase {
  /// The first match at or after `from` (or exactly at `from` with `y`), as node's exec array:
  /// substrings, nil for groups that did not take part. Lone surrogates read as U+FFFD.
  func exec(_ pattern: String, _ flags: String, _ input: String, from: Int = 0) -> [String?]? {
    let text = Array(input.utf16)
    guard let regExp = try? CompiledRegExp(pattern: Array(pattern.utf16), flags: flags) else {
      XCTFail("/\(pattern)/\(flags) does not compile")
      return nil
    }
    let found = flags.contains("y") ? regExp.match(text, at: from) : regExp.firstMatch(in: text, from: from)
    return found?.map { range in range.map { String(decoding: text[$0], as: UTF16.self) } }
  }

  /// The message of the SyntaxError `new RegExp(pattern, flags)` throws, or nil.
  func syntaxError(_ pattern: String, _ flags: String) -> String? {
    do {
      _ = try CompiledRegExp(pattern: Array(pattern.utf16), flags: flags)
      return nil
    } catch {
      return error.message
    }
  }

  func testLiterals() throws {
    XCTAssertEqual(exec("abc", "", "xxabcxx"), ["abc"])
    XCTAssertNil(exec("abc", "", "ab"))
    XCTAssertEqual(exec("a|b|c", "", "xxc"), ["c"])
    XCTAssertEqual(exec("a|ab", "", "abc"), ["a"])
    XCTAssertEqual(exec("|a", "", "a"), [""])
    XCTAssertEqual(exec("", "", "abc"), [""])
    XCTAssertEqual(exec("a.c", "", "abc a\u{A}c"), ["abc"])
    XCTAssertEqual(exec("\\/", "", "a/b"), ["/"])
  }

  func testQuantifiers() throws {
    XCTAssertEqual(exec("a*", "", "aaab"), ["aaa"])
    XCTAssertEqual(exec("a+", "", "baaa"), ["aaa"])
    XCTAssertEqual(exec("a?b", "", "ab"), ["ab"])
    XCTAssertEqual(exec("a{2}", "", "aaaa"), ["aa"])
    XCTAssertEqual(exec("a{2,}", "", "aaaaa"), ["aaaaa"])
    XCTAssertEqual(exec("a{2,3}", "", "aaaaa"), ["aaa"])
    XCTAssertEqual(exec("a*?", "", "aaa"), [""])
    XCTAssertEqual(exec("a+?", "", "aaa"), ["a"])
    XCTAssertEqual(exec("a??", "", "a"), [""])
    XCTAssertEqual(exec("a{2,3}?", "", "aaaa"), ["aa"])
    XCTAssertEqual(exec("x{0}y", "", "xy"), ["y"])
    XCTAssertEqual(exec("(a+)+b", "", "aaab"), ["aaab", "aaa"])
    XCTAssertEqual(exec("(a|b)*c", "", "abbac"), ["abbac", "a"])
    XCTAssertEqual(exec("(a*)*b", "", "aab"), ["aab", "aa"])
    XCTAssertEqual(exec("(a*)+", "", "b"), ["", ""])
    XCTAssertEqual(exec("(a*)?", "", "b"), ["", nil])
    XCTAssertEqual(exec("(a*?)?", "", "b"), ["", nil])
    XCTAssertEqual(exec("(?:a?)*?b", "", "ab"), ["ab"])
    XCTAssertEqual(exec("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac"), ["zaacbbbcac", "z", "ac", "a", nil, "c"])
    XCTAssertEqual(exec("(a)|b", "", "b"), ["b", nil])
    XCTAssertEqual(exec("(?:(a)|b)+", "", "ab"), ["ab", nil])
    XCTAssertEqual(exec("(?:(a)|b)+", "", "ba"), ["ba", "a"])
    XCTAssertEqual(exec("((a)|b)+", "", "ab"), ["ab", "b", nil])
    XCTAssertEqual(exec("(a{2})*", "", "aaaaa"), ["aaaa", "aa"])
    XCTAssertEqual(exec("(\\d{1,3}\\.){3}\\d{1,3}", "", "ip 10.0.0.255!"), ["10.0.0.255", "0."])
    XCTAssertEqual(exec(".*foo", "", " xfooyfoo"), [" xfooyfoo"])
    XCTAssertEqual(exec(".*?foo", "", "xfooyfoo"), ["xfoo"])
    XCTAssertEqual(exec("(aa|a)*a", "", "aaaa"), ["aaaa", "a"])
    XCTAssertEqual(
      exec("^(a+)\\1*,\\1+$", "", "aaaaaaaaaa,aaaaaaaaaaaaaaa"), ["aaaaaaaaaa,aaaaaaaaaaaaaaa", "aaaaa"])
    XCTAssertEqual(exec("a{,2}", "", "a{,2}"), ["a{,2}"])
    XCTAssertEqual(exec("a{", "", "a{"), ["a{"])
    XCTAssertEqual(exec("x{1}{", "", "x{"), ["x{"])
    XCTAssertEqual(exec("{", "", "{"), ["{"])
    XCTAssertEqual(exec("]", "", "]"), ["]"])
  }

  func testCaptures() throws {
    XCTAssertEqual(exec("(a)(b)(c)", "", "abc"), ["abc", "a", "b", "c"])
    XCTAssertEqual(exec("((a)(b))", "", "ab"), ["ab", "ab", "a", "b"])
    XCTAssertEqual(exec("(a(b(c(d))))", "", "abcd"), ["abcd", "abcd", "bcd", "cd", "d"])
    XCTAssertEqual(exec("(?:a)(b)", "", "ab"), ["ab", "b"])
    XCTAssertEqual(exec("(a)?b", "", "b"), ["b", nil])
    XCTAssertEqual(exec("(a)|(b)", "", "b"), ["b", nil, "b"])
    XCTAssertEqual(exec("(?<year>\\d{4})-(?<month>\\d{2})", "", "on 2024-05-01"), ["2024-05", "2024", "05"])
    XCTAssertEqual(exec("(?<a>x)\\k<a>", "", "xx"), ["xx", "x"])
    XCTAssertEqual(exec("(?<a>.)(?<b>.)\\k<b>\\k<a>", "", "abba"), ["abba", "a", "b"])
    XCTAssertEqual(exec("\\k<a>(?<a>x)", "", "x"), ["x", "x"])
    XCTAssertEqual(exec("(?<$>a)(?<_b1>b)", "", "ab"), ["ab", "a", "b"])
    XCTAssertEqual(exec("(?<\\u0061b>c)\\k<ab>", "u", "cc"), ["cc", "c"])
    XCTAssertEqual(exec("(?<\u{3C0}>p)", "", "p"), ["p", "p"])
  }

  func testBackReferences() throws {
    XCTAssertEqual(exec("(a)\\1", "", "aa"), ["aa", "a"])
    XCTAssertEqual(exec("(a)\\1", "i", "aA"), ["aA", "a"])
    XCTAssertNil(exec("(a)\\1", "", "ab"))
    XCTAssertEqual(exec("(a)?\\1b", "", "b"), ["b", nil])
    XCTAssertEqual(exec("\\1(a)", "", "aa"), ["a", "a"])
    XCTAssertEqual(exec("(a\\1)", "", "aa"), ["a", "a"])
    XCTAssertEqual(exec("(?:(a)|b)\\1", "", "b"), ["b", nil])
    XCTAssertEqual(exec("(\\w+)\\s\\1", "", "say hello hello"), ["hello hello", "hello"])
    XCTAssertEqual(
      exec("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "", "abcdefghijj"),
      ["abcdefghijj", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
    XCTAssertEqual(exec("(a)\\2", "", "a\u{2}"), ["a\u{2}", "a"])
    XCTAssertEqual(exec("\\8\\9", "", "89"), ["89"])
    XCTAssertEqual(exec("(\\u0130)\\1", "i", "\u{130}\u{130}"), ["\u{130}\u{130}", "\u{130}"])
    XCTAssertEqual(exec("(.)\\1", "iu", "\u{10400}\u{10428}"), ["\u{10400}\u{10428}", "\u{10400}"])
    XCTAssertEqual(exec("(?<=(a)\\1)b", "", "aab"), ["b", "a"])
  }

  func testLookahead() throws {
    XCTAssertEqual(exec("a(?=b)", "", "ac ab"), ["a"])
    XCTAssertEqual(exec("a(?!b)", "", "ab ac"), ["a"])
    XCTAssertEqual(exec("(?=(a+))a*b\\1", "", "baaabac"), ["aba", "a"])
    XCTAssertEqual(exec("(?=(a+))", "", "baaabac"), ["", "aaa"])
    XCTAssertEqual(exec("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac"), ["baaabaac", "ba", nil, "abaac"])
    XCTAssertEqual(exec("(?!(a))b", "", "b"), ["b", nil])
    XCTAssertEqual(exec("(?=a)*b", "", "b"), ["b"])
    XCTAssertEqual(exec("(?:(?=(\\w))\\w)+", "", "abc"), ["abc", "c"])
    XCTAssertEqual(exec("^(?=.*\\d)(?=.*[a-z]).{6,}$", "", "abc123"), ["abc123"])
    XCTAssertNil(exec("^(?=.*\\d)(?=.*[a-z]).{6,}$", "", "abcdef"))
  }

  func testLookbehind() throws {
    XCTAssertEqual(exec("(?<=a)b", "", "cb ab"), ["b"])
    XCTAssertEqual(exec("(?<!a)b", "", "ab cb"), ["b"])
    XCTAssertEqual(exec("(?<=(\\d+)(\\d+))$", "", "1053"), ["", "1", "053"])
    XCTAssertEqual(exec("(?<=\\1(a))b", "", "aab"), ["b", "a"])
    XCTAssertEqual(exec("(?<=([ab])+)c", "", "abc"), ["c", "a"])
    XCTAssertEqual(exec("(?<=\\$)\\d+(\\.\\d*)?", "", "cost $10.53"), ["10.53", ".53"])
    XCTAssertEqual(exec("(?<!\\$)\\b\\d+", "", "$10 20"), ["20"])
    XCTAssertEqual(exec("(?<=a(?=b)b)c", "", "abc"), ["c"])
    XCTAssertEqual(exec("(?<=^|,)\\w", "", "a,b"), ["a"])
    XCTAssertEqual(exec("(?<=a.)b", "u", "a\u{1F600}b"), ["b"])
    XCTAssertEqual(exec("(?<=a*)b", "", "aab"), ["b"])
    XCTAssertEqual(exec("(?<=([abc]{2})*)d", "", "abcabd"), ["d", "bc"])
    XCTAssertEqual(exec("(?<!(a))b", "", "b"), ["b", nil])
    XCTAssertEqual(exec("(?<=(?<n>x)y)z", "", "xyz"), ["z", "x"])
  }

  func testAnchors() throws {
    XCTAssertNil(exec("^a", "", "ba"))
    XCTAssertEqual(exec("^a", "m", "b\u{A}a"), ["a"])
    XCTAssertNil(exec("a$", "", "ab"))
    XCTAssertEqual(exec("a$", "m", "a\u{A}b"), ["a"])
    XCTAssertEqual(exec("^b", "m", "a\u{2028}b"), ["b"])
    XCTAssertEqual(exec("^b", "m", "a\u{D}b"), ["b"])
    XCTAssertEqual(exec("^$", "m", "a\u{A}\u{A}b"), [""])
    XCTAssertEqual(exec("\\bfoo\\b", "", "a foo b"), ["foo"])
    XCTAssertNil(exec("\\bfoo\\b", "", "afoob"))
    XCTAssertEqual(exec("\\Boo\\B", "", "foo fooz"), ["oo"])
    XCTAssertNil(exec("\\b", "", ""))
    XCTAssertEqual(exec("\\B", "", ""), [""])
    XCTAssertEqual(exec("$", "", "abc"), [""])
    XCTAssertEqual(exec("\\w\\b", "iu", "a\u{17F}"), ["\u{17F}"])
    XCTAssertEqual(exec("\\w\\b", "i", "a\u{17F}"), ["a"])
  }

  func testDot() throws {
    XCTAssertNil(exec(".", "", "\u{A}"))
    XCTAssertEqual(exec(".", "s", "\u{A}"), ["\u{A}"])
    XCTAssertNil(exec(".", "", "\u{D}"))
    XCTAssertNil(exec(".", "", "\u{2028}"))
    XCTAssertNil(exec(".", "", "\u{2029}"))
    XCTAssertNil(exec("^.$", "", "\u{1F600}"))
    XCTAssertEqual(exec("^.$", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("^..$", "", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec(".", "su", "\u{A}"), ["\u{A}"])
  }

  func testClasses() throws {
    XCTAssertEqual(exec("[abc]+", "", "xxcab"), ["cab"])
    XCTAssertEqual(exec("[^abc]", "", "abcd"), ["d"])
    XCTAssertEqual(exec("[a-z]+", "", "12abc!"), ["abc"])
    XCTAssertNil(exec("[]", "", "a"))
    XCTAssertEqual(exec("[^]", "", "\u{A}"), ["\u{A}"])
    XCTAssertEqual(exec("[-a]+", "", "-a"), ["-a"])
    XCTAssertEqual(exec("[a-]", "", "-"), ["-"])
    XCTAssertEqual(exec("[a\\-z]", "", "b-"), ["-"])
    XCTAssertEqual(exec("[\\d-z]+", "", "-z5"), ["-z5"])
    XCTAssertEqual(exec("[\\w-\\s]", "", "-"), ["-"])
    XCTAssertEqual(exec("[\\b]", "", "b\u{8}"), ["\u{8}"])
    XCTAssertEqual(exec("[\\0]", "", "\u{0}"), ["\u{0}"])
    XCTAssertEqual(exec("[\\1]", "", "\u{1}"), ["\u{1}"])
    XCTAssertEqual(exec("[\\18]", "", "8"), ["8"])
    XCTAssertEqual(exec("[\\cA]", "", "\u{1}"), ["\u{1}"])
    XCTAssertEqual(exec("[\\c1]", "", "\u{11}"), ["\u{11}"])
    XCTAssertEqual(exec("[\\c*]", "", "\\"), ["\\"])
    XCTAssertEqual(exec("[\\x41-\\x43]+", "", "ABCD"), ["ABC"])
    XCTAssertEqual(exec("[\\u{1F600}-\\u{1F64F}]", "u", "\u{1F610}"), ["\u{1F610}"])
    XCTAssertEqual(exec("[\u{1F600}]", "", "\u{1F600}"), ["\u{FFFD}"])
    XCTAssertEqual(exec("[\u{1F600}]", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("[^x]", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertNil(exec("[]a]", "", "]a"))
    XCTAssertEqual(exec("[a-c-e]+", "", "-d"), ["-"])
    XCTAssertEqual(exec("\\d+", "", "abc123"), ["123"])
    XCTAssertEqual(exec("\\D+", "", "123abc"), ["abc"])
    XCTAssertEqual(exec("\\w+", "", "  foo_1 "), ["foo_1"])
    XCTAssertEqual(exec("\\W+", "", "ab  cd"), ["  "])
    XCTAssertEqual(
      exec("\\s+", "", "a \u{9}\u{A}\u{A0}\u{3000}\u{FEFF}b"), [" \u{9}\u{A}\u{A0}\u{3000}\u{FEFF}"])
    XCTAssertEqual(exec("\\S+", "", "  ab  "), ["ab"])
  }

  func testEscapes() throws {
    XCTAssertEqual(exec("\\t\\n\\v\\f\\r", "", "\u{9}\u{A}\u{B}\u{C}\u{D}"), ["\u{9}\u{A}\u{B}\u{C}\u{D}"])
    XCTAssertEqual(exec("\\cJ", "", "\u{A}"), ["\u{A}"])
    XCTAssertEqual(exec("\\cj", "", "\u{A}"), ["\u{A}"])
    XCTAssertEqual(exec("\\c", "", "\\c"), ["\\c"])
    XCTAssertEqual(exec("\\c1", "", "\\c1"), ["\\c1"])
    XCTAssertEqual(exec("\\0", "", "\u{0}"), ["\u{0}"])
    XCTAssertEqual(exec("\\00", "", "\u{0}"), ["\u{0}"])
    XCTAssertEqual(exec("\\012", "", "\u{A}"), ["\u{A}"])
    XCTAssertEqual(exec("\\377", "", "\u{FF}"), ["\u{FF}"])
    XCTAssertEqual(exec("\\400", "", " 0"), [" 0"])
    XCTAssertEqual(exec("\\1", "", "\u{1}"), ["\u{1}"])
    XCTAssertEqual(exec("\\x41", "", "A"), ["A"])
    XCTAssertEqual(exec("\\x4", "", "x4"), ["x4"])
    XCTAssertEqual(exec("\\u0041", "", "A"), ["A"])
    XCTAssertEqual(exec("\\u004", "", "u004"), ["u004"])
    XCTAssertEqual(exec("\\u{2}", "", "uu"), ["uu"])
    XCTAssertEqual(exec("\\u{41}", "u", "A"), ["A"])
    XCTAssertEqual(exec("\\u{1F600}", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("\\uD83D\\uDE00", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertNil(exec("\\uD83D", "u", "\u{1F600}"))
    XCTAssertEqual(exec("\\uD83D", "", "\u{1F600}"), ["\u{FFFD}"])
    XCTAssertEqual(exec("\\a\\e\\%", "", "ae%"), ["ae%"])
    XCTAssertEqual(exec("\\k", "", "k"), ["k"])
    XCTAssertEqual(exec("\\p{L}", "", "p{L}"), ["p{L}"])
  }

  func testCaseInsensitive() throws {
    XCTAssertNil(exec("\\u212A", "i", "k"))
    XCTAssertEqual(exec("\\u212A", "iu", "k"), ["k"])
    XCTAssertNil(exec("\\u212A", "i", "K"))
    XCTAssertEqual(exec("\\u212A", "iu", "K"), ["K"])
    XCTAssertEqual(exec("k", "iu", "\u{212A}"), ["\u{212A}"])
    XCTAssertEqual(exec("[a-z]", "i", "K"), ["K"])
    XCTAssertNil(exec("[a-z]", "i", "\u{212A}"))
    XCTAssertEqual(exec("[a-z]", "iu", "\u{212A}"), ["\u{212A}"])
    XCTAssertEqual(exec("[a-z]", "iu", "\u{17F}"), ["\u{17F}"])
    XCTAssertNil(exec("[^a-z]", "iu", "\u{212A}"))
    XCTAssertNil(exec("s", "i", "\u{17F}"))
    XCTAssertEqual(exec("s", "iu", "\u{17F}"), ["\u{17F}"])
    XCTAssertEqual(exec("\u{DF}", "iu", "\u{1E9E}"), ["\u{1E9E}"])
    XCTAssertNil(exec("\u{DF}", "i", "\u{1E9E}"))
    XCTAssertEqual(exec("\u{3C3}", "i", "\u{3C2}"), ["\u{3C2}"])
    XCTAssertEqual(exec("\u{3C3}", "iu", "\u{3C2}"), ["\u{3C2}"])
    XCTAssertNil(exec("\u{131}", "i", "I"))
    XCTAssertNil(exec("\u{130}", "iu", "i"))
    XCTAssertEqual(exec("\u{1C5}", "i", "\u{1C6}"), ["\u{1C6}"])
    XCTAssertEqual(exec("\u{B5}", "i", "\u{39C}"), ["\u{39C}"])
    XCTAssertEqual(exec("\u{2126}", "iu", "\u{3C9}"), ["\u{3C9}"])
    XCTAssertNil(exec("\u{2126}", "i", "\u{3C9}"))
    XCTAssertEqual(exec("\u{10400}", "iu", "\u{10428}"), ["\u{10428}"])
    XCTAssertNil(exec("\u{10400}", "i", "\u{10428}"))
    XCTAssertEqual(exec("\\w", "iu", "\u{17F}"), ["\u{17F}"])
    XCTAssertNil(exec("\\W", "iu", "\u{17F}"))
    XCTAssertEqual(exec("\\W", "i", "\u{17F}"), ["\u{17F}"])
    XCTAssertEqual(exec("[^\\W]", "iu", "\u{212A}"), ["\u{212A}"])
    XCTAssertEqual(exec("(?:ABC)+", "i", "abcAbC"), ["abcAbC"])
    XCTAssertEqual(exec("[Z-a]", "i", "z"), ["z"])
    XCTAssertEqual(exec("\u{13A0}", "iu", "\u{AB70}"), ["\u{AB70}"])
  }

  func testSticky() throws {
    XCTAssertNil(exec("a", "y", "ba"))
    XCTAssertEqual(exec("a", "y", "ab"), ["a"])
    XCTAssertEqual(exec("b", "y", "ab", from: 1), ["b"])
    XCTAssertEqual(exec("\\d+", "y", "12a34"), ["12"])
    XCTAssertEqual(exec("\\d+", "y", "12a34", from: 3), ["34"])
    XCTAssertEqual(exec("^b", "my", "a\u{A}b", from: 2), ["b"])
    XCTAssertNil(exec("^b", "y", "ab", from: 1))
    XCTAssertEqual(exec("b", "", "abcb", from: 2), ["b"])
    XCTAssertEqual(exec("(?:)", "uy", "\u{1F600}", from: 1), [""])
    XCTAssertEqual(exec(".", "u", "\u{1F600}a", from: 1), ["\u{1F600}"])
  }

  func testUnicodeMode() throws {
    XCTAssertEqual(exec("\u{1F600}+", "", "\u{1F600}\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("\u{1F600}+", "u", "\u{1F600}\u{1F600}"), ["\u{1F600}\u{1F600}"])
    XCTAssertEqual(exec("\\udf06", "", "\u{1D306}"), ["\u{FFFD}"])
    XCTAssertNil(exec("\\udf06", "u", "\u{1D306}"))
    XCTAssertEqual(exec("x*", "u", "\u{1F600}x"), [""])
    XCTAssertNil(exec("[\\ud800-\\udbff]", "u", "\u{1F600}"))
    XCTAssertEqual(exec("[\\ud800-\\udbff]", "", "\u{1F600}"), ["\u{FFFD}"])
  }

  func testProperties() throws {
    XCTAssertEqual(exec("\\p{L}+", "u", "12abc\u{E9}\u{4E2D}!"), ["abc\u{E9}\u{4E2D}"])
    XCTAssertEqual(exec("\\P{L}+", "u", "abc123def"), ["123"])
    XCTAssertEqual(exec("\\p{Lu}+", "u", "abCDe"), ["CD"])
    XCTAssertEqual(exec("\\p{Ll}+", "u", "ABcdE"), ["cd"])
    XCTAssertEqual(exec("\\p{Lt}", "u", "a\u{1C5}"), ["\u{1C5}"])
    XCTAssertEqual(exec("\\p{Lm}", "u", "a\u{2B0}"), ["\u{2B0}"])
    XCTAssertEqual(exec("\\p{Lo}", "u", "a\u{5D0}"), ["\u{5D0}"])
    XCTAssertEqual(exec("\\p{N}+", "u", "x12\u{BD}\u{2160}y"), ["12\u{BD}\u{2160}"])
    XCTAssertEqual(exec("\\p{Nd}+", "u", "x12\u{663}y"), ["12\u{663}"])
    XCTAssertEqual(exec("\\p{Nl}", "u", "1\u{2160}"), ["\u{2160}"])
    XCTAssertEqual(exec("\\p{No}", "u", "1\u{BD}"), ["\u{BD}"])
    XCTAssertEqual(exec("\\p{P}+", "u", "a.,!?-()b"), [".,!?-()"])
    XCTAssertEqual(exec("\\p{Pd}", "u", "a-b"), ["-"])
    XCTAssertEqual(exec("\\p{Ps}\\p{Pe}", "u", "x()"), ["()"])
    XCTAssertEqual(exec("\\p{S}+", "u", "a+$^\u{A9}b"), ["+$^\u{A9}"])
    XCTAssertEqual(exec("\\p{Sm}", "u", "a+"), ["+"])
    XCTAssertEqual(exec("\\p{Sc}", "u", "a\u{20AC}"), ["\u{20AC}"])
    XCTAssertEqual(exec("\\p{Sk}", "u", "a^"), ["^"])
    XCTAssertEqual(exec("\\p{So}", "u", "a\u{A9}"), ["\u{A9}"])
    XCTAssertEqual(exec("\\p{Z}", "u", "a b"), [" "])
    XCTAssertEqual(exec("\\p{Zs}", "u", "a\u{3000}"), ["\u{3000}"])
    XCTAssertEqual(exec("\\p{C}", "u", "a\u{1}"), ["\u{1}"])
    XCTAssertEqual(exec("\\p{Cc}", "u", "a\u{7F}"), ["\u{7F}"])
    XCTAssertEqual(exec("\\p{gc=Lu}", "u", "aB"), ["B"])
    XCTAssertEqual(exec("\\p{General_Category=Decimal_Number}", "u", "a5"), ["5"])
    XCTAssertEqual(exec("\\p{Script=Latin}+", "u", "\u{3B1}abc\u{E9}"), ["abc\u{E9}"])
    XCTAssertEqual(exec("\\p{sc=Grek}+", "u", "ab\u{3B1}\u{3B2}\u{3B3}"), ["\u{3B1}\u{3B2}\u{3B3}"])
    XCTAssertEqual(exec("\\p{Script=Cyrillic}+", "u", "ab\u{430}\u{431}"), ["\u{430}\u{431}"])
    XCTAssertEqual(exec("\\p{Script=Han}+", "u", "ab\u{4E2D}\u{6587}\u{3002}"), ["\u{4E2D}\u{6587}"])
    XCTAssertEqual(exec("\\p{Script=Arabic}", "u", "a\u{627}"), ["\u{627}"])
    XCTAssertEqual(exec("\\p{Script=Hebrew}", "u", "a\u{5D0}"), ["\u{5D0}"])
    XCTAssertEqual(exec("\\p{scx=Hira}+", "u", "a\u{30FC}\u{3042}"), ["\u{30FC}\u{3042}"])
    XCTAssertEqual(exec("\\p{Alphabetic}+", "u", "1ab\u{E9}2"), ["ab\u{E9}"])
    XCTAssertEqual(exec("\\p{White_Space}+", "u", "a \u{3000}\u{9}b"), [" \u{3000}\u{9}"])
    XCTAssertEqual(exec("\\p{ASCII}+", "u", "\u{E9}abc\u{E9}"), ["abc"])
    XCTAssertEqual(exec("\\p{Any}", "u", "\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("\\p{Emoji}", "u", "a\u{1F600}"), ["\u{1F600}"])
    XCTAssertEqual(exec("\\p{Uppercase}", "u", "a\u{2160}"), ["\u{2160}"])
    XCTAssertEqual(exec("\\p{Lowercase}", "u", "A\u{AA}"), ["\u{AA}"])
    XCTAssertEqual(exec("\\p{ID_Start}+", "u", "1ab2"), ["ab"])
    XCTAssertEqual(exec("\\p{ID_Continue}+", "u", "-ab2_-"), ["ab2_"])
    XCTAssertEqual(exec("[\\p{L}\\p{N}]+", "u", "--ab12--"), ["ab12"])
    XCTAssertEqual(exec("\\p{Lu}", "iu", "a"), ["a"])
  }

  func testUnicodeSets() throws {
    XCTAssertEqual(exec("[\\p{L}--[a-z]]+", "v", "abcDEF"), ["DEF"])
    XCTAssertEqual(exec("[[a-z]--[aeiou]]+", "v", "aebcdi"), ["bcd"])
    XCTAssertEqual(exec("[\\w&&\\d]+", "v", "ab12"), ["12"])
    XCTAssertEqual(exec("[[a-z]&&[c-f]&&[e-z]]+", "v", "abcdefg"), ["ef"])
    XCTAssertEqual(exec("[a-c[x-z]]+", "v", "abxyz"), ["abxyz"])
    XCTAssertEqual(exec("[^[a-c]]+", "v", "abcxyz"), ["xyz"])
    XCTAssertEqual(exec("[\\q{abc|d}x]+", "v", "abcdxabc"), ["abcdxabc"])
    XCTAssertEqual(exec("[\\q{abc|ab}]", "v", "abc"), ["abc"])
    XCTAssertEqual(exec("[\\q{ab|c}--\\q{ab}]", "v", "abc"), ["c"])
  }

  func testSyntaxErrors() throws {
    XCTAssertEqual(syntaxError("(", ""), "Invalid regular expression: /(/: Unterminated group")
    XCTAssertEqual(syntaxError("(", "u"), "Invalid regular expression: /(/u: Unterminated group")
    XCTAssertEqual(syntaxError(")", ""), "Invalid regular expression: /)/: Unmatched ')'")
    XCTAssertEqual(syntaxError("a)", ""), "Invalid regular expression: /a)/: Unmatched ')'")
    XCTAssertEqual(syntaxError("[", ""), "Invalid regular expression: /[/: Unterminated character class")
    XCTAssertEqual(syntaxError("\\", ""), "Invalid regular expression: /\\/: \\ at end of pattern")
    XCTAssertEqual(syntaxError("*", ""), "Invalid regular expression: /*/: Nothing to repeat")
    XCTAssertEqual(syntaxError("a**", ""), "Invalid regular expression: /a**/: Nothing to repeat")
    XCTAssertEqual(syntaxError("{1}", ""), "Invalid regular expression: /{1}/: Nothing to repeat")
    XCTAssertEqual(syntaxError("{", "u"), "Invalid regular expression: /{/u: Lone quantifier brackets")
    XCTAssertEqual(syntaxError("}", "u"), "Invalid regular expression: /}/u: Lone quantifier brackets")
    XCTAssertEqual(syntaxError("]", "u"), "Invalid regular expression: /]/u: Lone quantifier brackets")
    XCTAssertEqual(syntaxError("a{", "u"), "Invalid regular expression: /a{/u: Incomplete quantifier")
    XCTAssertEqual(syntaxError("a{1", "u"), "Invalid regular expression: /a{1/u: Incomplete quantifier")
    XCTAssertEqual(
      syntaxError("a{2,1}", ""), "Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier"
    )
    XCTAssertEqual(syntaxError("\\b*", ""), "Invalid regular expression: /\\b*/: Nothing to repeat")
    XCTAssertEqual(syntaxError("(?=a)*", "u"), "Invalid regular expression: /(?=a)*/u: Invalid quantifier")
    XCTAssertEqual(syntaxError("(?<=a)*", ""), "Invalid regular expression: /(?<=a)*/: Invalid quantifier")
    XCTAssertEqual(syntaxError("(?", ""), "Invalid regular expression: /(?/: Invalid group")
    XCTAssertEqual(syntaxError("(?a)", ""), "Invalid regular expression: /(?a)/: Invalid group")
    XCTAssertEqual(
      syntaxError("(?<a)", ""), "Invalid regular expression: /(?<a)/: Invalid capture group name")
    XCTAssertEqual(
      syntaxError("(?<1>a)", ""), "Invalid regular expression: /(?<1>a)/: Invalid capture group name")
    XCTAssertEqual(
      syntaxError("(?<a>x)(?<a>y)", ""),
      "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name")
    XCTAssertEqual(
      syntaxError("\\k<a>", "u"), "Invalid regular expression: /\\k<a>/u: Invalid named capture referenced")
    XCTAssertEqual(
      syntaxError("(?<a>x)\\k<b>", ""),
      "Invalid regular expression: /(?<a>x)\\k<b>/: Invalid named capture referenced")
    XCTAssertEqual(
      syntaxError("(?<a>x)\\k", ""), "Invalid regular expression: /(?<a>x)\\k/: Invalid named reference")
    XCTAssertEqual(
      syntaxError("[b-a]", ""), "Invalid regular expression: /[b-a]/: Range out of order in character class")
    XCTAssertEqual(
      syntaxError("[\\d-a]", "u"), "Invalid regular expression: /[\\d-a]/u: Invalid character class")
    XCTAssertEqual(syntaxError("\\c", "u"), "Invalid regular expression: /\\c/u: Invalid Unicode escape")
    XCTAssertEqual(syntaxError("\\x1", "u"), "Invalid regular expression: /\\x1/u: Invalid escape")
    XCTAssertEqual(syntaxError("\\u12", "u"), "Invalid regular expression: /\\u12/u: Invalid Unicode escape")
    XCTAssertEqual(
      syntaxError("\\u{110000}", "u"), "Invalid regular expression: /\\u{110000}/u: Invalid Unicode escape")
    XCTAssertEqual(syntaxError("\\a", "u"), "Invalid regular expression: /\\a/u: Invalid escape")
    XCTAssertEqual(syntaxError("\\-", "u"), "Invalid regular expression: /\\-/u: Invalid escape")
    XCTAssertEqual(syntaxError("\\00", "u"), "Invalid regular expression: /\\00/u: Invalid decimal escape")
    XCTAssertEqual(syntaxError("\\2(a)", "u"), "Invalid regular expression: /\\2(a)/u: Invalid escape")
    XCTAssertEqual(syntaxError("[\\1]", "u"), "Invalid regular expression: /[\\1]/u: Invalid class escape")
    XCTAssertEqual(
      syntaxError("\\p{Foo}", "u"), "Invalid regular expression: /\\p{Foo}/u: Invalid property name")
    XCTAssertEqual(
      syntaxError("\\p{Script=Foo}", "u"),
      "Invalid regular expression: /\\p{Script=Foo}/u: Invalid property name")
    XCTAssertEqual(
      syntaxError("[\\p{Foo}]", "u"),
      "Invalid regular expression: /[\\p{Foo}]/u: Invalid property name in character class")
    XCTAssertEqual(syntaxError("a", "gg"), "Invalid flags supplied to RegExp constructor 'gg'")
    XCTAssertEqual(syntaxError("a", "x"), "Invalid flags supplied to RegExp constructor 'x'")
    XCTAssertEqual(syntaxError("a", "uv"), "Invalid flags supplied to RegExp constructor 'uv'")
    XCTAssertEqual(
      syntaxError("[(]", "v"), "Invalid regular expression: /[(]/v: Invalid character in character class")
    XCTAssertEqual(
      syntaxError("[a-]", "v"), "Invalid regular expression: /[a-]/v: Invalid character in character class")
    XCTAssertEqual(
      syntaxError("[&&a]", "v"),
      "Invalid regular expression: /[&&a]/v: Invalid set operation in character class")
    XCTAssertEqual(
      syntaxError("[^\\q{ab}]", "v"),
      "Invalid regular expression: /[^\\q{ab}]/v: Negated character class may contain strings")
    XCTAssertNil(syntaxError("\\k", ""))
    XCTAssertNil(syntaxError("a{,5}", ""))
    XCTAssertNil(syntaxError("[\\d-a]", ""))
    XCTAssertNil(syntaxError("(?=a)*", ""))
    XCTAssertNil(syntaxError("\\1(a)", "u"))
  }

  func testIndicesAndGroups() throws {
    let regExp = try CompiledRegExp(pattern: Array("(?<year>\\d{4})-(\\d{2})(x)?".utf16), flags: "d")
    XCTAssertEqual(regExp.captureCount, 3)
    XCTAssertEqual(regExp.groupNames.map { String(decoding: $0.name, as: UTF16.self) }, ["year"])
    XCTAssertEqual(regExp.groupNames.map(\.index), [1])
    let input = Array("on 2024-05".utf16)
    XCTAssertEqual(regExp.firstMatch(in: input, from: 0), [3..<10, 3..<7, 8..<10, nil])
    XCTAssertNil(regExp.match(input, at: 0))
    XCTAssertEqual(regExp.match(input, at: 3), [3..<10, 3..<7, 8..<10, nil])
    XCTAssertNil(regExp.firstMatch(in: input, from: 4))
    let named = try CompiledRegExp(pattern: Array("(a)(?<b>b)(?<\\u{1d49c}>c)".utf16), flags: "u")
    XCTAssertEqual(named.groupNames.map(\.index), [2, 3])
    XCTAssertEqual(named.groupNames[1].name, Array("\u{1d49c}".utf16))
  }

  func testFlags() throws {
    let flags = try RegExpFlags(parsing: "dgimsuy")
    XCTAssertTrue(flags.hasIndices && flags.global && flags.ignoreCase && flags.multiline)
    XCTAssertTrue(flags.dotAll && flags.unicode && flags.sticky && !flags.unicodeSets)
    XCTAssertTrue(try RegExpFlags(parsing: "v").unicodeMode)
    XCTAssertEqual(syntaxError("a", "yy"), "Invalid flags supplied to RegExp constructor 'yy'")
  }

  /// A long input through a quantified group needs heap, not native stack.
  func testLongInputDoesNotUseNativeStack() throws {
    let regExp = try CompiledRegExp(pattern: Array("(a|b)*c".utf16), flags: "")
    let input = [UInt16](repeating: 0x61, count: 100_000) + [0x63]
    XCTAssertEqual(regExp.firstMatch(in: input, from: 0), [0..<100_001, 99_999..<100_000])
    let lookbehind = try CompiledRegExp(pattern: Array("(?<=^(?:a|b)*)c".utf16), flags: "")
    XCTAssertEqual(lookbehind.firstMatch(in: input, from: 0), [100_000..<100_001])
    let nested = String(repeating: "(?:", count: 400) + "a" + String(repeating: ")", count: 400)
    XCTAssertEqual(try CompiledRegExp(pattern: Array(nested.utf16), flags: "").match([0x61], at: 0), [0..<1])
  }

  /// Catastrophic backtracking stops when the step budget runs out.
  func testStepBudget() throws {
    let regExp = try CompiledRegExp(pattern: Array("(a*)*b".utf16), flags: "")
    let input = [UInt16](repeating: 0x61, count: 40)
    var steps = 100_000
    let outcome = input.withUnsafeBufferPointer { regExp.firstMatch(in: $0, from: 0, steps: &steps) }
    XCTAssertEqual(outcome, .stepLimitReached)
    var plenty = 1_000
    let quick = try CompiledRegExp(pattern: Array("a+".utf16), flags: "")
    let found = input.withUnsafeBufferPointer { quick.match($0, at: 0, steps: &plenty) }
    XCTAssertEqual(found, .matched([0..<40]))
    XCTAssertLessThan(plenty, 1_000)
    var none = 1_000
    let missing = [UInt16](repeating: 0x62, count: 3).withUnsafeBufferPointer {
      quick.match($0, at: 0, steps: &none)
    }
    XCTAssertEqual(missing, .notMatched)
  }

  /// Every case of Fixtures/regexp.json.
  func testFixtures() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "regexp", withExtension: "json", subdirectory: "Fixtures"))
    let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
    XCTAssertGreaterThan(cases.count, 1_000)
    func units(_ value: Any?) -> [UInt16] {
      if let text = value as? String { return Array(text.utf16) }
      return (value as? [NSNumber] ?? []).map { UInt16($0.intValue) }
    }
    var failures = 0
    for entry in cases {
      let pattern = units(entry["p"])
      let flags = entry["f"] as? String ?? ""
      let label = "/\(String(decoding: pattern, as: UTF16.self))/\(flags)"
      let regExp: CompiledRegExp
      do {
        regExp = try CompiledRegExp(pattern: pattern, flags: flags)
      } catch {
        if error.message != entry["e"] as? String {
          failures += 1
          XCTFail("\(label): \(error.message), expected \(entry["e"] ?? entry["r"] ?? "")")
        }
        continue
      }
      if let expected = entry["e"] {
        failures += 1
        XCTFail("\(label) compiles, expected \(expected)")
        continue
      }
      let input = units(entry["s"])
      let start = (entry["i"] as? NSNumber)?.intValue ?? 0
      let found =
        flags.contains("y") ? regExp.match(input, at: start) : regExp.firstMatch(in: input, from: start)
      let expected: [Range<Int>?]? = (entry["r"] as? [Any]).map { ranges in
        ranges.map { pair in (pair as? [NSNumber]).map { $0[0].intValue..<$0[1].intValue } }
      }
      if found != expected {
        failures += 1
        XCTFail(
          "\(label) on \(input) from \(start): \(String(describing: found)), expected \(String(describing: expected))"
        )
      }
    }
    XCTAssertEqual(failures, 0)
  }
}
