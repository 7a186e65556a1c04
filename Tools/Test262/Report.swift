import Foundation

/// Counts per family (and for the whole run).
struct FamilySummary: Codable {
  var family: String
  var total = 0
  var passed = 0
  var failed = 0
  var crashed = 0
  var notApplicable = 0
  /// Not-applicable tests by `NotApplicable` category.
  var notApplicableReasons: [String: Int] = [:]

  var applicable: Int { passed + failed + crashed }
  /// Passed over applicable tests, in percent (nil when none applies).
  var passRate: Double? { applicable == 0 ? nil : 100 * Double(passed) / Double(applicable) }

  init(family: String) { self.family = family }

  mutating func add(_ result: TestResult) {
    total += 1
    switch result.outcome {
    case .pass: passed += 1
    case .fail: failed += 1
    case .crash: crashed += 1
    case .notApplicable:
      notApplicable += 1
      notApplicableReasons[result.reason ?? "?", default: 0] += 1
    }
  }
}

/// The results file: every test with its outcome, and the summaries.
struct ResultsFile: Codable {
  var date: String
  var test262: String
  var frozenIntrinsics: Bool
  var families: [FamilySummary]
  var all: FamilySummary
  var tests: [TestResult]
}

enum Report {
  static func summaries(_ results: [TestResult]) -> ([FamilySummary], FamilySummary) {
    var byFamily: [String: FamilySummary] = [:]
    var all = FamilySummary(family: "all")
    for result in results {
      byFamily[result.family, default: FamilySummary(family: result.family)].add(result)
      all.add(result)
    }
    return (byFamily.values.sorted { $0.family < $1.family }, all)
  }

  /// The table `test262-runner` prints: one row per family and a total.
  static func table(_ families: [FamilySummary], all: FamilySummary, markdown: Bool) -> String {
    let header = [
      "family", "total", "pass", "fail", "crash", "n/a", "eval/Fn", "noStrict", "newer", "$262", "pass %",
    ]
    func row(_ summary: FamilySummary) -> [String] {
      let reasons = summary.notApplicableReasons
      return [
        summary.family, "\(summary.total)", "\(summary.passed)", "\(summary.failed)", "\(summary.crashed)",
        "\(summary.notApplicable)", "\(reasons[NotApplicable.evalOrFunction.rawValue] ?? 0)",
        "\(reasons[NotApplicable.noStrict.rawValue] ?? 0)",
        "\(reasons[NotApplicable.newerFeature.rawValue] ?? 0)",
        "\(reasons[NotApplicable.host262.rawValue] ?? 0)",
        summary.passRate.map { String(format: "%.1f", $0) } ?? "-",
      ]
    }
    let rows = [header] + families.map(row) + [row(all)]
    if markdown {
      var lines = rows.map { "| " + $0.joined(separator: " | ") + " |" }
      lines.insert("| --- |" + String(repeating: " ---: |", count: header.count - 1), at: 1)
      return lines.joined(separator: "\n") + "\n"
    }
    let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.enumerated().map { index, cells in
      let line = cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + pad : pad + cell
      }
      .joined(separator: "  ")
      return index == rows.count - 1 ? String(repeating: "-", count: line.count) + "\n" + line : line
    }
    .joined(separator: "\n") + "\n"
  }

  /// A failure message with the parts that vary from test to test (the values test262's assertions
  /// quote between « », numbers, quoted strings) replaced, so that one cause groups together.
  static func reasonKey(_ message: String) -> String {
    var key = ""
    var inGuillemets = 0
    var characters = message.prefix(300).makeIterator()
    var previous: Character = " "
    var inName = false
    while let character = characters.next() {
      if character == "«" {
        if inGuillemets == 0 { key += "«…»" }
        inGuillemets += 1
      } else if character == "»" {
        inGuillemets = max(0, inGuillemets - 1)
      } else if inGuillemets > 0 {
        continue
      } else if character.isNumber, !inName {
        // A number (not a digit inside a name such as Test262Error): one N for the run of digits.
        if !previous.isNumber { key += "N" }
      } else {
        key.append(character)
      }
      inName = character.isLetter || character == "_" || (inName && character.isNumber)
      previous = character
    }
    return withoutCallArguments(key)
  }

  /// `isConstructor(Math.abs) must return false` as `isConstructor(…) must return false`: a
  /// parenthesized part naming a property path (it has a dot) is the subject of the assertion.
  static func withoutCallArguments(_ text: String) -> String {
    var result = ""
    var depth = 0
    var inner = ""
    for character in text {
      if depth > 0 {
        if character == "(" { depth += 1 }
        if character == ")" { depth -= 1 }
        if depth == 0 {
          result += inner.contains(".") ? "(…)" : "(" + inner + ")"
          inner = ""
        } else {
          inner.append(character)
        }
      } else if character == "(" {
        depth = 1
      } else {
        result.append(character)
      }
    }
    return depth > 0 ? result + "(" + inner : result
  }

  /// The most common failure reasons of each family, `limit` per family.
  static func failureReasons(_ results: [TestResult], limit: Int) -> String {
    var byFamily: [String: [String: (count: Int, example: String)]] = [:]
    for result in results where result.outcome == .fail || result.outcome == .crash {
      // A crash's message names a source line: grouped as it is.
      let key =
        result.outcome == .crash ? "crash: " + (result.message ?? "") : reasonKey(result.message ?? "")
      let previous = byFamily[result.family, default: [:]][key]
      byFamily[result.family, default: [:]][key] = (
        (previous?.count ?? 0) + 1, previous?.example ?? result.path
      )
    }
    var text = ""
    for family in byFamily.keys.sorted() {
      let reasons = byFamily[family]!.sorted {
        $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key)
      }
      text += "\(family):\n"
      for (key, value) in reasons.prefix(limit) {
        text += "  \(value.count)× \(key)  (e.g. \(value.example))\n"
      }
    }
    return text
  }
}
