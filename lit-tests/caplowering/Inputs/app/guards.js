// Shadowing and feature detection: none of these is a use of authority.
const fetch = (url) => `fetched ${url}`;
function run(process, setTimeout) { return [process.env, typeof setTimeout]; }
export const result = [fetch("a"), run({ env: {} }, () => {})];
if (typeof window !== "undefined") {
  window.alert("browser");
} else {
  result.push("not a browser");
}
export const hasWebSocket = typeof WebSocket === "function" ? WebSocket : null;
