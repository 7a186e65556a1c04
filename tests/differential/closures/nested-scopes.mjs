const x = "global";
function a() {
  const x = "a";
  function b() { const y = "b"; return () => `${x}-${y}`; }
  return b();
}
console.log(a()());
{
  const x = "block";
  console.log(x);
  { let x = "inner"; console.log(x); }
}
console.log(x);
function shadowParam(x) { { let x = 2; } return x; }
console.log(shadowParam(1));
