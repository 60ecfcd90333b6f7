
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'svc' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'svc'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'svc' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database, write policy.toml, register yourself as admin')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or check the policy')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff members and their roles')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'The customer archive')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products (models) the desk services')
            [CompletionResult]::new('purchase', 'purchase', [CompletionResultType]::ParameterValue, 'Purchases: who bought what, when')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Tickets: fault reports, inquiries and installations, from intake to sign-off')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Satisfaction and follow-up callbacks')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'The case library: search how resolved tickets and complaints were solved')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints: grade, owner, plan deadline, remedy, escalation')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'SLA clocks: the cron check that escalates breaches, and how due times were computed')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The business calendar: due times and working days')
            [CompletionResult]::new('parts', 'parts', [CompletionResultType]::ParameterValue, 'Spare parts: stock, movements (receive, use, count, scrap) and reordering')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Suppliers of parts')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Purchase orders for parts')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Costs booked on tickets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The timeline of one record from the audit trail')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List or verify the audit trail')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database safely while others work (SQLite online backup)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Encrypted archives of closed records: export, show, purge')
            [CompletionResult]::new('incident', 'incident', [CompletionResultType]::ParameterValue, 'Emergencies: product failures, disasters, drills')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a reply or script before saying it to a customer')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Load a realistic demo data set (customers, purchases, staff, …)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;policy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective policy (built-in default merged with your file)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;policy;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;policy;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;policy;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective policy (built-in default merged with your file)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;policy;help;show' {
            break
        }
        'svc;policy;help;check' {
            break
        }
        'svc;policy;help;help' {
            break
        }
        'svc;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a staff member with a role of the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (kept for the records, can no longer act)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;staff;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin')
            [CompletionResult]::new('--skills', '--skills', [CompletionResultType]::ParameterName, 'Categories this person can handle (for ticket assign --auto)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--dept', '--dept', [CompletionResultType]::ParameterName, 'dept')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;staff;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;staff;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;staff;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a staff member with a role of the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (kept for the records, can no longer act)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;staff;help;add' {
            break
        }
        'svc;staff;help;list' {
            break
        }
        'svc;staff;help;deactivate' {
            break
        }
        'svc;staff;help;help' {
            break
        }
        'svc;customer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer (id KHyyyymmddNNN unless --id)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Options shared by every `… import`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;customer;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Use this id instead of a generated KHyyyymmddNNN')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;customer;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only this tier')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the name, id, phone or region')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;customer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;customer;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Set the tier by hand (vip, normal), or `auto` to follow purchases again')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;customer;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;customer;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer (id KHyyyymmddNNN unless --id)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV (all rows or none)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;customer;help;add' {
            break
        }
        'svc;customer;help;list' {
            break
        }
        'svc;customer;help;show' {
            break
        }
        'svc;customer;help;edit' {
            break
        }
        'svc;customer;help;import' {
            break
        }
        'svc;customer;help;help' {
            break
        }
        'svc;product' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Options shared by every `… import`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;product;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'category')
            [CompletionResult]::new('--manufacturer-contact', '--manufacturer-contact', [CompletionResultType]::ParameterName, 'The manufacturer''s service contact, printed when a warranty has run out')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;product;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;product;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;product;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;product;help;add' {
            break
        }
        'svc;product;help;list' {
            break
        }
        'svc;product;help;import' {
            break
        }
        'svc;product;help;help' {
            break
        }
        'svc;purchase' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Options shared by every `… import`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;purchase;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'customer')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product model')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'serial')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'qty')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Amount paid')
            [CompletionResult]::new('--purchased', '--purchased', [CompletionResultType]::ParameterName, 'Purchase date YYYY-MM-DD')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Date the customer received it (warranty windows count from here)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Order number')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;purchase;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;purchase;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;purchase;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import purchases from CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;purchase;help;add' {
            break
        }
        'svc;purchase;help;list' {
            break
        }
        'svc;purchase;help;import' {
            break
        }
        'svc;purchase;help;help' {
            break
        }
        'svc;ticket' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a ticket: a fault report, an inquiry or an installation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets (all matching rows unless --limit)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: fields, due times, notes, parts, costs and timeline')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give the ticket to a staff member, or let svc pick an engineer')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Set (or move) the on-site appointment')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Work begins (a new ticket goes to whoever starts it)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Work goes on after waiting')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Take the product back for repair, with the handover list (model, quantity, fault)')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The repaired product went back to the customer')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'The problem is solved; --hours books labour at costs.labour_rate')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'The customer accepts the work (needed to close modes in tickets.require_signoff)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket; the resolve clock starts again')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'End a ticket opened in error or merged by hand (no callback)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Options shared by every `… import`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;ticket;open' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer id')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'One of the policy''s tickets.categories (no_power, noise, leak, …)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What fails, when, and what was tried (vague text such as "坏了" is refused)')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product model; the warranty is decided on the customer''s latest purchase of it')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Serial number of the purchase concerned')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Starting priority (VIP customers start one step higher) [default: normal]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the customer reached us [default: phone]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the work is done [default: remote]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of request [default: repair]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Open even though the customer has an open ticket of this category (recorded)')
            [CompletionResult]::new('--chase', '--chase', [CompletionResultType]::ParameterName, 'The customer is chasing their open ticket: note it there and raise its priority')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only tickets held by this staff member')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Opened on or after this day')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Opened on or before this day')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows [default: id]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open tickets past their resolve or first-response due time')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svc;ticket;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;assign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Staff id')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--auto', '--auto', [CompletionResultType]::ParameterName, 'Pick the active engineer with the skill in the customer''s region who has the fewest open tickets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When: "YYYY-MM-DD HH:MM" or RFC 3339')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;start' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;wait' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What the work waits for')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Expected until')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;handover' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'The handover list, e.g. "AT-100 ×1，风扇异响"')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;return' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'What was done')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Working hours to book as labour cost')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;sign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who signed')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;reopen' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'text')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Only for staff: not shown to the customer, not checked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a ticket: a fault report, an inquiry or an installation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets (all matching rows unless --limit)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: fields, due times, notes, parts, costs and timeline')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give the ticket to a staff member, or let svc pick an engineer')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Set (or move) the on-site appointment')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Work begins (a new ticket goes to whoever starts it)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Work goes on after waiting')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Take the product back for repair, with the handover list (model, quantity, fault)')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The repaired product went back to the customer')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'The problem is solved; --hours books labour at costs.labour_rate')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'The customer accepts the work (needed to close modes in tickets.require_signoff)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket; the resolve clock starts again')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'End a ticket opened in error or merged by hand (no callback)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;ticket;help;open' {
            break
        }
        'svc;ticket;help;list' {
            break
        }
        'svc;ticket;help;show' {
            break
        }
        'svc;ticket;help;assign' {
            break
        }
        'svc;ticket;help;schedule' {
            break
        }
        'svc;ticket;help;start' {
            break
        }
        'svc;ticket;help;wait' {
            break
        }
        'svc;ticket;help;resume' {
            break
        }
        'svc;ticket;help;handover' {
            break
        }
        'svc;ticket;help;return' {
            break
        }
        'svc;ticket;help;resolve' {
            break
        }
        'svc;ticket;help;sign' {
            break
        }
        'svc;ticket;help;close' {
            break
        }
        'svc;ticket;help;reopen' {
            break
        }
        'svc;ticket;help;cancel' {
            break
        }
        'svc;ticket;help;note' {
            break
        }
        'svc;ticket;help;import' {
            break
        }
        'svc;ticket;help;help' {
            break
        }
        'svc;callback' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List callbacks, soonest due first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One callback with its history')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the result of a call')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a proactive callback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;callback;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'customer')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'pending, done or unreachable')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Only pending callbacks due by the end of today')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only pending callbacks past their due time')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;callback;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;callback;record' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'satisfied closes a resolved source; unsatisfied reopens it; unreachable tries again a working day later')
            [CompletionResult]::new('--score', '--score', [CompletionResultType]::ParameterName, 'Satisfaction score 1-5')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;callback;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'customer')
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'The ticket or complaint the call is about (T-3, C-2)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When to call (TIME)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;callback;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List callbacks, soonest due first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One callback with its history')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the result of a call')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a proactive callback')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;callback;help;list' {
            break
        }
        'svc;callback;help;show' {
            break
        }
        'svc;callback;help;record' {
            break
        }
        'svc;callback;help;schedule' {
            break
        }
        'svc;callback;help;help' {
            break
        }
        'svc;case' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search resolved and closed tickets and complaints (all matches unless --limit)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;case;search' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only tickets or only complaints')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (of tickets.categories or complaints.categories)')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only cases about this product model (complaints: the purchase''s model)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many cases, the best first')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;case;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search resolved and closed tickets and complaints (all matches unless --limit)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;case;help;search' {
            break
        }
        'svc;case;help;help' {
            break
        }
        'svc;complaint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Fields, notes and the timeline of one complaint')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Move one step up escalation.ladder (or to --to ROLE)')
            [CompletionResult]::new('investigate', 'investigate', [CompletionResultType]::ParameterValue, 'Start or continue the investigation (open → investigating)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome (planned → resolved)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved complaint')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Back to investigating with a fresh plan clock (from resolved or closed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;complaint;open' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer id')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'One of complaints.categories (late_delivery, quality, damaged, …)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What happened, in the customer''s words')
            [CompletionResult]::new('--demand', '--demand', [CompletionResultType]::ParameterName, 'What the customer asks for (exchange, refund, compensation, …)')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Grade; a major keyword in the description (冒烟, 起火, …) always makes it major')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'A related ticket, T-n')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'The purchase by serial number [default: the customer''s latest purchase]')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The purchase by order number')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Open even though an open complaint of the same customer and category exists (recorded)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'customer')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'category')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'severity')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Opened on or after this day (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Opened on or before this day (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'text')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'For colleagues only: not checked for forbidden phrases')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;escalate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A higher step of escalation.ladder [default: one step up]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;investigate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What was found or done (kept as an internal note)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The solution offered to the customer')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Staff member responsible for carrying it out')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it will have been carried out')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What was done and how the customer took it')
            [CompletionResult]::new('--compensation', '--compensation', [CompletionResultType]::ParameterName, 'Amount paid or credited to the customer')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;reopen' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;complaint;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Fields, notes and the timeline of one complaint')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Move one step up escalation.ladder (or to --to ROLE)')
            [CompletionResult]::new('investigate', 'investigate', [CompletionResultType]::ParameterValue, 'Start or continue the investigation (open → investigating)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome (planned → resolved)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved complaint')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Back to investigating with a fresh plan clock (from resolved or closed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;complaint;help;open' {
            break
        }
        'svc;complaint;help;list' {
            break
        }
        'svc;complaint;help;show' {
            break
        }
        'svc;complaint;help;note' {
            break
        }
        'svc;complaint;help;escalate' {
            break
        }
        'svc;complaint;help;investigate' {
            break
        }
        'svc;complaint;help;plan' {
            break
        }
        'svc;complaint;help;resolve' {
            break
        }
        'svc;complaint;help;close' {
            break
        }
        'svc;complaint;help;reopen' {
            break
        }
        'svc;complaint;help;help' {
            break
        }
        'svc;sla' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List every open item that is breached or at risk; --apply escalates the breached ones')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;sla;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of item')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Escalate each breached item one step up escalation.ladder (needs sla.apply); a breach escalates once however often this runs')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when anything is listed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;sla;explain' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;sla;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List every open item that is breached or at risk; --apply escalates the breached ones')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;sla;help;check' {
            break
        }
        'svc;sla;help;explain' {
            break
        }
        'svc;sla;help;help' {
            break
        }
        'svc;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'When something started at --from with target --add is due')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each day of a month: working, weekend, holiday or make-up working day, with its hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;calendar;due' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The start: RFC 3339 or "YYYY-MM-DD[ HH:MM]" in the policy''s zone [default: now]')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'The target: 30m, 24h, 2d (wall clock), 8bh (business hours), 3wd (working days), 2y')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;calendar;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the current month]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;calendar;help' {
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'When something started at --from with target --add is due')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each day of a month: working, weekend, holiday or make-up working day, with its hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;calendar;help;due' {
            break
        }
        'svc;calendar;help;show' {
            break
        }
        'svc;calendar;help;help' {
            break
        }
        'svc;parts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Master-data options shared by add and edit')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Master-data options shared by add and edit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List parts with their stock')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One part: details, stock, reorder levels and recent movements')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Options shared by every `… import`')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Goods in: add stock, optionally against a purchase order')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Take parts for a ticket: stock goes down, the cost lands on the ticket')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Stocktake: record the counted quantity; the difference is booked as the variance')
            [CompletionResult]::new('scrap', 'scrap', [CompletionResultType]::ParameterValue, 'Scrap damaged or obsolete parts (a reason is required)')
            [CompletionResult]::new('reorder', 'reorder', [CompletionResultType]::ParameterValue, 'What to order now, grouped by supplier; --apply drafts the purchase orders')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;parts;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'What the part is called, e.g. 风扇电机')
            [CompletionResult]::new('--model-fit', '--model-fit', [CompletionResultType]::ParameterName, 'Product models the part fits, comma-separated: AT-100,AT-200')
            [CompletionResult]::new('--unit-cost', '--unit-cost', [CompletionResultType]::ParameterName, 'Cost of one unit')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier''s id (supplier add)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it is kept (shelf, bin)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Reorder point: order when available ≤ min (give both min and max, or neither)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Order up to this level')
            [CompletionResult]::new('--pack', '--pack', [CompletionResultType]::ParameterName, 'Orders are rounded up to a multiple of this [default: 1]')
            [CompletionResult]::new('--moq', '--moq', [CompletionResultType]::ParameterName, 'Minimum order quantity [default: 0]')
            [CompletionResult]::new('--lead-time', '--lead-time', [CompletionResultType]::ParameterName, 'Days from order to delivery [default: the supplier''s, else 0]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--model-fit', '--model-fit', [CompletionResultType]::ParameterName, 'Product models the part fits, comma-separated: AT-100,AT-200')
            [CompletionResult]::new('--unit-cost', '--unit-cost', [CompletionResultType]::ParameterName, 'Cost of one unit')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier''s id (supplier add)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it is kept (shelf, bin)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Reorder point: order when available ≤ min (give both min and max, or neither)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Order up to this level')
            [CompletionResult]::new('--pack', '--pack', [CompletionResultType]::ParameterName, 'Orders are rounded up to a multiple of this [default: 1]')
            [CompletionResult]::new('--moq', '--moq', [CompletionResultType]::ParameterName, 'Minimum order quantity [default: 0]')
            [CompletionResult]::new('--lead-time', '--lead-time', [CompletionResultType]::ParameterName, 'Days from order to delivery [default: the supplier''s, else 0]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--clear-min-max', '--clear-min-max', [CompletionResultType]::ParameterName, 'Drop min and max: reorder from demand again')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only parts of this supplier')
            [CompletionResult]::new('--fits', '--fits', [CompletionResultType]::ParameterName, 'Only parts that fit this product model')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--low', '--low', [CompletionResultType]::ParameterName, 'Only parts at or below their reorder point (available ≤ min)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;receive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'How many arrived')
            [CompletionResult]::new('--po', '--po', [CompletionResultType]::ParameterName, 'Book them against this purchase order (PO-3 or 3)')
            [CompletionResult]::new('--unit-cost', '--unit-cost', [CompletionResultType]::ParameterName, 'Price paid per unit; becomes the part''s unit cost')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'How many go into the job')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'The ticket the parts go into (T-42 or 42)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;count' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'The quantity found on the shelf')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;scrap' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'How many are scrapped')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required): damaged beyond repair, obsolete, …')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;reorder' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only parts of this supplier')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Create one draft purchase order per supplier (needs parts.order)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when something should be ordered')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;parts;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a part (no stock yet: receive it with parts receive)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a part''s details (not its stock)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List parts with their stock')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One part: details, stock, reorder levels and recent movements')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import parts from CSV (the columns of parts list --format csv; all rows or none)')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Goods in: add stock, optionally against a purchase order')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Take parts for a ticket: stock goes down, the cost lands on the ticket')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Stocktake: record the counted quantity; the difference is booked as the variance')
            [CompletionResult]::new('scrap', 'scrap', [CompletionResultType]::ParameterValue, 'Scrap damaged or obsolete parts (a reason is required)')
            [CompletionResult]::new('reorder', 'reorder', [CompletionResultType]::ParameterValue, 'What to order now, grouped by supplier; --apply drafts the purchase orders')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;parts;help;add' {
            break
        }
        'svc;parts;help;edit' {
            break
        }
        'svc;parts;help;list' {
            break
        }
        'svc;parts;help;show' {
            break
        }
        'svc;parts;help;import' {
            break
        }
        'svc;parts;help;receive' {
            break
        }
        'svc;parts;help;use' {
            break
        }
        'svc;parts;help;count' {
            break
        }
        'svc;parts;help;scrap' {
            break
        }
        'svc;parts;help;reorder' {
            break
        }
        'svc;parts;help;help' {
            break
        }
        'svc;supplier' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a supplier of parts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;supplier;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The supplier''s company name')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Who to call or write to')
            [CompletionResult]::new('--lead-time', '--lead-time', [CompletionResultType]::ParameterName, 'Usual days from order to delivery (parts without their own lead time use it)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;supplier;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;supplier;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a supplier of parts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;supplier;help;add' {
            break
        }
        'svc;supplier;help;list' {
            break
        }
        'svc;supplier;help;help' {
            break
        }
        'svc;po' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchase orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One purchase order with its lines')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mark a draft as sent to the supplier')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Book goods received on an order: the lines given, or everything outstanding')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;po;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: draft, sent, partially_received, closed')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only this supplier''s')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;po;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;po;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;po;receive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'A part received (repeat with --qty for several lines)')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'How many of the --sku before it')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;po;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchase orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One purchase order with its lines')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mark a draft as sent to the supplier')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Book goods received on an order: the lines given, or everything outstanding')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;po;help;list' {
            break
        }
        'svc;po;help;show' {
            break
        }
        'svc;po;help;send' {
            break
        }
        'svc;po;help;receive' {
            break
        }
        'svc;po;help;help' {
            break
        }
        'svc;cost' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book a cost on a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List costs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;cost;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'The ticket (T-42 or 42)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the cost is for')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Above 0, at most 1000000000, in the policy''s currency')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What it was for')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;cost;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Only this ticket''s (T-42 or 42)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this day (inclusive)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this day (inclusive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;cost;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book a cost on a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List costs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;cost;help;add' {
            break
        }
        'svc;cost;help;list' {
            break
        }
        'svc;cost;help;help' {
            break
        }
        'svc;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints by category over a period')
            [CompletionResult]::new('engineers', 'engineers', [CompletionResultType]::ParameterValue, 'Per engineer over a period: resolved, resolved in time, hours, satisfaction')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'SLA clocks met, breached and pending per metric over a period')
            [CompletionResult]::new('parts', 'parts', [CompletionResultType]::ParameterValue, 'Parts used, scrapped, received and ordered over a period')
            [CompletionResult]::new('costs', 'costs', [CompletionResultType]::ParameterValue, 'The year''s costs against the budget per category, with a projection to year end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;report;monthly' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the last full month before --now]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Only this section (required with --format csv)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (created readable by the owner only) instead of stdout; required with --format html')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'svc;report;complaints' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD) [default: 29 days before --until]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day (YYYY-MM-DD), included [default: today]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;report;engineers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD) [default: 29 days before --until]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day (YYYY-MM-DD), included [default: today]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;report;sla' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD) [default: 29 days before --until]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day (YYYY-MM-DD), included [default: today]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;report;parts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD) [default: 29 days before --until]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day (YYYY-MM-DD), included [default: today]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;report;costs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year [default: the year of --now]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 10 when a category has used warn_at or more of its budget')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;report;help' {
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints by category over a period')
            [CompletionResult]::new('engineers', 'engineers', [CompletionResultType]::ParameterValue, 'Per engineer over a period: resolved, resolved in time, hours, satisfaction')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'SLA clocks met, breached and pending per metric over a period')
            [CompletionResult]::new('parts', 'parts', [CompletionResultType]::ParameterValue, 'Parts used, scrapped, received and ordered over a period')
            [CompletionResult]::new('costs', 'costs', [CompletionResultType]::ParameterValue, 'The year''s costs against the budget per category, with a projection to year end')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;report;help;monthly' {
            break
        }
        'svc;report;help;complaints' {
            break
        }
        'svc;report;help;engineers' {
            break
        }
        'svc;report;help;sla' {
            break
        }
        'svc;report;help;parts' {
            break
        }
        'svc;report;help;costs' {
            break
        }
        'svc;report;help;help' {
            break
        }
        'svc;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only events by this staff member')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only events of this record')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this day (inclusive)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this day (inclusive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first event altered or removed behind svc''s back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;audit;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first event altered or removed behind svc''s back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;audit;help;verify' {
            break
        }
        'svc;audit;help;help' {
            break
        }
        'svc;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write: a complete SQLite database, readable by you only')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it already exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write closed records older than a date, with their events, encrypted to an age recipient')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Decrypt an archive and list (or, as JSON, print) what it holds')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete archived records from the database, after checking the archive holds each unchanged')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;archive;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Records that ended (closed or cancelled) before this day, YYYY-MM-DD in the policy''s zone')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The archive file to write (readable by you only)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'An age public key (age1…) to encrypt to; repeat for several')
            [CompletionResult]::new('--recipient-file', '--recipient-file', [CompletionResultType]::ParameterName, 'A file of age public keys, one a line (as `age-keygen -y` prints)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it already exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;archive;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age key file (age-keygen format) whose public key the archive was encrypted to')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;archive;purge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Delete records that ended before this day; must be at least retention.keep ago')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'The archive that must hold every record to delete')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age key file that opens the archive')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;archive;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write closed records older than a date, with their events, encrypted to an age recipient')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Decrypt an archive and list (or, as JSON, print) what it holds')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete archived records from the database, after checking the archive holds each unchanged')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;archive;help;export' {
            break
        }
        'svc;archive;help;show' {
            break
        }
        'svc;archive;help;purge' {
            break
        }
        'svc;archive;help;help' {
            break
        }
        'svc;incident' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an incident (or a drill); prints its id INC-n')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a ticket (T-n) or complaint (C-n) to an open incident')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The outreach list: everyone who bought the product or lives in the region')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open incident with a summary of what was done')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List incidents (drills included, marked in the drill column)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;incident;declare' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What happened, in one line')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'product_failure needs --product; disaster needs --region')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product model that fails: its buyers are contacted')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The region struck: the customers who live there are contacted')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--drill', '--drill', [CompletionResultType]::ParameterName, 'An exercise: handled like an incident, counted apart in reports')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;incident;link' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;incident;customers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;incident;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What happened and what was done')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;incident;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or only closed incidents')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Declared on or after this day')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Declared on or before this day')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;incident;help' {
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an incident (or a drill); prints its id INC-n')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a ticket (T-n) or complaint (C-n) to an open incident')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The outreach list: everyone who bought the product or lives in the region')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open incident with a summary of what was done')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List incidents (drills included, marked in the drill column)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;incident;help;declare' {
            break
        }
        'svc;incident;help;link' {
            break
        }
        'svc;incident;help;customers' {
            break
        }
        'svc;incident;help;close' {
            break
        }
        'svc;incident;help;list' {
            break
        }
        'svc;incident;help;help' {
            break
        }
        'svc;lint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database, write policy.toml, register yourself as admin')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or check the policy')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff members and their roles')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'The customer archive')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products (models) the desk services')
            [CompletionResult]::new('purchase', 'purchase', [CompletionResultType]::ParameterValue, 'Purchases: who bought what, when')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Tickets: fault reports, inquiries and installations, from intake to sign-off')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Satisfaction and follow-up callbacks')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'The case library: search how resolved tickets and complaints were solved')
            [CompletionResult]::new('complaint', 'complaint', [CompletionResultType]::ParameterValue, 'Complaints: grade, owner, plan deadline, remedy, escalation')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'SLA clocks: the cron check that escalates breaches, and how due times were computed')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The business calendar: due times and working days')
            [CompletionResult]::new('parts', 'parts', [CompletionResultType]::ParameterValue, 'Spare parts: stock, movements (receive, use, count, scrap) and reordering')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Suppliers of parts')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Purchase orders for parts')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Costs booked on tickets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The timeline of one record from the audit trail')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List or verify the audit trail')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database safely while others work (SQLite online backup)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Encrypted archives of closed records: export, show, purge')
            [CompletionResult]::new('incident', 'incident', [CompletionResultType]::ParameterValue, 'Emergencies: product failures, disasters, drills')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a reply or script for forbidden and vague phrases (no database needed)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;help;init' {
            break
        }
        'svc;help;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective policy (built-in default merged with your file)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors')
            break
        }
        'svc;help;policy;show' {
            break
        }
        'svc;help;policy;check' {
            break
        }
        'svc;help;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a staff member with a role of the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (kept for the records, can no longer act)')
            break
        }
        'svc;help;staff;add' {
            break
        }
        'svc;help;staff;list' {
            break
        }
        'svc;help;staff;deactivate' {
            break
        }
        'svc;help;customer' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer (id KHyyyymmddNNN unless --id)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV (all rows or none)')
            break
        }
        'svc;help;customer;add' {
            break
        }
        'svc;help;customer;list' {
            break
        }
        'svc;help;customer;show' {
            break
        }
        'svc;help;customer;edit' {
            break
        }
        'svc;help;customer;import' {
            break
        }
        'svc;help;product' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from CSV')
            break
        }
        'svc;help;product;add' {
            break
        }
        'svc;help;product;list' {
            break
        }
        'svc;help;product;import' {
            break
        }
        'svc;help;purchase' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import purchases from CSV')
            break
        }
        'svc;help;purchase;add' {
            break
        }
        'svc;help;purchase;list' {
            break
        }
        'svc;help;purchase;import' {
            break
        }
        'svc;help;ticket' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a ticket: a fault report, an inquiry or an installation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets (all matching rows unless --limit)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: fields, due times, notes, parts, costs and timeline')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give the ticket to a staff member, or let svc pick an engineer')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Set (or move) the on-site appointment')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Work begins (a new ticket goes to whoever starts it)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Work goes on after waiting')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Take the product back for repair, with the handover list (model, quantity, fault)')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The repaired product went back to the customer')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'The problem is solved; --hours books labour at costs.labour_rate')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'The customer accepts the work (needed to close modes in tickets.require_signoff)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket; the resolve clock starts again')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'End a ticket opened in error or merged by hand (no callback)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)')
            break
        }
        'svc;help;ticket;open' {
            break
        }
        'svc;help;ticket;list' {
            break
        }
        'svc;help;ticket;show' {
            break
        }
        'svc;help;ticket;assign' {
            break
        }
        'svc;help;ticket;schedule' {
            break
        }
        'svc;help;ticket;start' {
            break
        }
        'svc;help;ticket;wait' {
            break
        }
        'svc;help;ticket;resume' {
            break
        }
        'svc;help;ticket;handover' {
            break
        }
        'svc;help;ticket;return' {
            break
        }
        'svc;help;ticket;resolve' {
            break
        }
        'svc;help;ticket;sign' {
            break
        }
        'svc;help;ticket;close' {
            break
        }
        'svc;help;ticket;reopen' {
            break
        }
        'svc;help;ticket;cancel' {
            break
        }
        'svc;help;ticket;note' {
            break
        }
        'svc;help;ticket;import' {
            break
        }
        'svc;help;callback' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List callbacks, soonest due first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One callback with its history')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record the result of a call')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a proactive callback')
            break
        }
        'svc;help;callback;list' {
            break
        }
        'svc;help;callback;show' {
            break
        }
        'svc;help;callback;record' {
            break
        }
        'svc;help;callback;schedule' {
            break
        }
        'svc;help;case' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search resolved and closed tickets and complaints (all matches unless --limit)')
            break
        }
        'svc;help;case;search' {
            break
        }
        'svc;help;complaint' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List complaints, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Fields, notes and the timeline of one complaint')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note; customer-facing notes are checked for forbidden phrases')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Move one step up escalation.ladder (or to --to ROLE)')
            [CompletionResult]::new('investigate', 'investigate', [CompletionResultType]::ParameterValue, 'Start or continue the investigation (open → investigating)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Record the outcome (planned → resolved)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a resolved complaint')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Back to investigating with a fresh plan clock (from resolved or closed)')
            break
        }
        'svc;help;complaint;open' {
            break
        }
        'svc;help;complaint;list' {
            break
        }
        'svc;help;complaint;show' {
            break
        }
        'svc;help;complaint;note' {
            break
        }
        'svc;help;complaint;escalate' {
            break
        }
        'svc;help;complaint;investigate' {
            break
        }
        'svc;help;complaint;plan' {
            break
        }
        'svc;help;complaint;resolve' {
            break
        }
        'svc;help;complaint;close' {
            break
        }
        'svc;help;complaint;reopen' {
            break
        }
        'svc;help;sla' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List every open item that is breached or at risk; --apply escalates the breached ones')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses')
            break
        }
        'svc;help;sla;check' {
            break
        }
        'svc;help;sla;explain' {
            break
        }
        'svc;help;calendar' {
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'When something started at --from with target --add is due')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each day of a month: working, weekend, holiday or make-up working day, with its hours')
            break
        }
        'svc;help;calendar;due' {
            break
        }
        'svc;help;calendar;show' {
            break
        }
        'svc;help;parts' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a part (no stock yet: receive it with parts receive)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a part''s details (not its stock)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List parts with their stock')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One part: details, stock, reorder levels and recent movements')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import parts from CSV (the columns of parts list --format csv; all rows or none)')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Goods in: add stock, optionally against a purchase order')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Take parts for a ticket: stock goes down, the cost lands on the ticket')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Stocktake: record the counted quantity; the difference is booked as the variance')
            [CompletionResult]::new('scrap', 'scrap', [CompletionResultType]::ParameterValue, 'Scrap damaged or obsolete parts (a reason is required)')
            [CompletionResult]::new('reorder', 'reorder', [CompletionResultType]::ParameterValue, 'What to order now, grouped by supplier; --apply drafts the purchase orders')
            break
        }
        'svc;help;parts;add' {
            break
        }
        'svc;help;parts;edit' {
            break
        }
        'svc;help;parts;list' {
            break
        }
        'svc;help;parts;show' {
            break
        }
        'svc;help;parts;import' {
            break
        }
        'svc;help;parts;receive' {
            break
        }
        'svc;help;parts;use' {
            break
        }
        'svc;help;parts;count' {
            break
        }
        'svc;help;parts;scrap' {
            break
        }
        'svc;help;parts;reorder' {
            break
        }
        'svc;help;supplier' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a supplier of parts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            break
        }
        'svc;help;supplier;add' {
            break
        }
        'svc;help;supplier;list' {
            break
        }
        'svc;help;po' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List purchase orders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One purchase order with its lines')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mark a draft as sent to the supplier')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Book goods received on an order: the lines given, or everything outstanding')
            break
        }
        'svc;help;po;list' {
            break
        }
        'svc;help;po;show' {
            break
        }
        'svc;help;po;send' {
            break
        }
        'svc;help;po;receive' {
            break
        }
        'svc;help;cost' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Book a cost on a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List costs')
            break
        }
        'svc;help;cost;add' {
            break
        }
        'svc;help;cost;list' {
            break
        }
        'svc;help;report' {
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers')
            [CompletionResult]::new('complaints', 'complaints', [CompletionResultType]::ParameterValue, 'Complaints by category over a period')
            [CompletionResult]::new('engineers', 'engineers', [CompletionResultType]::ParameterValue, 'Per engineer over a period: resolved, resolved in time, hours, satisfaction')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'SLA clocks met, breached and pending per metric over a period')
            [CompletionResult]::new('parts', 'parts', [CompletionResultType]::ParameterValue, 'Parts used, scrapped, received and ordered over a period')
            [CompletionResult]::new('costs', 'costs', [CompletionResultType]::ParameterValue, 'The year''s costs against the budget per category, with a projection to year end')
            break
        }
        'svc;help;report;monthly' {
            break
        }
        'svc;help;report;complaints' {
            break
        }
        'svc;help;report;engineers' {
            break
        }
        'svc;help;report;sla' {
            break
        }
        'svc;help;report;parts' {
            break
        }
        'svc;help;report;costs' {
            break
        }
        'svc;help;history' {
            break
        }
        'svc;help;audit' {
            break
        }
        'svc;help;backup' {
            break
        }
        'svc;help;archive' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write closed records older than a date, with their events, encrypted to an age recipient')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Decrypt an archive and list (or, as JSON, print) what it holds')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete archived records from the database, after checking the archive holds each unchanged')
            break
        }
        'svc;help;archive;export' {
            break
        }
        'svc;help;archive;show' {
            break
        }
        'svc;help;archive;purge' {
            break
        }
        'svc;help;incident' {
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an incident (or a drill); prints its id INC-n')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a ticket (T-n) or complaint (C-n) to an open incident')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'The outreach list: everyone who bought the product or lives in the region')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open incident with a summary of what was done')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List incidents (drills included, marked in the drill column)')
            break
        }
        'svc;help;incident;declare' {
            break
        }
        'svc;help;incident;link' {
            break
        }
        'svc;help;incident;customers' {
            break
        }
        'svc;help;incident;close' {
            break
        }
        'svc;help;incident;list' {
            break
        }
        'svc;help;lint' {
            break
        }
        'svc;help;completions' {
            break
        }
        'svc;help;man' {
            break
        }
        'svc;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
