/** The help text printed by `serviceledger help` and after any bad command line. */
export const USAGE = `ServiceLedger command line

Usage:
  serviceledger serve [--db FILE] [--port N]     serve the app and API on 127.0.0.1 (prints the address to open)
  serviceledger new --db FILE [--org NAME]      create an empty workspace (refuses an existing file)
  serviceledger demo --db FILE [--force]         create a demo workspace with realistic data
  serviceledger generate --db FILE --risks N --services N [--sla-every-service]
                                                 create a large synthetic workspace for benchmarks
                                                 (an SLA on every service instead of live customer-facing ones)
  serviceledger backup --db FILE --out FILE      copy a workspace safely (SQLite online backup)
  serviceledger check --db FILE [--repair]       check a workspace's integrity and format version
                                                 (--repair rebuilds the SLA results summary if stale)
  serviceledger import services FILE --db FILE [--dry-run] [--valid-rows]
                                                 import services from .csv or .xlsx (row-level report;
                                                 all-or-nothing unless --valid-rows)
  serviceledger import measurements FILE --db FILE [--dry-run] [--valid-rows]
                                                 record SLA results (SLA, target, month, value, workload,
                                                 notes; or within/total ticket counts for response and
                                                 resolution targets) from .csv or .xlsx
  serviceledger import outages FILE --db FILE [--dry-run] [--valid-rows]
                                                 keep outages (service, start, end, wall-clock times) and
                                                 record the availability they give each agreed SLA
  serviceledger export services --format csv|xlsx --db FILE --out FILE
                                                 export the catalogue
  serviceledger import risks FILE --db FILE [--dry-run] [--valid-rows]
                                                 import a risk register from .csv or .xlsx (ratings mapped
                                                 by number, label or word; unknown owners become people)
  serviceledger export risks --format csv|xlsx --db FILE --out FILE
                                                 export the risk register
  serviceledger reviews --ics --person NAME [--db FILE] [--out FILE]
                                                 a person's open reviews as an .ics calendar (Outlook,
                                                 Google Calendar); printed unless --out is given
  serviceledger pack --review N --format pdf|docx|xlsx --out FILE [--paper A4|Letter] [--db FILE]
                                                 write a management review pack (a held review gives
                                                 the same bytes every time)
  serviceledger pack verify FILE                 say whether a file is an unmodified review pack, and
                                                 of which review
  serviceledger call METHOD [JSON] --db FILE     call one API method and print its JSON answer
  serviceledger methods                          list the API methods
  serviceledger help | --help                    show this text
  serviceledger version | --version              print the version

Without --db, serve reopens the workspace used last (or shows the welcome screen).`;
