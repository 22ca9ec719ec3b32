#!/usr/bin/env bash
# The README's production steps, run as written (issue #22): every line of the code block under
# "Langkah di server Debian 12 baru", then the backup and restore block of "Cadangan dan
# pemulihan", in README order, as root, in a throwaway root: private mount, PID and network
# namespaces, an overlay over / whose upper layer is a tmpfs (whatever the lines write vanishes
# with the namespaces, even on SIGKILL) and chroot. The lines are read from README.md itself, so a
# changed line runs changed and a missing block fails the run. The lines that cannot run here are
# replaced by the stand-ins of PENGGANTI below, the one table of them, each with its reason; a
# stand-in that matches no README line fails the run too (the README changed under it).
#
#   bash tests/deploy/langkah-readme.sh          run it (as root; about a minute)
#   bash tests/deploy/langkah-readme.sh --bisa   exit 0 if it can run here, 77 and why if not
#   bash tests/deploy/langkah-readme.sh --skrip  print the script it would run in the root
#
# tests/deploy/langkah-readme.deploy.ts runs it (npm run test:deploy, after the production build:
# the checkout's dist is what the steps start). It uses the machine's PostgreSQL and Redis
# (DATABASE_HOST, DATABASE_PORT, DATABASE_USERNAME, DATABASE_PASSWORD; 127.0.0.1:5432 as postgres
# and 127.0.0.1:6379 unless given), with a role, database and Redis prefix of its own, removed
# afterwards whatever happened.
set -euo pipefail

APP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SKRIP="$APP_DIR/tests/deploy/langkah-readme.sh"
README="$APP_DIR/README.md"

# ---------------------------------------------------------------------------------------------
# The stand-ins: the only places where the run departs from the README. Columns: kind | what it
# replaces | stand-in (a function below) | why.
#   baris     a README line (extended regex on the whole line): the stand-in runs instead of it
#   teks      a piece of a README line (extended regex): the line runs with the stand-in's text
#   perintah  a command the README's lines call: the stand-in is that command in the root's PATH
#   prosa     a step the README says in words, after its block
#   akar      the throwaway root itself
# ---------------------------------------------------------------------------------------------
PENGGANTI=$(
  cat <<'TABEL'
akar     | the machine                                | (the root)          | An overlay over this machine's / in its own mount, PID and network namespaces: the steps write nothing outside it, and ports 80, 1337 and 1338 are free in it whatever else runs here. 127.0.0.1:5432 and 127.0.0.1:6379 inside it are relayed to this machine's PostgreSQL and Redis (the env file's addresses, unchanged).
baris    | ^apt-get update && apt-get install -y      | paket_terpasang     | No package is downloaded in a test: every package the line names must already be installed on this machine (.ci/run installs the missing ones), else the run fails naming them. nginx is started as its package starts it on installation (nginx.service); PostgreSQL and Redis are the machine's (above).
baris    | ^curl -fsSL https://deb\.nodesource\.com/setup_[0-9]+\.x  | node_terpasang      | NodeSource is not reached in a test: the installed nodejs must be of the line's major version, and every package the line names installed.
baris    | ^sudo -u postgres createuser               | basis_data_sekali   | createuser --pwprompt asks for the password at a terminal, and this machine's PostgreSQL is shared: a throwaway role with a random password and its own database instead of redaksi and kpu_sumbar_redaksi (createdb -O as in the line), both dropped afterwards.
baris    | ^sudo -u redaksi npm ci &&                 | modul_dan_dist      | npm ci and the production build take minutes and the build is tested on its own (npm run test:deploy builds first): the checkout's node_modules and dist, bind-mounted read-only into the clone.
baris    | ^#   isi rahasia                           | isi_berkas_env      | The operator's edit of the environment file: every secret from openssl rand -base64 32 (APP_KEYS: four), DATABASE_NAME, DATABASE_USERNAME and DATABASE_PASSWORD of the throwaway role, REDIS_PREFIX of the run's own; PUBLIC_URL as in the example, SMTP_* left empty (mail off).
teks     | <repo>                                     | git://127.0.0.1/repo.git | The repository: a bare copy of this checkout (its HEAD, plus uncommitted changes to tracked files), served by git daemon inside the root's network (a local path would be refused by git as owned by another user; the real <repo> is a remote too).
teks     | cadangan-redaksi-[0-9]{8}-[0-9]{6}\.tar\.gz | "$ARSIP"           | The example archive: the newest one, the one the backup line just listed.
perintah | systemctl                                  | pengganti_systemctl | No systemd as PID 1 here. Units run as systemd would from the files copied to /etc/systemd/system: User=/Group= (setpriv), WorkingDirectory=, Environment=, EnvironmentFile= read as systemd reads it (NAME=value lines, # comments, quotes, no shell expansion; never sourced), NoNewPrivileges=, StateDirectory=; start of Type=oneshot waits for ExecStart and fails with it, Type=simple starts in the background with Restart=on-failure, RestartSec= and RestartPreventExitStatus=; stop sends SIGTERM to the whole process group and SIGKILL after TimeoutStopSec=; timers are accepted and never fire; reload nginx runs nginx.service's ExecReload and waits until the old workers are gone (systemd returns once the signal is sent, an operator types the next line later). PrivateTmp= and ProtectSystem= are not reproduced. Any other verb, unit or setting fails the run.
perintah | systemd-run                                | pengganti_systemd_run | No systemd as PID 1 here: --uid/--gid, --working-directory, -p EnvironmentFile= and -E as systemctl's stand-in runs a unit, in the foreground with its output and exit status (--pipe --wait). Any other option or property fails the run.
prosa    | orang pertama mendaftar sebagai Super Admin | daftar_super_admin | The first person registers in the browser: here the panel's request, through nginx on plain HTTP (TLS is the operator's, certbot); then one photo uploaded, so the backup holds an account and a file to restore.
TABEL
)

# ---------------------------------------------------------------------------------------------
# Whether it can run here: root, the tools, and an overlay over / in a namespace of its own.
# ---------------------------------------------------------------------------------------------
bisa() {
  [ "$(id -u)" = 0 ] || { echo "bukan root: unshare, overlay dan chroot memerlukan root"; return 77; }
  local alat
  for alat in unshare chroot mount setpriv setsid ip node psql; do
    command -v "$alat" >/dev/null || { echo "$alat tidak ada"; return 77; }
  done
  local d
  d=$(mktemp -d /tmp/langkah-readme-coba.XXXXXX)
  if ! unshare --mount --pid --net --fork --propagation private bash -c '
    mount -t tmpfs coba "$1" && mkdir "$1/u" "$1/w" "$1/m" &&
      mount -t overlay coba -o "lowerdir=/,upperdir=$1/u,workdir=$1/w" "$1/m" &&
      test -e "$1/m/etc/passwd" && ip link set lo up' _ "$d" >/dev/null 2>&1; then
    rmdir "$d"
    echo "unshare (mount, pid, net) dengan overlay di atas / tidak tersedia di mesin ini"
    return 77
  fi
  rmdir "$d"
}

# ---------------------------------------------------------------------------------------------
# The stand-ins (run inside the root, as root, in the README's shell; see PENGGANTI).
# ---------------------------------------------------------------------------------------------

# Every package named after `apt-get install -y` in the README line must be installed.
paket_terpasang() {
  local paket kurang=() baris=$BARIS_README
  for paket in ${baris##*install -y }; do
    dpkg-query -W -f='${Status}' "$paket" 2>/dev/null | grep -q 'install ok installed' || kurang+=("$paket")
  done
  [ ${#kurang[@]} = 0 ] || { echo "paket belum terpasang di mesin ini: ${kurang[*]}"; return 1; }
  echo "terpasang: ${baris##*install -y }"
  if [[ $baris == *" nginx "* ]]; then
    # As the package's postinst starts it (nginx.service's ExecStart).
    /usr/sbin/nginx -g 'daemon on; master_process on;'
    echo "nginx dimulai (seperti nginx.service setelah dipasang)"
  fi
}

node_terpasang() {
  local mayor baris=$BARIS_README
  [[ $baris =~ setup_([0-9]+)\.x ]] || { echo "versi NodeSource tidak terbaca"; return 1; }
  mayor=${BASH_REMATCH[1]}
  [[ $(node --version) == v"$mayor".* ]] || { echo "node $(node --version), README: $mayor.x"; return 1; }
  echo "node $(node --version) (/usr/bin/node: $(readlink -f "$(command -v node)"))"
  paket_terpasang
}

basis_data_sekali() {
  PGPASSWORD=$PG_ADMIN_SANDI psql -h 127.0.0.1 -p 5432 -U "$PG_ADMIN" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE \"$PG_PERAN\" LOGIN PASSWORD '$PG_SANDI'"
  PGPASSWORD=$PG_ADMIN_SANDI createdb -h 127.0.0.1 -p 5432 -U "$PG_ADMIN" -O "$PG_PERAN" "$PG_PERAN"
  echo "peran dan basis data $PG_PERAN (pemilik $PG_PERAN, dengan sandi) dibuat"
}

modul_dan_dist() {
  local d
  for d in node_modules dist; do
    [ ! -e "$d" ] || { echo "$d sudah ada di clone"; return 1; }
    mkdir "$d"
    mount --bind "/run/langkah/checkout/$d" "$d"
    mount -o remount,bind,ro "$d"
  done
  echo "node_modules dan dist checkout ini dipasang hanya-baca"
}

isi_berkas_env() {
  local f=/etc/kpu-sumbar-redaksi/env v
  ganti() { grep -q "^$1=" "$f" || { echo "$1 tidak ada di $f"; return 1; }; sed -i "s|^$1=.*|$1=$2|" "$f"; }
  ganti APP_KEYS "$(openssl rand -base64 32),$(openssl rand -base64 32),$(openssl rand -base64 32),$(openssl rand -base64 32)"
  for v in API_TOKEN_SALT ADMIN_JWT_SECRET TRANSFER_TOKEN_SALT JWT_SECRET ENCRYPTION_KEY RIWAYAT_HMAC_KEY; do
    ganti "$v" "$(openssl rand -base64 32)"
  done
  ganti DATABASE_NAME "$PG_PERAN"
  ganti DATABASE_USERNAME "$PG_PERAN"
  ganti DATABASE_PASSWORD "$PG_SANDI"
  ganti REDIS_PREFIX "$REDIS_PREFIX"
  echo "rahasia, DATABASE_NAME/USERNAME/PASSWORD dan REDIS_PREFIX diisi di $f"
}

pengganti_systemctl() {
  cat >/usr/local/sbin/systemctl <<'SHIM'
#!/bin/bash
# Stand-in for systemctl in the throwaway root (tests/deploy/langkah-readme.sh, PENGGANTI).
set -euo pipefail
. /run/langkah/unit.sh
verba=${1:-}
shift || true
case $verba in
  daemon-reload) echo "systemctl (pengganti): daemon-reload" >&2 ;;
  enable)
    sekarang=0
    unit=()
    for a; do case $a in --now) sekarang=1 ;; -*) gagal_unit "opsi $a tidak didukung" ;; *) unit+=("$a") ;; esac; done
    for u in "${unit[@]}"; do berkas_unit "$u" >/dev/null; done
    if [ $sekarang = 1 ]; then for u in "${unit[@]}"; do mulai_unit "$u"; done; fi
    ;;
  start) for u; do mulai_unit "$u"; done ;;
  stop) for u; do henti_unit "$u"; done ;;
  restart) for u; do henti_unit "$u"; mulai_unit "$u"; done ;;
  reload)
    for u; do
      case $u in
        nginx | nginx.service)
          # nginx.service's ExecReload; then until the old workers are gone (see PENGGANTI).
          induk=$(cat /run/nginx.pid)
          lama=$(ps -o pid= --ppid "$induk" | tr -d ' ' | sort)
          /usr/sbin/nginx -g 'daemon on; master_process on;' -s reload
          for ((i = 0; i < 100; i++)); do
            baru=$(ps -o pid= --ppid "$induk" | tr -d ' ' | sort)
            [ -n "$(comm -12 <(echo "$lama") <(echo "$baru"))" ] || break
            sleep 0.1
          done
          ;;
        *) gagal_unit "reload $u tidak didukung" ;;
      esac
    done
    ;;
  *) gagal_unit "systemctl $verba tidak didukung" ;;
esac
SHIM
  chmod 0755 /usr/local/sbin/systemctl
}

pengganti_systemd_run() {
  cat >/usr/local/sbin/systemd-run <<'SHIM'
#!/bin/bash
# Stand-in for systemd-run in the throwaway root (tests/deploy/langkah-readme.sh, PENGGANTI).
set -euo pipefail
. /run/langkah/unit.sh
opsi=()
while [ $# -gt 0 ]; do
  case $1 in
    --quiet | --pipe | --wait | --collect) shift ;;
    --uid=*) opsi+=(--user "${1#--uid=}"); shift ;;
    --gid=*) opsi+=(--group "${1#--gid=}"); shift ;;
    --working-directory=*) opsi+=(--workdir "${1#--working-directory=}"); shift ;;
    -p)
      case $2 in
        EnvironmentFile=*) opsi+=(--envfile "${2#EnvironmentFile=}") ;;
        *) gagal_unit "systemd-run -p $2 tidak didukung" ;;
      esac
      shift 2
      ;;
    -E) opsi+=(--setenv "$2"); shift 2 ;;
    --setenv=*) opsi+=(--setenv "${1#--setenv=}"); shift ;;
    -*) gagal_unit "systemd-run $1 tidak didukung" ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || gagal_unit "systemd-run tanpa perintah"
[[ $1 == /* ]] || set -- "$(command -v "$1")" "${@:2}"
jalankan "${opsi[@]}" -- "$@"
SHIM
  chmod 0755 /usr/local/sbin/systemd-run
}

# The first Super Admin, through nginx, and one photo uploaded (the README's next paragraph).
daftar_super_admin() {
  local jawab token
  jawab=$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_SUREL\",\"firstname\":\"Admin\",\"lastname\":\"Humas\",\"password\":\"$ADMIN_SANDI\"}" \
    http://127.0.0.1/admin/register-admin)
  token=$(json "$jawab" data.token)
  echo "Super Admin $ADMIN_SUREL terdaftar lewat nginx"
  FOTO_SEBELUM=$(unggah_foto "$token" sebelum)
  echo "foto $FOTO_SEBELUM diunggah lewat nginx"
  simpan FOTO_SEBELUM "$FOTO_SEBELUM"
  simpan TOKEN "$token"
}

# ---------------------------------------------------------------------------------------------
# Helpers and checks of the steps' outcome (inside the root).
# ---------------------------------------------------------------------------------------------
json() { node -e 'let v = JSON.parse(process.argv[1]); for (const k of process.argv[2].split(".")) v = v?.[k]; if (v === undefined) process.exit(1); process.stdout.write(String(v));' "$@"; }

# A PNG made here (one pixel, its colour per name) uploaded through nginx: its /uploads/ URL.
unggah_foto() {
  local token=$1 nama=$2 jawab
  node -e 'const z = require("zlib"); const crc = (b) => { let c = ~0; for (const x of b) { c ^= x; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; } return ~c >>> 0; };
    const potong = (jenis, isi) => { const p = Buffer.alloc(4); p.writeUInt32BE(isi.length); const t = Buffer.concat([Buffer.from(jenis), isi]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(t)); return Buffer.concat([p, t, c]); };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); const warna = process.argv[1] === "sebelum" ? [200, 30, 30] : [30, 30, 200];
    process.stdout.write(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), potong("IHDR", ihdr), potong("IDAT", z.deflateSync(Buffer.from([0, ...warna]))), potong("IEND", Buffer.alloc(0))]));' "$nama" >"$K/$nama.png"
  jawab=$(curl -fsS -H "Authorization: Bearer $token" \
    -F "files=@$K/$nama.png;type=image/png" http://127.0.0.1/upload)
  json "$jawab" 0.url
  # What nginx serves from the uploads folder (www-data reading what redaksi wrote): the bytes
  # the restore must bring back.
  curl -fsS "http://127.0.0.1$(json "$jawab" 0.url)" -o "$K/$nama.disajikan"
}

sama_dengan_berkas() { # URL path, local file: nginx serves exactly those bytes
  curl -fsS "http://127.0.0.1$1" -o "$K/unduhan"
  cmp -s "$K/unduhan" "$2" || { echo "nginx $1 berbeda dengan $2"; return 1; }
}

periksa_env() {
  [ "$(stat -c '%a %U:%G' /etc/kpu-sumbar-redaksi)" = "750 root:redaksi" ] || { stat /etc/kpu-sumbar-redaksi; return 1; }
  [ "$(stat -c '%a %U:%G' /etc/kpu-sumbar-redaksi/env)" = "640 root:redaksi" ] || { stat /etc/kpu-sumbar-redaksi/env; return 1; }
  if sudo -u redaksi sh -c 'echo x >>/etc/kpu-sumbar-redaksi/env' 2>/dev/null; then echo "redaksi dapat menulis berkas env"; return 1; fi
  echo "periksa: /etc/kpu-sumbar-redaksi 0750 dan env 0640 root:redaksi; redaksi hanya membaca"
}

periksa_jangkar() {
  local f=/var/lib/kpu-sumbar-redaksi/jangkar-riwayat.jsonl
  lsattr "$f" | grep -q '^[^ ]*a' || { lsattr "$f"; return 1; }
  if sudo -u redaksi sh -c ": >$f" 2>/dev/null; then echo "redaksi dapat mengosongkan $f"; return 1; fi
  sudo -u redaksi sh -c "printf '' >>$f"
  echo "periksa: $f hanya dapat ditambah, juga oleh redaksi"
}

periksa_siap() { # the output of a `curl .../_ready` line
  local n
  n=$(grep -o '"status":"siap","basisData":"ok","redis":"ok"' "$K/keluaran-$NOMOR" | wc -l)
  [ "$n" -ge 1 ] && [ "$n" = "$(grep -c _ready <<<"$BARIS_README")" ] || { echo "tidak semua /_ready menjawab siap"; return 1; }
  echo "periksa: $n x /_ready siap"
}

periksa_cadangan() {
  local d=/var/backups/kpu-sumbar-redaksi f
  ARSIP=$(ls -t "$d" | head -1)
  simpan ARSIP "$ARSIP"
  [ "$(tail -1 "$K/keluaran-$NOMOR")" = "$ARSIP" ] || { echo "baris terakhir bukan arsip terbaru ($ARSIP)"; return 1; }
  [ "$(stat -c '%a %U:%G' "$d")" = "750 redaksi:redaksi" ] || { stat "$d"; return 1; }
  for f in "$d"/*; do
    [ "$(stat -c '%a %U:%G' "$f")" = "600 redaksi:redaksi" ] || { stat "$f"; return 1; }
  done
  echo "periksa: $d 0750, arsip $ARSIP 0600 redaksi:redaksi"
  # Something the restore must undo: a photo uploaded after the backup.
  FOTO_SESUDAH=$(unggah_foto "$TOKEN" sesudah)
  echo "foto $FOTO_SESUDAH diunggah sesudah cadangan"
  simpan FOTO_SESUDAH "$FOTO_SESUDAH"
}

periksa_pulih() {
  grep -Eq '^Pulih: [1-9][0-9]* tabel, [1-9][0-9]* baris, [1-9][0-9]* berkas unggahan; 0 perbedaan dengan manifest\.$' "$K/keluaran-$NOMOR" ||
    { echo "pemulihan tidak menyebut 0 perbedaan"; return 1; }
  echo "periksa: pulih, 0 perbedaan"
}

periksa_akhir() {
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_SUREL\",\"password\":\"$ADMIN_SANDI\"}" http://127.0.0.1/admin/login
  echo "periksa: Super Admin masuk lagi lewat nginx setelah pemulihan"
  sama_dengan_berkas "$FOTO_SEBELUM" "$K/sebelum.disajikan"
  echo "periksa: foto dari sebelum cadangan dilayani nginx, sama persis"
  local kode
  kode=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1$FOTO_SESUDAH")
  [ "$kode" = 404 ] || { echo "foto dari sesudah cadangan masih ada ($kode)"; return 1; }
  [ ! -e "/srv/kpu-sumbar-redaksi/public$FOTO_SESUDAH" ] || { echo "berkas foto sesudah cadangan masih ada"; return 1; }
  echo "periksa: foto dari sesudah cadangan hilang (404)"
  ! grep -l 'status 78' /run/langkah/log/unit-*.log || { echo "sebuah instans menolak rahasianya"; return 1; }
}

# Which check runs after which README line (extended regex on the line).
PERIKSA=$(
  cat <<'TABEL'
^install -m 0640 -g redaksi deploy/\.env\.production\.example | periksa_env
^chattr \+a                                                  | periksa_jangkar
^curl .*/_ready                                              | periksa_siap
^systemctl start kpu-sumbar-redaksi-cadangan\.service        | periksa_cadangan
npm run pulihkan                                             | periksa_pulih
TABEL
)

# ---------------------------------------------------------------------------------------------
# unit.sh: how the systemctl and systemd-run stand-ins run a unit's command (inside the root).
# ---------------------------------------------------------------------------------------------
tulis_unit_sh() {
  cat <<'UNIT'
# Shared by the systemctl and systemd-run stand-ins (tests/deploy/langkah-readme.sh).
UNIT_LOG=/run/langkah/log
UNIT_KEADAAN=/run/langkah/unit
mkdir -p "$UNIT_KEADAAN"

gagal_unit() { echo "pengganti systemd: $*" >&2; exit 1; }

hidup() { # any process left in session $1 (each service is a session of its own)
  ps -o stat= --sid "$1" 2>/dev/null | grep -qv '^Z'
}

# jalankan [--user U] [--group G] [--workdir D] [--envfile F]... [--setenv K=V]... [--no-new-privs]
#          [--state-directory NAME:MODE] -- command...: as systemd runs a service's command.
jalankan() {
  local user=root group=root workdir=/ nnp= a
  local -a berkas=() setenv=() keadaan=()
  while [ $# -gt 0 ]; do
    case $1 in
      --user) user=$2; shift 2 ;;
      --group) group=$2; shift 2 ;;
      --workdir) workdir=$2; shift 2 ;;
      --envfile) berkas+=("$2"); shift 2 ;;
      --setenv) setenv+=("$2"); shift 2 ;;
      --no-new-privs) nnp=--no-new-privs; shift ;;
      --state-directory) keadaan+=("$2"); shift 2 ;;
      --) shift; break ;;
      *) gagal_unit "jalankan: $1" ;;
    esac
  done
  local -a env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  local pw
  pw=$(getent passwd "$user") || gagal_unit "pengguna $user tidak ada"
  IFS=: read -r _ _ _ _ _ rumah shell <<<"$pw"
  env+=("HOME=$rumah" "USER=$user" "LOGNAME=$user" "SHELL=$shell")
  for a in "${keadaan[@]}"; do
    # StateDirectory=: created for the user if missing, its owner put right if not the user.
    local d=/var/lib/${a%%:*}
    [ -d "$d" ] || install -d -m "${a#*:}" -o "$user" -g "$group" "$d"
    [ "$(stat -c %U:%G "$d")" = "$user:$group" ] || chown -R "$user:$group" "$d"
    env+=("STATE_DIRECTORY=$d")
  done
  env+=("${setenv[@]}")
  # EnvironmentFile= after Environment=: the file's values win, as in systemd.
  for a in "${berkas[@]}"; do
    local wajib=1
    [[ $a == -* ]] && { wajib=0; a=${a#-}; }
    if [ ! -r "$a" ]; then [ $wajib = 0 ] && continue; gagal_unit "EnvironmentFile $a tidak dapat dibaca"; fi
    local isi
    isi=$(mktemp)
    node /run/langkah/envfile.js "$a" >"$isi" || gagal_unit "EnvironmentFile $a tidak terbaca"
    mapfile -d '' -t baris <"$isi"
    rm -f "$isi"
    env+=("${baris[@]}")
  done
  cd "$workdir" || gagal_unit "WorkingDirectory $workdir"
  exec env -i "${env[@]}" setpriv --reuid="$user" --regid="$group" --init-groups $nnp -- "$@"
}

# berkas_unit NAME: the unit file (a template for name@instance) and the instance, or fail as
# systemctl does (exit 5) for a unit it does not know.
berkas_unit() {
  local u=$1
  [[ $u == *.* ]] || u=$u.service
  if [ -f "/etc/systemd/system/$u" ]; then echo "/etc/systemd/system/$u"; return; fi
  if [[ $u =~ ^([^@]+)@([^.]+)\.service$ ]] && [ -f "/etc/systemd/system/${BASH_REMATCH[1]}@.service" ]; then
    echo "/etc/systemd/system/${BASH_REMATCH[1]}@.service ${BASH_REMATCH[2]}"
    return
  fi
  echo "Unit $u not found." >&2
  exit 5
}

# baca_unit FILE INSTANCE: the [Service] settings into U_*; a setting not handled here fails.
baca_unit() {
  local bagian= baris kunci nilai instans_pola=%i
  U_TYPE=simple U_EXEC= U_RESTART=no U_RESTART_SEC=0.1 U_PREVENT= U_TIMEOUT=90 U_KEADAAN= U_KEADAAN_MODE=
  U_OPSI=()
  while IFS= read -r baris || [ -n "$baris" ]; do
    case $baris in '' | '#'* | ';'*) continue ;; '['*) bagian=$baris; continue ;; esac
    [ "$bagian" = "[Service]" ] || continue
    kunci=${baris%%=*}
    nilai=${baris#*=}
    nilai=${nilai//"$instans_pola"/$2}
    case $kunci in
      Type) U_TYPE=$nilai ;;
      User) U_OPSI+=(--user "$nilai") ;;
      Group) U_OPSI+=(--group "$nilai") ;;
      WorkingDirectory) U_OPSI+=(--workdir "$nilai") ;;
      EnvironmentFile) U_OPSI+=(--envfile "$nilai") ;;
      Environment)
        nilai=${nilai#\"}
        nilai=${nilai%\"}
        [[ $nilai != *[[:space:]\"\']* ]] || gagal_unit "$1: Environment=$nilai (satu NAMA=nilai tanpa spasi saja)"
        U_OPSI+=(--setenv "$nilai")
        ;;
      StateDirectory) U_KEADAAN=$nilai ;;
      StateDirectoryMode) U_KEADAAN_MODE=$nilai ;;
      NoNewPrivileges) case $nilai in true | yes | on | 1) U_OPSI+=(--no-new-privs) ;; esac ;;
      ExecStart)
        [[ $nilai != *[\"\'\\\$]* ]] || gagal_unit "$1: ExecStart=$nilai (tanpa kutip, escape atau \$)"
        U_EXEC=$nilai
        ;;
      Restart) U_RESTART=$nilai ;;
      RestartSec) U_RESTART_SEC=$nilai ;;
      RestartPreventExitStatus) U_PREVENT=$nilai ;;
      TimeoutStopSec) U_TIMEOUT=$nilai ;;
      KillSignal) [ "$nilai" = SIGTERM ] || gagal_unit "$1: KillSignal=$nilai" ;;
      PrivateTmp | ProtectSystem) ;; # not reproduced (PENGGANTI)
      *) gagal_unit "$1: $kunci= tidak dikenal pengganti systemd" ;;
    esac
  done <"$1"
  [ -z "$U_KEADAAN" ] || U_OPSI+=(--state-directory "$U_KEADAAN:${U_KEADAAN_MODE:-0755}")
  [[ $U_EXEC == /* ]] || gagal_unit "$1: ExecStart=$U_EXEC"
}

mulai_unit() {
  local u=$1 letak berkas instans
  [[ $u == *.* ]] || u=$u.service
  letak=$(berkas_unit "$u")
  read -r berkas instans <<<"$letak"
  case $u in
    *.timer) echo "systemctl (pengganti): $u diterima, tidak pernah berdetak di tes" >&2; return ;;
    *.service) ;;
    *) gagal_unit "$u: jenis unit tidak didukung" ;;
  esac
  baca_unit "$berkas" "${instans:-}"
  local -a perintah
  read -ra perintah <<<"$U_EXEC"
  local log="$UNIT_LOG/unit-$u.log"
  case $U_TYPE in
    oneshot)
      # systemctl start waits for a oneshot, its output in the journal (here: its log).
      echo "== $(date +%T) mulai" >>"$log"
      if (jalankan "${U_OPSI[@]}" -- "${perintah[@]}") >>"$log" 2>&1 </dev/null; then
        echo "== $(date +%T) selesai" >>"$log"
      else
        local s=$?
        echo "== $(date +%T) gagal, status $s" >>"$log"
        echo "Job for $u failed because the control process exited with error code." >&2
        return 1
      fi
      ;;
    simple)
      if [ -f "$UNIT_KEADAAN/$u.pengawas" ] && hidup "$(cat "$UNIT_KEADAAN/$u.pengawas")"; then return; fi
      rm -f "$UNIT_KEADAAN/$u.berhenti"
      export U_RESTART U_RESTART_SEC U_PREVENT
      # The supervisor: a session of its own, restarting the command as Restart= says.
      setsid bash -c '
        . /run/langkah/unit.sh
        u=$1; shift
        while :; do
          echo "== $(date +%T) mulai"
          (exec setsid bash -c ". /run/langkah/unit.sh; jalankan \"\$@\"" _ "$@") </dev/null &
          echo $! >"$UNIT_KEADAAN/$u.utama"
          s=0; wait $! || s=$?
          echo "== $(date +%T) berhenti, status $s"
          [ ! -e "$UNIT_KEADAAN/$u.berhenti" ] || exit 0
          [ "$U_RESTART" = on-failure ] && [ $s != 0 ] || exit 0
          for p in $U_PREVENT; do [ "$s" != "$p" ] || { echo "== status $s: tidak dimulai ulang (RestartPreventExitStatus)"; exit 0; }; done
          sleep "$U_RESTART_SEC"
        done' _ "$u" "${U_OPSI[@]}" -- "${perintah[@]}" >>"$log" 2>&1 </dev/null &
      echo $! >"$UNIT_KEADAAN/$u.pengawas"
      ;;
    *) gagal_unit "$u: Type=$U_TYPE" ;;
  esac
}

henti_unit() {
  local u=$1 letak berkas instans
  [[ $u == *.* ]] || u=$u.service
  letak=$(berkas_unit "$u")
  read -r berkas instans <<<"$letak"
  [[ $u == *.service ]] || return 0
  [ -f "$UNIT_KEADAAN/$u.pengawas" ] || return 0
  local pengawas utama i
  pengawas=$(cat "$UNIT_KEADAAN/$u.pengawas")
  hidup "$pengawas" || return 0
  baca_unit "$berkas" "${instans:-}"
  touch "$UNIT_KEADAAN/$u.berhenti"
  utama=$(cat "$UNIT_KEADAAN/$u.utama" 2>/dev/null || true)
  if [ -n "$utama" ] && hidup "$utama"; then
    # KillMode=control-group: SIGTERM to every process of the service at once.
    kill -TERM -- "-$utama" 2>/dev/null || true
    for ((i = 0; i < ${U_TIMEOUT%s} * 10; i++)); do hidup "$utama" || break; sleep 0.1; done
    if hidup "$utama"; then
      echo "== $(date +%T) TimeoutStopSec lewat: SIGKILL" >>"$UNIT_LOG/unit-$u.log"
      kill -KILL -- "-$utama" 2>/dev/null || true
    fi
  fi
  for ((i = 0; i < 100; i++)); do hidup "$pengawas" || break; sleep 0.1; done
}
UNIT
}

# EnvironmentFile= as systemd 252 reads it (src/basic/env-file.c): NAME=value per line, leading
# `#` or `;` a comment, whitespace around the name and before the value dropped, trailing
# whitespace of an unquoted value dropped, '...' literal, "..." with \" \\ \` \$ escapes, a
# backslash outside quotes taking the next character literally, backslash-newline continuing the
# line; no expansion of any kind. Prints NAME=value entries separated by NUL.
tulis_envfile_js() {
  cat <<'JS'
const teks = require('fs').readFileSync(process.argv[2], 'utf8');
const hasil = [];
let keadaan = 'praKunci', kunci = '', nilai = '', akhirBukanSpasi = 0;
const spasi = (c) => c === ' ' || c === '\t' || c === '\r';
const dorong = () => {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(kunci)) hasil.push(`${kunci}=${nilai}`);
  else if (kunci) process.stderr.write(`EnvironmentFile: nama tidak sah diabaikan: ${kunci}\n`);
  kunci = ''; nilai = '';
};
for (const c of teks + '\n') {
  switch (keadaan) {
    case 'praKunci':
      if (c === '#' || c === ';') keadaan = 'komentar';
      else if (!spasi(c) && c !== '\n') { keadaan = 'kunci'; kunci = c; akhirBukanSpasi = 1; }
      break;
    case 'kunci':
      if (c === '\n') { keadaan = 'praKunci'; kunci = ''; }
      else if (c === '=') { keadaan = 'praNilai'; kunci = kunci.slice(0, akhirBukanSpasi); }
      else { kunci += c; if (!spasi(c)) akhirBukanSpasi = kunci.length; }
      break;
    case 'praNilai':
      if (c === '\n') { dorong(); keadaan = 'praKunci'; }
      else if (c === "'") keadaan = 'kutipTunggal';
      else if (c === '"') keadaan = 'kutipGanda';
      else if (c === '\\') keadaan = 'nilaiEscape';
      else if (!spasi(c)) { keadaan = 'nilai'; nilai += c; akhirBukanSpasi = nilai.length; }
      break;
    case 'nilai':
      if (c === '\n') { nilai = nilai.slice(0, akhirBukanSpasi); dorong(); keadaan = 'praKunci'; }
      else if (c === '\\') keadaan = 'nilaiEscape';
      else { nilai += c; if (!spasi(c)) akhirBukanSpasi = nilai.length; }
      break;
    case 'nilaiEscape':
      keadaan = 'nilai';
      if (c !== '\n') { nilai += c; akhirBukanSpasi = nilai.length; }
      break;
    case 'kutipTunggal':
      if (c === "'") { keadaan = 'praNilai'; akhirBukanSpasi = nilai.length; } else nilai += c;
      break;
    case 'kutipGanda':
      if (c === '"') { keadaan = 'praNilai'; akhirBukanSpasi = nilai.length; }
      else if (c === '\\') keadaan = 'kutipGandaEscape';
      else nilai += c;
      break;
    case 'kutipGandaEscape':
      keadaan = 'kutipGanda';
      if ('"\\`$'.includes(c)) nilai += c;
      else if (c !== '\n') nilai += '\\' + c;
      break;
    case 'komentar':
      if (c === '\\') keadaan = 'komentarEscape';
      else if (c === '\n') keadaan = 'praKunci';
      break;
    case 'komentarEscape':
      keadaan = 'komentar';
      break;
  }
}
process.stdout.write(hasil.map((h) => h + '\0').join(''));
JS
}

# Relays: `node -e "$RELAY" FROM TO ...`, each FROM (a unix socket path or host:port) listened
# on and piped to its TO.
RELAY='
const net = require("net");
const alamat = (s) => (s.startsWith("/") ? { path: s } : { host: s.split(":")[0], port: Number(s.split(":")[1]) });
const pasangan = process.argv.slice(1);
for (let i = 0; i < pasangan.length; i += 2) {
  const ke = alamat(pasangan[i + 1]);
  net.createServer({ pauseOnConnect: true }, (a) => {
    const b = net.connect(ke, () => { a.pipe(b); b.pipe(a); a.resume(); });
    a.on("error", () => b.destroy()); b.on("error", () => a.destroy());
    a.on("close", () => b.destroy()); b.on("close", () => a.destroy());
  }).listen(alamat(pasangan[i]));
}
'

# ---------------------------------------------------------------------------------------------
# The README's blocks, as lines, and the script that runs them.
# ---------------------------------------------------------------------------------------------

# blok HEADING-TEXT MUST-CONTAIN: "number<TAB>line" for each line of the first ```bash block after
# the line containing HEADING-TEXT (before the next heading) that contains MUST-CONTAIN.
blok() {
  awk -v judul="$1" -v isi="$2" '
    !mulai && index($0, judul) { mulai = 1; next }
    !mulai { next }
    !dalam && /^#+ / && NR > 1 { exit }
    !dalam && $0 == "```bash" { dalam = 1; n = 0; next }
    dalam && $0 == "```" { dalam = 0; if (ada) { for (i = 1; i <= n; i++) print nomor[i] "\t" baris[i]; exit } ; next }
    dalam { n++; nomor[n] = NR; baris[n] = $0; if (index($0, isi)) ada = 1 }
  ' "$README"
}

baris_tabel() { # TABLE KIND: the table's rows of that kind, columns trimmed, separated by |
  awk -F'|' -v jenis="$2" '{ for (i = 1; i <= NF; i++) { gsub(/^ +| +$/, "", $i) } } $1 == jenis { print $2 "|" $3 "|" $4 }' <<<"$1"
}

buat_skrip() {
  local -a langkah_produksi langkah_cadangan
  mapfile -t langkah_produksi < <(blok 'Langkah di server Debian 12 baru' 'useradd ')
  mapfile -t langkah_cadangan < <(blok '### Cadangan dan pemulihan' 'systemctl start kpu-sumbar-redaksi-cadangan.service')
  [ ${#langkah_produksi[@]} -gt 0 ] || { echo "README: blok bash 'Langkah di server Debian 12 baru' dengan useradd tidak ditemukan" >&2; return 1; }
  [ ${#langkah_cadangan[@]} -gt 0 ] || { echo "README: blok bash 'Cadangan dan pemulihan' dengan systemctl start kpu-sumbar-redaksi-cadangan.service tidak ditemukan" >&2; return 1; }
  grep -q 'orang pertama mendaftar sebagai Super Admin' "$README" || { echo "README: 'orang pertama mendaftar sebagai Super Admin' tidak ditemukan" >&2; return 1; }

  local -A dipakai=()
  local pola fungsi alasan
  local baris_pengganti teks_pengganti periksa
  baris_pengganti=$(baris_tabel "$PENGGANTI" baris)
  teks_pengganti=$(baris_tabel "$PENGGANTI" teks)
  periksa=$(awk -F'|' '{ gsub(/^ +| +$/, "", $1); gsub(/^ +| +$/, "", $2); print $1 "|" $2 }' <<<"$PERIKSA")

  echo '# Generated by tests/deploy/langkah-readme.sh from README.md.'
  declare -p PG_ADMIN PG_ADMIN_SANDI PG_PERAN PG_SANDI REDIS_PREFIX ADMIN_SUREL ADMIN_SANDI
  echo 'K=/run/langkah/kerja; mkdir -p $K; ARSIP=; FOTO_SEBELUM=; FOTO_SESUDAH=; TOKEN='
  declare -f paket_terpasang node_terpasang basis_data_sekali modul_dan_dist isi_berkas_env \
    pengganti_systemctl pengganti_systemd_run daftar_super_admin json unggah_foto sama_dengan_berkas \
    periksa_env periksa_jangkar periksa_siap periksa_cadangan periksa_pulih periksa_akhir
  cat <<'FUNGSI'
langkah() { # README line number, text: what runs next
  NOMOR=$1 BARIS_README=$2
  printf '\nREADME.md:%s  %s\n' "$1" "$(sed '2,$s/^/    /' <<<"$2")"
}
selesai() { # status of the step just run: its output, and the end of the run if it failed
  awk '{ print "    | " $0 }' "$K/keluaran"
  cp "$K/keluaran" "$K/keluaran-$NOMOR"
  if [ "$1" != 0 ]; then
    printf '\nGAGAL: README.md:%s (status %s): %s\n' "$NOMOR" "$1" "$BARIS_README"
    exit 1
  fi
  cd "$(cat "$K/cwd")"
  [ ! -f "$K/nilai" ] || . "$K/nilai"
}
simpan() { printf '%s=%q\n' "$1" "$2" >>"$K/nilai"; } # a value for the steps after this one
jalankan_langkah() { # a stand-in or check function, in the same way as a README line
  ( set -e; "$@"; s=$?; pwd >"$K/cwd"; exit $s ) >"$K/keluaran" 2>&1 </dev/null
  selesai $?
}
cd /root
FUNGSI

  # The command stand-ins go into the root's PATH before anything runs.
  while IFS='|' read -r pola fungsi alasan; do
    echo "$fungsi"
  done < <(baris_tabel "$PENGGANTI" perintah)

  local entri nomor teks lanjut=0 awal= kumpulan=
  for entri in "${langkah_produksi[@]}" '' '(prosa)' "${langkah_cadangan[@]}" ''; do
    if [ "$entri" = '(prosa)' ]; then
      # The steps the README says in words after the production block.
      while IFS='|' read -r pola fungsi alasan; do
        printf 'langkah %s %q\n' "$(grep -n -m1 "$pola" "$README" | cut -d: -f1)" "(prosa) $pola"
        printf 'echo "    (pengganti: %s)"\njalankan_langkah %s\n' "$fungsi" "$fungsi"
      done < <(baris_tabel "$PENGGANTI" prosa)
      continue
    fi
    nomor=${entri%%$'\t'*}
    teks=${entri#*$'\t'}
    if [ -z "$entri" ]; then
      [ $lanjut = 0 ] || { echo "README: baris bersambung tanpa akhir di README.md:$awal" >&2; return 1; }
      continue
    fi
    if [ $lanjut = 1 ]; then kumpulan+=$'\n'$teks; else awal=$nomor; kumpulan=$teks; fi
    if [[ $teks == *\\ ]]; then lanjut=1; continue; fi
    lanjut=0
    # One whole command (its continuation lines joined) in $kumpulan, from line $awal.
    local ganti=
    while IFS='|' read -r pola fungsi alasan; do
      if [[ $kumpulan =~ $pola ]]; then ganti=$fungsi; dipakai["baris|$pola"]=1; break; fi
    done <<<"$baris_pengganti"
    if [ -n "$ganti" ]; then
      printf 'langkah %s %q\n' "$awal" "$kumpulan"
      printf 'echo "    (pengganti: %s, lihat PENGGANTI di tests/deploy/langkah-readme.sh)"\n' "$ganti"
      printf 'jalankan_langkah %s\n' "$ganti"
    elif [[ -z ${kumpulan//[[:space:]]/} ]]; then
      continue
    elif [[ $kumpulan =~ ^[[:space:]]*# ]]; then
      printf 'printf "\\n%%s\\n" %q\n' "$kumpulan"
      continue
    else
      local perintah=$kumpulan
      while IFS='|' read -r pola fungsi alasan; do
        while [[ $perintah =~ $pola ]]; do
          perintah=${perintah//"${BASH_REMATCH[0]}"/$fungsi}
          dipakai["teks|$pola"]=1
        done
      done <<<"$teks_pengganti"
      printf 'langkah %s %q\n' "$awal" "$kumpulan"
      [ "$perintah" = "$kumpulan" ] || printf 'echo "    (dijalankan sebagai: %s)"\n' "$(sed 's/["\\$`]/\\&/g' <<<"$perintah")"
      printf '( set -e\n%s\ns=$?; pwd >"$K/cwd"; exit $s ) >"$K/keluaran" 2>&1 </dev/null\nselesai $?\n' "$perintah"
    fi
    local p f
    while IFS='|' read -r p f; do
      if [[ $kumpulan =~ $p ]]; then
        printf 'echo "    (periksa: %s)"\njalankan_langkah %s\n' "$f" "$f"
      fi
    done <<<"$periksa"
  done
  printf 'langkah - "(sesudah pemulihan)"\njalankan_langkah periksa_akhir\n'
  printf 'printf "\\nLANGKAH README: SEMUA BARIS BERJALAN\\n"\n'

  local jenis
  for jenis in baris teks; do
    while IFS='|' read -r pola fungsi alasan; do
      [ -n "${dipakai["$jenis|$pola"]:-}" ] || {
        echo "README: pengganti '$pola' ($fungsi) tidak cocok dengan baris mana pun: README berubah, perbarui PENGGANTI" >&2
        return 1
      }
    done < <(baris_tabel "$PENGGANTI" "$jenis")
  done
}

# ---------------------------------------------------------------------------------------------
# The three layers: on the machine (--), in the mount and PID namespaces (--ns), in the network
# namespace too (--netns: relays, then chroot).
# ---------------------------------------------------------------------------------------------
di_netns() {
  local T=$1 M=$1/akar/gabung
  ip link set lo up
  node -e "$RELAY" 127.0.0.1:5432 "$T/relay/pg.sock" 127.0.0.1:6379 "$T/relay/redis.sock" &
  git daemon --reuseaddr --listen=127.0.0.1 --export-all --base-path="$M/run/langkah" "$M/run/langkah/repo.git" \
    2>>"$T/log/git-daemon.log" &
  local i
  for ((i = 0; i < 100; i++)); do
    (: </dev/tcp/127.0.0.1/5432) 2>/dev/null && (: </dev/tcp/127.0.0.1/6379) 2>/dev/null &&
      (: </dev/tcp/127.0.0.1/9418) 2>/dev/null && break
    sleep 0.1
  done
  # A root shell on a new server: a clean environment, root's PATH, in /root.
  chroot "$M" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash /run/langkah/langkah.sh
}

di_ns() {
  local T=$1 M=$1/akar/gabung
  # The host side of the relays, to this machine's PostgreSQL and Redis.
  node -e "$RELAY" "$T/relay/pg.sock" "$PG_HOST:$PG_PORT" "$T/relay/redis.sock" "$REDIS_ALAMAT" &
  mount -t tmpfs -o mode=0755 langkah "$T/akar"
  mkdir "$T/akar/atas" "$T/akar/kerja" "$M"
  mount -t overlay langkah -o "lowerdir=/,upperdir=$T/akar/atas,workdir=$T/akar/kerja" "$M"
  mount --rbind /dev "$M/dev"
  mount -t proc proc "$M/proc"
  mount --rbind /sys "$M/sys"
  mount -t tmpfs -o mode=1777 tmp "$M/tmp"
  mount -t tmpfs -o mode=0755 run "$M/run"
  local d
  mkdir -p "$M/run/langkah/log"
  mount --bind "$T/log" "$M/run/langkah/log"
  for d in node_modules dist; do
    mkdir -p "$M/run/langkah/checkout/$d"
    mount --bind "$APP_DIR/$d" "$M/run/langkah/checkout/$d"
    mount -o remount,bind,ro "$M/run/langkah/checkout/$d"
  done
  cp -a "$T/repo.git" "$M/run/langkah/repo.git"
  cp "$T/langkah.sh" "$M/run/langkah/langkah.sh"
  tulis_unit_sh >"$M/run/langkah/unit.sh"
  tulis_envfile_js >"$M/run/langkah/envfile.js"
  for ((d = 0; d < 100; d++)); do [ -S "$T/relay/pg.sock" ] && [ -S "$T/relay/redis.sock" ] && break; sleep 0.1; done
  unshare --net -- bash "$SKRIP" --netns "$T"
}

bersihkan() {
  local s=$?
  trap - EXIT INT TERM
  [ -z "${NS_PID:-}" ] || kill -KILL "$NS_PID" 2>/dev/null || true
  [ -z "${NS_PID:-}" ] || wait "$NS_PID" 2>/dev/null || true
  if [ -n "${PG_PERAN:-}" ]; then
    PGPASSWORD=$PG_ADMIN_SANDI psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" -d postgres -q \
      -c "DROP DATABASE IF EXISTS \"$PG_PERAN\" WITH (FORCE)" -c "DROP ROLE IF EXISTS \"$PG_PERAN\"" ||
      echo "peringatan: $PG_PERAN tidak terhapus" >&2
  fi
  if [ -n "${REDIS_PREFIX:-}" ] && command -v redis-cli >/dev/null; then
    redis-cli -h "${REDIS_ALAMAT%:*}" -p "${REDIS_ALAMAT#*:}" --scan --pattern "$REDIS_PREFIX*" 2>/dev/null |
      xargs -r -n 100 redis-cli -h "${REDIS_ALAMAT%:*}" -p "${REDIS_ALAMAT#*:}" del >/dev/null 2>&1 || true
  fi
  if [ $s != 0 ] && [ -d "${T:-}/log" ]; then
    local f
    for f in "$T"/log/unit-*.log; do
      [ -e "$f" ] || continue
      printf '\n== %s (80 baris terakhir)\n' "${f##*/}"
      tail -n 80 "$f"
    done
  fi
  [ -z "${T:-}" ] || rm -rf "$T"
  exit $s
}

utama() {
  local alasan s=0
  alasan=$(bisa) || s=$?
  if [ $s != 0 ]; then echo "langkah-readme: tidak dapat berjalan di sini: $alasan" >&2; exit $s; fi

  PG_HOST=${DATABASE_HOST:-127.0.0.1}
  PG_PORT=${DATABASE_PORT:-5432}
  PG_ADMIN=${DATABASE_USERNAME:-postgres}
  PG_ADMIN_SANDI=${DATABASE_PASSWORD:-}
  REDIS_ALAMAT=127.0.0.1:6379
  if [[ ${REDIS_URL:-} =~ ^redis://([^/:@]+):([0-9]+)/?$ ]]; then REDIS_ALAMAT=${BASH_REMATCH[1]}:${BASH_REMATCH[2]}; fi
  local acak
  acak=$(openssl rand -hex 4)
  PG_PERAN=redaksi_langkah_$acak
  PG_SANDI=$(openssl rand -base64 24)
  REDIS_PREFIX=redaksi-langkah-$acak:
  ADMIN_SUREL=admin@kpu-sumbarprov.go.id
  ADMIN_SANDI=SandiProduksi2026
  export PG_HOST PG_PORT REDIS_ALAMAT

  T=$(mktemp -d /tmp/langkah-readme.XXXXXX)
  chmod 0755 "$T"
  trap bersihkan EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  mkdir "$T/akar" "$T/relay" "$T/log"
  buat_skrip >"$T/langkah.sh"

  # The repository the clone line clones: this checkout's HEAD, with its uncommitted changes to
  # tracked files (a commit made by git stash create, no ref or working file touched).
  local rev
  rev=$(git -C "$APP_DIR" stash create 2>/dev/null || true)
  git init -q --bare "$T/repo.git"
  git -C "$APP_DIR" push -q "$T/repo.git" "${rev:-HEAD}:refs/heads/main"
  git -C "$T/repo.git" symbolic-ref HEAD refs/heads/main
  chmod -R a+rX "$T/repo.git"

  local mulai=$SECONDS
  unshare --mount --pid --fork --kill-child --propagation private -- bash "$SKRIP" --ns "$T" &
  NS_PID=$!
  s=0
  wait $NS_PID || s=$?
  NS_PID=
  echo "langkah-readme: $((SECONDS - mulai)) detik"
  exit $s
}

case ${1:-} in
  --bisa) bisa ;;
  --skrip)
    # The script the root runs, for reading (its values are placeholders).
    PG_ADMIN=postgres PG_ADMIN_SANDI= PG_PERAN=redaksi_langkah_x PG_SANDI=x REDIS_PREFIX=x:
    ADMIN_SUREL=x ADMIN_SANDI=x
    buat_skrip
    ;;
  --ns) di_ns "$2" ;;
  --netns) di_netns "$2" ;;
  '') utama ;;
  *) echo "pemakaian: $0 [--bisa | --skrip]" >&2; exit 2 ;;
esac
