// reject: let as a lexically bound name: const let = 1
const let = 1;
