/// The bytecode verifier: the last check before a module's code may run.
///
/// Not yet: issue 7. There is no bytecode format yet, so there is nothing to verify and this hook
/// checks nothing; `cruftvm verify` says so rather than claim a check it did not make. Issue 7
/// defines the format and makes this reject code that could escape the VM (out-of-range registers,
/// jumps, constants or import indices, unbalanced frames), with codes E44xx and exit statuses 60-69.
public enum BytecodeVerifier {
  /// Whether this build verifies bytecode at all (false until issue 7).
  public static let isImplemented = false

  /// Checks one `code` section's verified bytes. Today it accepts everything (see above).
  public static func verify(section: BundleSectionEntry, bytes: [UInt8]) throws(BundleError) {}
}
