/* TEST-ONLY stand-in for propsys.dll under Wine 8.0, never shipped (lives in the Wine prefix of
 * installer/windows/build-windows.sh). Wine 8.0's propsys.VariantToString is an unimplemented stub that
 * aborts the process; CPython's _wmi.pyd (platform.win32_ver, pip) calls it. On Windows the real
 * system DLL is used. Only the one export the build and the tests reach. */
#include <windows.h>
#include <oleauto.h>

__declspec(dllexport) HRESULT WINAPI VariantToString(const VARIANT *var, PWSTR out, UINT size)
{
    VARIANT tmp;
    HRESULT hr;
    if (!out || !size) return E_INVALIDARG;
    out[0] = 0;
    VariantInit(&tmp);
    hr = VariantChangeType(&tmp, (VARIANT *)var, 0, VT_BSTR);
    if (FAILED(hr)) return hr;
    lstrcpynW(out, tmp.bstrVal ? tmp.bstrVal : L"", (int)size);
    hr = (tmp.bstrVal && (UINT)lstrlenW(tmp.bstrVal) >= size) ? ((HRESULT)0x8007007AL) : S_OK;
    VariantClear(&tmp);
    return hr;
}
