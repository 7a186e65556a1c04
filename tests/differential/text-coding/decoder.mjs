// TextDecoder (UTF-8): labels, BOM, replacement of invalid sequences as WHATWG specifies, fatal, streaming.
const codes = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, "0")).join(" ");
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const decoder = new TextDecoder();
console.log("defaults", decoder.encoding, decoder.fatal, decoder.ignoreBOM, Object.prototype.toString.call(decoder), TextDecoder.length, TextDecoder.prototype.decode.length);
for (const label of ["utf-8", "UTF-8", "utf8", " utf-8 ", "\tUnicode-1-1-UTF-8\n", "unicode11utf8", "unicode20utf8", "x-unicode20utf8", undefined]) {
  console.log("label", JSON.stringify(label), new TextDecoder(label).encoding);
}
console.log("bad label", err(() => new TextDecoder("utf-9")), err(() => new TextDecoder("")), err(() => TextDecoder()));
const cases = [
  ["ascii", [0x68, 0x69]],
  ["two-byte", [0xc3, 0xa9]],
  ["three-byte", [0xe2, 0x82, 0xac]],
  ["four-byte", [0xf0, 0x9f, 0x98, 0x80]],
  ["lone continuation", [0x80]],
  ["continuations", [0x80, 0xbf, 0x41]],
  ["overlong C0", [0xc0, 0x80]],
  ["overlong C1", [0xc1, 0xbf]],
  ["overlong E0", [0xe0, 0x80, 0x80]],
  ["overlong E0 9F", [0xe0, 0x9f, 0xbf]],
  ["overlong F0", [0xf0, 0x80, 0x80, 0x80]],
  ["overlong F0 8F", [0xf0, 0x8f, 0xbf, 0xbf]],
  ["surrogate ED A0 80", [0xed, 0xa0, 0x80]],
  ["surrogate pair encoded", [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
  ["ED 9F BF (U+D7FF)", [0xed, 0x9f, 0xbf]],
  ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ["F4 8F BF BF (U+10FFFF)", [0xf4, 0x8f, 0xbf, 0xbf]],
  ["F5", [0xf5, 0x80, 0x80, 0x80]],
  ["FE FF", [0xfe, 0xff]],
  ["truncated 2", [0xc3]],
  ["truncated 3", [0xe2, 0x82]],
  ["truncated 4", [0xf0, 0x9f, 0x98]],
  ["truncated then ascii", [0xe2, 0x82, 0x41]],
  ["truncated 4 then ascii", [0xf0, 0x9f, 0x41, 0x42]],
  ["two truncated", [0xe2, 0xe2, 0x82, 0xac]],
  ["bad second byte", [0xc3, 0x28]],
  ["mixed", [0x61, 0xff, 0x62, 0xc3, 0xa9, 0xed, 0xbf, 0xbf, 0x63]],
  ["BOM", [0xef, 0xbb, 0xbf, 0x61]],
  ["double BOM", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
  ["BOM only", [0xef, 0xbb, 0xbf]],
  ["truncated BOM", [0xef, 0xbb]],
  ["NUL", [0x00, 0x61, 0x00]],
  ["empty", []],
];
const fatal = new TextDecoder("utf-8", { fatal: true });
const keepBOM = new TextDecoder("utf-8", { ignoreBOM: true });
for (const [name, bytes] of cases) {
  const input = new Uint8Array(bytes);
  console.log(name, "|", codes(decoder.decode(input)), "|", codes(keepBOM.decode(input)), "|", err(() => codes(fatal.decode(input))));
}
// Inputs: ArrayBuffer, any typed array, DataView, windows of a buffer.
const buffer = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]).buffer;
console.log("ArrayBuffer", decoder.decode(buffer));
console.log("Uint16Array", decoder.decode(new Uint16Array([0x6968])), "DataView", decoder.decode(new DataView(buffer, 3, 3)), "subarray", decoder.decode(new Uint8Array(buffer).subarray(6)));
console.log("Float64Array", codes(decoder.decode(new Float64Array([1]))));
console.log("no input", JSON.stringify(decoder.decode()), JSON.stringify(decoder.decode(undefined)));
console.log("bad input", err(() => decoder.decode("abc")), err(() => decoder.decode([0x61])), err(() => decoder.decode(null)));
// Streaming: a sequence split across calls.
const stream = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
const parts = [stream.decode(new Uint8Array([0x61, euro[0]]), { stream: true }), stream.decode(new Uint8Array([euro[1]]), { stream: true }), stream.decode(new Uint8Array([euro[2], 0x62]), { stream: true }), stream.decode()];
console.log("stream", parts.map(codes).join(" / "));
const emoji = new TextEncoder().encode("😀😀");
const pieces = [];
for (const b of emoji) pieces.push(stream.decode(new Uint8Array([b]), { stream: true }));
pieces.push(stream.decode());
console.log("stream bytes", pieces.map((p) => p.length).join(","), pieces.join("") === "😀😀");
console.log("stream truncated end", codes(stream.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), codes(stream.decode()));
console.log("stream BOM", codes(stream.decode(new Uint8Array([0xef, 0xbb]), { stream: true })), codes(stream.decode(new Uint8Array([0xbf, 0x41]), { stream: true })), codes(stream.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
console.log("after stream", codes(stream.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const fatalStream = new TextDecoder("utf-8", { fatal: true });
console.log("fatal stream", codes(fatalStream.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), err(() => fatalStream.decode()), codes(fatalStream.decode(new Uint8Array([0x41]))));
console.log("options", new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "yes" }).fatal, new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "yes" }).ignoreBOM, new TextDecoder("utf-8", null).fatal, new TextDecoder("utf-8", undefined).ignoreBOM);
console.log("receivers", err(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1))));
