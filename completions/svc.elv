
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
            cand history 'The timeline of one record from the audit trail'
            cand audit 'List or verify the audit trail'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;init'= {
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --demo 'Load a realistic demo data set (customers, purchases, staff, …)'
            cand --force 'Rewrite policy.toml with the built-in default; allow --demo on a database that has data'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand --name 'name'
            cand --role 'A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin'
            cand --skills 'Categories this person can handle (for ticket assign --auto)'
            cand --region 'region'
            cand --dept 'dept'
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
            cand import 'Import customers from CSV (all rows or none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;customer;add'= {
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --address 'address'
            cand --region 'region'
            cand --id 'Use this id instead of a generated KHyyyymmddNNN'
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
        &'svc;customer;list'= {
            cand --tier 'Only this tier'
            cand --search 'Text in the name, id, phone or region'
            cand --limit 'limit'
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
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --address 'address'
            cand --region 'region'
            cand --tier 'Set the tier by hand (vip, normal), or `auto` to follow purchases again'
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
        &'svc;customer;import'= {
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --dry-run 'Check every row, write nothing'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand import 'Import products from CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;product;add'= {
            cand --name 'name'
            cand --category 'category'
            cand --manufacturer-contact 'The manufacturer''s service contact, printed when a warranty has run out'
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
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --dry-run 'Check every row, write nothing'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand import 'Import purchases from CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;purchase;add'= {
            cand --customer 'customer'
            cand --product 'Product model'
            cand --serial 'serial'
            cand --qty 'qty'
            cand --value 'Amount paid'
            cand --purchased 'Purchase date YYYY-MM-DD'
            cand --received 'Date the customer received it (warranty windows count from here)'
            cand --order 'Order number'
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
        &'svc;purchase;list'= {
            cand --customer 'Only this customer''s'
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
        &'svc;purchase;import'= {
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --dry-run 'Check every row, write nothing'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand import 'Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'svc;ticket;open'= {
            cand --customer 'Customer id'
            cand --category 'One of the policy''s tickets.categories (no_power, noise, leak, …)'
            cand --description 'What fails, when, and what was tried (vague text such as "坏了" is refused)'
            cand --product 'Product model; the warranty is decided on the customer''s latest purchase of it'
            cand --serial 'Serial number of the purchase concerned'
            cand --priority 'Starting priority (VIP customers start one step higher) [default: normal]'
            cand --channel 'How the customer reached us [default: phone]'
            cand --mode 'How the work is done [default: remote]'
            cand --kind 'What kind of request [default: repair]'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --force 'Open even though the customer has an open ticket of this category (recorded)'
            cand --chase 'The customer is chasing their open ticket: note it there and raise its priority'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;list'= {
            cand --status 'Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)'
            cand --assignee 'Only tickets held by this staff member'
            cand --customer 'Only this customer''s'
            cand --category 'Only this category'
            cand --since 'Opened on or after this day'
            cand --until 'Opened on or before this day'
            cand --sort 'Order of the rows [default: id]'
            cand --limit 'limit'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --overdue 'Only open tickets past their resolve or first-response due time'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand --to 'Staff id'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --auto 'Pick the active engineer with the skill in the customer''s region who has the fewest open tickets'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;schedule'= {
            cand --at 'When: "YYYY-MM-DD HH:MM" or RFC 3339'
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
            cand --for 'What the work waits for'
            cand --until 'Expected until'
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
            cand --items 'The handover list, e.g. "AT-100 ×1，风扇异响"'
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
            cand --resolution 'What was done'
            cand --hours 'Working hours to book as labour cost'
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
        &'svc;ticket;sign'= {
            cand --by 'Who signed'
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
            cand --reason 'reason'
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
        &'svc;ticket;cancel'= {
            cand --reason 'reason'
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
        &'svc;ticket;note'= {
            cand --text 'text'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --internal 'Only for staff: not shown to the customer, not checked'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'svc;ticket;import'= {
            cand --encoding 'The file''s encoding [default: utf-8; Excel on Chinese Windows saves gb18030]'
            cand --map 'Rename the sheet''s own headers: 客户名称=name,联系方式=phone'
            cand --db 'The SQLite database file'
            cand --policy 'The policy file [default: policy.toml beside the database, else the built-in policy]'
            cand --as 'Who is acting (staff id) [default: the OS login name]'
            cand --now 'The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy''s zone'
            cand --format 'Output format'
            cand --dry-run 'Check every row, write nothing'
            cand --bom 'Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]'
            cand --raw-csv 'Do not guard CSV cells that start with = + - @ (formula injection)'
            cand --reveal 'Show phone, e-mail and address unmasked (needs pii.reveal; audited)'
            cand -q 'Print only the essential result (e.g. the new id)'
            cand --quiet 'Print only the essential result (e.g. the new id)'
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
            cand --actor 'Only events by this staff member'
            cand --entity 'Only events of this record'
            cand --since 'From this day (inclusive)'
            cand --until 'Up to this day (inclusive)'
            cand --limit 'limit'
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
        &'svc;help'= {
            cand init 'Create or migrate the database, write policy.toml, register yourself as admin'
            cand policy 'Show or check the policy'
            cand staff 'Staff members and their roles'
            cand customer 'The customer archive'
            cand product 'Products (models) the desk services'
            cand purchase 'Purchases: who bought what, when'
            cand ticket 'Tickets: fault reports, inquiries and installations, from intake to sign-off'
            cand history 'The timeline of one record from the audit trail'
            cand audit 'List or verify the audit trail'
            cand completions 'Print a shell completion script'
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
        &'svc;help;history'= {
        }
        &'svc;help;audit'= {
            cand verify 'Check the hash chain; name the first event altered or removed behind svc''s back'
        }
        &'svc;help;audit;verify'= {
        }
        &'svc;help;completions'= {
        }
        &'svc;help;help'= {
        }
    ]
    $completions[$command]
}
