#!/usr/bin/env bash
# Builds the Teams app package (the zip an administrator uploads to Teams) from manifest/.
#
#   tools/package-app.sh --bot-id <guid> --domain <host> [--out artifacts/mentorbot.zip]
#                        [--app-id <guid>] [--version <x.y.z>]
#                        [--website-url <https-url>] [--privacy-url <https-url>] [--terms-url <https-url>]
#
# --bot-id   the bot's Entra application (client) id: MicrosoftAppId, the Azure Bot's msaAppId.
# --domain   the host name the bot is served from, e.g. mentorbot-prod.azurewebsites.net (no scheme, no path).
# --app-id   the Teams app id; defaults to the bot id. Give each environment installed in the same tenant its own.
# --version  the app version Teams compares on update (x.y.z); defaults to 1.0.0.
# --*-url    the developer links shown in the app's details; default to https://<domain>/.
#
# manifest/manifest.json and manifest/fr-fr.json hold {{PLACEHOLDERS}}; this fills them in, refuses to
# package if any is left, and zips manifest.json, fr-fr.json, color.png and outline.png at the zip's root
# (Teams rejects a package whose files sit in a folder). Bot.Tests/Manifest runs this very script.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest_dir="$root/manifest"
files=(manifest.json fr-fr.json color.png outline.png)

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

fail() {
  echo "package-app: $*" >&2
  exit 2
}

bot_id="" domain="" app_id="" version="1.0.0" out="$root/artifacts/mentorbot.zip"
website_url="" privacy_url="" terms_url=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bot-id) bot_id="${2:-}"; shift 2 ;;
    --domain) domain="${2:-}"; shift 2 ;;
    --app-id) app_id="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --website-url) website_url="${2:-}"; shift 2 ;;
    --privacy-url) privacy_url="${2:-}"; shift 2 ;;
    --terms-url) terms_url="${2:-}"; shift 2 ;;
    -h|--help) usage ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
# A fully qualified DNS name: labels of letters, digits and inner hyphens, at least two of them, ending in a
# letter-only top-level label. Teams matches validDomains against host names, so no scheme, port or path.
hostname='^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
# https only, and no character that is special to sed's replacement text (& \ |) or to JSON (" \).
https_url='^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/%+-]*)?$'

[[ -n "$bot_id" ]] || fail "--bot-id is required (the bot's Entra application id, a GUID)"
[[ -n "$domain" ]] || fail "--domain is required (the host name the bot is served from)"
[[ "$bot_id" =~ $guid ]] || fail "--bot-id '$bot_id' is not a GUID"
app_id="${app_id:-$bot_id}"
[[ "$app_id" =~ $guid ]] || fail "--app-id '$app_id' is not a GUID"
bot_id="${bot_id,,}" app_id="${app_id,,}"

if [[ "$domain" == *://* || "$domain" == */* || "$domain" == *:* ]]; then
  fail "--domain '$domain' must be a host name only, without scheme, port or path (e.g. mentorbot.azurewebsites.net)"
fi
domain="${domain,,}"
[[ ${#domain} -le 253 && "$domain" =~ $hostname ]] || fail "--domain '$domain' is not a fully qualified host name"
[[ "$version" =~ $semver ]] || fail "--version '$version' must be major.minor.patch (e.g. 1.0.3)"

website_url="${website_url:-https://$domain/}"
privacy_url="${privacy_url:-https://$domain/}"
terms_url="${terms_url:-https://$domain/}"
for url in "$website_url" "$privacy_url" "$terms_url"; do
  [[ ${#url} -le 2048 && "$url" =~ $https_url ]] || fail "'$url' is not an https URL this script accepts"
done

for file in "${files[@]}"; do
  [[ -f "$manifest_dir/$file" ]] || fail "missing $manifest_dir/$file"
done
command -v zip >/dev/null || fail "the zip program is required (Debian/Ubuntu: apt-get install zip)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

for file in manifest.json fr-fr.json; do
  sed -e "s|{{BOT_ID}}|$bot_id|g" \
      -e "s|{{APP_ID}}|$app_id|g" \
      -e "s|{{BOT_DOMAIN}}|$domain|g" \
      -e "s|{{APP_VERSION}}|$version|g" \
      -e "s|{{WEBSITE_URL}}|$website_url|g" \
      -e "s|{{PRIVACY_URL}}|$privacy_url|g" \
      -e "s|{{TERMS_URL}}|$terms_url|g" \
      "$manifest_dir/$file" > "$stage/$file"
  if left="$(grep -o '{{[A-Z_]*}}' "$stage/$file" | sort -u | tr '\n' ' ')" && [[ -n "$left" ]]; then
    fail "$file still has placeholders this script does not fill: $left"
  fi
done
cp "$manifest_dir/color.png" "$manifest_dir/outline.png" "$stage/"

# Same inputs, same zip: fixed timestamps and no extra file attributes.
touch -t 198001010000 "${files[@]/#/$stage/}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$stage" && zip -q -X "$out" "${files[@]}")

echo "$out"
