// An ES module (the package says "type": "module"), with a class and a private field.
export class Formatter {
  #suffix;
  constructor(suffix = "!") {
    this.#suffix = suffix;
  }
  shout(text) {
    return `${text.toUpperCase()}${this.#suffix}`;
  }
}

export const shout = (text) => new Formatter().shout(text);
