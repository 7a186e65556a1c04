import XCTest

@testable import Frontend

/// Accept/reject verdicts here agree with V8 (see scripts/regexp-differential.mjs); messages and offsets
/// are cruft's own and are pinned so that diagnostics stay stable.
final class RegExpValidatorTests: XCTestCase {
  private func validate(_ pattern: String, _ flags: String) -> RegExpSyntaxError? {
    RegExpValidator.validate(pattern: Array(pattern.utf8), flags: Array(flags.utf8))
  }

  private func assertValid(
    _ pattern: String, flags: String = "", file: StaticString = #filePath, line: UInt = #line
  ) {
    let error = validate(pattern, flags)
    XCTAssertNil(error, "/\(pattern)/\(flags) should be valid", file: file, line: line)
  }

  private func assertError(
    _ pattern: String, flags: String = "", _ message: String, at offset: Int, length: Int? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let error = validate(pattern, flags) else {
      XCTFail("/\(pattern)/\(flags) should be rejected with \"\(message)\"", file: file, line: line)
      return
    }
    XCTAssertEqual(error.message, message, "/\(pattern)/\(flags)", file: file, line: line)
    XCTAssertEqual(error.offset, offset, "/\(pattern)/\(flags)", file: file, line: line)
    if let length {
      XCTAssertEqual(error.length, length, "/\(pattern)/\(flags)", file: file, line: line)
    }
  }

  // MARK: Flags

  func testFlags() {
    assertValid("a", flags: "dgimsuy")
    assertValid("a", flags: "dgimsvy")
    assertValid("a", flags: "")
    assertError("a", flags: "gg", "duplicate flag 'g'", at: 3, length: 1)
    assertError("ab", flags: "imi", "duplicate flag 'i'", at: 5)
    assertError("a", flags: "uv", "flags 'u' and 'v' cannot be combined", at: 3)
    assertError("a", flags: "vu", "flags 'u' and 'v' cannot be combined", at: 3)
    assertError("a", flags: "x", "invalid flag 'x'", at: 2, length: 1)
    assertError("a", flags: "G", "invalid flag 'G'", at: 2)
    assertError("a", flags: "gé", "invalid flag 'é'", at: 3, length: 2)
    // Flags are checked before the pattern.
    assertError("(", flags: "gg", "duplicate flag 'g'", at: 3)
  }

  // MARK: Alternatives, assertions and groups

  func testAlternativesAndAssertions() {
    assertValid("")
    assertValid("a|b|")
    assertValid("|")
    assertValid(#"^$\b\B"#)
    assertValid(#"^$\b\B"#, flags: "u")
    assertValid("(?=a)(?!b)(?<=c)(?<!d)")
    assertValid("(?=a)(?!b)(?<=c)(?<!d)", flags: "v")
    assertValid("/")
  }

  func testGroups() {
    assertValid("(a)(?:b)((c))")
    assertValid("((((a))))", flags: "u")
    assertError("(", "unterminated group", at: 0)
    assertError("a(b(c)", "unterminated group", at: 1)
    assertError(")", "unmatched ')'", at: 0)
    assertError("())", "unmatched ')'", at: 2)
    assertError("(?a)", "invalid group", at: 0, length: 2)
    assertError("(?", "invalid group", at: 0)
    assertError("(?i:a)", "invalid group", at: 0)
    assertError("(?i:a)", flags: "u", "invalid group", at: 0)
  }

  func testDeepNesting() {
    let depth = 100_000
    assertValid(String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth))
    assertError(String(repeating: "(?:", count: depth), "unterminated group", at: 3 * (depth - 1))
    assertValid(String(repeating: "[", count: depth) + String(repeating: "]", count: depth), flags: "v")
    assertError(
      String(repeating: "[", count: depth), flags: "v", "unterminated character class", at: depth - 1)
  }

  // MARK: Quantifiers

  func testQuantifiers() {
    assertValid("a*b+c?d{1}e{1,}f{1,2}")
    assertValid("a*?b+?c??d{1}?e{1,}?f{1,2}?", flags: "u")
    assertValid("a{1,1}")
    assertValid("a{01,1}")
    assertValid("a{" + String(repeating: "9", count: 400) + "}", flags: "u")
    assertError("a**", "nothing to repeat", at: 2)
    assertError("?", "nothing to repeat", at: 0)
    assertError("*", flags: "u", "nothing to repeat", at: 0)
    assertError("a|+", "nothing to repeat", at: 2)
    assertError("(*)", "nothing to repeat", at: 1)
    assertError("a???", "nothing to repeat", at: 3)
    assertError("a{1}{2}", "nothing to repeat", at: 4, length: 3)
    assertError("{1}", "nothing to repeat", at: 0)
    assertError("a{2,1}", "numbers out of order in {} quantifier", at: 1, length: 5)
    assertError("a{0010,9}", flags: "u", "numbers out of order in {} quantifier", at: 1)
    // Compared exactly, beyond any machine integer.
    assertError(
      "a{" + String(repeating: "9", count: 30) + "," + String(repeating: "9", count: 29) + "}",
      "numbers out of order in {} quantifier", at: 1)
  }

  func testBracesAndBracketsAnnexB() {
    assertValid("{")
    assertValid("}")
    assertValid("]")
    assertValid("a{")
    assertValid("a{1")
    assertValid("a{1,")
    assertValid("a{,1}")
    assertValid("x{1}{")
    assertValid(#"\u{4}"#)
    assertError("{", flags: "u", "lone quantifier brackets", at: 0)
    assertError("}", flags: "u", "lone quantifier brackets", at: 0)
    assertError("]", flags: "u", "lone quantifier brackets", at: 0)
    assertError("]", flags: "v", "lone quantifier brackets", at: 0)
    assertError("a{1", flags: "u", "incomplete quantifier", at: 1)
    assertError("a{,1}", flags: "u", "incomplete quantifier", at: 1)
    assertError("x{1}{", flags: "u", "lone quantifier brackets", at: 4)
  }

  func testQuantifiedAssertions() {
    assertValid("(?=a)*")
    assertValid("(?!a){2}")
    assertError("(?=a)*", flags: "u", "nothing to repeat", at: 5)
    assertError("(?!a)+", flags: "v", "nothing to repeat", at: 5)
    assertError("(?<=a)*", "nothing to repeat", at: 6)
    assertError("(?<!a)?", "nothing to repeat", at: 6)
    assertError(#"\b*"#, "nothing to repeat", at: 2)
    assertError(#"\B+"#, flags: "u", "nothing to repeat", at: 2)
    assertError("^*", "nothing to repeat", at: 1)
    assertError("$?", "nothing to repeat", at: 1)
  }

  // MARK: Backreferences

  func testNumericBackreferences() {
    assertValid(#"(a)\1"#)
    assertValid(#"\1(a)"#, flags: "u")
    assertValid(#"(a)\2"#)
    assertValid(#"\8\9\10\377\400"#)
    assertError(#"(a)\2"#, flags: "u", "backreference to an undefined capture group", at: 3, length: 2)
    assertError(#"\8"#, flags: "u", "backreference to an undefined capture group", at: 0)
    assertError(#"\10(a)"#, flags: "v", "backreference to an undefined capture group", at: 0, length: 3)
  }

  func testNamedBackreferences() {
    assertValid(#"(?<a>.)\k<a>"#)
    assertValid(#"\k<a>(?<a>.)"#, flags: "u")
    assertValid(#"(?<a>)\k<a>{2}"#, flags: "u")
    assertValid(#"(?<a>)\k<\u{61}>"#)
    // Annex B: without named groups `\k` is an identity escape.
    assertValid(#"\k"#)
    assertValid(#"\k<a>"#)
    assertValid(#"\k<"#)
    assertValid(#"[\k]"#)
    assertError(#"(?<a>.)\k<b>"#, "undefined capture group name 'b'", at: 7, length: 5)
    assertError(#"(?<a>.)\k<b>"#, flags: "u", "undefined capture group name 'b'", at: 7)
    assertError(#"\k<a>"#, flags: "u", "undefined capture group name 'a'", at: 0)
    assertError(#"\k"#, flags: "u", "invalid named reference", at: 0, length: 2)
    assertError(#"\k<a"#, flags: "u", "unterminated capture group name", at: 3)
    assertError(#"(?<a>.)\k"#, "invalid named reference", at: 7)
    assertError(#"\k(?<a>.)"#, "invalid named reference", at: 0)
    assertError(#"(?<a>.)\k<"#, "invalid named reference", at: 7)
    assertError(#"(?<a>.)[\k]"#, "invalid named reference", at: 8)
    assertError(#"[\k]"#, flags: "u", "invalid escape in unicode mode", at: 1)
  }

  // MARK: Group names

  func testGroupNames() {
    assertValid("(?<$>)(?<_>)(?<a1>)(?<é>)")
    assertValid(#"(?<\u0061>)"#)
    assertValid(#"(?<\u{61}>)"#)
    assertValid(#"(?<\u{1d453}>)"#)
    assertValid(#"(?<\ud835\udc53>)"#)
    assertValid("(?<𝑓>)(?<a𝑓>)")
    assertValid(#"(?<a\u200cb>)(?<a\u200db>)"#, flags: "u")
    assertError("(?<1a>)", "invalid capture group name", at: 3, length: 1)
    assertError("(?<>)", "invalid capture group name", at: 3)
    assertError("(?<a)", "invalid capture group name", at: 4)
    assertError("(?<a-b>)", "invalid capture group name", at: 4)
    assertError("(?<a", "unterminated capture group name", at: 3)
    assertError(#"(?<\ud835>)"#, "invalid capture group name", at: 3, length: 6)
    assertError(#"(?<\u200c>)"#, "invalid capture group name", at: 3)
    assertError(#"(?<\x61>)"#, "invalid unicode escape in capture group name", at: 3)
    assertError(#"(?<\u{110000}>)"#, "invalid unicode escape in capture group name", at: 3)
    assertError(#"(?<\u{}>)"#, flags: "u", "invalid unicode escape in capture group name", at: 3)
    assertError(Array([0x28, 0x3F, 0x3C, 0xFF, 0x3E, 0x29]), "invalid capture group name", at: 3)
  }

  func testDuplicateGroupNames() {
    assertError("(?<a>.)(?<a>.)", "duplicate capture group name 'a'", at: 10, length: 1)
    // ES2025 would allow this; ES2024 does not.
    assertError("(?<a>.)|(?<a>.)", "duplicate capture group name 'a'", at: 11)
    assertError("(?<a>.)(?<b>.)(?<a>.)", flags: "u", "duplicate capture group name 'a'", at: 17)
    assertError(#"(?<a>.)(?<\u0061>.)"#, "duplicate capture group name 'a'", at: 10, length: 6)
    assertError("(?<𝑓>.)(?<𝑓>.)", "duplicate capture group name '𝑓'", at: 13, length: 4)
  }

  // MARK: Escapes

  func testCharacterEscapes() {
    assertValid(#"\f\n\r\t\v\0\x41\u0041\cA\cz"#, flags: "u")
    assertValid(#"\u{41}\u{10FFFF}\u{0000000041}\uD83D\uDE00\uD83D"#, flags: "u")
    assertValid(#"\^\$\\\.\*\+\?\(\)\[\]\{\}\|\/"#, flags: "u")
    assertValid(#"\a\e\z\_\-\é\😀\x4\u004\u{}\c\c1"#)
    assertError(#"\u{110000}"#, flags: "u", "invalid unicode escape", at: 0, length: 2)
    assertError(#"\u{}"#, flags: "u", "invalid unicode escape", at: 0)
    assertError(#"\u004g"#, flags: "v", "invalid unicode escape", at: 0)
    assertError(#"\x4"#, flags: "u", "invalid hexadecimal escape", at: 0)
    assertError(#"\c"#, flags: "u", "invalid control escape", at: 0)
    assertError(#"\c1"#, flags: "u", "invalid control escape", at: 0)
    assertError(#"\00"#, flags: "u", "invalid decimal escape", at: 0, length: 3)
    assertError(#"\08"#, flags: "u", "invalid decimal escape", at: 0)
    assertError(#"\a"#, flags: "u", "invalid escape in unicode mode", at: 0, length: 2)
    assertError(#"\-"#, flags: "u", "invalid escape in unicode mode", at: 0)
    assertError(#"\_"#, flags: "v", "invalid escape in unicode mode", at: 0)
    assertError(#"\é"#, flags: "u", "invalid escape in unicode mode", at: 0, length: 3)
    assertError(#"\q{a}"#, flags: "v", "invalid escape in unicode mode", at: 0)
    assertError(#"\"#, "\\ at end of pattern", at: 0)
    assertError(#"a\"#, flags: "u", "\\ at end of pattern", at: 1)
  }

  // MARK: Classes without `v`

  func testClassRanges() {
    assertValid("[]")
    assertValid("[^]")
    assertValid("[a-z]")
    assertValid("[a-a]")
    assertValid("[a-]")
    assertValid("[-a]")
    assertValid("[--a]")
    assertValid("[a-b-c]")
    assertValid(#"[\w-]"#, flags: "u")
    assertValid(#"[\b-a]"#)
    assertValid(#"[\-]"#, flags: "u")
    assertValid("[(){}/|]", flags: "u")
    assertError("[", "unterminated character class", at: 0)
    assertError("a[b", "unterminated character class", at: 1)
    assertError("[z-a]", "range out of order in character class", at: 1, length: 3)
    assertError(#"[\x41-\x40]"#, flags: "u", "range out of order in character class", at: 1)
    assertError(#"[\u0041-\u0040]"#, "range out of order in character class", at: 1, length: 13)
    assertError(#"[\2-\1]"#, "range out of order in character class", at: 1)
    assertError(#"[\377-\400]"#, "range out of order in character class", at: 1)
  }

  func testClassEscapesInRanges() {
    // Annex B lets a class escape bound a range (it then means the union with `-`).
    assertValid(#"[\d-a]"#)
    assertValid(#"[a-\d]"#)
    assertValid(#"[\s-\d]"#)
    assertError(#"[\d-a]"#, flags: "u", "character class escape cannot be used in a range", at: 1, length: 4)
    assertError(#"[a-\d]"#, flags: "u", "character class escape cannot be used in a range", at: 1)
    assertError(#"[a-\p{L}]"#, flags: "u", "character class escape cannot be used in a range", at: 1)
    // Without `u`, `\p` is `p`, so this is the range `}-a`.
    assertError(#"[\p{L}-a]"#, "range out of order in character class", at: 5)
  }

  func testClassEscapesAnnexB() {
    assertValid(#"[\c]"#)
    assertValid(#"[\c1]"#)
    assertValid(#"[\c_]"#)
    assertValid(#"[\c*]"#)
    assertValid(#"[\B]"#)
    assertValid(#"[\1]"#)
    assertValid(#"[\8]"#)
    assertValid(#"[\00]"#)
    assertValid(#"[\x4-a]"#)
    // `\c` without a control letter is a backslash, so this is the range `c-a`.
    assertError(#"[\c-a]"#, "range out of order in character class", at: 2)
    // `\u{41}` is `u{41}` without `u`, so this is the range `}-a`.
    assertError(#"[\u{41}-a]"#, "range out of order in character class", at: 6)
    assertValid(#"[\u{41}-a]"#, flags: "u")
  }

  func testClassEscapesUnicodeMode() {
    assertValid(#"[\b\0\cA\x41\u0041\u{41}\uD83D\uDE00\d\p{L}\P{L}]"#, flags: "u")
    assertError(#"[\c]"#, flags: "u", "invalid control escape", at: 1)
    assertError(#"[\c1]"#, flags: "u", "invalid control escape", at: 1)
    assertError(#"[\B]"#, flags: "u", "invalid escape in unicode mode", at: 1)
    assertError(#"[\1]"#, flags: "u", "invalid class escape", at: 1)
    assertError(#"[\8]"#, flags: "v", "invalid class escape", at: 1)
    assertError(#"[\00]"#, flags: "u", "invalid decimal escape", at: 1)
    assertError(#"[\&]"#, flags: "u", "invalid escape in unicode mode", at: 1)
  }

  func testAstralCharactersInClasses() {
    // Without `u` an astral character is two UTF-16 code units: `[😀-😂]` holds the range \uDE00-\uD83D.
    assertError("[😀-😂]", "range out of order in character class", at: 1, length: 9)
    assertValid("[😀-😂]", flags: "u")
    assertValid("[😀-😂]", flags: "v")
    assertError("[😂-😀]", flags: "u", "range out of order in character class", at: 1)
    assertValid("[a-😀]")
    assertError("[😀-a]", "range out of order in character class", at: 1)
    assertValid("[😀]")
    assertError(#"[\😀-a]"#, "range out of order in character class", at: 1)
    assertError(#"[\uD83D\uDE00-\uD83D\uDE02]"#, "range out of order in character class", at: 7)
    assertValid(#"[\uD83D\uDE00-\uD83D\uDE02]"#, flags: "u")
    assertValid(#"[\uD83D\uDE00-\u{1F602}]"#, flags: "u")
    assertError(#"[\uD83D\uDE02-\uD83D\uDE00]"#, flags: "u", "range out of order in character class", at: 1)
    assertError(#"[😀-\u{1F602}]"#, "range out of order in character class", at: 1)
    assertValid(#"[😀-\u{1F602}]"#, flags: "u")
  }

  // MARK: Unicode properties

  func testPropertiesAreIdentityEscapesWithoutUnicodeMode() {
    assertValid(#"\p{L}"#)
    assertValid(#"\p{Foo}"#)
    assertValid(#"\P"#)
    assertValid(#"\p{RGI_Emoji}"#)
  }

  func testGeneralCategory() {
    for name in [
      "L", "Letter", "Lu", "Uppercase_Letter", "LC", "Cased_Letter", "Sc", "Combining_Mark", "digit",
      "punct", "cntrl", "Cn", "Unassigned",
    ] {
      assertValid(#"\p{\#(name)}"#, flags: "u")
      assertValid(#"\P{General_Category=\#(name)}"#, flags: "u")
      assertValid(#"\p{gc=\#(name)}"#, flags: "v")
    }
    assertError(#"\p{lu}"#, flags: "u", "invalid property name", at: 0, length: 6)
    assertError(#"\p{gc=L&}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{gc=}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{gc=Latin}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{gc}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{=Lu}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{Lu=}"#, flags: "u", "invalid property name", at: 0)
  }

  func testScripts() {
    for value in [
      "Latin", "Latn", "Greek", "Grek", "Common", "Zyyy", "Inherited", "Zinh", "Qaai", "Unknown", "Zzzz",
      "Adlam", "Nag_Mundari", "Kawi", "Garay", "Todhri",
    ] {
      assertValid(#"\p{Script=\#(value)}"#, flags: "u")
      assertValid(#"\p{sc=\#(value)}"#, flags: "u")
      assertValid(#"\p{Script_Extensions=\#(value)}"#, flags: "v")
      assertValid(#"\P{scx=\#(value)}"#, flags: "v")
    }
    assertError(#"\p{Script=Hrkt}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{Script=Katakana_Or_Hiragana}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{Script=latin}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{sc=Lu}"#, flags: "u", "invalid property value", at: 0)
    assertError(#"\p{Latin}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{Script}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{sc}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{Block=Basic_Latin}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{script=Latin}"#, flags: "u", "invalid property name", at: 0)
  }

  func testBinaryProperties() {
    for name in [
      "ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned", "Bidi_Control",
      "Emoji", "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "ID_Start", "XID_Continue",
      "White_Space", "space", "Variation_Selector", "VS", "Regional_Indicator", "RI",
    ] {
      assertValid(#"\p{\#(name)}"#, flags: "u")
      assertValid(#"[^\P{\#(name)}]"#, flags: "v")
    }
    // `WSpace` is an ICU alias that the specification does not list.
    assertError(#"\p{WSpace}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{ASCII=Y}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{Lowercase_Letter=Yes}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{ID_Compat_Math_Start}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{ascii}"#, flags: "u", "invalid property name", at: 0)
  }

  func testMalformedPropertyEscapes() {
    assertError(#"\p"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\pL"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{L"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{ L}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{Script==Latin}"#, flags: "u", "invalid property name", at: 0)
    assertError(#"\p{L}}"#, flags: "u", "lone quantifier brackets", at: 5)
  }

  func testPropertiesOfStrings() {
    for name in [
      "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence",
      "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji",
    ] {
      assertValid(#"\p{\#(name)}"#, flags: "v")
      assertValid(#"[\p{\#(name)}a]"#, flags: "v")
      assertError(#"\p{\#(name)}"#, flags: "u", "property of strings requires the 'v' flag", at: 0)
      assertError(#"\P{\#(name)}"#, flags: "v", "property of strings cannot be negated", at: 0)
      assertError(#"[^\p{\#(name)}]"#, flags: "v", "negated character class may contain strings", at: 0)
    }
    assertError(#"[^\P{RGI_Emoji}]"#, flags: "v", "property of strings cannot be negated", at: 2)
    assertError(#"[\p{RGI_Emoji}]"#, flags: "u", "property of strings requires the 'v' flag", at: 1)
  }

  // MARK: UnicodeSets mode (`v`)

  func testClassSetOperations() {
    assertValid("[[a-z]--[aeiou]]", flags: "v")
    assertValid("[[a-z]&&[aeiou]]", flags: "v")
    assertValid(#"[\w--\d]"#, flags: "v")
    assertValid(#"[\w&&\d]"#, flags: "v")
    assertValid("[a&&b&&c]", flags: "v")
    assertValid("[a--b--c]", flags: "v")
    assertValid(#"[\p{ASCII}--\p{L}]"#, flags: "v")
    assertValid("[[a][b]]", flags: "v")
    assertValid("[a[b]c]", flags: "v")
    assertValid("[[[[a]]]]", flags: "v")
    assertValid("[^[^a]]", flags: "v")
    assertValid("[a-z0-9]", flags: "v")
    assertValid("[a&b]", flags: "v")
    assertError("[ab&&c]", flags: "v", "mixed set operations in character class need nested classes", at: 3)
    assertError("[a&&b--c]", flags: "v", "mixed set operations in character class need nested classes", at: 5)
    assertError("[a--b&&c]", flags: "v", "mixed set operations in character class need nested classes", at: 5)
    assertError("[a&&bc]", flags: "v", "mixed set operations in character class need nested classes", at: 5)
    assertError("[a&&b-c]", flags: "v", "mixed set operations in character class need nested classes", at: 5)
    assertError("[a-c&&b]", flags: "v", "mixed set operations in character class need nested classes", at: 4)
    assertError("[a&&]", flags: "v", "missing operand in character class set operation", at: 4)
    assertError("[&&a]", flags: "v", "missing operand in character class set operation", at: 1)
    assertError("[a--]", flags: "v", "missing operand in character class set operation", at: 4)
    assertError("[[a]--]", flags: "v", "missing operand in character class set operation", at: 6)
    assertError("[a&&&b]", flags: "v", "'&' must be escaped in a character class", at: 4)
  }

  func testClassSetRanges() {
    assertValid("[a-b]", flags: "v")
    assertValid(#"[\b-a]"#, flags: "v")
    assertError("[z-a]", flags: "v", "range out of order in character class", at: 1, length: 3)
    assertError("[a-]", flags: "v", "invalid character class range", at: 1)
    assertError("[a-b-c]", flags: "v", "invalid character class range", at: 4)
    assertError("[[a]-b]", flags: "v", "invalid character class range", at: 4)
    assertError(#"[\d-a]"#, flags: "v", "invalid character class range", at: 3)
    assertError(#"[a-\d]"#, flags: "v", "invalid character class range", at: 1)
    assertError("[-a]", flags: "v", "'-' must be escaped in a character class", at: 1)
    assertError("[-]", flags: "v", "'-' must be escaped in a character class", at: 1)
  }

  func testClassSetSyntaxCharacters() {
    for character in ["(", ")", "{", "}", "/", "|"] {
      assertValid("[\(character)]", flags: "u")
      assertValid("[\\\(character)]", flags: "v")
      assertError("[\(character)]", flags: "v", "'\(character)' must be escaped in a character class", at: 1)
    }
    assertError("([)])", flags: "v", "')' must be escaped in a character class", at: 2)
  }

  func testReservedDoublePunctuators() {
    for punctuator in [
      "!!", "##", "$$", "%%", "**", "++", ",,", "..", "::", ";;", "<<", "==", ">>", "??", "@@",
      "``", "~~",
    ] {
      assertValid("[\(punctuator)]", flags: "u")
      assertError(
        "[\(punctuator)]", flags: "v", "reserved double punctuator '\(punctuator)' in character class", at: 1,
        length: 2)
    }
    assertError("[^^^]", flags: "v", "reserved double punctuator '^^' in character class", at: 2)
    assertError("[a!!b]", flags: "v", "reserved double punctuator '!!' in character class", at: 2)
    assertValid("[^^]", flags: "v")
    assertValid("[!]", flags: "v")
    assertValid(#"[\!!]"#, flags: "v")
    assertValid(#"[!\!]"#, flags: "v")
  }

  func testReservedPunctuatorEscapes() {
    for character in ["&", "-", "!", "#", "%", ",", ":", ";", "<", "=", ">", "@", "`", "~"] {
      assertValid("[\\\(character)]", flags: "v")
    }
    assertError(#"[\_]"#, flags: "v", "invalid escape in unicode mode", at: 1)
    assertError(#"[\k]"#, flags: "v", "invalid escape in unicode mode", at: 1)
    assertError(#"[\B]"#, flags: "v", "invalid escape in unicode mode", at: 1)
  }

  func testClassStringDisjunctions() {
    assertValid(#"[\q{abc|d}]"#, flags: "v")
    assertValid(#"[\q{}]"#, flags: "v")
    assertValid(#"[\q{a|bc|}]"#, flags: "v")
    assertValid(#"[\q{a\-b}]"#, flags: "v")
    assertValid(#"[\q{a&b}]"#, flags: "v")
    assertValid(#"[\q{\u{1F600}}]"#, flags: "v")
    assertError(#"[\q{a}]"#, flags: "u", "invalid escape in unicode mode", at: 1)
    assertError(#"[\q{a-b}]"#, flags: "v", "'-' must be escaped in a character class", at: 5)
    assertError(#"[\q{a&&b}]"#, flags: "v", "reserved double punctuator '&&' in character class", at: 5)
    assertError(#"[\q{a(b}]"#, flags: "v", "'(' must be escaped in a character class", at: 5)
    assertError(#"[\q{\d}]"#, flags: "v", "invalid escape in class string disjunction", at: 4)
    assertError(#"[\q{a]"#, flags: "v", "']' must be escaped in a character class", at: 5)
    assertError(#"[\q{a"#, flags: "v", "unterminated class string disjunction", at: 1)
    assertError(#"[\q]"#, flags: "v", "invalid escape in unicode mode", at: 1)
  }

  func testNegatedClassesContainingStrings() {
    // A single-character string is a character, so these may be negated.
    assertValid(#"[^\q{a}]"#, flags: "v")
    assertValid(#"[^\q{a|b}]"#, flags: "v")
    assertValid(#"[^\q{😀}]"#, flags: "v")
    assertValid(#"[^\q{\uD83D\uDE00}]"#, flags: "v")
    // An intersection contains strings only if every operand may; a subtraction if its first one may.
    assertValid(#"[^\q{ab}&&a]"#, flags: "v")
    assertValid(#"[^a&&\q{ab}]"#, flags: "v")
    assertValid(#"[^\q{a}--\p{RGI_Emoji}]"#, flags: "v")
    assertValid(#"[^\p{RGI_Emoji}&&\p{Emoji}]"#, flags: "v")
    assertError(#"[^\q{ab}]"#, flags: "v", "negated character class may contain strings", at: 0, length: 9)
    assertError(#"[^\q{}]"#, flags: "v", "negated character class may contain strings", at: 0)
    assertError(#"[^\q{a|}]"#, flags: "v", "negated character class may contain strings", at: 0)
    assertError(#"[^\q{ab}&&\q{cd}]"#, flags: "v", "negated character class may contain strings", at: 0)
    assertError(#"[^\p{RGI_Emoji}--\q{a}]"#, flags: "v", "negated character class may contain strings", at: 0)
    assertError(#"[^[\q{ab}]]"#, flags: "v", "negated character class may contain strings", at: 0)
    assertError(#"[^[^\q{ab}]]"#, flags: "v", "negated character class may contain strings", at: 2)
    assertError(#"[^a\q{bc}]"#, flags: "v", "negated character class may contain strings", at: 0)
  }

  // MARK: Robustness

  func testMalformedUTF8IsNeverFatal() {
    assertValid(Array([0xFF, 0xC3]))
    assertValid(Array([0x5B, 0xED, 0xA0, 0x80, 0x5D]), flags: "u")
    assertError(Array([0x5C, 0xF0, 0x9F]), flags: "u", "invalid escape in unicode mode", at: 0)
  }

  private func assertValid(
    _ pattern: [UInt8], flags: String = "", file: StaticString = #filePath, line: UInt = #line
  ) {
    let error = RegExpValidator.validate(pattern: pattern, flags: Array(flags.utf8))
    XCTAssertNil(error, "\(pattern) should be valid", file: file, line: line)
  }

  private func assertError(
    _ pattern: [UInt8], flags: String = "", _ message: String, at offset: Int,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    let error = RegExpValidator.validate(pattern: pattern, flags: Array(flags.utf8))
    XCTAssertEqual(error?.message, message, "\(pattern)", file: file, line: line)
    XCTAssertEqual(error?.offset, offset, "\(pattern)", file: file, line: line)
  }
}
