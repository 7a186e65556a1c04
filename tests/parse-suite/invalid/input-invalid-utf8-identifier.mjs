// reject: bad input: continuation byte 0x80 without a lead byte in an identifier
export const a€b = 1;
