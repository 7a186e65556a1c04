import Diagnostics
import GraphCheck

/// What `cruftc audit` reports per package: the three sides of the double gate, and the flags a
/// reviewer should look at first.
public struct PackageAudit: Sendable {
  public var package: PackageCapabilities
  public var flags: [String]
}

extension CapLowering {
  /// Flags: grants that give away too much, and claims that grew since the lockfile.
  public static func audit(_ report: CapabilityReport, previous: Lockfile?) -> [PackageAudit] {
    report.packages.map { package in
      var flags: [String] = []
      let grants = package.isApplication ? package.claims : package.grants
      let who = package.isApplication ? "the application claims" : "granted"
      for path in Set(grants.fsRead + grants.fsWrite).sorted() where isPromiscuous(path: path) {
        flags.append("\(who) fs at \(path): the whole file system or a home directory")
      }
      if grants.net.contains("*") { flags.append("\(who) net to any host") }
      if grants.env.contains("*") { flags.append("\(who) all of env") }
      if let old = previous?.packages[package.key]?.capabilities?["claims"],
        let oldClaims = try? CapabilitySet(parsing: old)
      {
        let grown = package.claims.excess(over: oldClaims)
        if !grown.isEmpty { flags.append("claims grew since cruft.lock: \(grown.joined(separator: ", "))") }
      }
      return PackageAudit(package: package, flags: flags)
    }
  }

  static func isPromiscuous(path: String) -> Bool {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    if ["/", "*", "~", "$HOME", "/home", "/root", "/Users"].contains(trimmed) { return true }
    let parts = trimmed.split(separator: "/")
    return (trimmed.hasPrefix("/home/") || trimmed.hasPrefix("/Users/")) && parts.count <= 2
  }
}
