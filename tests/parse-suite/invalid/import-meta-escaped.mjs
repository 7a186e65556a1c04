// reject: import.meta and import(): escaped import.m\u0065ta
import.m\u0065ta;
