
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
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The timeline of one record from the audit trail')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List or verify the audit trail')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Load a realistic demo data set (customers, purchases, staff, …)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin')
            [CompletionResult]::new('--skills', '--skills', [CompletionResultType]::ParameterName, 'Categories this person can handle (for ticket assign --auto)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--dept', '--dept', [CompletionResultType]::ParameterName, 'dept')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV (all rows or none)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;customer;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Use this id instead of a generated KHyyyymmddNNN')
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
        'svc;customer;list' {
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only this tier')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the name, id, phone or region')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
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
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Set the tier by hand (vip, normal), or `auto` to follow purchases again')
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
        'svc;customer;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import products from CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;product;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'category')
            [CompletionResult]::new('--manufacturer-contact', '--manufacturer-contact', [CompletionResultType]::ParameterName, 'The manufacturer''s service contact, printed when a warranty has run out')
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
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import purchases from CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;purchase;add' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'customer')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product model')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'serial')
            [CompletionResult]::new('--qty', '--qty', [CompletionResultType]::ParameterName, 'qty')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Amount paid')
            [CompletionResult]::new('--purchased', '--purchased', [CompletionResultType]::ParameterName, 'Purchase date YYYY-MM-DD')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Date the customer received it (warranty windows count from here)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Order number')
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
        'svc;purchase;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s')
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
        'svc;purchase;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'svc;ticket;open' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer id')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'One of the policy''s tickets.categories (no_power, noise, leak, …)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What fails, when, and what was tried (vague text such as "坏了" is refused)')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product model; the warranty is decided on the customer''s latest purchase of it')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Serial number of the purchase concerned')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Starting priority (VIP customers start one step higher) [default: normal]')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the customer reached us [default: phone]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'How the work is done [default: remote]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of request [default: repair]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Open even though the customer has an open ticket of this category (recorded)')
            [CompletionResult]::new('--chase', '--chase', [CompletionResultType]::ParameterName, 'The customer is chasing their open ticket: note it there and raise its priority')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only tickets held by this staff member')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Opened on or after this day')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Opened on or before this day')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows [default: id]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open tickets past their resolve or first-response due time')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Staff id')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--auto', '--auto', [CompletionResultType]::ParameterName, 'Pick the active engineer with the skill in the customer''s region who has the fewest open tickets')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;schedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When: "YYYY-MM-DD HH:MM" or RFC 3339')
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
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What the work waits for')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Expected until')
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
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'The handover list, e.g. "AT-100 ×1，风扇异响"')
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
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'What was done')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Working hours to book as labour cost')
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
        'svc;ticket;sign' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who signed')
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
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
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
        'svc;ticket;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
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
        'svc;ticket;note' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Only for staff: not shown to the customer, not checked')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'svc;ticket;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database file')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: policy.toml beside the database, else the built-in policy]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting (staff id) [default: the OS login name]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]')
            [CompletionResult]::new('--raw-csv', '--raw-csv', [CompletionResultType]::ParameterName, 'Do not guard CSV cells that start with = + - @ (formula injection)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential result (e.g. the new id)')
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
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only events by this staff member')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only events of this record')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this day (inclusive)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this day (inclusive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
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
        'svc;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database, write policy.toml, register yourself as admin')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or check the policy')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff members and their roles')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'The customer archive')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products (models) the desk services')
            [CompletionResult]::new('purchase', 'purchase', [CompletionResultType]::ParameterValue, 'Purchases: who bought what, when')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Tickets: fault reports, inquiries and installations, from intake to sign-off')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The timeline of one record from the audit trail')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List or verify the audit trail')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
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
        'svc;help;history' {
            break
        }
        'svc;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first event altered or removed behind svc''s back')
            break
        }
        'svc;help;audit;verify' {
            break
        }
        'svc;help;completions' {
            break
        }
        'svc;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
