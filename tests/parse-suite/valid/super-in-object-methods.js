// accept: super property access in object literal methods and their arrows
var o = {
  m() { return super.x },
  get g() { return () => super['y'] },
  async a() { await super.z },
}
