// reject: let as a lexically bound name: let [let] = []
let [let] = [];
