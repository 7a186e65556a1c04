// accept: mix of class element kinds in one class, with semicolons
class A {
  ;
  a = 1;
  static { };
  get b() { return 1 };
  ;;
}
