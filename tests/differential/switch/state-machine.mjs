function run(input) {
  let state = "start"; const trace = [];
  for (const ch of input) {
    switch (state) {
      case "start": state = ch === "a" ? "A" : "fail"; break;
      case "A": state = ch === "b" ? "B" : ch === "a" ? "A" : "fail"; break;
      case "B": state = ch === "c" ? "done" : "fail"; break;
      default: state = "fail";
    }
    trace.push(state);
  }
  return trace.join(">");
}
console.log(run("abc")); console.log(run("aaabc")); console.log(run("abx")); console.log(run("abcd"));
