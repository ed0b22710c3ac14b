/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 * QtPdf's PDFium (Chromium's base) takes its random bytes from bcryptprimitives!ProcessPrng and
 * stops (int3) when the DLL is missing; this stub answers from advapi32's RtlGenRandom.
 * Never ship this: real Windows 10 has bcryptprimitives.dll in System32. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
    if (!RtlGenRandom(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
