import KMSCore
import KMSProtocol

/// The Python program behind the simulated Windows' `powershell.exe`, `cscript.exe` and
/// `fltmc.exe` (each a one-line shell script that runs it with its own name). It keeps the
/// machine in `fake-windows.json` next to it, so it is stateful the way Windows is: a successful
/// `slmgr /ato` or `ospp /act` changes what the next PowerShell query returns.
///
/// What it imitates, and why:
/// - PowerShell 5.1 running the reader's `-Command`: the command is read, not matched as one
///   fixed string. Only `Get-CimInstance` of the two licensing classes is understood; the
///   `-Filter 'PartialProductKey IS NOT NULL'` drops the licences without a key (Windows has
///   dozens of those); `Select-Object` picks the properties in its order (a name the class does
///   not have becomes null); `ConvertTo-Json` writes one object for one licence, an array for
///   several, nothing (or `null`) for none, escaping `<>&'` as `\u003c` etc. as 5.1 does;
///   without `-Compress` it indents. Without the `[Console]::OutputEncoding=UTF8` line the
///   output is in code page 950, as on a Traditional Chinese Windows. Office 2010's
///   OfficeSoftwareProtectionProduct class exists only when an Office 2010 licence does; asking
///   for it without `-ErrorAction SilentlyContinue` fails like WMI's "Invalid class".
/// - cscript.exe with its `//` options, the script found through the Windows path under the
///   fake root, and slmgr.vbs / ospp.vbs with the options each accepts (anything else is
///   refused, as the real scripts refuse it). Licence changes need elevation (0x80070005).
/// - fltmc.exe: exit 0 elevated, 1 not, which is how the runner and the .cmd check elevation.
enum SimulatedWindowsProgram {
    static let source = #"""
import json, os, re, sys, time

ROOT = os.path.dirname(os.path.abspath(__file__))
STATE = os.path.join(ROOT, 'fake-windows.json')
CALLS = os.path.join(ROOT, 'calls.log')
WINDOWS_APP = '55c92734-d682-4d71-983e-d6ec3f16059f'
OFFICE_APP = '0ff1ce15-a989-479d-af46-f275c6370663'
OSPP_APP = '59a52881-a989-479d-af46-f275c6370663'
ACTIVATED_MINUTES = 259200   # 180 days: what a fresh KMS activation reports
STATUS_WORDS = {0: 'UNLICENSED', 1: 'LICENSED', 2: 'OOB_GRACE', 3: 'OOT_GRACE', 4: 'NON_GENUINE_GRACE',
                5: 'NOTIFICATIONS', 6: 'EXTENDED_GRACE'}
ERROR_TEXTS = {
    '0x80070005': 'Access is denied.',
    '0xC004F074': 'The Software Licensing Service reported that the computer could not be activated. '
                  'No Key Management Service (KMS) could be contacted.',
    '0xC004F038': 'The Software Licensing Service reported that the computer could not be activated. '
                  'The count reported by your Key Management Service (KMS) is insufficient.',
}


def load():
    with open(STATE, encoding='utf-8') as f:
        return json.load(f)


def save(state):
    temporary = STATE + '.tmp-%d' % os.getpid()
    with open(temporary, 'w', encoding='utf-8') as f:
        json.dump(state, f, indent=1)
    os.replace(temporary, STATE)


def log(tool, args):
    with open(CALLS, 'a', encoding='utf-8') as f:
        f.write(json.dumps({'tool': tool, 'args': args}) + '\n')


def keyed(state):
    return [lic for lic in state['licences'] if lic.get('PartialProductKey')]


# ---------------------------------------------------------------- PowerShell 5.1

def ps51_json(value, compress):
    if compress:
        text = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    else:
        text = json.dumps(value, ensure_ascii=False, indent=4, separators=(',', ':  '))
    for char, escaped in (('<', '\\u003c'), ('>', '\\u003e'), ('&', '\\u0026'), ("'", '\\u0027')):
        text = text.replace(char, escaped)
    return text


def powershell_error(message):
    sys.stderr.buffer.write((message + '\r\n').encode('utf-8'))
    sys.exit(1)


def powershell(args):
    state = load()
    if state.get('powershell') == 'failing':
        powershell_error('Get-CimInstance : The WS-Management service cannot process the request. '
                         'The service is stopping.\r\nAt line:1 char:58\r\n'
                         '    + CategoryInfo          : NotSpecified: (:) [Get-CimInstance], CimException')
    if state.get('powershell') == 'slow':
        time.sleep(state.get('slowSeconds', 30))
    command = None
    for index, arg in enumerate(args):
        if arg.lower() in ('-command', '-c'):
            command = ' '.join(args[index + 1:])
            break
        if arg.lower() not in ('-noprofile', '-noninteractive', '-nologo'):
            powershell_error("The term '%s' is not recognized as the name of a cmdlet, function, script file, "
                             'or operable program.' % arg)
    if command is None:
        powershell_error('powershell.exe needs -Command here (an interactive shell would wait for input)')
    compact = command.replace(' ', '')
    utf8 = '[Console]::OutputEncoding=[Text.Encoding]::UTF8' in compact
    if 'ConvertTo-Json' not in command:
        powershell_error('the simulated PowerShell only answers queries that end in ConvertTo-Json')
    selected = None
    selection = re.search(r'Select-Object\s+([\w, ]+?)\s*\|', command)
    if selection:
        selected = [name.strip() for name in selection.group(1).split(',') if name.strip()]
    found = []
    for match in re.finditer(r"Get-CimInstance\s+(\w+)([^)|]*)", command):
        cls, rest = match.group(1), match.group(2)
        if cls == 'SoftwareLicensingProduct':
            members = [lic for lic in state['licences'] if lic.get('ApplicationID') != OSPP_APP]
        elif cls == 'OfficeSoftwareProtectionProduct':
            members = [lic for lic in state['licences'] if lic.get('ApplicationID') == OSPP_APP]
            if not members and 'SilentlyContinue' not in rest:
                powershell_error('Get-CimInstance : Invalid class \r\n    + CategoryInfo          : MetadataError: '
                                 '(root\\cimv2:OfficeSoftwareProtectionProduct:String) [Get-CimInstance], CimException')
        else:
            powershell_error('Get-CimInstance : Invalid class (the simulated Windows knows only the licensing classes)')
        if "-Filter 'PartialProductKey IS NOT NULL'" in rest or '-Filter "PartialProductKey IS NOT NULL"' in rest:
            members = [lic for lic in members if lic.get('PartialProductKey')]
        found += members
    if selected is not None:
        found = [{name: lic.get(name) for name in selected} for lic in found]
    if not found:
        text = 'null' if state.get('nullForNone') else ''
    else:
        text = ps51_json(found[0] if len(found) == 1 else found, '-Compress' in command)
    out = (text + '\r\n') if text else ''
    if utf8:
        data = (b'\xef\xbb\xbf' if state.get('byteOrderMark') else b'') + out.encode('utf-8')
    else:
        data = out.encode('cp950', errors='replace')
    sys.stdout.buffer.write(data)
    sys.exit(0)


# ---------------------------------------------------------------- cscript.exe

class Output:
    def __init__(self):
        self.lines = []

    def say(self, line=''):
        self.lines.append(line)


def cscript(args):
    out = Output()
    unicode = False
    rest = list(args)
    while rest and rest[0].startswith('//'):
        option = rest.pop(0).lower()
        if option == '//u':
            unicode = True
        elif option in ('//nologo', '//logo', '//b', '//i', '//s', '//x', '//d') or re.match(r'//(t|e|h|job):', option):
            pass
        else:
            finish(['Input Error: Unknown option "%s" specified.' % option], unicode, 1)
    if not rest:
        finish(['Usage: CScript scriptname.extension [option...] [arguments...]'], unicode, 1)
    script = rest.pop(0)
    linux = linux_path(script)
    if linux is None or not os.path.isfile(linux):
        finish(['Input Error: Can not find script file "%s".' % script], unicode, 1)
    name = os.path.basename(linux).lower()
    state = load()
    if name == 'slmgr.vbs':
        status = slmgr(rest, state, out)
    elif name == 'ospp.vbs':
        status = ospp(rest, state, out, os.path.basename(os.path.dirname(linux)))
    else:
        out.say('the simulated Windows runs only slmgr.vbs and ospp.vbs')
        status = 1
    finish(out.lines, unicode, status)


def linux_path(windows):
    match = re.match(r'^[A-Za-z]:\\(.*)$', windows)
    if not match:
        return None
    return os.path.join(ROOT, *[part for part in match.group(1).split('\\') if part])


def finish(lines, unicode, status):
    text = ''.join(line + '\r\n' for line in lines)
    sys.stdout.buffer.write(text.encode('utf-16-le') if unicode else text.encode('utf-8'))
    sys.exit(status)


def activation_error(state):
    if not state.get('elevated'):
        return '0x80070005'
    return state.get('activationError')


def activate(lic, state):
    lic['LicenseStatus'] = 1
    lic['LicenseStatusReason'] = 0
    lic['GracePeriodRemaining'] = ACTIVATED_MINUTES
    save(state)


SLMGR_OPTIONS = {'ipk': (1, 1), 'ato': (0, 1), 'dli': (0, 1), 'dlv': (0, 1), 'xpr': (0, 1), 'skms': (1, 2),
                 'ckms': (0, 1), 'upk': (0, 1), 'cpky': (0, 0), 'rearm': (0, 0)}


def slmgr(args, state, out):
    if not args or not re.match(r'^[/-]', args[0]) or args[0][1:].lower() not in SLMGR_OPTIONS:
        out.say('Invalid combination of command parameters.')
        return 1
    option, values = args[0][1:].lower(), args[1:]
    low, high = SLMGR_OPTIONS[option]
    if not low <= len(values) <= high:
        out.say('Invalid combination of command parameters.')
        return 1
    windows = [lic for lic in keyed(state) if lic.get('ApplicationID') == WINDOWS_APP]
    if option in ('ipk', 'skms', 'ckms', 'upk', 'cpky', 'rearm') and not state.get('elevated'):
        out.say('Error: 0x80070005 Access denied: the requested action requires elevated privileges')
        return 1
    if option == 'skms':
        match = re.match(r'^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$', values[0])
        if not match or (match.group(2) and not 0 < int(match.group(2)) < 65536):
            out.say('Error: 0x80070057 The parameter is incorrect.')
            return 1
        for lic in windows:
            lic['KeyManagementServiceMachine'] = match.group(1).strip('[]')
            lic['KeyManagementServicePort'] = int(match.group(2) or 1688)
        save(state)
        out.say('Key Management Service machine name set to %s successfully.' % values[0])
        return 0
    if option == 'ipk':
        if not re.match(r'^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$', values[0]):
            out.say('Error: 0xC004F050 The Software Licensing Service reported that the product key is invalid.')
            return 1
        out.say('Installed product key %s successfully.' % values[0])
        return 0
    if option == 'ato':
        error = activation_error(state)
        status = 0
        for lic in windows:
            if lic.get('ProductKeyChannel') != 'Volume:GVLK':
                continue   # a retail or OEM licence activates online, never through the KMS host
            out.say('Activating %s (%s) ...' % (lic['Name'], lic['ID']))
            if error:
                out.say('Error: %s %s' % (error, ERROR_TEXTS.get(error, '')))
                status = 1
            else:
                activate(lic, state)
                out.say('Product activated successfully.')
        return status
    if option in ('dli', 'dlv', 'xpr'):
        for lic in windows:
            out.say('Name: %s' % lic['Name'])
            out.say('Partial Product Key: %s' % lic['PartialProductKey'])
            out.say('License Status: %s' % STATUS_WORDS.get(lic['LicenseStatus'], '?').capitalize())
            out.say('Volume activation expiration: %d minute(s)' % lic['GracePeriodRemaining'])
        return 0
    return 0


OSPP_VALUED = ('inpkey', 'unpkey', 'sethst', 'setprt', 'cachst', 'actype', 'ddescr')
OSPP_PLAIN = ('act', 'dstatus', 'dstatusall', 'dhistorykms', 'dcmid', 'remhst', 'dinstid', 'osppsvcauto', 'osppsvcrestart')


def ospp(args, state, out, folder):
    # ospp.vbs takes one option; further words would name a remote computer, which this run never does.
    if len(args) != 1:
        out.say('ERROR: ospp.vbs takes one option here, got %r' % args)
        return 1
    match = re.match(r'^/(\w+)(?::(.*))?$', args[0])
    option = match.group(1).lower() if match else ''
    value = match.group(2) if match else None
    if not match or not ((option in OSPP_VALUED and value) or (option in OSPP_PLAIN and value is None)):
        out.say('Invalid input: %s (run ospp.vbs without options for its list)' % args[0])
        return 1
    application = OSPP_APP if folder.lower() == 'office14' else OFFICE_APP
    office = [lic for lic in keyed(state) if lic.get('ApplicationID') == application]
    out.say('---Processing--------------------------')
    out.say('---------------------------------------')
    status = 0
    if option in ('inpkey', 'unpkey', 'sethst', 'setprt', 'remhst', 'cachst', 'actype') and not state.get('elevated'):
        out.say('ERROR CODE: 0x80070005')
        out.say('ERROR DESCRIPTION: Access is denied.')
        status = 1
    elif option == 'sethst':
        for lic in office:
            lic['KeyManagementServiceMachine'] = value
        save(state)
        out.say('Successfully applied setting.')
    elif option == 'setprt':
        if not value.isdigit() or not 0 < int(value) < 65536:
            out.say('ERROR CODE: 0x80070057')
            out.say('ERROR DESCRIPTION: The parameter is incorrect.')
            status = 1
        else:
            for lic in office:
                lic['KeyManagementServicePort'] = int(value)
            save(state)
            out.say('Successfully applied setting.')
    elif option == 'act':
        error = activation_error(state)
        for lic in office:
            if lic.get('ProductKeyChannel') != 'Volume:GVLK':
                continue   # a retail (Click-to-Run) licence is not activated by ospp against a KMS host
            out.say('Installed product key detected - attempting to activate the following product:')
            out.say('SKU ID: %s' % lic['ID'])
            out.say('LICENSE NAME: %s' % lic['Name'])
            out.say('LICENSE DESCRIPTION: %s' % (lic.get('Description') or ''))
            out.say('Last 5 characters of installed product key: %s' % lic['PartialProductKey'])
            if error:
                out.say('ERROR CODE: %s' % error)
                out.say('ERROR DESCRIPTION: %s' % ERROR_TEXTS.get(error, ''))
                status = 1
            else:
                activate(lic, state)
                out.say('<Product activation successful>')
            out.say('---------------------------------------')
    elif option in ('dstatus', 'dstatusall'):
        for lic in office:
            out.say('SKU ID: %s' % lic['ID'])
            out.say('LICENSE NAME: %s' % lic['Name'])
            out.say('LICENSE STATUS:  ---%s--- ' % STATUS_WORDS.get(lic['LicenseStatus'], '?'))
            out.say('REMAINING GRACE: %d days  (%d minute(s) before expiring)'
                    % (lic['GracePeriodRemaining'] // 1440, lic['GracePeriodRemaining']))
            out.say('---------------------------------------')
    out.say('---------------------------------------')
    out.say('---Exiting-----------------------------')
    return status


# ---------------------------------------------------------------- fltmc.exe

def fltmc(args):
    if load().get('elevated'):
        sys.stdout.write('\r\nFilter Name                     Num Instances    Altitude    Frame\r\n')
        sys.exit(0)
    sys.stdout.write('\r\nLoad filter list failed with error: 0x80070005\r\nAccess is denied.\r\n')
    sys.exit(1)


tool, arguments = sys.argv[1], sys.argv[2:]
log(tool, arguments)
{'powershell': powershell, 'cscript': cscript, 'fltmc': fltmc}[tool](arguments)
"""#
}
