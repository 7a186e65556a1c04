// The example application: greets the user in their language, using a dependency for the words.
import { greetingFor } from "greeting-words";
import { shout } from "./format.js";

const language = (process.env.LANG ?? "en").slice(0, 2);
const name = process.argv[2] ?? "world";
console.log(shout(`${greetingFor(language)}, ${name}`));
