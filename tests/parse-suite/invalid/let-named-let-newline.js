// reject: let as a lexically bound name: let, newline, let = 1: no ASI because let is grammatically a binding identifier, so the early error applies
let
let = 1;
