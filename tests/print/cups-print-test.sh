#!/usr/bin/env bash
# The board pack through the system's print service, end to end (README "Tests"):
#   1. starts a private CUPS scheduler: every directory of its own under one temporary folder,
#      listening only on a local socket in it (no network port, no browsing, no sharing);
#   2. adds a virtual PDF printer (cups-pdf) whose files land in that folder;
#   3. prints the Arabic board pack of a demo database with `board-pack --print` (and writes
#      the same pack with -o), waits for the job and finds the printed PDF;
#   4. checks the printed PDF: as many pages as the pack's own PDF, and its first and last
#      pages, rasterised, match the pack's (pictures: text does not survive the PostScript
#      round trip), while a different page does not match (the comparison can fail);
#   5. the success message names the job the print service created (its id, as lpstat shows);
#      --copies and --duplex reach the job; an unknown printer exits 1 with a clear message;
#   6. a queue that rejects jobs (cupsreject) exits 1 before anything is computed, naming the
#      reason, and sends nothing; a queue that refuses the job itself (a user denied by
#      lpadmin -u) exits 1 with the print service's words, no job, no PDF; a paused queue
#      (cupsdisable) takes the job, says so, and prints it once resumed;
#   7. a stalled scheduler (SIGSTOP) exits 1 with a clear message within seconds; CUPS down
#      (the scheduler stopped) exits 1 with a clear message.
# The scheduler is stopped and the folder removed on every exit (with the printed PDFs when
# they landed outside it). Needs root (cupsd and the cups-pdf backend run as root); fails,
# never skips, when CUPS cannot start. DEALIX_CUPS_NO_UNSHARE=1 takes the branch for systems
# without a private mount namespace (to check it by hand).
#
# usage: cups-print-test.sh DEALIX_DESK PAGECOMPARE GUI_TESTS
set -euo pipefail
desk=$1
compare=$2
gui_tests=$3 # the GUI test program: its hidden [cups] test drives the board pack dialog
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[ "$(id -u)" = 0 ] || fail "this test runs as root (a private cupsd and the cups-pdf backend)"
for tool in cupsd lpadmin lpstat pdfinfo pdftoppm; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh"
done
[ -x /usr/lib/cups/backend/cups-pdf ] ||
    fail "the cups-pdf backend is missing: run scripts/install-deps.sh (printer-driver-cups-pdf)"

dir=$(mktemp -d /tmp/dealix-cups.XXXXXX)
# Traversable (not readable) by the lp user the filters run as.
chmod 711 "$dir"
cupsd_pid=""
out=$dir/out
cleanup() {
    if [ -n "$cupsd_pid" ] && kill -0 "$cupsd_pid" 2>/dev/null; then
        kill -CONT "$cupsd_pid" 2>/dev/null || true
        kill "$cupsd_pid" 2>/dev/null || true
        wait "$cupsd_pid" 2>/dev/null || true
    fi
    # The PDFs printed where the system's cups-pdf.conf put them (outside the folder).
    if [ -s "$dir/printed-files" ] && [ -z "${DEALIX_CUPS_KEEP:-}" ]; then
        case $out in
        "$dir"/*) ;;
        *)
            while IFS= read -r f; do rm -f -- "$f"; done <"$dir/printed-files"
            [ ! -e "$dir/out-made" ] || rmdir -- "$out" 2>/dev/null || true
            ;;
        esac
    fi
    # DEALIX_CUPS_KEEP=1: the folder stays for a look at the pages and the scheduler's log.
    if [ -n "${DEALIX_CUPS_KEEP:-}" ]; then echo "kept: $dir" >&2; else rm -rf "$dir"; fi
}
trap cleanup EXIT
mkdir -p "$dir"/{etc,spool,tmp,cache,state,log,out,pdf-spool,home,run}
chmod 755 "$dir/etc"
# The scheduler's only socket, in a folder only root enters: no other local user can reach
# the scheduler (its policy asks for no authentication).
chmod 700 "$dir/run"
# The filters run as lp and write their temporary files here.
chown root:lp "$dir/tmp"
chmod 1770 "$dir/tmp"
sock=$dir/run/cups.sock
printer=dealix-test-pdf

cat >"$dir/cups-files.conf" <<EOF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/tmp
CacheDir $dir/cache
StateDir $dir/state
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
ServerBin /usr/lib/cups
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
Printcap $dir/etc/printcap
User lp
Group lp
SystemGroup root
EOF
cat >"$dir/cupsd.conf" <<EOF
LogLevel info
Listen $sock
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
PreserveJobHistory Yes
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
# cups-pdf reads /etc/cups/cups-pdf.conf whatever the scheduler's configuration: in a private
# mount namespace a private file is bound over it, so the printed PDFs land in $dir/out
# (Label 2: every file name carries its job id, no job replaces another).
cat >"$dir/cups-pdf.conf" <<EOF
Out $dir/out
AnonDirName $dir/out
Spool $dir/pdf-spool
Log $dir/log
Label 2
Grp root
EOF
if [ -z "${DEALIX_CUPS_NO_UNSHARE:-}" ] && unshare -m --propagation private true 2>/dev/null; then
    unshare -m --propagation private sh -c \
        'mount --bind "$1" /etc/cups/cups-pdf.conf && exec cupsd -f -c "$2" -s "$3"' \
        sh "$dir/cups-pdf.conf" "$dir/cupsd.conf" "$dir/cups-files.conf" \
        >"$dir/log/cupsd.out" 2>&1 &
    cupsd_pid=$!
else
    # No private mount namespace (a container without CAP_SYS_ADMIN): the system's
    # cups-pdf.conf decides where files land (for root's jobs: root's home, ~/PDF).
    echo "note: no private mount namespace; printed PDFs are looked for where the system's" \
        "cups-pdf.conf puts them" >&2
    cupsd -f -c "$dir/cupsd.conf" -s "$dir/cups-files.conf" >"$dir/log/cupsd.out" 2>&1 &
    cupsd_pid=$!
    home=$(getent passwd root | cut -d: -f6)
    out=$(sed -n 's/^Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf | tail -1)
    out=${out:-\$\{HOME\}/PDF}
    out=${out//\$\{HOME\}/$home}
    # cups-pdf makes the folder on the first job: removed again if it is empty then.
    [ -d "$out" ] || touch "$dir/out-made"
fi
# Every PDF the test printed (cleanup removes them when they landed outside the folder).
: >"$dir/printed-files"

# `lpstat -r` exits 0 even when no scheduler answers: its words say whether one runs.
running() { lpstat -h "$sock" -r 2>/dev/null | grep -q "is running"; }
for _ in $(seq 1 100); do
    running && break
    kill -0 "$cupsd_pid" 2>/dev/null || break
    sleep 0.1
done
if ! running; then
    cat "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null || true
    fail "the private CUPS scheduler did not start"
fi
lpadmin -h "$sock" -p "$printer" -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd -E ||
    fail "lpadmin could not add the cups-pdf printer"
lpstat -h "$sock" -p "$printer" | grep -q "enabled" || fail "the printer is not enabled"

export CUPS_SERVER=$sock
export HOME=$dir/home XDG_CONFIG_HOME=$dir/home/.config XDG_DATA_HOME=$dir/home/.local/share
export XDG_CACHE_HOME=$dir/home/.cache
asof=2026-11-30T09:00:00Z
"$desk" demo -o "$dir/demo.sqlite" --as-of "$asof" >/dev/null 2>"$dir/demo.err" ||
    { cat "$dir/demo.err" >&2; fail "could not write the demo database"; }
src=sqlite:$dir/demo.sqlite
tenant=najd-trading

# The PDFs printed since the last mark (by time: with the system's cups-pdf.conf a job may
# replace an earlier job's file of the same name).
mark() { touch "$dir/mark"; }
new_pdfs() { find "$out" -maxdepth 1 -name '*.pdf' -newer "$dir/mark"; }
# Waits until the scheduler has no job left for the queue, then for the file of the job.
wait_for_pdf() { # $1: the queue (default $printer)
    local deadline=$((SECONDS + 60)) idle=0 queue=${1:-$printer}
    while [ "$SECONDS" -lt "$deadline" ]; do
        if [ -z "$(lpstat -h "$sock" -o "$queue" 2>/dev/null)" ]; then
            new_pdfs >"$dir/printed-files.new"
            sort -u "$dir/printed-files.new" "$dir/printed-files" -o "$dir/printed-files"
            [ -s "$dir/printed-files.new" ] && return 0
            # The queue is empty but no file came: the job failed (its log says why).
            idle=$((idle + 1))
            [ "$idle" -lt 50 ] || break
        fi
        sleep 0.1
    done
    grep -E "^[EW]|Job [0-9]+\] .*(rror|denied|failed)" "$dir/log/error_log" >&2 || true
    fail "the print job did not produce a PDF in $out"
}

# --- 1. The Arabic pack, printed and written from the same computation ------------------
mark
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --lang ar --print "$printer" \
    -o "$dir/pack.pdf" >"$dir/print.out" 2>"$dir/print.err" ||
    { cat "$dir/print.err" >&2; fail "board-pack --print failed"; }
wait_for_pdf
printed=$(new_pdfs | head -1)
echo "printed: $printed"
pack_pages=$(pdfinfo "$dir/pack.pdf" | sed -n 's/^Pages:[[:space:]]*//p')
printed_pages=$(pdfinfo "$printed" | sed -n 's/^Pages:[[:space:]]*//p')
echo "pages: pack $pack_pages, printed $printed_pages"
[ "$pack_pages" -ge 3 ] || fail "the pack has only $pack_pages pages"
[ "$pack_pages" = "$printed_pages" ] ||
    fail "the printed PDF has $printed_pages pages, the pack $pack_pages"

# The message names the job the print service made (lpstat's id), in Arabic digits.
jobs_of() { # $1: the queue: its jobs' ids, every state, one a line
    lpstat -h "$sock" -W all -o "$1" | awk '{ print $1 }' | sed 's/.*-//'
}
arabic_digits() { # $1: ASCII digits -> Arabic-Indic digits
    local -a ar=(٠ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩)
    local s=$1 r="" i
    for ((i = 0; i < ${#s}; i++)); do r+=${ar[${s:i:1}]}; done
    echo "$r"
}
job=$(jobs_of "$printer" | sort -n | tail -1)
[ "$(jobs_of "$printer" | wc -l)" = 1 ] || fail "not one job on $printer: $(jobs_of "$printer")"
grep -q "المهمة $(arabic_digits "$job") " "$dir/print.err" ||
    fail "the message does not name job $job: $(cat "$dir/print.err")"
echo "job $job: $(cat "$dir/print.err")"

# Same paper, same resolution: the same size in pixels (pagecompare refuses other sizes).
pdftoppm -r 60 -gray -png "$dir/pack.pdf" "$dir/pack" 2>/dev/null
pdftoppm -r 60 -gray -png "$printed" "$dir/printed" 2>/dev/null
page() { # $1 prefix, $2 page number: pdftoppm's name for it (zero-padded to the page count)
    printf '%s-%0*d.png' "$1" "${#pack_pages}" "$2"
}
# The most a printed page may differ from the pack's own, in grey levels (0-255) averaged over
# the page shrunk tenfold (README "Tests": measured and justified there).
max=2
same() { # $1 $2: pictures that must match
    local d
    d=$("$compare" "$1" "$2" "$max") || fail "$(basename "$1") and $(basename "$2") differ by $d (at most $max)"
    echo "match: $(basename "$1") ~ $(basename "$2"): $d"
}
different() { # $1 $2: pictures that must not match
    local d rc=0
    d=$("$compare" "$1" "$2" "$max") || rc=$?
    [ "$rc" = 1 ] || fail "$(basename "$1") and $(basename "$2") should differ (pagecompare $rc, $d)"
    echo "differ: $(basename "$1") vs $(basename "$2"): $d"
}
# The first and the last page, then every page between: each printed page is the pack's page.
same "$(page "$dir/printed" 1)" "$(page "$dir/pack" 1)"
same "$(page "$dir/printed" "$pack_pages")" "$(page "$dir/pack" "$pack_pages")"
for i in $(seq 2 $((pack_pages - 1))); do
    same "$(page "$dir/printed" "$i")" "$(page "$dir/pack" "$i")"
done
# The comparison tells pages apart: the printed cover is not the contents page, the printed
# last page is not the cover.
different "$(page "$dir/printed" 1)" "$(page "$dir/pack" 2)"
different "$(page "$dir/printed" "$pack_pages")" "$(page "$dir/pack" 1)"

# --- 2. --copies and --duplex reach the job ---------------------------------------------
# cups-pdf offers no two-sided printing: --duplex there is refused (exit 1, nothing sent).
# A second queue whose PPD (cups-pdf's, plus a Duplex option) offers it takes the job.
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --surfaces executive-room \
    --print "$printer" --duplex >/dev/null 2>"$dir/noduplex.err" || rc=$?
[ "$rc" = 1 ] || fail "--duplex on a one-sided printer exits $rc, not 1"
grep -q "on both sides" "$dir/noduplex.err" ||
    fail "unclear message for --duplex on a one-sided printer: $(cat "$dir/noduplex.err")"
echo "one-sided printer with --duplex: exit 1: $(cat "$dir/noduplex.err")"
duplex_ppd=$dir/duplex.ppd
sed '/^\*OpenUI \*Resolution/,$d' /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd >"$duplex_ppd"
cat >>"$duplex_ppd" <<'EOF'
*OpenUI *Duplex/Two-sided: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long edge: "<</Duplex true /Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short edge: "<</Duplex true /Tumble true>>setpagedevice"
*CloseUI: *Duplex
EOF
sed -n '/^\*OpenUI \*Resolution/,$p' /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd >>"$duplex_ppd"
lpadmin -h "$sock" -p "$printer-duplex" -v cups-pdf:/ -P "$duplex_ppd" -E ||
    fail "lpadmin could not add the two-sided printer"
mark
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --lang ar \
    --surfaces executive-room --print "$printer-duplex" --copies 2 --duplex \
    >/dev/null 2>"$dir/copies.err" ||
    { cat "$dir/copies.err" >&2; fail "board-pack --print --copies 2 --duplex failed"; }
wait_for_pdf "$printer-duplex"
duplex_job=$(jobs_of "$printer-duplex" | tail -1)
# Its attributes are read from the scheduler's control file once it has stopped (section 4).

# --- 3. An unknown printer: exit 1, a clear message, nothing sent -------------------------
jobs_before=$(lpstat -h "$sock" -W all -o | wc -l)
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --print no-such-printer \
    -o "$dir/unknown.pdf" >/dev/null 2>"$dir/unknown.err" || rc=$?
[ "$rc" = 1 ] || fail "an unknown printer exits $rc, not 1"
grep -q "no printer of that name" "$dir/unknown.err" ||
    fail "unclear message for an unknown printer: $(cat "$dir/unknown.err")"
grep -q "$printer" "$dir/unknown.err" || fail "the message does not name the printers there are"
[ ! -e "$dir/unknown.pdf" ] || fail "a pack was written although the printer is unknown"
[ "$(lpstat -h "$sock" -W all -o | wc -l)" = "$jobs_before" ] || fail "a job was sent"
echo "unknown printer: exit 1: $(cat "$dir/unknown.err")"

# --- 3b. A tenant name CUPS would not take as a job title ----------------------------------
# Over 300 bytes of Arabic with a line break: CUPS renames such a job "Untitled", and a job
# looked for by its title would not be found. The title keeps printable characters and stays
# short, so the job is found and named.
cp "$dir/demo.sqlite" "$dir/longname.sqlite"
long=$(printf 'شركة الاسم الطويل جدا %.0s' $(seq 1 12))
sqlite3 "$dir/longname.sqlite" "update tenants set name = '$long' || char(10) || 'X' where slug = '$tenant'" ||
    fail "could not rename the tenant"
mark
rc=0
"$desk" board-pack --source "sqlite:$dir/longname.sqlite" --tenant "$tenant" --as-of "$asof" \
    --lang en --surfaces executive-room --print "$printer" >/dev/null 2>"$dir/longname.err" || rc=$?
[ "$rc" = 0 ] || fail "a long tenant name: exit $rc: $(cat "$dir/longname.err")"
wait_for_pdf
long_job=$(jobs_of "$printer" | sort -n | tail -1)
grep -q "as job $long_job (" "$dir/longname.err" ||
    fail "a long tenant name: the message does not name job $long_job: $(cat "$dir/longname.err")"
echo "long tenant name: $(cat "$dir/longname.err")"

fsi=$'\xe2\x81\xa8'
pdi=$'\xe2\x81\xa9'
# --- 4. Queues that take no job, a paused queue, a stalled scheduler ----------------------
mark
# Rejecting jobs (cupsreject): refused before anything is computed, the reason named.
cupsreject -h "$sock" -r "Toner being replaced" "$printer" || fail "cupsreject failed"
jobs_before=$(lpstat -h "$sock" -W all -o | wc -l)
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --print "$printer" \
    -o "$dir/rejected.pdf" >/dev/null 2>"$dir/rejected.err" || rc=$?
[ "$rc" = 1 ] || fail "a queue rejecting jobs exits $rc, not 1: $(cat "$dir/rejected.err")"
# (a name quoted in a message sits in a first-strong isolate, U+2068 … U+2069)
grep -q "Cannot print on \"$fsi$printer$pdi\": the printer is not accepting jobs" "$dir/rejected.err" ||
    fail "unclear message for a queue rejecting jobs: $(cat "$dir/rejected.err")"
grep -q "Toner being replaced" "$dir/rejected.err" ||
    fail "the message does not give the queue's reason: $(cat "$dir/rejected.err")"
[ ! -e "$dir/rejected.pdf" ] || fail "a pack was computed although the queue rejects jobs"
[ "$(lpstat -h "$sock" -W all -o | wc -l)" = "$jobs_before" ] || fail "a job was sent"
echo "rejecting queue: exit 1: $(cat "$dir/rejected.err")"
cupsaccept -h "$sock" "$printer" || fail "cupsaccept failed"

# A queue that accepts jobs but refuses this user's (lpadmin -u deny:): the check before
# painting passes, the print service refuses the job itself; no job, no PDF, exit 1.
lpadmin -h "$sock" -p "$printer-denied" -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd -E \
    -u deny:root || fail "lpadmin could not add the printer that denies root"
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --surfaces executive-room \
    --print "$printer-denied" >/dev/null 2>"$dir/denied.err" || rc=$?
[ "$rc" = 1 ] || fail "a job the print service refuses exits $rc, not 1: $(cat "$dir/denied.err")"
grep -q "The print service did not accept the job for \"$fsi$printer-denied$pdi\"" "$dir/denied.err" ||
    fail "unclear message for a refused job: $(cat "$dir/denied.err")"
[ -z "$(jobs_of "$printer-denied")" ] || fail "a job exists on $printer-denied"
echo "refused job: exit 1: $(cat "$dir/denied.err")"

# The same two from the board pack dialog's Print… (the print dialog's printer): the same
# messages in the dialog, no job.
cupsreject -h "$sock" -r "Toner being replaced" "$printer" || fail "cupsreject failed"
jobs_before=$(lpstat -h "$sock" -W all -o | wc -l)
DEALIX_TEST_REJECTING=$printer DEALIX_TEST_DENIED=$printer-denied \
    "$gui_tests" --warn NoTests "[cups]" >"$dir/gui.out" 2>&1 ||
    { cat "$dir/gui.out" >&2; fail "the board pack dialog's Print… did not say why"; }
[ "$(lpstat -h "$sock" -W all -o | wc -l)" = "$jobs_before" ] || fail "the dialog sent a job"
cupsaccept -h "$sock" "$printer" || fail "cupsaccept failed"
echo "dialog: $(grep -E "passed|assertions" "$dir/gui.out" | tail -1)"

# Paused (cupsdisable, still accepting): the job is taken and waits; the message says so and
# names the job; once resumed it prints.
cupsdisable -h "$sock" -r "Paused for the board meeting" "$printer" || fail "cupsdisable failed"
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --surfaces executive-room \
    --print "$printer" >/dev/null 2>"$dir/paused.err" ||
    fail "printing on a paused queue failed: $(cat "$dir/paused.err")"
paused_job=$(jobs_of "$printer" | sort -n | tail -1)
[ "$paused_job" != "$job" ] || fail "no job was created on the paused queue"
grep -q "as job $paused_job (" "$dir/paused.err" ||
    fail "the message does not name job $paused_job: $(cat "$dir/paused.err")"
# The queue's reason is isolated (U+2068 … U+2069) in the sentence.
grep -q "The printer is paused (.*Paused for the board meeting.*); the job waits in its queue" \
    "$dir/paused.err" || fail "the message does not say the printer is paused: $(cat "$dir/paused.err")"
lpstat -h "$sock" -o "$printer" | grep -q "^$printer-$paused_job " ||
    fail "job $paused_job is not waiting in the queue"
[ -z "$(new_pdfs)" ] || fail "a PDF was printed by a queue that rejects, refuses or is paused"
echo "paused queue: exit 0: $(cat "$dir/paused.err")"
cupsenable -h "$sock" "$printer" || fail "cupsenable failed"
wait_for_pdf

# A stalled scheduler (stopped, its socket still there): a clear message within seconds.
kill -STOP "$cupsd_pid"
started=$(date +%s)
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --print "$printer" \
    >/dev/null 2>"$dir/stalled.err" || rc=$?
took=$(($(date +%s) - started))
kill -CONT "$cupsd_pid"
[ "$rc" = 1 ] || fail "printing with a stalled scheduler exits $rc, not 1"
[ "$took" -lt 30 ] || fail "printing with a stalled scheduler took $took s"
grep -q "does not answer" "$dir/stalled.err" ||
    fail "unclear message with a stalled scheduler: $(cat "$dir/stalled.err")"
echo "stalled scheduler: exit 1 after $took s: $(cat "$dir/stalled.err")"

# --- 5. CUPS down: the scheduler stopped, its socket gone -------------------------------
kill "$cupsd_pid"
wait "$cupsd_pid" 2>/dev/null || true
cupsd_pid=""
! running || fail "the scheduler still answers"
# The scheduler wrote every job's attributes to its control file (cNNNNN) when it stopped.
job=$duplex_job
control=$dir/spool/$(printf 'c%05d' "$job")
[ -f "$control" ] || fail "no control file for the two-sided job $job"
grep -aq "two-sided-long-edge" "$control" || fail "job $job is not two-sided (--duplex)"
# IPP: integer tag 0x21, name length 6, "copies", value length 4, value 2.
od -An -tx1 -v "$control" | tr -d ' \n' | grep -q "210006636f70696573000400000002" ||
    fail "job $job does not ask for 2 copies (--copies 2)"
echo "job $job: two-sided (long edge), 2 copies"
rc=0
"$desk" board-pack --source "$src" --tenant "$tenant" --as-of "$asof" --print "$printer" \
    >/dev/null 2>"$dir/down.err" || rc=$?
[ "$rc" = 1 ] || fail "printing with CUPS down exits $rc, not 1"
grep -q "not running, cannot be reached" "$dir/down.err" ||
    fail "unclear message with CUPS down: $(cat "$dir/down.err")"
echo "CUPS down: exit 1: $(cat "$dir/down.err")"
echo "PASS"
