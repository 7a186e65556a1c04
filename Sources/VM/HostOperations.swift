import Foundation

/// Work the host does off the VM thread (a network request), and its hand-back to the VM thread.
///
/// A handle starts an operation with the values its completion will need (a promise to settle, the
/// request's options), which stay alive through the collector while the host works. The host thread
/// posts a Swift-only result to the mailbox; the event loop, when it has no jobs and no due timer,
/// waits on the mailbox (never spinning) and runs the completion on the VM thread, where it may
/// settle promises or start the next operation (a redirect hop).
struct HostOperations {
  /// What the VM thread does with a result: `roots` are the values given to `start`.
  typealias Completion = (VM, _ roots: [Value], _ result: any Sendable) throws(Throw) -> Void

  fileprivate struct Waiting {
    var roots: [Value]
    var completion: Completion
  }

  private var waiting: [Int: Waiting] = [:]
  private var nextID = 1
  let mailbox = HostMailbox()
  /// A timer ran since the mailbox was last looked at: results already in go first, so that timers
  /// that are always due (a short interval with a slow callback) cannot starve requests.
  var timerRanSinceLastPoll = false

  /// Operations started whose results have not been handed back yet: the run must not end.
  var isWaiting: Bool { !waiting.isEmpty }

  /// Registers an operation; the host work posts its result to `mailbox` under the returned id.
  mutating func start(roots: [Value], completion: @escaping Completion) -> Int {
    let id = nextID
    nextID += 1
    waiting[id] = Waiting(roots: roots, completion: completion)
    return id
  }

  /// Removes a finished operation, giving what its completion needs.
  fileprivate mutating func finish(_ id: Int) -> Waiting? {
    waiting.removeValue(forKey: id)
  }

  func trace(_ marker: inout Marker) {
    for operation in waiting.values {
      for value in operation.roots { marker.mark(value) }
    }
  }
}

/// Results posted by host threads, taken by the VM thread: the only part of a VM other threads touch.
final class HostMailbox: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [(id: Int, result: any Sendable)] = []

  /// Called on any thread.
  func post(_ id: Int, _ result: any Sendable) {
    condition.lock()
    results.append((id, result))
    condition.signal()
    condition.unlock()
  }

  /// The results posted so far, waiting until one arrives or `deadline` passes (nil: no deadline).
  func take(waitingUntil deadline: Date?) -> [(id: Int, result: any Sendable)] {
    condition.lock()
    defer { condition.unlock() }
    while results.isEmpty {
      if let deadline {
        if !condition.wait(until: deadline) { break }
      } else {
        condition.wait()
      }
    }
    let taken = results
    results.removeAll()
    return taken
  }
}

extension VM {
  /// The event loop's step for host results when no job is queued, in node's order: a due timer
  /// goes first (false: the loop runs it), but after a timer ran, results already in are completed
  /// before the next one, so that an interval that is always due cannot starve requests. With no
  /// timer due, waits for a result until the next timer is due (never spinning). False when no
  /// operation is under way.
  func completeHostOperations() throws(Throw) -> Bool {
    guard hostOperations.isWaiting else { return false }
    if hostOperations.timerRanSinceLastPoll {
      hostOperations.timerRanSinceLastPoll = false
      if try completeHostResults(waitingUntil: .distantPast) { return true }
    }
    let nextDue = timers.nextWakeTime
    if let nextDue, nextDue <= timers.now() { return false }
    _ = try completeHostResults(
      waitingUntil: nextDue.map { Date(timeIntervalSinceNow: ($0 - timers.now()) / 1000) })
    return true
  }

  /// Completes the results in the mailbox, waiting for one until `deadline` (nil: as long as it
  /// takes). False when none came.
  private func completeHostResults(waitingUntil deadline: Date?) throws(Throw) -> Bool {
    let results = hostOperations.mailbox.take(waitingUntil: deadline)
    for (id, result) in results {
      guard let operation = hostOperations.finish(id) else { continue }
      try operation.completion(self, operation.roots, result)
    }
    return !results.isEmpty
  }
}
