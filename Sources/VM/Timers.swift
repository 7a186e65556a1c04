import Foundation

/// setTimeout and friends: callbacks due at a time, run in due order (then creation order) once
/// the job queue is empty. Only packages holding the clock capability receive the timer handles.
struct Timers {
  struct Timer {
    var id: Int
    var due: Double
    var callback: Value
    var arguments: [Value]
    var interval: Double?
  }

  private var pending: [Timer] = []
  private var nextID = 1
  private let start = Date()

  /// Milliseconds since the run started.
  func now() -> Double { Date().timeIntervalSince(start) * 1000 }

  mutating func schedule(_ callback: Value, arguments: [Value], delay: Double, repeats: Bool) -> Int {
    let id = nextID
    nextID += 1
    pending.append(
      Timer(
        id: id, due: now() + delay, callback: callback, arguments: arguments, interval: repeats ? delay : nil)
    )
    return id
  }

  mutating func cancel(_ id: Int) {
    pending.removeAll { $0.id == id }
  }

  /// When the timer `next()` would return is due, in milliseconds since the run started (nil when
  /// it would return none): the event loop waits for host results until then.
  var nextDue: Double? { pending.map(\.due).min() }

  /// Removes and returns the timer due first (an interval is re-armed).
  mutating func next() -> Timer? {
    guard
      let index = pending.indices.min(by: {
        (pending[$0].due, pending[$0].id) < (pending[$1].due, pending[$1].id)
      })
    else { return nil }
    let timer = pending[index]
    if let interval = timer.interval {
      pending[index].due = max(timer.due + interval, now())
    } else {
      pending.remove(at: index)
    }
    return timer
  }

  func trace(_ marker: inout Marker) {
    for timer in pending {
      marker.mark(timer.callback)
      for argument in timer.arguments { marker.mark(argument) }
    }
  }
}
