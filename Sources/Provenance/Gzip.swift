import CZlib

/// Bounds on what a tarball may expand to; the defaults fit any real npm package with a wide margin.
public struct TarballLimits: Sendable, Equatable {
  /// The sum of the sizes of all files.
  public var maximumTotalSize: Int = 256 << 20
  public var maximumFileSize: Int = 128 << 20
  public var maximumEntries: Int = 100_000
  /// Inflated bytes per compressed byte, checked once `ratioGracePeriod` bytes are out: real packages
  /// compress 3 to 20 times, a zip bomb about 1000 times.
  public var maximumCompressionRatio: Int = 200
  public var ratioGracePeriod: Int = 1 << 20

  public init() {}

  /// The tar stream also holds a 512-byte header and padding per entry, and end-of-archive blocks
  /// (up to a 10 KiB record); anything beyond that is not a tarball within the limits.
  var maximumTarSize: Int {
    let (sum, overflow) = maximumTotalSize.addingReportingOverflow(
      1024 * min(maximumEntries, 1 << 16) + 20_480)
    return overflow ? .max : sum
  }
}

/// gzip framing (RFC 1952) through zlib, with windowBits 31 and bounded output buffers.
enum Gzip {
  static let chunkSize = 64 << 10

  /// Inflates one gzip member. Stops as soon as the output passes `maximumOutput` or the ratio cap,
  /// so a bomb costs at most a few chunks of work and memory beyond the cap.
  static func inflate(_ input: [UInt8], limits: TarballLimits) throws(TarballError) -> [UInt8] {
    guard input.count >= 2, input[0] == 0x1F, input[1] == 0x8B else { throw .notGzip }
    // zlib counts input in 32 bits; no tarball within the limits comes near that.
    guard input.count < Int(UInt32.max) else { throw .tooLarge(limit: limits.maximumTotalSize) }
    let maximumOutput = limits.maximumTarSize
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer {
      inflateEnd(stream)
      stream.deinitialize(count: 1)
      stream.deallocate()
    }
    guard inflateInit2_(stream, 31, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .compression("zlib could not be initialised")
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var input = input
    return try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(TarballError) -> [UInt8] in
      stream.pointee.next_in = inputBuffer.baseAddress
      stream.pointee.avail_in = UInt32(inputBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.pointee.next_out = out.baseAddress
          stream.pointee.avail_out = UInt32(out.count)
          return CZlib.inflate(stream, Z_NO_FLUSH)
        }
        let produced = chunkSize - Int(stream.pointee.avail_out)
        if output.count + produced > maximumOutput { throw .tooLarge(limit: limits.maximumTotalSize) }
        output += chunk[0..<produced]
        let consumed = inputBuffer.count - Int(stream.pointee.avail_in)
        if output.count > limits.ratioGracePeriod
          && output.count / max(consumed, 1) > limits.maximumCompressionRatio
        {
          throw .compressionRatio(limit: limits.maximumCompressionRatio)
        }
        switch status {
        case Z_STREAM_END:
          // Only zero padding may follow the gzip member: more data would be a second, unsigned payload.
          let rest = inputBuffer[consumed...]
          guard rest.allSatisfy({ $0 == 0 }) else { throw .trailingData }
          return output
        case Z_OK:
          continue
        case Z_BUF_ERROR:
          // No progress was possible: with all input consumed, the stream ended early. With input
          // left and a fresh output buffer this cannot happen; refuse rather than spin.
          if stream.pointee.avail_in == 0 { throw .truncated }
          if produced == 0 { throw .compression("zlib made no progress") }
          continue
        case Z_DATA_ERROR:
          let reason = stream.pointee.msg.map { String(cString: $0) } ?? "invalid compressed data"
          throw .compression(reason)
        case Z_MEM_ERROR:
          throw .compression("out of memory")
        default:
          throw .compression("zlib status \(status)")
        }
      }
    }
  }

  /// Compresses `input` deterministically: level 9, header mtime 0 and OS byte 255 ("unknown", as
  /// `npm pack` writes it) whatever the platform, no file name.
  static func compress(_ input: [UInt8]) -> [UInt8] {
    let writer = GzipWriter()
    writer.append(input)
    return writer.finish()
  }
}

/// A streaming gzip compressor, so that large inputs (such as test bombs) need not exist in memory.
final class GzipWriter {
  private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  private let header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)
  private var output: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: Gzip.chunkSize)
  private var finished = false

  init(level: Int32 = 9) {
    stream.initialize(to: z_stream())
    header.initialize(to: gz_header())
    // zlib only fails here for invalid parameters or no memory; these are constants.
    let status = deflateInit2_(
      stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(status == Z_OK, "deflateInit2 failed with \(status)")
    // Older zlib releases write the build platform's OS byte; pin it so packs are identical everywhere.
    header.pointee.os = 255
    header.pointee.time = 0
    deflateSetHeader(stream, header)
  }

  deinit {
    deflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    header.deinitialize(count: 1)
    header.deallocate()
  }

  func append(_ input: [UInt8]) {
    // zlib counts input in 32 bits.
    var start = 0
    repeat {
      let end = min(input.count, start + (1 << 30))
      run(Array(input[start..<end]), flush: Z_NO_FLUSH)
      start = end
    } while start < input.count
  }

  func finish() -> [UInt8] {
    if !finished {
      run([], flush: Z_FINISH)
      finished = true
    }
    return output
  }

  /// Compressed bytes so far, handed over and forgotten (for streaming very large inputs).
  func takeOutput() -> [UInt8] {
    defer { output = [] }
    return output
  }

  private func run(_ input: [UInt8], flush: Int32) {
    var input = input
    input.withUnsafeMutableBufferPointer { inputBuffer in
      stream.pointee.next_in = inputBuffer.baseAddress
      stream.pointee.avail_in = UInt32(inputBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.pointee.next_out = out.baseAddress
          stream.pointee.avail_out = UInt32(out.count)
          return deflate(stream, flush)
        }
        output += chunk[0..<(Gzip.chunkSize - Int(stream.pointee.avail_out))]
        if status == Z_STREAM_END { break }
        if flush == Z_NO_FLUSH && stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { break }
      }
      stream.pointee.next_in = nil
    }
  }
}
