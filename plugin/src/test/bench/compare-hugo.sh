#!/usr/bin/env bash
# Builds the same generated archive with Annals and with Hugo and prints both times and the ratio annals/hugo.
#
#   plugin/src/test/bench/compare-hugo.sh [N]        (default N = 10000; run from the project root)
#
# Needs: hugo on the PATH (Debian: apt-get install hugo; 0.111 tested), the project compiled
# (mvn -o -q -pl site-template,plugin test-compile) and the plugin's class path in $ANNALS_CP or /tmp/cp-perf.txt
# (mvn -o -q -pl plugin org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=/tmp/cp-perf.txt).
# Everything generated (articles, the Hugo site skeleton and its minimal theme, both outputs) goes to a temp dir
# that is removed at the end (keep it with KEEP=1). Each timing includes process start: `java ... BuildMain` vs
# `hugo --quiet` (BuildMain skips measuring the site it wrote; the sizes printed at the end are du's). Annals
# runs with -Xmx2g (override with ANNALS_HEAP) and the options in .mvn/jvm.config, as `mvn` does.
set -euo pipefail

N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
CP_FILE=${CP_FILE:-/tmp/cp-perf.txt}
DEPS=${ANNALS_CP:-$(cat "$CP_FILE")}
CP="$ROOT/plugin/target/classes:$ROOT/plugin/target/test-classes:$ROOT/site-template/target/classes:$DEPS"
HEAP=${ANNALS_HEAP:-2g}
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/annals-vs-hugo.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
A="$WORK/annals"
H="$WORK/hugo"
mkdir -p "$A" "$H"

echo "generating $N articles (same seed for both) in $WORK ..."
java -cp "$CP" dev.annals.bench.ArchiveGenerator "$N" "$A"
java -cp "$CP" dev.annals.bench.ArchiveGenerator "$N" "$H" hugo

# A minimal Hugo site with the page kinds Annals writes: article pages, a term page per person/place/organisation,
# a list page (and the taxonomy and home lists Hugo makes anyway), a feed per term and for the site (50 entries,
# as Annals' Atom feeds), a 404 page, robots.txt and a search index (Annals writes search/ and data/articles.json;
# Hugo's usual recipe is one JSON file of every article's metadata, terms and plain text, for Fuse.js or Lunr).
# No sitemap: Annals writes one only with a base URL. Set HUGO_SEARCH=0 to leave the search index out.
cat > "$H/config.toml" <<'TOML'
baseURL = "/"
title = "Annals vs Hugo"
relativeURLs = true
disableKinds = ["sitemap"]
rssLimit = 50
enableRobotsTXT = true
[taxonomies]
  person = "people"
  place = "places"
  organization = "organizations"
TOML
if [ "${HUGO_SEARCH:-1}" = 1 ]; then
  printf '[outputs]\n  home = ["HTML", "RSS", "JSON"]\n' >> "$H/config.toml"
  mkdir -p "$H/layouts"
  cat > "$H/layouts/index.json" <<'JSON'
[{{ range $i, $p := where .Site.RegularPages "Section" "articles" }}{{ if $i }},
{{ end }}{{ dict "title" .Title "url" .RelPermalink "date" (.Date.Format "2006-01-02") "people" .Params.people "places" .Params.places "organizations" .Params.organizations "text" .Plain | jsonify }}{{ end }}]
JSON
fi
mkdir -p "$H/layouts/_default"
cat > "$H/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode | default "en" }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/articles/" | relURL }}">Articles</a></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
cat > "$H/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article itemscope itemtype="https://schema.org/NewsArticle">
<h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
<div itemprop="articleBody">{{ .Content }}</div>
{{ range $tax, $_ := .Site.Taxonomies }}{{ with $.GetTerms $tax }}<ul class="{{ $tax }}">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
</article>{{ end }}
HTML
cat > "$H/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>{{ end }}
HTML
cat > "$H/layouts/_default/terms.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
HTML
cp "$H/layouts/_default/list.html" "$H/layouts/_default/term.html"
cat > "$H/layouts/404.html" <<'HTML'
{{ define "main" }}<h1>Not found</h1><p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
HTML

timed() { # prints the wall, user CPU and system CPU seconds of "$@" (output discarded unless it fails)
  local TIMEFORMAT='%R %U %S' times
  sync # the other tool's output is on disk before this one starts, not written back while it runs
  if ! times=$({ time "$@" > "$WORK/log" 2>&1; } 2>&1); then cat "$WORK/log" >&2; echo "FAILED: $*" >&2; exit 1; fi
  echo "$times"
}

# This machine's speed drifts from minute to minute, so the two run in turns, RUNS times (default 3); the
# ratio reported is the median of the runs' ratios.
RUNS=${RUNS:-3}
ratios=()
best_annals=""
best_hugo=""
for run in $(seq "$RUNS"); do
  # Earlier outputs are moved aside, not deleted: ext4 skips recently freed inodes when it makes files, so
  # thousands of them freed just before a run cost that run seconds of system time (whichever tool runs first).
  mkdir -p "$WORK/old"
  [ ! -e "$A/site" ] || mv "$A/site" "$WORK/old/annals-$run"
  [ ! -e "$H/public" ] || mv "$H/public" "$WORK/old/hugo-$run"
  echo "run $run: load before $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
  # shellcheck disable=SC2046 # the options Maven's JVM gets, one per word
  times=$(timed java -Xmx"$HEAP" $(cat "$ROOT/.mvn/jvm.config" 2>/dev/null) -Dannals.bench.size=false -cp "$CP" \
    dev.annals.bench.BuildMain "$A")
  read -r t_annals u_annals s_annals <<< "$times"
  grep RESULT "$WORK/log" || true
  times=$(timed hugo --quiet -s "$H" -d "$H/public")
  read -r t_hugo u_hugo s_hugo <<< "$times"
  ratio=$(echo "$t_annals / $t_hugo" | bc -l)
  ratios+=("$ratio")
  best_annals=$(printf '%s\n' $best_annals "$t_annals" | sort -g | head -1)
  best_hugo=$(printf '%s\n' $best_hugo "$t_hugo" | sort -g | head -1)
  printf 'run %d: annals %.2f s (CPU %.1f user + %.1f system), hugo %.2f s (CPU %.1f + %.1f), ratio %.2f\n' \
    "$run" "$t_annals" "$u_annals" "$s_annals" "$t_hugo" "$u_hugo" "$s_hugo" "$ratio"
done
a_size=$(du -sm "$A/site" | cut -f1); a_files=$(find "$A/site" -type f | wc -l)
h_size=$(du -sm "$H/public" | cut -f1); h_files=$(find "$H/public" -type f | wc -l)
printf 'articles %d; annals %d files, %d MB; hugo %d files, %d MB\n' "$N" "$a_files" "$a_size" "$h_files" "$h_size"
# each tool's fastest run, where the machine's noise slowed it least
printf 'fastest runs: annals %.2f s, hugo %.2f s, ratio %.2f\n' "$best_annals" "$best_hugo" \
  "$(echo "$best_annals / $best_hugo" | bc -l)"
printf 'median ratio annals/hugo over %d runs %.2f\n' "$RUNS" \
  "$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{v[NR]=$1} END {print NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')"
