// Character sets, case-equivalence classes and Unicode properties for the regular-expression engine.
// General categories and binary properties come from the standard library's Unicode data; scripts
// (which it does not expose) come from the table at the end of this file, generated from node's ICU by
// `scripts/regexp-fixtures.mjs --scripts`.

/// Sorted, disjoint, non-adjacent inclusive ranges of characters, stored flat as `[low, high, …]`.
internal struct RegExpRanges: Hashable, Sendable {
  var bounds: [UInt32] = []

  init() {}

  init(_ low: UInt32, _ high: UInt32) { bounds = [low, high] }

  init(points: [UInt32]) {
    var builder = RegExpRangeBuilder()
    for point in points { builder.add(point, point) }
    self = builder.build()
  }

  /// Parses the table form `"41-5a 61-7a aa"` (hexadecimal).
  init(table: String) {
    var builder = RegExpRangeBuilder()
    for item in table.split(separator: " ") {
      let parts = item.split(separator: "-")
      let low = UInt32(parts[0], radix: 16)!
      builder.add(low, parts.count > 1 ? UInt32(parts[1], radix: 16)! : low)
    }
    self = builder.build()
  }

  static let digits = RegExpRanges(0x30, 0x39)
  static let word: RegExpRanges = {
    var builder = RegExpRangeBuilder()
    builder.add(0x30, 0x39)
    builder.add(0x41, 0x5A)
    builder.add(0x5F, 0x5F)
    builder.add(0x61, 0x7A)
    return builder.build()
  }()
  /// `\w` under `u`+`i`: the long s and the Kelvin sign fold into it.
  static let foldedWord: RegExpRanges = {
    var builder = RegExpRangeBuilder()
    builder.add(0x30, 0x39)
    builder.add(0x41, 0x5A)
    builder.add(0x5F, 0x5F)
    builder.add(0x61, 0x7A)
    builder.add(0x17F, 0x17F)
    builder.add(0x212A, 0x212A)
    return builder.build()
  }()
  static let lineTerminators = RegExpRanges(points: [0x0A, 0x0D, 0x2028, 0x2029])
  static let whiteSpace: RegExpRanges = {
    var builder = RegExpRangeBuilder()
    for point: UInt32 in [0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF] {
      builder.add(point, point)
    }
    builder.add(0x09, 0x0D)
    builder.add(0x2000, 0x200A)
    return builder.build()
  }()

  func contains(_ character: UInt32) -> Bool {
    // Binary search for the last low bound not above the character.
    var low = 0
    var high = bounds.count / 2
    while low < high {
      let middle = (low + high) / 2
      if bounds[middle * 2] <= character { low = middle + 1 } else { high = middle }
    }
    return low > 0 && character <= bounds[low * 2 - 1]
  }

  var isEmpty: Bool { bounds.isEmpty }
  var maximum: UInt32? { bounds.last }
}

/// Collects ranges in any order and normalizes them.
internal struct RegExpRangeBuilder {
  private var pairs: [(UInt32, UInt32)] = []

  mutating func add(_ low: UInt32, _ high: UInt32) { pairs.append((low, high)) }

  func build() -> RegExpRanges {
    var result = RegExpRanges()
    for (low, high) in pairs.sorted(by: { $0.0 < $1.0 }) {
      if let last = result.bounds.last, low <= last &+ 1 {
        result.bounds[result.bounds.count - 1] = max(last, high)
      } else {
        result.bounds.append(low)
        result.bounds.append(high)
      }
    }
    return result
  }
}

/// A set of characters as written: ranges, properties and the `v` flag's set operations.
internal indirect enum RegExpSetExpression: Sendable {
  case ranges(RegExpRanges)
  case property(RegExpProperty)
  case union([RegExpSetExpression])
  case intersection(RegExpSetExpression, RegExpSetExpression)
  case subtraction(RegExpSetExpression, RegExpSetExpression)
  case complement(RegExpSetExpression)

  func contains(_ character: UInt32) -> Bool {
    switch self {
    case .ranges(let ranges): return ranges.contains(character)
    case .property(let property): return property.contains(character)
    case .union(let members): return members.contains { $0.contains(character) }
    case .intersection(let left, let right): return left.contains(character) && right.contains(character)
    case .subtraction(let left, let right): return left.contains(character) && !right.contains(character)
    case .complement(let inner): return !inner.contains(character)
    }
  }

  /// False only when every member is ASCII (so a first-character scan may skip other characters).
  var mayContainNonASCII: Bool {
    switch self {
    case .ranges(let ranges): return (ranges.maximum ?? 0) > 0x7F
    case .property: return true
    case .union(let members): return members.contains { $0.mayContainNonASCII }
    case .intersection(let left, let right): return left.mayContainNonASCII && right.mayContainNonASCII
    case .subtraction(let left, _): return left.mayContainNonASCII
    case .complement: return true
    }
  }
}

/// A compiled character class: the set, whether the class is negated (`[^…]`, which complements after
/// case folding), how `i` folds, and a bitmap answering for ASCII without touching the set.
internal struct RegExpClass: Sendable {
  enum Folding: Sendable { case none, uppercase, simple }

  var expression: RegExpSetExpression
  var negated: Bool
  var folding: Folding
  var asciiLow: UInt64 = 0
  var asciiHigh: UInt64 = 0

  init(expression: RegExpSetExpression, negated: Bool, flags: RegExpFlags, alreadyFolded: Bool = false) {
    self.expression = expression
    self.negated = negated
    folding = !flags.ignoreCase || alreadyFolded ? .none : flags.unicodeMode ? .simple : .uppercase
    for character in UInt32(0)..<128 where slowContains(character) {
      if character < 64 {
        asciiLow |= 1 << UInt64(character)
      } else {
        asciiHigh |= 1 << UInt64(character - 64)
      }
    }
  }

  /// `.`: every character, or every one but the line terminators.
  static func dot(_ flags: RegExpFlags) -> RegExpClass {
    var plain = flags
    plain.ignoreCase = false
    return RegExpClass(
      expression: .ranges(flags.dotAll ? RegExpRanges() : RegExpRanges.lineTerminators), negated: true,
      flags: plain)
  }

  @inline(__always)
  func contains(_ character: UInt32) -> Bool {
    if character < 64 { return asciiLow & (1 << UInt64(character)) != 0 }
    if character < 128 { return asciiHigh & (1 << UInt64(character - 64)) != 0 }
    return slowContains(character)
  }

  private func slowContains(_ character: UInt32) -> Bool {
    var found: Bool
    switch folding {
    case .none:
      found = expression.contains(character)
    case .uppercase, .simple:
      // A character matches when any character of its case-equivalence class is in the set.
      let members = RegExpCaseFolding.equivalents(of: character, unicode: folding == .simple)
      found = members.contains { expression.contains($0) }
    }
    return found != negated
  }

  var mayContainNonASCII: Bool { negated || folding != .none || expression.mayContainNonASCII }
}

/// Case-equivalence classes under the specification's Canonicalize: simple case folding in unicode
/// mode, and otherwise the single-unit uppercase mapping that never maps a non-ASCII character into ASCII.
internal enum RegExpCaseFolding {
  static func equivalents(of character: UInt32, unicode: Bool) -> [UInt32] {
    let table = unicode ? unicodeClasses : legacyClasses
    return table[character] ?? [character]
  }

  static func canonicalize(_ character: UInt32, unicode: Bool) -> UInt32 {
    if character < 128 {
      if unicode { return character >= 0x41 && character <= 0x5A ? character + 32 : character }
      return character >= 0x61 && character <= 0x7A ? character - 32 : character
    }
    return unicode ? simpleFold(character) : legacyCanonical(character)
  }

  private static func single(_ mapping: String) -> UInt32? {
    let scalars = mapping.unicodeScalars
    guard scalars.count == 1 else { return nil }
    return scalars.first!.value
  }

  /// Simple case folding, derived as lowercase(uppercase(c)) over single-character mappings; the
  /// dotless i is the one character that derivation would wrongly fold.
  private static func simpleFold(_ character: UInt32) -> UInt32 {
    // Unicode 15 added simple foldings the case mappings do not show.
    switch character {
    case 0x1FD3: return 0x390
    case 0x1FE3: return 0x3B0
    case 0xFB05: return 0xFB06
    default: break
    }
    guard character != 0x131, let scalar = Unicode.Scalar(character) else { return character }
    let upper = single(scalar.properties.uppercaseMapping) ?? character
    guard let upperScalar = Unicode.Scalar(upper) else { return upper }
    return single(upperScalar.properties.lowercaseMapping) ?? upper
  }

  private static func legacyCanonical(_ character: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(character) else { return character }
    let upper = scalar.properties.uppercaseMapping.utf16
    guard upper.count == 1 else { return character }
    let result = UInt32(upper.first!)
    return character >= 128 && result < 128 ? character : result
  }

  private static func buildClasses(limit: UInt32, unicode: Bool) -> [UInt32: [UInt32]] {
    var groups: [UInt32: [UInt32]] = [:]
    for character in UInt32(0)...limit {
      guard let scalar = Unicode.Scalar(character), scalar.properties.changesWhenCaseMapped else { continue }
      let canonical = canonicalize(character, unicode: unicode)
      groups[canonical, default: []].append(character)
    }
    var table: [UInt32: [UInt32]] = [:]
    for (canonical, var members) in groups {
      if !members.contains(canonical) && canonicalize(canonical, unicode: unicode) == canonical {
        members.append(canonical)
      }
      guard members.count > 1 else { continue }
      members.sort()
      for member in members { table[member] = members }
    }
    return table
  }

  static let unicodeClasses = buildClasses(limit: 0x1FFFF, unicode: true)
  static let legacyClasses = buildClasses(limit: 0xFFFF, unicode: false)
}

/// A Unicode property that the standard library answers per character.
internal enum RegExpProperty: Sendable {
  case generalCategory(UInt32)
  case binary(Binary)
  case any
  case ascii
  case assigned

  enum Binary: Sendable {
    case alphabetic, asciiHexDigit, bidiControl, bidiMirrored, cased, caseIgnorable, changesWhenCasefolded
    case changesWhenCasemapped, changesWhenLowercased, changesWhenNFKCCasefolded, changesWhenTitlecased
    case changesWhenUppercased, dash, defaultIgnorableCodePoint, deprecated, diacritic, emoji, emojiModifier
    case emojiModifierBase, emojiPresentation, extender, graphemeBase, graphemeExtend, hexDigit
    case idsBinaryOperator, idsTrinaryOperator, idContinue, idStart, ideographic, joinControl
    case logicalOrderException, lowercase, math, noncharacterCodePoint, patternSyntax, patternWhiteSpace
    case quotationMark, radical, regionalIndicator, sentenceTerminal, softDotted, terminalPunctuation
    case unifiedIdeograph, uppercase, variationSelector, whiteSpace, xidContinue, xidStart
  }

  func contains(_ character: UInt32) -> Bool {
    switch self {
    case .any: return true
    case .ascii: return character < 128
    case .assigned:
      return RegExpUnicode.categoryBit(character) != 29
    case .generalCategory(let mask):
      return mask & (1 << RegExpUnicode.categoryBit(character)) != 0
    case .binary(let binary):
      guard let scalar = Unicode.Scalar(character) else { return false }
      let properties = scalar.properties
      switch binary {
      case .alphabetic: return properties.isAlphabetic
      case .asciiHexDigit: return properties.isASCIIHexDigit
      case .bidiControl: return properties.isBidiControl
      case .bidiMirrored: return properties.isBidiMirrored
      case .cased: return properties.isCased
      case .caseIgnorable: return properties.isCaseIgnorable
      case .changesWhenCasefolded: return properties.changesWhenCaseFolded
      case .changesWhenCasemapped: return properties.changesWhenCaseMapped
      case .changesWhenLowercased: return properties.changesWhenLowercased
      case .changesWhenNFKCCasefolded: return properties.changesWhenNFKCCaseFolded
      case .changesWhenTitlecased: return properties.changesWhenTitlecased
      case .changesWhenUppercased: return properties.changesWhenUppercased
      case .dash: return properties.isDash
      case .defaultIgnorableCodePoint: return properties.isDefaultIgnorableCodePoint
      case .deprecated: return properties.isDeprecated
      case .diacritic: return properties.isDiacritic
      case .emoji: return properties.isEmoji
      case .emojiModifier: return properties.isEmojiModifier
      case .emojiModifierBase: return properties.isEmojiModifierBase
      case .emojiPresentation: return properties.isEmojiPresentation
      case .extender: return properties.isExtender
      case .graphemeBase: return properties.isGraphemeBase
      case .graphemeExtend: return properties.isGraphemeExtend
      case .hexDigit: return properties.isHexDigit
      case .idsBinaryOperator: return properties.isIDSBinaryOperator
      case .idsTrinaryOperator: return properties.isIDSTrinaryOperator
      case .idContinue: return properties.isIDContinue
      case .idStart: return properties.isIDStart
      case .ideographic: return properties.isIdeographic
      case .joinControl: return properties.isJoinControl
      case .logicalOrderException: return properties.isLogicalOrderException
      case .lowercase: return properties.isLowercase
      case .math: return properties.isMath
      case .noncharacterCodePoint: return properties.isNoncharacterCodePoint
      case .patternSyntax: return properties.isPatternSyntax
      case .patternWhiteSpace: return properties.isPatternWhitespace
      case .quotationMark: return properties.isQuotationMark
      case .radical: return properties.isRadical
      case .regionalIndicator: return character >= 0x1F1E6 && character <= 0x1F1FF
      case .sentenceTerminal: return properties.isSentenceTerminal
      case .softDotted: return properties.isSoftDotted
      case .terminalPunctuation: return properties.isTerminalPunctuation
      case .unifiedIdeograph: return properties.isUnifiedIdeograph
      case .uppercase: return properties.isUppercase
      case .variationSelector: return properties.isVariationSelector
      case .whiteSpace: return properties.isWhitespace
      case .xidContinue: return properties.isXIDContinue
      case .xidStart: return properties.isXIDStart
      }
    }
  }
}

internal enum RegExpUnicode {
  @inline(__always) static func isHighSurrogate(_ unit: UInt32) -> Bool { unit & 0xFC00 == 0xD800 }
  @inline(__always) static func isLowSurrogate(_ unit: UInt32) -> Bool { unit & 0xFC00 == 0xDC00 }
  @inline(__always) static func combine(_ high: UInt32, _ low: UInt32) -> UInt32 {
    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
  }

  static func appendUTF16(_ character: UInt32, to units: inout [UInt16]) {
    if character < 0x10000 {
      units.append(UInt16(character))
    } else {
      let offset = character - 0x10000
      units.append(UInt16(0xD800 + (offset >> 10)))
      units.append(UInt16(0xDC00 + (offset & 0x3FF)))
    }
  }

  static func isIdentifierStart(_ character: UInt32) -> Bool {
    if character == 0x24 || character == 0x5F { return true }
    guard let scalar = Unicode.Scalar(character) else { return false }
    return scalar.properties.isIDStart
  }

  static func isIdentifierPart(_ character: UInt32) -> Bool {
    if character == 0x24 || character == 0x200C || character == 0x200D { return true }
    guard let scalar = Unicode.Scalar(character) else { return false }
    return scalar.properties.isIDContinue
  }

  /// The bit of a character's general category in `RegExpProperty.generalCategory` masks.
  static func categoryBit(_ character: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(character) else { return 27 }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter: return 0
    case .lowercaseLetter: return 1
    case .titlecaseLetter: return 2
    case .modifierLetter: return 3
    case .otherLetter: return 4
    case .nonspacingMark: return 5
    case .spacingMark: return 6
    case .enclosingMark: return 7
    case .decimalNumber: return 8
    case .letterNumber: return 9
    case .otherNumber: return 10
    case .connectorPunctuation: return 11
    case .dashPunctuation: return 12
    case .openPunctuation: return 13
    case .closePunctuation: return 14
    case .initialPunctuation: return 15
    case .finalPunctuation: return 16
    case .otherPunctuation: return 17
    case .mathSymbol: return 18
    case .currencySymbol: return 19
    case .modifierSymbol: return 20
    case .otherSymbol: return 21
    case .spaceSeparator: return 22
    case .lineSeparator: return 23
    case .paragraphSeparator: return 24
    case .control: return 25
    case .format: return 26
    case .surrogate: return 27
    case .privateUse: return 28
    case .unassigned: return 29
    @unknown default: return 29
    }
  }

  /// General categories by every name ECMAScript accepts, as masks over `categoryBit`.
  static let categories: [String: UInt32] = {
    let single: [(String, String, UInt32)] = [
      ("Lu", "Uppercase_Letter", 0), ("Ll", "Lowercase_Letter", 1), ("Lt", "Titlecase_Letter", 2),
      ("Lm", "Modifier_Letter", 3), ("Lo", "Other_Letter", 4), ("Mn", "Nonspacing_Mark", 5),
      ("Mc", "Spacing_Mark", 6), ("Me", "Enclosing_Mark", 7), ("Nd", "Decimal_Number", 8),
      ("Nl", "Letter_Number", 9), ("No", "Other_Number", 10), ("Pc", "Connector_Punctuation", 11),
      ("Pd", "Dash_Punctuation", 12), ("Ps", "Open_Punctuation", 13), ("Pe", "Close_Punctuation", 14),
      ("Pi", "Initial_Punctuation", 15), ("Pf", "Final_Punctuation", 16), ("Po", "Other_Punctuation", 17),
      ("Sm", "Math_Symbol", 18), ("Sc", "Currency_Symbol", 19), ("Sk", "Modifier_Symbol", 20),
      ("So", "Other_Symbol", 21), ("Zs", "Space_Separator", 22), ("Zl", "Line_Separator", 23),
      ("Zp", "Paragraph_Separator", 24), ("Cc", "Control", 25), ("Cf", "Format", 26), ("Cs", "Surrogate", 27),
      ("Co", "Private_Use", 28), ("Cn", "Unassigned", 29),
    ]
    var table: [String: UInt32] = [:]
    for (short, long, bit) in single {
      table[short] = 1 << bit
      table[long] = 1 << bit
    }
    func mask(_ bits: ClosedRange<UInt32>) -> UInt32 { bits.reduce(0) { $0 | 1 << $1 } }
    for (names, bits) in [
      (["L", "Letter"], mask(0...4)), (["LC", "Cased_Letter"], mask(0...2)),
      (["M", "Mark", "Combining_Mark"], mask(5...7)), (["N", "Number"], mask(8...10)),
      (["P", "Punctuation", "punct"], mask(11...17)), (["S", "Symbol"], mask(18...21)),
      (["Z", "Separator"], mask(22...24)), (["C", "Other"], mask(25...29)),
    ] {
      for name in names { table[name] = bits }
    }
    table["digit"] = 1 << 8
    table["cntrl"] = 1 << 25
    return table
  }()

  static let binaryProperties: [String: RegExpProperty.Binary] = {
    let list: [([String], RegExpProperty.Binary)] = [
      (["Alphabetic", "Alpha"], .alphabetic), (["ASCII_Hex_Digit", "AHex"], .asciiHexDigit),
      (["Bidi_Control", "Bidi_C"], .bidiControl), (["Bidi_Mirrored", "Bidi_M"], .bidiMirrored),
      (["Cased"], .cased), (["Case_Ignorable", "CI"], .caseIgnorable),
      (["Changes_When_Casefolded", "CWCF"], .changesWhenCasefolded),
      (["Changes_When_Casemapped", "CWCM"], .changesWhenCasemapped),
      (["Changes_When_Lowercased", "CWL"], .changesWhenLowercased),
      (["Changes_When_NFKC_Casefolded", "CWKCF"], .changesWhenNFKCCasefolded),
      (["Changes_When_Titlecased", "CWT"], .changesWhenTitlecased),
      (["Changes_When_Uppercased", "CWU"], .changesWhenUppercased), (["Dash"], .dash),
      (["Default_Ignorable_Code_Point", "DI"], .defaultIgnorableCodePoint),
      (["Deprecated", "Dep"], .deprecated),
      (["Diacritic", "Dia"], .diacritic), (["Emoji"], .emoji), (["Emoji_Modifier", "EMod"], .emojiModifier),
      (["Emoji_Modifier_Base", "EBase"], .emojiModifierBase),
      (["Emoji_Presentation", "EPres"], .emojiPresentation), (["Extender", "Ext"], .extender),
      (["Grapheme_Base", "Gr_Base"], .graphemeBase), (["Grapheme_Extend", "Gr_Ext"], .graphemeExtend),
      (["Hex_Digit", "Hex"], .hexDigit), (["IDS_Binary_Operator", "IDSB"], .idsBinaryOperator),
      (["IDS_Trinary_Operator", "IDST"], .idsTrinaryOperator), (["ID_Continue", "IDC"], .idContinue),
      (["ID_Start", "IDS"], .idStart), (["Ideographic", "Ideo"], .ideographic),
      (["Join_Control", "Join_C"], .joinControl),
      (["Logical_Order_Exception", "LOE"], .logicalOrderException),
      (["Lowercase", "Lower"], .lowercase), (["Math"], .math),
      (["Noncharacter_Code_Point", "NChar"], .noncharacterCodePoint),
      (["Pattern_Syntax", "Pat_Syn"], .patternSyntax),
      (["Pattern_White_Space", "Pat_WS"], .patternWhiteSpace), (["Quotation_Mark", "QMark"], .quotationMark),
      (["Radical"], .radical), (["Regional_Indicator", "RI"], .regionalIndicator),
      (["Sentence_Terminal", "STerm"], .sentenceTerminal), (["Soft_Dotted", "SD"], .softDotted),
      (["Terminal_Punctuation", "Term"], .terminalPunctuation),
      (["Unified_Ideograph", "UIdeo"], .unifiedIdeograph),
      (["Uppercase", "Upper"], .uppercase), (["Variation_Selector", "VS"], .variationSelector),
      (["White_Space", "space"], .whiteSpace), (["XID_Continue", "XIDC"], .xidContinue),
      (["XID_Start", "XIDS"], .xidStart),
    ]
    var table: [String: RegExpProperty.Binary] = [:]
    for (names, property) in list {
      for name in names { table[name] = property }
    }
    return table
  }()

  /// The set named by `\p{name}` or `\p{name=value}`, or nil when ECMAScript does not know it.
  static func property(name: String, value: String?) -> RegExpSetExpression? {
    guard let value else {
      if let mask = categories[name] { return .property(.generalCategory(mask)) }
      if let binary = binaryProperties[name] { return .property(.binary(binary)) }
      switch name {
      case "Any": return .property(.any)
      case "ASCII": return .property(.ascii)
      case "Assigned": return .property(.assigned)
      default: return nil
      }
    }
    switch name {
    case "General_Category", "gc":
      return categories[value].map { .property(.generalCategory($0)) }
    case "Script", "sc", "Script_Extensions", "scx":
      let canonical = RegExpScripts.scriptAliases[value] ?? value
      let key = name.hasPrefix("Script_") || name == "scx" ? "scx:" + canonical : canonical
      return RegExpScripts.scriptRanges[key].map { .ranges(RegExpRanges(table: $0)) }
    default:
      return nil
    }
  }
}

/// Script and Script_Extensions ranges for the scripts most text uses (generated from node's ICU).
internal enum RegExpScripts {
  static let scriptRanges: [String: String] = [
    "Latin":
      "41-5a 61-7a aa ba c0-d6 d8-f6 f8-2b8 2e0-2e4 1d00-1d25 1d2c-1d5c 1d62-1d65 1d6b-1d77 1d79-1dbe 1e00-1eff 2071 207f 2090-209c 212a-212b 2132 214e 2160-2188 2c60-2c7f a722-a787 a78b-a7dc a7f1-a7ff ab30-ab5a ab5c-ab64 ab66-ab69 fb00-fb06 ff21-ff3a ff41-ff5a 10780-10785 10787-107b0 107b2-107ba 1df00-1df1e 1df25-1df2a",
    "scx:Latin":
      "41-5a 61-7a aa b7 ba c0-d6 d8-f6 f8-2b8 2bc 2c7 2c9-2cb 2cd 2d7 2d9 2e0-2e4 300-30e 310-311 313 323-325 32d-32e 330-331 358 35e 363-36f 485-486 951-952 10fb 1d00-1d25 1d2c-1d5c 1d62-1d65 1d6b-1d77 1d79-1dbe 1df8 1e00-1eff 202f 2071 207f 2090-209c 20f0 212a-212b 2132 214e 2160-2188 2c60-2c7f 2e17 a700-a707 a722-a787 a78b-a7dc a7f1-a7ff a92e ab30-ab5a ab5c-ab64 ab66-ab69 fb00-fb06 ff21-ff3a ff41-ff5a 10780-10785 10787-107b0 107b2-107ba 1df00-1df1e 1df25-1df2a",
    "Greek":
      "370-373 375-377 37a-37d 37f 384 386 388-38a 38c 38e-3a1 3a3-3e1 3f0-3ff 1d26-1d2a 1d5d-1d61 1d66-1d6a 1dbf 1f00-1f15 1f18-1f1d 1f20-1f45 1f48-1f4d 1f50-1f57 1f59 1f5b 1f5d 1f5f-1f7d 1f80-1fb4 1fb6-1fc4 1fc6-1fd3 1fd6-1fdb 1fdd-1fef 1ff2-1ff4 1ff6-1ffe 2126 ab65 10140-1018e 101a0 1d200-1d245",
    "scx:Greek":
      "b7 300-301 304 306 308 313 342 345 370-377 37a-37d 37f 384 386 388-38a 38c 38e-3a1 3a3-3e1 3f0-3ff 1d26-1d2a 1d5d-1d61 1d66-1d6a 1dbf-1dc1 1f00-1f15 1f18-1f1d 1f20-1f45 1f48-1f4d 1f50-1f57 1f59 1f5b 1f5d 1f5f-1f7d 1f80-1fb4 1fb6-1fc4 1fc6-1fd3 1fd6-1fdb 1fdd-1fef 1ff2-1ff4 1ff6-1ffe 205d 2126 ab65 10140-1018e 101a0 1d200-1d245",
    "Cyrillic": "400-484 487-52f 1c80-1c8a 1d2b 1d78 2de0-2dff a640-a69f fe2e-fe2f 1e030-1e06d 1e08f",
    "scx:Cyrillic":
      "2bc 300-302 304 306 308 30b 311 400-52f 1c80-1c8a 1d2b 1d78 1df8 2de0-2dff 2e43 a640-a69f fe2e-fe2f 1e030-1e06d 1e08f",
    "Han":
      "2e80-2e99 2e9b-2ef3 2f00-2fd5 3005 3007 3021-3029 3038-303b 3400-4dbf 4e00-9fff f900-fa6d fa70-fad9 16fe2-16fe3 16ff0-16ff6 20000-2a6df 2a700-2b81d 2b820-2cead 2ceb0-2ebe0 2ebf0-2ee5d 2f800-2fa1d 30000-3134a 31350-33479",
    "scx:Han":
      "b7 2e80-2e99 2e9b-2ef3 2f00-2fd5 2ff0-2fff 3001-3003 3005-3011 3013-301f 3021-302d 3030 3037-303f 30fb 3190-319f 31c0-31e5 31ef 3220-3247 3280-32b0 32c0-32cb 32ff 3358-3370 337b-337f 33e0-33fe 3400-4dbf 4e00-9fff a700-a707 f900-fa6d fa70-fad9 fe45-fe46 ff61-ff65 16fe2-16fe3 16ff0-16ff6 1d360-1d371 1f250-1f251 20000-2a6df 2a700-2b81d 2b820-2cead 2ceb0-2ebe0 2ebf0-2ee5d 2f800-2fa1d 30000-3134a 31350-33479",
    "Arabic":
      "600-604 606-60b 60d-61a 61c-61e 620-63f 641-64a 656-66f 671-6dc 6de-6ff 750-77f 870-891 897-8e1 8e3-8ff fb50-fd3d fd40-fdcf fdf0-fdff fe70-fe74 fe76-fefc 10e60-10e7e 10ec2-10ec7 10ed0-10ed8 10efa-10eff 1ee00-1ee03 1ee05-1ee1f 1ee21-1ee22 1ee24 1ee27 1ee29-1ee32 1ee34-1ee37 1ee39 1ee3b 1ee42 1ee47 1ee49 1ee4b 1ee4d-1ee4f 1ee51-1ee52 1ee54 1ee57 1ee59 1ee5b 1ee5d 1ee5f 1ee61-1ee62 1ee64 1ee67-1ee6a 1ee6c-1ee72 1ee74-1ee77 1ee79-1ee7c 1ee7e 1ee80-1ee89 1ee8b-1ee9b 1eea1-1eea3 1eea5-1eea9 1eeab-1eebb 1eef0-1eef1",
    "scx:Arabic":
      "600-604 606-6dc 6de-6ff 750-77f 870-891 897-8e1 8e3-8ff 204f 2e41 fb50-fdcf fdf0-fdff fe70-fe74 fe76-fefc 102e0-102fb 10e60-10e7e 10ec2-10ec7 10ed0-10ed8 10efa-10eff 1ee00-1ee03 1ee05-1ee1f 1ee21-1ee22 1ee24 1ee27 1ee29-1ee32 1ee34-1ee37 1ee39 1ee3b 1ee42 1ee47 1ee49 1ee4b 1ee4d-1ee4f 1ee51-1ee52 1ee54 1ee57 1ee59 1ee5b 1ee5d 1ee5f 1ee61-1ee62 1ee64 1ee67-1ee6a 1ee6c-1ee72 1ee74-1ee77 1ee79-1ee7c 1ee7e 1ee80-1ee89 1ee8b-1ee9b 1eea1-1eea3 1eea5-1eea9 1eeab-1eebb 1eef0-1eef1",
    "Hebrew": "591-5c7 5d0-5ea 5ef-5f4 fb1d-fb36 fb38-fb3c fb3e fb40-fb41 fb43-fb44 fb46-fb4f",
    "scx:Hebrew": "307-308 591-5c7 5d0-5ea 5ef-5f4 fb1d-fb36 fb38-fb3c fb3e fb40-fb41 fb43-fb44 fb46-fb4f",
    "Hiragana": "3041-3096 309d-309f 1b001-1b11f 1b132 1b150-1b152 1f200",
    "scx:Hiragana":
      "3001-3003 3008-3011 3013-301f 3030-3035 3037 303c-303d 3041-3096 3099-30a0 30fb-30fc fe45-fe46 ff61-ff65 ff70 ff9e-ff9f 1b001-1b11f 1b132 1b150-1b152 1f200",
    "Katakana":
      "30a1-30fa 30fd-30ff 31f0-31ff 32d0-32fe 3300-3357 ff66-ff6f ff71-ff9d 1aff0-1aff3 1aff5-1affb 1affd-1affe 1b000 1b120-1b122 1b155 1b164-1b167",
    "scx:Katakana":
      "305 323 3001-3003 3008-3011 3013-301f 3030-3035 3037 303c-303d 3099-309c 30a0-30ff 31f0-31ff 32d0-32fe 3300-3357 fe45-fe46 ff61-ff9f 1aff0-1aff3 1aff5-1affb 1affd-1affe 1b000 1b120-1b122 1b155 1b164-1b167",
    "Hangul":
      "1100-11ff 302e-302f 3131-318e 3200-321e 3260-327e a960-a97c ac00-d7a3 d7b0-d7c6 d7cb-d7fb ffa0-ffbe ffc2-ffc7 ffca-ffcf ffd2-ffd7 ffda-ffdc",
    "scx:Hangul":
      "1100-11ff 3001-3003 3008-3011 3013-301f 302e-3030 3037 30fb 3131-318e 3200-321e 3260-327e a960-a97c ac00-d7a3 d7b0-d7c6 d7cb-d7fb fe45-fe46 ff61-ff65 ffa0-ffbe ffc2-ffc7 ffca-ffcf ffd2-ffd7 ffda-ffdc",
    "Thai": "e01-e3a e40-e5b",
    "scx:Thai": "2bc 2d7 303 331 e01-e3a e40-e5b",
    "Devanagari": "900-950 955-963 966-97f a8e0-a8ff 11b00-11b09",
    "scx:Devanagari": "2bc 900-952 955-97f 1cd0-1cf6 1cf8-1cf9 20f0 a830-a839 a8e0-a8ff 11b00-11b09",
    "Armenian": "531-556 559-58a 58d-58f fb13-fb17",
    "scx:Armenian": "308 531-556 559-58a 58d-58f fb13-fb17",
    "Georgian": "10a0-10c5 10c7 10cd 10d0-10fa 10fc-10ff 1c90-1cba 1cbd-1cbf 2d00-2d25 2d27 2d2d",
    "scx:Georgian": "b7 589 10a0-10c5 10c7 10cd 10d0-10ff 1c90-1cba 1cbd-1cbf 205a 2d00-2d25 2d27 2d2d 2e31",
    "Common":
      "0-40 5b-60 7b-a9 ab-b9 bb-bf d7 f7 2b9-2df 2e5-2e9 2ec-2ff 374 37e 385 387 605 60c 61b 61f 640 6dd 8e2 964-965 e3f fd5-fd8 10fb 16eb-16ed 1735-1736 1802-1803 1805 1cd3 1ce1 1ce9-1cec 1cee-1cf3 1cf5-1cf7 1cfa 2000-200b 200e-2064 2066-2070 2074-207e 2080-208e 20a0-20c1 2100-2125 2127-2129 212c-2131 2133-214d 214f-215f 2189-218b 2190-2429 2440-244a 2460-27ff 2900-2b73 2b76-2bff 2e00-2e5d 2ff0-3004 3006 3008-3020 3030-3037 303c-303f 309b-309c 30a0 30fb-30fc 3190-319f 31c0-31e5 31ef 3220-325f 327f-32cf 32ff 3358-33ff 4dc0-4dff a700-a721 a788-a78a a830-a839 a92e a9cf ab5b ab6a-ab6b fd3e-fd3f fe10-fe19 fe30-fe52 fe54-fe66 fe68-fe6b feff ff01-ff20 ff3b-ff40 ff5b-ff65 ff70 ff9e-ff9f ffe0-ffe6 ffe8-ffee fff9-fffd 10100-10102 10107-10133 10137-1013f 10190-1019c 101d0-101fc 102e1-102fb 1bca0-1bca3 1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 1cee0-1cef0 1cf50-1cfc3 1d000-1d0f5 1d100-1d126 1d129-1d166 1d16a-1d17a 1d183-1d184 1d18c-1d1a9 1d1ae-1d1ea 1d2c0-1d2d3 1d2e0-1d2f3 1d300-1d356 1d360-1d378 1d400-1d454 1d456-1d49c 1d49e-1d49f 1d4a2 1d4a5-1d4a6 1d4a9-1d4ac 1d4ae-1d4b9 1d4bb 1d4bd-1d4c3 1d4c5-1d505 1d507-1d50a 1d50d-1d514 1d516-1d51c 1d51e-1d539 1d53b-1d53e 1d540-1d544 1d546 1d54a-1d550 1d552-1d6a5 1d6a8-1d7cb 1d7ce-1d7ff 1ec71-1ecb4 1ed01-1ed3d 1f000-1f02b 1f030-1f093 1f0a0-1f0ae 1f0b1-1f0bf 1f0c1-1f0cf 1f0d1-1f0f5 1f100-1f1ad 1f1e6-1f1ff 1f201-1f202 1f210-1f23b 1f240-1f248 1f250-1f251 1f260-1f265 1f300-1f6d8 1f6dc-1f6ec 1f6f0-1f6fc 1f700-1f7d9 1f7e0-1f7eb 1f7f0 1f800-1f80b 1f810-1f847 1f850-1f859 1f860-1f887 1f890-1f8ad 1f8b0-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1f900-1fa57 1fa60-1fa6d 1fa70-1fa7c 1fa80-1fa8a 1fa8e-1fac6 1fac8 1facd-1fadc 1fadf-1faea 1faef-1faf8 1fb00-1fb92 1fb94-1fbfa e0001 e0020-e007f",
    "scx:Common":
      "0-40 5b-60 7b-a9 ab-b6 b8-b9 bb-bf d7 f7 2b9-2bb 2bd-2c6 2c8 2cc 2ce-2d6 2d8 2da-2df 2e5-2e9 2ec-2ff 37e 385 387 605 6dd 8e2 e3f fd5-fd8 2000-200b 200e-202e 2030-204e 2050-2059 205b-205c 205e-2064 2066-2070 2074-207e 2080-208e 20a0-20c1 2100-2125 2127-2129 212c-2131 2133-214d 214f-215f 2189-218b 2190-2429 2440-244a 2460-27ff 2900-2b73 2b76-2bff 2e00-2e16 2e18-2e2f 2e32-2e3b 2e3d-2e40 2e42 2e44-2e5d 3000 3004 3012 3020 3036 3248-325f 327f 32b1-32bf 32cc-32cf 3371-337a 3380-33df 33ff 4dc0-4dff a708-a721 a788-a78a ab5b ab6a-ab6b fe10-fe19 fe30-fe44 fe47-fe52 fe54-fe66 fe68-fe6b feff ff01-ff20 ff3b-ff40 ff5b-ff60 ffe0-ffe6 ffe8-ffee fff9-fffd 10190-1019c 101d0-101fc 1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 1cee0-1cef0 1cf50-1cfc3 1d000-1d0f5 1d100-1d126 1d129-1d166 1d16a-1d17a 1d183-1d184 1d18c-1d1a9 1d1ae-1d1ea 1d2c0-1d2d3 1d2e0-1d2f3 1d300-1d356 1d372-1d378 1d400-1d454 1d456-1d49c 1d49e-1d49f 1d4a2 1d4a5-1d4a6 1d4a9-1d4ac 1d4ae-1d4b9 1d4bb 1d4bd-1d4c3 1d4c5-1d505 1d507-1d50a 1d50d-1d514 1d516-1d51c 1d51e-1d539 1d53b-1d53e 1d540-1d544 1d546 1d54a-1d550 1d552-1d6a5 1d6a8-1d7cb 1d7ce-1d7ff 1ec71-1ecb4 1ed01-1ed3d 1f000-1f02b 1f030-1f093 1f0a0-1f0ae 1f0b1-1f0bf 1f0c1-1f0cf 1f0d1-1f0f5 1f100-1f1ad 1f1e6-1f1ff 1f201-1f202 1f210-1f23b 1f240-1f248 1f260-1f265 1f300-1f6d8 1f6dc-1f6ec 1f6f0-1f6fc 1f700-1f7d9 1f7e0-1f7eb 1f7f0 1f800-1f80b 1f810-1f847 1f850-1f859 1f860-1f887 1f890-1f8ad 1f8b0-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1f900-1fa57 1fa60-1fa6d 1fa70-1fa7c 1fa80-1fa8a 1fa8e-1fac6 1fac8 1facd-1fadc 1fadf-1faea 1faef-1faf8 1fb00-1fb92 1fb94-1fbfa e0001 e0020-e007f",
    "Inherited":
      "300-36f 485-486 64b-655 670 951-954 1ab0-1add 1ae0-1aeb 1cd0-1cd2 1cd4-1ce0 1ce2-1ce8 1ced 1cf4 1cf8-1cf9 1dc0-1dff 200c-200d 20d0-20f0 302a-302d 3099-309a fe00-fe0f fe20-fe2d 101fd 102e0 1133b 1cf00-1cf2d 1cf30-1cf46 1d167-1d169 1d17b-1d182 1d185-1d18b 1d1aa-1d1ad e0100-e01ef",
    "scx:Inherited":
      "30f 312 314-322 326-32c 32f 332-341 343-344 346-357 359-35d 35f-362 953-954 1ab0-1add 1ae0-1aeb 1dc2-1df7 1df9 1dfb-1dff 200c-200d 20d0-20ef fe00-fe0f fe20-fe2d 101fd 1cf00-1cf2d 1cf30-1cf46 1d167-1d169 1d17b-1d182 1d185-1d18b 1d1aa-1d1ad e0100-e01ef",
    "Bengali":
      "980-983 985-98c 98f-990 993-9a8 9aa-9b0 9b2 9b6-9b9 9bc-9c4 9c7-9c8 9cb-9ce 9d7 9dc-9dd 9df-9e3 9e6-9fe",
    "scx:Bengali":
      "2bc 951-952 964-965 980-983 985-98c 98f-990 993-9a8 9aa-9b0 9b2 9b6-9b9 9bc-9c4 9c7-9c8 9cb-9ce 9d7 9dc-9dd 9df-9e3 9e6-9fe 1cd0 1cd2 1cd5-1cd6 1cd8 1ce1 1cea 1ced 1cf2 1cf5-1cf7 a8f1",
    "Tamil":
      "b82-b83 b85-b8a b8e-b90 b92-b95 b99-b9a b9c b9e-b9f ba3-ba4 ba8-baa bae-bb9 bbe-bc2 bc6-bc8 bca-bcd bd0 bd7 be6-bfa 11fc0-11ff1 11fff",
    "scx:Tamil":
      "951-952 964-965 b82-b83 b85-b8a b8e-b90 b92-b95 b99-b9a b9c b9e-b9f ba3-ba4 ba8-baa bae-bb9 bbe-bc2 bc6-bc8 bca-bcd bd0 bd7 be6-bfa 1cda a8f3 11301 11303 1133b-1133c 11fc0-11ff1 11fff",
    "Ethiopic":
      "1200-1248 124a-124d 1250-1256 1258 125a-125d 1260-1288 128a-128d 1290-12b0 12b2-12b5 12b8-12be 12c0 12c2-12c5 12c8-12d6 12d8-1310 1312-1315 1318-135a 135d-137c 1380-1399 2d80-2d96 2da0-2da6 2da8-2dae 2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce 2dd0-2dd6 2dd8-2dde ab01-ab06 ab09-ab0e ab11-ab16 ab20-ab26 ab28-ab2e 1e7e0-1e7e6 1e7e8-1e7eb 1e7ed-1e7ee 1e7f0-1e7fe",
    "scx:Ethiopic":
      "30e 1200-1248 124a-124d 1250-1256 1258 125a-125d 1260-1288 128a-128d 1290-12b0 12b2-12b5 12b8-12be 12c0 12c2-12c5 12c8-12d6 12d8-1310 1312-1315 1318-135a 135d-137c 1380-1399 2d80-2d96 2da0-2da6 2da8-2dae 2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce 2dd0-2dd6 2dd8-2dde ab01-ab06 ab09-ab0e ab11-ab16 ab20-ab26 ab28-ab2e 1e7e0-1e7e6 1e7e8-1e7eb 1e7ed-1e7ee 1e7f0-1e7fe",
    "Cherokee": "13a0-13f5 13f8-13fd ab70-abbf",
    "scx:Cherokee": "300-302 304 30b-30c 323-324 330-331 13a0-13f5 13f8-13fd ab70-abbf",
    "Mongolian": "1800-1801 1804 1806-1819 1820-1878 1880-18aa 11660-1166c",
    "scx:Mongolian": "1800-1819 1820-1878 1880-18aa 202f 3001-3002 3008-300b 11660-1166c",
    "Tibetan": "f00-f47 f49-f6c f71-f97 f99-fbc fbe-fcc fce-fd4 fd9-fda",
    "scx:Tibetan": "f00-f47 f49-f6c f71-f97 f99-fbc fbe-fcc fce-fd4 fd9-fda 3008-300b",
    "Khmer": "1780-17dd 17e0-17e9 17f0-17f9 19e0-19ff",
    "scx:Khmer": "1780-17dd 17e0-17e9 17f0-17f9 19e0-19ff",
    "Lao": "e81-e82 e84 e86-e8a e8c-ea3 ea5 ea7-ebd ec0-ec4 ec6 ec8-ece ed0-ed9 edc-edf",
    "scx:Lao": "e81-e82 e84 e86-e8a e8c-ea3 ea5 ea7-ebd ec0-ec4 ec6 ec8-ece ed0-ed9 edc-edf",
    "Gujarati":
      "a81-a83 a85-a8d a8f-a91 a93-aa8 aaa-ab0 ab2-ab3 ab5-ab9 abc-ac5 ac7-ac9 acb-acd ad0 ae0-ae3 ae6-af1 af9-aff",
    "scx:Gujarati":
      "951-952 964-965 a81-a83 a85-a8d a8f-a91 a93-aa8 aaa-ab0 ab2-ab3 ab5-ab9 abc-ac5 ac7-ac9 acb-acd ad0 ae0-ae3 ae6-af1 af9-aff a830-a839",
    "Gurmukhi":
      "a01-a03 a05-a0a a0f-a10 a13-a28 a2a-a30 a32-a33 a35-a36 a38-a39 a3c a3e-a42 a47-a48 a4b-a4d a51 a59-a5c a5e a66-a76",
    "scx:Gurmukhi":
      "951-952 964-965 a01-a03 a05-a0a a0f-a10 a13-a28 a2a-a30 a32-a33 a35-a36 a38-a39 a3c a3e-a42 a47-a48 a4b-a4d a51 a59-a5c a5e a66-a76 a830-a839",
    "Kannada":
      "c80-c8c c8e-c90 c92-ca8 caa-cb3 cb5-cb9 cbc-cc4 cc6-cc8 cca-ccd cd5-cd6 cdc-cde ce0-ce3 ce6-cef cf1-cf3",
    "scx:Kannada":
      "951-952 964-965 c80-c8c c8e-c90 c92-ca8 caa-cb3 cb5-cb9 cbc-cc4 cc6-cc8 cca-ccd cd5-cd6 cdc-cde ce0-ce3 ce6-cef cf1-cf3 1cd0 1cd2-1cd3 1cda 1cf2 1cf4 a830-a835",
    "Malayalam": "d00-d0c d0e-d10 d12-d44 d46-d48 d4a-d4f d54-d63 d66-d7f",
    "scx:Malayalam":
      "951-952 964-965 d00-d0c d0e-d10 d12-d44 d46-d48 d4a-d4f d54-d63 d66-d7f 1cda 1cf2 a830-a832",
    "Telugu":
      "c00-c0c c0e-c10 c12-c28 c2a-c39 c3c-c44 c46-c48 c4a-c4d c55-c56 c58-c5a c5c-c5d c60-c63 c66-c6f c77-c7f",
    "scx:Telugu":
      "951-952 964-965 c00-c0c c0e-c10 c12-c28 c2a-c39 c3c-c44 c46-c48 c4a-c4d c55-c56 c58-c5a c5c-c5d c60-c63 c66-c6f c77-c7f 1cd5-1cd6 1cd8 1cda 1cf2",
    "Sinhala":
      "d81-d83 d85-d96 d9a-db1 db3-dbb dbd dc0-dc6 dca dcf-dd4 dd6 dd8-ddf de6-def df2-df4 111e1-111f4",
    "scx:Sinhala":
      "964-965 d81-d83 d85-d96 d9a-db1 db3-dbb dbd dc0-dc6 dca dcf-dd4 dd6 dd8-ddf de6-def df2-df4 1cf2 111e1-111f4",
    "Myanmar": "1000-109f a9e0-a9fe aa60-aa7f 116d0-116e3",
    "scx:Myanmar": "1000-109f a92e a9e0-a9fe aa60-aa7f 116d0-116e3",
    "Bopomofo": "2ea-2eb 3105-312f 31a0-31bf",
    "scx:Bopomofo":
      "2c7 2c9-2cb 2d9 2ea-2eb 3001-3003 3008-3011 3013-301f 302a-302d 3030 3037 30fb 3105-312f 31a0-31bf fe45-fe46 ff61-ff65",
    "Runic": "16a0-16ea 16ee-16f8",
    "scx:Runic": "16a0-16f8",
    "Ogham": "1680-169c",
    "scx:Ogham": "1680-169c",
    "Braille": "2800-28ff",
    "scx:Braille": "2800-28ff",
    "Coptic": "3e2-3ef 2c80-2cf3 2cf9-2cff",
    "scx:Coptic": "b7 300 304-305 307 374-375 3e2-3ef 2c80-2cf3 2cf9-2cff 2e17 102e0-102fb",
    "Syriac": "700-70d 70f-74a 74d-74f 860-86a",
    "scx:Syriac":
      "303-304 307-308 30a 323-325 32d-32e 330-331 60c 61b-61c 61f 640 64b-655 670 700-70d 70f-74a 74d-74f 860-86a 1df8 1dfa",
    "Thaana": "780-7b1",
    "scx:Thaana": "60c 61b-61c 61f 660-669 780-7b1 fdf2 fdfd",
    "Yi": "a000-a48c a490-a4c6",
    "scx:Yi": "3001-3002 3008-3011 3014-301b 30fb a000-a48c a490-a4c6 ff61-ff65",
    "Gothic": "10330-1034a",
    "scx:Gothic": "b7 304-305 308 331 10330-1034a",
    "Deseret": "10400-1044f",
    "scx:Deseret": "10400-1044f",
    "Canadian_Aboriginal": "1400-167f 18b0-18f5 11ab0-11abf",
    "scx:Canadian_Aboriginal": "1400-167f 18b0-18f5 11ab0-11abf",
    "Oriya":
      "b01-b03 b05-b0c b0f-b10 b13-b28 b2a-b30 b32-b33 b35-b39 b3c-b44 b47-b48 b4b-b4d b55-b57 b5c-b5d b5f-b63 b66-b77",
    "scx:Oriya":
      "951-952 964-965 b01-b03 b05-b0c b0f-b10 b13-b28 b2a-b30 b32-b33 b35-b39 b3c-b44 b47-b48 b4b-b4d b55-b57 b5c-b5d b5f-b63 b66-b77 1cda 1cf2",
  ]

  static let scriptAliases: [String: String] = [
    "Latn": "Latin",
    "Grek": "Greek",
    "Cyrl": "Cyrillic",
    "Hani": "Han",
    "Arab": "Arabic",
    "Hebr": "Hebrew",
    "Hira": "Hiragana",
    "Kana": "Katakana",
    "Hang": "Hangul",
    "Thai": "Thai",
    "Deva": "Devanagari",
    "Armn": "Armenian",
    "Geor": "Georgian",
    "Zyyy": "Common",
    "Zinh": "Inherited",
    "Qaai": "Inherited",
    "Beng": "Bengali",
    "Taml": "Tamil",
    "Ethi": "Ethiopic",
    "Cher": "Cherokee",
    "Mong": "Mongolian",
    "Tibt": "Tibetan",
    "Khmr": "Khmer",
    "Laoo": "Lao",
    "Gujr": "Gujarati",
    "Guru": "Gurmukhi",
    "Knda": "Kannada",
    "Mlym": "Malayalam",
    "Telu": "Telugu",
    "Sinh": "Sinhala",
    "Mymr": "Myanmar",
    "Bopo": "Bopomofo",
    "Runr": "Runic",
    "Ogam": "Ogham",
    "Brai": "Braille",
    "Copt": "Coptic",
    "Qaac": "Coptic",
    "Syrc": "Syriac",
    "Thaa": "Thaana",
    "Yiii": "Yi",
    "Goth": "Gothic",
    "Dsrt": "Deseret",
    "Cans": "Canadian_Aboriginal",
    "Orya": "Oriya",
  ]
}
