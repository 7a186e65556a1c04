import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One HTTP request as the host sends it: one hop, never following a redirect (the VM thread
/// decides about every redirect after checking the new host against the grant).
struct NetRequest: Sendable {
  var method: String
  var url: URL
  /// Names lowercased, in the order the guest gave them.
  var headers: [(name: String, value: String)]
  var body: Data?
}

/// What one hop produced: a response (a redirect included), or the reason none came.
enum NetResult: Sendable {
  case response(status: Int, headers: [(name: String, value: String)], body: Data)
  case failure(NetFailure)
}

/// A request that got no response, described as node describes the `cause` of `fetch failed`.
struct NetFailure: Sendable, Error {
  var message: String
  /// Node's error code (`ECONNREFUSED`, `ENOTFOUND`, ...), when there is one.
  var code: String?
  var syscall: String?
}

/// Sends requests with URLSession on its own threads. Redirects are refused at the session (the
/// delegate answers every redirect with nil), so each 3xx comes back to the VM as a response; the
/// cache, cookies and credentials stores are off, so nothing carries over between requests. A body
/// is collected as it arrives and the request is cancelled once it passes the caller's limit (the
/// run's `--max-heap`), so a server cannot make the host buffer more than the guest could hold.
final class NetClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  static let shared = NetClient()

  /// A request in flight, by task identifier; touched only with `lock` held.
  private final class Transfer {
    let limit: Int
    let host: String
    let port: Int
    let done: @Sendable (NetResult) -> Void
    var response: HTTPURLResponse?
    var body = Data()
    var overLimit = false

    init(limit: Int, host: String, port: Int, done: @escaping @Sendable (NetResult) -> Void) {
      self.limit = limit
      self.host = host
      self.port = port
      self.done = done
    }
  }

  private let lock = NSLock()
  private var transfers: [Int: Transfer] = [:]

  private var madeSession: URLSession?

  /// The one session, made on first use (under `lock`: VMs on several threads may share it).
  private var session: URLSession {
    lock.lock()
    defer { lock.unlock() }
    if let madeSession { return madeSession }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.httpCookieStorage = nil
    configuration.httpShouldSetCookies = false
    configuration.urlCredentialStorage = nil
    // Node's fetch waits up to 300 s for headers and has no overall limit.
    configuration.timeoutIntervalForRequest = 300
    let made = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    madeSession = made
    return made
  }

  /// Sends one request; `done` runs once, on a session thread. A body longer than `limit` bytes
  /// ends the request with a failure.
  func send(_ request: NetRequest, limit: Int, done: @escaping @Sendable (NetResult) -> Void) {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    urlRequest.httpShouldHandleCookies = false
    var combined: [String: String] = [:]
    var order: [String] = []
    for (name, value) in request.headers {
      if let existing = combined[name] {
        combined[name] = existing + ", " + value
      } else {
        combined[name] = value
        order.append(name)
      }
    }
    // Node's defaults where the program set none: URLSession's would name cruftvm and curl, and
    // take the language from the host's locale.
    for (name, value) in [
      ("accept", "*/*"), ("accept-language", "*"), ("sec-fetch-mode", "cors"), ("user-agent", "node"),
    ]
    where combined[name] == nil {
      combined[name] = value
      order.append(name)
    }
    for name in order { urlRequest.setValue(combined[name], forHTTPHeaderField: name) }
    urlRequest.httpBody = request.body
    let host = request.url.host ?? ""
    let port = request.url.port ?? (request.url.scheme == "https" ? 443 : 80)
    let task = session.dataTask(with: urlRequest)
    lock.lock()
    transfers[task.taskIdentifier] = Transfer(limit: limit, host: host, port: port, done: done)
    lock.unlock()
    task.resume()
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    lock.lock()
    transfers[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
    lock.unlock()
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    lock.lock()
    var cancel = false
    if let transfer = transfers[dataTask.taskIdentifier], !transfer.overLimit {
      if transfer.body.count + data.count > transfer.limit {
        transfer.overLimit = true
        transfer.body = Data()
        cancel = true
      } else {
        transfer.body.append(data)
      }
    }
    lock.unlock()
    if cancel { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.lock()
    let transfer = transfers.removeValue(forKey: task.taskIdentifier)
    lock.unlock()
    guard let transfer else { return }
    if transfer.overLimit {
      transfer.done(
        .failure(
          NetFailure(
            message: "the response body is larger than the run's --max-heap (\(transfer.limit) bytes)",
            code: nil, syscall: nil)))
      return
    }
    if let error {
      transfer.done(.failure(NetClient.failure(error, host: transfer.host, port: transfer.port)))
      return
    }
    guard let response = transfer.response ?? (task.response as? HTTPURLResponse) else {
      transfer.done(
        .failure(NetFailure(message: "the server sent no HTTP response", code: nil, syscall: nil)))
      return
    }
    var headers: [(name: String, value: String)] = []
    for (name, value) in response.allHeaderFields {
      headers.append((String(describing: name).lowercased(), String(describing: value)))
    }
    transfer.done(.response(status: response.statusCode, headers: headers, body: transfer.body))
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }

  /// Node's wording for the usual connection failures; the system's description otherwise.
  private static func failure(_ error: Error, host: String, port: Int) -> NetFailure {
    let address = "\(host):\(port)"
    guard let urlError = error as? URLError else {
      return NetFailure(message: error.localizedDescription, code: nil, syscall: nil)
    }
    switch urlError.code {
    case .cannotConnectToHost, .networkConnectionLost:
      return NetFailure(message: "connect ECONNREFUSED \(address)", code: "ECONNREFUSED", syscall: "connect")
    case .cannotFindHost, .dnsLookupFailed:
      return NetFailure(message: "getaddrinfo ENOTFOUND \(host)", code: "ENOTFOUND", syscall: "getaddrinfo")
    case .timedOut:
      return NetFailure(message: "connect ETIMEDOUT \(address)", code: "ETIMEDOUT", syscall: "connect")
    default:
      return NetFailure(message: urlError.localizedDescription, code: nil, syscall: nil)
    }
  }
}
