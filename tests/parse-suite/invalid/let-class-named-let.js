// reject: let as a lexically bound name: class named let (class code is strict)
class let {}
