// reject: label: a keyword used as a label
break: ;
