// TextEncoder: UTF-8 encoding, lone surrogates as U+FFFD, encodeInto.
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
const err = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
};
const encoder = new TextEncoder();
console.log("encoding", encoder.encoding, Object.prototype.toString.call(encoder), TextEncoder.length, TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length);
const samples = ["", "a", "hello", "\0", "\x7f", "\x80", "é", "\u07ff", "\u0800", "€", "\uffff", "\ud83d\ude00", "😀x", "\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "\ud800\ud800\udc00", "日本語", "\ufeffbom"];
for (const text of samples) {
  const bytes = encoder.encode(text);
  console.log(JSON.stringify(text), bytes.constructor.name, bytes.length, hex(bytes));
}
console.log("conversions", hex(encoder.encode(123)), hex(encoder.encode(null)), hex(encoder.encode(undefined)), hex(encoder.encode()), hex(encoder.encode({ toString: () => "ok" })), hex(encoder.encode(true)));
console.log("symbol", err(() => encoder.encode(Symbol())));
console.log("fresh buffers", encoder.encode("ab").buffer !== encoder.encode("ab").buffer, encoder.encode("ab").byteOffset, encoder.encode("abc").buffer.byteLength);
const into = (text, size) => {
  const target = new Uint8Array(size);
  const result = encoder.encodeInto(text, target);
  return `${JSON.stringify(text)}/${size}: read=${result.read} written=${result.written} [${hex(target)}] keys=${Object.keys(result).join(",")}`;
};
for (const [text, size] of [["abc", 5], ["abc", 2], ["é", 1], ["é", 2], ["a€", 3], ["a€", 4], ["😀", 3], ["😀", 4], ["\ud800", 2], ["\ud800", 3], ["", 0], ["x", 0], ["a😀b", 5], ["a😀b", 6]]) {
  console.log("encodeInto", into(text, size));
}
const window = new Uint8Array(8).subarray(2, 5);
console.log("encodeInto subarray", JSON.stringify(encoder.encodeInto("wxyz", window)), hex(new Uint8Array(window.buffer)));
console.log("encodeInto errors", err(() => encoder.encodeInto("a", new Uint16Array(2))), err(() => encoder.encodeInto("a", new Uint8ClampedArray(2))).split(".")[0], err(() => encoder.encodeInto("a")).split(".")[0]);
console.log("receivers", err(() => TextEncoder.prototype.encode.call({}, "a")), err(() => TextEncoder()));
console.log("round trip", new TextDecoder().decode(encoder.encode("héllo wörld 😀 \u2028")) === "héllo wörld 😀 \u2028");
let all = "";
for (let cp = 0; cp < 0x11000; cp += 97) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
const encoded = encoder.encode(all);
let checksum = 0;
for (const b of encoded) checksum = (checksum * 31 + b) % 1000000007;
console.log("many code points", all.length, encoded.length, checksum, new TextDecoder().decode(encoded) === all);
