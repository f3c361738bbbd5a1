@echo off
rem Hub Onboard launcher for a source build on Windows (installers use jpackage's own launchers); the twin of
rem the POSIX shell script "hub-onboard" beside it: same Java options, class path, main class and arguments, and the
rem exit code of java (check: 0 ready, 1 not ready, 2 usage, 3 unreachable).
rem Java: %HUB_ONBOARD_JAVA% if set (it must exist), else the JDK that built this copy (if it is gone: a warning, then
rem on), else %JAVA_HOME%\bin\java.exe, else java.exe on the PATH; then its version must be 25 or later (exit 2).
rem Quotes around JAVA_HOME or HUB_ONBOARD_JAVA (set JAVA_HOME="C:\...") are dropped.
rem The wizard (no arguments, or only --sandbox) starts with javaw.exe through "start": no console window that
rem would end the app when closed. Commands (check, connect, status, --help) run java.exe in this console, print
rem UTF-8 (code page 65001 while java runs, the previous one restored after) and return java's exit code.
rem No parenthesized blocks: a path such as "C:\Program Files (x86)\..." would end one early. No AOT cache here: the
rem installed app (.msi) ships one trained at build time; see README.
setlocal
set "HERE=%~dp0.."
rem The "_" keeps each variable defined while its quotes are removed (an undefined one would expand to garbage).
set "HO_JAVA_HOME=_%JAVA_HOME%"
set "HO_JAVA_HOME=%HO_JAVA_HOME:"=%"
set "HO_JAVA_HOME=%HO_JAVA_HOME:~1%"
set "HO_GIVEN=_%HUB_ONBOARD_JAVA%"
set "HO_GIVEN=%HO_GIVEN:"=%"
set "HO_GIVEN=%HO_GIVEN:~1%"
set "JAVA_EXE="
if defined HO_GIVEN goto given
set "HO_FROM=the build"
if exist "@JAVA_HOME@\bin\java.exe" set "JAVA_EXE=@JAVA_HOME@\bin\java.exe"
if defined JAVA_EXE goto version
echo hub-onboard: warning: the JDK this copy was built with is gone (@JAVA_HOME@); using JAVA_HOME or the PATH instead. Rebuild, or set HUB_ONBOARD_JAVA, to silence this. 1>&2
set "HO_FROM=JAVA_HOME"
if defined HO_JAVA_HOME if exist "%HO_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%HO_JAVA_HOME%\bin\java.exe"
if defined JAVA_EXE goto version
if defined HO_JAVA_HOME echo hub-onboard: warning: JAVA_HOME is set but has no bin\java.exe: %HO_JAVA_HOME% 1>&2
set "HO_FROM=PATH"
for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
if defined JAVA_EXE goto version
echo hub-onboard: no Java found: set JAVA_HOME to a JDK 25 (cmd: set "JAVA_HOME=C:\Program Files\Eclipse Adoptium\jdk-25...", PowerShell: $env:JAVA_HOME = 'C:\...'), or HUB_ONBOARD_JAVA to its bin\java.exe. 1>&2
exit /b 2

:given
set "HO_FROM=HUB_ONBOARD_JAVA"
set "JAVA_EXE=%HO_GIVEN%"
if exist "%JAVA_EXE%" goto version
echo hub-onboard: HUB_ONBOARD_JAVA names no file: %HO_GIVEN% -- point it at a JDK 25's bin\java.exe, or unset it. 1>&2
exit /b 2

:version
rem The version from the JDK's "release" file (no extra start), else from java -version (first line: ... version "25.0.1" ...).
set "JAVA_VERSION="
for %%j in ("%JAVA_EXE%") do set "JAVA_DIR=%%~dpj"
if not exist "%JAVA_DIR%..\release" goto ask
for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_DIR%..\release") do if "%%a"=="JAVA_VERSION" set "JAVA_VERSION=%%~b"
:ask
if defined JAVA_VERSION goto compare
for /f "tokens=2,3" %%a in ('^""%JAVA_EXE%" -version 2^>^&1^"') do if "%%a"=="version" set "JAVA_VERSION=%%~b"
:compare
set "JAVA_MAJOR=0"
set "JAVA_MINOR=0"
for /f "tokens=1,2 delims=.+-_" %%a in ("%JAVA_VERSION%.0") do set "JAVA_MAJOR=%%a"
for /f "tokens=1,2 delims=.+-_" %%a in ("%JAVA_VERSION%.0") do set "JAVA_MINOR=%%b"
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=%JAVA_MINOR%"
set "JAVA_MAJOR_N=0"
set /a "JAVA_MAJOR_N=JAVA_MAJOR" >nul 2>&1
if %JAVA_MAJOR_N% GEQ 25 goto run
if not defined JAVA_VERSION set "JAVA_VERSION=of unknown version"
echo hub-onboard needs Java 25 or later, but found Java %JAVA_VERSION% at %JAVA_EXE% (from %HO_FROM%): set JAVA_HOME to a JDK 25 (cmd: set "JAVA_HOME=C:\Program Files\Eclipse Adoptium\jdk-25...", PowerShell: $env:JAVA_HOME = 'C:\...'), or HUB_ONBOARD_JAVA to its bin\java.exe. 1>&2
exit /b 2

:run
set "WIZARD="
if "%~1"=="" set "WIZARD=yes"
if "%~1"=="--sandbox" if "%~2"=="" set "WIZARD=yes"
if not defined WIZARD goto command
set "JAVAW_EXE=%JAVA_DIR%javaw.exe"
if not exist "%JAVAW_EXE%" goto command
start "" "%JAVAW_EXE%" @JAVA_OPTIONS@ @INSTALLED_OPTIONS@ -cp "%HERE%\lib\*" @MAIN_CLASS@ %*
exit /b 0

:command
set "CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp 2^>nul') do set "CODEPAGE=%%c"
chcp 65001 >nul 2>&1
rem "& call set" on java's own line: cmd then does not ask "Terminate batch job (Y/N)?" after Ctrl+C (the CALL
rem consumes the interrupt), and it keeps java's exit code for the end.
"%JAVA_EXE%" @JAVA_OPTIONS@ @INSTALLED_OPTIONS@ -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "%HERE%\lib\*" @MAIN_CLASS@ %* & call set "HO_EXIT=%%ERRORLEVEL%%"
if defined CODEPAGE chcp %CODEPAGE: =% >nul 2>&1
exit /b %HO_EXIT%
