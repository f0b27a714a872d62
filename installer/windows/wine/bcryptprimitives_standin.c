/* TEST-ONLY stand-in for bcryptprimitives.dll under Wine 8.0, never shipped (lives in the Wine prefix of
 * installer/windows/build-windows.sh). The Rust standard library in cryptography's _rust.pyd (and rpds)
 * takes its random numbers from ProcessPrng, a system DLL on Windows 10; Wine 8.0 has none, so
 * `import cryptography` fails and PyInstaller's hook for it cannot run. Here ProcessPrng asks Wine's
 * RtlGenRandom (advapi32 SystemFunction036), the system's cryptographic random source. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
