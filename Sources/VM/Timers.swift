import Foundation

/// setTimeout and friends: callbacks due at a time, run in due order (then creation order) once
/// the job queue is empty; and process.nextTick's queue, which runs before the promise jobs. Only
/// packages holding the clock capability receive the timer handles.
struct Timers {
  struct Timer {
    var id: Int
    var due: Double
    /// The delay as given (after node's clamping), for intervals and refresh().
    var delay: Double
    var callback: Value
    var arguments: [Value]
    /// `this` of the callback: the Timeout or Immediate object, as in node.
    var receiver: Value
    var repeats: Bool
    /// An unref'd timer does not keep the run alive by itself.
    var referenced = true
  }

  private var pending: [Timer] = []
  private var nextID = 1
  /// process.nextTick callbacks with their arguments, first in first out.
  private var ticks: [(callback: Value, arguments: [Value])] = []
  private var tickHead = 0
  private let start = DispatchTime.now().uptimeNanoseconds

  /// Milliseconds since the run started, from the monotonic clock.
  func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }

  mutating func schedule(_ callback: Value, arguments: [Value], delay: Double, repeats: Bool) -> Int {
    let id = nextID
    nextID += 1
    pending.append(
      Timer(
        id: id, due: now() + delay, delay: delay, callback: callback, arguments: arguments,
        receiver: .undefined,
        repeats: repeats))
    return id
  }

  /// The object a timer's callback receives as `this`.
  mutating func setReceiver(_ id: Int, _ receiver: Value) {
    if let index = pending.firstIndex(where: { $0.id == id }) { pending[index].receiver = receiver }
  }

  mutating func cancel(_ id: Int) {
    pending.removeAll { $0.id == id }
  }

  func isPending(_ id: Int) -> Bool { pending.contains { $0.id == id } }

  /// ref() and unref(); false when the timer already ran or was cleared.
  @discardableResult
  mutating func setReferenced(_ id: Int, _ referenced: Bool) -> Bool {
    guard let index = pending.firstIndex(where: { $0.id == id }) else { return false }
    pending[index].referenced = referenced
    return true
  }

  func isReferenced(_ id: Int) -> Bool? { pending.first { $0.id == id }?.referenced }

  /// refresh(): due again one delay from now, keeping its id and place among equal times.
  mutating func refresh(_ id: Int) {
    if let index = pending.firstIndex(where: { $0.id == id }) {
      pending[index].due = now() + pending[index].delay
    }
  }

  /// Removes and returns the timer due first (an interval is re-armed); nil when no referenced timer
  /// is left, which ends the run even if unref'd timers remain.
  mutating func next() -> Timer? {
    guard pending.contains(where: \.referenced),
      let index = pending.indices.min(by: {
        (pending[$0].due, pending[$0].id) < (pending[$1].due, pending[$1].id)
      })
    else { return nil }
    let timer = pending[index]
    if timer.repeats {
      pending[index].due = max(timer.due + timer.delay, now())
    } else {
      pending.remove(at: index)
    }
    return timer
  }

  var hasTicks: Bool { tickHead < ticks.count }

  mutating func enqueueTick(_ callback: Value, arguments: [Value]) {
    ticks.append((callback, arguments))
  }

  mutating func dequeueTick() -> (callback: Value, arguments: [Value])? {
    guard tickHead < ticks.count else { return nil }
    let tick = ticks[tickHead]
    tickHead += 1
    if tickHead == ticks.count {
      ticks.removeAll(keepingCapacity: true)
      tickHead = 0
    }
    return tick
  }

  func trace(_ marker: inout Marker) {
    for timer in pending {
      marker.mark(timer.callback)
      marker.mark(timer.receiver)
      for argument in timer.arguments { marker.mark(argument) }
    }
    for tick in ticks[tickHead...] {
      marker.mark(tick.callback)
      for argument in tick.arguments { marker.mark(argument) }
    }
  }
}
