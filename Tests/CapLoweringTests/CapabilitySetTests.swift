import Diagnostics
import XCTest

@testable import CapLowering

final class CapabilitySetTests: XCTestCase {
  private func set(_ json: String) throws -> CapabilitySet {
    try CapabilitySet(parsing: JSONValue.parse(Data(json.utf8)))
  }

  func testTheSeedManifestFormIsAcceptedAsIs() throws {
    let claims = try set(#"{"net": ["registry.example.com:443"], "fs": ["./cache"], "env": ["LANG"]}"#)
    XCTAssertEqual(claims.net, ["registry.example.com:443"])
    XCTAssertEqual(claims.fsRead, ["./cache"])
    XCTAssertEqual(claims.fsWrite, ["./cache"])
    XCTAssertEqual(claims.env, ["LANG"])
    XCTAssertEqual(claims.kinds, [.net, .fs, .env])
  }

  func testReadAndWriteAreDistinguished() throws {
    let claims = try set(#"{"fs": {"read": ["./data"], "write": ["./out"]}, "clock": true, "stdio": true}"#)
    XCTAssertEqual(claims.fsRead, ["./data"])
    XCTAssertEqual(claims.fsWrite, ["./out"])
    XCTAssertEqual(
      claims.json.serialized(pretty: false),
      #"{"clock":true,"fs":{"read":["./data"],"write":["./out"]},"stdio":true}"#)
  }

  func testMalformedClaimsNameTheProblem() {
    for (json, fragment) in [
      (#"{"disk": ["/"]}"#, "\"disk\" is not a capability kind"),
      (#"{"env": "LANG"}"#, "\"env\" must be a list"),
      (#"{"fs": {"exec": []}}"#, "\"fs\" takes \"read\" and \"write\""),
      (#"{"clock": "yes"}"#, "\"clock\" must be true or false"),
      (#"[]"#, "must be an object"),
    ] {
      XCTAssertThrowsError(try set(json)) {
        XCTAssertTrue(($0 as! CapabilityFormError).message.contains(fragment), json)
      }
    }
  }

  func testAPackageReceivesTheIntersection() throws {
    let claims = try set(
      #"{"env": ["LANG", "HOME"], "net": ["a.example:443", "b.example:443"], "clock": true}"#)
    let grant = try set(#"{"env": ["LANG"], "net": ["b.example:443"], "random": true}"#)
    let receives = claims.intersection(grant)
    XCTAssertEqual(receives.env, ["LANG"])
    XCTAssertEqual(receives.net, ["b.example:443"])
    XCTAssertFalse(receives.clock)
    XCTAssertFalse(receives.random)
    XCTAssertEqual(grant.excess(over: claims), ["random"])
    // An inferred "*" claim is narrowed to exactly what is granted.
    var inferred = CapabilitySet()
    inferred.env = ["*"]
    XCTAssertEqual(inferred.intersection(grant).env, ["LANG"])
    var any = CapabilitySet()
    any.env = ["*"]
    XCTAssertEqual(inferred.intersection(any).env, ["*"], "a * claim granted * receives *")
  }
}
