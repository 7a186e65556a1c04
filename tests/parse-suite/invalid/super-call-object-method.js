// reject: super outside its allowed contexts: super() in an object literal method
({
  m() {
    super();
  },
});
