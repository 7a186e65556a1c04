// reject: class: class expression named implements
(class implements {});
