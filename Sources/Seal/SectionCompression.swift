import CZlib

/// zlib framing (RFC 1950) for sections: deterministic compression for the writer, and bounded
/// inflation for the reader that never produces more than the declared size.
enum SectionCompression {
  /// Compresses `input` in one call at level 9 with zlib's defaults, which depend on nothing but the
  /// input and the zlib release: the same bytes always give the same stream.
  static func compress(_ input: [UInt8]) -> [UInt8] {
    // zlib's state points back at its z_stream, so the stream must not move: allocate it.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    // deflateInit2 fails only for invalid constant parameters or no memory.
    let status = deflateInit2_(
      stream, 9, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(status == Z_OK, "deflateInit2 failed with \(status)")
    defer { deflateEnd(stream) }
    var input = input
    var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(input.count))))
    let produced = input.withUnsafeMutableBufferPointer { inputBuffer in
      output.withUnsafeMutableBufferPointer { outputBuffer in
        stream.pointee.next_in = inputBuffer.baseAddress
        stream.pointee.avail_in = UInt32(inputBuffer.count)
        stream.pointee.next_out = outputBuffer.baseAddress
        stream.pointee.avail_out = UInt32(outputBuffer.count)
        // deflateBound guarantees that one Z_FINISH call completes the stream.
        let result = deflate(stream, Z_FINISH)
        precondition(result == Z_STREAM_END, "deflate did not finish in deflateBound bytes (\(result))")
        return outputBuffer.count - Int(stream.pointee.avail_out)
      }
    }
    output.removeSubrange(produced...)
    return output
  }

  enum Failure: Error, Equatable {
    /// The stream is not valid zlib data (the reason is zlib's).
    case corrupt(String)
    /// The stream ended before producing the declared size.
    case short(produced: Int)
    /// The stream produces more than the declared size.
    case long
    /// Bytes follow the end of the zlib stream.
    case trailing
  }

  /// Inflates `input` to exactly `size` bytes, `chunk` output bytes at a time. Memory is the declared
  /// size (already bounded by the caller's caps) plus one byte: inflation stops at the first byte
  /// beyond `size`, however much more the stream would produce.
  static func inflate(_ input: ArraySlice<UInt8>, size: Int, chunk: Int) throws(Failure) -> [UInt8] {
    // zlib counts in 32 bits; sections are capped far below that, but the caller's caps are settable.
    guard input.count < Int(UInt32.max), size < Int(UInt32.max), chunk > 0 else {
      throw .corrupt("too large")
    }
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    guard inflateInit_(stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .corrupt("zlib could not be initialised")
    }
    defer { inflateEnd(stream) }
    var output = [UInt8](repeating: 0, count: size)
    var overflow: UInt8 = 0
    var produced = 0
    return try input.withUnsafeBufferPointer { (inputBuffer) throws(Failure) -> [UInt8] in
      // zlib never writes through next_in; the mutable pointer is a quirk of its C declaration.
      stream.pointee.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
      stream.pointee.avail_in = UInt32(inputBuffer.count)
      while true {
        let availableIn = stream.pointee.avail_in
        let window = min(chunk, size - produced)
        let (status, written): (Int32, Int)
        if window > 0 {
          (status, written) = output.withUnsafeMutableBufferPointer { buffer in
            stream.pointee.next_out = buffer.baseAddress.map { $0 + produced }
            stream.pointee.avail_out = UInt32(window)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            return (status, window - Int(stream.pointee.avail_out))
          }
        } else {
          // Everything declared is out: only the end of the stream may follow. One byte of room
          // tells a stream that ends here from one that would go on.
          (status, written) = withUnsafeMutablePointer(to: &overflow) { byte in
            stream.pointee.next_out = byte
            stream.pointee.avail_out = 1
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            return (status, 1 - Int(stream.pointee.avail_out))
          }
          if written > 0 { throw .long }
        }
        produced += written
        stream.pointee.next_out = nil
        switch status {
        case Z_STREAM_END:
          guard produced == size else { throw .short(produced: produced) }
          guard stream.pointee.avail_in == 0 else { throw .trailing }
          return output
        case Z_OK:
          // Every call either consumes input or produces output; refuse rather than spin otherwise.
          if written == 0 && stream.pointee.avail_in == availableIn {
            throw .corrupt("zlib made no progress")
          }
        case Z_BUF_ERROR:
          if stream.pointee.avail_in == 0 { throw .short(produced: produced) }
          throw .corrupt("zlib made no progress")
        case Z_NEED_DICT:
          throw .corrupt("the stream asks for a preset dictionary")
        case Z_DATA_ERROR:
          throw .corrupt(stream.pointee.msg.map { String(cString: $0) } ?? "invalid compressed data")
        case Z_MEM_ERROR:
          throw .corrupt("out of memory")
        default:
          throw .corrupt("zlib status \(status)")
        }
      }
    }
  }
}
