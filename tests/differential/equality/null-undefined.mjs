console.log(null == undefined, null === undefined, null == 0, null >= 0, null > 0, null <= 0);
console.log(undefined == 0, undefined >= 0, undefined == "", null == false, undefined == false);
console.log(typeof null, typeof undefined, void 0 === undefined, null ?? "d", undefined ?? "d", 0 ?? "d");
