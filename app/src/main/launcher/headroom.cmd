@echo off
rem SPDX-License-Identifier: Apache-2.0
rem Starts Headroom from the build output on Windows; needs Java 21 or newer.
setlocal EnableExtensions
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
rem The JDK's release file names its version, so no second JVM has to start just to say which it is;
rem without one (a java found on PATH) an old JVM still stops at the first class, only less politely.
set "SPEC="
if defined JAVA_HOME if exist "%JAVA_HOME%\release" (
  for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_HOME%\release") do if "%%a"=="JAVA_VERSION" set "SPEC=%%~b"
)
if defined SPEC for /f "delims=." %%m in ("%SPEC%") do set "MAJOR=%%m"
if defined MAJOR if %MAJOR% LSS 21 (
  echo headroom: %JAVA% is Java %SPEC%; Headroom needs Java 21 or newer ^(set JAVA_HOME to one^) 1>&2
  exit /b 2
)
rem A command runs once: C1 alone and the throughput collector finish it soonest; the explorer keeps the full JIT
rem and the low-pause collector. The build writes picocli's subcommands into headroom.commands, one a line.
set "GC=-XX:+UseG1GC"
set "JIT="
set "FIRST=%~1"
if defined FIRST (
  if "%FIRST:~0,1%"=="-" set "GC=-XX:+UseParallelGC" & set "JIT=-XX:TieredStopAtLevel=1"
  findstr /x /l /c:"%FIRST%" "%HERE%headroom.commands" >nul 2>&1 && set "GC=-XX:+UseParallelGC" & set "JIT=-XX:TieredStopAtLevel=1"
)
rem HEADROOM_JAVA_OPTS adds to these: a property alone keeps the fast flags; a collector or JIT choice of the user's
rem own replaces ours (two collectors stop the JVM before it starts).
if defined HEADROOM_JAVA_OPTS (
  echo(%HEADROOM_JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "GC="
  echo(%HEADROOM_JAVA_OPTS%| findstr /c:"Tiered" /c:"-Xint" /c:"-Xcomp" >nul && set "JIT="
)
rem The build's start archive (docs/decisions/0012): the JDK 25+ AOT cache, else an AppCDS archive; one the JVM
rem refuses (another JDK, older jars) is skipped quietly.
set "ARCHIVE="
if defined MAJOR if %MAJOR% GEQ 25 if exist "%HERE%headroom.aot" set "ARCHIVE=-XX:AOTCache="%HERE%headroom.aot" -Xlog:aot=off -Xlog:cds=off"
if not defined ARCHIVE if exist "%HERE%headroom.jsa" set "ARCHIVE=-XX:SharedArchiveFile="%HERE%headroom.jsa" -Xlog:cds=off"
if defined HEADROOM_JAVA_OPTS (
  echo(%HEADROOM_JAVA_OPTS%| findstr /c:"AOTCache" /c:"SharedArchiveFile" /c:"ArchiveClassesAtExit" /c:"Xshare:off" >nul && set "ARCHIVE="
)
"%JAVA%" %JIT% %GC% %HEADROOM_JAVA_OPTS% %ARCHIVE% -cp "%HERE%headroom-app.jar;%HERE%lib\*" dev.headroom.Launcher %*
if errorlevel 1 exit /b %errorlevel%
