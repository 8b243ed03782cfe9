@echo off
chcp 950 >nul
setlocal
set "KMSWIZARD_WHOLE=0"
findstr /l /x /c:"rem kmswizard: end of file" "%~f0" >nul 2>&1 && set "KMSWIZARD_WHOLE=1"
if "%KMSWIZARD_WHOLE%"=="0" echo [錯誤] 這個檔案不完整（最後一行不見了），可能是複製或下載時中斷。沒有執行任何動作；請重新產生或重新複製這個檔案。
if "%KMSWIZARD_WHOLE%"=="0" echo [ERROR] This file is incomplete ^(its last line is missing^), perhaps cut short while copying or downloading. Nothing was run; write or copy the file again.
if "%KMSWIZARD_WHOLE%"=="0" pause
if "%KMSWIZARD_WHOLE%"=="0" exit /b 2
rem Written by kmswizard script for: office2010-proplus
rem KMS host: 198.18.40.17:1688. Run this file as administrator.
set "KMSWIZARD_FAILED=0"
set "KMSWIZARD_OUT=%TEMP%\kmswizard-activation.txt"
fltmc >nul 2>&1
if errorlevel 1 goto :not_elevated

echo.
echo === Office Professional Plus 2010 ===
set "KMSWIZARD_OSPP=%ProgramFiles%\Microsoft Office\Office14\ospp.vbs"
if defined ProgramW6432 set "KMSWIZARD_OSPP=%ProgramW6432%\Microsoft Office\Office14\ospp.vbs"
if exist "%KMSWIZARD_OSPP%" goto :group1_found
echo [找不到] 找不到 Office14 資料夾裡的 ospp.vbs：這台電腦有安裝 Office Professional Plus 2010 嗎？（32 位元與 64 位元 Office 的位置不同）
echo [NOT FOUND] There is no ospp.vbs in the Office14 folder: is Office Professional Plus 2010 installed on this PC? ^(32-bit and 64-bit Office live in different folders^)
set "KMSWIZARD_FAILED=1"
goto :group1_end
:group1_found
cscript //nologo "%KMSWIZARD_OSPP%" /inpkey:VYBBJ-TRJPB-QFQRF-QFT4D-H3GVB
cscript //nologo "%KMSWIZARD_OSPP%" /sethst:198.18.40.17
cscript //nologo "%KMSWIZARD_OSPP%" /setprt:1688
cscript //nologo "%KMSWIZARD_OSPP%" /act > "%KMSWIZARD_OUT%" 2>&1
type "%KMSWIZARD_OUT%"
findstr /r /c:"0x[8Cc]0[0-9A-Fa-f][0-9A-Fa-f]" "%KMSWIZARD_OUT%" >nul
if errorlevel 1 goto :group1_ok
echo [失敗] Office Professional Plus 2010 沒有啟用，錯誤代碼在上方；在 kmswizard 執行 explain 加上代碼可看說明與解法。
echo [FAILED] Office Professional Plus 2010 was not activated; the error code is shown above. Run kmswizard explain with the code to see what it means and how to fix it.
set "KMSWIZARD_FAILED=1"
goto :group1_status
:group1_ok
echo [成功] Office Professional Plus 2010 已啟用。
echo [OK] Office Professional Plus 2010 is activated.
:group1_status
cscript //nologo "%KMSWIZARD_OSPP%" /dstatus
:group1_end

if "%KMSWIZARD_FAILED%"=="1" echo [未完成] 有產品沒有啟用成功，請看上方的訊息。
if "%KMSWIZARD_FAILED%"=="1" echo [NOT DONE] Some products were not activated; see the messages above.
if "%KMSWIZARD_FAILED%"=="1" goto :finish
echo [完成] 全部啟用成功。請在 180 天內再連上校內網路（或 SSL VPN）一次，Windows 才會自動重新認證。
echo [DONE] Everything is activated. Connect to the campus network ^(or the SSL VPN^) again within 180 days so that Windows re-activates by itself.
:finish
del "%KMSWIZARD_OUT%" >nul 2>&1
pause
exit /b %KMSWIZARD_FAILED%

:not_elevated
echo [錯誤 0x80070005] 存取被拒：這個檔案需要系統管理員權限。請在檔案上按右鍵，選「以系統管理員身分執行」。
echo [ERROR 0x80070005] Access denied: this file needs administrator rights. Right-click it and choose Run as administrator.
pause
exit /b 5

rem kmswizard: end of file
