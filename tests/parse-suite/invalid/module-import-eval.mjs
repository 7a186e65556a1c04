// reject: module goal: import binding named eval
import eval from "m";
