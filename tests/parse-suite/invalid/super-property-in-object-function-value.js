// reject: super outside its allowed contexts: super.x in a function-valued property (not a method)
({
  f: function () {
    super.x;
  },
});
