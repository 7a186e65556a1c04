import Foundation
import XCTest

@testable import VM

/// The net handle's authority: which host:port a URL names, which grant entries cover it, what
/// `--allow net...` accepts, and what a followed redirect keeps of the request.
final class NetAuthorityTests: XCTestCase {
  private func target(_ text: String) -> NetTarget? {
    VM.parseFetchURL(text).flatMap { NetTarget($0) }
  }

  func testTargetIsTheParsedHostAndPort() {
    XCTAssertEqual(target("http://Example.COM/x")?.hostPort, "example.com:80")
    XCTAssertEqual(target("HTTPS://example.com/")?.hostPort, "example.com:443")
    XCTAssertEqual(target("http://127.0.0.1:8080/a?b#c")?.hostPort, "127.0.0.1:8080")
    XCTAssertEqual(target("http://[::1]:8080/")?.hostPort, "[::1]:8080")
    // Only http and https have a target; other schemes are refused before any check.
    XCTAssertNil(target("file:///etc/passwd"))
    XCTAssertNil(target("ftp://example.com/"))
  }

  func testURLsThatAreRefusedBeforeTheCheck() {
    XCTAssertNil(VM.parseFetchURL("/relative"))
    XCTAssertNil(VM.parseFetchURL("http:///no-host"))
    // A percent-encoded host is decoded by parsing, and the decoded URL is the one sent: the check and
    // the connection read the same name.
    XCTAssertEqual(VM.parseFetchURL("http://ex%61mple.com/")?.absoluteString, "http://example.com/")
    // A backslash is percent-encoded into the user part, which fetch refuses (credentials).
    XCTAssertNotNil(VM.parseFetchURL("http://evil.com\\@127.0.0.1/")?.user)
    // Credentials survive parsing so that fetch can refuse them with node's message.
    XCTAssertEqual(VM.parseFetchURL("http://user:pw@example.com/")?.user, "user")
  }

  func testParsedURLDropsTheFragmentAndHasAPath() {
    XCTAssertEqual(VM.parseFetchURL("http://example.com")?.absoluteString, "http://example.com/")
    XCTAssertEqual(
      VM.parseFetchURL("http://example.com/a?b=1#frag")?.absoluteString, "http://example.com/a?b=1")
    let base = URL(string: "http://example.com/dir/page")!
    XCTAssertEqual(VM.parseFetchURL("../other", relativeTo: base)?.absoluteString, "http://example.com/other")
    XCTAssertEqual(
      VM.parseFetchURL("//elsewhere.org:81/", relativeTo: base).flatMap { NetTarget($0) }?.hostPort,
      "elsewhere.org:81")
  }

  func testGrantEntries() {
    let local = target("http://127.0.0.1:8080/")!
    XCTAssertTrue(NetAuthority.entry("127.0.0.1:8080", covers: local))
    XCTAssertTrue(NetAuthority.entry("127.0.0.1:*", covers: local))
    XCTAssertTrue(NetAuthority.entry("*", covers: local))
    XCTAssertFalse(NetAuthority.entry("127.0.0.1:8081", covers: local))
    XCTAssertFalse(NetAuthority.entry("localhost:8080", covers: local))
    XCTAssertFalse(NetAuthority.entry("127.0.0.1", covers: local))
    XCTAssertFalse(NetAuthority.entry("*:8080", covers: local))
    let named = target("https://API.example.com/")!
    XCTAssertTrue(NetAuthority.entry("api.EXAMPLE.com:443", covers: named))
    XCTAssertFalse(NetAuthority.entry("example.com:443", covers: named))
    XCTAssertTrue(NetAuthority.entry("[::1]:80", covers: target("http://[::1]/")!))
  }

  func testAuthorityIsTheBundleGrantIntersectedWithTheRun() {
    let local = target("http://127.0.0.1:8080/")!
    let other = target("http://127.0.0.1:9090/")!
    let bundle = ["127.0.0.1:*"]
    let narrow = NetAuthority(packageName: "app", received: bundle, allowed: ["127.0.0.1:8080"])
    XCTAssertTrue(narrow.permits(local))
    XCTAssertFalse(narrow.permits(other))
    let wide = NetAuthority(packageName: "app", received: bundle, allowed: ["*"])
    XCTAssertTrue(wide.permits(other))
    XCTAssertFalse(wide.permits(target("http://localhost:8080/")!))
    // The run cannot give what the bundle does not grant, nor the bundle what the run does not allow.
    XCTAssertFalse(NetAuthority(packageName: "dep", received: [], allowed: ["*"]).permits(local))
    XCTAssertFalse(NetAuthority(packageName: "app", received: bundle, allowed: []).permits(local))
  }

  func testAllowNetParsing() throws {
    var grants = RunGrants()
    try grants.allow("net:Example.com:443")
    try grants.allow("net:127.0.0.1:*")
    try grants.allow("net:[::1]:8080")
    XCTAssertEqual(grants.net, ["example.com:443", "127.0.0.1:*", "[::1]:8080"])
    try grants.allow("net")
    XCTAssertTrue(grants.net.contains("*"))
    var fromFile = RunGrants()
    try fromFile.allowNet(entry: "*", from: "--grants grants.json")
    XCTAssertEqual(fromFile.net, ["*"])
    for bad in [
      "net:example.com", "net::443", "net:example.com:0", "net:example.com:65536", "net:example.com:http",
    ] {
      var fresh = RunGrants()
      XCTAssertThrowsError(try fresh.allow(bad), bad)
    }
  }

  func testRedirectRules() {
    let start = URL(string: "http://a.example/form")!
    func state(_ method: String) -> FetchState {
      FetchState(
        request: NetRequest(
          method: method, url: start,
          headers: [("content-type", "text/plain"), ("authorization", "secret"), ("x-keep", "1")],
          body: Data("body".utf8)),
        redirect: .follow, urlList: [start],
        authority: NetAuthority(packageName: "app", received: ["*"], allowed: ["*"]))
    }
    let sameOrigin = URL(string: "http://a.example/next")!
    let posted = VM.redirected(state("POST"), to: sameOrigin, status: 302)
    XCTAssertEqual(posted.request.method, "GET")
    XCTAssertNil(posted.request.body)
    XCTAssertEqual(posted.request.headers.map(\.name), ["authorization", "x-keep"])
    XCTAssertEqual(posted.urlList, [start, sameOrigin])
    let kept = VM.redirected(state("PUT"), to: sameOrigin, status: 307)
    XCTAssertEqual(kept.request.method, "PUT")
    XCTAssertEqual(kept.request.body, Data("body".utf8))
    XCTAssertEqual(VM.redirected(state("PUT"), to: sameOrigin, status: 303).request.method, "GET")
    XCTAssertEqual(VM.redirected(state("HEAD"), to: sameOrigin, status: 303).request.method, "HEAD")
    // Credentials do not follow a redirect to another origin.
    let elsewhere = VM.redirected(state("GET"), to: URL(string: "http://b.example/")!, status: 301)
    XCTAssertEqual(elsewhere.request.headers.map(\.name), ["content-type", "x-keep"])
  }
}
