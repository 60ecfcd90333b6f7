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
complete -c svc -n "__fish_svc_needs_command" -f -a "history" -d 'The timeline of one record from the audit trail'
complete -c svc -n "__fish_svc_needs_command" -f -a "audit" -d 'List or verify the audit trail'
complete -c svc -n "__fish_svc_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c svc -n "__fish_svc_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand init" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand init" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand init" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand init" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand init" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand init" -l demo -d 'Load a realistic demo data set (customers, purchases, staff, …)'
complete -c svc -n "__fish_svc_using_subcommand init" -l force -d 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data'
complete -c svc -n "__fish_svc_using_subcommand init" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand init" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand init" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand init" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l role -d 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l skills -d 'Categories this person can handle (for ticket assign --auto)' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l region -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l dept -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand staff; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "import" -d 'Import customers from CSV (all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand customer; and not __fish_seen_subcommand_from add list show edit import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l phone -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l email -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l address -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l region -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l id -d 'Use this id instead of a generated KHyyyymmddNNN' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l tier -d 'Only this tier' -r -f -a "vip\t''
normal\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l search -d 'Text in the name, id, phone or region' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l phone -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l email -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l address -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l region -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l tier -d 'Set the tier by hand (vip, normal), or `auto` to follow purchases again' -r -f -a "vip\t''
normal\t''
auto\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand customer; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "import" -d 'Import products from CSV'
complete -c svc -n "__fish_svc_using_subcommand product; and not __fish_seen_subcommand_from add list import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l name -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l category -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l manufacturer-contact -d 'The manufacturer\'s service contact, printed when a warranty has run out' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand product; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "import" -d 'Import purchases from CSV'
complete -c svc -n "__fish_svc_using_subcommand purchase; and not __fish_seen_subcommand_from add list import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l customer -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l product -d 'Product model' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l serial -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l qty -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l value -d 'Amount paid' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l purchased -d 'Purchase date YYYY-MM-DD' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l received -d 'Date the customer received it (warranty windows count from here)' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l order -d 'Order number' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand purchase; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "import" -d 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and not __fish_seen_subcommand_from open list show assign schedule start wait resume handover return resolve sign close reopen cancel note import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l force -d 'Open even though the customer has an open ticket of this category (recorded)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l chase -d 'The customer is chasing their open ticket: note it there and raise its priority'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l overdue -d 'Only open tickets past their resolve or first-response due time'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l to -d 'Staff id' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l auto -d 'Pick the active engineer with the skill in the customer\'s region who has the fewest open tickets'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l at -d 'When: "YYYY-MM-DD HH:MM" or RFC 3339' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from schedule" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l for -d 'What the work waits for' -r -f -a "customer\t''
parts\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l until -d 'Expected until' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from wait" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l items -d 'The handover list, e.g. "AT-100 ×1，风扇异响"' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from handover" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l resolution -d 'What was done' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l hours -d 'Working hours to book as labour cost' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l by -d 'Who signed' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from sign" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l reason -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l text -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l internal -d 'Only for staff: not shown to the customer, not checked'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]' -r -f -a "utf-8\t''
gb18030\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l map -d 'Rename the sheet\'s own headers: 客户名称=name,联系方式=phone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row, write nothing'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l bom -d 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l raw-csv -d 'Do not guard CSV cells that start with = + - @ (formula injection)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -l reveal -d 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
complete -c svc -n "__fish_svc_using_subcommand ticket; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential result (e.g. the new id)'
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
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l actor -d 'Only events by this staff member' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l entity -d 'Only events of this record' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l since -d 'From this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l until -d 'Up to this day (inclusive)' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l limit -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l db -d 'The SQLite database file' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l policy -d 'The policy file [default: policy.toml beside the database, else the built-in policy]' -r -F
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l as -d 'Who is acting (staff id) [default: the OS login name]' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l now -d 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy\'s zone' -r
complete -c svc -n "__fish_svc_using_subcommand audit; and not __fish_seen_subcommand_from verify help" -l format -d 'Output format' -r -f -a "table\t''
csv\t''
json\t''
html\t''"
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
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "init" -d 'Create or migrate the database, write policy.toml, register yourself as admin'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "policy" -d 'Show or check the policy'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "staff" -d 'Staff members and their roles'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "customer" -d 'The customer archive'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "product" -d 'Products (models) the desk services'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "purchase" -d 'Purchases: who bought what, when'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "ticket" -d 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "history" -d 'The timeline of one record from the audit trail'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "audit" -d 'List or verify the audit trail'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c svc -n "__fish_svc_using_subcommand help; and not __fish_seen_subcommand_from init policy staff customer product purchase ticket history audit completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c svc -n "__fish_svc_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain; name the first event altered or removed behind svc\'s back'
