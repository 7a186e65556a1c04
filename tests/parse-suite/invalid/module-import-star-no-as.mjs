// reject: module goal: import * without as
import * from "m";
