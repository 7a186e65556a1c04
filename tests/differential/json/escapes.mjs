console.log(JSON.stringify("quote\" backslash\\ slash/ tab\t nl\n cr\r bs\b ff\f"));
console.log(JSON.stringify("\u0000\u0001\u001f\u007f\u2028\u2029"));
console.log(JSON.stringify("\ud800"), JSON.stringify("\udc00x"), JSON.stringify("😀"), JSON.stringify("é"));
console.log(JSON.parse('"\\ud83d\\ude00"') === "😀", JSON.parse('"\\/"'));
