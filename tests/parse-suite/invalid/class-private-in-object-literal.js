// reject: class: private name as an object literal key
({ #a: 1 });
