// reject: class: private name outside any class
this.#x;
