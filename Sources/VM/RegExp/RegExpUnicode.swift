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
      case "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict":
        let long = name == "EComp" ? "Emoji_Component" : name == "ExtPict" ? "Extended_Pictographic" : name
        return RegExpScriptData.ranges["binary:" + long].map { .ranges(RegExpRanges(table: $0)) }
      default: return nil
      }
    }
    switch name {
    case "General_Category", "gc":
      return categories[value].map { .property(.generalCategory($0)) }
    case "Script", "sc", "Script_Extensions", "scx":
      let canonical = RegExpScriptData.scriptAliases[value] ?? value
      let key = name.hasPrefix("Script_") || name == "scx" ? "scx:" + canonical : canonical
      return RegExpScriptData.ranges[key].map { .ranges(RegExpRanges(table: $0)) }
    default:
      return nil
    }
  }
}
