
use builtin;
use str;

set edit:completion:arg-completer[svc] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'svc'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'svc'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database, write policy.toml, register yourself as admin'
            cand policy 'Show or check the policy'
            cand staff 'Staff members and their roles'
            cand customer 'The customer archive'
            cand product 'Products (models) the desk services'
            cand purchase 'Purchases: who bought what, when'
            cand ticket 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
            cand callback 'Satisfaction and follow-up callbacks'
            cand case 'The case library: search how resolved tickets and complaints were solved'
            cand complaint 'Complaints: grade, owner, plan deadline, remedy, escalation'
            cand sla 'SLA clocks: the cron check that escalates breaches, and how due times were computed'
            cand calendar 'The business calendar: due times and working days'
            cand parts 'Spare parts: stock, movements (receive, use, count, scrap) and reordering'
            cand supplier 'Suppliers of parts'
            cand po 'Purchase orders for parts'
            cand cost 'Costs booked on tickets'
            cand report 'Reports'
            cand history 'The timeline of one record from the audit trail'
            cand audit 'List or verify the audit trail'
            cand backup 'Copy the database safely while others work (SQLite online backup)'
            cand archive 'Encrypted archives of closed records: export, show, purge'
            cand incident 'Emergencies: product failures, disasters, drills'
            cand lint 'Check a reply or script before saying it to a customer'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;init'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --demo 'Load a realistic demo data set (customers, purchases, staff, …)'
            cand --force 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;policy'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Print the effective policy (built-in default merged with your file)'
            cand check 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;policy;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;policy;check'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;policy;help'= {
            cand show 'Print the effective policy (built-in default merged with your file)'
            cand check 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;policy;help;show'= {
        }
        &'svc;policy;help;check'= {
        }
        &'svc;policy;help;help'= {
        }
        &'svc;staff'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Register a staff member with a role of the policy'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (kept for the records, can no longer act)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;staff;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'name'
            cand --role 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin'
            cand --skills 'Categories this person can handle (for ticket assign --auto)'
            cand --region 'region'
            cand --dept 'dept'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;staff;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;staff;deactivate'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;staff;help'= {
            cand add 'Register a staff member with a role of the policy'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (kept for the records, can no longer act)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;staff;help;add'= {
        }
        &'svc;staff;help;list'= {
        }
        &'svc;staff;help;deactivate'= {
        }
        &'svc;staff;help;help'= {
        }
        &'svc;customer'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a customer (id KHyyyymmddNNN unless --id)'
            cand list 'List customers'
            cand show 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
            cand edit 'Change a customer''s details'
            cand import 'Options shared by every `… import`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;customer;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --address 'address'
            cand --region 'region'
            cand --id 'Use this id instead of a generated KHyyyymmddNNN'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;customer;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --tier 'Only this tier'
            cand --search 'Text in the name, id, phone or region'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;customer;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;customer;edit'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --address 'address'
            cand --region 'region'
            cand --tier 'Set the tier by hand (vip, normal), or `auto` to follow purchases again'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;customer;import'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --dry-run 'Check every row, write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;customer;help'= {
            cand add 'Add a customer (id KHyyyymmddNNN unless --id)'
            cand list 'List customers'
            cand show 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
            cand edit 'Change a customer''s details'
            cand import 'Import customers from CSV (all rows or none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;customer;help;add'= {
        }
        &'svc;customer;help;list'= {
        }
        &'svc;customer;help;show'= {
        }
        &'svc;customer;help;edit'= {
        }
        &'svc;customer;help;import'= {
        }
        &'svc;customer;help;help'= {
        }
        &'svc;product'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a product model'
            cand list 'List products'
            cand import 'Options shared by every `… import`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;product;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'name'
            cand --category 'category'
            cand --manufacturer-contact 'The manufacturer''s service contact, printed when a warranty has run out'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;product;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;product;import'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --dry-run 'Check every row, write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;product;help'= {
            cand add 'Add a product model'
            cand list 'List products'
            cand import 'Import products from CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;product;help;add'= {
        }
        &'svc;product;help;list'= {
        }
        &'svc;product;help;import'= {
        }
        &'svc;product;help;help'= {
        }
        &'svc;purchase'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
            cand list 'List purchases'
            cand import 'Options shared by every `… import`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;purchase;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'customer'
            cand --product 'Product model'
            cand --serial 'serial'
            cand --qty 'qty'
            cand --value 'Amount paid'
            cand --purchased 'Purchase date YYYY-MM-DD'
            cand --received 'Date the customer received it (warranty windows count from here)'
            cand --order 'Order number'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;purchase;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'Only this customer''s'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;purchase;import'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --dry-run 'Check every row, write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;purchase;help'= {
            cand add 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
            cand list 'List purchases'
            cand import 'Import purchases from CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;purchase;help;add'= {
        }
        &'svc;purchase;help;list'= {
        }
        &'svc;purchase;help;import'= {
        }
        &'svc;purchase;help;help'= {
        }
        &'svc;ticket'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand open 'Open a ticket: a fault report, an inquiry or an installation'
            cand list 'List tickets (all matching rows unless --limit)'
            cand show 'One ticket: fields, due times, notes, parts, costs and timeline'
            cand assign 'Give the ticket to a staff member, or let svc pick an engineer'
            cand schedule 'Set (or move) the on-site appointment'
            cand start 'Work begins (a new ticket goes to whoever starts it)'
            cand wait 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
            cand resume 'Work goes on after waiting'
            cand handover 'Take the product back for repair, with the handover list (model, quantity, fault)'
            cand return 'The repaired product went back to the customer'
            cand resolve 'The problem is solved; --hours books labour at costs.labour_rate'
            cand sign 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
            cand close 'Close a resolved ticket'
            cand reopen 'Reopen a resolved or closed ticket; the resolve clock starts again'
            cand cancel 'End a ticket opened in error or merged by hand (no callback)'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand import 'Options shared by every `… import`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;ticket;open'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'Customer id'
            cand --category 'One of the policy''s tickets.categories (no_power, noise, leak, …)'
            cand --description 'What fails, when, and what was tried (vague text such as "坏了" is refused)'
            cand --product 'Product model; the warranty is decided on the customer''s latest purchase of it'
            cand --serial 'Serial number of the purchase concerned'
            cand --priority 'Starting priority (VIP customers start one step higher) [default: normal]'
            cand --channel 'How the customer reached us [default: phone]'
            cand --mode 'How the work is done [default: remote]'
            cand --kind 'What kind of request [default: repair]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --force 'Open even though the customer has an open ticket of this category (recorded)'
            cand --chase 'The customer is chasing their open ticket: note it there and raise its priority'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --status 'Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)'
            cand --assignee 'Only tickets held by this staff member'
            cand --customer 'Only this customer''s'
            cand --category 'Only this category'
            cand --since 'Opened on or after this day'
            cand --until 'Opened on or before this day'
            cand --sort 'Order of the rows [default: id]'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --overdue 'Only open tickets past their resolve or first-response due time'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svc;ticket;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;assign'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --to 'Staff id'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --auto 'Pick the active engineer with the skill in the customer''s region who has the fewest open tickets'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;schedule'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --at 'When: "YYYY-MM-DD HH:MM" or RFC 3339'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;start'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;wait'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --for 'What the work waits for'
            cand --until 'Expected until'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;resume'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;handover'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --items 'The handover list, e.g. "AT-100 ×1，风扇异响"'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;return'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;resolve'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --resolution 'What was done'
            cand --hours 'Working hours to book as labour cost'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;sign'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --by 'Who signed'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;close'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;reopen'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --reason 'reason'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;cancel'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --reason 'reason'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;note'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --text 'text'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --internal 'Only for staff: not shown to the customer, not checked'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;import'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --dry-run 'Check every row, write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;help'= {
            cand open 'Open a ticket: a fault report, an inquiry or an installation'
            cand list 'List tickets (all matching rows unless --limit)'
            cand show 'One ticket: fields, due times, notes, parts, costs and timeline'
            cand assign 'Give the ticket to a staff member, or let svc pick an engineer'
            cand schedule 'Set (or move) the on-site appointment'
            cand start 'Work begins (a new ticket goes to whoever starts it)'
            cand wait 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
            cand resume 'Work goes on after waiting'
            cand handover 'Take the product back for repair, with the handover list (model, quantity, fault)'
            cand return 'The repaired product went back to the customer'
            cand resolve 'The problem is solved; --hours books labour at costs.labour_rate'
            cand sign 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
            cand close 'Close a resolved ticket'
            cand reopen 'Reopen a resolved or closed ticket; the resolve clock starts again'
            cand cancel 'End a ticket opened in error or merged by hand (no callback)'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand import 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;ticket;help;open'= {
        }
        &'svc;ticket;help;list'= {
        }
        &'svc;ticket;help;show'= {
        }
        &'svc;ticket;help;assign'= {
        }
        &'svc;ticket;help;schedule'= {
        }
        &'svc;ticket;help;start'= {
        }
        &'svc;ticket;help;wait'= {
        }
        &'svc;ticket;help;resume'= {
        }
        &'svc;ticket;help;handover'= {
        }
        &'svc;ticket;help;return'= {
        }
        &'svc;ticket;help;resolve'= {
        }
        &'svc;ticket;help;sign'= {
        }
        &'svc;ticket;help;close'= {
        }
        &'svc;ticket;help;reopen'= {
        }
        &'svc;ticket;help;cancel'= {
        }
        &'svc;ticket;help;note'= {
        }
        &'svc;ticket;help;import'= {
        }
        &'svc;ticket;help;help'= {
        }
        &'svc;callback'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List callbacks, soonest due first'
            cand show 'One callback with its history'
            cand record 'Record the result of a call'
            cand schedule 'Schedule a proactive callback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;callback;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'customer'
            cand --status 'pending, done or unreachable'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --due 'Only pending callbacks due by the end of today'
            cand --overdue 'Only pending callbacks past their due time'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;callback;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;callback;record'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --result 'satisfied closes a resolved source; unsatisfied reopens it; unreachable tries again a working day later'
            cand --score 'Satisfaction score 1-5'
            cand --note 'note'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;callback;schedule'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'customer'
            cand --about 'The ticket or complaint the call is about (T-3, C-2)'
            cand --due 'When to call (TIME)'
            cand --reason 'reason'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;callback;help'= {
            cand list 'List callbacks, soonest due first'
            cand show 'One callback with its history'
            cand record 'Record the result of a call'
            cand schedule 'Schedule a proactive callback'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;callback;help;list'= {
        }
        &'svc;callback;help;show'= {
        }
        &'svc;callback;help;record'= {
        }
        &'svc;callback;help;schedule'= {
        }
        &'svc;callback;help;help'= {
        }
        &'svc;case'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand search 'Search resolved and closed tickets and complaints (all matches unless --limit)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;case;search'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --kind 'Only tickets or only complaints'
            cand --category 'Only this category (of tickets.categories or complaints.categories)'
            cand --product 'Only cases about this product model (complaints: the purchase''s model)'
            cand --limit 'At most this many cases, the best first'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;case;help'= {
            cand search 'Search resolved and closed tickets and complaints (all matches unless --limit)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;case;help;search'= {
        }
        &'svc;case;help;help'= {
        }
        &'svc;complaint'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand open 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
            cand list 'List complaints, newest first'
            cand show 'Fields, notes and the timeline of one complaint'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand escalate 'Move one step up escalation.ladder (or to --to ROLE)'
            cand investigate 'Start or continue the investigation (open → investigating)'
            cand plan 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
            cand resolve 'Record the outcome (planned → resolved)'
            cand close 'Close a resolved complaint'
            cand reopen 'Back to investigating with a fresh plan clock (from resolved or closed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;complaint;open'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --customer 'Customer id'
            cand --category 'One of complaints.categories (late_delivery, quality, damaged, …)'
            cand --description 'What happened, in the customer''s words'
            cand --demand 'What the customer asks for (exchange, refund, compensation, …)'
            cand --severity 'Grade; a major keyword in the description (冒烟, 起火, …) always makes it major'
            cand --ticket 'A related ticket, T-n'
            cand --serial 'The purchase by serial number [default: the customer''s latest purchase]'
            cand --order 'The purchase by order number'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --force 'Open even though an open complaint of the same customer and category exists (recorded)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --status 'status'
            cand --customer 'customer'
            cand --category 'category'
            cand --severity 'severity'
            cand --since 'Opened on or after this day (YYYY-MM-DD)'
            cand --until 'Opened on or before this day (YYYY-MM-DD)'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;note'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --text 'text'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --internal 'For colleagues only: not checked for forbidden phrases'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;escalate'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --to 'A higher step of escalation.ladder [default: one step up]'
            cand --reason 'reason'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;investigate'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --note 'What was found or done (kept as an internal note)'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;plan'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --text 'The solution offered to the customer'
            cand --owner 'Staff member responsible for carrying it out'
            cand --due 'When it will have been carried out'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;resolve'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --outcome 'What was done and how the customer took it'
            cand --compensation 'Amount paid or credited to the customer'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;close'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;reopen'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --reason 'reason'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;complaint;help'= {
            cand open 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
            cand list 'List complaints, newest first'
            cand show 'Fields, notes and the timeline of one complaint'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand escalate 'Move one step up escalation.ladder (or to --to ROLE)'
            cand investigate 'Start or continue the investigation (open → investigating)'
            cand plan 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
            cand resolve 'Record the outcome (planned → resolved)'
            cand close 'Close a resolved complaint'
            cand reopen 'Back to investigating with a fresh plan clock (from resolved or closed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;complaint;help;open'= {
        }
        &'svc;complaint;help;list'= {
        }
        &'svc;complaint;help;show'= {
        }
        &'svc;complaint;help;note'= {
        }
        &'svc;complaint;help;escalate'= {
        }
        &'svc;complaint;help;investigate'= {
        }
        &'svc;complaint;help;plan'= {
        }
        &'svc;complaint;help;resolve'= {
        }
        &'svc;complaint;help;close'= {
        }
        &'svc;complaint;help;reopen'= {
        }
        &'svc;complaint;help;help'= {
        }
        &'svc;sla'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand check 'List every open item that is breached or at risk; --apply escalates the breached ones'
            cand explain 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;sla;check'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --kind 'Only this kind of item'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --apply 'Escalate each breached item one step up escalation.ladder (needs sla.apply); a breach escalates once however often this runs'
            cand --exit-code 'Exit 10 when anything is listed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;sla;explain'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;sla;help'= {
            cand check 'List every open item that is breached or at risk; --apply escalates the breached ones'
            cand explain 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;sla;help;check'= {
        }
        &'svc;sla;help;explain'= {
        }
        &'svc;sla;help;help'= {
        }
        &'svc;calendar'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand due 'When something started at --from with target --add is due'
            cand show 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;calendar;due'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --from 'The start: RFC 3339 or "YYYY-MM-DD[ HH:MM]" in the policy''s zone [default: now]'
            cand --add 'The target: 30m, 24h, 2d (wall clock), 8bh (business hours), 3wd (working days), 2y'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;calendar;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --month 'The month, YYYY-MM [default: the current month]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;calendar;help'= {
            cand due 'When something started at --from with target --add is due'
            cand show 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;calendar;help;due'= {
        }
        &'svc;calendar;help;show'= {
        }
        &'svc;calendar;help;help'= {
        }
        &'svc;parts'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Master-data options shared by add and edit'
            cand edit 'Master-data options shared by add and edit'
            cand list 'List parts with their stock'
            cand show 'One part: details, stock, reorder levels and recent movements'
            cand import 'Options shared by every `… import`'
            cand receive 'Goods in: add stock, optionally against a purchase order'
            cand use 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
            cand count 'Stocktake: record the counted quantity; the difference is booked as the variance'
            cand scrap 'Scrap damaged or obsolete parts (a reason is required)'
            cand reorder 'What to order now, grouped by supplier; --apply drafts the purchase orders'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;parts;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'What the part is called, e.g. 风扇电机'
            cand --model-fit 'Product models the part fits, comma-separated: AT-100,AT-200'
            cand --unit-cost 'Cost of one unit'
            cand --supplier 'The supplier''s id (supplier add)'
            cand --location 'Where it is kept (shelf, bin)'
            cand --min 'Reorder point: order when available ≤ min (give both min and max, or neither)'
            cand --max 'Order up to this level'
            cand --pack 'Orders are rounded up to a multiple of this [default: 1]'
            cand --moq 'Minimum order quantity [default: 0]'
            cand --lead-time 'Days from order to delivery [default: the supplier''s, else 0]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;edit'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'A new name'
            cand --model-fit 'Product models the part fits, comma-separated: AT-100,AT-200'
            cand --unit-cost 'Cost of one unit'
            cand --supplier 'The supplier''s id (supplier add)'
            cand --location 'Where it is kept (shelf, bin)'
            cand --min 'Reorder point: order when available ≤ min (give both min and max, or neither)'
            cand --max 'Order up to this level'
            cand --pack 'Orders are rounded up to a multiple of this [default: 1]'
            cand --moq 'Minimum order quantity [default: 0]'
            cand --lead-time 'Days from order to delivery [default: the supplier''s, else 0]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --clear-min-max 'Drop min and max: reorder from demand again'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --supplier 'Only parts of this supplier'
            cand --fits 'Only parts that fit this product model'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --low 'Only parts at or below their reorder point (available ≤ min)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;import'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --dry-run 'Check every row, write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;receive'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --qty 'How many arrived'
            cand --po 'Book them against this purchase order (PO-3 or 3)'
            cand --unit-cost 'Price paid per unit; becomes the part''s unit cost'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;use'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --qty 'How many go into the job'
            cand --ticket 'The ticket the parts go into (T-42 or 42)'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;count'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --qty 'The quantity found on the shelf'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;scrap'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --qty 'How many are scrapped'
            cand --reason 'Why (required): damaged beyond repair, obsolete, …'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;reorder'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --supplier 'Only parts of this supplier'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --apply 'Create one draft purchase order per supplier (needs parts.order)'
            cand --exit-code 'Exit 10 when something should be ordered'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;parts;help'= {
            cand add 'Add a part (no stock yet: receive it with parts receive)'
            cand edit 'Change a part''s details (not its stock)'
            cand list 'List parts with their stock'
            cand show 'One part: details, stock, reorder levels and recent movements'
            cand import 'Import parts from CSV (the columns of parts list --format csv; all rows or none)'
            cand receive 'Goods in: add stock, optionally against a purchase order'
            cand use 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
            cand count 'Stocktake: record the counted quantity; the difference is booked as the variance'
            cand scrap 'Scrap damaged or obsolete parts (a reason is required)'
            cand reorder 'What to order now, grouped by supplier; --apply drafts the purchase orders'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;parts;help;add'= {
        }
        &'svc;parts;help;edit'= {
        }
        &'svc;parts;help;list'= {
        }
        &'svc;parts;help;show'= {
        }
        &'svc;parts;help;import'= {
        }
        &'svc;parts;help;receive'= {
        }
        &'svc;parts;help;use'= {
        }
        &'svc;parts;help;count'= {
        }
        &'svc;parts;help;scrap'= {
        }
        &'svc;parts;help;reorder'= {
        }
        &'svc;parts;help;help'= {
        }
        &'svc;supplier'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a supplier of parts'
            cand list 'List suppliers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;supplier;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --name 'The supplier''s company name'
            cand --contact 'Who to call or write to'
            cand --lead-time 'Usual days from order to delivery (parts without their own lead time use it)'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;supplier;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;supplier;help'= {
            cand add 'Add a supplier of parts'
            cand list 'List suppliers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;supplier;help;add'= {
        }
        &'svc;supplier;help;list'= {
        }
        &'svc;supplier;help;help'= {
        }
        &'svc;po'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List purchase orders'
            cand show 'One purchase order with its lines'
            cand send 'Mark a draft as sent to the supplier'
            cand receive 'Book goods received on an order: the lines given, or everything outstanding'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;po;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --status 'Only this status: draft, sent, partially_received, closed'
            cand --supplier 'Only this supplier''s'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;po;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;po;send'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;po;receive'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --sku 'A part received (repeat with --qty for several lines)'
            cand --qty 'How many of the --sku before it'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;po;help'= {
            cand list 'List purchase orders'
            cand show 'One purchase order with its lines'
            cand send 'Mark a draft as sent to the supplier'
            cand receive 'Book goods received on an order: the lines given, or everything outstanding'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;po;help;list'= {
        }
        &'svc;po;help;show'= {
        }
        &'svc;po;help;send'= {
        }
        &'svc;po;help;receive'= {
        }
        &'svc;po;help;help'= {
        }
        &'svc;cost'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Book a cost on a ticket'
            cand list 'List costs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;cost;add'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --ticket 'The ticket (T-42 or 42)'
            cand --kind 'What the cost is for'
            cand --amount 'Above 0, at most 1000000000, in the policy''s currency'
            cand --note 'What it was for'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;cost;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --ticket 'Only this ticket''s (T-42 or 42)'
            cand --since 'From this day (inclusive)'
            cand --until 'Up to this day (inclusive)'
            cand --limit 'At most this many rows'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;cost;help'= {
            cand add 'Book a cost on a ticket'
            cand list 'List costs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;cost;help;add'= {
        }
        &'svc;cost;help;list'= {
        }
        &'svc;cost;help;help'= {
        }
        &'svc;report'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand monthly 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
            cand complaints 'Complaints by category over a period'
            cand engineers 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
            cand sla 'SLA clocks met, breached and pending per metric over a period'
            cand parts 'Parts used, scrapped, received and ordered over a period'
            cand costs 'The year''s costs against the budget per category, with a projection to year end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;report;monthly'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --month 'The month, YYYY-MM [default: the last full month before --now]'
            cand --section 'Only this section (required with --format csv)'
            cand --out 'Write to this file (created readable by the owner only) instead of stdout; required with --format html'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'svc;report;complaints'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --since 'First day (YYYY-MM-DD) [default: 29 days before --until]'
            cand --until 'Last day (YYYY-MM-DD), included [default: today]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;report;engineers'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --since 'First day (YYYY-MM-DD) [default: 29 days before --until]'
            cand --until 'Last day (YYYY-MM-DD), included [default: today]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;report;sla'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --since 'First day (YYYY-MM-DD) [default: 29 days before --until]'
            cand --until 'Last day (YYYY-MM-DD), included [default: today]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;report;parts'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --since 'First day (YYYY-MM-DD) [default: 29 days before --until]'
            cand --until 'Last day (YYYY-MM-DD), included [default: today]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;report;costs'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --year 'The year [default: the year of --now]'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --exit-code 'Exit 10 when a category has used warn_at or more of its budget'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;report;help'= {
            cand monthly 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
            cand complaints 'Complaints by category over a period'
            cand engineers 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
            cand sla 'SLA clocks met, breached and pending per metric over a period'
            cand parts 'Parts used, scrapped, received and ordered over a period'
            cand costs 'The year''s costs against the budget per category, with a projection to year end'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;report;help;monthly'= {
        }
        &'svc;report;help;complaints'= {
        }
        &'svc;report;help;engineers'= {
        }
        &'svc;report;help;sla'= {
        }
        &'svc;report;help;parts'= {
        }
        &'svc;report;help;costs'= {
        }
        &'svc;report;help;help'= {
        }
        &'svc;history'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;audit'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --actor 'Only events by this staff member'
            cand --entity 'Only events of this record'
            cand --since 'From this day (inclusive)'
            cand --until 'Up to this day (inclusive)'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Check the hash chain; name the first event altered or removed behind svc''s back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;audit;verify'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;audit;help'= {
            cand verify 'Check the hash chain; name the first event altered or removed behind svc''s back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;audit;help;verify'= {
        }
        &'svc;audit;help;help'= {
        }
        &'svc;backup'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --out 'The file to write: a complete SQLite database, readable by you only'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --force 'Replace FILE if it already exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;archive'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand export 'Write closed records older than a date, with their events, encrypted to an age recipient'
            cand show 'Decrypt an archive and list (or, as JSON, print) what it holds'
            cand purge 'Delete archived records from the database, after checking the archive holds each unchanged'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;archive;export'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --before 'Records that ended (closed or cancelled) before this day, YYYY-MM-DD in the policy''s zone'
            cand --out 'The archive file to write (readable by you only)'
            cand --recipient 'An age public key (age1…) to encrypt to; repeat for several'
            cand --recipient-file 'A file of age public keys, one a line (as `age-keygen -y` prints)'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --force 'Replace FILE if it already exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;archive;show'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --identity 'The age key file (age-keygen format) whose public key the archive was encrypted to'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;archive;purge'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --before 'Delete records that ended before this day; must be at least retention.keep ago'
            cand --archive 'The archive that must hold every record to delete'
            cand --identity 'The age key file that opens the archive'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;archive;help'= {
            cand export 'Write closed records older than a date, with their events, encrypted to an age recipient'
            cand show 'Decrypt an archive and list (or, as JSON, print) what it holds'
            cand purge 'Delete archived records from the database, after checking the archive holds each unchanged'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;archive;help;export'= {
        }
        &'svc;archive;help;show'= {
        }
        &'svc;archive;help;purge'= {
        }
        &'svc;archive;help;help'= {
        }
        &'svc;incident'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand declare 'Declare an incident (or a drill); prints its id INC-n'
            cand link 'Link a ticket (T-n) or complaint (C-n) to an open incident'
            cand customers 'The outreach list: everyone who bought the product or lives in the region'
            cand close 'Close an open incident with a summary of what was done'
            cand list 'List incidents (drills included, marked in the drill column)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;incident;declare'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --title 'What happened, in one line'
            cand --kind 'product_failure needs --product; disaster needs --region'
            cand --product 'The product model that fails: its buyers are contacted'
            cand --region 'The region struck: the customers who live there are contacted'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand --drill 'An exercise: handled like an incident, counted apart in reports'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;incident;link'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;incident;customers'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;incident;close'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --summary 'What happened and what was done'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;incident;list'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --status 'Only open or only closed incidents'
            cand --since 'Declared on or after this day'
            cand --until 'Declared on or before this day'
            cand --limit 'limit'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;incident;help'= {
            cand declare 'Declare an incident (or a drill); prints its id INC-n'
            cand link 'Link a ticket (T-n) or complaint (C-n) to an open incident'
            cand customers 'The outreach list: everyone who bought the product or lives in the region'
            cand close 'Close an open incident with a summary of what was done'
            cand list 'List incidents (drills included, marked in the drill column)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;incident;help;declare'= {
        }
        &'svc;incident;help;link'= {
        }
        &'svc;incident;help;customers'= {
        }
        &'svc;incident;help;close'= {
        }
        &'svc;incident;help;list'= {
        }
        &'svc;incident;help;help'= {
        }
        &'svc;lint'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;completions'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;man'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;help'= {
            cand init 'Create or migrate the database, write policy.toml, register yourself as admin'
            cand policy 'Show or check the policy'
            cand staff 'Staff members and their roles'
            cand customer 'The customer archive'
            cand product 'Products (models) the desk services'
            cand purchase 'Purchases: who bought what, when'
            cand ticket 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
            cand callback 'Satisfaction and follow-up callbacks'
            cand case 'The case library: search how resolved tickets and complaints were solved'
            cand complaint 'Complaints: grade, owner, plan deadline, remedy, escalation'
            cand sla 'SLA clocks: the cron check that escalates breaches, and how due times were computed'
            cand calendar 'The business calendar: due times and working days'
            cand parts 'Spare parts: stock, movements (receive, use, count, scrap) and reordering'
            cand supplier 'Suppliers of parts'
            cand po 'Purchase orders for parts'
            cand cost 'Costs booked on tickets'
            cand report 'Reports'
            cand history 'The timeline of one record from the audit trail'
            cand audit 'List or verify the audit trail'
            cand backup 'Copy the database safely while others work (SQLite online backup)'
            cand archive 'Encrypted archives of closed records: export, show, purge'
            cand incident 'Emergencies: product failures, disasters, drills'
            cand lint 'Check a reply or script for forbidden and vague phrases (no database needed)'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;help;init'= {
        }
        &'svc;help;policy'= {
            cand show 'Print the effective policy (built-in default merged with your file)'
            cand check 'Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors'
        }
        &'svc;help;policy;show'= {
        }
        &'svc;help;policy;check'= {
        }
        &'svc;help;staff'= {
            cand add 'Register a staff member with a role of the policy'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (kept for the records, can no longer act)'
        }
        &'svc;help;staff;add'= {
        }
        &'svc;help;staff;list'= {
        }
        &'svc;help;staff;deactivate'= {
        }
        &'svc;help;customer'= {
            cand add 'Add a customer (id KHyyyymmddNNN unless --id)'
            cand list 'List customers'
            cand show 'The customer''s whole archive: profile, tier, purchases, tickets, complaints, callbacks'
            cand edit 'Change a customer''s details'
            cand import 'Import customers from CSV (all rows or none)'
        }
        &'svc;help;customer;add'= {
        }
        &'svc;help;customer;list'= {
        }
        &'svc;help;customer;show'= {
        }
        &'svc;help;customer;edit'= {
        }
        &'svc;help;customer;import'= {
        }
        &'svc;help;product'= {
            cand add 'Add a product model'
            cand list 'List products'
            cand import 'Import products from CSV'
        }
        &'svc;help;product;add'= {
        }
        &'svc;help;product;list'= {
        }
        &'svc;help;product;import'= {
        }
        &'svc;help;purchase'= {
            cand add 'Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)'
            cand list 'List purchases'
            cand import 'Import purchases from CSV'
        }
        &'svc;help;purchase;add'= {
        }
        &'svc;help;purchase;list'= {
        }
        &'svc;help;purchase;import'= {
        }
        &'svc;help;ticket'= {
            cand open 'Open a ticket: a fault report, an inquiry or an installation'
            cand list 'List tickets (all matching rows unless --limit)'
            cand show 'One ticket: fields, due times, notes, parts, costs and timeline'
            cand assign 'Give the ticket to a staff member, or let svc pick an engineer'
            cand schedule 'Set (or move) the on-site appointment'
            cand start 'Work begins (a new ticket goes to whoever starts it)'
            cand wait 'Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)'
            cand resume 'Work goes on after waiting'
            cand handover 'Take the product back for repair, with the handover list (model, quantity, fault)'
            cand return 'The repaired product went back to the customer'
            cand resolve 'The problem is solved; --hours books labour at costs.labour_rate'
            cand sign 'The customer accepts the work (needed to close modes in tickets.require_signoff)'
            cand close 'Close a resolved ticket'
            cand reopen 'Reopen a resolved or closed ticket; the resolve clock starts again'
            cand cancel 'End a ticket opened in error or merged by hand (no callback)'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand import 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
        }
        &'svc;help;ticket;open'= {
        }
        &'svc;help;ticket;list'= {
        }
        &'svc;help;ticket;show'= {
        }
        &'svc;help;ticket;assign'= {
        }
        &'svc;help;ticket;schedule'= {
        }
        &'svc;help;ticket;start'= {
        }
        &'svc;help;ticket;wait'= {
        }
        &'svc;help;ticket;resume'= {
        }
        &'svc;help;ticket;handover'= {
        }
        &'svc;help;ticket;return'= {
        }
        &'svc;help;ticket;resolve'= {
        }
        &'svc;help;ticket;sign'= {
        }
        &'svc;help;ticket;close'= {
        }
        &'svc;help;ticket;reopen'= {
        }
        &'svc;help;ticket;cancel'= {
        }
        &'svc;help;ticket;note'= {
        }
        &'svc;help;ticket;import'= {
        }
        &'svc;help;callback'= {
            cand list 'List callbacks, soonest due first'
            cand show 'One callback with its history'
            cand record 'Record the result of a call'
            cand schedule 'Schedule a proactive callback'
        }
        &'svc;help;callback;list'= {
        }
        &'svc;help;callback;show'= {
        }
        &'svc;help;callback;record'= {
        }
        &'svc;help;callback;schedule'= {
        }
        &'svc;help;case'= {
            cand search 'Search resolved and closed tickets and complaints (all matches unless --limit)'
        }
        &'svc;help;case;search'= {
        }
        &'svc;help;complaint'= {
            cand open 'Open a complaint: prints its id, severity, owner role, plan deadline and the remedy'
            cand list 'List complaints, newest first'
            cand show 'Fields, notes and the timeline of one complaint'
            cand note 'Add a note; customer-facing notes are checked for forbidden phrases'
            cand escalate 'Move one step up escalation.ladder (or to --to ROLE)'
            cand investigate 'Start or continue the investigation (open → investigating)'
            cand plan 'Record the handling plan (investigating → planned); meeting plan_due counts as plan met'
            cand resolve 'Record the outcome (planned → resolved)'
            cand close 'Close a resolved complaint'
            cand reopen 'Back to investigating with a fresh plan clock (from resolved or closed)'
        }
        &'svc;help;complaint;open'= {
        }
        &'svc;help;complaint;list'= {
        }
        &'svc;help;complaint;show'= {
        }
        &'svc;help;complaint;note'= {
        }
        &'svc;help;complaint;escalate'= {
        }
        &'svc;help;complaint;investigate'= {
        }
        &'svc;help;complaint;plan'= {
        }
        &'svc;help;complaint;resolve'= {
        }
        &'svc;help;complaint;close'= {
        }
        &'svc;help;complaint;reopen'= {
        }
        &'svc;help;sla'= {
            cand check 'List every open item that is breached or at risk; --apply escalates the breached ones'
            cand explain 'How the due times of a ticket or complaint were computed: days, hours, holidays, pauses'
        }
        &'svc;help;sla;check'= {
        }
        &'svc;help;sla;explain'= {
        }
        &'svc;help;calendar'= {
            cand due 'When something started at --from with target --add is due'
            cand show 'Each day of a month: working, weekend, holiday or make-up working day, with its hours'
        }
        &'svc;help;calendar;due'= {
        }
        &'svc;help;calendar;show'= {
        }
        &'svc;help;parts'= {
            cand add 'Add a part (no stock yet: receive it with parts receive)'
            cand edit 'Change a part''s details (not its stock)'
            cand list 'List parts with their stock'
            cand show 'One part: details, stock, reorder levels and recent movements'
            cand import 'Import parts from CSV (the columns of parts list --format csv; all rows or none)'
            cand receive 'Goods in: add stock, optionally against a purchase order'
            cand use 'Take parts for a ticket: stock goes down, the cost lands on the ticket'
            cand count 'Stocktake: record the counted quantity; the difference is booked as the variance'
            cand scrap 'Scrap damaged or obsolete parts (a reason is required)'
            cand reorder 'What to order now, grouped by supplier; --apply drafts the purchase orders'
        }
        &'svc;help;parts;add'= {
        }
        &'svc;help;parts;edit'= {
        }
        &'svc;help;parts;list'= {
        }
        &'svc;help;parts;show'= {
        }
        &'svc;help;parts;import'= {
        }
        &'svc;help;parts;receive'= {
        }
        &'svc;help;parts;use'= {
        }
        &'svc;help;parts;count'= {
        }
        &'svc;help;parts;scrap'= {
        }
        &'svc;help;parts;reorder'= {
        }
        &'svc;help;supplier'= {
            cand add 'Add a supplier of parts'
            cand list 'List suppliers'
        }
        &'svc;help;supplier;add'= {
        }
        &'svc;help;supplier;list'= {
        }
        &'svc;help;po'= {
            cand list 'List purchase orders'
            cand show 'One purchase order with its lines'
            cand send 'Mark a draft as sent to the supplier'
            cand receive 'Book goods received on an order: the lines given, or everything outstanding'
        }
        &'svc;help;po;list'= {
        }
        &'svc;help;po;show'= {
        }
        &'svc;help;po;send'= {
        }
        &'svc;help;po;receive'= {
        }
        &'svc;help;cost'= {
            cand add 'Book a cost on a ticket'
            cand list 'List costs'
        }
        &'svc;help;cost;add'= {
        }
        &'svc;help;cost;list'= {
        }
        &'svc;help;report'= {
            cand monthly 'The monthly review: volume, SLA, time to resolve, top problems, complaints, satisfaction, parts, costs, engineers'
            cand complaints 'Complaints by category over a period'
            cand engineers 'Per engineer over a period: resolved, resolved in time, hours, satisfaction'
            cand sla 'SLA clocks met, breached and pending per metric over a period'
            cand parts 'Parts used, scrapped, received and ordered over a period'
            cand costs 'The year''s costs against the budget per category, with a projection to year end'
        }
        &'svc;help;report;monthly'= {
        }
        &'svc;help;report;complaints'= {
        }
        &'svc;help;report;engineers'= {
        }
        &'svc;help;report;sla'= {
        }
        &'svc;help;report;parts'= {
        }
        &'svc;help;report;costs'= {
        }
        &'svc;help;history'= {
        }
        &'svc;help;audit'= {
        }
        &'svc;help;backup'= {
        }
        &'svc;help;archive'= {
            cand export 'Write closed records older than a date, with their events, encrypted to an age recipient'
            cand show 'Decrypt an archive and list (or, as JSON, print) what it holds'
            cand purge 'Delete archived records from the database, after checking the archive holds each unchanged'
        }
        &'svc;help;archive;export'= {
        }
        &'svc;help;archive;show'= {
        }
        &'svc;help;archive;purge'= {
        }
        &'svc;help;incident'= {
            cand declare 'Declare an incident (or a drill); prints its id INC-n'
            cand link 'Link a ticket (T-n) or complaint (C-n) to an open incident'
            cand customers 'The outreach list: everyone who bought the product or lives in the region'
            cand close 'Close an open incident with a summary of what was done'
            cand list 'List incidents (drills included, marked in the drill column)'
        }
        &'svc;help;incident;declare'= {
        }
        &'svc;help;incident;link'= {
        }
        &'svc;help;incident;customers'= {
        }
        &'svc;help;incident;close'= {
        }
        &'svc;help;incident;list'= {
        }
        &'svc;help;lint'= {
        }
        &'svc;help;completions'= {
        }
        &'svc;help;man'= {
        }
        &'svc;help;help'= {
        }
    ]
    $completions[$command]
}
