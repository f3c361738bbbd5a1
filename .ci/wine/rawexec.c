/*
 * Runs %RAW_COMMAND_LINE% exactly as given, with CreateProcessW(NULL, line, ...), the call Java's ProcessBuilder makes
 * on Windows, and exits with that process's exit code (99 if it could not be started). .ci/wine-test uses it to run
 * the command line AzExecutable builds for az.cmd, byte for byte.
 */
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

int wmain(void) {
    const wchar_t *line = _wgetenv(L"RAW_COMMAND_LINE");
    if (!line || !*line) return 98;
    wchar_t *buffer = _wcsdup(line); /* CreateProcessW may write into it */
    STARTUPINFOW si = {0};
    PROCESS_INFORMATION pi;
    si.cb = sizeof si;
    if (!CreateProcessW(NULL, buffer, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return 99;
    WaitForSingleObject(pi.hProcess, 60000);
    DWORD code = 97;
    GetExitCodeProcess(pi.hProcess, &code);
    return (int) code;
}
