import Foundation

/// The goal symbol a file is parsed with, chosen the way Node chooses a module format.
public enum SourceGoal: String, Sendable, CaseIterable {
  /// A classic script: sloppy unless it says "use strict".
  case script
  /// An ES module: strict, with `import`/`export`, top-level `await`, and no HTML-like comments.
  case module
  /// A CommonJS module: the script goal inside Node's wrapper function, so a top-level `return`
  /// and `new.target` are allowed.
  case commonJS = "commonjs"

  public var isModule: Bool { self == .module }

  /// Node's rule: `.mjs` is a module and `.cjs` is CommonJS; for `.js` (and anything else) the
  /// nearest enclosing package.json decides, with `"type": "module"` meaning an ES module.
  public static func detect(forPath path: String) -> SourceGoal {
    if path.hasSuffix(".mjs") { return .module }
    if path.hasSuffix(".cjs") { return .commonJS }
    var directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
    while true {
      let manifest = directory.appendingPathComponent("package.json")
      if let data = FileManager.default.contents(atPath: manifest.path) {
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["type"] as? String) == "module" ? .module : .commonJS
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { return .commonJS }
      directory = parent
    }
  }
}
