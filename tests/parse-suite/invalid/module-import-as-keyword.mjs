// reject: module goal: import { a as if }
import { a as if } from "m";
