#include "CJITRuntime.h"

#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

// The innermost active cruft_native_call's jump buffer on this thread; each call saves the previous
// one and restores it, so nested calls (through the VM) unwind one level at a time.
static _Thread_local jmp_buf *cruft_current_jump;

typedef double (*F0)(int64_t, uint64_t);
typedef double (*F1)(int64_t, uint64_t, double);
typedef double (*F2)(int64_t, uint64_t, double, double);
typedef double (*F3)(int64_t, uint64_t, double, double, double);
typedef double (*F4)(int64_t, uint64_t, double, double, double, double);
typedef double (*F5)(int64_t, uint64_t, double, double, double, double, double);
typedef double (*F6)(int64_t, uint64_t, double, double, double, double, double, double);
typedef double (*F7)(int64_t, uint64_t, double, double, double, double, double, double, double);
typedef double (*F8)(int64_t, uint64_t, double, double, double, double, double, double, double, double);

int32_t cruft_native_call(const void *fn, int64_t depth, uint64_t stackLimit, const double *args,
                          int32_t argc, double *result) {
  if (argc < 0 || argc > 8) return 2;
  jmp_buf here;
  jmp_buf *saved = cruft_current_jump;
  if (setjmp(here)) {
    cruft_current_jump = saved;
    return 1;
  }
  cruft_current_jump = &here;
  const double *a = args;
  double r;
  switch (argc) {
  case 0: r = ((F0)fn)(depth, stackLimit); break;
  case 1: r = ((F1)fn)(depth, stackLimit, a[0]); break;
  case 2: r = ((F2)fn)(depth, stackLimit, a[0], a[1]); break;
  case 3: r = ((F3)fn)(depth, stackLimit, a[0], a[1], a[2]); break;
  case 4: r = ((F4)fn)(depth, stackLimit, a[0], a[1], a[2], a[3]); break;
  case 5: r = ((F5)fn)(depth, stackLimit, a[0], a[1], a[2], a[3], a[4]); break;
  case 6: r = ((F6)fn)(depth, stackLimit, a[0], a[1], a[2], a[3], a[4], a[5]); break;
  case 7: r = ((F7)fn)(depth, stackLimit, a[0], a[1], a[2], a[3], a[4], a[5], a[6]); break;
  default: r = ((F8)fn)(depth, stackLimit, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]); break;
  }
  cruft_current_jump = saved;
  *result = r;
  return 0;
}

void cruft_rt_stack_overflow(void) {
  jmp_buf *target = cruft_current_jump;
  if (!target) abort();
  longjmp(*target, 1);
}

const void *cruft_rt_stack_overflow_address(void) { return (const void *)&cruft_rt_stack_overflow; }

// MARK: Typed arrays

// The typed arrays of the running native call: slot s is the typed-array parameter at position s of
// the native entry the VM called (cruft_ta_bind before the call, unbound after it). An unbound slot
// has length 0, so every index is invalid there and no access reaches memory.
typedef struct {
  unsigned char *base;
  int64_t length;
} cruft_ta_slot;

static _Thread_local cruft_ta_slot cruft_ta_slots[CRUFT_TA_SLOTS];

void cruft_ta_bind(int32_t slot, void *base, int64_t length) {
  if (slot < 0 || slot >= CRUFT_TA_SLOTS) return;
  cruft_ta_slots[slot].base = (unsigned char *)base;
  cruft_ta_slots[slot].length = base ? (length > 0 ? length : 0) : 0;
}

void cruft_ta_unbind_all(void) { memset(cruft_ta_slots, 0, sizeof cruft_ta_slots); }

// The slot a double names, or NULL for a number that is not one of 0..7 (native code passes what
// the VM gave it, but the checks do not prove that).
static inline cruft_ta_slot *cruft_ta_slot_of(double slot) {
  if (!(slot >= 0 && slot < CRUFT_TA_SLOTS)) return NULL;
  int position = (int)slot;
  return (double)position == slot ? &cruft_ta_slots[position] : NULL;
}

// The element position `index` names in `s`, or -1: an integer (-0 is 0) with 0 <= index < length.
static inline int64_t cruft_ta_position(const cruft_ta_slot *s, double index) {
  if (!(index >= 0 && index < (double)s->length)) return -1;
  int64_t position = (int64_t)index;  // index < length <= 2^53: exact conversion of the integer part
  return (double)position == index ? position : -1;
}

// ECMAScript ToInt32's low 32 bits (modular; NaN and infinities are 0), as the interpreter's
// toInt32 (NumberParsing.swift): truncation, then the remainder modulo 2^32 (fmod is exact).
static inline uint32_t cruft_to_uint32_bits(double x) {
  if (x > -9223372036854775808.0 && x < 9223372036854775808.0) return (uint32_t)(uint64_t)(int64_t)x;
  if (!isfinite(x)) return 0;
  return (uint32_t)(uint64_t)(int64_t)fmod(trunc(x), 4294967296.0);
}

// ToUint8Clamp: NaN is 0, clamp to [0, 255], round half to even.
static inline uint8_t cruft_to_uint8_clamped(double x) {
  if (!(x > 0)) return 0;
  if (x >= 255) return 255;
  // 0 < x < 255: adding and subtracting 2^52 rounds to an integer in the default rounding mode
  // (to nearest, ties to even) without a call to rint.
  return (uint8_t)((x + 4503599627370496.0) - 4503599627370496.0);
}

#define CRUFT_TA_ACCESSORS(SUFFIX, CTYPE, LOAD, STORE)                                              \
  double cruft_ta_get_##SUFFIX(double slot, double index) {                                        \
    cruft_ta_slot *s = cruft_ta_slot_of(slot);                                                    \
    if (!s) return NAN;                                                                           \
    int64_t p = cruft_ta_position(s, index);                                                      \
    if (p < 0) return NAN;                                                                        \
    CTYPE element;                                                                                \
    memcpy(&element, s->base + p * (int64_t)sizeof(CTYPE), sizeof(CTYPE));                        \
    return LOAD;                                                                                  \
  }                                                                                               \
  void cruft_ta_set_##SUFFIX(double slot, double index, double value) {                            \
    cruft_ta_slot *s = cruft_ta_slot_of(slot);                                                    \
    if (!s) return;                                                                               \
    int64_t p = cruft_ta_position(s, index);                                                      \
    if (p < 0) return;                                                                            \
    CTYPE element = STORE;                                                                        \
    memcpy(s->base + p * (int64_t)sizeof(CTYPE), &element, sizeof(CTYPE));                        \
  }

CRUFT_TA_ACCESSORS(i8, int8_t, (double)element, (int8_t)(uint8_t)cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(u8, uint8_t, (double)element, (uint8_t)cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(u8c, uint8_t, (double)element, cruft_to_uint8_clamped(value))
CRUFT_TA_ACCESSORS(i16, int16_t, (double)element, (int16_t)(uint16_t)cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(u16, uint16_t, (double)element, (uint16_t)cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(i32, int32_t, (double)element, (int32_t)cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(u32, uint32_t, (double)element, cruft_to_uint32_bits(value))
CRUFT_TA_ACCESSORS(f32, float, (double)element, (float)value)
CRUFT_TA_ACCESSORS(f64, double, element, value)

double cruft_ta_length(double slot) {
  cruft_ta_slot *s = cruft_ta_slot_of(slot);
  return s ? (double)s->length : 0;
}

const void *cruft_ta_get_address(int32_t kind) {
  switch (kind) {
  case 0: return (const void *)&cruft_ta_get_i8;
  case 1: return (const void *)&cruft_ta_get_u8;
  case 2: return (const void *)&cruft_ta_get_u8c;
  case 3: return (const void *)&cruft_ta_get_i16;
  case 4: return (const void *)&cruft_ta_get_u16;
  case 5: return (const void *)&cruft_ta_get_i32;
  case 6: return (const void *)&cruft_ta_get_u32;
  case 7: return (const void *)&cruft_ta_get_f32;
  case 8: return (const void *)&cruft_ta_get_f64;
  default: return NULL;
  }
}

const void *cruft_ta_set_address(int32_t kind) {
  switch (kind) {
  case 0: return (const void *)&cruft_ta_set_i8;
  case 1: return (const void *)&cruft_ta_set_u8;
  case 2: return (const void *)&cruft_ta_set_u8c;
  case 3: return (const void *)&cruft_ta_set_i16;
  case 4: return (const void *)&cruft_ta_set_u16;
  case 5: return (const void *)&cruft_ta_set_i32;
  case 6: return (const void *)&cruft_ta_set_u32;
  case 7: return (const void *)&cruft_ta_set_f32;
  case 8: return (const void *)&cruft_ta_set_f64;
  default: return NULL;
  }
}

const void *cruft_ta_length_address(void) { return (const void *)&cruft_ta_length; }
