# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_svc_global_optspecs
    string join \n db= policy= as= now= format= bom raw-csv reveal q/quiet h/help V/version
end

function __fish_svc_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_svc_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_svc_using_subcommand
    set -l cmd (__fish_svc_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c svc -n "__fish_svc_needs_command" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_needs_command" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_needs_command" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_needs_command" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_needs_command" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_needs_command" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_needs_command" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_needs_command" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_needs_command" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_needs_command" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_needs_command" -s V -l version -d 'Print version'
complete -c svc -n "__fish_svc_needs_command" -f -a "init" -d 'Create or migrate the database, write policy.toml, register yourself as admin'
complete -c svc -n "__fish_svc_needs_command" -f -a "policy" -d 'Show or check the policy'
complete -c svc -n "__fish_svc_needs_command" -f -a "staff" -d 'Staff members and their roles'
complete -c svc -n "__fish_svc_needs_command" -f -a "customer" -d 'The customer archive'
complete -c svc -n "__fish_svc_needs_command" -f -a "product" -d 'Products (models) the desk services'
complete -c svc -n "__fish_svc_needs_command" -f -a "purchase" -d 'Purchases: who bought what, when'
complete -c svc -n "__fish_svc_needs_command" -f -a "ticket" -d 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
complete -c svc -n "__fish_svc_needs_command" -f -a "callback" -d 'Satisfaction and follow-up callbacks'
complete -c svc -n "__fish_svc_needs_command" -f -a "case" -d 'The case library: search how resolved tickets and complaints were solved'
complete -c svc -n "__fish_svc_needs_command" -f -a "complaint" -d 'Complaints: grade, owner, plan deadline, remedy, escalation'
complete -c svc -n "__fish_svc_needs_command" -f -a "sla" -d 'SLA clocks: the cron check that escalates breaches, and how due times were computed'
complete -c svc -n "__fish_svc_needs_command" -f -a "calendar" -d 'The business calendar: due times and working days'
complete -c svc -n "__fish_svc_needs_command" -f -a "parts" -d 'Spare parts: stock, movements (receive, use, count, scrap) and reordering'
complete -c svc -n "__fish_svc_needs_command" -f -a "supplier" -d 'Suppliers of parts'
complete -c svc -n "__fish_svc_needs_command" -f -a "po" -d 'Purchase orders for parts'
complete -c svc -n "__fish_svc_needs_command" -f -a "cost" -d 'Costs booked on tickets'
complete -c svc -n "__fish_svc_needs_command" -f -a "report" -d 'Reports'
complete -c svc -n "__fish_svc_needs_command" -f -a "history" -d 'The timeline of one record from the audit trail'
complete -c svc -n "__fish_svc_needs_command" -f -a "audit" -d 'List or verify the audit trail'
complete -c svc -n "__fish_svc_needs_command" -f -a "backup" -d 'Copy the database safely while others work (SQLite online backup)'
complete -c svc -n "__fish_svc_needs_command" -f -a "archive" -d 'Encrypted archives of closed records: export, show, purge'
complete -c svc -n "__fish_svc_needs_command" -f -a "incident" -d 'Emergencies: product failures, disasters, drills'
complete -c svc -n "__fish_svc_needs_command" -f -a "lint" -d 'Check a reply or script before saying it to a customer'
complete -c svc -n "__fish_svc_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c svc -n "__fish_svc_needs_command" -f -a "man" -d 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`'
complete -c svc -n "__fish_svc_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand init" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand init" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand init" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand init" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand init" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand init" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand init" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand init" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand init" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand init" -l demo -d 'Load a realistic demo data set (customers, purchases, staff, …)'
complete -c svc -n "__fish_svc_using_subcommand init" -l force -d 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data'
complete -c svc -n "__fish_svc_using_subcommand init" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -f -a "show" -d 'Print the effective policy (built-in default merged with your file)'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -f -a "check" -d 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
complete -c svc -n "__fish_svc_using_subcommand policy; and not __fish_seen_subcommand_from show check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective policy (built-in default merged with your file)'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
complete -c svc -n "__fish_svc_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "add" -d 'Register a staff member with a role of the policy'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "list" -d 'List staff'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "deactivate" -d 'Deactivate a staff member (kept for the records, can no longer act)'
complete -c svc -n "__fish_svc_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l role -d 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l skills -d 'Categories this person can handle (for ticket assign --auto)' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l region -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l dept -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a staff member with a role of the policy'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'List staff'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a staff member (kept for the records, can no longer act)'
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "add" -d 'Add a customer (id KHyyyymmddNNN unless --id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "list" -d 'List customers'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "show" -d 'The customer\'s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "edit" -d 'Change a customer\'s details'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "import" -d 'Options shared by every `… import`'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l phone -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l email -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l address -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l region -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l id -d 'Use this id instead of a generated KHyyyymmddNNN' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l tier -d 'Only this tier' -r -f -a "vip\t''
normal\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l search -d 'Text in the name, id, phone or region' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l phone -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l email -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l address -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l region -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l tier -d 'Set the tier by hand (vip, normal), or `auto` to follow purchases again' -r -f -a "vip\t''
normal\t''
auto\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a customer (id KHyyyymmddNNN unless --id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'The customer\'s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a customer\'s details'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import customers from CSV (all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "add" -d 'Add a product model'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "list" -d 'List products'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "import" -d 'Options shared by every `… import`'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l category -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l manufacturer-contact -d 'The manufacturer\'s service contact, printed when a warranty has run out' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a product model'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "list" -d 'List products'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import products from CSV'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "add" -d 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "list" -d 'List purchases'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "import" -d 'Options shared by every `… import`'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l customer -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l product -d 'Product model' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l serial -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l qty -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l value -d 'Amount paid' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l purchased -d 'Purchase date YYYY-MM-DD' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l received -d 'Date the customer received it (warranty windows count from here)' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l order -d 'Order number' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "list" -d 'List purchases'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import purchases from CSV'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "open" -d 'Open a ticket: a fault report, an inquiry or an installation'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "list" -d 'List tickets (all matching rows unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "show" -d 'One ticket: fields, due times, notes, parts, costs and timeline'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "assign" -d 'Give the ticket to a staff member, or let svc pick an engineer'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "schedule" -d 'Set (or move) the on-site appointment'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "start" -d 'Work begins (a new ticket goes to whoever starts it)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "wait" -d 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "resume" -d 'Work goes on after waiting'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "handover" -d 'Take the product back for repair, with the handover list (model, quantity, fault)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "return" -d 'The repaired product went back to the customer'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "resolve" -d 'The problem is solved; --hours books labour at costs.labour_rate'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "sign" -d 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "close" -d 'Close a resolved ticket'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "reopen" -d 'Reopen a resolved or closed ticket; the resolve clock starts again'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "cancel" -d 'End a ticket opened in error or merged by hand (no callback)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "import" -d 'Options shared by every `… import`'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l customer -d 'Customer id' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l category -d 'One of the policy\'s tickets.categories (no_power, noise, leak, …)' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l description -d 'What fails, when, and what was tried (vague text such as "坏了" is refused)' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l product -d 'Product model; the warranty is decided on the customer\'s latest purchase of it' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l serial -d 'Serial number of the purchase concerned' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l priority -d 'Starting priority (VIP customers start one step higher) [default: normal]' -r -f -a "low\t''
normal\t''
high\t''
urgent\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l channel -d 'How the customer reached us [default: phone]' -r -f -a "phone\t''
online\t''
email\t''
visit\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l mode -d 'How the work is done [default: remote]' -r -f -a "remote\t''
onsite\t''
takeback\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l kind -d 'What kind of request [default: repair]' -r -f -a "repair\t''
inquiry\t''
install\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l force -d 'Open even though the customer has an open ticket of this category (recorded)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l chase -d 'The customer is chasing their open ticket: note it there and raise its priority'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l status -d 'Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l assignee -d 'Only tickets held by this staff member' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l category -d 'Only this category' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l since -d 'Opened on or after this day' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l until -d 'Opened on or before this day' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l sort -d 'Order of the rows [default: id]' -r -f -a "due\t'Resolve due time, earliest first'
opened\t'Opening time, oldest first'
priority\t'Urgent first, then by due time'"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l overdue -d 'Only open tickets past their resolve or first-response due time'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l to -d 'Staff id' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l auto -d 'Pick the active engineer with the skill in the customer\'s region who has the fewest open tickets'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l at -d 'When: "YYYY-MM-DD HH:MM" or RFC 3339' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l for -d 'What the work waits for' -r -f -a "customer\t''
parts\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l until -d 'Expected until' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l items -d 'The handover list, e.g. "AT-100 ×1，风扇异响"' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from return" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l resolution -d 'What was done' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l hours -d 'Working hours to book as labour cost' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l by -d 'Who signed' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l text -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l internal -d 'Only for staff: not shown to the customer, not checked'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a ticket: a fault report, an inquiry or an installation'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tickets (all matching rows unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "show" -d 'One ticket: fields, due times, notes, parts, costs and timeline'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give the ticket to a staff member, or let svc pick an engineer'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Set (or move) the on-site appointment'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "start" -d 'Work begins (a new ticket goes to whoever starts it)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Work goes on after waiting'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "handover" -d 'Take the product back for repair, with the handover list (model, quantity, fault)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "return" -d 'The repaired product went back to the customer'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'The problem is solved; --hours books labour at costs.labour_rate'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "sign" -d 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a resolved ticket'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a resolved or closed ticket; the resolve clock starts again'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'End a ticket opened in error or merged by hand (no callback)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -f -a "list" -d 'List callbacks, soonest due first'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -f -a "show" -d 'One callback with its history'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -f -a "record" -d 'Record the result of a call'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -f -a "schedule" -d 'Schedule a proactive callback'
complete -c svc -n "__fish_svc_using_subcommand callback; and not __fish_seen_subcommand_from list show record schedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l customer -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l status -d 'pending, done or unreachable' -r -f -a "pending\t''
done\t''
unreachable\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l due -d 'Only pending callbacks due by the end of today'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -l overdue -d 'Only pending callbacks past their due time'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l result -d 'satisfied closes a resolved source; unsatisfied reopens it; unreachable tries again a working day later' -r -f -a "satisfied\t''
unsatisfied\t''
unreachable\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l score -d 'Satisfaction score 1-5' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l note -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l customer -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l about -d 'The ticket or complaint the call is about (T-3, C-2)' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l due -d 'When to call (TIME)' -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "list" -d 'List callbacks, soonest due first'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "show" -d 'One callback with its history'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record the result of a call'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Schedule a proactive callback'
complete -c svc -n "__fish_svc_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -f -a "search" -d 'Search resolved and closed tickets and complaints (all matches unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand case; and not __fish_seen_subcommand_from search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l kind -d 'Only tickets or only complaints' -r -f -a "ticket\t''
complaint\t''"
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l category -d 'Only this category (of tickets.categories or complaints.categories)' -r
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l product -d 'Only cases about this product model (complaints: the purchase\'s model)' -r
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l limit -d 'At most this many cases, the best first' -r
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search resolved and closed tickets and complaints (all matches unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "open" -d 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "list" -d 'List complaints, newest first'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "show" -d 'Fields, notes and the timeline of one complaint'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "escalate" -d 'Move one step up escalation.ladder (or to --to ROLE)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "investigate" -d 'Start or continue the investigation (open → investigating)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "plan" -d 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "resolve" -d 'Record the outcome (planned → resolved)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "close" -d 'Close a resolved complaint'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "reopen" -d 'Back to investigating with a fresh plan clock (from resolved or closed)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and not __fish_seen_subcommand_from open list show note escalate investigate plan resolve close reopen help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l customer -d 'Customer id' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l category -d 'One of complaints.categories (late_delivery, quality, damaged, …)' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l description -d 'What happened, in the customer\'s words' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l demand -d 'What the customer asks for (exchange, refund, compensation, …)' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l severity -d 'Grade; a major keyword in the description (冒烟, 起火, …) always makes it major' -r -f -a "ordinary\t''
major\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l ticket -d 'A related ticket, T-n' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l serial -d 'The purchase by serial number [default: the customer\'s latest purchase]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l order -d 'The purchase by order number' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -l force -d 'Open even though an open complaint of the same customer and category exists (recorded)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l status -r -f -a "open\t''
investigating\t''
planned\t''
resolved\t''
closed\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l customer -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l category -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l severity -r -f -a "ordinary\t''
major\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l since -d 'Opened on or after this day (YYYY-MM-DD)' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l until -d 'Opened on or before this day (YYYY-MM-DD)' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l text -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -l internal -d 'For colleagues only: not checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l to -d 'A higher step of escalation.ladder [default: one step up]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from escalate" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l note -d 'What was found or done (kept as an internal note)' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from investigate" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l text -d 'The solution offered to the customer' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l owner -d 'Staff member responsible for carrying it out' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l due -d 'When it will have been carried out' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l outcome -d 'What was done and how the customer took it' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l compensation -d 'Amount paid or credited to the customer' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List complaints, newest first'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "show" -d 'Fields, notes and the timeline of one complaint'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "escalate" -d 'Move one step up escalation.ladder (or to --to ROLE)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "investigate" -d 'Start or continue the investigation (open → investigating)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Record the outcome (planned → resolved)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a resolved complaint'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Back to investigating with a fresh plan clock (from resolved or closed)'
complete -c svc -n "__fish_svc_using_subcommand complaint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -f -a "check" -d 'List every open item that is breached or at risk; --apply escalates the breached ones'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -f -a "explain" -d 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
complete -c svc -n "__fish_svc_using_subcommand sla; and not __fish_seen_subcommand_from check explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l kind -d 'Only this kind of item' -r -f -a "ticket\t''
complaint\t''
callback\t''"
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l apply -d 'Escalate each breached item one step up escalation.ladder (needs sla.apply); a breach escalates once however often this runs'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -l exit-code -d 'Exit 10 when anything is listed'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from help" -f -a "check" -d 'List every open item that is breached or at risk; --apply escalates the breached ones'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from help" -f -a "explain" -d 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
complete -c svc -n "__fish_svc_using_subcommand sla; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -f -a "due" -d 'When something started at --from with target --add is due'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -f -a "show" -d 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
complete -c svc -n "__fish_svc_using_subcommand calendar; and not __fish_seen_subcommand_from due show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l from -d 'The start: RFC 3339 or "YYYY-MM-DD[ HH:MM]" in the policy\'s zone [default: now]' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l add -d 'The target: 30m, 24h, 2d (wall clock), 8bh (business hours), 3wd (working days), 2y' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l month -d 'The month, YYYY-MM [default: the current month]' -r
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "due" -d 'When something started at --from with target --add is due'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "show" -d 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
complete -c svc -n "__fish_svc_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "add" -d 'Master-data options shared by add and edit'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "edit" -d 'Master-data options shared by add and edit'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "list" -d 'List parts with their stock'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "show" -d 'One part: details, stock, reorder levels and recent movements'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "import" -d 'Options shared by every `… import`'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "receive" -d 'Goods in: add stock, optionally against a purchase order'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "use" -d 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "count" -d 'Stocktake: record the counted quantity; the difference is booked as the variance'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "scrap" -d 'Scrap damaged or obsolete parts (a reason is required)'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "reorder" -d 'What to order now, grouped by supplier; --apply drafts the purchase orders'
complete -c svc -n "__fish_svc_using_subcommand parts; and not __fish_seen_subcommand_from add edit list show import receive use count scrap reorder help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l name -d 'What the part is called, e.g. 风扇电机' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l model-fit -d 'Product models the part fits, comma-separated: AT-100,AT-200' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l unit-cost -d 'Cost of one unit' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l supplier -d 'The supplier\'s id (supplier add)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l location -d 'Where it is kept (shelf, bin)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l min -d 'Reorder point: order when available ≤ min (give both min and max, or neither)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l max -d 'Order up to this level' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l pack -d 'Orders are rounded up to a multiple of this [default: 1]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l moq -d 'Minimum order quantity [default: 0]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l lead-time -d 'Days from order to delivery [default: the supplier\'s, else 0]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l model-fit -d 'Product models the part fits, comma-separated: AT-100,AT-200' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l unit-cost -d 'Cost of one unit' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l supplier -d 'The supplier\'s id (supplier add)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l location -d 'Where it is kept (shelf, bin)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l min -d 'Reorder point: order when available ≤ min (give both min and max, or neither)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l max -d 'Order up to this level' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l pack -d 'Orders are rounded up to a multiple of this [default: 1]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l moq -d 'Minimum order quantity [default: 0]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l lead-time -d 'Days from order to delivery [default: the supplier\'s, else 0]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -l clear-min-max -d 'Drop min and max: reorder from demand again'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l supplier -d 'Only parts of this supplier' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l fits -d 'Only parts that fit this product model' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -l low -d 'Only parts at or below their reorder point (available ≤ min)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l qty -d 'How many arrived' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l po -d 'Book them against this purchase order (PO-3 or 3)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l unit-cost -d 'Price paid per unit; becomes the part\'s unit cost' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l qty -d 'How many go into the job' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l ticket -d 'The ticket the parts go into (T-42 or 42)' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l qty -d 'The quantity found on the shelf' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l qty -d 'How many are scrapped' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l reason -d 'Why (required): damaged beyond repair, obsolete, …' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from scrap" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l supplier -d 'Only parts of this supplier' -r
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l apply -d 'Create one draft purchase order per supplier (needs parts.order)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -l exit-code -d 'Exit 10 when something should be ordered'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from reorder" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a part (no stock yet: receive it with parts receive)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a part\'s details (not its stock)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List parts with their stock'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "show" -d 'One part: details, stock, reorder levels and recent movements'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import parts from CSV (the columns of parts list --format csv; all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Goods in: add stock, optionally against a purchase order'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "use" -d 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "count" -d 'Stocktake: record the counted quantity; the difference is booked as the variance'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "scrap" -d 'Scrap damaged or obsolete parts (a reason is required)'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "reorder" -d 'What to order now, grouped by supplier; --apply drafts the purchase orders'
complete -c svc -n "__fish_svc_using_subcommand parts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Add a supplier of parts'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'List suppliers'
complete -c svc -n "__fish_svc_using_subcommand supplier; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l name -d 'The supplier\'s company name' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l contact -d 'Who to call or write to' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l lead-time -d 'Usual days from order to delivery (parts without their own lead time use it)' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a supplier of parts'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "list" -d 'List suppliers'
complete -c svc -n "__fish_svc_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -f -a "list" -d 'List purchase orders'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -f -a "show" -d 'One purchase order with its lines'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -f -a "send" -d 'Mark a draft as sent to the supplier'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -f -a "receive" -d 'Book goods received on an order: the lines given, or everything outstanding'
complete -c svc -n "__fish_svc_using_subcommand po; and not __fish_seen_subcommand_from list show send receive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l status -d 'Only this status: draft, sent, partially_received, closed' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l supplier -d 'Only this supplier\'s' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l sku -d 'A part received (repeat with --qty for several lines)' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l qty -d 'How many of the --sku before it' -r
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from help" -f -a "list" -d 'List purchase orders'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from help" -f -a "show" -d 'One purchase order with its lines'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from help" -f -a "send" -d 'Mark a draft as sent to the supplier'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Book goods received on an order: the lines given, or everything outstanding'
complete -c svc -n "__fish_svc_using_subcommand po; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Book a cost on a ticket'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'List costs'
complete -c svc -n "__fish_svc_using_subcommand cost; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l ticket -d 'The ticket (T-42 or 42)' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l kind -d 'What the cost is for' -r -f -a "labour\t''
parts\t''
travel\t''
other\t''"
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l amount -d 'Above 0, at most 1000000000, in the policy\'s currency' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l note -d 'What it was for' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l ticket -d 'Only this ticket\'s (T-42 or 42)' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l since -d 'From this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l until -d 'Up to this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "add" -d 'Book a cost on a ticket'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "list" -d 'List costs'
complete -c svc -n "__fish_svc_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "monthly" -d 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "complaints" -d 'Complaints by category over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "engineers" -d 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "sla" -d 'SLA clocks met, breached and pending per metric over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "parts" -d 'Parts used, scrapped, received and ordered over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "costs" -d 'The year\'s costs against the budget per category, with a projection to year end'
complete -c svc -n "__fish_svc_using_subcommand report; and not __fish_seen_subcommand_from monthly complaints engineers sla parts costs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l month -d 'The month, YYYY-MM [default: the last full month before --now]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l section -d 'Only this section (required with --format csv)' -r -f -a "volume\t'Tickets opened, resolved, closed, cancelled and the backlog, by kind and channel'
daily\t'Tickets opened and resolved and complaints opened, day by day'
sla\t'SLA clocks met, breached and pending per metric'
resolution\t'Mean and median business hours to resolve, by category'
top_problems\t'The most frequent category × product pairs, against last month'
complaints\t'Complaints by category: opened, major, resolved, closed, escalated, compensation'
incidents\t'Emergencies declared and closed: real incidents and drills counted apart'
satisfaction\t'Callbacks that ended: satisfied, unsatisfied, unreachable, mean score, reopened'
parts\t'Parts used, scrapped, received and ordered, with their cost'
costs\t'Costs per budget category: the month against its share of the year\'s budget, and the year to date'
engineers\t'Per engineer: tickets resolved, resolved in time, hours, customer satisfaction'"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l out -d 'Write to this file (created readable by the owner only) instead of stdout; required with --format html' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from monthly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l since -d 'First day (YYYY-MM-DD) [default: 29 days before --until]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l until -d 'Last day (YYYY-MM-DD), included [default: today]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from complaints" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l since -d 'First day (YYYY-MM-DD) [default: 29 days before --until]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l until -d 'Last day (YYYY-MM-DD), included [default: today]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from engineers" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l since -d 'First day (YYYY-MM-DD) [default: 29 days before --until]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l until -d 'Last day (YYYY-MM-DD), included [default: today]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from sla" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l since -d 'First day (YYYY-MM-DD) [default: 29 days before --until]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l until -d 'Last day (YYYY-MM-DD), included [default: today]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from parts" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l year -d 'The year [default: the year of --now]' -r
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -l exit-code -d 'Exit 10 when a category has used warn_at or more of its budget'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from costs" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "monthly" -d 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "complaints" -d 'Complaints by category over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "engineers" -d 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "sla" -d 'SLA clocks met, breached and pending per metric over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "parts" -d 'Parts used, scrapped, received and ordered over a period'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "costs" -d 'The year\'s costs against the budget per category, with a projection to year end'
complete -c svc -n "__fish_svc_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand history" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand history" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand history" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand history" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand history" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand history" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand history" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand history" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand history" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand history" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l actor -d 'Only events by this staff member' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l entity -d 'Only events of this record' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l since -d 'From this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l until -d 'Up to this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -f -a "verify" -d 'Check the hash chain; name the first event altered or removed behind svc\'s back'
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain; name the first event altered or removed behind svc\'s back'
complete -c svc -n "__fish_svc_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand backup" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand backup" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand backup" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand backup" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand backup" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand backup" -l out -d 'The file to write: a complete SQLite database, readable by you only' -r -F
complete -c svc -n "__fish_svc_using_subcommand backup" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand backup" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand backup" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand backup" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand backup" -l force -d 'Replace FILE if it already exists'
complete -c svc -n "__fish_svc_using_subcommand backup" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -f -a "export" -d 'Write closed records older than a date, with their events, encrypted to an age recipient'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -f -a "show" -d 'Decrypt an archive and list (or, as JSON, print) what it holds'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -f -a "purge" -d 'Delete archived records from the database, after checking the archive holds each unchanged'
complete -c svc -n "__fish_svc_using_subcommand archive; and not __fish_seen_subcommand_from export show purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l before -d 'Records that ended (closed or cancelled) before this day, YYYY-MM-DD in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l out -d 'The archive file to write (readable by you only)' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l recipient -d 'An age public key (age1…) to encrypt to; repeat for several' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l recipient-file -d 'A file of age public keys, one a line (as `age-keygen -y` prints)' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it already exists'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l identity -d 'The age key file (age-keygen format) whose public key the archive was encrypted to' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l before -d 'Delete records that ended before this day; must be at least retention.keep ago' -r
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l archive -d 'The archive that must hold every record to delete' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l identity -d 'The age key file that opens the archive' -r -F
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write closed records older than a date, with their events, encrypted to an age recipient'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "show" -d 'Decrypt an archive and list (or, as JSON, print) what it holds'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete archived records from the database, after checking the archive holds each unchanged'
complete -c svc -n "__fish_svc_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "declare" -d 'Declare an incident (or a drill); prints its id INC-n'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "link" -d 'Link a ticket (T-n) or complaint (C-n) to an open incident'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "customers" -d 'The outreach list: everyone who bought the product or lives in the region'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "close" -d 'Close an open incident with a summary of what was done'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "list" -d 'List incidents (drills included, marked in the drill column)'
complete -c svc -n "__fish_svc_using_subcommand incident; and not __fish_seen_subcommand_from declare link customers close list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l title -d 'What happened, in one line' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l kind -d 'product_failure needs --product; disaster needs --region' -r -f -a "product_failure\t''
disaster\t''
other\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l product -d 'The product model that fails: its buyers are contacted' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l region -d 'The region struck: the customers who live there are contacted' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -l drill -d 'An exercise: handled like an incident, counted apart in reports'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from declare" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l summary -d 'What happened and what was done' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l status -d 'Only open or only closed incidents' -r -f -a "open\t''
closed\t''"
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l since -d 'Declared on or after this day' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l until -d 'Declared on or before this day' -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "declare" -d 'Declare an incident (or a drill); prints its id INC-n'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link a ticket (T-n) or complaint (C-n) to an open incident'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "customers" -d 'The outreach list: everyone who bought the product or lives in the region'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close an open incident with a summary of what was done'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "list" -d 'List incidents (drills included, marked in the drill column)'
complete -c svc -n "__fish_svc_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand lint" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand lint" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand lint" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand lint" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand lint" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand lint" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand lint" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand lint" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand lint" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand lint" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand completions" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand completions" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand completions" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand completions" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand completions" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand completions" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand completions" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand completions" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand completions" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand man" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand man" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand man" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand man" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand man" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand man" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand man" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand man" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand man" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "init" -d 'Create or migrate the database, write policy.toml, register yourself as admin'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "policy" -d 'Show or check the policy'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "staff" -d 'Staff members and their roles'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "customer" -d 'The customer archive'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "product" -d 'Products (models) the desk services'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "purchase" -d 'Purchases: who bought what, when'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "ticket" -d 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "callback" -d 'Satisfaction and follow-up callbacks'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "case" -d 'The case library: search how resolved tickets and complaints were solved'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "complaint" -d 'Complaints: grade, owner, plan deadline, remedy, escalation'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "sla" -d 'SLA clocks: the cron check that escalates breaches, and how due times were computed'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "calendar" -d 'The business calendar: due times and working days'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "parts" -d 'Spare parts: stock, movements (receive, use, count, scrap) and reordering'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "supplier" -d 'Suppliers of parts'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "po" -d 'Purchase orders for parts'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "cost" -d 'Costs booked on tickets'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "report" -d 'Reports'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "history" -d 'The timeline of one record from the audit trail'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "audit" -d 'List or verify the audit trail'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "backup" -d 'Copy the database safely while others work (SQLite online backup)'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "archive" -d 'Encrypted archives of closed records: export, show, purge'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "incident" -d 'Emergencies: product failures, disasters, drills'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "lint" -d 'Check a reply or script for forbidden and vague phrases (no database needed)'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "man" -d 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket callback case complaint sla calendar parts supplier po cost report history audit backup archive incident lint completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Print the effective policy (built-in default merged with your file)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "check" -d 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "add" -d 'Register a staff member with a role of the policy'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'List staff'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "deactivate" -d 'Deactivate a staff member (kept for the records, can no longer act)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "add" -d 'Add a customer (id KHyyyymmddNNN unless --id)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List customers'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'The customer\'s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change a customer\'s details'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "import" -d 'Import customers from CSV (all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "add" -d 'Add a product model'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "list" -d 'List products'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "import" -d 'Import products from CSV'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "add" -d 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "list" -d 'List purchases'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "import" -d 'Import purchases from CSV'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "open" -d 'Open a ticket: a fault report, an inquiry or an installation'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "list" -d 'List tickets (all matching rows unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "show" -d 'One ticket: fields, due times, notes, parts, costs and timeline'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "assign" -d 'Give the ticket to a staff member, or let svc pick an engineer'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "schedule" -d 'Set (or move) the on-site appointment'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "start" -d 'Work begins (a new ticket goes to whoever starts it)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "wait" -d 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "resume" -d 'Work goes on after waiting'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "handover" -d 'Take the product back for repair, with the handover list (model, quantity, fault)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "return" -d 'The repaired product went back to the customer'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "resolve" -d 'The problem is solved; --hours books labour at costs.labour_rate'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "sign" -d 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "close" -d 'Close a resolved ticket'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "reopen" -d 'Reopen a resolved or closed ticket; the resolve clock starts again'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "cancel" -d 'End a ticket opened in error or merged by hand (no callback)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "import" -d 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "list" -d 'List callbacks, soonest due first'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "show" -d 'One callback with its history'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "record" -d 'Record the result of a call'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "schedule" -d 'Schedule a proactive callback'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "search" -d 'Search resolved and closed tickets and complaints (all matches unless --limit)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "open" -d 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "list" -d 'List complaints, newest first'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "show" -d 'Fields, notes and the timeline of one complaint'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "note" -d 'Add a note; customer-facing notes are checked for forbidden phrases'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "escalate" -d 'Move one step up escalation.ladder (or to --to ROLE)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "investigate" -d 'Start or continue the investigation (open → investigating)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "plan" -d 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "resolve" -d 'Record the outcome (planned → resolved)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "close" -d 'Close a resolved complaint'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from complaint" -f -a "reopen" -d 'Back to investigating with a fresh plan clock (from resolved or closed)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from sla" -f -a "check" -d 'List every open item that is breached or at risk; --apply escalates the breached ones'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from sla" -f -a "explain" -d 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "due" -d 'When something started at --from with target --add is due'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "show" -d 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "add" -d 'Add a part (no stock yet: receive it with parts receive)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "edit" -d 'Change a part\'s details (not its stock)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "list" -d 'List parts with their stock'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "show" -d 'One part: details, stock, reorder levels and recent movements'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "import" -d 'Import parts from CSV (the columns of parts list --format csv; all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "receive" -d 'Goods in: add stock, optionally against a purchase order'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "use" -d 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "count" -d 'Stocktake: record the counted quantity; the difference is booked as the variance'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "scrap" -d 'Scrap damaged or obsolete parts (a reason is required)'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from parts" -f -a "reorder" -d 'What to order now, grouped by supplier; --apply drafts the purchase orders'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "add" -d 'Add a supplier of parts'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "list" -d 'List suppliers'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from po" -f -a "list" -d 'List purchase orders'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from po" -f -a "show" -d 'One purchase order with its lines'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from po" -f -a "send" -d 'Mark a draft as sent to the supplier'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from po" -f -a "receive" -d 'Book goods received on an order: the lines given, or everything outstanding'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from cost" -f -a "add" -d 'Book a cost on a ticket'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from cost" -f -a "list" -d 'List costs'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "monthly" -d 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "complaints" -d 'Complaints by category over a period'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "engineers" -d 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "sla" -d 'SLA clocks met, breached and pending per metric over a period'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "parts" -d 'Parts used, scrapped, received and ordered over a period'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "costs" -d 'The year\'s costs against the budget per category, with a projection to year end'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from archive" -f -a "export" -d 'Write closed records older than a date, with their events, encrypted to an age recipient'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from archive" -f -a "show" -d 'Decrypt an archive and list (or, as JSON, print) what it holds'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from archive" -f -a "purge" -d 'Delete archived records from the database, after checking the archive holds each unchanged'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "declare" -d 'Declare an incident (or a drill); prints its id INC-n'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "link" -d 'Link a ticket (T-n) or complaint (C-n) to an open incident'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "customers" -d 'The outreach list: everyone who bought the product or lives in the region'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "close" -d 'Close an open incident with a summary of what was done'
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "list" -d 'List incidents (drills included, marked in the drill column)'
