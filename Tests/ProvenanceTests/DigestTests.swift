import XCTest

@testable import Provenance

final class DigestTests: XCTestCase {
  func testSHA512MatchesTheStandardVectors() {
    // FIPS 180-2 test vector for "abc".
    XCTAssertEqual(
      SHA512Digest(of: Array("abc".utf8)).hex,
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
        + "454d4423643ce80e2a9ac94fa54ca49f")
    XCTAssertEqual(
      SHA512Digest(of: []).integrity,
      "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")
  }

  func testIntegrityRoundTrips() {
    for length in [0, 1, 2, 3, 64, 1000] {
      let digest = SHA512Digest(of: (0..<length).map { UInt8($0 % 256) })
      XCTAssertEqual(SHA512Digest(integrity: digest.integrity), digest)
    }
    XCTAssertNil(SHA512Digest(integrity: "sha512-!!!"))
    XCTAssertNil(SHA512Digest(integrity: "sha256-abcd"))
    XCTAssertNil(SHA512Digest(integrity: "sha512-YWJj"), "a digest of the wrong length is rejected")
  }
}
