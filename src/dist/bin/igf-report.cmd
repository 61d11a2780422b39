@echo off
rem igf-report: checks UN IGF workshop reports against the IGF reporting templates.
rem Java tuned for a short batch job (see bin/igf-report): C1 only, the serial collector, UTF-8
rem file names, and a class-data-sharing archive that the first run writes to
rem %LOCALAPPDATA%\igf-report (Java 17 uses an archive only with the jar at the path it was made with).
rem Environment: JAVA_HOME (else java on the PATH), IGF_REPORT_OPTS (more JVM options),
rem IGF_REPORT_CDS=off (no archive) or dump (write the archive anew).
setlocal
set "IGF_LIB=%~dp0..\lib"
set "IGF_JAVA=java"
if defined JAVA_HOME set "IGF_JAVA=%JAVA_HOME%\bin\java"
set IGF_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Xshare:auto -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8
if "%IGF_REPORT_CDS%"=="off" goto plain
if not defined LOCALAPPDATA goto plain
set "IGF_JSA=%LOCALAPPDATA%\igf-report\igf-report-@VERSION@.jsa"
if "%IGF_REPORT_CDS%"=="dump" goto dump
if not exist "%IGF_JSA%" goto dump
"%IGF_JAVA%" %IGF_OPTS% "-XX:SharedArchiveFile=%IGF_JSA%" %IGF_REPORT_OPTS% -jar "%IGF_LIB%\igf-report.jar" %*
exit /b %ERRORLEVEL%
:dump
if not exist "%LOCALAPPDATA%\igf-report" mkdir "%LOCALAPPDATA%\igf-report" 2>nul
"%IGF_JAVA%" %IGF_OPTS% "-XX:ArchiveClassesAtExit=%IGF_JSA%.tmp" %IGF_REPORT_OPTS% -jar "%IGF_LIB%\igf-report.jar" %*
set IGF_STATUS=%ERRORLEVEL%
if exist "%IGF_JSA%.tmp" move /y "%IGF_JSA%.tmp" "%IGF_JSA%" >nul 2>nul
exit /b %IGF_STATUS%
:plain
"%IGF_JAVA%" %IGF_OPTS% %IGF_REPORT_OPTS% -jar "%IGF_LIB%\igf-report.jar" %*
exit /b %ERRORLEVEL%
