using System.Net.Mail;

namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>
/// A lead's pasted list of UPNs or e-mail addresses, split on commas, semicolons, spaces and new lines (and
/// "Name &lt;address&gt;" as Outlook copies them), de-duplicated ignoring case, validated and bounded. Every
/// entry not kept is reported with the reason.
/// </summary>
public sealed record InvitationList(IReadOnlyList<string> Addresses, IReadOnlyList<RefusedAddress> Refused)
{
    /// <summary>At most this many people per paste, so one message cannot fan out without bound.</summary>
    public const int MaxAddresses = 200;

    /// <summary>The longest paste read; a larger one is refused whole.</summary>
    public const int MaxTextLength = 20_000;

    private const int MaxAddressLength = 254;

    public static InvitationList Parse(string? text)
    {
        var refused = new List<RefusedAddress>();
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in Split(text ?? string.Empty))
        {
            var entry = raw.Trim().Trim('<', '>', '"', '\'');
            if (entry.Length == 0)
                continue;
            if (!IsAddress(entry))
                refused.Add(new RefusedAddress(Shorten(entry), "InviteRefusedInvalid"));
            else if (!seen.Add(entry))
                refused.Add(new RefusedAddress(entry, "InviteRefusedDuplicate"));
            else if (kept.Count >= MaxAddresses)
                refused.Add(new RefusedAddress(entry, "InviteRefusedOverLimit"));
            else
                kept.Add(entry.ToLowerInvariant());
        }

        return new InvitationList(kept, refused);
    }

    // "Ada Lovelace <ada@contoso.com>; bob@contoso.com": the display names are dropped, the addresses kept.
    private static IEnumerable<string> Split(string text)
    {
        foreach (var part in text.Split([',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var open = part.IndexOf('<', StringComparison.Ordinal);
            var close = part.IndexOf('>', StringComparison.Ordinal);
            if (open >= 0 && close > open)
            {
                yield return part[(open + 1)..close];
                continue;
            }

            foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                yield return word;
        }
    }

    private static bool IsAddress(string entry)
    {
        if (entry.Length > MaxAddressLength || entry.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return false;
        var at = entry.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != entry.LastIndexOf('@') || !entry[(at + 1)..].Contains('.', StringComparison.Ordinal) || entry.EndsWith('.'))
            return false;

        // MailAddress accepts display-name forms and quoted oddities; require it to read back the same address.
        return MailAddress.TryCreate(entry, out var address) && string.Equals(address.Address, entry, StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string entry) => entry.Length <= 60 ? entry : string.Concat(entry.AsSpan(0, 57), "...");
}

/// <summary>An entry of a pasted list that was not kept, and the resource key that says why.</summary>
public sealed record RefusedAddress(string Entry, string ReasonKey);
