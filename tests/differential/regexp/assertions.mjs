console.log("price: $42".match(/(?<=\$)\d+/)[0], "100px 200em".match(/\d+(?=em)/)[0], "foobar foobaz".match(/foo(?!bar)\w+/)[0]);
console.log(JSON.stringify("line1\nline2".match(/^line\d$/gm)), JSON.stringify("line1\nline2".match(/^line\d$/g)));
console.log("abc".replace(/(?<!a)c/, "X"), "bc".replace(/(?<!a)c/, "X"));
