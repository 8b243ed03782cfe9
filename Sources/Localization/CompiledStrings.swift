// Generated from Resources/strings.zh-TW.json by `make strings`: edit that file, not this one.
// A test (CompiledStringsTests) fails when the two disagree.

/// Every text of the strings file (see CompiledStrings+Lookup.swift).
enum CompiledStrings {
    /// Three pieces per text, the texts sorted by the UTF-8 bytes of their keys: the key (`area.key`),
    /// the zh-TW text, the English text.
    static let bytes: StaticString = """
        activate.count.answer\
        第 {seq} 次 {host}：{clients}，時間 {time} 毫秒\
        seq={seq} {host}: {clients}, time={time} ms\
        activate.count.failure\
        第 {seq} 次 {host}：失敗（{code}）{detail}，時間 {time} 毫秒\
        seq={seq} {host}: failed ({code}) {detail}, time={time} ms\
        activate.count.summary\
        --- {host} KMS 伺服器檢查統計 ---\n送出 {count} 次，成功 {answered} 次，失敗 {failed} 次\
        --- {host} KMS host check statistics ---\n{count} requests, {answered} answered, {failed} failed\
        activate.count.summary.one\
        --- {host} KMS 伺服器檢查統計 ---\n送出 {count} 次，成功 {answered} 次，失敗 {failed} 次\
        --- {host} KMS host check statistics ---\n{count} request, {answered} answered, {failed} failed\
        activate.count.times\
        時間 最短/中位數/p99/最長 = {min}/{median}/{p99}/{max} 毫秒\
        time min/median/p99/max = {min}/{median}/{p99}/{max} ms\
        activate.failure.badResponse\
        KMS 伺服器 {host} 的回應沒有通過檢查，結果不能採信。\
        The answer of the KMS host {host} failed validation and cannot be trusted.\
        activate.failure.belowThreshold\
        KMS 伺服器 {host} 的用戶端計數 {count} 未達 {product} 需要的 {minimum}。\
        The KMS host {host} counts {clients}; {product} needs {minimum}.\
        activate.failure.bindNak\
        KMS 伺服器 {host} 拒絕建立 RPC 連線。\
        The KMS host {host} refused to set up the RPC connection.\
        activate.failure.detail\
        （技術代碼：{detail}）\
         (technical code: {detail})\
        activate.failure.dns\
        找不到主機名稱 {host}（DNS 查詢失敗）。\
        The host name {host} could not be found (DNS lookup failed).\
        activate.failure.kmsError\
        KMS 伺服器 {host} 拒絕啟用，錯誤碼 {code}。\
        The KMS host {host} refused the activation with error {code}.\
        activate.failure.local\
        這台電腦上發生內部錯誤。\
        An internal error happened on this computer.\
        activate.failure.protocol\
        KMS 伺服器 {host} 的回應不符合 MS-RPC 通訊協定。\
        The KMS host {host} broke the MS-RPC protocol.\
        activate.failure.refused\
        KMS 伺服器 {host} 拒絕連線：那個連接埠沒有 KMS 服務。\
        The KMS host {host} refused the connection: no KMS service listens on that port.\
        activate.failure.rpcFault\
        KMS 伺服器 {host} 回報 RPC 錯誤，沒有處理啟用要求。\
        The KMS host {host} answered with an RPC fault and did not process the request.\
        activate.failure.stateNotSaved\
        注意：結果沒有寫入狀態檔：{reason}\
        Note: the result was not saved to the state file: {reason}\
        activate.failure.timeout\
        KMS 伺服器 {host} 沒有在 {seconds} 秒內完成回應。\
        The KMS host {host} did not finish answering within {seconds} seconds.\
        activate.failure.unreachable\
        無法連到 KMS 伺服器 {host}。\
        The KMS host {host} cannot be reached.\
        activate.hint.belowThreshold\
        KMS 伺服器需要更多用戶端才會啟用；請稍後再試，或聯絡電子計算中心。\
        The host needs more clients before it activates; try again later or contact the Computer Center.\
        activate.hint.dns\
        檢查主機名稱的拼字與 DNS 設定，或改用 IP 位址（例如 --host 140.127.40.17）。\
        Check the spelling of the host name and the DNS settings, or use the IP address instead (e.g. --host 140.127.40.17).\
        activate.hint.kmsError\
        執行 kmswizard explain {code} 查看這個錯誤碼的意思。\
        Run kmswizard explain {code} to see what this error code means.\
        activate.hint.local\
        請把這段訊息回報給維護者。\
        Please report this message to the maintainers.\
        activate.hint.network\
        在校外請先連上學校 VPN，再執行 kmswizard diagnose 檢查網路與主機。\
        Off campus, connect to the campus VPN first, then run kmswizard diagnose to check the network and the host.\
        activate.hint.protocol\
        這個位址可能不是 KMS 伺服器。確認 --host 設定；問題持續請聯絡電子計算中心。\
        This address may not be a KMS host. Check --host; if it keeps happening, contact the Computer Center.\
        activate.hint.refused\
        確認主機位址與連接埠（預設 1688）是否正確，或執行 kmswizard diagnose。\
        Check the host address and port (default 1688), or run kmswizard diagnose.\
        activate.interrupted\
        已被 {signal} 中斷：啟用沒有完成，狀態檔案沒有變更。\
        Interrupted by {signal}: the activation did not finish and the state file was not changed.\
        activate.nextStep\
        這只是 KMS 伺服器檢查，沒有改變任何 Windows。要真正啟用：用 kmswizard script --product {product} --out kmswizard-activate.cmd 產生認證程式，到 Windows 電腦上以系統管理員身分執行；在 WSL 裡則可執行 kmswizard script --product {product} --run。\
        This was a host check only; no Windows changed. To activate: write the activation file with kmswizard script --product {product} --out kmswizard-activate.cmd and run it on the Windows PC as administrator; inside WSL, kmswizard script --product {product} --run does it.\
        activate.probeNote\
        沒有指定 --product，所以用 {product} 當作探測產品來檢查 KMS 伺服器；這只記錄伺服器的回應，不會當成您的產品。這只是 KMS 伺服器檢查，沒有改變任何 Windows；要啟用，請用 kmswizard script --product 產品簡稱 產生認證程式。\
        No --product was named, so {product} served as a probe to check the KMS host; only the host's answer is kept, not as a product of yours. This was a host check only; no Windows changed: to activate, write the activation file with kmswizard script --product NAME.\
        activate.screen.label.activationInterval\
        未啟用時重試間隔\
        Retry interval (not activated)\
        activate.screen.label.count\
        用戶端計數\
        Client count\
        activate.screen.label.epid\
        主機 ePID\
        Host ePID\
        activate.screen.label.host\
        KMS 伺服器\
        KMS host\
        activate.screen.label.hostLanguage\
        主機語言\
        Host language\
        activate.screen.label.hostLicensed\
        主機授權日期\
        Host licensed on\
        activate.screen.label.hostSystem\
        主機系統\
        Host system\
        activate.screen.label.hwid\
        主機硬體 ID\
        Host hardware ID\
        activate.screen.label.protocol\
        協定\
        Protocol\
        activate.screen.label.renewalInterval\
        已啟用時自動重新認證間隔\
        Renewal interval (activated)\
        activate.screen.label.rtt\
        往返時間\
        Round trip\
        activate.screen.label.separator\
        ：\
        : \
        activate.screen.label.timestamp\
        主機回應時間戳\
        Response timestamp\
        activate.screen.title\
        KMS 伺服器檢查：{product}\
        KMS host check: {product}\
        activate.screen.value.connection\
        v{version}（{syntax}），已連線到 {address}\
        v{version} ({syntax}), connected to {address}\
        activate.screen.value.count\
        {count}（這個產品的門檻是 {minimum}）\
        {count} (this product needs {minimum})\
        activate.screen.value.hostSystem\
        Windows 組建 {build}，平台 ID {platform}，CSVLK 群組 {group}\
        Windows build {build}, platform ID {platform}, CSVLK group {group}\
        activate.screen.value.milliseconds\
        {ms} 毫秒\
        {ms} ms\
        activate.screen.value.none\
        （v4/v5 沒有這一項）\
        (not sent in v4/v5)\
        activate.screen.value.unknown\
        （無法從 ePID 解讀）\
        (not readable from the ePID)\
        activate.screen.verdict.below\
        結果：主機有正確回應，但用戶端計數 {count} 未達門檻 {minimum}，Windows 會顯示 0xC004F038（KMS 回報的計數不足）。\
        Result: the host answered correctly, but its client count {count} is below the threshold of {minimum}; Windows would show 0xC004F038 (the count reported by the KMS host is insufficient).\
        activate.screen.verdict.ok\
        結果：這台 KMS 伺服器會啟用 {product}，用戶端計數 {count} 已達門檻 {minimum}。\
        Result: this KMS host would activate {product}; its client count {count} meets the threshold of {minimum}.\
        activate.title\
        KMS 伺服器檢查\
        KMS host check\
        catalog.column.displayName\
        產品名稱\
        Product\
        catalog.column.gvlk\
        KMS 用戶端金鑰\
        GVLK\
        catalog.column.minimum\
        門檻\
        Min\
        catalog.column.protocol\
        協定\
        Proto\
        catalog.column.shortName\
        簡稱\
        Short name\
        catalog.error.hint\
        請重新安裝 kmswizard，或把 KMSWIZARD_RESOURCES 設為放有正確 products.json 的資料夾。\
        Reinstall kmswizard, or set KMSWIZARD_RESOURCES to the folder that holds a good products.json.\
        catalog.error.invalid\
        產品目錄 {path} 有 {count} 個問題：{problems}\
        The product catalog {path} has {count} problem(s): {problems}\
        catalog.error.malformed\
        產品目錄 {path} 的內容有誤：{detail}\
        The product catalog {path} is not valid: {detail}\
        catalog.error.missing\
        找不到產品目錄檔案 {name}（已找過：{searched}）。\
        The product catalog {name} was not found (looked in: {searched}).\
        catalog.error.tooLarge\
        產品目錄 {path} 有 {bytes} 位元組，超過上限 {limit}，不像是正確的檔案。\
        The product catalog {path} is {bytes} bytes, over the {limit} limit; it is not a real catalog.\
        catalog.error.unreadable\
        無法讀取產品目錄 {path}：{reason}\
        The product catalog {path} cannot be read: {reason}\
        catalog.error.unsupportedSchema\
        產品目錄 {path} 是第 {found} 版格式，這個 kmswizard 只讀得懂第 {supported} 版。\
        The product catalog {path} is format version {found}; this kmswizard reads version {supported}.\
        catalog.footer.minimum\
        「門檻」：KMS 伺服器要先累積到這麼多台電腦，才會開始啟用。\
        Min: how many computers the KMS host must count before it activates any.\
        catalog.footer.more\
        加上 --wide 顯示 KMS 用戶端金鑰（GVLK），--json 顯示全部 ID。\
        Add --wide for the client setup keys (GVLK), --json for every ID.\
        catalog.lookup.ambiguous\
        「{query}」符合好幾項產品：{names}\
        \"{query}\" matches several products: {names}\
        catalog.lookup.closest\
        您要找的可能是：{names}\
        Did you mean: {names}\
        catalog.lookup.hint\
        請輸入上面其中一個簡稱，或執行 kmswizard products 查看完整清單。\
        Give one of the short names above, or run kmswizard products for the full list.\
        catalog.lookup.notFound\
        找不到名為「{query}」的產品。\
        No product is called \"{query}\".\
        catalog.option.family.invalid\
        --family 只能是 windows 或 office，不能是「{value}」。\
        --family takes windows or office, not \"{value}\".\
        catalog.summary\
        共 {count} 項大量授權產品（Windows {windows} 項、Office {office} 項）。\
        {count} volume-licensed products (Windows {windows}, Office {office}).\
        catalog.title\
        產品目錄\
        Product catalog\
        cli.error.prefix\
        錯誤\
        Error\
        cli.file.notRegular\
        不是一般檔案（是 FIFO、裝置或資料夾）\
        not a regular file (a FIFO, a device or a folder)\
        cli.file.reason\
        {words}（{name}）\
        {words} ({name})\
        cli.help.activate.abstract\
        KMS 伺服器檢查：問 KMS 伺服器會不會啟用一個產品，並顯示它的回應（不會改變任何 Windows；真正的啟用請見 kmswizard script）。\
        Host check: ask a KMS host whether it would activate a product and show what it answered (no Windows changes; the activation itself is kmswizard script).\
        cli.help.activate.count\
        送出 N 次請求，每次都重新連線，並像 ping 一樣印出往返時間統計。\
        Send N requests, a new connection each, and print round-trip figures as ping does.\
        cli.help.activate.discussion\
        --timeout 限制每個網路步驟以及整個交換過程的時間。\n結束代碼：\n  0   伺服器會啟用這個產品\n  3   用戶端計數低於這個產品的門檻（0xC004F038）\n  4   伺服器以錯誤碼拒絕（kms-error）\n  64  參數錯誤或不認得的產品\n  68  無法解析伺服器名稱（dns）\n  69  伺服器拒絕連線或無法連上\n  75  時間內沒有收到完整的回應（timeout）\n  76  協定錯誤、RPC 錯誤、bind 被拒或回應有誤\n  130 被中斷（SIGINT、SIGTERM、SIGHUP）；不會記錄任何結果\n使用 --count 時：每次請求都有回應為 0，否則為最後一次失敗的結束代碼。\n範例：\n  kmswizard activate              （預設產品、校園伺服器）\n  kmswizard activate --product office2016-proplus --json\n  kmswizard activate --host kms.example.edu:1688 --count 5 --lang en\
        --timeout bounds each network step and the whole exchange.\nExit status:\n  0   the host would activate the product\n  3   its client count is below the product's threshold (0xC004F038)\n  4   it refused with an error code (kms-error)\n  64  bad flags or an unknown product\n  68  the host name does not resolve (dns)\n  69  the host refused the connection or is unreachable\n  75  no complete answer in time (timeout)\n  76  protocol error, RPC fault, bind refused, or a bad answer\n  130 interrupted (SIGINT, SIGTERM, SIGHUP); nothing is recorded\nWith --count: 0 when every request was answered, else the status of the last failure.\nExamples:\n  kmswizard activate              (the default product, the campus host)\n  kmswizard activate --product office2016-proplus --json\n  kmswizard activate --host kms.example.edu:1688 --count 5 --lang en\
        cli.help.activate.interval\
        --count 每次請求之間的秒數（預設 1，本機迴路位址為 0）。\
        Seconds between --count requests (default 1, 0 on loopback).\
        cli.help.activate.product\
        產品：簡稱、顯示名稱或 SKU ID（預設 {default}；請見 `kmswizard products`）。\
        Product: short name, display name or SKU ID (default {default}; see `kmswizard products`).\
        cli.help.activate.protocol\
        強制使用 KMS 協定版本 4、5 或 6（預設為產品本身的版本）。\
        Force KMS protocol version 4, 5 or 6 (default: the product's own).\
        cli.help.config.abstract\
        顯示目前生效的設定，以及每一項的來源（參數、環境變數、設定檔、預設值）。\
        Show the effective settings and where each comes from (flag, environment, config file, default).\
        cli.help.config.discussion\
        每項設定取自第一個設定了它的地方：先看命令列參數，再看環境變數（KMSWIZARD_HOST、KMSWIZARD_NTP、KMSWIZARD_DOMAIN、KMSWIZARD_CAMPUS 以逗號分隔、KMSWIZARD_TIMEOUT、KMSWIZARD_LANG、KMSWIZARD_VPN、KMSWIZARD_ASCII），再看設定檔 $XDG_CONFIG_HOME/kmswizard/config.toml（未設定 XDG_CONFIG_HOME 時為 ~/.config/kmswizard/config.toml），最後才用校園預設值。設定了 NO_COLOR 會關閉色彩，除非 --color 或設定檔另有指定。\n\nconfig.toml 範例：\n  host = \"kms.example.edu:1688\"\n  timeout = 3\n  campus = [\"140.127.0.0/16\", \"10.0.0.0/8\"]\n  lang = \"en\"\n  ascii = true\n\n範例：\n  kmswizard config\n  KMSWIZARD_HOST=127.0.0.1:1688 kmswizard config --json\n  kmswizard config --host 127.0.0.1 --lang en\
        Settings are taken from the first place that sets them: command-line flags, then the environment (KMSWIZARD_HOST, KMSWIZARD_NTP, KMSWIZARD_DOMAIN, KMSWIZARD_CAMPUS comma-separated, KMSWIZARD_TIMEOUT, KMSWIZARD_LANG, KMSWIZARD_VPN, KMSWIZARD_ASCII), then the config file $XDG_CONFIG_HOME/kmswizard/config.toml (else ~/.config/kmswizard/config.toml), then the campus defaults. NO_COLOR turns colour off unless --color or the file says otherwise.\n\nExample config.toml:\n  host = \"kms.example.edu:1688\"\n  timeout = 3\n  campus = [\"140.127.0.0/16\", \"10.0.0.0/8\"]\n  lang = \"en\"\n  ascii = true\n\nExamples:\n  kmswizard config\n  KMSWIZARD_HOST=127.0.0.1:1688 kmswizard config --json\n  kmswizard config --host 127.0.0.1 --lang en\
        cli.help.diagnose.abstract\
        檢查時鐘、時區、網路（校內／VPN／校外）、DNS 與 KMS 伺服器，並說明該修正什麼。\
        Check clock, time zone, network (campus / VPN / off campus), DNS and the KMS host, and say what to fix.\
        cli.help.diagnose.discussion\
        結束代碼：全部通過為 0，有警告為 10，有任何一項失敗為 11。\n範例：\n  kmswizard diagnose                      （在校內，使用校園預設值）\n  kmswizard diagnose --lang en --json     （向電子計算中心求助時附上）\n  kmswizard diagnose --timeout 15         （在家透過校園 VPN：速度較慢）\
        Exit status: 0 when every check passes, 10 when some warn, 11 when any fails.\nExamples:\n  kmswizard diagnose                      (on campus, with the campus defaults)\n  kmswizard diagnose --lang en --json     (to attach when asking the Computer Center)\n  kmswizard diagnose --timeout 15         (at home over the campus VPN: slower)\
        cli.help.explain.abstract\
        說明 Windows 啟用錯誤碼（代表什麼、該怎麼做）。\
        Explain a Windows activation error code (what it means, what to do).\
        cli.help.explain.code\
        錯誤碼。\
        The error code.\
        cli.help.explain.discussion\
        CODE 可寫成 0xC004F074、C004F074、3221549172 或 -1073418124。\nkmswizard 不認得的錯誤碼以結束代碼 5 結束；不是錯誤碼的文字以 64 結束。\n範例：\n  kmswizard explain 0xC004F074            （無法連上 KMS 伺服器）\n  kmswizard explain C004F038 --lang en\n  kmswizard explain --list --json\
        CODE may be written 0xC004F074, C004F074, 3221549172 or -1073418124.\nA code kmswizard does not know exits with status 5; text that is not a code exits with 64.\nExamples:\n  kmswizard explain 0xC004F074            (the KMS host could not be reached)\n  kmswizard explain C004F038 --lang en\n  kmswizard explain --list --json\
        cli.help.explain.list\
        列出 kmswizard 能說明的所有錯誤碼。\
        List every error code kmswizard can explain.\
        cli.help.library.help\
        顯示說明。\
        Show help information.\
        cli.help.library.seeSubcommand\
        每個指令的詳細說明：{command} <指令>\
        See '{command} <subcommand>' for detailed help.\
        cli.help.library.version\
        顯示版本。\
        Show the version.\
        cli.help.option.ascii\
        用 ASCII 字元畫框線，不用 Unicode 框線字元（適用於把框線字元畫成兩格寬的終端機）；也可用 KMSWIZARD_ASCII 或 config.toml 的 ascii 設定，--no-ascii 可覆寫它們。\
        ASCII borders instead of Unicode box drawing (for terminals that draw box characters two cells wide); also KMSWIZARD_ASCII or ascii in config.toml, which --no-ascii overrides.\
        cli.help.option.campus\
        校園網路位址範圍；可重複指定多個（預設 {default}）。\
        Campus address range; repeat for several (default {default}).\
        cli.help.option.color\
        輸出是否使用色彩：auto（輸出到終端機且未設定 NO_COLOR 時）、always 或 never。\
        Colour the output: auto (a terminal without NO_COLOR), always or never.\
        cli.help.option.domain\
        以 _vlmcs._tcp 紀錄指出 KMS 伺服器的 DNS 網域（預設 {default}）。\
        DNS domain whose _vlmcs._tcp record names the KMS host (default {default}).\
        cli.help.option.host\
        KMS 伺服器：名稱或 IPv4/IPv6 位址，可加連接埠（預設 {default}）。\
        KMS host, a name or an IPv4/IPv6 address, with an optional port (default {default}).\
        cli.help.option.json\
        改為印出一個 JSON 物件（鍵名固定，含 schemaVersion），而不是文字。\
        Print one JSON object (stable keys, schemaVersion) instead of text.\
        cli.help.option.lang\
        訊息的語言：zh-TW（預設）或 en；也可用 KMSWIZARD_LANG、config.toml 的 lang、LC_ALL/LC_MESSAGES/LANG 設定。\
        Language of the messages: zh-TW (default) or en; also KMSWIZARD_LANG, lang in config.toml, LC_ALL/LC_MESSAGES/LANG.\
        cli.help.option.ntp\
        檢查時鐘時對照的 NTP 伺服器（預設 {default}）。\
        NTP reference for the clock check (default {default}).\
        cli.help.option.timeout\
        每個網路步驟以及整個交換過程最多可用的秒數（預設 {default}）。\
        Seconds a network step, and the whole exchange, may take (default {default}).\
        cli.help.products.abstract\
        列出 kmswizard 認得的 Windows 與 Office 大量授權版本（簡稱、協定、最低計數）。\
        List the Windows and Office volume editions kmswizard knows (short name, protocol, minimum count).\
        cli.help.products.discussion\
        在 --product 使用這份清單中的簡稱（例如 win10-enterprise、office2016-proplus）。\n--wide 會加上公開的 KMS 用戶端安裝金鑰（GVLK）；--json 會印出所有 ID。\n範例：\n  kmswizard products --family office\n  kmswizard products --family windows --wide --lang en\n  kmswizard products --json\
        Use a short name from this list with --product (e.g. win10-enterprise, office2016-proplus).\n--wide adds the public KMS client setup key (GVLK); --json prints every ID.\nExamples:\n  kmswizard products --family office\n  kmswizard products --family windows --wide --lang en\n  kmswizard products --json\
        cli.help.products.family\
        只列出 Windows 或只列出 Office 產品。\
        Only Windows or only Office products.\
        cli.help.products.wide\
        同時顯示 KMS 用戶端安裝金鑰（GVLK）；表格會超過 80 欄寬。\
        Also show the KMS client setup key (GVLK); the table is then wider than 80 columns.\
        cli.help.remind.abstract\
        把重新認證提醒寫入行事曆檔案，或安裝每週自動重新認證的排程。\
        Write re-activation reminders to a calendar file, or install a weekly re-activation job.\
        cli.help.remind.discussion\
        範例：\n  kmswizard remind --ics ~/kmswizard.ics --margin-days 14\n  kmswizard remind --install      （systemd 使用者計時器；沒有 systemd 時改用 crontab）\n  kmswizard remind --uninstall\
        Examples:\n  kmswizard remind --ics ~/kmswizard.ics --margin-days 14\n  kmswizard remind --install      (systemd user timer, or a crontab line without systemd)\n  kmswizard remind --uninstall\
        cli.help.remind.ics\
        寫出 iCalendar（.ics）檔案，每個 Windows 回報的到期時間一個事件。\
        Write an iCalendar (.ics) file with one event per expiry Windows reported.\
        cli.help.remind.install\
        為目前的使用者安裝每週執行 `kmswizard renew --quiet` 的排程。\
        Install a weekly job that runs `kmswizard renew --quiet` for this user.\
        cli.help.remind.marginDays\
        行事曆事件排在每個期限之前幾天（預設 {default}）。\
        Days before each deadline that the calendar event falls (default {default}).\
        cli.help.remind.uninstall\
        只移除 --install 安裝的排程，其他都不動。\
        Remove the job that --install installed, and nothing else.\
        cli.help.renew.abstract\
        在 WSL 裡：讀取 Windows 的授權狀態，對快到期、已到期或未啟用的產品重新認證（加 --all 則全部）。\
        Inside WSL: read Windows' licence state and re-activate the products near or past expiry or not activated (all with --all).\
        cli.help.renew.all\
        重新認證 Windows 回報的所有 KMS 產品，而不只是到期的產品。\
        Re-activate every KMS product Windows reports, not only the due ones.\
        cli.help.renew.discussion\
        Windows 回報的狀態決定要做什麼，結果也以 Windows 再讀一次的回報為準；需要以系統管理員身分執行。不在 WSL 時沒有東西可以重新認證。\n結束代碼：20 已重新認證，21 沒有需要重新認證的產品（或不在 WSL 裡），22 有產品失敗，77 沒有系統管理員權限。\n範例：kmswizard renew --quiet      （`kmswizard remind --install` 安裝的每週排程執行的就是這個指令）\
        Windows' reported state decides what to do, and the result is what Windows reports when read again; it needs administrator rights. Outside WSL there is nothing to re-activate.\nExit status: 20 re-activated, 21 nothing due (or not inside WSL), 22 a product failed, 77 not administrator.\nExample: kmswizard renew --quiet      (what the weekly job of `kmswizard remind --install` runs)\
        cli.help.renew.quiet\
        除非重新認證失敗，否則不印出任何訊息（適合排程執行）。\
        Print nothing unless a re-activation fails (for scheduled runs).\
        cli.help.root.abstract\
        透過校園 KMS 伺服器啟用高師大的 Windows 與 Office 大量授權，並讓授權保持有效。\
        Activate NKNU's Windows and Office volume licences against the campus KMS host, and keep them activated.\
        cli.help.root.discussion\
        在終端機單獨執行 kmswizard 會開啟逐步引導的精靈；其他指令各做一件事並印出結果（給程式讀取請加 --json）。\n說明與訊息預設為繁體中文；--lang en、KMSWIZARD_LANG、config.toml 的 lang 或英文語系（例如 LANG=en_US.UTF-8）會改用英文。\n範例：\n  kmswizard                        （開啟精靈）\n  kmswizard diagnose --lang en     （以英文檢查這台電腦）\n  kmswizard explain 0xC004F074     （查詢啟用錯誤碼的意思）\n  kmswizard activate --help        （單一指令的說明）\
        Run kmswizard alone on a terminal for the step-by-step wizard; the other commands do one job each and print a result (add --json for scripts).\nHelp and messages are in Traditional Chinese unless --lang en, KMSWIZARD_LANG, lang in config.toml or an English locale (e.g. LANG=en_US.UTF-8) asks for English.\nExamples:\n  kmswizard                        (the wizard)\n  kmswizard diagnose --lang en     (check this computer, in English)\n  kmswizard explain 0xC004F074     (what an activation error code means)\n  kmswizard activate --help        (the help of one command)\
        cli.help.script.abstract\
        產生啟用所選產品的 Windows .cmd 檔（或在 WSL 中用 --run 直接執行）。\
        Write the Windows .cmd file that activates the chosen products (or run it from WSL with --run).\
        cli.help.script.discussion\
        範例：\n  kmswizard script --product win10-enterprise office2016-proplus --out activate.cmd\n  kmswizard script --product office2010-proplus --office-bits 32 --install-key --out office.cmd\n  kmswizard script --product win10-enterprise --run      （在 WSL 中，於系統管理員視窗內）\n把檔案複製到 Windows 電腦，並以系統管理員身分執行。\
        Examples:\n  kmswizard script --product win10-enterprise office2016-proplus --out activate.cmd\n  kmswizard script --product office2010-proplus --office-bits 32 --install-key --out office.cmd\n  kmswizard script --product win10-enterprise --run      (inside WSL, in an administrator window)\nCopy the file to the Windows PC and run it as administrator.\
        cli.help.script.installKey\
        先安裝產品公開的 KMS 用戶端金鑰（GVLK）（slmgr /ipk、ospp /inpkey）。\
        Also install the product's public KMS client key (GVLK) first (slmgr /ipk, ospp /inpkey).\
        cli.help.script.officeBits\
        安裝的是哪一種 Office：64、32 或 auto（指令檔會在兩個 Program Files 資料夾中尋找）。\
        Which Office is installed: 64, 32, or auto (the script looks in both Program Files folders).\
        cli.help.script.out\
        把 .cmd 檔寫到這個檔案，而不是標準輸出。\
        Write the .cmd file here instead of to standard output.\
        cli.help.script.product\
        要啟用的產品：`kmswizard products` 列出的簡稱（Windows 一個版本，Office 不限）。\
        Products to activate: short names from `kmswizard products` (one Windows edition, any Office).\
        cli.help.script.run\
        在 WSL 中：立即透過 cscript.exe 執行這些指令並回報結果。\
        Inside WSL: run the commands through cscript.exe now and report the result.\
        cli.help.status.abstract\
        顯示每個產品的 KMS 伺服器檢查、認證程式，以及 Windows 自己回報的啟用狀態與到期時間。\
        Show each product's host check, activation file, and the activation state and expiry Windows itself reports.\
        cli.help.status.discussion\
        只有 Windows 自己回報（在 WSL 裡讀取）才算已啟用；KMS 啟用的效期是 {days} 天，距離到期 {warning} 天以內的產品會特別標示。\n範例：kmswizard status --json\
        Only Windows' own word (read inside WSL) counts as activated; a KMS activation lasts {days} days, and products within {warning} days of their expiry are flagged.\nExample: kmswizard status --json\
        cli.help.status.print\
        印出給電子計算中心的純文字報告（中英雙語，寬度在 80 欄以內）。\
        Print the plain-text report for the Computer Center (both languages, fits 80 columns).\
        cli.help.wizard.abstract\
        依照校園說明一步一步檢查 KMS 伺服器，並進行真正的啟用（在終端機上的預設指令）。\
        Walk through the campus guide step by step: check the KMS host and take the step that activates (the default on a terminal).\
        cli.help.wizard.discussion\
        按鍵：方向鍵或 j/k 移動，Enter 選擇，b 上一步，r 重試，l 切換語言，? 說明，q 離開。沒有終端機時請用 --plain，或改用一般指令（activate、diagnose、status、products）。\n範例：\n  kmswizard                           （在校內，使用校園預設值）\n  kmswizard wizard --lang en --ascii  （英文、ASCII 框線）\n  kmswizard wizard --plain            （逐行輸入，適合螢幕報讀軟體）\
        Keys: arrows or j/k move, Enter chooses, b back, r retry, l language, ? help, q quit. Without a terminal use --plain or the plain commands (activate, diagnose, status, products).\nExamples:\n  kmswizard                           (on campus, with the campus defaults)\n  kmswizard wizard --lang en --ascii  (English, ASCII borders)\n  kmswizard wizard --plain            (typed lines, for a screen reader)\
        cli.help.wizard.plain\
        改用逐行提問，不使用全螢幕畫面（適合螢幕報讀軟體、序列主控台、管線）。\
        Line-by-line prompts instead of the full screen (screen readers, serial consoles, pipes).\
        cli.hint.label\
        建議\
        What to do\
        cli.interrupted\
        已被 {signal} 中斷。\
        Interrupted by {signal}.\
        cli.library.missing\
        無法載入 {library}，這個指令需要它：{reason}\
        cannot load {library}, which this command needs: {reason}\
        cli.library.missing.hint\
        請安裝 {package} 套件（sudo apt install {package}）。\
        Install the package {package} (sudo apt install {package}).\
        cli.output.failed\
        無法寫出輸出：{reason}\
        Cannot write the output: {reason}\
        cli.state.corrupt\
        狀態檔 {path} 已損壞無法讀取。\
        The state file {path} is damaged and cannot be read.\
        cli.state.corruptKept\
        狀態檔 {path} 已損壞無法讀取；原檔已保留為 {keptAt}，並重新建立新的狀態檔（這台電腦會使用新的 KMS 機器識別碼）。\
        The state file {path} was damaged and could not be read; it was kept as {keptAt} and a new one was started (this computer now uses a new KMS machine ID).\
        cli.state.future\
        狀態檔 {path} 是由較新版的 kmswizard 寫入（格式版本 {found}），為保護資料未做任何變更；請更新 kmswizard。\
        The state file {path} was written by a newer kmswizard (format version {found}); it was left untouched to protect its data. Please update kmswizard.\
        cli.state.interrupted\
        等候狀態檔的鎖定時收到 {signal}，已停止；狀態檔沒有變更。\
        Stopped by {signal} while waiting for the state file's lock; the state file was not changed.\
        cli.state.io\
        無法存取狀態檔 {path}：{reason}\
        Cannot use the state file {path}: {reason}\
        cli.usage.badValue\
        {option} 不能是「{value}」。\
        {option} cannot be \"{value}\".\
        cli.usage.campus\
        --campus 須是網段，例如 140.127.0.0/16，不能是「{value}」\
        --campus takes an address range like 140.127.0.0/16, not \"{value}\"\
        cli.usage.commands\
        指令有：{commands}。\
        The commands are: {commands}.\
        cli.usage.count\
        --count 只能是 1 到 1000000，不能是 {value}\
        --count takes 1 to 1000000, not {value}\
        cli.usage.domain\
        --domain 須是 DNS 網域名稱，例如 nknu.edu.tw，不能是「{value}」\
        --domain takes a DNS domain like nknu.edu.tw, not \"{value}\"\
        cli.usage.endpoint.badHost\
        {flag}：「{host}」不是主機名稱或 IP 位址\
        {flag}: \"{host}\" is not a host name or IP address\
        cli.usage.endpoint.badPort\
        {flag}：「{port}」不是連接埠（1-65535）\
        {flag}: \"{port}\" is not a port (1-65535)\
        cli.usage.endpoint.empty\
        {flag}：主機名稱是空的\
        {flag}: the host is empty\
        cli.usage.extraArgument\
        {command} 不接受「{word}」這個參數。\
        {command} takes no argument \"{word}\".\
        cli.usage.interval\
        --interval 只能是 0 到 3600 秒，不能是 {value}\
        --interval takes 0 to 3600 seconds, not {value}\
        cli.usage.lang\
        --lang 只能是 zh-TW 或 en，不能是「{value}」\
        --lang takes zh-TW or en, not \"{value}\"\
        cli.usage.listSeparator\
        、\
        , \
        cli.usage.marginDays\
        --margin-days 只能是 0 到 {max}，不能是 {value}\
        --margin-days takes 0 to {max}, not {value}\
        cli.usage.missingArgument\
        {command} 需要 {name}。\
        {command} needs {name}.\
        cli.usage.missingValue\
        {option} 後面要接一個值。\
        {option} needs a value after it.\
        cli.usage.noProduct\
        請用 --product 指定至少一個產品（請見 `kmswizard products`）\
        name at least one product with --product (see `kmswizard products`)\
        cli.usage.officeBits\
        --office-bits 只能是 64、32 或 auto，不能是「{value}」\
        --office-bits takes 64, 32 or auto, not \"{value}\"\
        cli.usage.protocol\
        --protocol 只能是 4、5 或 6，不能是 {value}\
        --protocol takes 4, 5 or 6, not {value}\
        cli.usage.remindChoice\
        請從 --ics 檔案、--install、--uninstall 三者中選一項\
        choose one of --ics FILE, --install or --uninstall\
        cli.usage.runAndOut\
        --run 與 --out 不能同時使用\
        --run and --out do not go together\
        cli.usage.seeHelp\
        請見 {command} --help。\
        See {command} --help.\
        cli.usage.synopsis\
        用法：{usage}\
        Usage: {usage}\
        cli.usage.timeout\
        --timeout 的秒數須介於 0.001 到 600 之間，不能是 {value}\
        --timeout takes seconds between 0.001 and 600, not {value}\
        cli.usage.unknownCommand\
        「{word}」不是 kmswizard 的指令。\
        \"{word}\" is not a kmswizard command.\
        cli.usage.unknownCommand.suggest\
        「{word}」不是 kmswizard 的指令；您是指 {suggestion} 嗎？\
        \"{word}\" is not a kmswizard command. Did you mean {suggestion}?\
        cli.usage.unknownOption\
        {command} 沒有 {option} 這個選項。\
        {command} has no option {option}.\
        cli.usage.unknownOption.suggest\
        {command} 沒有 {option} 這個選項；您是指 {suggestion} 嗎？\
        {command} has no option {option}. Did you mean {suggestion}?\
        cli.usage.unreadable\
        無法解讀這行指令。\
        This command line cannot be read.\
        cli.usage.wizardJSON\
        精靈是互動式的；--json 只用於一般指令（activate、diagnose、status、products）\
        the wizard is interactive; --json belongs to the plain commands (activate, diagnose, status, products)\
        common.program.name\
        kmswizard 校園授權啟用精靈\
        kmswizard campus licence activation wizard\
        common.unit.clients\
        {n} 個用戶端\
        {n} clients\
        common.unit.clients.one\
        {n} 個用戶端\
        {n} client\
        common.unit.computers\
        {n} 台電腦\
        {n} computers\
        common.unit.computers.one\
        {n} 台電腦\
        {n} computer\
        common.unit.days\
        {n} 天\
        {n} days\
        common.unit.days.one\
        {n} 天\
        {n} day\
        common.unit.hours\
        {n} 小時\
        {n} hours\
        common.unit.hours.one\
        {n} 小時\
        {n} hour\
        common.unit.minutes\
        {n} 分鐘\
        {n} minutes\
        common.unit.minutes.one\
        {n} 分鐘\
        {n} minute\
        config.color.off\
        色彩輸出：關閉\
        Coloured output: off\
        config.color.on\
        色彩輸出：開啟\
        Coloured output: on\
        config.error.environment\
        環境變數 {variable}=\"{value}\"：{reason}\
        Environment variable {variable}=\"{value}\": {reason}\
        config.error.file\
        設定檔 {path}：{reason}\
        Config file {path}: {reason}\
        config.error.key\
        設定檔 {path} 第 {line} 行的設定「{key}」：{reason}\
        Config file {path}, line {line}, key \"{key}\": {reason}\
        config.error.line\
        設定檔 {path} 第 {line} 行：{reason}\
        Config file {path}, line {line}: {reason}\
        config.file.found\
        設定檔：{path}\
        Config file: {path}\
        config.file.missing\
        設定檔：{path}（不存在，使用其他來源）\
        Config file: {path} (not present; other sources used)\
        config.file.none\
        設定檔：無（未設定 HOME 或 XDG_CONFIG_HOME）\
        Config file: none (neither HOME nor XDG_CONFIG_HOME is set)\
        config.hint.environment\
        請修正 {variable}，或用 unset {variable} 取消它；執行 kmswizard config 可查看目前生效的設定。\
        Fix {variable}, or remove it with unset {variable}; run kmswizard config to see the settings in effect.\
        config.hint.file\
        請修正或刪除該行（格式為 key = \"值\"）；執行 kmswizard config 可查看目前生效的設定。\
        Fix or delete that line (the form is key = \"value\"); run kmswizard config to see the settings in effect.\
        config.problem.duplicate\
        這個設定在第 {line} 行已經出現過\
        this setting was already given on line {line}\
        config.problem.notUTF8\
        這一行不是 UTF-8 文字\
        this line is not UTF-8 text\
        config.problem.table\
        kmswizard 的設定檔不使用 [區段]，請把設定直接寫在檔案最上層\
        kmswizard's config file has no [sections]; write the settings at the top level\
        config.problem.tooLarge\
        檔案超過 {limit} 位元組，不像是設定檔\
        the file is larger than {limit} bytes, which is not a config file\
        config.problem.unknownKey\
        沒有這個設定名稱；可用的有：{keys}\
        there is no such setting; the settings are: {keys}\
        config.problem.unreadable\
        無法讀取：{reason}\
        cannot be read: {reason}\
        config.source.default\
        預設值\
        default\
        config.source.environment\
        環境變數 {variable}\
        environment {variable}\
        config.source.file\
        設定檔 {path} 第 {line} 行\
        {path}, line {line}\
        config.source.flag\
        命令列參數 {flag}\
        flag {flag}\
        config.source.locale\
        語系環境變數 {variable}\
        locale {variable}\
        config.syntax.arrayOfNonStrings\
        陣列裡只能放加了引號的字串\
        arrays may hold only quoted strings\
        config.syntax.badEscape\
        字串中有無法辨識的跳脫字元（可用 \\\" \\\\ \\n \\t \\uXXXX）\
        the string has an unknown escape (use \\\" \\\\ \\n \\t \\uXXXX)\
        config.syntax.badNumber\
        這不是有效的數字\
        this is not a valid number\
        config.syntax.expectedEquals\
        設定名稱後面少了「=」\
        the setting name must be followed by \"=\"\
        config.syntax.expectedKey\
        每行應以設定名稱開頭，例如 host = \"…\"\
        each line should start with a setting name, like host = \"…\"\
        config.syntax.expectedValue\
        「=」後面少了值\
        there is no value after \"=\"\
        config.syntax.trailingText\
        值後面有多餘的文字（註解請以 # 開頭）\
        there is extra text after the value (comments start with #)\
        config.syntax.unsupportedValue\
        不支援這種值；請用加引號的字串、數字、true/false 或字串陣列\
        this kind of value is not supported; use a quoted string, a number, true/false or an array of strings\
        config.syntax.unterminatedArray\
        陣列少了結尾的「]」（陣列須寫在同一行）\
        the array has no closing \"]\" (arrays must fit on one line)\
        config.syntax.unterminatedString\
        字串少了結尾的引號\
        the string has no closing quote\
        config.value.cidr\
        「{value}」不是網段，例如 140.127.0.0/16\
        \"{value}\" is not an address range like 140.127.0.0/16\
        config.value.color\
        色彩設定只能是 auto、always 或 never\
        colour must be auto, always or never\
        config.value.domain\
        這不是 DNS 網域名稱，例如 nknu.edu.tw\
        this is not a DNS domain like nknu.edu.tw\
        config.value.emptyList\
        至少要有一個網段\
        give at least one address range\
        config.value.endpoint\
        這不是主機名稱或 IP 位址（可加 :連接埠）\
        this is not a host name or IP address (with an optional :port)\
        config.value.expected.boolean\
        這個設定的值應是 true 或 false（環境變數也可用 1 或 0）\
        this setting takes true or false (1 or 0 in the environment)\
        config.value.expected.number\
        這個設定的值應是數字\
        this setting takes a number\
        config.value.expected.string\
        這個設定的值應是加了引號的字串\
        this setting takes a quoted string\
        config.value.expected.strings\
        這個設定的值應是字串陣列，例如 [\"140.127.0.0/16\"]\
        this setting takes an array of strings, like [\"140.127.0.0/16\"]\
        config.value.lang\
        語言只能是 zh-TW 或 en\
        the language must be zh-TW or en\
        config.value.timeout\
        逾時秒數須介於 0.001 到 600 之間\
        the timeout must be between 0.001 and 600 seconds\
        diagnose.advice.campusNoAnswer\
        您在校內，KMS 伺服器卻沒有回應：可能有防火牆擋住，或伺服器沒有運作。請聯絡電子計算中心；在那之前 Windows 會顯示 {code}。\
        You are on campus and the KMS host does not answer: a firewall is in the way or the host is down. Contact the Computer Center; until then Windows reports {code}.\
        diagnose.advice.connectNetwork\
        這台電腦沒有連上網路：請先連上網路（校內的有線或無線網路，或其他網路），再重新檢查；在那之前 Windows 會顯示 {code}。\
        This computer is not connected to a network: connect to one first (the campus wired or wireless network, or any other), then check again; until then Windows reports {code}.\
        diagnose.advice.connectVPN\
        您在校外，KMS 伺服器只接受校內的連線：請先連上學校的 SSL VPN 再啟用，否則 Windows 會顯示 {code}。\
        You are off campus and the KMS host takes only campus connections: connect the school's SSL VPN before activating, or Windows reports {code}.\
        diagnose.advice.connectVPN.step1\
        1) 從圖資處網站下載並安裝 FortiClient VPN。\
        1) Download and install FortiClient VPN from the library and information office's site.\
        diagnose.advice.connectVPN.step2\
        2) 新增 SSL-VPN 連線，遠端閘道填 {server}。\
        2) Add an SSL-VPN connection with the remote gateway {server}.\
        diagnose.advice.connectVPN.step3\
        3) 以單一認證帳號與密碼連線。\
        3) Connect with your campus single-sign-on account and password.\
        diagnose.advice.connectVPN.step4\
        4) 啟用的整個過程都保持 VPN 連線，完成後再中斷。\
        4) Keep the VPN connected during the whole activation; disconnect only afterwards.\
        diagnose.advice.countBelowThreshold\
        KMS 伺服器累計的電腦數量還不到門檻，Windows 會顯示 {code}：這不是您的電腦的問題，請過一段時間再試。\
        The KMS host has not yet counted enough computers, and Windows reports {code}: nothing is wrong with your computer; try again later.\
        diagnose.advice.countBelowThreshold.figures\
        KMS 伺服器目前只計到 {computers}，這項產品需要 {minimum} 台，Windows 會顯示 {code}：這不是您的電腦的問題，請過一段時間再試。\
        The KMS host counts only {computers} and this product needs {minimum}, so Windows reports {code}: nothing is wrong with your computer; try again later.\
        diagnose.advice.hostNameUnresolved\
        KMS 伺服器名稱 {host} 查不到，Windows 會顯示 {code}：請確認名稱沒有打錯、DNS 設定正確，或改用 IP 位址指定 KMS 伺服器（slmgr.vbs -skms IP:1688）。\
        The KMS host name {host} does not resolve, and Windows reports {code}: check the name and the DNS settings, or name the KMS host by its IP address (slmgr.vbs -skms IP:1688).\
        diagnose.advice.kmsServiceDown\
        您在校內，KMS 伺服器卻拒絕連線：KMS 服務可能暫停或被過濾。請聯絡電子計算中心；在那之前 Windows 會顯示 {code}。\
        You are on campus and the KMS host refuses the connection: the KMS service is down or filtered. Contact the Computer Center; until then Windows reports {code}.\
        diagnose.advice.localFirewall\
        這台電腦的防火牆或防毒軟體禁止連到 TCP 連接埠 {port}：請允許這個連線後再試；在那之前 Windows 會顯示 {code}。\
        This computer's firewall or antivirus forbids connecting to TCP port {port}: allow it and try again; until then Windows reports {code}.\
        diagnose.advice.manualKMSHost\
        KMS 伺服器連得上，但 Windows 無法自動找到它，會顯示 {code}：請以系統管理員身分執行命令提示字元，輸入 slmgr.vbs -skms {endpoint}，再執行 slmgr.vbs -ato。\
        The KMS host is reachable, but Windows cannot find it by itself and reports {code}: run a command prompt as administrator, type slmgr.vbs -skms {endpoint}, then run slmgr.vbs -ato.\
        diagnose.advice.setClock\
        電腦時間與標準時間相差超過 KMS 伺服器容許的約 4 小時，Windows 會顯示 {code}：請到 Windows 的「設定 > 時間與語言 > 日期和時間」開啟「自動設定時間」並按「立即同步」，時區選「(UTC+08:00) 台北」，再重新啟用。\
        The clock is further from the reference than the roughly 4 hours a KMS host tolerates, and Windows reports {code}: on Windows open Settings > Time & language > Date & time, turn on \"Set time automatically\", press \"Sync now\", choose the time zone \"(UTC+08:00) Taipei\", then activate again.\
        diagnose.advice.vpnNoAnswer\
        SSL VPN 已連線，但 KMS 伺服器沒有回應：請中斷 FortiClient 的 VPN 連線後重新連線再試；仍然失敗時請聯絡電子計算中心。在那之前 Windows 會顯示 {code}。\
        The SSL VPN is up but the KMS host does not answer: disconnect FortiClient's VPN, connect again and retry; if it still fails, contact the Computer Center. Until then Windows reports {code}.\
        diagnose.cidr.badAddress\
        「{value}」不是網段：請寫成「位址/前綴長度」，例如 140.127.0.0/16 或 2001:db8::/32\
        \"{value}\" is not an address range: write ADDRESS/PREFIX, e.g. 140.127.0.0/16 or 2001:db8::/32\
        diagnose.cidr.badPrefix\
        「{value}」的「/」後面沒有有效的前綴長度（例如 16 這樣的數字）\
        \"{value}\" has no valid prefix length after the \"/\" (a number such as 16)\
        diagnose.cidr.hostBitsSet\
        「{value}」在前綴長度之後還有位元；您是指 {suggestion} 嗎？\
        \"{value}\" has bits set beyond its prefix; did you mean {suggestion}?\
        diagnose.cidr.prefixTooLong\
        「{value}」：這種位址的前綴長度最多是 {maximum}\
        \"{value}\": the prefix length can be at most {maximum} for this address family\
        diagnose.clock.ahead\
        快\
        ahead\
        diagnose.clock.behind\
        慢\
        behind\
        diagnose.clock.consequence.off\
        目前仍可啟用，但請先把時區與時間改正。\
        Activation still works, but correct the timezone and the time first.\
        diagnose.clock.consequence.tooFar\
        這已超過 KMS 伺服器容許的約 4 小時，啟用會失敗並出現 0xC004F06C。\
        That is beyond the roughly 4 hours a KMS host tolerates: activation will fail with 0xC004F06C.\
        diagnose.clock.drifting\
        本機時鐘{direction}了 {duration}（以 {server} 為準）：不影響啟用，但建議開啟自動校時。\
        This computer's clock is {duration} {direction} (against {server}): harmless for activation, but turn on automatic time sync.\
        diagnose.clock.duration.days\
        {first} 天 {second} 小時\
        {first} d {second} h\
        diagnose.clock.duration.hours\
        {first} 小時 {second} 分鐘\
        {first} h {second} min\
        diagnose.clock.duration.minutes\
        {first} 分 {second} 秒\
        {first} min {second} s\
        diagnose.clock.error.badMode\
        回應的模式是 {mode}，不是伺服器的 4\
        its reply has mode {mode}, not 4 (server)\
        diagnose.clock.error.badVersion\
        回應的 NTP 版本是 {version}，不是 3 或 4\
        its reply has NTP version {version}, not 3 or 4\
        diagnose.clock.error.kod\
        伺服器拒絕提供時間（kiss-o'-death 代碼 {code}）\
        the server refused to give the time (kiss-o'-death code {code})\
        diagnose.clock.error.network\
        網路連不到它（{reason}）\
        the network cannot reach it ({reason})\
        diagnose.clock.error.originMismatch\
        回應沒有帶回本機送出的時間戳記，可能過時或偽造\
        its reply does not echo our transmit timestamp: stale or forged\
        diagnose.clock.error.refused\
        對方的 UDP 連接埠沒有服務（連線被拒）\
        nothing answers on its UDP port (connection refused)\
        diagnose.clock.error.resolve\
        找不到伺服器名稱 {host}（{reason}）\
        the name {host} does not resolve ({reason})\
        diagnose.clock.error.shortReply\
        回應只有 {length} 位元組，比 NTP 標頭的 48 位元組短\
        its reply is {length} bytes, shorter than the 48-byte NTP header\
        diagnose.clock.error.timeout\
        {seconds} 內沒有回應\
        no reply within {seconds}\
        diagnose.clock.error.unsynchronised\
        伺服器表示它自己的時鐘尚未同步\
        the server says its own clock is not synchronised\
        diagnose.clock.error.zeroTransmitTimestamp\
        回應沒有帶時間\
        its reply carries no time\
        diagnose.clock.hint.fix\
        請校正日期與時間：Windows 到「設定 > 時間與語言 > 日期和時間」開啟「自動設定時間」並按「立即同步」，時區選「(UTC+08:00) 台北」；Linux 可執行 sudo timedatectl set-ntp true。\
        Set the date and time: on Windows open Settings > Time & language > Date & time, turn on \"Set time automatically\", press \"Sync now\" and choose the time zone \"(UTC+08:00) Taipei\"; on Linux run sudo timedatectl set-ntp true.\
        diagnose.clock.hint.unmeasured\
        請確認網路可以連到校時伺服器（UDP 連接埠 {port}）；要改用其他校時伺服器，請在設定檔設定 ntp，命令列則用 --ntp。\
        Check that the network reaches the time server (UDP port {port}); to use another one, set ntp in the configuration file, or --ntp on the command line.\
        diagnose.clock.hint.wsl\
        這裡是 WSL：WSL 的時間來自 Windows，請在 Windows 端校正時鐘與時區。\
        This is WSL: its time comes from Windows, so fix the clock and timezone on the Windows side.\
        diagnose.clock.kmsHost\
        無法得知 KMS 伺服器本身的時鐘：KMS 回應裡的時間戳記只是把本機送出的時間原樣送回，並不是伺服器的時間。因此時鐘檢查以 NTP 標準時間為準。\
        The KMS host's own clock cannot be read: the timestamp in a KMS answer is this computer's request time echoed back, not the host's time. The clock check therefore compares against the NTP reference.\
        diagnose.clock.kmsHost.value\
        無法得知\
        not available\
        diagnose.clock.now\
        現在是 {refUTC} UTC（台北 {refTaipei}）。\
        It is now {refUTC} UTC ({refTaipei} Taipei).\
        diagnose.clock.off\
        本機時鐘{direction}了 {duration}（以 {server} 為準）。目前仍可啟用（KMS 伺服器約在相差 4 小時以上才拒絕），但請盡快校正時間。\
        This computer's clock is {duration} {direction} (against {server}). Activation still works (KMS hosts refuse clients about 4 hours off), but set the time soon.\
        diagnose.clock.right\
        本機時鐘正確（以 {server} 為準）。\
        The clock is right (against {server}).\
        diagnose.clock.times\
        本機 {localUTC} UTC（台北 {localTaipei}），標準時間 {refUTC} UTC（台北 {refTaipei}）。\
        This computer: {localUTC} UTC ({localTaipei} Taipei); reference: {refUTC} UTC ({refTaipei} Taipei).\
        diagnose.clock.tooFar\
        本機時鐘{direction}了 {duration}（以 {server} 為準），超過 KMS 伺服器容許的約 4 小時，啟用會失敗並出現 0xC004F06C。\
        This computer's clock is {duration} {direction} (against {server}), beyond the roughly 4 hours a KMS host tolerates: activation will fail with 0xC004F06C.\
        diagnose.clock.unmeasured\
        無法向 {server} 取得時間：{reason}。\
        Could not get the time from {server}: {reason}.\
        diagnose.clock.value\
        {error}，往返 {delay}，stratum {stratum}\
        {error}, round trip {delay}, stratum {stratum}\
        diagnose.clock.value.unmeasured\
        未測得\
        not measured\
        diagnose.clock.wrongZone\
        本機時鐘以 UTC 計{direction}了 {hours} 小時（以 {server} 為準）。牆上顯示的時間看起來可能是對的，問題多半出在時區設錯：KMS 伺服器以 UTC 比對時間，所以它看到的是差了 {hours} 小時的時鐘。\
        This computer's clock is {hours} h {direction} in UTC (against {server}). The wall clock probably looks right under a wrong timezone: the KMS host compares in UTC, so it sees a clock {hours} h off.\
        diagnose.dns.host.failed\
        名稱查詢失敗：{reason}。\
        The lookup failed: {reason}.\
        diagnose.dns.host.literal\
        KMS 伺服器以 IP 位址指定，不需要查詢名稱。\
        The KMS host is given as an IP address; no name lookup is needed.\
        diagnose.dns.host.noData\
        這個名稱存在，但沒有 IPv4 或 IPv6 位址。\
        The name exists but has no IPv4 or IPv6 address.\
        diagnose.dns.host.noServer\
        沒有 DNS 伺服器接受查詢（連線被拒或沒有路由），名稱解析目前無法使用。\
        No DNS server accepted the lookup (refused or no route): name lookups do not work right now.\
        diagnose.dns.host.nxdomain\
        這個名稱不存在，電腦找不到 KMS 伺服器。\
        The name does not exist, so the KMS host cannot be found.\
        diagnose.dns.host.resolved\
        KMS 伺服器名稱可以解析。\
        The KMS host name resolves.\
        diagnose.dns.host.serverFailure\
        DNS 伺服器回覆錯誤，查不到這個名稱。\
        The DNS server answered the lookup with an error.\
        diagnose.dns.host.timeout\
        DNS 伺服器在 {seconds} 秒內沒有回答。\
        The DNS server did not answer within {seconds} s.\
        diagnose.dns.host.unanswered\
        DNS 伺服器在 {seconds} 秒內沒有回答。\
        No DNS server answered within {seconds} s.\
        diagnose.dns.srv.found\
        Windows 可以經由 {name} 自動找到 KMS 伺服器。\
        Windows can find the KMS host by itself through {name}.\
        diagnose.dns.srv.malformed\
        DNS 伺服器對 {name} 的回覆格式錯誤，無法讀取。\
        The DNS answer for {name} is malformed and cannot be read.\
        diagnose.dns.srv.noData\
        {name} 存在，但沒有 SRV 記錄，Windows 無法自動找到 KMS 伺服器。\
        {name} exists but holds no SRV record, so Windows cannot find the KMS host by itself.\
        diagnose.dns.srv.noServer\
        沒有 DNS 伺服器接受 {name} 的查詢（連線被拒或沒有路由），名稱解析目前無法使用。\
        No DNS server accepted the query for {name} (refused or no route): name lookups do not work right now.\
        diagnose.dns.srv.nxdomain\
        {name} 不存在，Windows 無法自動找到 KMS 伺服器。\
        {name} does not exist, so Windows cannot find the KMS host by itself.\
        diagnose.dns.srv.record\
        {target}:{port}（優先順序 {priority}，權重 {weight}）\
        {target}:{port} (priority {priority}, weight {weight})\
        diagnose.dns.srv.serverFailure\
        DNS 伺服器回覆錯誤（SERVFAIL 或 REFUSED），無法查到 {name}。\
        The DNS server answered the query for {name} with an error (SERVFAIL or REFUSED).\
        diagnose.dns.srv.timeout\
        DNS 伺服器在 {seconds} 秒內沒有回答 {name} 的查詢。\
        The DNS server did not answer the query for {name} within {seconds} s.\
        diagnose.kms.answered\
        KMS 伺服器 {endpoint} 回應正常：它會啟用 {product}。啟用後 Windows 每 {renewal}會自動再向它要求一次，失敗時每 {retry}重試。ePID {epid}。\
        The KMS host {endpoint} answered properly: it would activate {product}. Once activated, Windows asks it again every {renewal}, retrying every {retry} after a failure. ePID {epid}.\
        diagnose.kms.failed.bad-response\
        {endpoint} 的回覆沒有通過驗證（技術代碼：{reason}）。\
        The answer of {endpoint} failed validation (technical code: {reason}).\
        diagnose.kms.failed.below-threshold\
        KMS 伺服器 {endpoint} 回應正常，但目前只計到 {computers}，{product} 需要 {minimum} 台。\
        The KMS host {endpoint} answered properly but counts only {computers}; {product} needs {minimum}.\
        diagnose.kms.failed.bind-nak\
        {endpoint} 拒絕了 RPC 連結。\
        {endpoint} rejected the RPC bind.\
        diagnose.kms.failed.dns\
        KMS 伺服器名稱無法解析，無法要求啟用 {product}。\
        The KMS host name does not resolve, so {product} could not be asked for.\
        diagnose.kms.failed.kms-error\
        KMS 伺服器 {endpoint} 不啟用 {product}，回覆錯誤 {hostStatus}。\
        The KMS host {endpoint} would not activate {product}: it answered with error {hostStatus}.\
        diagnose.kms.failed.local\
        這台電腦本身出了問題（技術代碼：{reason}）。\
        Something failed on this computer itself (technical code: {reason}).\
        diagnose.kms.failed.protocol\
        {endpoint} 沒有依 KMS 協定回應（技術代碼：{reason}）。\
        {endpoint} did not answer by the KMS protocol (technical code: {reason}).\
        diagnose.kms.failed.refused\
        {endpoint} 拒絕連線，無法要求啟用 {product}。\
        {endpoint} refused the connection, so {product} could not be asked for.\
        diagnose.kms.failed.rpc-fault\
        {endpoint} 回覆 RPC 錯誤 {hostStatus}。\
        {endpoint} answered with the RPC fault {hostStatus}.\
        diagnose.kms.failed.timeout\
        向 {endpoint} 要求啟用 {product} 時，伺服器在時限內沒有回應。\
        Asked to activate {product}, {endpoint} did not answer in time.\
        diagnose.kms.failed.unreachable\
        連不到 {endpoint}，無法要求啟用 {product}。\
        {endpoint} cannot be reached, so {product} could not be asked for.\
        diagnose.kms.hint.hostError\
        執行 kmswizard explain {hostStatus} 可看說明與處理方式。\
        Run kmswizard explain {hostStatus} for what it means and what to do.\
        diagnose.kms.hint.local\
        這台電腦本身出了問題，請把上面的訊息回報給開發者。\
        Something failed on this computer itself: please report the message above.\
        diagnose.kms.hint.notKMS\
        這個位址的服務沒有正確回應 KMS 協定，可能不是 KMS 伺服器：請確認 --host 是否正確（預設為學校的 KMS 伺服器）。\
        The service at this address does not speak the KMS protocol correctly and may not be a KMS host: check --host (the default is the campus KMS host).\
        diagnose.kms.kind.bad-response\
        回覆無效\
        invalid answer\
        diagnose.kms.kind.below-threshold\
        計數不足\
        count too low\
        diagnose.kms.kind.bind-nak\
        RPC 連結被拒\
        RPC bind rejected\
        diagnose.kms.kind.dns\
        名稱無法解析\
        name does not resolve\
        diagnose.kms.kind.kms-error\
        伺服器回覆錯誤\
        host error\
        diagnose.kms.kind.local\
        本機錯誤\
        local error\
        diagnose.kms.kind.protocol\
        協定錯誤\
        protocol error\
        diagnose.kms.kind.refused\
        拒絕連線\
        refused\
        diagnose.kms.kind.rpc-fault\
        RPC 錯誤\
        RPC fault\
        diagnose.kms.kind.timeout\
        逾時\
        timed out\
        diagnose.kms.kind.unreachable\
        無法到達\
        unreachable\
        diagnose.kms.noCatalog\
        找不到產品目錄，略過 KMS 啟用測試。\
        The product catalog is missing; the KMS exchange is skipped.\
        diagnose.label.colon\
        ：\
        : \
        diagnose.label.hint\
        處理方式\
        What to do\
        diagnose.label.listSeparator\
        、\
        , \
        diagnose.label.verdict\
        結論\
        Verdict\
        diagnose.mark.fail\
        [失敗]\
        [FAIL]\
        diagnose.mark.pass\
        [通過]\
        [PASS]\
        diagnose.mark.skip\
        [略過]\
        [SKIP]\
        diagnose.mark.warn\
        [注意]\
        [WARN]\
        diagnose.name.clock\
        電腦時間\
        Clock\
        diagnose.name.dns\
        DNS 名稱解析\
        DNS\
        diagnose.name.kms\
        KMS 啟用測試\
        KMS exchange\
        diagnose.name.kmsHostClock\
        KMS 伺服器時鐘\
        KMS host clock\
        diagnose.name.network\
        網路位置\
        Network\
        diagnose.name.reachability\
        KMS 連線\
        Reachability\
        diagnose.name.timezone\
        時區\
        Time zone\
        diagnose.net.campus\
        來源位址在校內範圍 {ranges} 內，路由沒有經過 VPN。\
        The source address is inside the campus ranges {ranges} and the route does not go through a VPN.\
        diagnose.net.noRoute\
        這台電腦似乎沒有連上網路。\
        This computer seems not to be connected to a network.\
        diagnose.net.offCampus\
        來源位址不在校內範圍 {ranges} 內，路由也沒有經過 VPN。\
        The source address is outside the campus ranges {ranges} and the route does not go through a VPN.\
        diagnose.net.unresolved\
        KMS 伺服器名稱無法解析，無法判斷網路位置。\
        The KMS host name does not resolve, so the network place cannot be told.\
        diagnose.net.vpn\
        通往 KMS 伺服器的路由經過通道介面：SSL VPN 已連線。\
        The route to the KMS host goes through a tunnel interface: the SSL VPN is connected.\
        diagnose.reach.blocked\
        本機的防火牆或安全設定禁止這個連線。\
        A local firewall or security policy forbids the connection.\
        diagnose.reach.connected\
        KMS 伺服器的連接埠有回應。\
        The KMS host's port answers.\
        diagnose.reach.failed\
        連線失敗：{reason}。\
        The connection failed: {reason}.\
        diagnose.reach.hostUnreachable\
        路由器回報無法到達這台伺服器，或被管理者禁止。\
        A router reported the host unreachable or administratively prohibited.\
        diagnose.reach.networkUnreachable\
        路由器回報無法到達伺服器所在的網路。\
        A router reported the host's network unreachable.\
        diagnose.reach.noRoute\
        這台電腦沒有通往伺服器的路由，連線無法送出。\
        This computer has no route to the host; the connection cannot even start.\
        diagnose.reach.refused\
        伺服器在線上，但這個連接埠沒有服務在接聽，或被防火牆拒絕。\
        The host is up, but nothing listens on that port or a firewall rejects it.\
        diagnose.reach.timeout\
        沒有任何回應：封包在途中被丟棄，或伺服器沒有運作。\
        No answer at all: packets are dropped on the way, or the host is down.\
        diagnose.reach.unresolved\
        KMS 伺服器名稱無法解析，因此無法測試連線。\
        The KMS host name does not resolve, so the connection cannot be tested.\
        diagnose.reach.via\
        連線從本機位址 {source}、介面 {interface} 送出。\
        It left from the local address {source} on interface {interface}.\
        diagnose.reason.EACCES\
        沒有權限\
        permission denied\
        diagnose.reason.EAI_ADDRFAMILY\
        名稱沒有這一類的位址\
        the name has no address of that family\
        diagnose.reason.EAI_AGAIN\
        DNS 暫時沒有回答\
        DNS did not answer for now\
        diagnose.reason.EAI_BADFLAGS\
        查詢參數無效\
        invalid lookup flags\
        diagnose.reason.EAI_FAIL\
        DNS 無法回答\
        DNS failed\
        diagnose.reason.EAI_FAMILY\
        不支援這種位址類型\
        address family not supported\
        diagnose.reason.EAI_MEMORY\
        記憶體不足\
        out of memory\
        diagnose.reason.EAI_NODATA\
        名稱沒有位址\
        the name has no address\
        diagnose.reason.EAI_NONAME\
        名稱不存在\
        the name does not exist\
        diagnose.reason.EAI_OVERFLOW\
        名稱太長\
        name too long\
        diagnose.reason.EAI_SERVICE\
        不支援這個服務或連接埠\
        service not supported\
        diagnose.reason.EAI_SOCKTYPE\
        不支援這種通訊端類型\
        socket type not supported\
        diagnose.reason.EAI_SYSTEM\
        系統錯誤\
        system error\
        diagnose.reason.ECONNREFUSED\
        連線被拒\
        connection refused\
        diagnose.reason.EDQUOT\
        已超過磁碟配額\
        the disk quota is used up\
        diagnose.reason.EHOSTUNREACH\
        主機無法到達\
        host unreachable\
        diagnose.reason.EIO\
        讀寫裝置時發生錯誤\
        input/output error\
        diagnose.reason.ENETUNREACH\
        網路無法到達\
        network unreachable\
        diagnose.reason.ENOENT\
        找不到檔案或目錄\
        no such file or directory\
        diagnose.reason.ENOLCK\
        無法鎖定檔案\
        the file cannot be locked\
        diagnose.reason.ENOSPC\
        磁碟空間已滿\
        the disk is full\
        diagnose.reason.EPERM\
        不允許這項操作\
        operation not permitted\
        diagnose.reason.EROFS\
        檔案系統是唯讀的\
        read-only file system\
        diagnose.reason.ETIMEDOUT\
        連線逾時\
        timed out\
        diagnose.runner.overran\
        這項檢查在 {seconds} 秒內沒有完成。\
        This check did not finish within {seconds} s.\
        diagnose.timezone.hint.windows\
        請在 Windows 的「設定 > 時間與語言 > 日期和時間」把時區設為「(UTC+08:00) 台北」，並開啟「自動設定時間」。\
        In Windows, set the time zone to \"(UTC+08:00) Taipei\" and turn on \"Set time automatically\" in Settings > Time & language > Date & time.\
        diagnose.timezone.linuxOther\
        這是 Linux 系統的時區，不是台北的。KMS 伺服器以 UTC 比對時間，時鐘檢查也以 UTC 判斷，所以它不影響這裡的檢查，也不代表 Windows 電腦的設定。\
        This is the Linux system's zone, not Taipei's. The KMS host compares UTC and so does the clock check, so it does not affect the checks here and says nothing about the Windows PC.\
        diagnose.timezone.linuxTaipei\
        這是 Linux 系統的時區，與台北相同。KMS 伺服器以 UTC 比對時間，時區本身不影響啟用。\
        This is the Linux system's zone, the same as Taipei's. The KMS host compares UTC, so the zone itself does not affect activation.\
        diagnose.timezone.pcAdvice\
        在要啟用的 Windows 電腦上，請把時區設為「(UTC+08:00) 台北」並開啟「自動設定時間」：「設定 > 時間與語言 > 日期和時間」。\
        On the Windows PC to activate, set the time zone to \"(UTC+08:00) Taipei\" and turn on \"Set time automatically\" in Settings > Time & language > Date & time.\
        diagnose.timezone.tzutilStatus\
        tzutil.exe 的結束狀態是 {status}\
        tzutil.exe exited with status {status}\
        diagnose.timezone.tzutilTimeout\
        tzutil.exe 在 {seconds} 秒內沒有結束\
        tzutil.exe did not finish within {seconds} s\
        diagnose.timezone.unknownName\
        名稱未知\
        unknown name\
        diagnose.timezone.value\
        {zone} {offset}，來自 {source}\
        {zone} {offset} from {source}\
        diagnose.timezone.value.wsl\
        Windows：{windows}；Linux：{linux}\
        Windows: {windows}; Linux: {linux}\
        diagnose.timezone.windowsFailed\
        這裡是 WSL，但讀不到 Windows 的時區：{reason}。\
        This is WSL, but Windows' time zone could not be read: {reason}.\
        diagnose.timezone.windowsOther\
        Windows 的時區不是「(UTC+08:00) 台北」。KMS 伺服器以 UTC 比對時間；時區錯了，手動調成看起來正確的時鐘以 UTC 計會差好幾個小時。\
        Windows' time zone is not \"(UTC+08:00) Taipei\". The KMS host compares UTC: under a wrong zone, a clock set by hand to look right is hours off in UTC.\
        diagnose.timezone.windowsTaipei\
        Windows 的時區是「(UTC+08:00) 台北」，正確。\
        Windows' time zone is \"(UTC+08:00) Taipei\": right.\
        diagnose.timezone.windowsUnread\
        這裡是 WSL，但無法執行 {path} 來讀取 Windows 的時區。\
        This is WSL, but {path} cannot be run to read Windows' time zone.\
        diagnose.value.dns.failed\
        錯誤\
        error\
        diagnose.value.dns.literal\
        {host}（IP 位址）\
        {host} (IP)\
        diagnose.value.dns.malformed\
        答覆格式錯誤\
        malformed\
        diagnose.value.dns.noData\
        NODATA\
        NODATA\
        diagnose.value.dns.noServer\
        沒有 DNS 伺服器\
        no server\
        diagnose.value.dns.nxdomain\
        NXDOMAIN\
        NXDOMAIN\
        diagnose.value.dns.serverFailure\
        伺服器失敗\
        server failure\
        diagnose.value.dns.timeout\
        逾時\
        timeout\
        diagnose.value.dns.unanswered\
        沒有答覆\
        no answer\
        diagnose.value.kms\
        v{version}，計數 {count}／門檻 {minimum}，往返 {rtt} ms\
        v{version}, count {count} (needs {minimum}), round trip {rtt} ms\
        diagnose.value.kmsFailed\
        {kind}，{code}\
        {kind}, {code}\
        diagnose.value.net.campus\
        校內：{source}，經 {interface}\
        campus: {source} via {interface}\
        diagnose.value.net.noRoute\
        沒有到 {address} 的路由\
        no route to {address}\
        diagnose.value.net.offCampus\
        校外：{source}，經 {interface}\
        off campus: {source} via {interface}\
        diagnose.value.net.vpn\
        VPN：{source}，經 {interface}（通道）\
        VPN: {source} via {interface} (tunnel)\
        diagnose.value.noResult\
        {seconds} 秒內沒有結果\
        no result after {seconds} s\
        diagnose.value.reach.blocked\
        {endpoint} 被本機擋下\
        {endpoint} blocked locally\
        diagnose.value.reach.connected\
        {endpoint} 已連上，{ms} ms\
        {endpoint} connected in {ms} ms\
        diagnose.value.reach.failed\
        {endpoint} 連線失敗\
        {endpoint} failed\
        diagnose.value.reach.hostUnreachable\
        {endpoint} 伺服器無法到達\
        {endpoint} host unreachable\
        diagnose.value.reach.networkUnreachable\
        {endpoint} 網路無法到達\
        {endpoint} network unreachable\
        diagnose.value.reach.noRoute\
        {endpoint} 沒有路由\
        {endpoint} no route\
        diagnose.value.reach.refused\
        {endpoint} 拒絕連線\
        {endpoint} refused\
        diagnose.value.reach.timeout\
        {endpoint} 逾時 {seconds} 秒\
        {endpoint} timeout after {seconds} s\
        diagnose.value.separator\
        ；\
        ; \
        diagnose.value.unresolved\
        {host} 無法解析\
        {host} unresolved\
        diagnose.verdict.fail\
        有 {count} 項檢查失敗（{checks}），請先依下面的處理方式修正，再進行啟用。\
        {count} check(s) failed ({checks}): fix them as described below before activating.\
        diagnose.verdict.failHostAnswered\
        KMS 伺服器已回應這台電腦的要求，但有 {count} 項檢查失敗（{checks}）：請依下面的處理方式修正。\
        The KMS host answered this computer's request, but {count} check(s) failed ({checks}): fix them as described below.\
        diagnose.verdict.pass\
        所有檢查都通過，可以開始啟用。\
        Every check passed: activation should work.\
        diagnose.verdict.skip\
        沒有執行任何檢查。\
        No check was run.\
        diagnose.verdict.warn\
        有 {count} 項需要注意（{checks}），啟用仍可能成功。\
        {count} check(s) need attention ({checks}); activation may still work.\
        diagnose.verdict.warnHostAnswered\
        KMS 伺服器已回應這台電腦的要求；另有 {count} 項需要注意（{checks}）。\
        The KMS host answered this computer's request; {count} check(s) still need attention ({checks}).\
        explain.0x8004FE21.cause\
        常見於在不支援多語言的 Windows 版本上安裝了語言套件；系統檔案損毀或被惡意程式修改也會。\
        Usually language packs installed on a Windows edition not licensed for them; corrupted system files or changes made by malware cause it too.\
        explain.0x8004FE21.fix\
        微軟對此的解法是重新安裝 Windows。\
        Microsoft's remedy is to reinstall Windows.\
        explain.0x8004FE21.title\
        這台電腦執行的不是正版 Windows\
        This computer is not running genuine Windows\
        explain.0x80070005.cause\
        啟用指令（slmgr.vbs、ospp.vbs 或學校的批次檔）不是以系統管理員身分執行，被 Windows 的使用者帳戶控制擋下。\
        The activation command (slmgr.vbs, ospp.vbs or the school's batch file) did not run as administrator, so Windows' User Account Control stopped it.\
        explain.0x80070005.fix\
        在「命令提示字元」或批次檔上按右鍵，選「以系統管理員身分執行」，再執行一次啟用。kmswizard script 產生的 .cmd 檔會先檢查這一點。\
        Right-click Command Prompt (or the batch file), choose \"Run as administrator\" and run the activation again. The .cmd file from kmswizard script checks this first.\
        explain.0x80070005.title\
        拒絕存取：需要系統管理員權限\
        Access denied: administrator rights needed\
        explain.0x8007000D.cause\
        KMS 伺服器無法處理這個請求，例如請求用了主機不支援的協定版本，或產品對主機來說太新。kmswizard 收集的錯誤範例中，一個宣稱協定 7.0 的請求就得到這個回應。\
        The KMS host cannot handle the request, for example because it uses a protocol version the host does not support, or the product is too new for the host. In kmswizard's captured examples, a request claiming protocol 7.0 got exactly this answer.\
        explain.0x8007000D.fix\
        確認選的產品正確（kmswizard products）；若是很新的產品，請洽電子計算中心確認主機支援。\
        Check that the right product is chosen (kmswizard products); for a very new product, ask the Computer Center whether the host supports it.\
        explain.0x8007000D.title\
        資料無效：KMS 伺服器不接受這個請求\
        The data is invalid: the KMS host refused the request\
        explain.0x8007007B.cause\
        Windows 以 KMS 用戶端方式啟用，但既沒有手動設定主機，DNS 裡也找不到 KMS 伺服器的 SRV 記錄。\
        Windows activates as a KMS client, but no host is set by hand and DNS holds no SRV record for a KMS host.\
        explain.0x8007007B.fix\
        以系統管理員身分執行 slmgr.vbs -skms {kmsHost} 指定校園 KMS 伺服器，再執行 slmgr.vbs -ato。\
        As administrator run slmgr.vbs -skms {kmsHost} to set the campus KMS host, then slmgr.vbs -ato.\
        explain.0x8007007B.title\
        找不到 KMS 伺服器（名稱不正確）\
        No KMS host found (invalid name)\
        explain.0x80070490.cause\
        輸入的 MAK 金鑰無效，或遇到 Windows Server 2019 的已知問題。\
        The MAK entered is not valid, or a known issue of Windows Server 2019 got in the way.\
        explain.0x80070490.fix\
        以系統管理員身分執行 slmgr.vbs -ipk 加上金鑰來安裝，再啟用。校園 KMS 啟用要用的是 KMS 用戶端金鑰（kmswizard products --wide 會列出）。\
        As administrator run slmgr.vbs -ipk with the key to install it, then activate. Campus KMS activation needs the KMS client setup key (kmswizard products --wide lists them).\
        explain.0x80070490.title\
        輸入的產品金鑰無法使用\
        The product key did not work\
        explain.0x800706BA.cause\
        連到了 KMS 伺服器的位址，但 TCP 1688 上沒有 KMS 服務回應：主機的防火牆沒開、服務沒執行，或 DNS 記錄指向已不在的主機。\
        The KMS host's address was reached, but no KMS service answered on TCP port 1688: the host's firewall is closed, the service is not running, or DNS points at a host that is gone.\
        explain.0x800706BA.fix\
        確認 KMS 伺服器設為 {kmsHost}，而且您在校內或已連上 VPN；kmswizard diagnose 會測試 TCP 1688。若是主機本身的問題，請洽電子計算中心。\
        Make sure the KMS host is set to {kmsHost} and that you are on campus or on the VPN; kmswizard diagnose tests TCP port 1688. If the host itself is at fault, contact the Computer Center.\
        explain.0x800706BA.title\
        RPC 伺服器無法使用\
        The RPC server is unavailable\
        explain.0x8007232A.cause\
        網路或 DNS 伺服器有問題，查不到 KMS 伺服器。\
        The network or the DNS server has a problem, so the KMS host could not be looked up.\
        explain.0x8007232A.fix\
        檢查網路連線與 DNS 設定；也可以直接用 IP 指定主機：slmgr.vbs -skms {kmsHost}。\
        Check the network connection and DNS settings; or set the host by IP address: slmgr.vbs -skms {kmsHost}.\
        explain.0x8007232A.title\
        DNS 伺服器故障\
        DNS server failure\
        explain.0x8007232B.cause\
        沒有指定 KMS 伺服器時，Windows 會到 DNS 找 _vlmcs._tcp 記錄來尋找主機；這台電腦所在的網域或網路沒有這筆記錄。\
        With no KMS host set, Windows looks for a _vlmcs._tcp record in DNS to find one; this computer's domain or network has no such record.\
        explain.0x8007232B.fix\
        手動指定校園 KMS 伺服器：以系統管理員身分執行 slmgr.vbs -skms {kmsHost}，再執行 slmgr.vbs -ato（Office 用 ospp.vbs /sethst:{kmsHostName} /setprt:{kmsPort} 與 /act）。kmswizard 直接連這台主機，不需要 DNS 記錄。\
        Set the campus KMS host by hand: as administrator run slmgr.vbs -skms {kmsHost}, then slmgr.vbs -ato (for Office: ospp.vbs /sethst:{kmsHostName} /setprt:{kmsPort}, then /act). kmswizard connects to that host directly and needs no DNS record.\
        explain.0x8007232B.title\
        DNS 名稱不存在：找不到 KMS 伺服器\
        DNS name does not exist: no KMS host found\
        explain.0x8007251D.cause\
        DNS 裡沒有 KMS 伺服器的 SRV 記錄。\
        DNS holds no SRV record for a KMS host.\
        explain.0x8007251D.fix\
        檢查網路與 DNS，或直接指定校園 KMS 伺服器：slmgr.vbs -skms {kmsHost}。\
        Check the network and DNS, or set the campus KMS host directly: slmgr.vbs -skms {kmsHost}.\
        explain.0x8007251D.title\
        DNS 查無記錄\
        No records found for DNS query\
        explain.0x80072EE7.cause\
        名稱查詢失敗：沒有網路、DNS 有問題，或 KMS 伺服器是以名稱設定但查不到。\
        A name lookup failed: no network, a DNS problem, or the KMS host is set by a name that does not resolve.\
        explain.0x80072EE7.fix\
        檢查網路與 DNS；或用 IP 指定 KMS 伺服器：slmgr.vbs -skms {kmsHost}。\
        Check the network and DNS; or set the KMS host by IP address: slmgr.vbs -skms {kmsHost}.\
        explain.0x80072EE7.title\
        無法解析伺服器名稱或位址\
        The server name or address could not be resolved\
        explain.0x80092328.cause\
        KMS 用戶端在 DNS 找不到 KMS 伺服器的 SRV 記錄。\
        The KMS client found no SRV record for a KMS host in DNS.\
        explain.0x80092328.fix\
        直接指定校園 KMS 伺服器：slmgr.vbs -skms {kmsHost}，並檢查網路與 DNS。\
        Set the campus KMS host directly with slmgr.vbs -skms {kmsHost}, and check the network and DNS.\
        explain.0x80092328.title\
        DNS 名稱不存在\
        DNS name does not exist\
        explain.0xC004B100.cause\
        使用的 MAK 金鑰不受支援（這是 MAK 啟用，不是校園 KMS）。\
        The MAK in use is not supported (this is MAK activation, not the campus KMS).\
        explain.0xC004B100.fix\
        確認 MAK 是微軟發給您的那一把，並向微軟授權啟用中心查詢。\
        Check that the MAK is the one Microsoft issued, and ask a Microsoft Licensing Activation Centre.\
        explain.0xC004B100.title\
        啟用伺服器判定這台電腦無法啟用\
        The activation server determined the computer could not be activated\
        explain.0xC004C001.cause\
        輸入的 MAK 金鑰無效。\
        The MAK entered is not valid.\
        explain.0xC004C001.fix\
        重新輸入金鑰，或向微軟授權啟用中心確認；校園授權請改用 KMS 啟用。\
        Enter the key again or check it with a Microsoft Licensing Activation Centre; for the campus licence, use KMS activation instead.\
        explain.0xC004C001.title\
        啟用伺服器判定產品金鑰無效\
        The activation server determined the product key is invalid\
        explain.0xC004C003.cause\
        這把 MAK 金鑰在微軟的啟用伺服器上已被封鎖。\
        This MAK is blocked on Microsoft's activation server.\
        explain.0xC004C003.fix\
        向微軟授權啟用中心取得新的 MAK 後重新安裝並啟用；校園授權請改用 KMS 啟用。\
        Get a new MAK from a Microsoft Licensing Activation Centre, install it and activate again; for the campus licence, use KMS activation instead.\
        explain.0xC004C003.title\
        啟用伺服器判定產品金鑰已被封鎖\
        The activation server determined the product key is blocked\
        explain.0xC004C008.cause\
        KMS 伺服器的金鑰最多能在 6 台電腦上啟用 10 次，已經用完。這是 KMS 伺服器端（學校）的問題。\
        A KMS host key can be activated up to 10 times on up to 6 computers, and that is used up. This is a problem of the KMS host (the school's side).\
        explain.0xC004C008.fix\
        用戶端無法處理，請洽電子計算中心。\
        Nothing can be done on this computer: contact the Computer Center.\
        explain.0xC004C008.title\
        KMS 伺服器金鑰已超過啟用次數上限\
        The KMS host key has exceeded its activation limit\
        explain.0xC004C020.cause\
        MAK 金鑰只能啟用有限次數，已經用完。\
        A MAK activates a limited number of times, and they are used up.\
        explain.0xC004C020.fix\
        需要更多次數請洽微軟授權啟用中心；校園授權請改用 KMS 啟用。\
        For more activations contact a Microsoft Licensing Activation Centre; for the campus licence, use KMS activation instead.\
        explain.0xC004C020.title\
        MAK 已超過啟用次數上限\
        The Multiple Activation Key has exceeded its limit\
        explain.0xC004C021.cause\
        MAK 金鑰只能啟用有限次數，延伸的次數也已經用完。\
        A MAK activates a limited number of times, and its extensions are used up too.\
        explain.0xC004C021.fix\
        需要更多次數請洽微軟授權啟用中心；校園授權請改用 KMS 啟用。\
        For more activations contact a Microsoft Licensing Activation Centre; for the campus licence, use KMS activation instead.\
        explain.0xC004C021.title\
        MAK 的延伸次數已用完\
        The Multiple Activation Key extension limit has been exceeded\
        explain.0xC004E015.cause\
        Windows 授權存放區裡的授權資料有問題，常見於 Office 從零售版轉成大量授權版之後。\
        The licence data in Windows' licence store is broken, often after Office was converted from retail to volume licensing.\
        explain.0xC004E015.fix\
        以系統管理員身分執行 slmgr.vbs /rilc 重新安裝系統授權檔，重新開機後再啟用。\
        As administrator run slmgr.vbs /rilc to reinstall the system licence files, restart, and activate again.\
        explain.0xC004E015.title\
        授權使用失敗\
        License consumption failed\
        explain.0xC004F009.cause\
        在寬限期內沒有完成啟用，Windows 已進入通知狀態。\
        Activation did not happen within the grace period, so Windows is now in the notification state.\
        explain.0xC004F009.fix\
        在校內或連上 VPN 後重新啟用（kmswizard activate，或 slmgr.vbs -ato）；MAK 使用者請洽微軟授權啟用中心。\
        Activate again from campus or over the VPN (kmswizard activate, or slmgr.vbs -ato); MAK users should contact a Microsoft Licensing Activation Centre.\
        explain.0xC004F009.title\
        寬限期已過\
        The grace period expired\
        explain.0xC004F00F.cause\
        更換硬體或更新驅動程式後，這台電腦的硬體識別和啟用時差太多。\
        After hardware was replaced or drivers were updated, this computer's hardware identity differs too much from when it was activated.\
        explain.0xC004F00F.fix\
        KMS 啟用：重新開機，或在校內／VPN 上執行 slmgr.vbs -ato 重新啟用。MAK 啟用：在寬限期內以線上或電話重新啟用。\
        KMS activation: restart Windows, or run slmgr.vbs -ato on campus or over the VPN. MAK activation: reactivate online or by phone within the grace period.\
        explain.0xC004F00F.title\
        硬體變更超出容許範圍\
        The hardware ID binding is beyond the level of tolerance\
        explain.0xC004F014.cause\
        系統上沒有安裝任何產品金鑰。\
        No product key is installed on the system.\
        explain.0xC004F014.fix\
        安裝 KMS 用戶端金鑰（GVLK）：以系統管理員身分執行 slmgr.vbs -ipk 加上金鑰；kmswizard products --wide 列出各版本的 GVLK。\
        Install the KMS client setup key (GVLK): as administrator run slmgr.vbs -ipk with the key; kmswizard products --wide lists the GVLK of each edition.\
        explain.0xC004F014.title\
        沒有安裝產品金鑰\
        No product key is installed\
        explain.0xC004F02C.cause\
        電話啟用時輸入的資料不正確。\
        The data entered during phone activation is not valid.\
        explain.0xC004F02C.fix\
        確認確認識別碼（Confirmation ID）輸入正確後再試。\
        Check that the Confirmation ID was entered correctly and try again.\
        explain.0xC004F02C.title\
        離線啟用資料的格式錯誤\
        The offline activation data has the wrong format\
        explain.0xC004F035.cause\
        大量授權的 Windows（尤其是 Windows 7）只授權作為升級使用：電腦本身必須有合格的 Windows 授權（品牌電腦 BIOS 裡的 OEM 標記）。組裝電腦或原本沒有合格 Windows 的電腦會出現這個錯誤。\
        Volume-licensed Windows (Windows 7 above all) is licensed only as an upgrade: the computer itself must carry a qualifying Windows licence (the OEM marker in a brand-name PC's BIOS). Self-built PCs, or PCs that never had a qualifying Windows, get this error.\
        explain.0xC004F035.fix\
        這台電腦無法用學校的 KMS 啟用。請改用零售版或 MAK 金鑰，或安裝電腦原本隨附的合格 Windows；不確定時請洽電子計算中心。\
        This computer cannot use the campus KMS. Use a retail or MAK key instead, or install the qualifying Windows the computer came with; if unsure, ask the Computer Center.\
        explain.0xC004F035.title\
        這台電腦不能用大量授權金鑰啟用\
        This computer cannot be activated with a volume licence key\
        explain.0xC004F038.cause\
        KMS 伺服器要先收到夠多台電腦的請求才會開始啟用：Windows 用戶端要 25 台，Office 與 Windows Server 要 5 台。主機目前回報的數量還不夠。\
        A KMS host activates only after it has heard from enough computers: 25 for Windows clients, 5 for Office and Windows Server. The count the host reports is still below that.\
        explain.0xC004F038.fix\
        這不是這台電腦的問題：稍後（例如隔天）再試一次；若一直如此，請洽電子計算中心。kmswizard activate 會顯示主機回報的數量。\
        Nothing is wrong with this computer: try again later (the next day, say); if it persists, contact the Computer Center. kmswizard activate shows the count the host reports.\
        explain.0xC004F038.title\
        KMS 計數不足\
        KMS count too low\
        explain.0xC004F039.cause\
        KMS 伺服器沒有回應這次啟用請求。\
        The KMS host did not respond to the activation request.\
        explain.0xC004F039.fix\
        檢查這台電腦到 KMS 伺服器之間的網路，確認 TCP 1688 沒有被防火牆擋住（kmswizard diagnose 會測試）。\
        Check the network between this computer and the KMS host, and that no firewall blocks TCP port 1688 (kmswizard diagnose tests it).\
        explain.0xC004F039.title\
        KMS 沒有回應\
        The Key Management Service is not enabled\
        explain.0xC004F041.cause\
        KMS 伺服器自己還沒有向微軟啟用，因此不能啟用用戶端。這是主機端（學校）的問題。\
        The KMS host itself is not activated with Microsoft, so it cannot activate clients. This is a problem of the host (the school's side).\
        explain.0xC004F041.fix\
        用戶端無法處理，請洽電子計算中心。\
        Nothing can be done on this computer: contact the Computer Center.\
        explain.0xC004F041.title\
        KMS 伺服器本身尚未啟用\
        The KMS host is not activated\
        explain.0xC004F042.cause\
        連到的 KMS 伺服器不能啟用這個產品，例如主機只負責某些產品，或主機的金鑰比這個 Windows／Office 版本舊。\
        The KMS host reached cannot activate this product, for example because it serves only some products or its key predates this Windows or Office version.\
        explain.0xC004F042.fix\
        確認連的是校園 KMS 伺服器 {kmsHost}；若是很新的 Windows 或 Office 版本，請洽電子計算中心確認主機支援。\
        Make sure you use the campus KMS host {kmsHost}; for a very new Windows or Office version, ask the Computer Center whether the host supports it.\
        explain.0xC004F042.title\
        這台 KMS 伺服器不能啟用此產品\
        The specified KMS host cannot be used\
        explain.0xC004F050.cause\
        金鑰打錯、與版本不符（例如在專業版上裝企業版的金鑰），或用了測試版的金鑰。\
        The key has a typo, does not match the edition (an Enterprise key on Pro, say), or is a beta key.\
        explain.0xC004F050.fix\
        安裝與這個 Windows／Office 版本相符的 KMS 用戶端金鑰（kmswizard products --wide），並注意連字號沒有被換成長破折號。\
        Install the KMS client setup key that matches this Windows or Office edition (kmswizard products --wide), and check that no hyphen was replaced by a dash.\
        explain.0xC004F050.title\
        產品金鑰無效\
        The product key is invalid\
        explain.0xC004F051.cause\
        微軟已封鎖這把產品金鑰。\
        Microsoft has blocked this product key.\
        explain.0xC004F051.fix\
        改用其他金鑰；校園授權請安裝 KMS 用戶端金鑰（kmswizard products --wide）後以 KMS 啟用。\
        Use another key; for the campus licence, install the KMS client setup key (kmswizard products --wide) and activate with KMS.\
        explain.0xC004F051.title\
        產品金鑰已被封鎖\
        The product key is blocked\
        explain.0xC004F064.cause\
        Windows 的啟用檢查判定這套系統不是正版。\
        Windows' activation checks determined that this system is not genuine.\
        explain.0xC004F064.fix\
        請洽微軟授權啟用中心。\
        Contact a Microsoft Licensing Activation Centre.\
        explain.0xC004F064.title\
        非正版寬限期已過\
        The non-genuine grace period expired\
        explain.0xC004F065.cause\
        Windows 的啟用檢查判定這套系統不是正版，但在寬限期內仍可使用。\
        Windows' activation checks determined that this system is not genuine; it keeps running during the grace period.\
        explain.0xC004F065.fix\
        在寬限期結束前安裝正版金鑰並完成啟用，否則系統會進入通知狀態。\
        Install a genuine product key and activate before the grace period ends, or the system goes into the notification state.\
        explain.0xC004F065.title\
        正在非正版寬限期內執行\
        Running within the non-genuine grace period\
        explain.0xC004F06C.cause\
        這台電腦的時鐘以 UTC 計和 KMS 伺服器差太多（實際上約超過 4 小時就會被拒）。最常見的原因是時區設錯：牆上的時間看起來正確，UTC 卻差了 8 小時。\
        This computer's clock, counted in UTC, is too far from the KMS host's (in practice about 4 hours is the limit). The usual cause is a wrong timezone: the wall clock looks right while UTC is 8 hours off.\
        explain.0xC004F06C.fix\
        把時區設為「(UTC+08:00) 台北」，再開啟「自動設定時間」或手動調整日期與時間（設定 > 時間與語言 > 日期和時間），然後重新啟用。kmswizard diagnose 會檢查時鐘與時區。\
        Set the time zone to \"(UTC+08:00) Taipei\", then turn on \"Set time automatically\" or set the date and time by hand (Settings > Time & language > Date & time), and activate again. kmswizard diagnose checks the clock and the timezone.\
        explain.0xC004F06C.title\
        時間不對：KMS 伺服器不接受這台電腦的時間\
        Wrong time: the KMS host rejected this computer's time\
        explain.0xC004F074.cause\
        啟用時連不到 KMS 伺服器的 TCP 1688 連接埠。校園 KMS 伺服器只接受校內網路的連線，所以在校外最常看到這個錯誤；主機設定錯誤（包括手動指定的主機名稱在 DNS 查不到）或防火牆阻擋也會造成。\
        Activation could not reach the KMS host on TCP port 1688. The campus host accepts only connections from the campus network, so this is what you see off campus; a wrong host setting (including a host name set by hand that DNS cannot resolve) or a firewall causes it too.\
        explain.0xC004F074.fix\
        在校外請先用 FortiClient 連上學校的 SSL VPN（伺服器 {vpnServer}，用單一認證帳號與密碼登入），啟用完成前不要中斷；確認 KMS 伺服器設為 {kmsHost} 後再試一次。kmswizard diagnose 會告訴您目前在校內、VPN 上或校外。\
        Off campus, first connect FortiClient to the school's SSL VPN (server {vpnServer}, with your campus single-sign-on account) and stay connected until activation finishes; make sure the KMS host is set to {kmsHost}, then try again. kmswizard diagnose tells you whether you are on campus, on the VPN or off campus.\
        explain.0xC004F074.title\
        連不上 KMS 伺服器\
        No KMS host could be contacted\
        explain.label.cause\
        原因：\
        Cause: \
        explain.label.fix\
        怎麼做：\
        What to do: \
        explain.label.forms\
        其他寫法：\
        Also written: \
        explain.label.guide\
        （校園啟用說明列出的錯誤）\
         (listed in the campus guide)\
        explain.list.header\
        kmswizard 認得的 {count} 個錯誤代碼（* 為校園啟用說明列出的）：\
        The {count} error codes kmswizard knows (* = listed in the campus guide):\
        explain.listWithCode\
        --list 會列出全部代碼，不要同時再給代碼。\
        --list lists every code; give it without a code.\
        explain.malformed\
        「{text}」不是錯誤代碼：請寫成 0xC004F074、C004F074，或十進位的 -1073418124、3221549172。\
        \"{text}\" is not an error code: write it as 0xC004F074, C004F074, or in decimal as -1073418124 or 3221549172.\
        explain.missing\
        請給一個錯誤代碼（例如 kmswizard explain 0xC004F074），或用 --list 列出全部。\
        Give an error code (for example kmswizard explain 0xC004F074), or --list to see them all.\
        explain.outOfRange\
        「{text}」超過 32 位元，不可能是 Windows 的錯誤代碼。\
        \"{text}\" does not fit in 32 bits, so it cannot be a Windows error code.\
        explain.title\
        錯誤代碼說明\
        Error code explained\
        explain.tooMany\
        一次只解釋一個代碼，這裡給了 {count} 個：{text}。\
        One code at a time; {count} were given: {text}.\
        explain.unknown.cause\
        kmswizard 只解釋它確實知道的代碼，對 {code} 不做猜測。\
        kmswizard explains only the codes it really knows, so it does not guess about {code}.\
        explain.unknown.fix\
        在 Windows 上執行 certutil -error {code} 可看系統對它的說明；kmswizard explain --list 列出所有認得的代碼。\
        On Windows, certutil -error {code} shows the system's own text for it; kmswizard explain --list lists every code kmswizard knows.\
        explain.unknown.title\
        {code} 不是 kmswizard 認得的錯誤代碼\
        {code} is not an error code kmswizard knows\
        explain.unknownOption\
        explain 沒有「{text}」這個選項；執行 kmswizard explain --help 可看全部選項。\
        explain has no option \"{text}\"; run kmswizard explain --help to see them all.\
        explain.unknownOption.list\
        explain 沒有「{text}」這個選項；您是指 --list 嗎？\
        explain has no option \"{text}\"; did you mean --list?\
        renewal.ics.description\
        {product} 的 KMS 啟用（Windows 回報）將於 {deadline} 到期。請讓這台電腦在校內網路上，或先連上 SSL VPN，再以系統管理員身分開啟 WSL 終端機執行：kmswizard renew\n查看狀態：kmswizard status\
        The KMS activation of {product} (as Windows reports it) expires on {deadline}. Put this PC on the campus network, or connect the SSL VPN, then run in a WSL terminal opened as administrator: kmswizard renew\nStatus: kmswizard status\
        renewal.ics.summary\
        重新認證 {product} 的 KMS 啟用\
        Re-activate the KMS activation of {product}\
        renewal.notify.action\
        請連上校園網路或 SSL VPN，再執行 kmswizard renew。\
        Connect to the campus network or the SSL VPN, then run kmswizard renew.\
        renewal.notify.deadline\
        {product}：重新認證期限 {deadline}\
        {product}: re-activation deadline {deadline}\
        renewal.notify.failed\
        {product}：自動重新認證失敗（{code}）\
        {product}: the automatic re-activation failed ({code})\
        renewal.notify.failedNoCode\
        {product}：自動重新認證失敗\
        {product}: the automatic re-activation failed\
        renewal.notify.overdue\
        {product}：已超過重新認證期限 {deadline}\
        {product}: the re-activation deadline {deadline} has passed\
        renewal.notify.title\
        kmswizard：Windows/Office 授權需要處理\
        kmswizard: your Windows/Office activation needs attention\
        renewal.remind.cannotWrite\
        無法寫入 {file}：{reason}\
        Cannot write {file}: {reason}\
        renewal.remind.error.cannotWrite\
        無法寫入 {path}：{reason}\
        cannot write {path}: {reason}\
        renewal.remind.error.crontabFailed\
        {command} 失敗：{reason}\
        {command} failed: {reason}\
        renewal.remind.error.forbiddenCharacter\
        程式路徑 {path} 含有 {character}，systemd 單元檔或 crontab 會把它當成特殊字元；請把 kmswizard 安裝在一般的資料夾\
        the program path {path} contains {character}, which a unit file or crontab would interpret; install kmswizard in a plain folder\
        renewal.remind.error.noScheduler\
        沒有 systemd 使用者服務，也沒有可用的 crontab 指令：{reason}\
        no systemd user manager and no crontab command: {reason}\
        renewal.remind.error.notAbsolute\
        程式路徑 {path} 不是絕對路徑\
        the program path {path} is not absolute\
        renewal.remind.error.notInstalled\
        沒有安裝 kmswizard 的提醒排程（找不到 {manifest}）\
        no reminder job of kmswizard is installed (no {manifest})\
        renewal.remind.error.wouldOverwrite\
        {path} 已存在且不是 kmswizard 寫的，維持原狀\
        {path} exists and was not written by kmswizard; it was left alone\
        renewal.remind.event\
        {product}：提醒時間 {start}，KMS 啟用到期時間 {deadline}\
        {product}: reminder at {start}, KMS activation expires {deadline}\
        renewal.remind.failed\
        無法設定重新認證提醒：{detail}\
        Cannot set up the re-activation reminder: {detail}\
        renewal.remind.hint\
        也可以改用 kmswizard remind --ics 檔案，把提醒放進行事曆。\
        You can also use kmswizard remind --ics FILE to put the reminders into a calendar.\
        renewal.remind.installed.cron\
        這台電腦沒有 systemd 使用者服務，已改在 crontab 加入每週一早上執行 kmswizard renew --quiet 的一行；安裝紀錄：\
        There is no systemd user manager here, so a crontab line that runs kmswizard renew --quiet on Monday mornings was added; install record:\
        renewal.remind.installed.systemd\
        已安裝每週執行一次 kmswizard renew --quiet 的 systemd 使用者計時器，寫入了：\
        Installed a systemd user timer that runs kmswizard renew --quiet once a week; written:\
        renewal.remind.keptChanged\
        {path} 在安裝後被修改過，所以保留不動。\
        {path} was changed after kmswizard wrote it, so it was left in place.\
        renewal.remind.notInstalled\
        沒有 kmswizard 安裝的重新認證排程，不需要移除。\
        No re-activation job of kmswizard is installed; nothing to remove.\
        renewal.remind.notWSLNote\
        注意：這台電腦不在 WSL 裡，讀不到 Windows，所以這個排程每次只會說沒有東西要重新認證。要啟用，請在 Windows 電腦上以系統管理員身分執行認證程式；Windows 連得到 KMS 伺服器時會自己每 7 天重新認證。\
        Note: this computer is not inside WSL and cannot read Windows, so this job will only ever say there is nothing to re-activate. To activate, run the activation file on the Windows PC as administrator; Windows re-activates by itself every 7 days when it reaches the KMS host.\
        renewal.remind.nothing\
        Windows 還沒有回報任何由 KMS 啟用的產品，所以不知道到期時間，沒有提醒可以寫。在 WSL 裡執行 kmswizard status 會讀取 Windows 的狀態；不在 WSL 時，Windows 連得到 KMS 伺服器時每 7 天會自動重新認證。\
        Windows has not reported any product activated through KMS, so no expiry is known and there is no reminder to write. Inside WSL, kmswizard status reads Windows' state; elsewhere, Windows re-activates by itself every 7 days when it reaches the KMS host.\
        renewal.remind.uninstalled.cron\
        已從 crontab 移除 kmswizard 加入的那一行；已刪除：\
        Removed the line kmswizard had added to the crontab; deleted:\
        renewal.remind.uninstalled.systemd\
        已停用並移除 systemd 使用者計時器：\
        Disabled and removed the systemd user timer:\
        renewal.remind.warning\
        注意：{warning}\
        Note: {warning}\
        renewal.remind.wrote\
        已把 {count} 個重新認證提醒寫入 {file}（可匯入 Google 日曆、Outlook 或手機行事曆）：\
        Wrote {count} re-activation reminders to {file} (import it into Google Calendar, Outlook or your phone's calendar):\
        renewal.remind.wrote.one\
        已把 {count} 個重新認證提醒寫入 {file}（可匯入 Google 日曆、Outlook 或手機行事曆）：\
        Wrote {count} re-activation reminder to {file} (import it into Google Calendar, Outlook or your phone's calendar):\
        renewal.renew.activateAgain\
        舊的紀錄（KMS 伺服器檢查與 Windows 回報）已無法使用，Windows 本身不受影響；在 WSL 裡執行 kmswizard status 會重新讀取 Windows 的狀態，要再檢查 KMS 伺服器請執行 kmswizard activate --product 產品簡稱（舊檔案已保留，可供查看）。\
        The old records (host checks and Windows' readings) are lost; Windows itself is not affected. Inside WSL, kmswizard status reads Windows again; to check the KMS host again run kmswizard activate --product NAME (the old file is kept for reference).\
        renewal.renew.badRecordedHost\
        注意：狀態檔中 {product} 記錄的 KMS 伺服器「{host}」無法解讀，這次改用設定的 KMS 伺服器 {used}。\
        Note: the KMS host recorded for {product}, \"{host}\", cannot be read; using the configured host {used} instead.\
        renewal.renew.failed\
        [失敗] {product}：Windows 回報{status}\
        [FAILED] {product}: Windows reports it {status}\
        renewal.renew.failedCode\
        [失敗] {product}：Windows 回報{status}，錯誤代碼 {code}（原因與解法：kmswizard explain {code}）\
        [FAILED] {product}: Windows reports it {status}, error code {code} (cause and fix: kmswizard explain {code})\
        renewal.renew.interrupted\
        已被 {signal} 中斷；已在 Windows 上執行的指令不會復原，請用 kmswizard status 查看目前狀態。\
        Interrupted by {signal}; commands already run on Windows are not undone: see kmswizard status for the state now.\
        renewal.renew.lockBusy\
        另一個 kmswizard renew 在 {seconds} 秒後仍鎖著 {path}\
        another kmswizard renew still holds {path} after {seconds} s\
        renewal.renew.lockFailed\
        無法開始重新認證：{detail}\
        Cannot start re-activating: {detail}\
        renewal.renew.lockOpen\
        {path}：{reason}\
        {path}: {reason}\
        renewal.renew.notElevated\
        Windows 拒絕（0x80070005）：重新認證需要系統管理員權限。請在「Windows 終端機」上按右鍵，選「以系統管理員身分執行」，再執行 kmswizard renew。\
        Windows refused (0x80070005): re-activating needs administrator rights. Right-click Windows Terminal, choose \"Run as administrator\", and run kmswizard renew there.\
        renewal.renew.notWSL\
        這台電腦不在 WSL 裡，讀不到也改不了 Windows 的授權，所以這裡沒有要重新認證的東西。Windows 連得到 KMS 伺服器時，每 7 天會自動重新認證；要啟用，請在 Windows 電腦上以系統管理員身分執行認證程式（kmswizard script）。\
        This computer is not inside WSL: it can neither read nor change Windows' licences, so there is nothing to re-activate here. Windows re-activates by itself every 7 days when it reaches the KMS host; to activate, run the activation file (kmswizard script) on the Windows PC as administrator.\
        renewal.renew.nothingDue\
        目前沒有需要重新認證的產品。Windows 回報最近的 KMS 啟用到期時間：{next}\
        Nothing needs re-activating now. The nearest KMS expiry Windows reports: {next}\
        renewal.renew.nothingReported\
        Windows 沒有回報任何由 KMS 啟用的產品，沒有要重新認證的東西。\
        Windows reports no product activated through KMS; there is nothing to re-activate.\
        renewal.renew.renewed\
        [成功] {product}：Windows 回報已啟用，KMS 啟用到期時間 {deadline}\
        [OK] {product}: Windows reports it activated; its KMS activation expires {deadline}\
        renewal.renew.waiting\
        另一個 kmswizard renew 正在執行，等它結束…\
        Another kmswizard renew is running; waiting for it to finish…\
        renewal.renew.windowsNotActivated\
        執行後 Windows 仍回報尚未啟用\
        Windows still reports it not activated after the run\
        renewal.renew.windowsUnreadable\
        讀不到 Windows 的授權狀態（{reason}），沒有重新認證任何產品。\
        Windows' licence state cannot be read ({reason}); nothing was re-activated.\
        renewal.script.activated\
        [成功] {product} 已啟用。\
        [OK] {product} is activated.\
        renewal.script.done\
        [完成] 全部啟用成功。請在 180 天內再連上校內網路（或 SSL VPN）一次，Windows 才會自動重新認證。\
        [DONE] Everything is activated. Connect to the campus network (or the SSL VPN) again within 180 days so that Windows re-activates by itself.\
        renewal.script.failed\
        [失敗] {product} 沒有啟用，錯誤代碼在上方；在 kmswizard 執行 explain 加上代碼可看說明與解法。\
        [FAILED] {product} was not activated; the error code is shown above. Run kmswizard explain with the code to see what it means and how to fix it.\
        renewal.script.notDone\
        [未完成] 有產品沒有啟用成功，請看上方的訊息。\
        [NOT DONE] Some products were not activated; see the messages above.\
        renewal.script.notElevated\
        [錯誤 0x80070005] 存取被拒：這個檔案需要系統管理員權限。請在檔案上按右鍵，選「以系統管理員身分執行」。\
        [ERROR 0x80070005] Access denied: this file needs administrator rights. Right-click it and choose Run as administrator.\
        renewal.script.notWSL\
        這裡不是 WSL（Windows 子系統 Linux 版），無法直接在 Windows 上執行。\
        This is not WSL (Windows Subsystem for Linux), so the commands cannot run on Windows from here.\
        renewal.script.osppMissing\
        [找不到] 找不到 {folder} 資料夾裡的 ospp.vbs：這台電腦有安裝 {product} 嗎？（32 位元與 64 位元 Office 的位置不同）\
        [NOT FOUND] There is no ospp.vbs in the {folder} folder: is {product} installed on this PC? (32-bit and 64-bit Office live in different folders)\
        renewal.script.refused\
        無法產生 Windows 啟用指令：{detail}\
        Cannot make the Windows activation commands: {detail}\
        renewal.script.run.notElevated\
        Windows 回報 0x80070005（存取被拒）：請用「以系統管理員身分執行」開啟 WSL 的終端機視窗後再試一次。\
        Windows reports 0x80070005 (access denied): open the WSL terminal with Run as administrator and try again.\
        renewal.script.runFailed\
        無法在 Windows 上執行啟用指令：{detail}\
        Cannot run the activation commands on Windows: {detail}\
        renewal.script.runHint\
        不在 WSL 裡時，請用 --out 寫出 .cmd 檔，到 Windows 上以系統管理員身分執行。\
        Outside WSL, write the .cmd file with --out and run it on Windows as administrator.\
        renewal.script.terminalPreview\
        以上是給您閱讀的內容；實際的 .cmd 檔使用字碼頁 {codePage}（Big5）。請用 --out 檔名.cmd 或「> 檔名.cmd」存檔，不要從終端機複製貼上。\
        The above is for reading; the real .cmd file is in code page {codePage} (Big5). Save it with --out FILE.cmd or \"> FILE.cmd\" rather than copying it from the terminal.\
        renewal.script.truncated\
        [錯誤] 這個檔案不完整（最後一行不見了），可能是複製或下載時中斷。沒有執行任何動作；請重新產生或重新複製這個檔案。\
        [ERROR] This file is incomplete (its last line is missing), perhaps cut short while copying or downloading. Nothing was run; write or copy the file again.\
        renewal.script.unrecognized\
        [?] 看不出 {product} 是否啟用成功，請看上方 Windows 的輸出。\
        [?] Cannot tell whether {product} was activated; see Windows' output above.\
        renewal.script.wrote\
        已寫入 {file}（產品：{products}；KMS 伺服器 {host}）。把它複製到那台 Windows 電腦，按右鍵選「以系統管理員身分執行」。\
        Wrote {file} (products: {products}; KMS host {host}). Copy it to the Windows PC, right-click it and choose Run as administrator.\
        renewal.state.corruptHint\
        損壞的檔案仍在 {path}，沒有被更動。執行 kmswizard renew 或 kmswizard activate 時，會把它保留為 {path}.corrupt-<時間> 並建立新的狀態檔；Windows 本身不受影響，之後在 WSL 裡執行 kmswizard status 會重新讀取 Windows 的狀態。\
        The damaged file is still at {path}, untouched. kmswizard renew or kmswizard activate keeps it as {path}.corrupt-<time> and starts a new state file; Windows itself is not affected, and kmswizard status inside WSL reads Windows again afterwards.\
        renewal.title\
        重新認證與提醒\
        Re-activation and reminders\
        status.advice.connect-campus-or-vpn\
        在校內網路上，或先用 FortiClient 連上 SSL VPN（伺服器 {vpn}，單一認證帳號與密碼）。\
        Be on the campus network, or connect the SSL VPN with FortiClient first (server {vpn}, campus single-sign-on account and password).\
        status.advice.explain-last-error\
        執行 kmswizard explain {code}，查看上次錯誤的原因與解法。\
        Run kmswizard explain {code} to see why the last check failed and how to fix it.\
        status.advice.not-on-windows\
        這台 Windows 沒有回報安裝了 {name}：若您要用它，請先安裝，再以系統管理員身分執行 kmswizard script --product {product} --run（或在精靈按 w）；沒有安裝就不需要啟用。\
        This Windows does not report {name} installed: if you need it, install it first, then run kmswizard script --product {product} --run as administrator (or w in the wizard); if it is not installed, it needs no activation.\
        status.advice.renew-on-windows\
        以系統管理員身分開啟 WSL 終端機，執行 kmswizard renew（或在精靈的啟用畫面按 w）。\
        Open the WSL terminal as administrator and run kmswizard renew (or press w on the wizard's activation screen).\
        status.advice.run-activation-file\
        在 Windows 電腦上，對認證程式 {path} 按右鍵 →「以系統管理員身分執行」。\
        On the Windows PC, right-click the activation file {path} → \"Run as administrator\".\
        status.advice.write-activation-file\
        產生認證程式（kmswizard script --product {product} --out kmswizard-activate.cmd，或執行 kmswizard 精靈），再到 Windows 電腦上以系統管理員身分執行。\
        Write the activation file (kmswizard script --product {product} --out kmswizard-activate.cmd, or the kmswizard wizard), then run it on the Windows PC as administrator.\
        windows.licenseStatus.extendedGrace\
        延長寬限期\
        extended grace period\
        windows.licenseStatus.licensed\
        已授權\
        licensed\
        windows.licenseStatus.nonGenuineGrace\
        非正版寬限期\
        non-genuine grace period\
        windows.licenseStatus.notification\
        通知模式（寬限期已過）\
        notification mode (grace period over)\
        windows.licenseStatus.oobGrace\
        初次安裝的寬限期\
        initial grace period\
        windows.licenseStatus.ootGrace\
        硬體變更後的寬限期\
        grace period after a hardware change\
        windows.licenseStatus.unlicensed\
        未授權\
        unlicensed\
        windows.read.cannotStart\
        無法執行 {path}\
        {path} cannot be run\
        windows.read.failed\
        PowerShell 以結束代碼 {status} 結束\
        PowerShell ended with status {status}\
        windows.read.failedSaid\
        PowerShell 以結束代碼 {status} 結束，Windows 的訊息（原文）：「{text}」\
        PowerShell ended with status {status}; Windows said (quoted): \"{text}\"\
        windows.read.interopOff\
        這是 WSL，但 WSL 的 Windows 互通功能關閉了（/etc/wsl.conf 的 [interop] enabled=false？），無法啟動 Windows 程式\
        this is WSL, but its Windows interop is off ([interop] enabled=false in /etc/wsl.conf?), so Windows programs cannot be started\
        windows.read.powershellMissing\
        找不到 {path}（WSL 的 Windows 互通功能關閉了，或沒有掛載 Windows 磁碟？）\
        {path} is not there (is WSL's Windows interop off, or the Windows drive not mounted?)\
        windows.read.timedOut\
        PowerShell 在 {seconds} 秒內沒有回應\
        PowerShell did not answer within {seconds} s\
        windows.read.unreachable\
        這是 WSL，但無法從這裡啟動 Windows 程式：{path} 不存在或不能執行（Windows 磁碟沒有掛載在那裡？）\
        this is WSL, but no Windows program can be started from here: {path} is missing or cannot be run (is the Windows drive mounted there?)\
        windows.read.unreadable\
        PowerShell 的回答不是預期的格式\
        PowerShell's answer is not in the expected form\
        windows.run.cannotRender\
        產品名稱或 KMS 伺服器的設定無法寫進指令；請檢查 --host 或設定檔\
        a product name or the KMS host setting cannot go into the commands; check --host or the config file\
        windows.run.cannotStart\
        無法啟動 {path}（{reason}）\
        {path} cannot be started ({reason})\
        windows.run.notWSL\
        這裡不是 WSL：請改在 Windows 電腦上以系統管理員身分執行認證程式（kmswizard script --out 檔案）\
        this is not WSL: run the activation file (kmswizard script --out FILE) on the Windows PC as administrator instead\
        wizard.activation.detail\
        技術代碼：{detail}\
        Technical code: {detail}\
        wizard.activation.failed\
        {name}：KMS 伺服器檢查失敗（{code}）\
        {name}: host check failed ({code})\
        wizard.activation.failedNoCode\
        {name}：KMS 伺服器檢查失敗\
        {name}: host check failed\
        wizard.activation.fix\
        解決方法：{fix}\
        How to fix it: {fix}\
        wizard.activation.intro\
        先由這台電腦向 KMS 伺服器檢查每個產品（這不會改變任何 Windows），再進行真正啟用的步驟。\
        First this computer checks each product with the KMS host (this changes nothing on any Windows); then comes the step that activates.\
        wizard.activation.ok\
        {name}：KMS 伺服器檢查通過，伺服器會啟用這個產品（ePID {epid}，用戶端數 {count}）\
        {name}: host check passed, the KMS host would activate it (ePID {epid}, client count {count})\
        wizard.activation.running\
        {name}：正在向 KMS 伺服器檢查…\
        {name}: checking with the KMS host...\
        wizard.activation.unavailable\
        {name}：無法檢查：{reason}\
        {name}: cannot be checked: {reason}\
        wizard.activation.waiting\
        {name}：等待檢查\
        {name}: waiting for its check\
        wizard.check.unavailable\
        這項檢查目前無法執行：{reason}\
        This check cannot run: {reason}\
        wizard.check.withValue\
        {message}（{value}）\
        {message} ({value})\
        wizard.clock.continueAnyway\
        時鐘或時區的檢查沒有通過，KMS 伺服器可能會拒絕（0xC004F06C）。您仍可按 Enter 繼續；請先依上面的說明確認 Windows 電腦的時間與時區（UTC+08:00 台北），再執行認證程式。\
        The clock or timezone check did not pass; the KMS host may refuse (0xC004F06C). You can still press Enter to go on; check the Windows PC's time and timezone (UTC+08:00 Taipei) as explained above before running the activation file.\
        wizard.clock.hint.offline\
        上一步發現這台電腦沒有連上網路，所以無法向校時伺服器取得時間：請先連上網路（校內的有線或無線網路，或其他網路），再按 r 重新檢查；時鐘沒有檢查也可以繼續。\
        The previous step found this computer without a network, so the time reference cannot be asked: connect to a network first (the campus wired or wireless network, or any other), then press r to check again; you can also go on with the clock unchecked.\
        wizard.clock.hint.unmeasured\
        請確認這台電腦的網路可以連到校時伺服器 {host} 的 UDP 連接埠 {port}（防火牆或網路可能擋住了），再按 r 重新檢查；時鐘沒有檢查也可以繼續。\
        Check that this computer's network reaches the time reference {host} on UDP port {port} (a firewall or the network may block it), then press r to check again; you can also go on with the clock unchecked.\
        wizard.clock.reference\
        校時伺服器\
        Time reference\
        wizard.clock.running\
        正在比對時鐘與校時伺服器，並檢查時區…\
        Comparing the clock with the time reference and checking the timezone...\
        wizard.enlarge\
        請放大視窗：至少 {width}x{height}\
        Please enlarge: need {width}x{height}\
        wizard.file.cannotRender\
        無法產生認證程式 {path}：產品名稱或 KMS 伺服器的設定無法寫進批次檔；請檢查 --host 或設定檔，或回報這個問題。\
        The activation file {path} cannot be made: a product name or the KMS host setting cannot go into a batch file; check --host or the config file, or report this problem.\
        wizard.file.failed\
        無法寫入認證程式 {path}：{reason}\
        The activation file {path} cannot be written: {reason}\
        wizard.file.failedHint\
        按 o 換一個資料夾再試一次。\
        Press o to try another folder.\
        wizard.file.folderHowTo\
        輸入要放認證程式的資料夾（可用 ~ 代表家目錄），按 Enter 寫入，Esc 取消。\
        Type the folder for the activation file (~ is your home folder), Enter writes it there, Esc cancels.\
        wizard.file.folderHowToPlain\
        輸入要放認證程式的資料夾（可用 ~ 代表家目錄）；直接按 Enter（空白行）就寫到家目錄。\
        Type the folder for the activation file (~ is your home folder); an empty line writes it to your home folder.\
        wizard.file.folderPrompt\
        寫到哪個資料夾\
        Write to folder\
        wizard.file.notYet\
        Windows 還沒有回報啟用；要在 Windows 電腦上執行這個檔案，才會真正啟用：\
        Windows has not reported an activation yet; the activation happens when this file runs on the Windows PC:\
        wizard.file.step1\
        1. 把這個檔案複製到要啟用的 Windows 電腦（隨身碟、雲端硬碟或電子郵件都可以）。\
        1. Copy this file to the Windows PC to activate (USB stick, cloud drive or e-mail).\
        wizard.file.step2\
        2. 讓那台電腦在校內網路上，或先用 FortiClient 連上 SSL VPN（伺服器 {vpn}，單一認證帳號與密碼）。\
        2. Put that PC on the campus network, or connect the SSL VPN with FortiClient first (server {vpn}, campus single-sign-on account and password).\
        wizard.file.step3\
        3. 對檔案按右鍵 →「以系統管理員身分執行」。\
        3. Right-click the file → \"Run as administrator\".\
        wizard.file.step4\
        4. 成功時會顯示「產品已成功啟用。」；出現錯誤代碼時，檔案會說明原因與解法（例如 0x80070005：沒有以系統管理員身分執行；0xC004F074：連不到 KMS 伺服器）。也可以用 kmswizard explain 代碼 查詢。\
        4. On success it shows \"Product activated successfully.\"; on an error code it explains the cause and the fix (e.g. 0x80070005: not run as administrator; 0xC004F074: the KMS host cannot be reached). kmswizard explain CODE says more.\
        wizard.file.title\
        真正的啟用：在 Windows 電腦上執行認證程式\
        The activation itself: run the activation file on the Windows PC\
        wizard.file.writing\
        正在產生認證程式…\
        Writing the activation file...\
        wizard.file.written\
        已產生認證程式：{path}\
        Activation file written: {path}\
        wizard.help.back\
        b：回到上一步\
        b: back to the previous step\
        wizard.help.close\
        按其他任一鍵回到精靈（方向鍵、PgUp、PgDn 捲動這份說明）。\
        Press any other key to return to the wizard (the arrow keys and PgUp/PgDn scroll this help).\
        wizard.help.closePlain\
        按 Enter 回到精靈。\
        Press Enter to return to the wizard.\
        wizard.help.diagnose\
        d：啟用失敗時，跳到可能出問題的檢查\
        d: after a failed activation, go to the check that most likely failed\
        wizard.help.enter\
        Enter：選擇或繼續下一步\
        Enter: choose, or go on to the next step\
        wizard.help.enterPlain\
        只按 Enter（空白行）：選擇目前的項目或繼續下一步\
        Enter on an empty line: choose, or go on to the next step\
        wizard.help.help\
        ?：顯示這個說明\
        ?: show this help\
        wizard.help.jump\
        PgUp、PgDn：一次移動五列（沒有清單時捲動一頁）；Home、End：跳到第一列或最後一列\
        PgUp/PgDn: move five rows (a page without a list scrolls a screenful); Home/End: jump to the first or last row\
        wizard.help.language\
        l：切換中文與英文\
        l: switch between Chinese and English\
        wizard.help.move\
        上、下方向鍵或 j、k：在清單中移動（分類標題會跳過）；沒有清單的頁面則上下捲動\
        Up/Down arrow keys or j/k: move in a list (group headings are skipped); on a page without a list, scroll it\
        wizard.help.number\
        輸入編號再按 Enter：選擇或勾選那一列\
        A row's number, then Enter: choose or tick that row\
        wizard.help.print\
        p：在狀態畫面寫出可列印的純文字檔\
        p: on the status screen, write a plain-text file to print\
        wizard.help.quit\
        q：離開（有工作進行中時會先問您）\
        q: quit (asks first while work is running)\
        wizard.help.retry\
        r：重新檢查或重試失敗的啟用\
        r: check again, or retry a failed activation\
        wizard.help.space\
        空白鍵：在產品清單中勾選或取消\
        Space: tick or untick a product\
        wizard.help.title\
        按鍵說明\
        Keys\
        wizard.help.windows\
        w：（在 WSL 中）直接在這台 Windows 上執行啟用指令，失敗時再按一次重試\
        w: (inside WSL) run the activation commands on this Windows; press it again to retry after a failure\
        wizard.identity.assistant\
        助理\
        Assistant\
        wizard.identity.graduate\
        畢業生\
        Graduate\
        wizard.identity.graduateNote\
        一、向學校申請畢業生專用的授權光碟版本，安裝後不需要重新認證；二、繼續使用 KMS 啟用，但每 180 天內要連回校內網路（或用 SSL VPN）重新認證一次，否則授權會失效。要用 KMS 啟用，請按 Enter 繼續。\
        1. Ask the university for the graduate disc edition, which never needs re-activating; or 2. keep using KMS activation, connecting back to the campus network (or the SSL VPN) at least every 180 days to re-activate, or it lapses. To use KMS activation, press Enter.\
        wizard.identity.graduateTitle\
        畢業生有兩種選擇\
        Graduates have two options\
        wizard.identity.notSaved\
        無法記住您的身分：{reason}\
        Your answer could not be remembered: {reason}\
        wizard.identity.outsider\
        以上皆非\
        None of these\
        wizard.identity.outsiderHelp\
        如果您認為這是錯的，請帶著學校帳號洽詢電子計算中心。\
        If you think this is wrong, contact the Computer Center with your university account.\
        wizard.identity.outsiderNote\
        學校的授權只涵蓋教職員生，您不在授權範圍內，不能用學校的 KMS 伺服器啟用。\
        The campus licence covers staff, teachers and students only; you are not licensed to activate against the university's KMS host.\
        wizard.identity.question\
        您是哪一種身分？學校的授權涵蓋下列人員：\
        Who are you? The campus licence covers these people:\
        wizard.identity.staff\
        職員\
        Staff\
        wizard.identity.student\
        在學學生\
        Student\
        wizard.identity.ta\
        教學助理（TA）\
        Teaching assistant (TA)\
        wizard.identity.teacher\
        教師\
        Teacher\
        wizard.interrupted\
        精靈被中斷，終端機已還原。\
        The wizard was interrupted; the terminal has been restored.\
        wizard.key.any\
        任意鍵\
        any key\
        wizard.key.back\
        返回\
        back\
        wizard.key.cancel\
        取消\
        cancel\
        wizard.key.choose\
        選擇\
        choose\
        wizard.key.close\
        關閉說明\
        close help\
        wizard.key.continue\
        繼續\
        continue\
        wizard.key.continueAnyway\
        仍要繼續\
        continue anyway\
        wizard.key.diagnose\
        查看診斷\
        diagnostics\
        wizard.key.emptyLine\
        空白行\
        empty line\
        wizard.key.finish\
        完成\
        finish\
        wizard.key.help\
        說明\
        help\
        wizard.key.homeFolder\
        家目錄\
        home folder\
        wizard.key.move\
        移動\
        move\
        wizard.key.otherFolder\
        換資料夾\
        other folder\
        wizard.key.print\
        寫出可列印檔案\
        write printable file\
        wizard.key.quit\
        離開\
        quit\
        wizard.key.quitNo\
        繼續\
        stay\
        wizard.key.quitYes\
        離開\
        quit\
        wizard.key.recheck\
        重新檢查\
        check again\
        wizard.key.retry\
        重試\
        retry\
        wizard.key.showAgain\
        再顯示整頁\
        show the whole page again\
        wizard.key.showStatus\
        查看狀態\
        status\
        wizard.key.spaceName\
        空白鍵\
        Space\
        wizard.key.start\
        開始\
        start\
        wizard.key.toggle\
        勾選\
        tick\
        wizard.key.windows\
        在這台 Windows 啟用\
        activate this Windows\
        wizard.key.windowsAgain\
        在 Windows 再試一次\
        run on Windows again\
        wizard.key.writeHere\
        寫到這裡\
        write here\
        wizard.more\
        第 {first}–{last} 列，共 {total} 列（PgUp/PgDn）\
        rows {first}-{last} of {total} (PgUp/PgDn)\
        wizard.network.continueAnyway\
        從這裡連不到 KMS 伺服器，這次的 KMS 伺服器檢查多半會失敗。您仍可按 Enter 繼續：認證程式照樣會產生，請在 Windows 電腦連上校內網路或 SSL VPN 之後再執行它。\
        The KMS host cannot be reached from here, so the host check will likely fail. You can still press Enter to go on: the activation file is written anyway; run it on the Windows PC once it is on the campus network or the SSL VPN.\
        wizard.network.running\
        正在檢查網路：校園網路或 VPN、DNS、到 KMS 伺服器的連線…\
        Checking the network: campus or VPN, DNS, the connection to the KMS host...\
        wizard.noTerminal\
        精靈需要在終端機中執行，但標準輸入或輸出不是終端機。\
        The wizard needs a terminal, but standard input or output is not one.\
        wizard.noTerminalHint\
        請改用 kmswizard --plain（逐行問答），或一般指令：kmswizard activate、kmswizard diagnose、kmswizard status、kmswizard products。\
        Use kmswizard --plain (line-by-line prompts) or the plain commands: kmswizard activate, kmswizard diagnose, kmswizard status, kmswizard products.\
        wizard.noUTF8Locale\
        這台電腦沒有 UTF-8 語系（C.UTF-8、en_US.UTF-8），終端機無法顯示中文，所以精靈以 ASCII 和英文顯示。請安裝 UTF-8 語系（Debian/Ubuntu：sudo apt install locales，再執行 sudo dpkg-reconfigure locales），或使用 kmswizard 的一般指令。\
        This computer has no UTF-8 locale (C.UTF-8, en_US.UTF-8), so the wizard drew in ASCII and English. Install one (Debian/Ubuntu: sudo apt install locales, then sudo dpkg-reconfigure locales) for the Chinese screens, or use kmswizard's plain commands.\
        wizard.plain.inputEnded\
        輸入在精靈走完之前就結束了（停在「{step}」這一步）。\
        The input ended before the wizard was done (at the step \"{step}\").\
        wizard.plain.inputEndedHint\
        每一行輸入是一個答案；請一直回答到「狀態」這一步，或輸入 q 離開。\
        Each line of input is one answer; answer up to the Status step, or type q to quit.\
        wizard.plain.noChoices\
        這一頁沒有編號可選，「{answer}」無法使用。\
        This page has no numbered items, so \"{answer}\" does nothing here.\
        wizard.plain.noSuchChoice\
        沒有第 {answer} 項（這一頁的編號是 1 到 {count}）。\
        There is no item {answer} (this page numbers 1 to {count}).\
        wizard.plain.noSuchKey\
        這一頁沒有「{answer}」這個按鍵。\
        This page has no key \"{answer}\".\
        wizard.plain.notOneAnswer\
        無法使用「{answer}」：一行只能輸入一個編號或一個按鍵。\
        \"{answer}\" cannot be used: type one number or one key per line.\
        wizard.plain.refusal\
        {why}{takes}\
        {why} {takes}\
        wizard.plain.takesKeys\
        請輸入按鍵 {keys}，或只按 Enter。\
        Type a key ({keys}), or just Enter.\
        wizard.plain.takesNumbers\
        請輸入 1 到 {count} 的編號、按鍵 {keys}，或只按 Enter。\
        Type a number from 1 to {count}, a key ({keys}), or just Enter.\
        wizard.plain.unchanged\
        完成；結果與上面顯示的相同。\
        Done; the result is the same as shown above.\
        wizard.print.failed\
        無法寫出可列印的狀態 {path}：{reason}\
        The printable status {path} could not be written: {reason}\
        wizard.print.generated\
        產生時間：{at}\
        Generated: {at}\
        wizard.print.heading\
        kmswizard 啟用狀態報告\
        kmswizard activation status report\
        wizard.print.writing\
        正在寫出可列印的狀態…\
        Writing the printable status...\
        wizard.print.written\
        可列印的狀態已寫到 {path}\
        The printable status was written to {path}\
        wizard.products.daysLeft\
        ，剩 {days}\
        , {days} left\
        wizard.products.group.office\
        Office\
        Office\
        wizard.products.group.project\
        Project\
        Project\
        wizard.products.group.visio\
        Visio\
        Visio\
        wizard.products.group.windows\
        Windows（桌上型與筆記型電腦）\
        Windows (desktops and laptops)\
        wizard.products.group.windowsServer\
        Windows Server（伺服器）\
        Windows Server\
        wizard.products.howTo\
        請勾選要啟用的產品（空白鍵或 Enter），再選最後一列開始（End 鍵直接跳到那裡）。\
        Tick the products to activate (Space or Enter), then choose the last row to start (End jumps there).\
        wizard.products.howToPlain\
        請輸入產品前面的編號來勾選或取消，再輸入最後一個編號開始啟用。\
        Type a product's number to tick or untick it, then the last number to start.\
        wizard.products.intro\
        {howTo}每個版本需要的通訊協定和識別碼會自動選好，不必擔心 Office 2010 與 2013 的檔案不能混用。\
        {howTo} The right protocol and IDs for each version are chosen for you, so Office 2010 and 2013 files can no longer be mixed up.\
        wizard.products.licensedOtherwise\
        {name}：Windows 回報已用零售、OEM 或 MAK 授權啟用（{channel}），不需要 KMS，也不要改用大量授權的 KMS 金鑰。\
        {name}: Windows reports it activated with a retail, OEM or MAK licence ({channel}); it needs no KMS, and no KMS client key should replace it.\
        wizard.products.loading\
        正在讀取產品目錄…\
        Loading the product catalog...\
        wizard.products.notKMS\
        {name}：KMS 無法啟用這個產品（{channel}，例如 Windows 家用版或零售版 Office）；它需要自己的產品金鑰，請洽電子計算中心。\
        {name}: KMS cannot activate this product ({channel}, e.g. Windows Home or a retail Office); it needs its own product key: ask the Computer Center.\
        wizard.products.nothingChosen\
        還沒有勾選任何產品：請先用空白鍵或 Enter 勾選要啟用的產品，再選這一列開始。\
        Nothing is ticked yet: tick the products to activate with Space or Enter first, then choose this row to start.\
        wizard.products.start\
        開始（已選 {count} 項）\
        Start ({count} chosen)\
        wizard.products.unavailable\
        無法讀取產品目錄：{reason}\
        The product catalog cannot be read: {reason}\
        wizard.products.whichEdition\
        不確定是哪個版本？在要啟用的 Windows 電腦上按 Win+R，輸入 winver 再按 Enter 就會看到（專業版 = Pro，教育版 = Education，企業版 = Enterprise）。Windows 家用版無法用 KMS 啟用，請洽電子計算中心。\
        Not sure which edition? On the Windows PC to activate, press Win+R, type winver and press Enter to see it. Windows Home cannot be activated by KMS: ask the Computer Center.\
        wizard.products.windowsDetail\
        Windows：{state}{left}，金鑰 …{key}\
        Windows: {state}{left}, key …{key}\
        wizard.products.windowsNoKMS\
        Windows 沒有回報安裝任何可由 KMS 啟用的產品；需要時請自行勾選。\
        Windows reports no installed product that KMS activates; tick what you need yourself.\
        wizard.products.windowsPreselected\
        已依 Windows 回報的已安裝產品預先勾選；每一列顯示 Windows 自己回報的狀態。\
        The products Windows reports installed are ticked; each row shows the state Windows itself reports.\
        wizard.products.windowsUnread\
        讀不到 Windows 的授權狀態：{reason}。請自行勾選要啟用的產品。\
        Windows' licence state cannot be read: {reason}. Tick the products to activate yourself.\
        wizard.quit.confirm\
        還有工作正在進行，確定要離開嗎？按 y 離開，按其他鍵繼續。\
        Work is still running. Quit anyway? Press y to quit, any other key to stay.\
        wizard.state.notSaved\
        這次的結果沒有存進狀態檔：{reason}。畫面上的結果仍然正確，但 kmswizard status 和下次啟動時不會記得。\
        This result was not saved in the state file: {reason}. What the screen shows is still right, but kmswizard status and the next run will not remember it.\
        wizard.state.problem\
        無法讀取記錄檔：{reason}\
        The state file cannot be read: {reason}\
        wizard.status.activationFile\
        認證程式：{path}（產生於 {at}）\
        Activation file: {path} (written {at})\
        wizard.status.clock\
        時鐘誤差\
        Clock offset\
        wizard.status.graceUntil\
        ，寬限期到 {until}\
        ; grace period until {until}\
        wizard.status.host\
        KMS 伺服器\
        KMS host\
        wizard.status.hostCheckFailed\
        KMS 伺服器檢查：{at} 失敗（{code}）\
        Host check: failed {at} ({code})\
        wizard.status.hostCheckFailedNoCode\
        KMS 伺服器檢查：{at} 失敗\
        Host check: failed {at}\
        wizard.status.hostCheckNone\
        KMS 伺服器檢查：尚未進行\
        Host check: not done yet\
        wizard.status.hostCheckPassed\
        KMS 伺服器檢查：{at} 通過，{host} 會啟用（ePID {epid}，用戶端數 {count}）\
        Host check: passed {at}, {host} would activate it (ePID {epid}, client count {count})\
        wizard.status.hostProbe\
        KMS 伺服器探測\
        Host probe\
        wizard.status.hostProbeValue\
        {at} {host} 有回應（用戶端數 {count}）\
        {host} answered {at} (client count {count})\
        wizard.status.identity\
        身分\
        Identity\
        wizard.status.kmsAuto\
        自動尋找\
        found automatically\
        wizard.status.network\
        網路\
        Network path\
        wizard.status.next\
        接下來\
        What to do next\
        wizard.status.nextChoose\
        執行 kmswizard，選擇產品、檢查 KMS 伺服器並產生認證程式。\
        Run kmswizard to choose your products, check the KMS host and write the activation file.\
        wizard.status.nextRenew\
        目前不需要做什麼。Windows 連得到 KMS 伺服器時，每 7 天會自動重新認證；最晚請在 {due} 前讓它連上校內網路或 SSL VPN。\
        Nothing to do now. Windows re-activates by itself every 7 days when it reaches the KMS host; let it reach the campus network or the SSL VPN before {due} at the latest.\
        wizard.status.none\
        （無）\
        (none)\
        wizard.status.notChecked\
        （這次沒有檢查）\
        (not checked this time)\
        wizard.status.products\
        產品\
        Products\
        wizard.status.source.live\
        剛從這台 Windows 讀取\
        read from this Windows just now\
        wizard.status.source.notHere\
        不在 WSL 裡，這台電腦讀不到 Windows\
        not inside WSL: Windows cannot be read here\
        wizard.status.source.reading\
        正在讀取…\
        being read…\
        wizard.status.source.stored\
        這次讀不到，顯示上次讀到的\
        not readable now; the last reading is shown\
        wizard.status.timezone\
        時區\
        Timezone\
        wizard.status.windowsActivated\
        {name}：Windows 已啟用（Windows 回報），KMS 啟用在 {deadline} 到期（剩 {days}）\
        {name}: activated, as Windows reports; its KMS activation expires {deadline} ({days} left)\
        wizard.status.windowsActivatedPermanent\
        {name}：Windows 已啟用（Windows 回報，不會到期）\
        {name}: activated, as Windows reports (it does not expire)\
        wizard.status.windowsExpired\
        {name}：Windows 回報的 KMS 啟用已在 {deadline} 到期\
        {name}: the KMS activation Windows reported expired {deadline}\
        wizard.status.windowsNotActivated\
        {name}：Windows 回報尚未啟用（{state}）{grace}\
        {name}: Windows reports it not activated ({state}){grace}\
        wizard.status.windowsNotReported\
        {name}：Windows 尚未回報啟用\
        {name}: Windows has not reported an activation\
        wizard.status.windowsRead\
        Windows 回報（讀取於 {at}）：通道 {channel}，金鑰 …{key}，KMS 伺服器 {host}\
        Windows reported ({at}): channel {channel}, key …{key}, KMS host {host}\
        wizard.status.windowsSource\
        Windows 回報\
        Windows' word\
        wizard.status.windowsUnread\
        這次讀不到 Windows 的授權狀態（{reason}）；上面是上次讀到的狀態，請稍後再執行 kmswizard status。\
        Windows' licence state could not be read now ({reason}); the last reading is shown above: run kmswizard status again later.\
        wizard.step.activation\
        檢查與啟用\
        Check and activate\
        wizard.step.clock\
        時鐘與時區\
        Clock and timezone\
        wizard.step.identity\
        身分\
        Who you are\
        wizard.step.network\
        網路\
        Network\
        wizard.step.products\
        產品\
        Products\
        wizard.step.status\
        狀態\
        Status\
        wizard.step.welcome\
        歡迎\
        Welcome\
        wizard.title\
        啟用精靈\
        Activation wizard\
        wizard.unavailable.activation\
        這個版本還沒有 KMS 啟用引擎\
        this build has no KMS activation engine yet\
        wizard.unknownTerminal\
        無法使用這個終端機（TERM={term}）。\
        This terminal cannot be used (TERM={term}).\
        wizard.welcome.chooseLanguage\
        請選擇語言（隨時可按 l 切換）：\
        Choose a language (press l any time to switch):\
        wizard.welcome.intro\
        這個精靈會一步一步帶您用學校的 KMS 伺服器啟用校園授權的 Windows 和 Office：確認您的身分、檢查網路與時鐘、選擇產品、檢查 KMS 伺服器並進行啟用，最後給您一份可以列印的狀態報告。\
        This wizard walks you through activating the campus-licensed Windows and Office against the university's KMS host: who you are, network and clock checks, choosing products, checking the KMS host and activating, and finally a status report you can print.\
        wizard.welcome.safe\
        每一步都會先說明要做什麼；沒有您的確認，程式不會更改任何東西。\
        Each step says what it will do first; nothing is changed without your say-so.\
        wizard.welcome.scopeLinux\
        這台電腦不是 Windows（也不在 WSL 裡），所以這次能做的是：檢查 KMS 伺服器會不會啟用您的產品，並產生在 Windows 電腦上執行的認證程式（.cmd 檔）。真正的啟用，要在 Windows 電腦上以系統管理員身分執行那個檔案。\
        This computer is not Windows (and not WSL), so this run can: check that the KMS host would activate your products, and write the activation file (.cmd) for your Windows PC. The activation itself happens when you run that file on the PC as administrator.\
        wizard.welcome.scopeWSL\
        這個 Linux 在 Windows 的 WSL 裡執行，所以這次能做的是：檢查 KMS 伺服器、直接啟用這台 Windows（終端機須以系統管理員身分執行），並讀回 Windows 自己回報的啟用狀態。\
        This Linux runs in WSL on Windows, so this run can: check the KMS host, activate this Windows directly (the terminal must run as administrator), and read back the activation state Windows itself reports.\
        wizard.windows.activated\
        {name}：Windows 回報已成功啟用\
        {name}: Windows reports it is activated\
        wizard.windows.alreadyActivated\
        Windows 回報所選的產品都已啟用，不需要在這台 Windows 上再執行什麼。\
        Windows reports every chosen product activated: nothing needs to run on this Windows.\
        wizard.windows.cannotRun\
        無法在這台 Windows 上執行啟用指令：{reason}\
        The activation commands cannot run on this Windows: {reason}\
        wizard.windows.elevate\
        關閉這個視窗，在「Windows 終端機」（或 WSL 的圖示）上按右鍵，選「以系統管理員身分執行」，再執行 kmswizard，到這一步按 w。\
        Close this window, right-click Windows Terminal (or the WSL icon), choose \"Run as administrator\", start kmswizard again and press w at this step.\
        wizard.windows.failed\
        {name}：Windows 回報錯誤 {code}（{title}）\
        {name}: Windows reports error {code} ({title})\
        wizard.windows.offer\
        這個 Linux 是在 Windows 的 WSL 裡執行：可以直接在這台 Windows 上執行學校的啟用指令（slmgr.vbs、ospp.vbs），並讀回 Windows 的結果。終端機必須是以系統管理員身分開啟的。\
        This Linux runs in WSL on Windows: the school's activation commands (slmgr.vbs, ospp.vbs) can run on this Windows now and kmswizard reads back what Windows says. The terminal must have been opened as administrator.\
        wizard.windows.officeMissing\
        {name}：在 {folder} 資料夾裡找不到 ospp.vbs，這台 Windows 有安裝這個 Office 嗎？\
        {name}: there is no ospp.vbs in the {folder} folder; is this Office installed on this Windows?\
        wizard.windows.reading\
        正在讀取 Windows 自己回報的授權狀態…\
        Reading the licence state Windows itself reports...\
        wizard.windows.refused\
        Windows 拒絕執行啟用指令：{code}（{title}）\
        Windows refused to run the activation commands: {code} ({title})\
        wizard.windows.running\
        正在這台 Windows 上執行啟用指令（可能要一兩分鐘）…\
        Running the activation commands on this Windows (this can take a minute or two)...\
        wizard.windows.said\
        Windows 的訊息：{text}\
        Windows said: {text}\
        wizard.windows.stateTitle\
        Windows 現在回報的狀態\
        What Windows reports now\
        wizard.windows.title\
        在這台 Windows 上的結果\
        Result on this Windows\
        wizard.windows.unread\
        讀不到 Windows 自己回報的授權狀態：{reason}。上面是 Windows 執行指令時印出的結果。\
        Windows' own licence state cannot be read: {reason}. What Windows printed while running the commands is shown above.\
        wizard.windows.unrecognized\
        {name}：看不出 Windows 是否已啟用（輸出裡沒有成功訊息，也沒有錯誤代碼）\
        {name}: cannot tell whether Windows activated it (its output has neither a success line nor an error code)
        """

    /// Where each piece starts in `bytes`, then where the last one ends.
    static let starts: [UInt32] = [
        0, 21, 76, 119, 141, 213, 271, 293, 398, 493, 519, 624,
        718, 738, 808, 863, 891, 963, 1037, 1068, 1155, 1219, 1243, 1290,
        1347, 1370, 1399, 1426, 1446, 1499, 1559, 1584, 1639, 1700, 1722, 1758,
        1802, 1827, 1889, 1935, 1959, 2030, 2110, 2135, 2203, 2282, 2312, 2359,
        2417, 2441, 2503, 2573, 2601, 2637, 2675, 2703, 2800, 2896, 2913, 3012,
        3128, 3150, 3215, 3278, 3297, 3336, 3382, 3403, 3490, 3597, 3619, 3725,
        3826, 3847, 3940, 4014, 4034, 4107, 4197, 4214, 4507, 4775, 4793, 5083,
        5344, 5384, 5408, 5438, 5465, 5480, 5492, 5518, 5529, 5538, 5564, 5577,
        5585, 5619, 5631, 5644, 5678, 5696, 5712, 5744, 5756, 5767, 5793, 5808,
        5824, 5854, 5860, 5868, 5905, 5941, 5969, 5994, 6006, 6016, 6047, 6050,
        6052, 6083, 6104, 6122, 6143, 6174, 6199, 6231, 6280, 6325, 6352, 6399,
        6437, 6469, 6537, 6603, 6637, 6648, 6655, 6681, 6708, 6727, 6756, 6783,
        6811, 6840, 6987, 7173, 7199, 7299, 7405, 7419, 7438, 7452, 7478, 7490,
        7497, 7516, 7535, 7539, 7561, 7567, 7570, 7593, 7599, 7604, 7628, 7634,
        7644, 7662, 7765, 7859, 7880, 7934, 7995, 8018, 8064, 8113, 8134, 8199,
        8264, 8286, 8380, 8474, 8498, 8540, 8591, 8622, 8720, 8815, 8837, 8922,
        8994, 9013, 9091, 9156, 9180, 9224, 9267, 9289, 9320, 9341, 9360, 9446,
        9525, 9548, 9588, 9619, 9648, 9713, 9761, 9776, 9861, 9931, 9944, 9956,
        9971, 9987, 9993, 9998, 10017, 10070, 10119, 10134, 10153, 10169, 10195, 10361,
        10514, 10537, 10627, 10709, 10737, 11597, 12430, 12456, 12534, 12594, 12619, 12714,
        12804, 12830, 12910, 12976, 13000, 13108, 13204, 13230, 13997, 14713, 14739, 14850,
        14953, 14981, 15327, 15660, 15685, 15751, 15819, 15840, 15852, 15867, 15894, 16219,
        16539, 16560, 16607, 16651, 16672, 16687, 16709, 16739, 16787, 16834, 16858, 16873,
        16890, 16911, 17116, 17291, 17313, 17386, 17447, 17468, 17570, 17641, 17663, 17744,
        17819, 17839, 17924, 18008, 18028, 18117, 18184, 18204, 18331, 18446, 18465, 18528,
        18582, 18605, 18693, 18770, 18796, 18899, 18997, 19025, 19345, 19642, 19666, 19713,
        19750, 19772, 19851, 19934, 19958, 20048, 20136, 20162, 20362, 20550, 20569, 20655,
        20729, 20752, 20830, 20901, 20927, 20997, 21073, 21098, 21154, 21212, 21235, 21367,
        21490, 21508, 21588, 21657, 21682, 22138, 22519, 22539, 22620, 22684, 22706, 22812,
        22916, 22940, 23507, 24072, 24096, 24185, 24280, 24306, 24673, 25021, 25047, 25135,
        25224, 25250, 25360, 25452, 25471, 25528, 25583, 25606, 25708, 25802, 25821, 25896,
        25971, 25995, 26114, 26222, 26248, 26444, 26638, 26659, 26750, 26836, 26860, 26976,
        27100, 27126, 27582, 27982, 28003, 28108, 28197, 28211, 28217, 28227, 28242, 28267,
        28291, 28310, 28367, 28424, 28448, 28509, 28568, 28585, 28614, 28647, 28664, 28705,
        28757, 28778, 28935, 29088, 29104, 29243, 29391, 29412, 29493, 29585, 29597, 29636,
        29678, 29696, 29730, 29759, 29775, 29845, 29911, 29929, 29954, 29983, 29998, 30049,
        30088, 30104, 30182, 30241, 30267, 30319, 30368, 30394, 30443, 30483, 30507, 30537,
        30562, 30585, 30631, 30668, 30686, 30741, 30788, 30802, 30856, 30895, 30918, 30921,
        30923, 30943, 30998, 31041, 31066, 31092, 31115, 31137, 31170, 31202, 31221, 31295,
        31362, 31382, 31447, 31496, 31514, 31566, 31605, 31627, 31691, 31741, 31760, 31794,
        31828, 31845, 31871, 31892, 31910, 31926, 31940, 31957, 32026, 32084, 32108, 32149,
        32185, 32217, 32287, 32350, 32373, 32414, 32447, 32478, 32548, 32608, 32628, 32655,
        32688, 32708, 32805, 32907, 32926, 32960, 33002, 33021, 33037, 33048, 33071, 33087,
        33097, 33118, 33131, 33144, 33169, 33182, 33194, 33210, 33217, 33225, 33245, 33252,
        33259, 33276, 33286, 33295, 33316, 33326, 33334, 33353, 33363, 33374, 33397, 33407,
        33417, 33433, 33454, 33474, 33489, 33510, 33529, 33553, 33597, 33648, 33665, 33692,
        33720, 33736, 33798, 33852, 33869, 33911, 33952, 33969, 33987, 34006, 34025, 34079,
        34132, 34148, 34203, 34262, 34285, 34401, 34504, 34520, 34631, 34735, 34759, 34803,
        34848, 34870, 34898, 34925, 34945, 35027, 35105, 35128, 35179, 35244, 35269, 35317,
        35367, 35392, 35415, 35439, 35460, 35469, 35476, 35501, 35524, 35546, 35564, 35595,
        35614, 35632, 35654, 35665, 35685, 35714, 35731, 35762, 35801, 35836, 35859, 35929,
        35986, 36009, 36033, 36059, 36087, 36118, 36158, 36183, 36235, 36296, 36323, 36345,
        36372, 36398, 36452, 36511, 36541, 36624, 36725, 36756, 36814, 36872, 36904, 36931,
        36962, 36979, 37028, 37081, 37099, 37144, 37180, 37199, 37246, 37287, 37309, 37333,
        37364, 37385, 37442, 37504, 37533, 37607, 37667, 37695, 37725, 37752, 37780, 37825,
        37859, 37888, 37952, 38015, 38032, 38060, 38092, 38112, 38154, 38203, 38233, 38403,
        38564, 38594, 38760, 38932, 38958, 39089, 39230, 39262, 39317, 39404, 39436, 39490,
        39552, 39584, 39626, 39690, 39722, 39790, 39872, 39907, 40046, 40178, 40221, 40386,
        40537, 40571, 40757, 40930, 40960, 41113, 41272, 41301, 41449, 41584, 41613, 41810,
        41990, 42014, 42295, 42583, 42610, 42807, 42996, 43020, 43124, 43217, 43240, 43327,
        43399, 43424, 43502, 43570, 43597, 43659, 43736, 43756, 43759, 43764, 43785, 43788,
        43794, 43824, 43881, 43949, 43982, 44070, 44164, 44187, 44300, 44425, 44453, 44480,
        44500, 44529, 44559, 44581, 44612, 44636, 44658, 44686, 44734, 44775, 44806, 44856,
        44903, 44927, 44987, 45050, 45078, 45110, 45148, 45183, 45252, 45315, 45343, 45396,
        45448, 45476, 45521, 45564, 45595, 45662, 45726, 45754, 45779, 45804, 45839, 45884,
        45933, 45975, 45996, 46021, 46044, 46271, 46493, 46523, 46679, 46829, 46852, 46940,
        47032, 47054, 47248, 47446, 47474, 47486, 47499, 47517, 47566, 47610, 47628, 47796,
        47955, 47975, 48021, 48059, 48079, 48181, 48280, 48301, 48448, 48602, 48627, 48672,
        48719, 48739, 48783, 48829, 48860, 48869, 48881, 48905, 49156, 49353, 49377, 49409,
        49437, 49462, 49521, 49586, 49610, 49664, 49712, 49738, 49839, 49931, 49957, 50013,
        50070, 50096, 50130, 50157, 50188, 50240, 50289, 50314, 50362, 50411, 50439, 50487,
        50529, 50551, 50608, 50663, 50689, 50752, 50810, 50833, 50915, 51000, 51025, 51137,
        51239, 51264, 51326, 51395, 51418, 51480, 51534, 51564, 51640, 51721, 51745, 51810,
        51880, 51901, 52073, 52252, 52284, 52354, 52424, 52459, 52565, 52662, 52690, 52724,
        52757, 52780, 52845, 52917, 52946, 53021, 53111, 53136, 53198, 53266, 53294, 53363,
        53436, 53463, 53520, 53591, 53620, 53664, 53716, 53743, 53823, 53886, 53917, 53971,
        54037, 54064, 54132, 54200, 54223, 54298, 54372, 54396, 54548, 54695, 54725, 54737,
        54751, 54784, 54796, 54809, 54835, 54851, 54868, 54889, 54907, 54928, 54955, 54976,
        54986, 55009, 55021, 55032, 55058, 55070, 55084, 55109, 55121, 55128, 55155, 55165,
        55174, 55199, 55205, 55214, 55243, 55255, 55266, 55288, 55338, 55398, 55418, 55421,
        55423, 55442, 55454, 55464, 55492, 55495, 55497, 55519, 55525, 55532, 55550, 55558,
        55564, 55582, 55590, 55596, 55614, 55622, 55628, 55646, 55654, 55660, 55679, 55691,
        55696, 55713, 55729, 55732, 55749, 55765, 55777, 55803, 55822, 55836, 55857, 55869,
        55876, 55902, 55912, 55924, 55946, 55952, 55961, 55980, 56048, 56144, 56164, 56203,
        56256, 56278, 56352, 56449, 56472, 56533, 56605, 56621, 56691, 56775, 56797, 56851,
        56910, 56934, 56971, 56999, 57020, 57046, 57078, 57108, 57177, 57247, 57280, 57334,
        57383, 57405, 57471, 57544, 57566, 57653, 57727, 57749, 57824, 57894, 57919, 57980,
        58051, 58069, 58130, 58195, 58217, 58229, 58246, 58276, 58306, 58344, 58369, 58391,
        58417, 58445, 58463, 58483, 58507, 58523, 58533, 58559, 58586, 58614, 58640, 58655,
        58668, 58694, 58712, 58735, 58761, 58776, 58799, 58827, 58839, 58852, 58879, 58912,
        58933, 58961, 58991, 59016, 59042, 59054, 59066, 59094, 59106, 59124, 59146, 59167,
        59192, 59220, 59238, 59254, 59273, 59300, 59318, 59345, 59363, 59382, 59404, 59428,
        59453, 59475, 59493, 59518, 59540, 59558, 59574, 59595, 59616, 59639, 59660, 59684,
        59705, 59730, 59742, 59751, 59774, 59821, 59866, 59896, 60040, 60175, 60203, 60395,
        60573, 60602, 60717, 60845, 60871, 61036, 61190, 61220, 61258, 61296, 61327, 61370,
        61414, 61443, 61455, 61467, 61490, 61523, 61552, 61579, 61616, 61650, 61681, 61741,
        61805, 61835, 62007, 62156, 62187, 62243, 62293, 62324, 62393, 62458, 62483, 62489,
        62494, 62520, 62541, 62552, 62580, 62598, 62607, 62632, 62638, 62644, 62671, 62691,
        62700, 62727, 62735, 62743, 62775, 62790, 62804, 62830, 62836, 62843, 62872, 62884,
        62893, 62911, 62975, 63039, 63063, 63078, 63092, 63117, 63152, 63184, 63210, 63239,
        63260, 63288, 63323, 63359, 63381, 63425, 63463, 63486, 63514, 63541, 63569, 63595,
        63621, 63651, 63681, 63712, 63739, 63762, 63779, 63815, 63847, 63874, 63913, 63942,
        63972, 64000, 64023, 64042, 64070, 64093, 64111, 64139, 64170, 64206, 64230, 64233,
        64235, 64260, 64279, 64296, 64317, 64418, 64500, 64533, 64662, 64777, 64798, 64843,
        64886, 64907, 64934, 64951, 64972, 65040, 65110, 65143, 65236, 65332, 65356, 65482,
        65622, 65644, 65691, 65734, 65758, 65799, 65843, 65867, 66011, 66157, 66179, 66358,
        66520, 66544, 66586, 66628, 66652, 66869, 67113, 67135, 67255, 67393, 67417, 67466,
        67519, 67543, 67666, 67771, 67793, 67906, 68001, 68025, 68069, 68101, 68125, 68202,
        68287, 68309, 68484, 68655, 68679, 68712, 68740, 68764, 68927, 69105, 69127, 69300,
        69485, 69509, 69534, 69563, 69587, 69648, 69732, 69754, 69854, 69958, 69982, 70001,
        70019, 70043, 70191, 70325, 70347, 70599, 70840, 70864, 70909, 70951, 70975, 71019,
        71058, 71080, 71168, 71258, 71282, 71298, 71328, 71352, 71454, 71558, 71580, 71663,
        71751, 71775, 71811, 71859, 71883, 71944, 72001, 72023, 72111, 72206, 72230, 72249,
        72272, 72296, 72373, 72450, 72472, 72555, 72651, 72675, 72720, 72788, 72812, 72841,
        72870, 72892, 72987, 73116, 73140, 73179, 73238, 73262, 73324, 73377, 73399, 73505,
        73647, 73671, 73716, 73775, 73799, 73926, 74070, 74092, 74143, 74209, 74233, 74279,
        74329, 74353, 74405, 74469, 74491, 74577, 74698, 74722, 74753, 74803, 74827, 74897,
        74975, 74997, 75083, 75204, 75228, 75256, 75317, 75341, 75453, 75572, 75594, 75698,
        75802, 75826, 75844, 75870, 75894, 75962, 76057, 76079, 76211, 76360, 76384, 76399,
        76423, 76447, 76537, 76668, 76690, 76838, 76990, 77014, 77044, 77100, 77124, 77166,
        77208, 77230, 77382, 77530, 77554, 77578, 77605, 77629, 77671, 77725, 77747, 77813,
        77880, 77904, 77937, 77985, 78009, 78251, 78508, 78530, 78695, 78862, 78886, 78931,
        78990, 79014, 79191, 79363, 79385, 79554, 79725, 79749, 79765, 79782, 79806, 79852,
        79907, 79929, 80059, 80189, 80213, 80229, 80270, 80294, 80409, 80543, 80565, 80616,
        80682, 80706, 80737, 80766, 80790, 80933, 81084, 81106, 81243, 81387, 81411, 81452,
        81489, 81513, 81624, 81721, 81743, 81893, 82047, 82071, 82089, 82115, 82139, 82175,
        82214, 82236, 82349, 82473, 82497, 82521, 82547, 82571, 82627, 82697, 82719, 82752,
        82800, 82824, 82848, 82884, 82908, 82997, 83109, 83131, 83224, 83344, 83368, 83401,
        83444, 83468, 83668, 83869, 83891, 84114, 84345, 84369, 84427, 84481, 84505, 84764,
        85033, 85055, 85331, 85642, 85666, 85689, 85719, 85738, 85747, 85754, 85771, 85783,
        85795, 85814, 85829, 85843, 85862, 85901, 85930, 85949, 86033, 86106, 86126, 86184,
        86232, 86249, 86359, 86467, 86482, 86579, 86668, 86686, 86756, 86827, 86840, 86858,
        86878, 86893, 86959, 87006, 87027, 87099, 87184, 87203, 87333, 87462, 87483, 87528,
        87571, 87592, 87686, 87763, 87789, 87853, 87905, 87928, 88164, 88394, 88413, 88450,
        88493, 88514, 88577, 88648, 88671, 88712, 88756, 88777, 88825, 88879, 88906, 88942,
        88987, 89009, 89059, 89118, 89138, 89183, 89240, 89266, 89296, 89325, 89357, 89387,
        89416, 89450, 89477, 89503, 89542, 89686, 89813, 89845, 89922, 89978, 90010, 90048,
        90087, 90120, 90184, 90241, 90276, 90333, 90398, 90418, 90486, 90551, 90572, 90613,
        90663, 90682, 90757, 90839, 90868, 91010, 91146, 91178, 91275, 91361, 91387, 91442,
        91511, 91538, 91603, 91669, 91694, 91963, 92236, 92258, 92516, 92768, 92799, 92864,
        92925, 92959, 93007, 93051, 93073, 93091, 93106, 93126, 93236, 93351, 93375, 93485,
        93599, 93626, 93918, 94165, 94194, 94321, 94431, 94451, 94494, 94541, 94565, 94678,
        94786, 94811, 94929, 95041, 95063, 95125, 95185, 95209, 95244, 95280, 95302, 95319,
        95335, 95360, 95549, 95712, 95732, 96021, 96310, 96334, 96431, 96510, 96539, 96624,
        96706, 96727, 96807, 96890, 96911, 96967, 97030, 97063, 97102, 97154, 97185, 97268,
        97343, 97367, 97398, 97426, 97445, 97574, 97714, 97735, 97858, 98002, 98024, 98090,
        98158, 98184, 98330, 98449, 98470, 98558, 98653, 98679, 98826, 98970, 98992, 99036,
        99089, 99119, 99254, 99360, 99384, 99434, 99489, 99511, 99610, 99693, 99723, 99900,
        100065, 100089, 100257, 100411, 100438, 100516, 100591, 100611, 100768, 100896, 100921, 101198,
        101442, 101455, 101476, 101503, 101538, 101649, 101780, 101812, 101885, 101965, 101993, 102207,
        102426, 102456, 102566, 102676, 102709, 102808, 102893, 102928, 103106, 103273, 103308, 103323,
        103344, 103374, 103383, 103391, 103428, 103446, 103470, 103504, 103537, 103574, 103604, 103628,
        103648, 103678, 103705, 103741, 103773, 103782, 103792, 103816, 103835, 103855, 103874, 103916,
        103953, 103976, 104065, 104135, 104158, 104292, 104418, 104448, 104543, 104628, 104649, 104692,
        104736, 104760, 104890, 105024, 105047, 105088, 105135, 105159, 105247, 105346, 105369, 105402,
        105437, 105455, 105578, 105691, 105715, 105738, 105762, 105786, 105832, 105866, 105896, 105930,
        105955, 105976, 105996, 106016, 106039, 106163, 106295, 106315, 106422, 106515, 106540, 106581,
        106618, 106647, 106679, 106714, 106739, 106760, 106789, 106813, 106854, 106885, 106907, 106929,
        106948, 106975, 107201, 107431, 107456, 107684, 107934, 107962, 108153, 108356, 108378, 108393,
        108407, 108427, 108484, 108556, 108570, 108611, 108648, 108672, 108824, 108991, 109009, 109051,
        109105, 109127, 109166, 109196, 109219, 109320, 109420, 109448, 109568, 109677, 109701, 109722,
        109737, 109755, 109853, 109958, 109975, 110086, 110169, 110186, 110315, 110458, 110475, 110539,
        110590, 110607, 110866, 111097, 111114, 111171, 111235, 111254, 111281, 111311, 111330, 111360,
        111391, 111407, 111426, 111454, 111471, 111552, 111644, 111666, 111691, 111727, 111747, 111799,
        111868, 111885, 111917, 111957, 111979, 112048, 112105, 112121, 112143, 112160, 112176, 112287,
        112397, 112417, 112442, 112479, 112495, 112609, 112716, 112734, 112785, 112836, 112853, 112902,
        112959, 112975, 113024, 113066, 113083, 113123, 113167, 113184, 113229, 113260, 113277, 113289,
        113293, 113312, 113408, 113508, 113533, 113539, 113548, 113572, 113581, 113589, 113617, 113887,
        114150, 114179, 114203, 114229, 114253, 114288, 114333, 114357, 114369, 114382, 114410, 114488,
        114573, 114601, 114708, 114836, 114860, 114920, 114972, 114993, 114999, 115004, 115027, 115039,
        115046, 115064, 115084, 115107, 115130, 115136, 115143, 115161, 115200, 115259, 115273, 115282,
        115289, 115304, 115310, 115314, 115331, 115337, 115343, 115360, 115366, 115372, 115388, 115400,
        115410, 115429, 115435, 115443, 115468, 115480, 115495, 115514, 115526, 115537, 115557, 115566,
        115576, 115593, 115599, 115605, 115620, 115626, 115630, 115651, 115660, 115671, 115686, 115692,
        115696, 115718, 115730, 115742, 115758, 115779, 115799, 115814, 115820, 115824, 115841, 115847,
        115851, 115869, 115875, 115879, 115897, 115909, 115920, 115936, 115942, 115947, 115967, 115982,
        116007, 116028, 116040, 116046, 116066, 116075, 116080, 116096, 116102, 116107, 116124, 116130,
        116134, 116152, 116176, 116197, 116220, 116244, 116264, 116284, 116296, 116306, 116317, 116374,
        116416, 116445, 116657, 116883, 116905, 116983, 117058, 117075, 117153, 117222, 117243, 117391,
        117536, 117555, 117837, 118085, 118108, 118183, 118249, 118276, 118372, 118454, 118476, 118535,
        118600, 118625, 118691, 118750, 118772, 118816, 118848, 118873, 118950, 119013, 119033, 119045,
        119058, 119080, 119123, 119158, 119183, 119253, 119316, 119338, 119380, 119424, 119443, 119491,
        119549, 119571, 119590, 119605, 119625, 119653, 119687, 119707, 119740, 119771, 119791, 119825,
        119867, 119891, 119904, 119917, 119945, 119951, 119957, 119986, 119993, 120000, 120027, 120032,
        120037, 120066, 120106, 120136, 120171, 120200, 120214, 120235, 120347, 120447, 120473, 120566,
        120642, 120663, 120791, 120919, 120952, 121092, 121233, 121256, 121283, 121313, 121335, 121496,
        121642, 121671, 121780, 121890, 121911, 121941, 121963, 121990, 122025, 122069, 122097, 122348,
        122520, 122549, 122590, 122626, 122654, 122742, 122827, 122861, 122963, 123062, 123091, 123174,
        123262, 123281, 123365, 123440, 123461, 123598, 123750, 123770, 123802, 123841, 123869, 123910,
        123948, 123967, 123979, 123991, 124015, 124038, 124066, 124084, 124097, 124105, 124134, 124179,
        124211, 124246, 124279, 124302, 124329, 124363, 124387, 124416, 124508, 124593, 124616, 124635,
        124645, 124673, 124720, 124763, 124785, 124791, 124799, 124820, 124832, 124851, 124872, 124878,
        124890, 124908, 124917, 124932, 124956, 125034, 125122, 125145, 125302, 125469, 125487, 125496,
        125502, 125526, 125550, 125573, 125595, 125601, 125609, 125634, 125661, 125692, 125720, 125766,
        125809, 125837, 125852, 125865, 125892, 125931, 125974, 125996, 126002, 126010, 126040, 126136,
        126226, 126265, 126326, 126384, 126412, 126473, 126535, 126568, 126623, 126680, 126712, 126747,
        126793, 126818, 126912, 126985, 127012, 127026, 127039, 127066, 127193, 127316, 127338, 127353,
        127371, 127388, 127403, 127421, 127441, 127447, 127458, 127477, 127483, 127490, 127510, 127516,
        127524, 127542, 127548, 127554, 127573, 127579, 127586, 127598, 127610, 127627, 127656, 127694,
        127737, 127759, 127806, 127849, 127878, 127923, 127970, 127990, 128238, 128491, 128510, 128603,
        128680, 128705, 128989, 129242, 129265, 129485, 129688, 129712, 129750, 129789, 129820, 129912,
        129997, 130021, 130077, 130137, 130159, 130328, 130473, 130494, 130543, 130589, 130609, 130830,
        131044, 131072, 131171, 131265, 131287, 131338, 131389, 131411, 131465, 131529, 131551, 131623,
        131705, 131724, 131750, 131770, 131795, 131824, 131848, 131868, 131898, 131920, 131941, 132051,
        132167, 132194, 132293, 132399,
    ]

    /// The pieces of texts missing in a language (told apart from empty ones).
    static let missing: [Int] = []
}
