// reject: module goal: import { "a" } without as
import { "a" } from "m";
