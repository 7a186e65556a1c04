#include "CJITRuntime.h"

#include <setjmp.h>
#include <stdlib.h>

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
